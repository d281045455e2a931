import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isShona } from '../../src/parse/text/gloss-shona.ts';
import { isIrish } from '../../src/parse/text/gloss-irish.ts';

/**
 * Shona and Irish draw news (src/parse/text/gloss-shona.ts, gloss-irish.ts; docs/parser.md "Shona and Irish"): glossed into the
 * English the reader knows. A page that announces nothing (a guide, a forecast, a monthly recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Shona', () => {
  it('a news item: "Nezuro (Chipiri, 10 Kurume 2026)", "draw #401", "yakakoka vanhu 3,250", "Mamaki eCRS akaderera aive 512" and the tie-break', () => {
    const page = [
      'Nhau dzeImmigration',
      'Chitatu, 11 Kurume 2026',
      'Nezuro (Chipiri, 10 Kurume 2026) IRCC yakaita Canadian Experience Class draw #401 yakakoka vanhu 3,250.',
      'Mamaki eCRS akaderera aive 512.',
      'Tie-breaking rule: February 2, 2026 at 10:15:00 UTC.',
      'Kana uine mibvunzo, tinyorere.',
    ].join('\n');
    expect(facts(page, '2026-03-11')).toEqual([['2026-03-10', '401', 'cec', 3250, 512, '2026-02-02']]);
  });

  it('a short post: "Nhasi IRCC yaita PNP draw: vanhu 640 vakakokwa, CRS yakaderera 745"', () => {
    const page = 'Nhasi IRCC yaita PNP draw: vanhu 640 vakakokwa, CRS yakaderera 745. Mamaki angu 470 chete, ndichiri kumirira.';
    expect(facts(page, '2025-11-05')).toEqual([['2025-11-05', null, 'pnp', 640, 745, null]]);
  });

  it('a guide, a forecast and a monthly recap are glossed and announce nothing', () => {
    const guide = [
      'Gwaro: maitiro ekuwedzera mamaki eCRS',
      'Semuenzaniso, muna Zvita 2025 draw yakakoka vanhu 1,200 pa505. Kana uchigona chiFrench, mamaki ako anokwira uye mukana wako unowedzera.',
    ].join('\n');
    const forecast = [
      'Fungidziro yeExpress Entry 2027',
      'Nyanzvi dzinotarisira kuti CEC draw inotevera ichave nemamaki anosvika 515; vanhu 3,000 kusvika 4,000 vangakokwa. Izvi hazvisi chokwadi.',
    ].join('\n');
    const recap = [
      'Pfupiso yemwedzi: Gumiguru',
      'Mumwedzi weGumiguru IRCC yakaita ma draw mana, ikakoka vanhu 12,000 pamwe chete; mamaki akaderera aive 408. Izvi zvinoreva kuti gore rino rakanaka.',
    ].join('\n');
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
    const page = 'Australia: nezuro Australia yakakoka vanhu 900 mudraw yayo. Iyi haisi draw yeExpress Entry yeCanada; draw inotevera yeCanada haisati yazivikanwa uye vanhu vari kumirira.';
    expect(glossForeign(page)).toContain('invited 900 candidates');
    expect(facts(page, '2025-03-06')).toEqual([]);
  });

  it('an English page quoting a few Shona words stays English', () => {
    const page = [
      'From Harare to Winnipeg: a family story',
      '"Nhasi izuva rakanaka," Mrs Moyo wrote in the family chat, and the vanhu of her church group cheered.',
      'Yesterday, IRCC invited 1,500 candidates in a CEC draw with a minimum CRS score of 520.',
    ].join('\n');
    expect(isShona(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
  });
});

describe('Irish', () => {
  it('a news item: "inné, 12 Bealtaine", "cuireadh do 2,800 iarrthóir", "babhta uimhir 415", "Ba é 519 an scór íosta CRS" and the tie-break', () => {
    const page = [
      'Nuacht an Lae | Inimirce',
      'Ceanada: 2,800 cuireadh in imtharraingt CEC',
      '13 Bealtaine 2026',
      'Thug IRCC cuireadh do 2,800 iarrthóir inné, 12 Bealtaine, faoin Aicme Taithí Cheanadach (CEC). Ba é seo babhta uimhir 415 den Iontráil Shainráite.',
      'Ba é 519 an scór íosta CRS, agus ba é 30 Aibreán 2026 ag 08:12:44 UTC an t-am cinniúnach.',
    ].join('\n');
    expect(facts(page, '2026-05-13')).toEqual([['2026-05-12', '415', 'cec', 2800, 519, '2026-04-30']]);
  });

  it('a short post: "Babhta PNP inniu: fuair 710 duine cuireadh, scór íosta 752"', () => {
    const page = 'Babhta PNP inniu (23 Deireadh Fómhair): fuair 710 duine cuireadh, scór íosta 752. Tá mo scór féin 460 agus táim fós ag fanacht.';
    expect(facts(page, '2024-10-23')).toEqual([['2024-10-23', null, 'pnp', 710, 752, null]]);
  });

  it('a guide, a forecast and a monthly recap are glossed and announce nothing', () => {
    const guide = [
      'Treoir: conas do scór CRS a ardú',
      'Mar shampla, i mí na Nollag 2025 tugadh 1,200 cuireadh ag 505. Má tá Fraincis agat, ardóidh do scór agus beidh seans níos fearr agat ar chuireadh.',
    ].join('\n');
    const forecast = [
      'Réamhaisnéis don Iontráil Shainráite 2027',
      'Táimid ag súil le babhtaí CEC rialta agus le 3,000 go 4,000 cuireadh i ngach babhta; ní fios go fóill cathain a bheidh an chéad bhabhta eile.',
    ].join('\n');
    const recap = ['Achoimre mhíosúil: Deireadh Fómhair', 'I mí Dheireadh Fómhair bhí ceithre bhabhta ann agus tugadh 12,000 cuireadh san iomlán; ba é 408 an scór íosta ab ísle.'].join('\n');
    for (const [page, english] of [
      [guide, 'guide'],
      [forecast, 'forecast'],
      [recap, 'monthly recap'],
    ] as const) {
      expect(glossForeign(page).toLowerCase()).toContain(english);
      expect(facts(page, '2026-11-02')).toEqual([]);
    }
  });

  it("a province's round and another country's are glossed and announce nothing", () => {
    const province =
      'Ontario: inné thug cúige Ontario cuireadh do 1,100 iarrthóir faoina chlár féin (OINP), le scór 480 ar a laghad. Ní babhta den Iontráil Shainráite é seo agus níl aon bhabhta cónaidhme ann an tseachtain seo.';
    const country =
      'An Astráil: inné thug an Astráil cuireadh do 900 iarrthóir ina babhta féin. Ní babhta den Iontráil Shainráite é seo; níl an chéad bhabhta eile i gCeanada fógartha fós agus táimid ag fanacht.';
    for (const page of [province, country]) {
      expect(glossForeign(page)).toMatch(/invited (?:1,100|900) candidates/);
      expect(facts(page, '2025-03-06')).toEqual([]);
    }
  });

  it('an English page quoting a few Irish words stays English', () => {
    const page = [
      'From Galway to Calgary: a family story',
      '"Is é inniu an lá," her mother said, and the cuireadh was framed on the kitchen wall.',
      'Yesterday, IRCC invited 1,500 candidates in a CEC draw with a minimum CRS score of 520.',
    ].join('\n');
    expect(isIrish(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
  });
});
