import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 67 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 67"). Each page is written
 * here, not copied from the set; the figures are IRCC's.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('bulletins (u74)', () => {
  it('"Youth halaqa every Tuesday, 7 pm." above the week\'s rounds is a habit, no day: all three rounds are the news', () => {
    const page = [
      'Masjid Al-Noor — Weekly Newsletter',
      'Sunday 3 May 2026',
      "Eid potluck: Saturday 9 May, 6 pm. Sisters' committee meets after Asr.",
      'Youth halaqa every Tuesday, 7 pm.',
      'Immigration corner (volunteer: Yusuf Ali, RCIC)',
      'Three Express Entry draws this past week:',
      'Mon 27 Apr | PNP | 473 | CRS 795',
      'Tue 28 Apr | CEC | 2,000 | CRS 514',
      'Wed 29 Apr | French-language | 4,000 | CRS 400',
      'May Allah make it easy for all applicants.',
    ].join('\n');
    expect(facts(page, '2026-05-03')).toEqual([
      ['2026-04-27', null, 'pnp', 473, 795, null],
      ['2026-04-28', null, 'cec', 2000, 514, null],
      ['2026-04-29', null, 'french', 4000, 400, null],
    ]);
  });
});

describe('Hinglish posts (u76)', () => {
  it('a count in its own parenthesis is not totalled by "three draws in 3 days" after it', () => {
    const page = [
      'Northern Settlers Blog',
      'May 1, 2026',
      'Two draws this week: CEC and French',
      'Tuesday 28 Apr: Canadian Experience Class (Draw No. 413) — 2,000 ITAs, CRS 514.',
      'Wednesday 29 Apr: French language proficiency (Draw No. 414) — 4,000 ITAs, CRS 400.',
      'A PNP round was also held on Monday (473 ITAs, 795), so that makes three draws in 3 days!',
    ].join('\n');
    expect(facts(page, '2026-05-01')).toEqual([
      ['2026-04-28', '413', 'cec', 2000, 514, null],
      ['2026-04-29', '414', 'french', 4000, 400, null],
      ['2026-04-27', null, 'pnp', 473, 795, null],
    ]);
  });

  it('a post a sixth of whose words are Hindi is glossed: "Kal ka draw dekha?" is yesterday, "at sirf 365" is the cut-off', () => {
    const page = [
      'Desi in Calgary',
      'Thursday, 30/04/2026',
      'CEC walon ke liye achha hafta. Kal ka draw dekha? Canadian Experience Class round mein 2,000 ITAs at sirf 514 CRS, Round #413.',
      'Mera score 509 hai, toh abhi wait karna padega bhai. Tie-break rule ka time bhi check karo.',
    ].join('\n');
    expect(facts(page, '2026-04-29')).toEqual([['2026-04-28', '413', 'cec', 2000, 514, null]]);
  });
});

describe('"by the numbers" pieces (u76)', () => {
  it('figures before their labels: "516 - minimum CRS", "4,000 - invitations", "<day and time> - the tie-breaking time"', () => {
    const page = [
      'NUMBERS THAT MATTER',
      'Express Entry #420 in five figures',
      'June 24, 2026',
      "4,000 – invitations in Tuesday's Canadian Experience Class round",
      '516 – minimum CRS, down 2 from 518 in the previous CEC round',
      'April 14, 2026 at 00:03:10 UTC – the tie-breaking time',
      '955 – PNP candidates invited the day before',
      'The round was held on June 23, 2026.',
    ].join('\n');
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, '2026-04-14']]);
  });

  it('with colons: "516: minimum CRS score." and "<day and time>: tie-break"', () => {
    const page = [
      'Data Corner',
      'CEC round #420, by the numbers',
      'June 24, 2026',
      "4,000: invitations in Tuesday's round #420, all to Canadian Experience Class candidates",
      '516: minimum CRS score. Unchanged.',
      'April 14, 2026, 00:03:10 UTC: tie-break',
      'Tuesday, June 23: the day of the round',
    ].join('\n');
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, '2026-04-14']]);
  });

  it('"(prev. CEC June 23: 516)" after a row is the previous round\'s cut-off, not a dispute of the row\'s', () => {
    const page = [
      'EE Weekly Numbers',
      'This week in Express Entry: 2 rounds',
      'July 8, 2026',
      '1. Mon 6 Jul – PNP: 534 ITAs at 708',
      '2. Tue 7 Jul – CEC: 2,000 ITAs at 517 (prev. CEC June 23: 516)',
    ].join('\n');
    expect(facts(page, '2026-07-08')).toEqual([
      ['2026-07-06', null, 'pnp', 534, 708, null],
      ['2026-07-07', null, 'cec', 2000, 517, null],
    ]);
  });

  it('"In draw #63, 143 PNP candidates …": the round\'s number and its count are not one figure "63,143"', () => {
    const page = [
      'Canada Immigration News',
      'May 26, 2017',
      'IRCC held two Express Entry draws today. In draw #63, 143 PNP candidates were invited with a minimum score of 775. In draw #64, 400 FST candidates were invited with a minimum score of 199.',
    ].join('\n');
    expect(facts(page, '2017-05-26')).toEqual([
      ['2017-05-26', '63', 'pnp', 143, 775, null],
      ['2017-05-26', '64', 'fst', 400, 199, null],
    ]);
  });
});

describe('comparisons (u76)', () => {
  it('"516, down 2 from 518 in the previous round": the difference without "points" still parts the earlier round\'s figure', () => {
    const page = [
      'CEC news',
      'June 24, 2026',
      'On June 23, 2026, IRCC invited 4,000 Canadian Experience Class candidates in round #420.',
      'The minimum CRS score was 516, down 2 from 518 in the previous round.',
    ].join('\n');
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, null]]);
  });
});

describe('no news where a page only looks back (u76)', () => {
  it('"the February 29 French round" on a page of 2025 is the leap day of 2024: no round of the page\'s days', () => {
    const page = [
      'The Cut-Off Comedy Hour',
      'March 2, 2025',
      'Our favourite moments of the year that was: the February 29 French round, 2,500 invitations at 336. Leap day, leap of faith.',
      'And the general round of February 28 at 534, which made everybody book a French test.',
    ].join('\n');
    expect(facts(page, '2025-03-02')).toEqual([]);
  });

  it('a guide\'s "Example: in the October 28, 2025 CEC draw (1,000 invitations, minimum CRS 533), …" is an example', () => {
    const page = [
      'Guide: how the tie-breaking rule works',
      'Updated October 29, 2025',
      'When several candidates have the cut-off score, those who submitted their profile first are invited.',
      'Example: in the October 28, 2025 CEC draw (1,000 invitations, minimum CRS 533), the tie-break was March 21, 2025 at 04:16:27 UTC.',
      'So submit your profile as soon as you are eligible.',
    ].join('\n');
    expect(facts(page, '2025-10-29')).toEqual([]);
  });

  it("\"Throwback Saturday\" names a column, no day: its headline's cut-off is the old round's, not one of the page's day", () => {
    const page = [
      'Throwback Saturday',
      'When the cut-off was 490 and nobody believed it',
      'August 10, 2024',
      'Eight years ago this week — August 10, 2016 — IRCC invited only 754 people at CRS 490. How times change.',
    ].join('\n');
    expect(facts(page, '2024-08-10')).toEqual([]);
  });
});
