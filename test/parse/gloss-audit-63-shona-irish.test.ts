import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 63's audit of the Shona and Irish glossaries (src/parse/text/gloss-shona.ts, gloss-irish.ts; docs/parser.md "Shona and
 * Irish", "Audit (session 63)"): pages written for the audit, each the announced draws a native reader takes from it. Figures are
 * IRCC's (test/fixtures/ircc/ee_rounds_merged_1-437.json).
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Shona (audit, session 63)', () => {
  it('a page whose only "vanhu" opens a sentence ("Vanhu 5,000 vakakokwa") is glossed', () => {
    const page = [
      'Nhau dzeExpress Entry',
      'Nhasi, Chitatu 19 Nyamavhuvhu 2026, IRCC yakaita draw yeFrench-language proficiency (#437). Vanhu 5,000 vakakokwa kuti vanyorere kugara zvachose muCanada. Mamaki eCRS akaderera aive 382.',
      'Tie-breaking rule: 1 Kurume 2026 na18:34:05 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
  });

  it('a page without "vanhu" ("Vakwikwidzi 955 vakakokwa nezuro") is glossed', () => {
    const page = 'Vakwikwidzi 955 vakakokwa nezuro muPNP draw, CRS yakaderera 730. Draw iyi yaive #419, uye mamaki akaderera akakwira kubva pa719.';
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-22', '419', 'pnp', 955, 730, null]]);
  });

  it('"kumberi kwanezuro" is the day before yesterday', () => {
    const page = [
      'Kumberi kwanezuro, Muvhuro, IRCC yakaita Provincial Nominee Program draw: vanhu 442 vakakokwa, mamaki eCRS akaderera aive 760.',
      'Tie-break: 7 Nyamavhuvhu 2026 na18:01:56 UTC. Nhau dzimwe dzichauya svondo rino.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760, '2026-08-07']]);
  });

  it('a year in review ("Nhoroondo yegore ra2025") announces nothing', () => {
    const page = [
      'Nhoroondo yegore ra2025 muExpress Entry',
      'Muna 2025 IRCC yakakoka vanhu vanopfuura 100,000. Draw hombe yaive yeCEC muna Kurume, yakakoka vanhu 4,000. Mamaki eCRS akaderera zvakanyanya aive 379 muFrench-language draw. Gore rino tinotarisira ma draw akawanda.',
    ].join('\n');
    expect(facts(page, '2026-01-05')).toEqual([]);
  });

  it('hedged counts ("vanhu vanosvika 2,000", "vanhu vanopfuura 450") are no count', () => {
    expect(facts('Nhasi IRCC yakaita CEC draw, ichikoka vanhu vanosvika 2,000. Mamaki eCRS akaderera aive 514.', '2026-04-28')).toEqual([['2026-04-28', null, 'cec', null, 514, null]]);
    expect(facts('Nhasi IRCC yakaita PNP draw: vanhu vanopfuura 450 vakakokwa, CRS yakaderera 795.', '2026-04-28')).toEqual([['2026-04-28', null, 'pnp', null, 795, null]]);
  });

  it('"Nguva yetie-break: 2026-05-21 12:14:09 UTC" is the tie-break', () => {
    const page = [
      'IRCC yakaita Healthcare and Social Services draw musi wa25 Chikumi 2026: vanhu 4,000 vakakokwa, CRS yakaderera 475.',
      'Nguva yetie-break: 2026-05-21 12:14:09 UTC (8:14 AM EDT).',
    ].join('\n');
    expect(facts(page, '2026-06-25')).toEqual([['2026-06-25', null, 'healthcare', 4000, 475, '2026-05-21']]);
  });

  it('a short channel post ("Nhasi: CEC draw, vanhu 2,000 vakakokwa … Makorokoto kune vese") is glossed', () => {
    const page = 'Nhasi: CEC draw, vanhu 2,000 vakakokwa, CRS 514. Makorokoto kune vese vakakokwa! 🎉';
    expect(facts(page, '2026-04-28')).toEqual([['2026-04-28', null, 'cec', 2000, 514, null]]);
  });
});

describe('Irish (audit, session 63)', () => {
  it('"arú inné" is the day before yesterday, not yesterday', () => {
    const page = [
      'Babhta PNP nua',
      "Arú inné, Dé Luain, d'eisigh IRCC 442 cuireadh i mbabhta do Chlár na nAinmnithe Cúige. B'é 760 pointe an tairseach, agus bhí an babhta seo ag teacht i ndiaidh babhta eile i mí Iúil.",
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
  });

  it('the eclipsed "i mbabhta Fraincise (Uimh. 437)" is a French-language draw with its number', () => {
    const page = [
      'Babhta nua Iontráil Shainráite',
      'Inniu, Dé Céadaoin 19 Lúnasa 2026, thug IRCC cuireadh do 5,000 iarrthóir i mbabhta Fraincise (Uimh. 437). Ba é 382 an scór íosta CRS.',
      'Riail chomhionannais: 1 Márta 2026 ag 18:34:05 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
  });

  it('a question about the next round ("an chéad bhabhta CEC eile") announces nothing', () => {
    const page = [
      'Cathain a bheidh an chéad bhabhta CEC eile?',
      'Tá go leor daoine ag fiafraí cathain a thabharfaidh IRCC cuireadh arís. Táimid ag súil le babhta eile an tseachtain seo chugainn, le idir 2,000 agus 3,000 cuireadh agus scór íosta timpeall 515.',
    ].join('\n');
    expect(facts(page, '2026-08-10')).toEqual([]);
  });

  it('hedged counts ("thart ar 2,000 cuireadh", "níos mó ná 450") are no count', () => {
    expect(facts('Inniu bhí babhta CEC ann; tugadh thart ar 2,000 cuireadh. Ba é 514 an scór íosta CRS.', '2026-04-28')).toEqual([['2026-04-28', null, 'cec', null, 514, null]]);
    expect(facts('Inniu bhí babhta PNP ann: fuair níos mó ná 450 iarrthóir cuireadh, agus ba é 795 an scór íosta CRS.', '2026-04-28')).toEqual([['2026-04-28', null, 'pnp', null, 795, null]]);
  });

  it('an ordinal day ("Ar an 25ú Meitheamh 2026") and "Am an chomhionannais:" / "Am cinniúnach:" tie-breaks', () => {
    const health = ['Ar an 25ú Meitheamh 2026 bhí babhta cúraim sláinte ann: cuireadh do 4,000 iarrthóir, scór íosta 475.', 'Am an chomhionannais: 2026-05-21 12:14:09 UTC (8:14 r.n. EDT).'].join(
      '\n',
    );
    expect(facts(health, '2026-06-26')).toEqual([['2026-06-25', null, 'healthcare', 4000, 475, '2026-05-21']]);
    const cec = 'Dé Máirt, an 7ú Iúil 2026: thug IRCC cuireadh do 2,000 iarrthóir i mbabhta CEC. Ba é 517 an scór íosta CRS. Am cinniúnach: 29 Nollaig 2025 ag 17:49:27 UTC.';
    expect(facts(cec, '2026-07-08')).toEqual([['2026-07-07', null, 'cec', 2000, 517, '2025-12-29']]);
  });

  it('"i mbabhta do ghairmeacha iompair" is a transport occupations draw', () => {
    const page = [
      'Dé hAoine, an 7ú Lúnasa 2026',
      'Thug IRCC cuireadh do 300 iarrthóir i mbabhta do ghairmeacha iompair inniu. Ba é 470 an scór íosta CRS. Am cinniúnach: 11 Deireadh Fómhair 2025 ag 14:55:49 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([['2026-08-07', null, 'transport', 300, 470, '2025-10-11']]);
  });
});
