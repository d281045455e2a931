import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 70 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 70"). Each page is written
 * here, not copied from the set; the figures are IRCC's.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('forwarded messages and press releases (u82)', () => {
  it('a forward\'s "draw #390 just happened" is a round of the page\'s day', () => {
    const page = ['Forwarded as received', 'Express entry draw #390 just happened', '8000 invitations', 'crs 511', 'CEC only draw', 'pls share with ur groups'].join('\n');
    expect(facts(page, '2026-01-07')).toEqual([['2026-01-07', '390', 'cec', 8000, 511, null]]);
  });

  it("a press release's wire dateline over its company's own \"today\" tells no round of that day: the week's two rounds below stay the news", () => {
    const page = [
      'News Release — Northbridge Immigration',
      'Northbridge Immigration Comments on Two Express Entry Rounds This Week',
      "TORONTO, ON, July 5, 2024 (GLOBE NEWSWIRE) -- Northbridge Immigration today released commentary on this week's Express Entry rounds.",
      'On Tuesday, July 2, IRCC invited 920 Provincial Nominee Program candidates with a cut-off of 739. On Thursday, July 4, IRCC issued 1,800 invitations in a trade occupations round with a minimum score of 436.',
      '"Electricians and welders have a clear pathway," said CEO Dana Lee.',
    ].join('\n');
    expect(facts(page, '2024-07-05')).toEqual([
      ['2024-07-02', null, 'pnp', 920, 739, null],
      ['2024-07-04', null, 'trades', 1800, 436, null],
    ]);
  });

  it('"far below recent all-program rounds" names those rounds, not this one: the tie-break after it stays this round\'s', () => {
    const page = [
      "OTTAWA, ON, August 15, 2024 /EINPresswire.com/ -- Rivière Immigration Partners welcomes today's Express Entry round for candidates with strong French-language proficiency.",
      'IRCC issued 2,000 invitations to apply. The cut-off score of 394 points is far below recent all-program rounds. Tie-break: 2024-07-07 09:46:10 UTC.',
      '"Bilingual candidates should update their profiles," said partner Luc Gagnon.',
    ].join('\n');
    expect(facts(page, '2024-08-15')).toEqual([['2024-08-15', null, 'french', 2000, 394, '2024-07-07']]);
  });
});

describe('university notices and reel captions (u82)', () => {
  it('a bulletin headed "Week of July 7, 2025" tells the rounds of its table held that week', () => {
    const page = [
      'International Student Services',
      'Weekly Immigration Bulletin — Week of July 7, 2025',
      'Express Entry this week:',
      'Round | Date | Category | ITAs | Lowest CRS',
      '354 | Jul 7 | Provincial Nominee Program | 356 | 750',
      '355 | Jul 8 | Canadian Experience Class | 3,000 | 518',
      'Other updates:',
      '- Library hours change on July 14.',
      'Subscribe | Archive',
    ].join('\n');
    expect(facts(page, '2025-07-11')).toEqual([
      ['2025-07-07', '354', 'pnp', 356, 750, null],
      ['2025-07-08', '355', 'cec', 3000, 518, null],
    ]);
  });

  it('"Yesterday was healthcare at 463, today French speakers won big": the day after the comma is the French round\'s', () => {
    const page = [
      'Reel caption:',
      'FRENCH DRAW 🇫🇷 2,300 ITAs, minimum score 439 😮 French = the fast lane to PR. Yesterday was healthcare at 463, today French speakers won big. Comment "FR" for my free TEF checklist 📋',
      '#expressentry #frenchdraw #canadapr',
    ].join('\n');
    expect(facts(page, '2023-07-07')).toEqual([['2023-07-07', null, 'french', 2300, 439, null]]);
  });
});

describe('essays, list pages and forums (u82)', () => {
  it('an essay\'s aside "(number 332, if you collect these)" makes no plan of its round', () => {
    const page = [
      '542 Is the Number I Stopped Checking',
      'Noor Haddad',
      'Follow',
      '5 min read · Jan 9, 2025',
      "Yesterday's Canadian Experience Class round (number 332, if you collect these) invited 1,350 candidates with a minimum of 542.",
      'My score is 520. I did not refresh the page this time.',
      'This essay is about the year I spent treating a number as a verdict.',
      'Responses (12)',
    ].join('\n');
    expect(facts(page, '2025-01-09')).toEqual([['2025-01-08', '332', 'cec', 1350, 542, null]]);
  });

  it('a list page "From Wikipedia, the free encyclopedia" announces none of its rounds, dated or not', () => {
    const page = [
      'List of Express Entry rounds for healthcare occupations',
      'From Wikipedia, the free encyclopedia',
      'Healthcare rounds of Express Entry have been held since 2023.',
      '• June 28, 2023 — round 252, 500 invitations, CRS 476',
      '• July 6, 2023 — round 255, 1,500 invitations, CRS 463',
      'This list is incomplete; you can help by expanding it.',
    ].join('\n');
    expect(facts(page)).toEqual([]);
    expect(facts(page, '2023-07-07')).toEqual([]);
  });

  it('a post\'s "4,500 ITAs, 491 CRS": the count, then the cut-off', () => {
    const page = [
      'r/ImmigrationCanada',
      'Posted by u/stem_hopeful · 2024-04-11',
      'STEM-only draw!! 4,500 ITAs, 491 CRS',
      'First STEM draw in months. Round 293. Tie-breaking rule: February 25, 2024 at 11:55:12 UTC.',
      '▲ 300 ▼ · 120 comments · Share · Save',
    ].join('\n');
    expect(facts(page, '2024-04-11')).toEqual([[null, '293', 'stem', 4500, 491, '2024-02-25']]);
  });
});
