import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 60's audit of the Estonian and Catalan glossaries (src/parse/text/gloss-estonian.ts, gloss-catalan.ts; docs/parser.md
 * "Estonian and Catalan", "Audit (session 60)"): pages written for the audit, each with the draws it announces.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Estonian (audit)', () => {
  it('a page without "õ" is read: "lävi", "Üleeile", "langes 515-lt 514-le" (fell to 514, from 515)', () => {
    const page = [
      'CEC lävi langes 514 punktini',
      "Eile toimunud voorus nr 413 saadeti 2000 kutset Canadian Experience Class'i kandidaatidele. Alampiir langes 515-lt 514-le; eelmises CEC-voorus oli see 515 punkti ja kutseid saadeti samuti 2000.",
    ].join('\n');
    expect(facts(page, '2026-04-29')).toEqual([['2026-04-28', '413', 'cec', 2000, 514, null]]);
  });

  it('"Üleeile, kolmapäeval" (the day before yesterday) and "Viigireegli aeg" on a page without "õ"', () => {
    const page = [
      'Üleeile toimus prantsuse keele oskajate voor',
      'Üleeile, kolmapäeval, kutsus IRCC 4000 prantsuse keele oskajat. See oli voor nr 411 ja madalaim CRS-skoor oli 419 punkti.',
      'Viigireegli aeg: 2025-11-14 07:14:25 UTC (Eesti aja järgi kell 09:14:25).',
    ].join('\n');
    expect(facts(page, '2026-04-17')).toEqual([['2026-04-15', '411', 'french', 4000, 419, '2025-11-14']]);
  });

  it('"kutse said 442 provintsi nominenti" (the count before its people)', () => {
    const page = [
      'Kaks Express Entry vooru järjest: PNP ja CEC',
      'Esmaspäeval, 17. augustil korraldas IRCC vooru nr 435: kutse said 442 provintsi nominenti, alampiir oli 760 punkti.',
      'Teisipäeval, 18. augustil järgnes voor nr 436 – Canadian Experience Class: 1000 kutset, madalaim CRS-skoor 523.',
      'Järgmist vooru ootame juba selle nädala lõpus.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([
      ['2026-08-17', '435', 'pnp', 442, 760, null],
      ['2026-08-18', '436', 'cec', 1000, 523, null],
    ]);
  });

  it('"saatis" (sent) and "vooruga nr 410" (the round in its case)', () => {
    const page =
      "Kanada saatis 2026. aasta 14. aprillil Canadian Experience Class'i kandidaatidele 2000 kutset. Tegemist oli vooruga nr 410, madalaim CRS-skoor oli 515 punkti. Järgmine voor on tõenäoliselt juba järgmisel nädalal.";
    expect(facts(page, '2026-04-15')).toEqual([['2026-04-14', '410', 'cec', 2000, 515, null]]);
  });
});

describe('Catalan (audit)', () => {
  it('"Abans d\'ahir" is the day before yesterday, not yesterday; "Desempat:" is the tie-break', () => {
    const page = [
      "Abans d'ahir, ronda de francès",
      "Abans d'ahir, dimecres, l'IRCC va convidar 4.000 candidats amb competència en francès. Va ser la ronda número 411 i la puntuació mínima va ser de 419 punts.",
      'Desempat: 2025-11-14 07:14:25 UTC (08:14:25, hora de Barcelona).',
    ].join('\n');
    expect(facts(page, '2026-04-17')).toEqual([['2026-04-15', '411', 'french', 4000, 419, '2025-11-14']]);
    expect(facts(page.replace(/Abans d'ahir/g, "Abans-d'ahir"), '2026-04-17')).toEqual([['2026-04-15', '411', 'french', 4000, 419, '2025-11-14']]);
  });

  it('"va baixar de 515 a 514 punts" is a cut-off of 514, not 515', () => {
    const page = [
      'El tall de la CEC baixa a 514 punts',
      "Ahir, en la ronda número 413, l'IRCC va enviar 2.000 invitacions a candidats de la Canadian Experience Class. La puntuació mínima va baixar de 515 a 514 punts; a la ronda anterior de la CEC va ser de 515 punts.",
    ].join('\n');
    expect(facts(page, '2026-04-29')).toEqual([['2026-04-28', '413', 'cec', 2000, 514, null]]);
  });
  it('"per sota dels 420 de la ronda anterior" (below the previous round\'s) leaves the cut-off of 419', () => {
    const page = "Dimecres passat, 15 d'abril, l'IRCC va convidar 4.000 candidats francòfons a la ronda número 411. La puntuació mínima va ser de 419 punts, per sota dels 420 de la ronda anterior.";
    expect(facts(page, '2026-04-17')).toEqual([['2026-04-15', '411', 'french', 4000, 419, null]]);
  });

  it('a year\'s recap ("Balanç del 2025", "l\'any passat") announces nothing', () => {
    const page =
      "Balanç del 2025: Express Entry en xifres. L'any passat l'IRCC va fer més de 40 rondes i va enviar prop de 100.000 invitacions. La puntuació mínima més baixa va ser de 379 punts (francès) i la més alta de 816 (PNP). Avui repassem totes les rondes.";
    expect(facts(page, '2026-01-02')).toEqual([]);
  });
});
