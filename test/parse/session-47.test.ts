import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 47 of the reader (issue 14): rules from the made-up sets u24 and u26 (docs/parser.md "Session 47").
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('"four draws in four days" over a table of them (u24-2-14)', () => {
  const french = [
    'Entrée express : quatre tirages en quatre jours, dont un premier pour les cadres supérieurs',
    "Le Courrier de l'immigration | 6 mars 2026",
    '',
    "Semaine chargée pour IRCC. Voici le bilan des rondes d'invitations du 2 au 5 mars 2026 :",
    '',
    'Date | Ronde | Volet | Invitations | Score minimal',
    '2 mars | 399 | Candidats des provinces | 264 | 710',
    '3 mars | 400 | Expérience canadienne | 4 000 | 508',
    '4 mars | 401 | Francophones | 5 500 | 397',
    '5 mars | 402 | Cadres supérieurs avec expérience canadienne | 250 | 429',
    '',
    'La nouveauté : la toute première ronde pour les cadres supérieurs ayant une expérience de travail au Canada, avec une règle de départage fixée au 19 août 2025 à 15:10:18 UTC.',
  ].join('\n');
  const rows = [
    ['2026-03-02', '399', 'pnp', 264, 710, null],
    ['2026-03-03', '400', 'cec', 4000, 508, null],
    ['2026-03-04', '401', 'french', 5500, 397, null],
    ['2026-03-05', '402', 'managers', 250, 429, '2025-08-19'],
  ];

  it('a French table whose program column is headed "Volet": each row of the four days is news', () => {
    expect(facts(french, '2026-03-06')).toEqual(rows);
  });

  it('the same page in English', () => {
    const english = [
      'Express Entry: four draws in four days, including a first for senior managers',
      'The Immigration Courier | March 6, 2026',
      'Here are the rounds of invitations from March 2 to 5, 2026:',
      'Date | Round | Stream | Invitations | Minimum score',
      'March 2 | 399 | Provincial nominees | 264 | 710',
      'March 3 | 400 | Canadian Experience | 4,000 | 508',
      'March 4 | 401 | Francophones | 5,500 | 397',
      'March 5 | 402 | Senior managers with Canadian experience | 250 | 429',
    ].join('\n');
    expect(facts(english, '2026-03-06')).toEqual(rows.map((r, i) => (i === 3 ? [...r.slice(0, 5), null] : r)));
  });

  it('"three draws in three days": a row four days before the page is not one of them (guard)', () => {
    const three = [
      'Express Entry: three draws in three days',
      'March 6, 2026',
      'Date | Round | Program | Invitations | Minimum CRS',
      'March 5 | 402 | Senior managers | 250 | 429',
      'March 4 | 401 | French-language proficiency | 5,500 | 397',
      'March 3 | 400 | Canadian Experience Class | 4,000 | 508',
      'March 2 | 399 | Provincial Nominee Program | 264 | 710',
    ].join('\n');
    expect(facts(three, '2026-03-06').map((r) => r[1])).toEqual(['402', '401', '400']);
  });
});
