import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 62's audit of the Wolof and Malagasy glossaries (docs/parser.md "Wolof and Malagasy", "Audit (session 62)"): pages
 * written for the audit with IRCC's own figures, each failing before its fix.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

describe('Wolof (audit)', () => {
  it('"Bërki-démb" is the day before yesterday', () => {
    const page = ['Bërki-démb, IRCC amal na tirage No. 436 bu jëm ci ñi am liggéey ci Kanadaa (Canadian Experience Class).', 'Woo nañu 1 000 nit. Poñ CRS bu gën a tuuti: 523.'].join('\n');
    expect(facts(page, '2026-08-20')).toEqual([['2026-08-18', '436', 'cec', 1000, 523]]);
  });

  it('a forecast ("Kañ la … di ñëw?", "ñu ngi xaar", "mën na", "lu tollu ci", "ba 510") announces nothing', () => {
    const page = [
      'Kañ la tirage bi di ñëw? Lan lañuy séentu?',
      'Ci ayu-bés bi di ñëw, ñu ngi xaar tirage bu CEC. Mën na am lu tollu ci 3 000 nit ñu ñuy woo, te poñ CRS bu gën a tuuti mën na wàcc ba 510.',
      'Tirage bu weesu, woo nañu 3 000 nit ci 516 poñ. Kenn xamul dëgg-dëgg.',
    ].join('\n');
    expect(facts(page, '2026-08-09')).toEqual([]);
  });

  it('a hedged count ("lu tollu ci 1 000") and a month\'s "ba 5 000" give no count', () => {
    const page = [
      'Tey, IRCC amal na tirage No. 436 ci Canadian Experience Class.',
      'Woo nañu lu tollu ci 1 000 nit. Poñ CRS bu gën a tuuti: 523.',
      'Ñu ngi xaar ñu yónnee ba 5 000 woo ci weer wii.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', null, 523]]);
  });

  it('"wàcc na ba 516, te ci tirage bu weesu mu nekkoon 518": the cut-off is 516', () => {
    const page = ['Tey àllarba 5 ut 2026, IRCC woo na 3 000 nit ci tirage No. 432 (CEC).', 'Poñ CRS bu gën a tuuti wàcc na ba 516, te ci tirage bu weesu mu nekkoon 518.'].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516]]);
  });

  it('"doktoor yi" are physicians', () => {
    const page = '🇨🇦 Tey: tirage #421, doktoor yi am liggéey ci Kanadaa. Woo nañu 271 nit, poñ CRS bu gën a tuuti 223. Ñépp ñu woo, ndokk!';
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-24', '421', 'physicians', 271, 223]]);
  });
});

describe('Malagasy (audit)', () => {
  it('"Afak\'omaly" is the day before yesterday', () => {
    const page = "Afak'omaly, nanasa olona 5 000 mahay teny frantsay ny IRCC tamin'ny fisintonana Express Entry. 382 ny isa CRS ambany indrindra. Arahabaina ireo rehetra nahazo fanasana!";
    expect(facts(page, '2026-08-21')).toEqual([['2026-08-19', null, 'french', 5000, 382]]);
  });

  it('a weekly round-up: "Efatra ny fisintonana nataon’ny IRCC", "fahasalamana sy asa sosialy"', () => {
    const page = [
      'Ny fisintonana Express Entry tamin’ity herinandro ity',
      'Efatra ny fisintonana nataon’ny IRCC tamin’ity herinandro ity:',
      '- Alatsinainy 22 Jona: faha-419, PNP, fanasana 955, CRS 730',
      '- Talata 23 Jona: faha-420, Canadian Experience Class, fanasana 4 000, CRS 516',
      '- Alarobia 24 Jona: faha-421, dokotera manana traikefa miasa any Kanada, fanasana 271, CRS 223',
      '- Alakamisy 25 Jona: faha-422, fahasalamana sy asa sosialy, fanasana 4 000, CRS 475',
    ].join('\n');
    expect(facts(page, '2026-06-27')).toEqual([
      ['2026-06-22', '419', 'pnp', 955, 730],
      ['2026-06-23', '420', 'cec', 4000, 516],
      ['2026-06-24', '421', 'physicians', 271, 223],
      ['2026-06-25', '422', 'healthcare', 4000, 475],
    ]);
  });

  it('a monthly recap ("Famintinana", "tamin’ny volana Jolay 2026") announces nothing', () => {
    const page = [
      'Famintinana: ny fisintonana Express Entry tamin’ny volana Jolay 2026',
      'Fisintonana fito no natao tamin’ny volana Jolay. Olona 14 883 no nahazo fanasana.',
      '| Daty | Programa | Fanasana | CRS |',
      '| 06/07 | PNP | 534 | 708 |',
      '| 09/07 | Frantsay | 5 000 | 420 |',
      '| 21/07 | CEC | 2 000 | 516 |',
    ].join('\n');
    expect(facts(page, '2026-08-02')).toEqual([]);
  });

  it('"Ny fisintonana teo aloha dia natao ny Sabotsy" is an earlier round, the page\'s own stays', () => {
    const page =
      "Androany Alatsinainy 25 Mey 2026, nanao fisintonana faha-416 ho an'ny PNP ny IRCC: olona 334 no nasaina, 805 ny isa CRS ambany indrindra. Ny fisintonana teo aloha dia natao ny Sabotsy.";
    expect(facts(page, '2026-05-25')).toEqual([['2026-05-25', '416', 'pnp', 334, 805]]);
  });
});
