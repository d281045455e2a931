import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Audit of the Tongan and Fijian glossaries (session 66; docs/parser.md "Tongan and Fijian", "Audit (session 66)"): pages written
 * for the audit, with real IRCC figures (rounds 387–437), each read wrong or not at all before its fix.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

const WEEK = [
  ['2026-08-04', null, 'pnp', 507, 768],
  ['2026-08-05', null, 'cec', 3000, 516],
  ['2026-08-06', null, 'french', 5000, 391],
  ['2026-08-07', null, 'transport', 300, 470],
];

describe('Tongan', () => {
  it('a round-up headed "Ngaahi fakaafe Express Entry ʻo e uike ni:" reads every line', () => {
    const page = [
      'Ngaahi fakaafe Express Entry ʻo e uike ni:',
      '• Tūsite 4 ʻAokosi: PNP — fakaafe ʻe 507, CRS 768',
      '• Pulelulu 5 ʻAokosi: CEC — fakaafe ʻe 3,000, CRS 516',
      '• Tuʻapulelulu 6 ʻAokosi: lea Falanisē — fakaafe ʻe 5,000, CRS 391',
      '• Falaite 7 ʻAokosi: Transport — fakaafe ʻe 300, CRS 470',
    ].join('\n');
    expect(facts(page, '2026-08-08')).toEqual(WEEK);
  });

  it('"ʻaneheafi" is the day before yesterday', () => {
    const page = 'ʻAneheafi naʻe fakahoko ʻe he IRCC ha fakaafe PNP: naʻe fakaafe ʻa e kau kole ʻe 442, ʻo maʻulalo ʻa e CRS ki he 760. Ko e ongoongo lelei eni ki he kāinga.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760]]);
  });

  it('"ʻI he fakaafe kimuʻa (…)" is the previous round, context after the day\'s', () => {
    const page = 'He ʻaho ní naʻe fakaafe ʻa e IRCC ʻa e kau kole CEC ʻe 3,000 ʻo maʻulalo ʻa e CRS ki he 516. ʻI he fakaafe kimuʻa (21 Siulai) naʻe fakaafe ʻa e CEC ʻe 2,000 ʻi he CRS 516 foki.';
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', 3000, 516]]);
  });

  it('a tie-break "ʻOkatopa 11, 2025 ʻi he 14:55:49 UTC" keeps its time', () => {
    const page = 'He ʻaho ní naʻe fakahoko ʻa e fakaafe fika #434 ki he kau ngāue Transport: fakaafe ʻe 300, maʻulalo taha ʻo e CRS 470. Lao vahevahe tatau: ʻOkatopa 11, 2025 ʻi he 14:55:49 UTC.';
    const [draw] = announcedDraws(page, '2026-08-07');
    expect(draw?.tieBreak?.slice(0, 16)).toBe('2025-10-11T14:55');
  });

  it('a short channel post ("he ʻaho ní | ITA ʻe 5,000") is taken for Tongan', () => {
    expect(facts('🇨🇦 EE #437 he ʻaho ní | lea Falanisē | ITA ʻe 5,000 | Maʻulalo CRS 382', '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382]]);
  });

  it('a guide ("Founga hono hiki hake hoʻo CRS"), a forecast ("fakaafe hoko", "uike kahaʻu") and Australia\'s round announce nothing', () => {
    const guide =
      'Founga hono hiki hake hoʻo CRS: ʻi he 4 ʻAokosi 2026, naʻe fakaafe ʻa e kau kole PNP ʻe 507 ʻi he CRS 768. ʻOku mahuʻinga ʻaupito ʻa e nomination ʻa e vahefonua. Ako ʻa e lea Falanisē foki.';
    expect(glossForeign(guide)).toContain('How to raise your CRS');
    const forecast =
      'ʻE fakahoko ʻafē ʻa e fakaafe hoko? ʻOku mau ʻamanaki ʻe fakaafe ʻa e kau kole CEC ʻe 3,000 nai ʻi he uike kahaʻu, ʻo ofi ki he CRS 515. ʻI he fakaafe kimuʻa (5 ʻAokosi) naʻe fakaafe ʻa e CEC ʻe 3,000 ʻi he CRS 516.';
    const australia =
      'ʻAneafi naʻe fakaafe ʻe ʻAositelēlia ʻa e kau kole ʻe 1,200 ʻi he Skilled Independent visa 189, ʻo maʻulalo ʻa e maaka ki he 85. ʻOku ʻikai ko Kānata eni, ʻikai ko e Express Entry.';
    expectNothingAnnounced([
      [guide, '2026-08-10'],
      [forecast, '2026-08-10'],
      [australia, '2026-08-12'],
    ]);
  });
});

describe('Fijian', () => {
  it('"vosa vakaFarani" is French', () => {
    const page =
      'Itukutuku ni Express Entry\nNikua, 19 Okosita 2026, e vakayacora kina na IRCC na kena ika-437 ni sureti. E 5,000 na sureti e soli vei ira na dau tagi e kila na vosa vakaFarani, na iwiliwili lailai duadua ni CRS e 382.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382]]);
  });

  it('a round-up headed "Na sureti ni Express Entry ena macawa oqo:" reads every line', () => {
    const page = [
      'Na sureti ni Express Entry ena macawa oqo:',
      '• Tusiti 4 Okosita: PNP — 507 na ITA, CRS 768',
      '• Vukelulu 5 Okosita: CEC — 3,000 na ITA, CRS 516',
      '• Lotulevu 6 Okosita: vosa vakaFarani — 5,000 na ITA, CRS 391',
      '• Vakaraubuka 7 Okosita: Transport — 300 na ITA, CRS 470',
    ].join('\n');
    expect(facts(page, '2026-08-08')).toEqual(WEEK);
  });

  it('"nanoa ka liu" is the day before yesterday, not yesterday', () => {
    const page = 'Nanoa ka liu, a vakayacora na IRCC e dua na sureti ni PNP: 442 na ITA, na iwiliwili lailai duadua ni CRS e 760.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760]]);
  });

  it('"na dau tagi ni healthcare" keeps its program behind a hedged count', () => {
    expect(facts('Nanoa, a sureti e sivia na 4,000 na dau tagi ni healthcare; na CRS lailai duadua e 475.', '2026-06-26')).toEqual([['2026-06-25', null, 'healthcare', null, 475]]);
  });

  it("a guide without the hint's words, British Columbia's and Australia's rounds, a forecast quoting yesterday's round announce nothing", () => {
    const guide = 'Ivakamacala: na sala mo vakalevutaka kina na nomu CRS. Me vakaibalebale, ena 4 Okosita 2026, e 507 na ITA vei ira na PNP ena CRS 768. E bibi sara na nomination mai na yasana.';
    const province = 'Nikua na yasana o British Columbia e sureti e 150 na dau tagi ena BC PNP, na iwiliwili lailai duadua e 120. Sega ni sureti ni Express Entry oqo.';
    const australia = 'Nanoa, na matanitu o Ositerelia e sureti e 1,200 na dau tagi ena Skilled Independent visa 189, na iwiliwili lailai duadua e 85. Sega ni Kenada oqo.';
    const forecast = 'Nimataka e rawa ni vakayacori e dua tale na sureti. Na sureti e liu nanoa: 5,000 na ITA, CRS 382.';
    expectNothingAnnounced([
      [guide, '2026-08-10'],
      [province, '2026-08-12'],
      [australia, '2026-08-12'],
      [forecast, '2026-08-20'],
    ]);
  });
});
