import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isWelsh } from '../../src/parse/text/gloss-welsh.ts';
import { isBelarusian } from '../../src/parse/text/gloss-belarusian.ts';
import { isUzbekCyrillic } from '../../src/parse/text/gloss-uzbek.ts';

/**
 * Welsh and Belarusian draw news (src/parse/text/gloss-welsh.ts, gloss-belarusian.ts; docs/parser.md "Welsh and Belarusian"):
 * glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting Welsh is not glossed, nor a Russian, Ukrainian
 * or Uzbek page by the Belarusian glossary.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Welsh', () => {
  it('a news item: "ddoe, 9 Medi 2025", "Rownd rhif 365", "o wahoddiadau", "Sgôr CRS isaf" and the tie-break', () => {
    const page = [
      'Newyddion Mewnfudo',
      'Rownd newydd i ymgeiswyr y Dosbarth Profiad Canadaidd',
      'Gan Siân Roberts | 10 Medi 2025',
      'Cynhaliodd IRCC rownd o wahoddiadau ddoe, 9 Medi 2025. Rownd rhif 365 oedd hon, ar gyfer y Dosbarth Profiad Canadaidd yn unig.',
      '• Nifer y gwahoddiadau: 1,750',
      '• Sgôr CRS isaf: 534',
      '• Rheol torri clymau: 14 Awst 2025 am 08:12:40 UTC',
    ].join('\n');
    expect(facts(page, '2025-09-10')).toEqual([['2025-09-09', '365', 'cec', 1750, 534, '2025-08-14']]);
  });

  it('a short post: "Heddiw", "rownd PNP", "815 o wahoddiadau, isafswm CRS o 761"', () => {
    const page = 'Heddiw mae IRCC wedi cynnal rownd PNP: 815 o wahoddiadau, isafswm CRS o 761. Mae fy sgôr i yn 470, felly dw i dal yn aros.';
    expect(facts(page, '2024-11-19')).toEqual([['2024-11-19', null, 'pnp', 815, 761, null]]);
  });

  it('a guide, a forecast and a monthly recap are glossed and announce nothing', () => {
    const guide = ['Canllaw: sut i godi eich sgôr CRS', 'Er enghraifft, mae enwebiad taleithiol yn rhoi 600 pwynt. Yn rownd 290 roedd y sgôr isaf yn 481 i ymgeiswyr CEC.'].join('\n');
    const forecast = ['Rhagolwg Express Entry 2027', 'Rydym yn disgwyl y bydd y sgôr isaf mewn rowndiau CEC tua 515, a hyd at 6,000 o wahoddiadau mewn rowndiau Ffrangeg.'].join('\n');
    const recap = ['Adolygiad y mis: Hydref', 'Ym mis Hydref cynhaliodd IRCC bedair rownd, gyda 12,000 o wahoddiadau i gyd. Y sgôr isaf oedd 408 mewn rownd Ffrangeg.'].join('\n');
    for (const [page, english] of [
      [guide, 'guide'],
      [forecast, 'forecast'],
      [recap, 'monthly recap'],
    ] as const) {
      expect(glossForeign(page).toLowerCase()).toContain(english);
      expect(facts(page, '2026-11-02')).toEqual([]);
    }
  });

  it("another country's round is glossed and announces nothing", () => {
    const page = ['Seland Newydd: rownd newydd', 'Ddoe fe wnaeth Seland Newydd wahodd 650 o ymgeiswyr gyda sgôr o 180 neu uwch. Nid yw hyn yn rownd Express Entry Canada.'].join('\n');
    expect(glossForeign(page)).toContain('New Zealand');
    expect(facts(page, '2025-03-06')).toEqual([]);
  });

  it('an English page quoting Welsh place names and a greeting stays English', () => {
    const page = [
      'From Aberystwyth to Calgary: a family story',
      'The Llewellyns left Llanfairpwll and Betws-y-Coed in 2019. "Croeso i Ganada," said the border officer, who had a cousin in Caerdydd.',
      '"Heddiw yw\'r diwrnod," Mrs Llewellyn wrote in the family chat, the morning the rownd was held.',
      'Yesterday, IRCC invited 2,000 candidates in a CEC draw with a minimum CRS score of 522.',
    ].join('\n');
    expect(isWelsh(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    // The same news told in Welsh is glossed.
    const welsh = 'Ddoe, gwahoddodd IRCC 2,000 o ymgeiswyr mewn rownd CEC gyda sgôr isaf o 522. Mae teulu Llewellyn yn Calgary yn aros.';
    expect(isWelsh(welsh)).toBe(true);
    expect(glossForeign(welsh)).toContain('Yesterday, invited IRCC 2,000 candidates');
    expect(glossForeign(welsh)).toContain('with a minimum CRS score of 522');
  });
});

describe('Belarusian', () => {
  it('a news item: "10 чэрвеня 2025", "раўнд № 352", "Атрымалі запрашэнні 3 000 кандыдатаў" and the tie-break', () => {
    const page = [
      'Навіны іміграцыі — Express Entry',
      '11 чэрвеня 2025',
      'Учора, 10 чэрвеня, IRCC правёў раўнд № 352 для Canadian Experience Class. Атрымалі запрашэнні 3 000 кандыдатаў, мінімальны бал CRS — 531.',
      'Правіла развязкі: 20 мая 2025 г. 09:15:30 UTC',
    ].join('\n');
    expect(facts(page, '2025-06-11')).toEqual([['2025-06-10', '352', 'cec', 3000, 531, '2025-05-20']]);
  });

  it('a short post: "Сёння", "раўнд PNP", "800 запрашэнняў, прахадны бал 745"', () => {
    const page = 'Сёння ў Канадзе быў раўнд PNP: 800 запрашэнняў, прахадны бал 745. У мяне толькі 470 балаў, чакаю далей.';
    expect(facts(page, '2024-10-01')).toEqual([['2024-10-01', null, 'pnp', 800, 745, null]]);
  });

  it('a guide, a forecast and a monthly recap are glossed and announce nothing', () => {
    const guide = ['Гід: як павялічыць бал CRS', 'Напрыклад, правінцыйная намінацыя дае 600 балаў. У раўндзе № 290 мінімальны бал быў 481 для кандыдатаў CEC.'].join('\n');
    const forecast = ['Прагноз на 2027 год', 'Чакаецца, што ў раўндах CEC мінімальны бал будзе каля 515, а ў французскіх раўндах — да 6 000 запрашэнняў.'].join('\n');
    const recap = ['Агляд месяца: кастрычнік', 'За месяц IRCC правёў чатыры раўнды і разаслаў 12 000 запрашэнняў. Самы нізкі бал быў 408 у раўндзе для франкамоўных.'].join('\n');
    for (const [page, english] of [
      [guide, 'guide'],
      [forecast, 'forecast'],
      [recap, 'monthly recap'],
    ] as const) {
      expect(glossForeign(page).toLowerCase()).toContain(english);
      expect(facts(page, '2026-11-02')).toEqual([]);
    }
  });

  it("a province's round is glossed and announces nothing", () => {
    const page = ['Антарыа: раўнд правінцыі', 'Учора правінцыя Антарыа запрасіла 1 400 кандыдатаў з пула Express Entry. Гэта не федэральны раўнд, і мінімальны бал CRS не быў апублікаваны.'].join(
      '\n',
    );
    expect(glossForeign(page)).toContain('Ontario');
    expect(facts(page, '2025-03-06')).toEqual([]);
  });

  it('Russian, Ukrainian and Uzbek pages are not read as Belarusian', () => {
    const russian = 'Сегодня IRCC провёл раунд № 352: приглашения получили 3 000 кандидатов, проходной балл 531.';
    const ukrainian = 'Сьогодні IRCC провів раунд № 352: запрошення отримали 3 000 кандидатів, мінімальний бал 531.';
    const uzbek = 'Бугун IRCC 352-раундни ўтказди: 3 000 номзодга таклифнома юборилди, энг кам балл 531 бўлди. Ўтган ҳафта ҳам шундай бўлган эди.';
    for (const page of [russian, ukrainian]) expect(isBelarusian(page)).toBe(false);
    expect(isBelarusian(uzbek)).toBe(false);
    expect(isUzbekCyrillic(uzbek)).toBe(true);
    // The same news told in Belarusian is.
    const belarusian = 'Сёння IRCC правёў раўнд № 352: запрашэнні атрымалі 3 000 кандыдатаў, прахадны бал 531.';
    expect(isBelarusian(belarusian)).toBe(true);
    expect(glossForeign(belarusian)).toContain('round #352');
  });
});
