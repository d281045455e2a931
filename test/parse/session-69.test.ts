import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 69 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 69"). Each page is written
 * here, not copied from the set; the figures are IRCC's.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('blogs and newsletters (u80)', () => {
  it('a week\'s table under "Three rounds this week:" stays the news when the page ends "Book a consultation today."', () => {
    const page = [
      'Maple Route Immigration — Blog',
      'This Week in Express Entry: February 12–16, 2024',
      'Posted February 17, 2024 by Lena Ortiz, RCIC',
      'Three rounds this week:',
      'Date | Round | Program | ITAs | Min CRS',
      '2024-02-13 | 283 | General | 1,490 | 535',
      '2024-02-14 | 284 | Healthcare | 3,500 | 422',
      '2024-02-16 | 285 | Agriculture | 150 | 437',
      'Our view: healthcare candidates keep their edge. Book a consultation today.',
    ].join('\n');
    expect(facts(page, '2024-02-17')).toEqual([
      ['2024-02-13', '283', 'general', 1490, 535, null],
      ['2024-02-14', '284', 'healthcare', 3500, 422, null],
      ['2024-02-16', '285', 'agriculture', 150, 437, null],
    ]);
  });

  it('a newsletter\'s "Top stories", each numbered story with its round ("2. Yesterday: …"), announces each', () => {
    const page = [
      'Pathways Daily Briefing — Wednesday, October 23, 2024',
      'Top stories',
      '1. Trades round: 1,800 invited',
      'IRCC sent 1,800 invitations this afternoon to candidates in trade occupations. Lowest score invited: 433.',
      '2. Yesterday: small CEC round',
      "Tuesday's Canadian Experience Class round invited 400 candidates with a minimum of 539 points.",
      '3. Study permits: what the new cap means (read more)',
      'Forward to a friend | Manage subscription',
    ].join('\n');
    expect(facts(page, '2024-10-23')).toEqual([
      ['2024-10-23', null, 'trades', 1800, 433, null],
      ['2024-10-22', null, 'cec', 400, 539, null],
    ]);
  });

  it('"IRCC held two healthcare-related rounds:" over a list of both, under a healthcare headline, announces both', () => {
    const page = [
      'Client Update: Healthcare Express Entry Rounds',
      'Birch & Lowe LLP — Immigration Practice',
      'June 26, 2026',
      'This week IRCC held two healthcare-related rounds:',
      '- Wednesday, June 24 (#421): physicians with Canadian work experience, 271 invitations, minimum CRS 223',
      '- Thursday, June 25 (#422): healthcare and social services occupations, 4,000 invitations, minimum CRS 475',
      'Employers of foreign-trained physicians should review their staff now.',
    ].join('\n');
    expect(facts(page, '2026-06-26')).toEqual([
      ['2026-06-24', '421', 'physicians', 271, 223, null],
      ['2026-06-25', '422', 'healthcare', 4000, 475, null],
    ]);
  });
});

describe('videos and old rounds (u80)', () => {
  it('a video\'s description that compares its round with "the last draw of 2025 (6,000 ITAs at 399)" keeps its own figures', () => {
    const page = [
      'Express Entry Draw #390 | 8,000 ITAs | CRS 511 | January 7, 2026',
      'PR Pathways TV',
      'Streamed live on Jan 7, 2026',
      'IRCC held Express Entry draw #390 today, the first of 2026.',
      'Invitations: 8,000',
      'Minimum CRS: 511',
      'Program: Canadian Experience Class',
      'In this video we compare it to the last draw of 2025 (6,000 ITAs at 399) and look at the pool.',
    ].join('\n');
    expect(facts(page, '2026-01-07')).toEqual([['2026-01-07', '390', 'cec', 8000, 511, null]]);
  });

  it('"only candidates with a provincial nomination or a job offer were invited" names no program of the round', () => {
    const page = [
      "Express Entry's second round: 818 points",
      'February 9, 2015',
      'In the round held Saturday, February 7, 779 candidates were invited to apply. The lowest-ranked candidate had 818 points, which means only candidates with a provincial nomination or an arranged-employment offer were invited.',
    ].join('\n');
    expect(facts(page, '2015-02-09')).toEqual([['2015-02-07', null, 'general', 779, 818, null]]);
  });
});

describe('two rounds in one sentence (u80)', () => {
  it('each round\'s tie-break in its own brackets, and "followed it today with", gives each its rule and its day', () => {
    const page = [
      'Express Entry Watch',
      'PNP and CEC rounds back-to-back',
      'January 21, 2026',
      'IRCC held a PNP round on Tuesday, 20 January 2026, inviting 681 candidates (CRS 746; tie-break 2025-11-19 04:09:11 UTC), and followed it today with a Canadian Experience Class round: 6,000 ITAs, minimum 509 points (tie-break 2025-10-29 04:35:24 UTC).',
    ].join('\n');
    expect(facts(page, '2026-01-21')).toEqual([
      ['2026-01-20', null, 'pnp', 681, 746, '2025-11-19'],
      ['2026-01-21', null, 'cec', 6000, 509, '2025-10-29'],
    ]);
  });
});

describe('days in figures and spans of days (u80)', () => {
  it('a tie-break "03/08/2025 06:22:02 UTC" on a page of August 8, 2025 is August 3 (March 8 is no day of the week up to the page)', () => {
    const page = [
      'CEC round: 1,000 invitations',
      'August 8, 2025',
      'IRCC invited 1,000 Canadian Experience Class candidates yesterday. The minimum CRS was 534 and the tie-breaking rule was 03/08/2025 06:22:02 UTC.',
    ].join('\n');
    expect(facts(page, '2025-08-08')).toEqual([['2025-08-07', null, 'cec', 1000, 534, '2025-08-03']]);
  });

  it('a headline\'s span "January 20–21, 2026" gives neither of its two rounds its first day', () => {
    const page = [
      'Express Entry Watch',
      'PNP and CEC rounds back-to-back: January 20–21, 2026',
      'January 21, 2026',
      'IRCC held a PNP round on Tuesday, 20 January 2026, inviting 681 candidates (CRS 746), and followed it today with a Canadian Experience Class round: 6,000 ITAs, minimum 509 points.',
    ].join('\n');
    expect(facts(page, '2026-01-21')).toEqual([
      ['2026-01-20', null, 'pnp', 681, 746, null],
      ['2026-01-21', null, 'cec', 6000, 509, null],
    ]);
  });
});
