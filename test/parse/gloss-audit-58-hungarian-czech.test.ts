import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Hungarian and Czech glossaries (docs/parser.md "Hungarian and Czech", "Audit (session 58)"): pages not known
 * as the language (a news item or a short post without ő/ű, a page whose verb is "hívott meg"), hedged counts read as exact
 * ("500 meghívó körül", "legfeljebb", "akár", "až 5 000"), cut-offs and counts in forms not glossed ("516 pont lett",
 * "ágazatban dolgozó", "4 uchazeči", "hranice 768 bodů"), weekly round-ups that announced only their first round, and a
 * yearly recap whose record cut-off read as a round's. A wrong value is worse than none.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Hungarian (gloss-hungarian.ts)', () => {
  it('a news item and a short post with no ő or ű, and a page whose only verb is "hívott meg", are Hungarian', () => {
    expect(
      facts(
        'Új Express Entry forduló a CEC számára\nAz IRCC 2026. augusztus 18-án, kedden megtartotta a 436. Express Entry fordulót a Canadian Experience Class jelöltjei számára. 1 000 meghívót küldtek ki, a legalacsonyabb CRS-pontszám 523 volt.\nA döntetlenfeloldó szabály időpontja: 2026. augusztus 17., 22:09:00 UTC.',
        '2026-08-19',
      ),
    ).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
    expect(facts('🇨🇦 Express Entry: ma PNP kör – 534 meghívó, a ponthatár 708 pont. Sok sikert mindenkinek!', '2026-07-06')).toEqual([['2026-07-06', null, 'pnp', 534, 708, null]]);
    expect(facts('Francia nyelvtudás kör\nAz IRCC tegnap kb. 5 000 francia nyelvtudású jelöltet hívott meg, a ponthatár 382 pont volt.', '2026-08-20')).toEqual([
      ['2026-08-19', null, 'french', null, 382, null],
    ]);
  });

  it('"500 meghívó körül", "515 pont körüli" (around) in a forecast announce nothing', () => {
    expect(
      facts(
        'Mikor lesz a következő Express Entry forduló?\nA szakértők szerint várhatóan jövő héten jön a következő CEC kör, kb. 3 000 meghívóval és 515 pont körüli ponthatárral. Egy tartományi kör is valószínű, 500 meghívó körül.',
        '2026-08-10',
      ),
    ).toEqual([]);
  });

  it('"legfeljebb", "akár" (up to) are no exact count', () => {
    expect(
      facts('Express Entry: akár 5 000 meghívó a francia nyelvű jelölteknek\nAz IRCC ma legfeljebb 5 000 francia nyelvtudású jelöltet hívott meg, a ponthatár 391 pont volt.', '2026-08-06'),
    ).toEqual([['2026-08-06', null, 'french', null, 391, null]]);
  });

  it('"a ponthatár 516 pont lett, szemben az előző forduló 517 pontjával" and "hívott meg"', () => {
    expect(
      facts(
        'CEC forduló: enyhén csökkent a ponthatár\nAz IRCC július 21-én, kedden 2 000 CEC jelöltet hívott meg. A ponthatár 516 pont lett, szemben az előző forduló 517 pontjával, a meghívók száma pedig az előző kör 2 000-es számával egyezett.',
        '2026-07-22',
      ),
    ).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
  });

  it('"egészségügyi és szociális ágazatban dolgozó jelöltet" (singular) keeps its count', () => {
    expect(
      facts(
        'Egészségügyi forduló\n2026. június 25-én, csütörtökön az IRCC 4 000 egészségügyi és szociális ágazatban dolgozó jelöltet hívott meg, a ponthatár 475 pont volt. Döntetlen-szabály: 2026.05.21. 14:14:09 (budapesti idő).',
        '2026-06-26',
      ),
    ).toEqual([['2026-06-25', null, 'healthcare', 4000, 475, '2026-05-21']]);
  });

  it('a weekly round-up ("Heti összefoglaló", "három") announces each of its rounds', () => {
    expect(
      facts(
        'Heti összefoglaló: három Express Entry forduló\nA 431. kör (augusztus 4., hétfő): tartományi jelöltek, 507 meghívó, ponthatár 768 pont.\nA 432. kör (augusztus 5., kedd): Canadian Experience Class, 3 000 meghívó, ponthatár 516 pont.\nA 433. kör (augusztus 6., szerda): francia nyelvtudás, 5 000 meghívó, ponthatár 391 pont.',
        '2026-08-08',
      ),
    ).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
      ['2026-08-06', '433', 'french', 5000, 391, null],
    ]);
  });
});

describe('Czech (gloss-czech.ts)', () => {
  it('"až 5 000 pozvánek" (up to) is no exact count', () => {
    expect(facts('Express Entry: až 5 000 pozvánek pro frankofonní uchazeče\nDnes IRCC rozeslalo až 5 000 pozvánek frankofonním uchazečům, minimální skóre bylo 391 bodů.', '2026-08-06')).toEqual([
      ['2026-08-06', null, 'french', null, 391, null],
    ]);
  });

  it('"Pozvánku obdrželi 4 uchazeči" (nominative plural) keeps its count', () => {
    expect(
      facts(
        'Kolo č. 430: vojenští rekruti\nVčera, ve čtvrtek, proběhlo 430. kolo Express Entry pro kvalifikované vojenské rekruty. Pozvánku obdrželi 4 uchazeči, nejnižší skóre bylo 368 bodů.',
        '2026-07-24',
      ),
    ).toEqual([['2026-07-23', '430', 'military', 4, 368, null]]);
  });

  it('"hranice 768 bodů" (the cut-off, without "minimální") is read', () => {
    expect(
      facts(
        'Dvě kola Express Entry tento týden\nV pondělí 4. 8. proběhlo kolo pro PNP: 507 pozvánek, hranice 768 bodů. V úterý 5. 8. následovalo kolo pro Canadian Experience Class: 3 000 pozvánek, minimální skóre 516 bodů.',
        '2026-08-06',
      ),
    ).toEqual([
      ['2026-08-04', null, 'pnp', 507, 768, null],
      ['2026-08-05', null, 'cec', 3000, 516, null],
    ]);
  });

  it('a weekly round-up ("Týdenní přehled") announces each of its rounds', () => {
    expect(
      facts(
        'Týdenní přehled Express Entry\nKolo č. 431 (pondělí 4. srpna): PNP, 507 pozvánek, minimální skóre 768 bodů.\nKolo č. 432 (úterý 5. srpna): Canadian Experience Class, 3 000 pozvánek, minimální skóre 516 bodů.\nKolo č. 433 (středa 6. srpna): francouzština, 5 000 pozvánek, minimální skóre 391 bodů.',
        '2026-08-08',
      ),
    ).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
      ['2026-08-06', '433', 'french', 5000, 391, null],
    ]);
  });

  it('a yearly recap ("Rok 2025 v Express Entry", "Nejnižší hranice byla 379 bodů … v kole") announces nothing', () => {
    expect(
      facts(
        'Rok 2025 v Express Entry: přehled\nV roce 2025 IRCC uspořádalo celkem 57 kol a rozeslalo přes 110 000 pozvánek. Nejnižší hranice byla 379 bodů v kole pro francouzštinu, nejvyšší 831 bodů. Poslední kolo proběhlo 17. prosince: 6 000 pozvánek, 399 bodů.',
        '2026-01-03',
      ),
    ).toEqual([]);
  });

  it('a short channel post ("Dnes kolo pro PNP … Hodně štěstí všem!") is Czech; its bare "708 bodů" stays unread, as in English', () => {
    expect(facts('🍁 Dnes kolo pro PNP – 534 pozvánek, 708 bodů. Hodně štěstí všem!', '2026-07-06')).toEqual([['2026-07-06', null, 'pnp', 534, null, null]]);
  });
});
