import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced, rounds } from '../helpers/announced.ts';

/**
 * Audit of the Manx and Sardinian glossaries (session 67; docs/parser.md "Manx and Sardinian", "Audit (session 67)"): pages written
 * for the audit, with real IRCC figures (rounds 431–437), each read wrong or not at all on the commit the audit started from.
 */

describe('Manx', () => {
  it('"Blein 2025" (a year\'s account) and "Cha row cruinnaght … erbee" (no draw this week) announce nothing', () => {
    const year = "Blein 2025 ayns Express Entry: ooilley cooidjagh\nHug IRCC magh ny smoo na 100,000 cuirraghyn ayns 2025. Va'n scoar CRS s'injil s'inshley 379 ayns cruinnaght Frangish.";
    const none = "Cha row cruinnaght Express Entry erbee 'sy tiaghtey shoh. Va'n chruinnaght jerrinagh er 19 Luanistyn (5,000 cuirraghyn, scoar s'injil 382).";
    expectNothingAnnounced([
      [year, '2026-01-03'],
      [none, '2026-08-28'],
    ]);
  });

  it('"er choyrt cuirraghyn da 300 fir-aarlee" (has invited 300 candidates) is a count', () => {
    const page = "Ta IRCC er choyrt cuirraghyn da 300 fir-aarlee ayns Transport Occupations jiu (y 434oo cruinnaght). Va'n scoar s'injil 470.";
    expect(rounds(page, '2026-08-07')).toEqual([['2026-08-07', '434', 'transport', 300, 470]]);
  });

  it('"arroo" (the day before yesterday) is the day', () => {
    const page = "Arroo hug IRCC magh 442 cuirraghyn da PNP ayns y 435oo cruinnaght. Scoar s'injil: 760.";
    expect(rounds(page, '2026-08-19')).toEqual([['2026-08-17', '435', 'pnp', 442, 760]]);
  });

  it('a short channel post with three of its words is glossed', () => {
    const post = '🇨🇦 Cruinnaght #435 · PNP · 442 cuirraghyn · 760 #ExpressEntry #Gaelg';
    expect(announcedDraws(post, '2026-08-17').map((d) => [d.drawNumber, d.program, d.invitations])).toEqual([['435', 'pnp', 442]]);
  });
});

describe('Sardinian', () => {
  it('"S\'annu 2025" (a year\'s account) and "non b\'at àpidu perunu round" (no draw) announce nothing', () => {
    const year = "S'annu 2025 in Express Entry\nIn su 2025 IRCC at imbiadu prus de 100.000 invitos. Su puntègiu mìnimu prus bassu est istadu 379, in unu round de frantzesu.";
    const none = "Custa chida non b'at àpidu perunu round de Express Entry. Su round prus reghente est istadu su 19 de austu (5.000 invitos, puntègiu mìnimu 382).";
    expectNothingAnnounced([
      [year, '2026-01-03'],
      [none, '2026-08-28'],
    ]);
  });

  it('a hedged dot-grouped count is no count: "a s\'incirca 4.000", "fintzas a 5.000"', () => {
    const about = "Oe IRCC at imbiadu a s'incirca 4.000 invitos a candidados CEC. Puntègiu mìnimu 516.";
    expect(rounds(about, '2026-06-23')).toEqual([['2026-06-23', null, 'cec', null, 516]]);
    const upTo = 'Oe IRCC at imbiadu fintzas a 5.000 invitos in unu round de frantzesu, puntègiu mìnimu 382. Règula de parighèntzia: 1 de martzu 2026, 18:34:05 UTC.';
    expect(rounds(upTo, '2026-08-19')).toEqual([['2026-08-19', null, 'french', null, 382]]);
  });

  it('"antereris" (the day before yesterday) is the day', () => {
    const page = 'Antereris IRCC at imbiadu 442 invitos a candidados PNP (round n. 435). Puntègiu mìnimu: 760.';
    expect(rounds(page, '2026-08-19')).toEqual([['2026-08-17', '435', 'pnp', 442, 760]]);
  });

  it('a short channel post with four of its words is glossed', () => {
    expect(rounds('Round CEC de oe: 1.000 invitos, puntègiu mìnimu 523 #sardu', '2026-08-18')).toEqual([['2026-08-18', null, 'cec', 1000, 523]]);
  });
});
