import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 59 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 59"). Each page is written
 * here, not copied from the set.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('threads, alerts and stamps (u60)', () => {
  it('"Healthcare draw today: 1,500 ITAs | min CRS 463 | #255": the last cell of a row of the round\'s figures is its number', () => {
    const page = ['EE Alerts Canada', '🏥 Healthcare draw today: 1,500 ITAs | min CRS 463 | #255'].join('\n');
    expect(facts(page, '2023-07-06')).toEqual([['2023-07-06', '255', 'healthcare', 1500, 463, null]]);
  });
  it('"inviting 3,500 candidates at a record-low 441 points" gives the cut-off', () => {
    const page = [
      'Maple Leaf Movers — Spring Specials',
      'September 20, 2018',
      "With yesterday's Express Entry draw #99 inviting 3,500 candidates at a record-low 441 points, many families will be moving soon.",
    ].join('\n');
    expect(facts(page, '2018-09-20')).toEqual([['2018-09-19', '99', 'general', 3500, 441, null]]);
  });
  it('"Tie-break was 11/05/2019 17:40 UTC" on a page of June 27: November 5 is after the page, so it is May 11', () => {
    const page = ['r/CanadaPR', 'Posted by u/snowbound · June 27, 2019', 'Draw yesterday: 3350 ITAs, CRS 462', 'So close, I have 460. Tie-break was 11/05/2019 17:40 UTC.'].join('\n');
    expect(facts(page, '2019-06-27')).toEqual([['2019-06-26', null, 'general', 3350, 462, '2019-05-11']]);
  });
  it('"The round number was 372." names the round', () => {
    const page = [
      'PNP draw: 345 nominees invited',
      'October 15, 2025',
      'IRCC held an Express Entry round for provincial nominees yesterday. 345 candidates were invited, with a minimum CRS score of 778. The round number was 372.',
    ].join('\n');
    expect(facts(page, '2025-10-15')).toEqual([['2025-10-14', '372', 'pnp', 345, 778, null]]);
  });
  it('"IRCC\'s 120th invitation round overall" is its number', () => {
    const page = [
      'Express Entry: 3,350 invited at 462',
      'June 27, 2019',
      "Canada held an Express Entry draw on June 26, 2019, inviting 3,350 candidates with a minimum CRS of 462. It was IRCC's 120th invitation round overall.",
    ].join('\n');
    expect(facts(page, '2019-06-27')).toEqual([['2019-06-26', '120', 'general', 3350, 462, null]]);
  });
});

describe('corrections and fact checks (u60)', () => {
  it('a correction notice whose first figures "described" another round announces none of them', () => {
    const page = [
      'CORRECTIONS & CLARIFICATIONS — March 19, 2026',
      '• A story on Page A4 of Wednesday\'s edition, "French speakers invited again," said the latest Express Entry round invited 5,500 candidates with a minimum score of 397. Those figures described the French-language round held March 4. The round held Wednesday, March 18, invited 4,000 French-proficient candidates with a minimum CRS score of 393. The online version has been corrected.',
      "• A photo caption on Page B4 misspelled a councillor's name.",
    ].join('\n');
    expect(facts(page, '2026-03-19')).toEqual([]);
  });
  it("an editor's note above the story is not its headline; one below it still gives the tie-break", () => {
    const above = [
      "Editor's note (July 9, 2025): This post first said Tuesday's round was open to all programs. It was a Canadian Experience Class draw.",
      'CEC draw: 3,000 invited with CRS as low as 518',
      'Canada held a Canadian Experience Class draw on July 8, 2025, inviting 3,000 candidates. The minimum Comprehensive Ranking System score was 518.',
    ].join('\n');
    expect(facts(above, '2025-07-09')).toEqual([['2025-07-08', null, 'cec', 3000, 518, null]]);
    const below = [
      'CEC draw: 3,000 invited with CRS as low as 518',
      'IRCC held a Canadian Experience Class round on Tuesday, inviting 3,000 candidates with a minimum CRS of 518.',
      "Editor's note: This post was updated July 9 with the tie-break date, October 2, 2024.",
    ].join('\n');
    expect(facts(below, '2025-07-09')).toEqual([['2025-07-08', null, 'cec', 3000, 518, '2024-10-02']]);
  });
  it('a fact check that denies its headline\'s figure ("Did … fall to 450? No." … "486, not 450") announces the round it tells', () => {
    const page = [
      'FACT CHECK',
      "Did Canada's latest Express Entry cut-off fall to 450? No.",
      'By the Verify Team | June 9, 2023',
      'CLAIM: A viral video says IRCC\'s June 8 draw "invited everyone above 450 points."',
      'RATING: FALSE',
      "IRCC's rounds page shows that the draw held on June 8, 2023 was a round with no program specified that issued 4,800 invitations. The lowest score invited was 486, not 450.",
    ].join('\n');
    expect(facts(page, '2023-06-09')).toEqual([['2023-06-08', null, 'general', 4800, 486, null]]);
  });
  it('"That part is false" and "The claim\'s add-on … is FALSE" deny only the part last told', () => {
    const partly = [
      'Fact check: "IRCC held two draws this week" - Mostly true',
      'March 19, 2025',
      'The claim shared in Telegram groups holds up. IRCC ran two Express Entry rounds this week:',
      '- March 17: a provincial nominee round (#340) inviting 536 candidates with a minimum CRS of 736.',
      '- March 18: nothing else was held.',
      'The post also says PNP rounds "are ending." That part is false.',
    ].join('\n');
    expect(facts(partly, '2025-03-19')).toEqual([['2025-03-17', '340', 'pnp', 536, 736, null]]);
    const addOn = [
      'VERIFIED',
      'Claim: "IRCC just invited 4,000 French speakers with a CRS of 393."',
      'Status: TRUE',
      'Date checked: 19 Mar 2026',
      "IRCC's rounds page lists round 405, held 18 March 2026, under French-language proficiency: 4,000 invitations, minimum score 393.",
      'The claim\'s add-on - "no job offer needed" - is FALSE.',
    ].join('\n');
    expect(facts(addOn, '2026-03-19')).toEqual([['2026-03-18', '405', 'french', 4000, 393, null]]);
  });
  it('"Some social posts claimed the draw invited only federal skilled workers" is a claim, not the round\'s program', () => {
    const page = [
      'Fact check: Is there really an all-program draw again?',
      'January 24, 2024',
      'Yes. IRCC held one on Tuesday, January 23. The round invited 1,040 candidates from all programs with a minimum CRS of 543.',
      'Some social posts claimed the draw invited "only federal skilled workers." That is inaccurate.',
    ].join('\n');
    expect(facts(page, '2024-01-24')).toEqual([['2024-01-23', null, 'general', 1040, 543, null]]);
  });
  it('"invited 1,000 more, this time with as few as 444 points" gives the cut-off', () => {
    const page = [
      'OPINION',
      'The points gap',
      'October 11, 2024',
      'On Wednesday, IRCC held Express Entry round #317 and invited 500 candidates. To be selected, you needed a score of 539. Yesterday, a French-language round invited 1,000 more, this time with as few as 444 points.',
      'Read those two numbers together.',
    ].join('\n');
    expect(facts(page, '2024-10-11').find((d) => d[2] === 'french')).toEqual(['2024-10-10', null, 'french', 1000, 444, null]);
  });
});
