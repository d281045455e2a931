import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/parse/mentions/date-mentions.ts';
import { rounds } from '../helpers/announced.ts';

/**
 * Session 45 of the reader (issue 14): rounds the site says it told before stay background, even on a page of the week's
 * rounds; "…, and Tuesday's PNP round" is Tuesday's (docs/parser.md "Session 45").
 */

describe('a possessive weekday after "and" (p7-118)', () => {
  it('"…, and Tuesday\'s PNP round (507 invitations at 768)" is Tuesday\'s round, not one of today', () => {
    const page = [
      'French-speaking candidates: 5,000 more invitations, cut-off 391',
      'August 6, 2026 | Francophone Watch',
      'IRCC invited another 5,000 French-speaking candidates to apply for permanent residence today. The minimum CRS score was 391.',
      "Today's round follows yesterday's Canadian Experience Class round (3,000 invitations, minimum 516), which we reported on Wednesday, and Tuesday's PNP round (507 invitations at 768).",
    ].join('\n');
    expect(rounds(page, '2026-08-06')).toEqual([['2026-08-06', null, 'french', 5000, 391]]);
  });

  it('"between Monday and Wednesday" stays a span: no day is read from it (guard)', () => {
    const published = { year: 2026, month: 8, day: 6 };
    const found = findDates('IRCC held rounds between Monday and Wednesday.', { published, lastMonth: null });
    expect(found).toEqual([]);
  });
});

describe('rounds the site says it already reported, on a page of the week (p10-217, p9-114)', () => {
  it('"We covered Wednesday\'s and Thursday\'s rounds earlier this week: …" under "a Three-Draw Week" announces only the new round', () => {
    const page = [
      'Nearly 6,000 STEM Invitations Close Out a Three-Draw Week',
      'Express Entry Update | December 8, 2023',
      'IRCC wrapped up the week with a large draw for STEM occupations on Friday, December 8.',
      'The department issued 5,900 invitations to candidates with STEM occupations. The lowest score invited was 481.',
      "We covered Wednesday's and Thursday's rounds earlier this week: an all-program round on Wednesday invited 4,750 candidates at 561, and a French-language round on Thursday invited 1,000 candidates at 470.",
    ].join('\n');
    expect(rounds(page, '2023-12-08')).toEqual([['2023-12-08', null, 'stem', 5900, 481]]);
  });

  it('"We reported it yesterday." after the week\'s first round keeps that round out of the news of "the second draw of the week"', () => {
    const page = [
      'Express Entry: CEC candidates get 1,350 invitations in second draw of the week',
      'By Desk | January 8, 2025',
      'IRCC held the second of two Express Entry draws this week today, inviting 1,350 Canadian Experience Class candidates with a minimum CRS score of 542.',
      "The first of this week's draws, on Tuesday, was a Provincial Nominee Program round that invited 471 candidates with a minimum score of 793. We reported it yesterday.",
    ].join('\n');
    expect(rounds(page, '2025-01-08')).toEqual([['2025-01-08', null, 'cec', 1350, 542]]);
  });

  it("without the word that it was reported, the week's first round is one of the news (guard)", () => {
    const page = [
      'Express Entry: CEC candidates get 1,350 invitations in second draw of the week',
      'By Desk | January 8, 2025',
      'IRCC held the second of two Express Entry draws this week today, inviting 1,350 Canadian Experience Class candidates with a minimum CRS score of 542.',
      "The first of this week's draws, on Tuesday, was a Provincial Nominee Program round that invited 471 candidates with a minimum score of 793.",
    ].join('\n');
    expect(rounds(page, '2025-01-08')).toEqual([
      ['2025-01-08', null, 'cec', 1350, 542],
      ['2025-01-07', null, 'pnp', 471, 793],
    ]);
  });
});
