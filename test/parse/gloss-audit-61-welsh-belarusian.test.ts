import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Welsh and Belarusian glossaries (docs/parser.md "Welsh and Belarusian", "Audit (session 61)"): hedged counts
 * read as sure ones, a round "next" time or a province's own round read as news, programs the glossaries did not name, a
 * Welsh day written as an ordinal, a Belarusian comparison with the last round that gave its cut-off as a round number. A wrong
 * value is worse than none: where the page gives no sure value, the field is null.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Welsh (gloss-welsh.ts)', () => {
  it('hedged counts ("fwy na", more than; "o leiaf", at least; "bron i", nearly) give no count', () => {
    for (const hedge of ['fwy na', 'o leiaf', 'bron i']) {
      const page = `Rownd PNP heddiw\nHeddiw gwahoddodd IRCC ${hedge} 500 o ymgeiswyr PNP. Y sgôr isaf oedd 768.`;
      expect(facts(page, '2026-08-04')).toEqual([['2026-08-04', null, 'pnp', null, 768, null]]);
    }
  });

  it('the next round ("y rownd nesaf", "Bydd …") announces nothing', () => {
    const page = "Y rownd nesaf: beth i'w ddisgwyl\nBydd y rownd nesaf yn debygol o wahodd 1,000 o ymgeiswyr CEC gyda sgôr isaf o 520.";
    expect(facts(page, '2026-08-20')).toEqual([]);
  });

  it('a day as an ordinal: "Ar y 5ed o Awst 2026"', () => {
    const page = 'Rownd CEC newydd\nAr y 5ed o Awst 2026 cynhaliodd IRCC rownd rhif 432: cafodd 3,000 o wahoddiadau eu rhoi i ymgeiswyr CEC, gyda sgôr isaf o 516.';
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });

  it('programs: senior managers, physicians, transport, trade and education occupations', () => {
    const managers =
      'Rownd i uwch reolwyr\nDdydd Gwener, 10 Gorffennaf, cynhaliodd IRCC rownd rhif 426 ar gyfer uwch reolwyr sydd â phrofiad gwaith yng Nghanada. Cafodd 500 o wahoddiadau eu rhoi, gyda sgôr isaf o 392.';
    expect(facts(managers, '2026-07-10')).toEqual([['2026-07-10', '426', 'managers', 500, 392, null]]);
    const physicians = 'Rownd i feddygon\nHeddiw cynhaliodd IRCC rownd rhif 421 ar gyfer meddygon sydd â phrofiad gwaith yng Nghanada: 271 o wahoddiadau, sgôr isaf 223.';
    expect(facts(physicians, '2026-06-24')).toEqual([['2026-06-24', '421', 'physicians', 271, 223, null]]);
    const transport = 'Rownd trafnidiaeth\nHeddiw cynhaliodd IRCC rownd rhif 434 ar gyfer galwedigaethau trafnidiaeth: 300 o wahoddiadau, sgôr isaf 470.';
    expect(facts(transport, '2026-08-07')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
    const trades = 'Rownd crefftau\nHeddiw cynhaliodd IRCC rownd rhif 368 ar gyfer galwedigaethau crefft: 1,250 o wahoddiadau, sgôr isaf 505.';
    expect(facts(trades, '2025-09-18')).toEqual([['2025-09-18', '368', 'trades', 1250, 505, null]]);
    const education = 'Rownd addysg\nHeddiw cynhaliodd IRCC rownd rhif 367 ar gyfer galwedigaethau addysg: 2,500 o wahoddiadau, sgôr isaf 462.';
    expect(facts(education, '2025-09-17')).toEqual([['2025-09-17', '367', 'education', 2500, 462, null]]);
  });
});

describe('Belarusian (gloss-belarusian.ts)', () => {
  it('hedged counts ("да", up to; "амаль", almost; "не менш за", no fewer than) give no count', () => {
    const upTo = 'Французскі раўнд\nСёння IRCC запрасіла да 5 000 франкамоўных кандыдатаў. Мінімальны бал CRS — 382.';
    expect(facts(upTo, '2026-08-19')).toEqual([['2026-08-19', null, 'french', null, 382, null]]);
    for (const hedge of ['амаль', 'не менш за']) {
      const page = `Раўнд PNP сёння\nСёння IRCC запрасіла ${hedge} 500 кандыдатаў PNP. Мінімальны бал CRS — 768.`;
      expect(facts(page, '2026-08-04')).toEqual([['2026-08-04', null, 'pnp', null, 768, null]]);
    }
  });

  it('"у мінулым раўндзе — 523" (in the last round) is no round number; "…, што ніжэй, чым 523 у папярэднім раўндзе" keeps the cut-off', () => {
    const last = 'Раўнд CEC\nСёння IRCC запрасіла 3 000 кандыдатаў CEC з мінімальным балам 518 (у мінулым раўндзе — 523).';
    expect(facts(last, '2026-05-27').map((d) => d[1])).not.toContain('523');
    const lower = [
      'Раўнд CEC: бал зніжаецца',
      'Сёння IRCC правяла раўнд № 417 для Canadian Experience Class і выдала 3 000 запрашэнняў.',
      'Мінімальны бал склаў 518, што ніжэй, чым 523 у папярэднім раўндзе.',
    ].join('\n');
    expect(facts(lower, '2026-05-27')).toEqual([['2026-05-27', '417', 'cec', 3000, 518, null]]);
  });

  it("a province's own round (Saskatchewan) and the next round announce nothing", () => {
    const province = 'Раўнд у Саскачэване\nСёння Саскачэван запрасіў 850 кандыдатаў з мінімальным балам 88.';
    expect(facts(province, '2026-03-05')).toEqual([]);
    const next = 'Наступны раўнд Express Entry\nУ наступным раўндзе IRCC запросіць 1 000 кандыдатаў CEC з мінімальным балам 520.';
    expect(facts(next, '2026-08-20')).toEqual([]);
  });

  it('"Запрашэнні атрымалі 5 000 кандыдатаў" (5,000 candidates received invitations) gives the count', () => {
    const page = [
      'Навіны Express Entry',
      'Сёння, 19 жніўня 2026 г., IRCC правяла раўнд № 437 для кандыдатаў з веданнем французскай мовы. Запрашэнні атрымалі 5 000 кандыдатаў, мінімальны бал CRS — 382.',
      'Правіла развязкі: 1 сакавіка 2026 г. у 18:34:05 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
  });

  it('programs: senior managers with Canadian work experience, transport occupations, military recruits', () => {
    const managers = 'Раўнд для кіраўнікоў\nСёння IRCC правяла раўнд № 426 для старэйшых кіраўнікоў з канадскім досведам працы: 500 запрашэнняў, мінімальны бал 392.';
    expect(facts(managers, '2026-07-10')).toEqual([['2026-07-10', '426', 'managers', 500, 392, null]]);
    const transport = 'Раўнд для транспартных прафесій\nСёння IRCC правяла раўнд № 434 для транспартных прафесій: 300 запрашэнняў, мінімальны бал 470.';
    expect(facts(transport, '2026-08-07')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
    const military = 'Раўнд для вайскоўцаў\nСёння IRCC правяла раўнд № 430 для вайскоўцаў: 4 запрашэнні, мінімальны бал 368.';
    expect(facts(military, '2026-07-23')).toEqual([['2026-07-23', '430', 'military', 4, 368, null]]);
  });

  it('a page with three "ў" and no "і" is Belarusian, not Uzbek; a short channel post is Belarusian', () => {
    const dotted = 'Новы раўнд для CEC\nУчора, 18.08.2026, адбыўся раўнд для Canadian Experience Class: 1 000 запрашэнняў, прахадны бал 523.';
    expect(facts(dotted, '2026-08-19')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
    const post = '🇨🇦 Раўнд #436 сёння | CEC | 1 000 запрашэнняў | CRS 523';
    expect(facts(post, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, null]]);
  });
});
