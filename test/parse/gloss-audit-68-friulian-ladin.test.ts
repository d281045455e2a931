import { describe, expect, it } from 'vitest';
import { expectNothingAnnounced, rounds } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Audit of the Friulian and Ladin glossaries (session 68; docs/parser.md "Friulian and Ladin", "Audit (session 68)"): pages written
 * for the audit, with real IRCC figures (rounds 420–437), each read wrong on the commit the audit started from.
 */

const WEEK = (head: string, lines: readonly string[]): string => [head, ...lines].join('\n');

describe('Friulian', () => {
  it('a weekly round-up headed "Ripiliu de setemane (3-7 di Avost 2026)" reads every line', () => {
    const page = WEEK('Ripiliu de setemane (3-7 di Avost 2026)', [
      'Martars 4 di Avost: estrazion n. 431, Provincial Nominee Program, 507 invits, punteç minim 768.',
      'Miercus 5 di Avost: estrazion n. 432, Canadian Experience Class, 3.000 invits, punteç minim 516.',
      'Joibe 6 di Avost: estrazion n. 433, francês, 5.000 invits, punteç minim 391.',
      'Vinars 7 di Avost: estrazion n. 434, Transport occupations, 300 invits, punteç minim 470.',
    ]);
    expect(rounds(page, '2026-08-09')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768],
      ['2026-08-05', '432', 'cec', 3000, 516],
      ['2026-08-06', '433', 'french', 5000, 391],
      ['2026-08-07', '434', 'transport', 300, 470],
    ]);
  });

  it('two rounds joined by "e" (and) before the second one\'s day', () => {
    const page =
      'Dôs estrazions cheste setemane: joibe 9 di Lui la estrazion n. 425 pal francês (5.000 invits, CRS minim 420) e vinars 10 di Lui la estrazion n. 426 pai Senior managers with Canadian Work Experience (500 invits, CRS minim 392).';
    expect(rounds(page, '2026-07-10')).toEqual([
      ['2026-07-09', '425', 'french', 5000, 420],
      ['2026-07-10', '426', 'managers', 500, 392],
    ]);
  });

  it('"Estrazion Express Entry n. 420" keeps its round number', () => {
    const page = 'Estrazion Express Entry n. 420 (23/06): Canadian Experience Class, 4.000 invits, punteç minim CRS di 516. Pari merit: 14 di Avrîl 2026 a lis 00:03:10 UTC.';
    expect(rounds(page, '2026-06-23')).toEqual([['2026-06-23', '420', 'cec', 4000, 516]]);
  });
});

describe('Ladin', () => {
  it('a short post with "nuef tir" and "aost" is glossed', () => {
    const page = 'Nuef tir Express Entry! 1 000 invic ala Canadian Experience Class. Punteggio minimal: 523. Tir nr. 436, ai 18 de aost 2026.';
    expect(rounds(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523]]);
  });

  it('a short post with "Regula de paritá" and "d\'auril" is glossed, "Tir Express Entry nr. 420" keeps its number', () => {
    const page = "Tir Express Entry nr. 420 (23/06): Canadian Experience Class, 4 000 invic, n punteggio minimal CRS de 516. Regula de paritá: 14 d'auril 2026 a les 00:03:10 UTC.";
    expect(rounds(page, '2026-06-23')).toEqual([['2026-06-23', '420', 'cec', 4000, 516]]);
  });

  it('a weekly round-up headed "I tirs de chësta edema (3-7 de aost 2026)" reads every line', () => {
    const page = WEEK('I tirs de chësta edema (3-7 de aost 2026)', [
      'Merdi 4 de aost: tir nr. 431, Provincial Nominee Program, 507 invic, punteggio minimal 768.',
      'Mierculdi 5 de aost: tir nr. 432, Canadian Experience Class, 3 000 invic, punteggio minimal 516.',
      'Juebia 6 de aost: tir nr. 433, franzëus, 5 000 invic, punteggio minimal 391.',
      'Vënderdi 7 de aost: tir nr. 434, Transport occupations, 300 invic, punteggio minimal 470.',
    ]);
    expect(rounds(page, '2026-08-09')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768],
      ['2026-08-05', '432', 'cec', 3000, 516],
      ['2026-08-06', '433', 'french', 5000, 391],
      ['2026-08-07', '434', 'transport', 300, 470],
    ]);
  });

  it('two rounds joined by "y" (and)', () => {
    const page =
      'Doi tirs chësta edema: juebia ai 9 de messel l tir nr. 425 dl franzëus (5 000 invic, CRS minimal 420) y vënderdi ai 10 de messel l tir nr. 426 per i Senior managers with Canadian Work Experience (500 invic, CRS minimal 392).';
    expect(rounds(page, '2026-07-10')).toEqual([
      ['2026-07-09', '425', 'french', 5000, 420],
      ['2026-07-10', '426', 'managers', 500, 392],
    ]);
  });

  it("a month's account, a forecast, a question and New Zealand's round announce nothing", () => {
    const month =
      'L mëns de messel 2026: à l IRCC fat ot tirs y à invié 18 849 candidac dut adum. L tir plu gran fova chël di 9 de messel (franzëus, 5 000 invic, CRS 420); l plu pitl chël di 23 de messel (Skilled Military Recruits, 4 invic, CRS 368).';
    const forecast = 'Previjion: canche vën l tir che vën? Do l tir nr. 437 (5 000 invic, CRS 382) se aspietun n nuef tir CEC la edema che vën, cun zirca 3 000 invic.';
    const question = 'Canche vën l tir che vën? L ultim tir fova l nr. 435 (PNP, 442 invic, CRS minimal 760). Sà valgun sce incö vën n tir CEC?';
    const newZealand = "Inier à la Nuova Zelanda invié 600 candidac tl program Skilled Migrant, cun almanco 6 ponc. Chësc ne n'ie nia n tir dl Canada.";
    expectNothingAnnounced([
      [month, '2026-08-01'],
      [forecast, '2026-08-20'],
      [question, '2026-08-18'],
      [newZealand, '2026-08-20'],
    ]);
  });
});

describe('English pages quoting Ladin', () => {
  it('are not taken for Ladin', () => {
    const pages = [
      'Friulian speakers call a draw "la estrazion" and invitations "invits" ("1.000 invits", "cuntun punteç minim"); Ladin speakers say "l tir", "invic", "invié", "aost", "nuef tir". IRCC held draw #436 on August 18, 2026: 1,000 invitations, minimum CRS 523.',
      'A Friulian blog wrote "Ripiliu de setemane (3-7 di Avost 2026)" and a Ladin one "I tirs de chësta edema"; a Ladin page: "L mëns de messel 2026" and "Nuova Zelanda à invié". Express Entry draw #437 was held on August 19, 2026 (French-language proficiency, 5,000 invitations, CRS 382).',
    ];
    for (const page of pages) expect(glossForeign(page)).toBe(page);
    expect(rounds(pages[0] ?? '', '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523]]);
  });
});
