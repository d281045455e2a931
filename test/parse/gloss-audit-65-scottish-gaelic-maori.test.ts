import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Audit of the Scottish Gaelic and Maori glossaries (session 65; docs/parser.md "Scottish Gaelic and Maori", "Audit (session 65)"):
 * pages written for the audit, with real IRCC figures (rounds 419–437), each read wrong or not at all before its fix.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Scottish Gaelic (audit)', () => {
  it('a weekly round-up headed "Cuairtean Express Entry na seachdain seo:" reads every line', () => {
    const page =
      'Cuairtean Express Entry na seachdain seo:\n• Diluain 6 Iuchar 2026 — PNP: 534 cuireadh, CRS 708\n• Dimàirt 7 Iuchar 2026 — CEC: 2,000 cuireadh, CRS 517\n• Diardaoin 9 Iuchar 2026 — Fraingis: 5,000 cuireadh, CRS 420\n• Dihaoine 10 Iuchar 2026 — Senior managers: 500 cuireadh, CRS 392';
    expect(facts(page, '2026-07-11')).toEqual([
      ['2026-07-06', null, 'pnp', 534, 708, null],
      ['2026-07-07', null, 'cec', 2000, 517, null],
      ['2026-07-09', null, 'french', 5000, 420, null],
      ['2026-07-10', null, 'managers', 500, 392, null],
    ]);
  });

  it('a month\'s account "Na thachair san Ògmhios 2026" announces nothing', () => {
    const page =
      'Na thachair san Ògmhios 2026 ann an Express Entry\nSan Ògmhios, chùm IRCC ceithir cuairtean. Air 22 Ògmhios 2026 fhuair 955 neach cuireadh (PNP, sgòr as ìsle 730); air 23 Ògmhios 2026 fhuair 4,000 neach cuireadh (CEC, 516).\nAir 24 Ògmhios: dotairean, 271 cuireadh, CRS 223. Air 25 Ògmhios: dreuchdan slàinte is seirbheisean sòisealta, 4,000 cuireadh, CRS 475.';
    expect(facts(page, '2026-07-01')).toEqual([]);
  });

  it('British Columbia\'s own round ("a cuairt fhèin", "Chan e cuairt Express Entry IRCC a bha seo") announces nothing', () => {
    const page = 'An-diugh chùm British Columbia a cuairt fhèin (BC PNP): fhuair 150 tagraiche cuireadh bhon mhòr-roinn, le sgòr as ìsle de 105. Chan e cuairt Express Entry IRCC a bha seo.';
    expect(facts(page, '2026-08-20')).toEqual([]);
  });

  it('New Zealand\'s round ("Sealan Nuadh") announces nothing', () => {
    const page = 'Chùm Sealan Nuadh cuairt an-diugh: fhuair 800 neach cuireadh le 160 puing. Cha do chumadh cuairt ann an Canada an t-seachdain seo.';
    expect(facts(page, '2026-08-20')).toEqual([]);
  });

  it('a short channel post "Cuairt #437 an-diugh … (Fraingis)" is read', () => {
    const page = '🇨🇦 Cuairt #437 an-diugh: 5,000 cuireadh, CRS 382 (Fraingis) #ExpressEntry #Gàidhlig';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, null]]);
  });

  it('"Cha robh cuairt … an t-seachdain seo" and "a\' chuairt mu dheireadh" (the last draw) announce nothing', () => {
    const page = "Cha robh cuairt Express Entry ann an t-seachdain seo. B' e a' chuairt mu dheireadh cuairt 437 air 19 Lùnastal (5,000 cuireadh, sgòr CRS as ìsle de 382).";
    expect(facts(page, '2026-08-28')).toEqual([]);
  });
});

describe('Maori (audit)', () => {
  it('a weekly round-up headed "Ngā rauna Express Entry o tēnei wiki:" reads every line', () => {
    const page =
      'Ngā rauna Express Entry o tēnei wiki:\n• Rāhina 6 Hōngongoi 2026 — PNP: 534 pōwhiri, CRS 708\n• Rātū 7 Hōngongoi 2026 — CEC: 2,000 pōwhiri, CRS 517\n• Rāpare 9 Hōngongoi 2026 — reo Wīwī: 5,000 pōwhiri, CRS 420\n• Rāmere 10 Hōngongoi 2026 — Senior managers: 500 pōwhiri, CRS 392';
    expect(facts(page, '2026-07-11')).toEqual([
      ['2026-07-06', null, 'pnp', 534, 708, null],
      ['2026-07-07', null, 'cec', 2000, 517, null],
      ['2026-07-09', null, 'french', 5000, 420, null],
      ['2026-07-10', null, 'managers', 500, 392, null],
    ]);
  });

  it('a month\'s account headed "Ngā rauna Express Entry o Pipiri 2026" announces nothing', () => {
    const page =
      'Ngā rauna Express Entry o Pipiri 2026\nI a Pipiri, e whā ngā rauna i whakahaerehia e IRCC. I te 22 Pipiri 2026: PNP, 955 pōwhiri, CRS iti rawa 730. I te 23 Pipiri 2026: CEC, 4,000 pōwhiri, CRS iti rawa 516.\nI te 24 Pipiri: Ngā Rata, 271 pōwhiri, CRS 223. I te 25 Pipiri: hauora me ngā ratonga pāpori, 4,000 pōwhiri, CRS 475.';
    expect(facts(page, '2026-07-01')).toEqual([]);
  });

  it('British Columbia\'s own round ("tōna ake rauna", "Ehara tēnei i te rauna Express Entry") announces nothing', () => {
    const page =
      'I tēnei rā i whakahaere te porowini o British Columbia i tōna ake rauna (BC PNP): 150 ngā pōwhiri ki ngā kaitono, ko te kaute iti rawa he 105. Ehara tēnei i te rauna Express Entry a IRCC.';
    expect(facts(page, '2026-08-20')).toEqual([]);
  });

  it('New Zealand\'s round ("Aotearoa") announces nothing', () => {
    const page = 'I tēnei rā i whakahaere a Aotearoa i tētahi rauna: 800 ngā pōwhiri, 160 piro. Kāore he rauna i Kānata i tēnei wiki.';
    expect(facts(page, '2026-08-20')).toEqual([]);
  });

  it('"3,000 ngā pōwhiri i tukuna i te rauna CEC", compared with the previous round ("i whakaritea ki te 507"), and "516 te kaute CRS iti rawa" after it', () => {
    const page = 'I tēnei rā, 3,000 ngā pōwhiri i tukuna i te rauna CEC (rauna 432), i whakaritea ki te 507 i te rauna o mua (PNP, kaute 768). 516 te kaute CRS iti rawa.';
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });

  it('"I te rā i mua i inanahi" (the day before yesterday)', () => {
    const page = 'I te rā i mua i inanahi, i whakahaere a IRCC i tētahi rauna PNP: 442 ngā pōwhiri i tukuna ki ngā kaitono, ā, 760 te kaute CRS iti rawa.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
  });

  it('a short channel post "Rauna #437 i tēnei rā … (reo Wīwī)" is read', () => {
    const page = '🇨🇦 Rauna #437 i tēnei rā: 5,000 pōwhiri, CRS 382 (reo Wīwī) #ExpressEntry #TeReoMāori';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, null]]);
  });
});
