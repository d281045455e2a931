import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { gluedHeader, gluedRow } from '../../src/parse/text/glued-rows.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';

/** Summary tables whose cells a page glued together (rows of several corpus pages: 0806, 0808, 1550, 2554; docs/parser.md). */

describe('a glued header', () => {
  it('names the order of the count and the cut-off', () => {
    expect(gluedHeader('DateDraw TypeNumber of ITAsMinimum CRS')).toMatchObject({ invFirst: true });
    expect(gluedHeader('Draw dateDraw TypeCRS cut-off scoreITAs issued')).toMatchObject({ invFirst: false });
    expect(gluedHeader('DateDrawNo of InvitrationsCRS Score')).toMatchObject({ invFirst: true });
  });

  it('may open with the round\u2019s number ("#Date…", "Draw NumberDate…", as CIC News and others print it)', () => {
    expect(gluedHeader('#DateImmigration programInvitations issuedCRS score of lowest-ranked candidate invited')).toEqual({ invFirst: true, numbered: true });
    expect(gluedHeader('Draw NumberDateRound TypeITAs IssuedComprehensive Ranking System (CRS) cut-off score')).toEqual({ invFirst: true, numbered: true });
    expect(gluedHeader('Draw numberDate of DrawDraw TypeInvitations issuedCRS score')).toEqual({ invFirst: true, numbered: true });
    expect(gluedHeader('DateDraw TypeNumber of ITAsMinimum CRS')).toEqual({ invFirst: true, numbered: false });
  });

  it('is no header when its cells are apart, when it holds a figure, or when it names no day', () => {
    expect(gluedHeader('Date Draw Type Number of ITAs Minimum CRS')).toBeNull();
    expect(gluedHeader('DateDraw TypeNumber of ITAsMinimum CRS 2024')).toBeNull();
    expect(gluedHeader('Draw TypeNumber of ITAsMinimum CRS')).toBeNull();
    expect(gluedHeader('DateDraw TypeProgram')).toBeNull();
  });
});

describe('a glued row', () => {
  it('splits the count and the three-digit cut-off in the header\u2019s order', () => {
    expect(gluedRow('February 13General1,490535', { invFirst: true, numbered: false })).toEqual({
      date: { year: null, month: 2, day: 13 },
      drawNumber: null,
      program: 'General',
      invitations: 1490,
      minCrs: 535,
    });
    expect(gluedRow('February 13 General1,490535', { invFirst: true, numbered: false })).toEqual({
      date: { year: null, month: 2, day: 13 },
      drawNumber: null,
      program: 'General',
      invitations: 1490,
      minCrs: 535,
    });
    expect(gluedRow('February 14Healthcare Occupations3500422', { invFirst: true, numbered: false })).toMatchObject({ invitations: 3500, minCrs: 422 });
    expect(gluedRow('March 17Canadian Experience Class5074,000', { invFirst: false, numbered: false })).toMatchObject({ program: 'Canadian Experience Class', invitations: 4000, minCrs: 507 });
    expect(gluedRow('February 16, 2026Provincial Nominee Program279789', { invFirst: true, numbered: false })).toMatchObject({
      date: { year: 2026, month: 2, day: 16 },
      invitations: 279,
      minCrs: 789,
    });
  });

  it('keeps the figures unread when a program\u2019s own name may end in a digit, and is still a row when the page cut it short', () => {
    // "…2026-Version 2" and 8,500: with a space before the figures, no glue tells where the program's name ends.
    expect(gluedRow('February 6, 2026French-Language proficiency 2026-Version 28,500400', { invFirst: true, numbered: false })).toMatchObject({ invitations: null, minCrs: null });
    expect(gluedRow('December 16Provincial Nominee Program 1,085727', { invFirst: true, numbered: false })).toMatchObject({ program: 'Provincial Nominee Program', invitations: null, minCrs: null });
    expect(gluedRow('January 7Canadian Experience Class', { invFirst: false, numbered: false })).toMatchObject({ program: 'Canadian Experience Class', invitations: null, minCrs: null });
    expect(gluedRow('January 7 Canadian Experience Class', { invFirst: false, numbered: false })).toMatchObject({ program: 'Canadian Experience Class', invitations: null, minCrs: null });
  });

  it('under a numbered header, takes the round\u2019s number glued before the day', () => {
    expect(gluedRow('254July 5, 2023STEM occupations (2023-1)500486', { invFirst: true, numbered: true })).toEqual({
      date: { year: 2023, month: 7, day: 5 },
      drawNumber: '254',
      program: 'STEM occupations (2023-1)',
      invitations: 500,
      minCrs: 486,
    });
    expect(gluedRow('313September 9th, 2024Provincial Nominee Program (PNP)911732', { invFirst: true, numbered: true })).toMatchObject({ drawNumber: '313', invitations: 911, minCrs: 732 });
    expect(gluedRow('308 July 18, 2024French language proficiency1,800400', { invFirst: true, numbered: true })).toMatchObject({ drawNumber: '308', invitations: 1800, minCrs: 400 });
    // Without a numbered header, a number before the day is no round's: not a row.
    expect(gluedRow('254July 5, 2023STEM occupations (2023-1)500486', { invFirst: true, numbered: false })).toBeNull();
  });

  it('is a day first, and never a sentence', () => {
    expect(gluedRow('General1,490535', { invFirst: true, numbered: false })).toBeNull();
    expect(gluedRow('February 13. IRCC invited 1,490 candidates. The cut-off was 535', { invFirst: true, numbered: false })).toBeNull();
    expect(gluedRow('February 13: IRCC invited 1,490 candidates with a cut-off of 535', { invFirst: true, numbered: false })).toBeNull();
    expect(gluedRow('September 13 French language proficiency1,000446', { invFirst: true, numbered: false })).toMatchObject({ invitations: 1000, minCrs: 446 });
  });
});

describe('a page with a glued table', () => {
  const programs = loadPrograms();
  const page = (table: readonly string[]) =>
    [
      'Canada Invites 4,000 CEC Candidates',
      'In the most recent selection round, IRCC issued 4,000 Invitations to Apply (ITAs) under the Canadian Experience Class (CEC) stream.',
      'Summary of Express Entry Draws in 2026',
      ...table,
    ].join('\n');
  const read = (table: readonly string[]) =>
    parseArticle(page(table), { programs, published: '2026-03-17' })
      .draws.filter((d) => d.primary)
      .map((d) => [d.date, d.program, d.invitations, d.minCrs]);

  it('gives the news its cut-off and day from the row of its count, as a table with its cells apart does', () => {
    const glued = ['Draw dateDraw TypeCRS cut-off scoreITAs issued', 'March 17Canadian Experience Class5074,000', 'March 16Provincial Nominee Program742362', 'January 7Canadian Experience Class'];
    const apart = ['Draw date\tDraw Type\tCRS cut-off score\tITAs issued', 'March 17\tCanadian Experience Class\t507\t4,000', 'March 16\tProvincial Nominee Program\t742\t362'];
    expect(read(apart)).toEqual([['2026-03-17', 'cec', 4000, 507]]);
    expect(read(glued)).toEqual([['2026-03-17', 'cec', 4000, 507]]);
  });

  it('gives the news its round number from a numbered glued table', () => {
    const numbered = ['Draw NumberDateRound TypeITAs IssuedCRS cut-off score', '401March 17, 2026Canadian Experience Class4,000507', '400March 16, 2026Provincial Nominee Program362742'];
    const rows = parseArticle(page(numbered), { programs, published: '2026-03-17' }).draws.map((d) => [d.primary, d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);
    expect(rows).toEqual([
      [true, '2026-03-17', '401', 'cec', 4000, 507],
      [false, '2026-03-16', '400', 'pnp', 362, 742],
    ]);
  });
});
