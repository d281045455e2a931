import { describe, expect, it } from 'vitest';
import { expectNothingAnnounced, rounds } from '../helpers/announced.ts';
import { isUpperSorbian } from '../../src/parse/text/gloss-upper-sorbian.ts';

/**
 * Audit of the Romansh and Upper Sorbian glossaries (session 67; docs/parser.md "Romansh and Upper Sorbian", "Audit (session 67)"):
 * pages written for the audit, with real IRCC figures (rounds 418–437), each read wrong or not at all on the commit the audit
 * started from.
 */

describe('Romansh', () => {
  it('a round\'s kind between "runda" and its number ("la runda francofona nr. 437", "Runda Express Entry nr. 426") keeps the number', () => {
    const news =
      "Express Entry: IRCC ha envidà 5'000 candidats en la runda francofona nr. 437\nMesemna, ils 19 d'avust 2026, ha IRCC fatg ina nova runda per candidats cun bunas enconuschientschas dal franzos. 5'000 invitaziuns èn vegnidas tramessas, la punctaziun minimala CRS è stada 382.\nRegla da tie-break: 1. da mars 2026 a las 18:34:05 UTC.";
    const sheet =
      'Runda Express Entry nr. 426 (Senior managers)\nVenderdi, ils 10 da fanadur 2026\nInvitaziuns: 500\nPunctaziun CRS minimala: 392\nRegla da tie-break: ils 15 da mars 2026 a las 01:46:05 UTC';
    expect(rounds(news, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382]]);
    expect(rounds(sheet, '2026-07-10')).toEqual([['2026-07-10', '426', 'managers', 500, 392]]);
  });

  it('a weekly round-up headed "Las runda da quest\'emna" with rows "lu 20.7." is taken and reads every row', () => {
    const page =
      "Las runda da quest'emna\nlu 20.7. Provincial Nominee Program: 511 invitaziuns, CRS 744\nma 21.7. Canadian Experience Class: 2'000 invitaziuns, CRS 516\nme 22.7. runda francofona: 5'000 invitaziuns, CRS 399\ngi 23.7. Skilled Military Recruits: 4 invitaziuns, CRS 368";
    expect(rounds(page, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744],
      ['2026-07-21', null, 'cec', 2000, 516],
      ['2026-07-22', null, 'french', 5000, 399],
      ['2026-07-23', null, 'military', 4, 368],
    ]);
  });

  it('"candidats francofons" are French-speaking candidates', () => {
    const page = "IRCC ha tramess gievgia 4'500 invitaziuns a candidats francofons. La runda nr. 418 dals 28 da matg 2026 ha pretendì almain 409 puncts.";
    expect(rounds(page, '2026-05-28')).toEqual([['2026-05-28', '418', 'french', 4500, 409]]);
  });

  it('a question about this week\'s round and a week without a round ("nagina runda") announce nothing', () => {
    expectNothingAnnounced([
      ["Vegn IRCC a far questa emna ina runda per la Canadian Experience Class? L'ultima runda (2'000 invitaziuns, 515 puncts) è stada ils 14 d'avrigl.", '2026-04-20'],
      ["Questa emna n'ha IRCC fatg nagina runda Express Entry. L'ultima runda è stada ils 29 d'avrigl (runda francofona, 4'000 invitaziuns, CRS 400).", '2026-05-08'],
    ]);
  });
});

describe('Upper Sorbian', () => {
  it('a weekly round-up headed "Přehlad tydźenja" is no year\'s recap: it reads every row', () => {
    const page =
      'Přehlad tydźenja: kola Express Entry\n• póndźela 20. julija: Provincial Nominee Program, 511 přeprošenjow, CRS 744\n• wutora 21. julija: Canadian Experience Class, 2 000 přeprošenjow, CRS 516\n• srjeda 22. julija: francoskorěčni, 5 000 přeprošenjow, CRS 399\n• štwórtk 23. julija: Skilled Military Recruits, 4 přeprošenja, CRS 368';
    expect(rounds(page, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744],
      ['2026-07-21', null, 'cec', 2000, 516],
      ['2026-07-22', null, 'french', 5000, 399],
      ['2026-07-23', null, 'military', 4, 368],
    ]);
  });

  it('short channel posts with two of its own words ("dźensa", "přeprošenjow") are taken', () => {
    const pnp = 'Dźensa kolo PNP: 955 přeprošenjow, minimalny CRS 730.';
    const hedged = 'Dźensa: kolo za Provincial Nominee Program, wjace hač 500 přeprošenjow, minimalny CRS 768.';
    const health = '🇨🇦 Kolo čo. 422 dźensa: strowotnictwo a socialne słužby, 4 000 přeprošenjow, CRS 475 #ExpressEntry';
    for (const page of [pnp, hedged, health]) expect(isUpperSorbian(page)).toBe(true);
    expect(rounds(pnp, '2026-06-22')).toEqual([['2026-06-22', null, 'pnp', 955, 730]]);
    expect(rounds(hedged, '2026-08-04')).toEqual([['2026-08-04', null, 'pnp', null, 768]]);
    expect(rounds(health, '2026-06-25')).toEqual([['2026-06-25', '422', 'healthcare', 4000, 475]]);
  });

  it('a data sheet "Kolo Express Entry čo. 426" with "Pjatk", "měrca" is taken and keeps its number (its bare date line is the reader\'s)', () => {
    const page = 'Kolo Express Entry čo. 426 (Senior managers)\nPjatk, 10. julija 2026\nPřeprošenja: 500\nMinimalny CRS: 392 dypkow\nPravidło „tie-break“: 15. měrca 2026 w 01:46:05 UTC';
    expect(rounds(page, '2026-07-10')).toEqual([[null, '426', 'managers', 500, 392]]);
  });

  it('the previous round in the locative ("w předchadnym kole") is context: the day\'s cut-off stays', () => {
    const page =
      'Dźensa je IRCC 3 000 kandidatow z Canadian Experience Class přeprosyło (kolo čo. 432). Minimalna hódnota CRS bě 516 – kaž w předchadnym kole (čo. 428, 21. julija), hdźež bě 2 000 přeprošenjow.';
    expect(rounds(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516]]);
  });

  it('programs: "powołanja w transporće", "rjemjeslnikow", and "4 500 francoskorěčnych kandidatow" keeps its count', () => {
    const transport = 'Předwčerawšim je IRCC kolo čo. 434 za powołanja w transporće přewjedło: 300 přeprošenjow, minimalna hódnota CRS 470. Pravidło wotrězanja: 11.10.2025 14:55:49 UTC.';
    const trades = 'Wčera je IRCC kolo za rjemjeslnikow přewjedło z hač do 3 000 přeprošenjemi; minimalna hódnota 477.';
    const french = 'IRCC je w štwórtk 4 500 francoskorěčnych kandidatow přeprosyło. Kolo čo. 418 z 28. meje 2026 žadaše minimalnje 409 dypkow.';
    expect(rounds(transport, '2026-08-09')).toEqual([['2026-08-07', '434', 'transport', 300, 470]]);
    expect(rounds(trades, '2026-04-03')).toEqual([['2026-04-02', null, 'trades', null, 477]]);
    expect(rounds(french, '2026-05-28')).toEqual([['2026-05-28', '418', 'french', 4500, 409]]);
  });
});
