import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { federalSection } from '../../src/parse/primary/other-programs.ts';

/**
 * Session 64 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 64"). Each page is written
 * here, not copied from the set; the figures are IRCC's.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe("several countries' round-ups (u70)", () => {
  it("a Canada section under its label tells the rounds; the other countries' news is none of them", () => {
    const page = [
      'The Monday Migration Memo',
      '18 November 2024',
      'UNITED KINGDOM',
      'The Home Office published new guidance on the Graduate route.',
      'AUSTRALIA',
      'The Department of Home Affairs issued 2,500 invitations for subclass 190 with a minimum of 85 points.',
      'CANADA',
      'Express Entry held a PNP round today: 174 invitations, minimum CRS 816.',
    ].join('\n');
    expect(facts(page, '2024-11-18')).toEqual([['2024-11-18', null, 'pnp', 174, 816, null]]);
  });

  it('a label and its news on one line ("🇨🇦 Canada — …") too', () => {
    const page = [
      'Five countries in five minutes',
      '20 November 2024',
      '🇬🇧 UK — Skilled Worker visa fees rise in April.',
      '🇦🇺 Australia — The SkillSelect round of November invited 1,000 applicants.',
      '🇨🇦 Canada — Two Express Entry rounds: CEC on November 19 (400 ITAs, CRS 539) and healthcare today (3,000 ITAs, CRS 463).',
    ].join('\n');
    expect(facts(page, '2024-11-20')).toEqual([
      ['2024-11-19', null, 'cec', 400, 539, null],
      ['2024-11-20', null, 'healthcare', 3000, 463, null],
    ]);
  });

  it("a Canada section that tells no round is no federal section: the page stays the other country's", () => {
    const round = ['UK: fees rise in April.', 'Australia: the SkillSelect round invited 300.', '🇨🇦 Canada: two Express Entry rounds this week, 174 and 400 ITAs.'];
    expect(federalSection(round)).toBe(true);
    const none = ['UK: fees rise in April.', 'Australia: the SkillSelect round invited 300.', '🇨🇦 Canada: no new Express Entry round yet this week.'];
    expect(federalSection(none)).toBe(false);
    // A page of one country with a "Canada:" line is no round-up.
    expect(federalSection(['Canada: two Express Entry rounds this week, 174 and 400 ITAs.'])).toBe(false);
  });
});

describe('weekly pages (u70)', () => {
  it('"Week ending …" under a bulletin\'s name is its week: the table\'s rows of that week are its news', () => {
    const page = [
      'Pathways Bulletin',
      'Week ending February 8, 2025',
      'Express Entry (IRCC):',
      '| Date | Category | ITAs | Lowest CRS |',
      '| Feb 4 | Provincial Nominee Program | 455 | 802 |',
      '| Feb 5 | Canadian Experience Class | 4,000 | 521 |',
    ].join('\n');
    expect(facts(page, '2025-02-08')).toEqual([
      ['2025-02-04', null, 'pnp', 455, 802, null],
      ['2025-02-05', null, 'cec', 4000, 521, null],
    ]);
  });

  it('"Monday\'s PNP round invited … and Tuesday\'s CEC round issued …": two rounds in one sentence, each its own', () => {
    const page = [
      'Three Express Entry rounds this week',
      'November 15, 2024',
      'IRCC held its third Express Entry round of the week on Friday, inviting 800 French-speaking candidates with a minimum CRS of 478.',
      "Tuesday's PNP round invited 733 nominees (minimum 812) and Wednesday's Canadian Experience Class round issued only 400 ITAs at a cut-off of 547.",
    ].join('\n');
    expect(facts(page, '2024-11-15')).toEqual([
      ['2024-11-15', null, 'french', 800, 478, null],
      ['2024-11-12', null, 'pnp', 733, 812, null],
      ['2024-11-13', null, 'cec', 400, 547, null],
    ]);
  });

  it('…but not under a cue: "After Monday\'s PNP draw (…) and Tuesday\'s CEC draw (…), many expect …" tells no round', () => {
    const page = [
      'Live: Will IRCC hold an Express Entry draw today?',
      'Live Updates | November 20, 2024',
      "8:30 am ET: Good morning. After Monday's PNP draw (174 invitations, CRS 816) and Tuesday's Canadian Experience Class draw (400 invitations, CRS 539), many candidates are expecting a category-based round today. We'll update this page through the day.",
      '11:20 am ET: No draw yet.',
      "UPDATE 5:30 pm: IRCC did not hold a draw today. We're closing this live page.",
    ].join('\n');
    expect(facts(page, '2024-11-20')).toEqual([]);
  });
});

describe('live pages and their corrections (u70)', () => {
  it('"Clarification — an earlier post said the tie-break date was …": that tie-break is taken back', () => {
    const page = [
      'Express Entry live: CEC round',
      'Wednesday, February 5, 2025',
      'UPDATE 3:25 p.m. ET: Clarification — an earlier post said the tie-break date was Nov. 13. It is Nov. 14, 2024 at 02:52:14 UTC.',
      'UPDATE 2:58 p.m. ET: IRCC confirms round #335 for the Canadian Experience Class today: 4,000 ITAs, lowest-ranked candidate 521. Tie-break: November 13, 2024.',
    ].join('\n');
    const [draw] = facts(page, '2025-02-05');
    expect(draw?.[5]).not.toBe('2024-11-13');
    expect(draw?.slice(0, 5)).toEqual(['2025-02-05', '335', 'cec', 4000, 521]);
  });

  it('"We previously wrote 1,500 invitations … The correct figure is 1,800": the first figure is no round\'s', () => {
    const page = [
      'Live blog: trades round',
      'October 23, 2024',
      '17:10 ET | CORRECTION: We previously wrote 1,500 invitations for the trades round. The correct figure is 1,800.',
      '16:55 ET | Trade occupations draw, round 321: 1,500 invitations, CRS 433.',
      '13:05 ET | No draw yet today.',
    ].join('\n');
    const [draw] = facts(page, '2024-10-23');
    expect(draw?.[3]).not.toBe(1500);
    expect(draw?.[4]).toBe(433);
  });

  it('"corrected to 1,613 (an earlier post said 1,631)": the figure in brackets is no round\'s', () => {
    const page = [
      'LIVE UPDATES: Express Entry',
      'Oct. 8, 2024',
      "UPDATE 09:05 ET — EDIT: Yesterday's PNP figure corrected to 1,613 (an earlier post said 1,631).",
      'UPDATE Oct. 7, 15:30 ET — Provincial Nominee Program round 316, 1,631 ITAs, cut-off 743.',
      'UPDATE Oct. 7, 08:00 ET — The pool has grown again.',
    ].join('\n');
    expect(announcedDraws(page, '2024-10-08').flatMap((d) => [d.invitations])).not.toContain(1631);
  });

  it('a divider "— Nov 12 —" dates the entries under it: a live page\'s round of that day is one of its news', () => {
    const page = [
      'Live blog: a busy week',
      'November 15, 2024 — Updated 17:45 ET',
      '17:45 ET | French round: 800 invitations, minimum 478 points.',
      '13:05 ET | No draw yet today.',
      '— Nov 12 —',
      '16:00 ET | PNP round: 733 ITAs, cut-off 812.',
    ].join('\n');
    expect(facts(page, '2024-11-15')).toEqual([
      ['2024-11-15', null, 'french', 800, 478, null],
      ['2024-11-12', null, 'pnp', 733, 812, null],
    ]);
  });

  it('a round given "for context" on a live page that counts rounds is not one of its news', () => {
    const page = [
      'EXPRESS ENTRY LIVE | Nov 19, 2024',
      'UPDATE 3:47 PM ET — Our analyst: CEC has now sat near 540 for four consecutive rounds.',
      'UPDATE 2:59 PM ET — Confirmed: Canadian Experience Class. 400 invitations. Minimum CRS 539.',
      "UPDATE 1:45 PM ET — Monday's PNP draw (Nov. 18) invited 174 at 816, for context.",
    ].join('\n');
    expect(facts(page, '2024-11-19')).toEqual([['2024-11-19', null, 'cec', 400, 539, null]]);
  });
  it('"First round since Sept. 19: …": the day after "since" and its colon is the round compared with; the round told next is news', () => {
    const page = ['Express Entry update', 'October 7, 2024', 'First round since Sept. 19: today IRCC held a Provincial Nominee Program round, 1,613 ITAs, cut-off 743.'].join('\n');
    expect(facts(page, '2024-10-07')).toEqual([['2024-10-07', null, 'pnp', 1613, 743, null]]);
    const live = [
      'LIVE: Express Entry',
      'Oct. 8, 2024',
      'UPDATE 09:05 ET — Still waiting on a second draw this week.',
      'UPDATE Oct. 7, 15:30 ET — First round since Sept. 19: Provincial Nominee Program round 316, 1,613 ITAs, cut-off 743.',
    ].join('\n');
    expect(facts(live, '2024-10-08')).toEqual([['2024-10-07', '316', 'pnp', 1613, 743, null]]);
  });
});

describe('figures in posts and screenshots (u70)', () => {
  it('an OCR\'d "5,OOO" is 5,000, not 5', () => {
    const page = ['Screenshot — text extracted', 'Round 337 · February 19, 2025', 'French-Language proficiency', 'Invitations: 6,5OO', 'Min. CRS: 428'].join('\n');
    expect(facts(page, '2025-02-19')).toEqual([['2025-02-19', '337', 'french', 6500, 428, null]]);
    const round = ['Screenshot — text extracted', 'Round 335 · February 5, 2025', 'Canadian Experience Class', 'Invitations: 4,OOO', 'Min. CRS: 521'].join('\n');
    expect(facts(round, '2025-02-05')).toEqual([['2025-02-05', '335', 'cec', 4000, 521, null]]);
  });

  it('"4000 ITA\'s @ 521": the cut-off after the apostrophe\'s ITAs', () => {
    const page = ['Fwd: Fwd:', 'EE draw 335 ✔️ 2025-02-05 CEC', "4000 ITA's @ 521 ⬇️ (from 527)"].join('\n');
    expect(facts(page, '2025-02-06')).toEqual([['2025-02-05', '335', 'cec', 4000, 521, null]]);
  });

  it('"IRCC did something no one predicted: round No. 333 …" is news, not a forecast', () => {
    const page = [
      'Consultant blog',
      'January 24, 2025 · by our RCIC',
      'Yesterday IRCC did something no one predicted: round No. 333 went to the Canadian Experience Class only — 4,000 invitations with a minimum score of just 527.',
    ].join('\n');
    expect(facts(page, '2025-01-24')).toEqual([['2025-01-23', '333', 'cec', 4000, 527, null]]);
  });
});
