import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 59's audit of the Finnish and Slovak glossaries (src/parse/text/gloss-finnish.ts, gloss-slovak.ts; docs/parser.md
 * "Finnish and Slovak", "Audit (session 59)"): pages written for the audit with real IRCC rounds, each failing before its fix.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Finnish', () => {
  it('Australia\'s round: "alin pistemäärä" alone is no CRS cut-off, and the page announces nothing', () => {
    const page = [
      'Australia: SkillSelect-kierros',
      'Australian SkillSelect-järjestelmässä lähetettiin eilen 8 000 kutsua, ja alin pistemäärä oli 65 pistettä. Kanadan Express Entry -kierroksia ei tällä viikolla ollut.',
    ].join('\n');
    expect(facts(page, '2026-08-12')).toEqual([]);
  });

  it('"432. kutsukierroksen", "laski 523:sta 516:een" (fell from 523 to 516), "klo 21.35.13 UTC"', () => {
    const page = [
      'Eilen keskiviikkona IRCC järjesti 432. kutsukierroksen: Canadian Experience Class -hakijoille lähetettiin 3 000 kutsua.',
      'Alin CRS laski 523:sta 516:een pisteeseen.',
      'Tasapelisääntö: 3. heinäkuuta 2026 klo 21.35.13 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('"jossa kutsuttiin 4 500 ranskan kieltä osaavaa hakijaa" and an earlier "jopa 5 500 kutsua" (up to)', () => {
    const page = [
      'Ranskan kielen kierros 28.5.2026',
      'IRCC järjesti torstaina kierroksen numero 418, jossa kutsuttiin 4 500 ranskan kieltä osaavaa hakijaa. Alin CRS oli 409. Aiemmin tänä vuonna vastaavissa kierroksissa on lähetetty jopa 5 500 kutsua.',
    ].join('\n');
    expect(facts(page, '2026-05-29')).toEqual([['2026-05-28', '418', 'french', 4500, 409, null]]);
  });
});

describe('Slovak', () => {
  it('an earlier "až do 5 500 pozvánok" (up to) beside the round\'s count', () => {
    const page = [
      'Kolo pre francúzštinu 28. 5. 2026',
      'Vo štvrtok sa uskutočnilo kolo č. 418 pre kandidátov so znalosťou francúzštiny. Pozvánku dostalo 4 500 kandidátov, minimálne skóre CRS bolo 409. V predchádzajúcich kolách tohto roka bolo rozoslaných až do 5 500 pozvánok.',
    ].join('\n');
    expect(facts(page, '2026-05-29')).toEqual([['2026-05-28', '418', 'french', 4500, 409, null]]);
  });

  it('"Včera (v stredu)", "432. kolo pozvánok", "oproti 523 bodom v predchádzajúcom kole" (compared with)', () => {
    const page = [
      'Včera (v stredu) IRCC zorganizovalo 432. kolo pozvánok pre Canadian Experience Class: 3 000 pozvánok, hranica CRS 516 bodov, oproti 523 bodom v predchádzajúcom kole.',
      'Pravidlo nerozhodnosti: 3. júla 2026 o 21:35:13 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('a short channel post: "Dnes nové kolo … #433 – francúzština"', () => {
    const page = ['🇨🇦 Dnes nové kolo Express Entry #433 – francúzština: 5 000 pozvánok, min. CRS 391 bodov. Gratulujeme všetkým pozvaným!'].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, null]]);
  });

  it('a weekly round-up titled with a range across months "(30. 3. – 3. 4. 2026)"', () => {
    const page = [
      'Týždenný prehľad: kolá Express Entry (30. 3. – 3. 4. 2026)',
      'Tento týždeň IRCC uskutočnilo tri kolá.',
      '• Pondelok 30. 3. 2026 – kolo č. 406, Provincial Nominee Program: 356 pozvánok, minimálne skóre 802.',
      '• Utorok 31. 3. 2026 – kolo č. 407, Canadian Experience Class: 2 250 pozvánok, minimálne skóre 509.',
      '• Štvrtok 2. 4. 2026 – kolo č. 408, Trades Occupations: 3 000 pozvánok, minimálne skóre 477.',
    ].join('\n');
    expect(facts(page, '2026-04-03')).toEqual([
      ['2026-03-30', '406', 'pnp', 356, 802, null],
      ['2026-03-31', '407', 'cec', 2250, 509, null],
      ['2026-04-02', '408', 'trades', 3000, 477, null],
    ]);
  });

  it('"kým v predchádzajúcom kole to bolo 518" (while in the previous draw it was 518)', () => {
    const page = [
      'Kolo pre CEC: hranica klesla',
      'Včera sa uskutočnilo kolo č. 420 pre Canadian Experience Class. Pozvánku dostalo 4 000 kandidátov, minimálne skóre bolo 516 bodov, kým v predchádzajúcom kole to bolo 518.',
      'Pravidlo nerozhodnosti: 2026-04-14 00:03:10 UTC.',
    ].join('\n');
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, '2026-04-14']]);
  });
});
