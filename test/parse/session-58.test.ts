import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 58 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 58"). Each page is written
 * here, not copied from the set.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('transcripts and updates (u58)', () => {
  it("a Hansard's dateline over a subject heading does not date the round a member says was held yesterday", () => {
    const page = [
      'Legislative Assembly',
      'Official Report of Debates (Hansard)',
      'No. 41 | 2nd Session | Tuesday 9 July 2024',
      'ORAL QUESTIONS',
      'French-language services',
      'Mr. Dupuis:',
      'Yesterday, Ottawa held an Express Entry round for French speakers: 3,200 invitations with a minimum score of 420. Will the minister help them settle here?',
      'Hon. Minister: We are working on it, Speaker.',
    ].join('\n');
    expect(facts(page, '2024-07-09')).toEqual([['2024-07-08', null, 'french', 3200, 420, null]]);
  });
  it('"IRCC has just completed round #401, inviting 5,500 …" is the page\'s day, and "it matches the size of the February 18 round" is that other round\'s', () => {
    const page = [
      'Another big French round',
      'March 4, 2026 at 3:10 PM EST',
      'IRCC has just completed Express Entry round #401, inviting 5,500 French-speaking candidates with a minimum score of 397.',
      'It matches the size of the February 18 round and keeps the pace of French invitations high.',
    ].join('\n');
    expect(facts(page, '2026-03-04')).toEqual([['2026-03-04', '401', 'french', 5500, 397, null]]);
  });
  it('"— I have a provincial nomination from Ontario, so I made it": what the writer holds is not the round\'s program', () => {
    const page = [
      'Help Priya bring her family to Calgary',
      'Story',
      'On Saturday, February 7, the government sent 779 invitations and the cut-off was 818 points — I have a provincial nomination from Ontario, so I made it.',
      'Posted Feb 9, 2015',
    ].join('\n');
    expect(facts(page, '2015-02-09')).toEqual([['2015-02-07', null, 'general', 779, 818, null]]);
  });
});

describe('hedges, counts and cut-offs told in passing (u58)', () => {
  it('"In what may be the smallest round in Express Entry history, IRCC on Thursday (July 23) invited 4 candidates …": a view of a round held, not a hedge on its figures', () => {
    const page = [
      'Skilled military recruits: only 4 invited',
      'July 24, 2026 | Newcomer Desk',
      'In what may be the smallest round in Express Entry history, IRCC on Thursday (July 23) invited 4 candidates under the Skilled Military Recruits category in the 430th round. The minimum CRS score was 368.',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([['2026-07-23', '430', 'military', 4, 368, null]]);
  });
  it('"3,200 French-language invitations at 420": the score after a count of one category\'s invitations is the cut-off', () => {
    const page = [
      'Standing Committee on Citizenship and Immigration — Evidence',
      'Tuesday, July 9, 2024',
      'Ms. Rempel (Calgary Nose Hill, CPC):',
      'Thank you, Chair. Yesterday the department sent 3,200 French-language invitations at 420, and general candidates have not seen a round since April. Why?',
    ].join('\n');
    expect(facts(page, '2024-07-09')).toEqual([['2024-07-08', null, 'french', 3200, 420, null]]);
  });
  it('"the CEC draw (#187) went down to 401 points, and I\'m at 412": how far the round went is its cut-off, the writer\'s score is not', () => {
    const page = [
      'Help the Mensahs settle in Canada',
      'Created May 14, 2021',
      "Yesterday I finally got my Invitation to Apply! IRCC's Canadian Experience Class draw (#187) went down to 401 points, and I'm at 412.",
      'Now we need to pay the fees.',
    ].join('\n');
    expect(facts(page, '2021-05-14')).toEqual([['2021-05-13', '187', 'cec', null, 401, null]]);
  });
});

describe("a scoreboard's days and scores (u58)", () => {
  it('"Thu 07/04": the weekday tells which order a day with no year is written in; "1,800 ITAs, final score 436" gives the cut-off', () => {
    const page = [
      'Saturday Scoreboard',
      'July 6, 2024',
      'Thu 07/04 — Trades: 1,800 ITAs, final score 436',
      'Fri 07/05 — Healthcare: 3,750 ITAs, final score 445',
      'Two games this week, both for category teams.',
    ].join('\n');
    expect(facts(page, '2024-07-06')).toEqual([
      ['2024-07-04', null, 'trades', 1800, 436, null],
      ['2024-07-05', null, 'healthcare', 3750, 445, null],
    ]);
  });
  it('"Fri 07/07": a day and month alike is read either way', () => {
    const page = [
      'EE Weekly — July 4–7, 2023',
      'Four draws in four days:',
      '1) Thu 06/07 — Draw #255 — Healthcare — 1,500 ITAs — CRS 463',
      '2) Fri 07/07 — Draw #256 — French — 2,300 ITAs — CRS 439',
      'Total this week: 3,800 invitations.',
    ].join('\n');
    expect(facts(page, '2023-07-07')).toEqual([
      ['2023-07-06', '255', 'healthcare', 1500, 463, null],
      ['2023-07-07', '256', 'french', 2300, 439, null],
    ]);
  });
});

describe('a count and a number told in passing (u58)', () => {
  it('"CEC, 8,000 invited (!!), min 511": a bracket of exclamation marks after "invited" keeps the count', () => {
    const page = ['r/ImmigrationCanada · weekly thread: Jan 5 – Jan 9, 2026', 'Two rounds this week:', '- Mon Jan 5: PNP, 574 invited, min 711', '- Wed Jan 7: CEC, 8,000 invited (!!), min 511'].join(
      '\n',
    );
    expect(facts(page, '2026-01-09')).toEqual([
      ['2026-01-05', null, 'pnp', 574, 711, null],
      ['2026-01-07', null, 'cec', 8000, 511, null],
    ]);
  });
  it('"In this round, the tenth since the system was launched in January, …": the ordinal set after the round numbers it (a page of 2015)', () => {
    const page = [
      'Express Entry Update',
      'June 13, 2015',
      'CIC held its latest round of invitations yesterday. In this round, the tenth since the system was launched in January, 1,501 candidates were invited. The lowest-ranked candidate invited had 482 points.',
    ].join('\n');
    expect(facts(page, '2015-06-13')).toEqual([['2015-06-12', '10', 'general', 1501, 482, null]]);
  });
});
