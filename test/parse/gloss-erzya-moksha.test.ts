import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isErzya } from '../../src/parse/text/gloss-erzya.ts';
import { isMoksha } from '../../src/parse/text/gloss-moksha.ts';

/**
 * Erzya and Moksha draw news (src/parse/text/gloss-erzya.ts, gloss-moksha.ts; docs/parser.md "Erzya and Moksha"): glossed into
 * the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another country's
 * round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; the neighbours'
 * pages (Mari, Udmurt, Komi, Chuvash, Tatar, Russian, and each other's) are not taken for them. Figures are IRCC's (rounds 428 to 435).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Erzya', () => {
  it('news items: "Течи", "435-це тердемань турозо", "тердезь 442 ломань", "алкине CRS баллось", "Тердемань номерэсь", a tie-break told in Erzya', () => {
    const page = [
      'Эрзянь кулят',
      'Течи, умарьковонь 17-це чистэ, IRCC ютавтызе 435-це тердемань турозо.',
      'Provincial Nominee Program: тердезь 442 ломань, алкине CRS баллось — 760.',
      'Tie-break правилась: August 07, 2026 at 18:01:56 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-17')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, '2026-08-07']]);
    const other = ['Течи Канада тердизе 5 000 франкс кель содыцят.', 'Тердемань номерэсь — 433. Алкине CRS баллось — 391.', 'Tie-break правилась: 2026 иень эйзюрковонь 18-це чи 23:32:40 UTC.'].join(
      '\n',
    );
    expect(facts(other, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, '2026-03-18']]);
  });

  it('a short channel post with "Исяк" (yesterday), a weekday date and a weekly round-up of two rounds', () => {
    expect(facts('🇨🇦 Исяк: CEC тердема — 2 000 тердема, алкине балл 516.', '2026-07-22')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
    const weekday = 'Вастаньчи IRCC ютавтызе Canadian Experience Class тердема: 2 000 тердема, алкине балл 516.';
    expect(facts(weekday, '2026-07-22')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
    const roundUp = [
      'Кавто тердема те недлясто:',
      'Медьковонь 22-це чи — French-language proficiency: 5 000 тердема, алкине балл 399.',
      'Медьковонь 23-це чи — Skilled Military Recruits: 4 тердема, алкине балл 368.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-24')).toEqual([
      ['2026-07-22', null, 'french', 5000, 399, null],
      ['2026-07-23', null, 'military', 4, 368, null],
    ]);
  });

  it("a guide, a forecast, a month's and a year's recap, a province's and Australia's rounds are glossed and announce nothing; hedged counts", () => {
    expectNothingAnnounced([
      ['Кода кепедемс CRS баллот?\nПримеркс, 2026 иень умарьковонь 5-це чистэ ульнесь 3 000 тердема, алкине балл 516.', '2026-08-25'],
      ['Прогноз: таштамковсто улить франкс кель тердемат — малав 5 000 тердема, алкине балл 400 малав.', '2026-08-25'],
      ['Медьковонь итогось\nМедьковсто IRCC ютавтызе вете тердема, 13 000-до ламо тердемат. Алкине балл ульнесь 399.', '2026-08-01'],
      ['2025 ие Express Entry-со: мезе ульнесь\nЮтазь иестэ Канада ютавтызе 90-до ламо тердема. Ацамковонь 16-це чистэ 5 000 тердема, алкине балл 515.', '2026-01-03'],
      ['Течи Онтарио провинциясь ютавтызе эсь тердеманзо: 1 200 тердема, алкине балл 480. Те аволь Express Entry тердема.', '2026-08-20'],
      ['Течи Австралия ютавтызе SkillSelect тердема: 8 000 тердема, алкине балл 65. Те аволь Канадань тердема.', '2026-08-20'],
    ]);
    expect(glossForeign('Течи IRCC ютавтызе CEC тердема: 2 000-до ламо тердемат.')).toContain('more than 2,000');
    expect(glossForeign('Течи IRCC ютавтызе CEC тердема: малав 3 000 тердемат, алкине балл 516.')).toContain('about 3,000');
  });
});

describe('Moksha', () => {
  it('news items: "Тяни", "(435-це)", "Тердемат максфт", "минимальнай балл", "Тердемать №433", "тердсь 5000 ломанть"', () => {
    const page = [
      'Мокшень кулят',
      'Тяни IRCC-сь ётафтсь Express Entry тердема (435-це): Provincial Nominee Program.',
      'Тердемат максфт 442 ломаньнэнь, минимальнай балл — 760. Tie-break: August 07, 2026 at 18:01:56 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-17')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, '2026-08-07']]);
    const other = 'Тяни Канада тердсь 5000 ломанть, конат содасазь французонь кяльть. Тердемать №433, минимальнай CRS — 391 балл.';
    expect(facts(other, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, null]]);
  });

  it('a short channel post with "Исяк" (yesterday), a dated head and a round-up of two rounds by day and month in figures', () => {
    expect(facts('🇨🇦 Исяк: CEC — 2 000 тердема, минимальнай балл 516.', '2026-07-22')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
    const dated = 'Тяни, медьков 21-ця, ётафтсь Canadian Experience Class тердема: 2 000 тердема, минимальнай балл 516.';
    expect(facts(dated, '2026-07-21')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
    const roundUp = ['Кафта тердемат!', '22.07 — French-language proficiency: 5 000 тердема, минимальнай балл 399', '23.07 — Skilled Military Recruits: 4 тердема, минимальнай балл 368'].join('\n');
    expect(facts(roundUp, '2026-07-24')).toEqual([
      ['2026-07-22', null, 'french', 5000, 399, null],
      ['2026-07-23', null, 'military', 4, 368, null],
    ]);
  });

  it("a month's recap, a forecast, a province's round, an earlier round beside today's announce nothing more; hedged counts", () => {
    expectNothingAnnounced([
      ['Медьков 2026: Express Entry-ть тердематнеда\nМедьковста Канада ётафтсь ламоксть тердемат, 13 000-да ламо тердемат. Минимальнай балл ульсь 399.', '2026-08-01'],
      ['Прогноз: таштамковста улихть французонь кяль тердемат — 5 000-с тердема, минимальнай балл 400.', '2026-08-25'],
      ['Тяни Онтарио провинциясь ётафтсь эсь тердеманц: 1 200 тердема, минимальнай балл 480. Тя аф Express Entry тердема.', '2026-08-20'],
    ]);
    const withEarlier = 'Тяни ётафтсь CEC тердема: 1 000 тердема, минимальнай балл 523. Исяк ульсь PNP тердема (442 тердема, 760 балл).';
    expect(facts(withEarlier, '2026-08-18')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
    expect(glossForeign('Тяни ётафтсь CEC тердема: 2 000-да ламо тердемат.')).toContain('more than 2,000');
    expect(glossForeign('Тяни ётафтсь CEC тердема: 5 000-с тердемат.')).toContain('up to 5,000');
  });
});

describe('Erzya and Moksha beside their neighbours', () => {
  it('an English page quoting them stays unglossed; Mari, Udmurt, Komi, Chuvash, Tatar and Russian pages are not theirs, nor each other', () => {
    const english = 'In Erzya, "тердема" means invitation and "алкине балл" is the minimum score; Moksha says "тердсь" and "минимальнай". IRCC invited 1,000 candidates today.';
    expect(isErzya(english)).toBe(false);
    expect(isMoksha(english)).toBe(false);
    const neighbours = [
      'Таче, 2026 ий 5 сорлаште, IRCC Express Entry системыште 432-шо раундым эртарен. 3 000 ӱжмаш, эн шагал CRS балл — 516.',
      'Туннэ, гудырикошкон толэзьлэн 5-тӥ нуналаз, IRCC 432-тӥ раунд ортчытӥз. 3 000 ӧтён лэземын, ичигес CRS балл — 516.',
      'Талун IRCC нуӧдіс 432 корӧм: 3 000 корӧм, медічӧт CRS балл — 516.',
      'Паян IRCC 432-мӗш раунд ирттернӗ: 3 000 чӗнӳ, чи пӗчӗк CRS балл — 516.',
      'Бүген IRCC 432 нче раунд үткәрде: 3 000 чакыру, минималь CRS балл — 516.',
      'Сегодня IRCC провела 432-й раунд Express Entry: 3 000 приглашений, минимальный балл CRS — 516. Амстердам.',
    ];
    for (const page of neighbours) {
      expect(isErzya(page), page).toBe(false);
      expect(isMoksha(page), page).toBe(false);
    }
    const erzya = 'Течи IRCC ютавтызе 432-це тердемань турозо: тердезь 3 000 ломань, алкине CRS баллось — 516.';
    const moksha = 'Тяни IRCC-сь ётафтсь тердема (432-це): тердемат максфт 3 000 ломаньнэнь, минимальнай балл — 516.';
    expect([isErzya(erzya), isMoksha(erzya), isErzya(moksha), isMoksha(moksha)]).toEqual([true, false, false, true]);
    expect(facts(erzya, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });
});
