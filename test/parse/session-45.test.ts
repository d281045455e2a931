import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/parse/mentions/date-mentions.ts';
import { announcedDraws, rounds } from '../helpers/announced.ts';

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

describe('a headline that tells the news came after another round (p10-102)', () => {
  it('"CEC round lands one day after PNP invitations": the PNP round of the day before, told first, is not announced', () => {
    const page = [
      'Draw day blog: CEC round lands one day after PNP invitations',
      'Live | Maple Pathways | Aug. 14, 2024',
      '9:00 a.m. - Welcome back. Yesterday (Tuesday) IRCC ran a PNP-only round, #308, with 763 invitations and a minimum CRS of 690. History says a CEC round often follows the next day.',
      "11:48 a.m. - It's happening. Profiles in the Canadian Experience Class are getting invitations.",
      '12:20 p.m. - Figures are in: round #309, Canadian Experience Class, 3,200 invitations, minimum score 509. Tie-breaking rule: March 1, 2024 at 19:23:21 UTC.',
      "3:30 p.m. - That's all for today.",
    ].join('\n');
    expect(rounds(page, '2024-08-14')).toEqual([['2024-08-14', '309', 'cec', 3200, 509]]);
  });

  it('"… a day after all-program round" over "held two draws this week" keeps both rounds, each with its figures (p7-205)', () => {
    const page = [
      'Leap-day draw: 2,500 French speakers invited a day after all-program round',
      'Posted 01/03/2024 by the editorial team',
      'It has been a busy end to February for Express Entry candidates. Immigration, Refugees and Citizenship Canada held two draws this week, on Wednesday 28/02/2024 and Thursday 29/02/2024.',
      "Wednesday's all-program round invited 1,470 candidates with a minimum CRS score of 534 (tie-break: 16/01/2024 at 03:51:05 UTC).",
      'On leap day itself, IRCC followed with a French-language proficiency round of 2,500 invitations. The cut-off of 336 is the lowest score ever seen in a French round. The tie-break was 18/01/2024 at 09:15:46 UTC.',
      'Recent Express Entry rounds (dd/mm/yyyy)',
      '29/02/2024 | French language proficiency | 2,500 | 336',
      '28/02/2024 | No program specified | 1,470 | 534',
      '16/02/2024 | Agriculture and agri-food | 150 | 437',
      '14/02/2024 | Healthcare occupations | 3,500 | 422',
      '13/02/2024 | No program specified | 1,490 | 535',
      '01/02/2024 | French language proficiency | 7,000 | 365',
      'The February total comes to more than 16,000 invitations, with the two French rounds alone accounting for 9,500 of them.',
      'Candidates invited this week have 60 days to submit their applications.',
    ].join('\n');
    // "On leap day itself, IRCC followed with a French-language proficiency round of 2,500 invitations": leap day is February 29,
    // and "followed with" tells the round held next, not an earlier one.
    expect(rounds(page, '2024-03-01')).toEqual([
      ['2024-02-29', null, 'french', 2500, 336],
      ['2024-02-28', null, 'general', 1470, 534],
    ]);
  });

  it('"Express Entry Returns After Five Weeks: PNP and CEC Rounds …": a pause is not a round the news came after (guard, u1-232)', () => {
    const page = [
      'Express Entry Returns After Five Weeks: PNP and CEC Rounds Invite Nearly 6,000 Candidates',
      'Kaur L\u00e9vesque Immigration Law | June 1, 2024',
      'IRCC ended a five-week pause in Express Entry invitations with two program-specific rounds on consecutive days this week.',
      'Thursday, May 30, 2024 \u2013 Provincial Nominee Program',
      'Invitations: 2,985',
      'Minimum CRS: 676',
      'Tie-break: January 19, 2024 at 18:32:21 UTC',
      'Friday, May 31, 2024 \u2013 Canadian Experience Class',
      'Invitations: 3,000',
      'Minimum CRS: 522',
      'Tie-break: March 19, 2024 at 18:58:58 UTC',
      'The CEC round is the first Canadian Experience Class round since September 2021. It is also a shift from the pattern of early 2024, when IRCC alternated general rounds with category rounds. The last round before the pause was the French round of April 24 (1,400 at 410), and the last general round was on April 23 (2,095 at 529).',
    ].join('\n');
    expect(rounds(page, '2024-06-01')).toEqual([
      ['2024-05-30', null, 'pnp', 2985, 676],
      ['2024-05-31', null, 'cec', 3000, 522],
    ]);
  });
});

describe("a live page's timestamped entries are of its day (p10-115, p9-112)", () => {
  it('"12:50 p.m. - The figures: 250 invitations, minimum CRS 429 …" under a recap of the week\'s earlier rounds is the page\'s round', () => {
    const page = [
      'Live: Fourth draw in four days - senior managers this time',
      'Live | Northbridge Immigration News | March 5, 2026',
      '9:00 a.m. - Recap of a busy week so far. Monday: PNP, 264 invitations, CRS 710. Tuesday: CEC, 4,000, CRS 508. Wednesday: French, 5,500, CRS 397.',
      "12:35 p.m. - Another one. A round for senior managers with Canadian work experience is showing on IRCC's page.",
      '12:50 p.m. - The figures: 250 invitations, minimum CRS 429, tie-break August 19, 2025 at 15:10:18 UTC. Round number 402.',
    ].join('\n');
    expect(rounds(page, '2026-03-05')).toEqual([['2026-03-05', '402', 'managers', 250, 429]]);
  });

  it('an entry that gives its round a day keeps it: "10:15 a.m. - Quick recap of yesterday: round #306 …" is no news of the page (guard)', () => {
    const page = [
      'LIVE: Express Entry draw watch - Wednesday, July 31',
      '11:10 a.m. - Round #307: 5,000 Canadian Experience Class candidates invited, minimum CRS 510.',
      '10:15 a.m. - Quick recap of yesterday: round #306 was a PNP draw, 964 invitations, minimum score 686.',
      "9:00 a.m. - Good morning. Yesterday's PNP round suggests today could follow the same pattern.",
    ].join('\n');
    expect(rounds(page, '2024-07-31')).toEqual([['2024-07-31', '307', 'cec', 5000, 510]]);
  });

  it('one time written at the top of a page is no live page: its undated round stays undated (guard)', () => {
    const page = [
      'Express Entry: 250 senior managers invited',
      '12:50 p.m. - Update from our desk',
      'IRCC held a round for senior managers with Canadian work experience: 250 invitations, minimum CRS 429.',
    ].join('\n');
    expect(rounds(page, '2026-03-05').map((r) => r[0])).toEqual([null]);
  });
});

describe('a headline that tells the rounds the news followed (p10-118, p10-213)', () => {
  it('"Physicians round follows PNP and CEC draws": the PNP and CEC rounds of the days before are not news of the page', () => {
    const page = [
      'Live: Physicians round follows PNP and CEC draws',
      'Updates | MedMigrate News | June 24, 2026',
      '4:05 p.m. - Confirmed: Physicians with Canadian Work Experience, round 421. 271 invitations, cut-off 223, tie-break May 31, 2026 at 18:13:49 UTC.',
      '12:30 p.m. - Yesterday: CEC, 4,000 invitations at 516. Monday: PNP, 955 invitations at 730.',
    ].join('\n');
    expect(rounds(page, '2026-06-24')).toEqual([['2026-06-24', '421', 'physicians', 271, 223]]);
  });

  it('"After French and All-Program Rounds, IRCC Holds First Trades Draw": the two rounds before it are its lead-up', () => {
    const page = [
      'After French and All-Program Rounds, IRCC Holds First Trades Draw',
      'Express Entry Tracker | August 3, 2023',
      'IRCC held its first Express Entry draw for trade occupations on Thursday, August 3, inviting 1,500 candidates. The minimum CRS score was 388.',
      'On Tuesday, an all-program round invited 2,000 candidates at 517, and on Wednesday a French-language round invited 800 at 435.',
    ].join('\n');
    expect(rounds(page, '2023-08-03')).toEqual([['2023-08-03', null, 'trades', 1500, 388]]);
  });
});

describe('"… followed with" a round, and rounds "both covered earlier this week" (p4-315, u9-121, p10-228)', () => {
  it('"On Friday, Canada followed with 500 invitations for healthcare …" is the page\'s round, not an earlier one', () => {
    const page = [
      "A day after teachers, it's nurses: 500 invited",
      'May 2, 2025 | Abuja Diaspora Weekly',
      "Thursday's education round invited 1,000 teachers and early childhood educators at 479.",
      'On Friday, Canada followed with 500 invitations for healthcare and social services occupations, with a cut-off of 510.',
    ].join('\n');
    expect(rounds(page, '2025-05-02')).toEqual([['2025-05-02', null, 'healthcare', 500, 510]]);
  });

  it('"On Friday, May 31, it followed with a Canadian Experience Class round of 3,000 invitations" keeps its count', () => {
    const page = [
      'Canada Express Entry: IRCC ends five-week pause with two big draws',
      'Punjab Diaspora News | Brampton | June 1, 2024',
      'IRCC has ended a five-week gap in Express Entry draws with two large rounds on consecutive days.',
      'On Thursday, May 30, IRCC invited 2,985 candidates in a Provincial Nominee Program draw. The minimum CRS score was 676.',
      'On Friday, May 31, it followed with a Canadian Experience Class round of 3,000 invitations. The lowest score invited was 522.',
    ].join('\n');
    expect(rounds(page, '2024-06-01')).toEqual([
      ['2024-05-30', null, 'pnp', 2985, 676],
      ['2024-05-31', null, 'cec', 3000, 522],
    ]);
  });

  it('"The draw followed … (3,200 invitations, cut-off 509) and … (763 invitations, cut-off 690), both covered earlier this week"', () => {
    const page = [
      'French Speakers Invited as IRCC Completes Three-Draw Week',
      'By Camille Bouchard | August 15, 2024',
      'IRCC issued 2,000 invitations in a French-language proficiency draw on Thursday, August 15.',
      'The lowest score invited was 394.',
      'The draw followed a CEC round on Wednesday (3,200 invitations, cut-off 509) and a PNP round on Tuesday (763 invitations, cut-off 690), both covered earlier this week.',
    ].join('\n');
    expect(rounds(page, '2024-08-15')).toEqual([['2024-08-15', null, 'french', 2000, 394]]);
  });

  it('"Tuesday\'s PNP draw … Today IRCC followed with a CEC round: 3,000 candidates invited, cut-off 516." (p3-138)', () => {
    const page = [
      'Express Entry: 3,000 CEC invited at 516',
      'Wednesday, August 5, 2026',
      "Tuesday's PNP draw issued 507 invitations with a minimum score of 768. Today IRCC followed with a CEC round: 3,000 candidates invited, cut-off 516.",
      'Tie-breaking rule: July 3, 2026.',
    ].join('\n');
    expect(rounds(page, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', 3000, 516]]);
  });
});

describe('"leap day" (p7-205)', () => {
  it("is February 29 of a leap year's page written by its spring, and no day otherwise", () => {
    const on = (published: { year: number; month: number; day: number }) => findDates('On leap day itself, IRCC followed with a French round.', { published, lastMonth: null }).map((d) => d.value);
    expect(on({ year: 2024, month: 3, day: 1 })).toEqual([{ year: 2024, month: 2, day: 29 }]);
    expect(on({ year: 2025, month: 3, day: 1 })).toEqual([]);
    expect(on({ year: 2024, month: 9, day: 1 })).toEqual([]);
  });
});

describe('Tagalog pages (p4-140, p4-116, p4-110)', () => {
  it('"Ngayong araw" is today, "Kahapon" yesterday, "Noong Lunes" Monday; "na may" is "with", and "ang na-invite" is invited', () => {
    const page = [
      'Physicians draw ulit! 271 doctors ang na-invite',
      'June 24, 2026 | Pinoy Nurses & Doctors Canada',
      'Ngayong araw, 271 physicians na may Canadian work experience ang na-invite, minimum CRS 223.',
      'Kahapon, CEC draw: 4,000 ITAs at 516. Noong Lunes, PNP: 955 ITAs at 730.',
    ].join('\n');
    expect(rounds(page, '2026-06-24')).toEqual([['2026-06-24', null, 'physicians', 271, 223]]);
    const days = (s: string) => findDates(s, { published: { year: 2026, month: 6, day: 24 }, lastMonth: null }).map((d) => d.value);
    expect(days('Kahapon, CEC draw: 4,000 ITAs at 516.')).toEqual([{ year: 2026, month: 6, day: 23 }]);
    expect(days('Kamakalawa, PNP draw.')).toEqual([{ year: 2026, month: 6, day: 22 }]);
    expect(days('Noong Huwebes, French draw.')).toEqual([{ year: 2026, month: 6, day: 18 }]);
  });

  it('"Ngayong araw, nag-invite ang IRCC ng 391 doctors …" is the page\'s round with its count', () => {
    const page = [
      'Unang physicians draw sa Express Entry!',
      'Feb 19, 2026 | Kabayan Immigration Newsletter',
      'Ngayong araw, nag-invite ang IRCC ng 391 doctors na may Canadian work experience. Ang minimum CRS ay 169 lang!',
      'Noong Martes (Feb 17), CEC draw naman: 6,000 ITAs at 508.',
    ].join('\n');
    expect(rounds(page, '2026-02-19')).toEqual([['2026-02-19', null, 'physicians', 391, 169]]);
  });

  it('"Linggo" is also "week" in Tagalog: "ngayong linggo" gives no day (guard)', () => {
    const found = findDates('Dalawang draw ngayong linggo.', { published: { year: 2026, month: 6, day: 24 }, lastMonth: null });
    expect(found).toEqual([]);
  });
});

describe('rounds set apart as background on a page of several rounds (u10-236, p8-129)', () => {
  it('"For context, the PNP round held on April 28 invited 421 …" under "two category-based rounds this week" is not one of them', () => {
    const page = [
      'First Education Draw and a Healthcare Round: May 1-2 Express Entry Results',
      'Blog | Horizon North Immigration | May 2, 2025',
      'IRCC has just held two category-based rounds this week, including the first-ever draw for the new education category.',
      'Round #344 - Education occupations (May 1, 2025)',
      'Invitations: 1,000 | Minimum CRS: 479 | Tie-break: August 10, 2024 at 10:35:55 UTC',
      'Round #345 - Healthcare and social services occupations (May 2, 2025)',
      'Invitations: 500 | Minimum CRS: 510 | Tie-break: July 21, 2024 at 04:31:17 UTC',
      'For context, the PNP round held on April 28 invited 421 candidates with a minimum score of 727.',
    ].join('\n');
    expect(rounds(page, '2025-05-02')).toEqual([
      ['2025-05-01', '344', 'education', 1000, 479],
      ['2025-05-02', '345', 'healthcare', 500, 510],
    ]);
  });

  it('"Earlier this week: Wednesday\'s PNP-only round (118 invitations, CRS 808), posted yesterday." on a weekly tracker', () => {
    const page = [
      'Express Entry tracker, week of April 13, 2020',
      'Updated Thursday, April 16',
      'New today: a CEC-only round, 3,782 invitations, minimum CRS 455.',
      "Earlier this week: Wednesday's PNP-only round (118 invitations, CRS 808), posted yesterday.",
      'This week so far: 3,900 invitations.',
    ].join('\n');
    expect(rounds(page, '2020-04-16')).toEqual([['2020-04-16', null, 'cec', 3782, 455]]);
  });
});

describe("a federal round told beside a province's own round (p10-231)", () => {
  it('"Express Entry PNP Draw Invites 536; Ontario Holds Its Own Round Today": the federal round is read, the province\'s is not', () => {
    const page = [
      'Express Entry PNP Draw Invites 536; Ontario Holds Its Own Round Today',
      'By Priya Raman | March 18, 2025',
      'Yesterday a PNP round invited 536 Express Entry candidates with provincial nominations. The draw, held on Monday, March 17, had a cut-off of 736.',
      "Today, Tuesday, the Ontario Immigrant Nominee Program (OINP) held a separate draw under its Employer Job Offer: Foreign Worker stream, issuing 1,243 invitations to candidates with a minimum score of 62. OINP scores are on the province's own scale.",
    ].join('\n');
    expect(rounds(page, '2025-03-18')).toEqual([['2025-03-17', null, 'pnp', 536, 736]]);
  });

  it('"the Ontario Immigrant Nominee Program (OINP) held an Express Entry draw" is the province\'s own round: nothing is announced', () => {
    const page = [
      'OINP Express Entry PNP draw: 1,243 invitations',
      'March 18, 2025',
      'Today the Ontario Immigrant Nominee Program (OINP) held an Express Entry draw under its Human Capital Priorities stream, issuing 1,243 Notifications of Interest to candidates with a minimum CRS score of 462.',
    ].join('\n');
    expect(announcedDraws(page, '2025-03-18')).toEqual([]);
  });
});

describe('more of a live page (p3-301, p10-123, p10-120)', () => {
  it('"UPDATE 5:40 pm ET — Here it is: 1,000 Canadian Experience Class invitations, cut-off 523." is an entry of the page\'s day', () => {
    const page = [
      'LIVE BLOG: Express Entry, Tuesday',
      "8:15 am ET — No draw yet today. Yesterday's PNP-only round invited 442 candidates at 760.",
      'UPDATE 5:40 pm ET — Here it is: 1,000 Canadian Experience Class invitations, cut-off 523.',
      "UPDATE 6:05 pm ET — IRCC's page now lists it as round #436.",
    ].join('\n');
    // Yesterday's PNP round is announced too (open decision 2: rounds held before the page's news).
    expect(rounds(page, '2026-08-18').filter((r) => r[2] === 'cec')).toEqual([['2026-08-18', '436', 'cec', 1000, 523]]);
  });

  it('"the first trades round since Oct. 23, 2024 (1,800 invitations at 433)" under the day\'s trades round is not a second one (guard)', () => {
    const page = [
      'Live: Trades draw makes it three this week',
      'Live | Northern Routes | September 18, 2025',
      '8:45 a.m. - On Monday IRCC invited 228 PNP candidates (CRS 746). On Wednesday it invited 2,500 candidates in the education category (CRS 462).',
      '1:10 p.m. - Thursday brings a trades round: 1,250 invitations, minimum 505.',
      "1:30 p.m. - IRCC numbers this as round 368; the tie-breaking rule is November 5, 2024 at 22:36:09 UTC. It's the first trades round since Oct. 23, 2024 (1,800 invitations at 433).",
    ].join('\n');
    expect(rounds(page, '2025-09-18').filter((r) => r[2] === 'trades')).toEqual([['2025-09-18', '368', 'trades', 1250, 505]]);
  });

  it('"CEC round confirmed: round #311 …" where #311 is the entry before\'s PNP round of yesterday: the number stays unread', () => {
    const page = [
      "Tuesday live: CEC draw after Monday's PNP round",
      'Live blog | Crossing Canada | August 27, 2024',
      '9:15 a.m. - Yesterday IRCC invited 1,121 provincial nominees (round #311, cut-off 694, tie-break August 3, 2024).',
      '1:50 p.m. - CEC round confirmed: round #311, 3,300 invitations, minimum CRS 507.',
      "2:01 p.m. - Correction: that's round #312; #311 was yesterday's PNP round.",
      '2:30 p.m. - Tie-break: April 17, 2024 at 20:11:20 UTC.',
    ].join('\n');
    expect(rounds(page, '2024-08-27')).toEqual([['2024-08-27', null, 'cec', 3300, 507]]);
  });
});

describe('a round told in brackets ends with its bracket (p2-215, p8-333)', () => {
  it('"inviting 6,300 (vs. 3,000 last time) candidates with at least 515 points": the cut-off after the bracket is the news round\'s', () => {
    const page = ['Express Entry CEC draw', 'IRCC held a CEC draw on July 17, 2024, inviting 6,300 (vs. 3,000 last time) candidates with at least 515 points.'].join('\n');
    // The count, cut from its noun by the bracket, stays unread.
    expect(rounds(page, '2024-07-18')).toEqual([['2024-07-17', null, 'cec', null, 515]]);
  });

  it('"1,250 invitations (down from 1,800 in the last trades round), minimum CRS 505 (up from 433)": 505 is the day\'s cut-off (guard)', () => {
    const page = [
      'Express Entry: trades round',
      'September 18, 2025',
      'Trades round, Thursday, September 18: 1,250 invitations (down from 1,800 in the last trades round), minimum CRS 505 (up from 433).',
    ].join('\n');
    expect(rounds(page, '2025-09-18')).toEqual([['2025-09-18', null, 'trades', 1250, 505]]);
  });

  it('"Minimum CRS: 515 (previous: 522)" keeps 522 as the earlier round\'s (guard)', () => {
    const page = ['Express Entry CEC draw', 'July 18, 2024', 'IRCC held a CEC draw on July 17, 2024. Invitations: 6,300. Minimum CRS: 515 (previous: 522).'].join('\n');
    expect(rounds(page, '2024-07-18')).toEqual([['2024-07-17', null, 'cec', 6300, 515]]);
  });
});

describe("a digest's terse rounds, in English and Spanish (p4-139)", () => {
  it('"Resumen semanal": "El martes, 4.000 candidatos CEC con 507, y el lunes 362 nominados provinciales con 742." are two rounds of the week', () => {
    const page = [
      'Resumen semanal de Express Entry',
      '20 de marzo de 2026 · Boletín Argentina-Canadá',
      'El miércoles pasado IRCC invitó a 4.000 francófonos con un puntaje mínimo de 393.',
      'El martes, 4.000 candidatos CEC con 507, y el lunes 362 nominados provinciales con 742.',
    ].join('\n');
    expect(rounds(page, '2026-03-20')).toEqual([
      ['2026-03-18', null, 'french', 4000, 393],
      ['2026-03-17', null, 'cec', 4000, 507],
      ['2026-03-16', null, 'pnp', 362, 742],
    ]);
  });

  it('"On Tuesday, 4,000 CEC candidates at 507, and on Monday 362 provincial nominees at 742": each count with its cut-off', () => {
    const page = [
      'Express Entry weekly recap: three rounds this week',
      'March 20, 2026',
      'Last Wednesday IRCC invited 4,000 French-speaking candidates with a minimum score of 393.',
      'On Tuesday, 4,000 CEC candidates at 507, and on Monday 362 provincial nominees at 742.',
    ].join('\n');
    expect(rounds(page, '2026-03-20')).toEqual([
      ['2026-03-18', null, 'french', 4000, 393],
      ['2026-03-17', null, 'cec', 4000, 507],
      ['2026-03-16', null, 'pnp', 362, 742],
    ]);
  });

  it('"entre el lunes y el jueves" stays a span (guard)', () => {
    const found = findDates('IRCC realizó rondas entre el lunes y el jueves.', { published: { year: 2026, month: 3, day: 20 }, lastMonth: null });
    expect(found).toEqual([]);
  });
});

describe('parallel lists without "respectively" (p4-219)', () => {
  it('"The PNP and CEC rounds on Monday and Tuesday invited 442 and 1,000 candidates, at 760 and 523." is two rounds, each its own', () => {
    const page = [
      'Back-to-back rounds for PNP and CEC',
      'August 18, 2026 | Lakeside Immigration',
      'The PNP and CEC rounds on Monday and Tuesday invited 442 and 1,000 candidates, at 760 and 523.',
      "Today's CEC round was the smallest of the year for that program.",
    ].join('\n');
    expect(rounds(page, '2026-08-18')).toEqual([
      ['2026-08-17', null, 'pnp', 442, 760],
      ['2026-08-18', null, 'cec', 1000, 523],
    ]);
  });

  it('"on Monday and Tuesday" names two days; "from Monday to Wednesday" and "between Monday and Wednesday" none', () => {
    const days = (s: string) => findDates(s, { published: { year: 2026, month: 8, day: 20 }, lastMonth: null }).map((d) => d.value);
    expect(days('IRCC held rounds on Monday and Tuesday.')).toEqual([
      { year: 2026, month: 8, day: 17 },
      { year: 2026, month: 8, day: 18 },
    ]);
    expect(days('IRCC held rounds from Monday to Wednesday.')).toEqual([]);
    expect(days('IRCC held rounds between Monday and Wednesday.')).toEqual([]);
  });
});

describe("a page of this week's rounds tells rounds of its own week (u2-120, u3-124)", () => {
  it('"The first healthcare draw, held on June 28, invited 500 with a cut-off of 476." under July 4 to 7 is not one of them', () => {
    const page = [
      'Four Express Entry draws in four days: Canada invites 5,000 this week',
      'Desi Diaspora Daily | 8 July 2023',
      'IRCC held four rounds of invitations between Tuesday and Friday, issuing 5,000 invitations to apply (ITAs) in total.',
      'Here are the draws:',
      'Tuesday, July 4 - All programs: 700 ITAs, minimum CRS 511',
      'Wednesday, July 5 - STEM occupations: 500 ITAs, minimum CRS 486',
      'Thursday, July 6 - Healthcare occupations: 1,500 ITAs, minimum CRS 463',
      'Friday, July 7 - French language proficiency: 2,300 ITAs, minimum CRS 439',
      'The first healthcare draw, held on June 28, invited 500 with a cut-off of 476.',
    ].join('\n');
    expect(rounds(page, '2023-07-08').map((r) => r[0])).toEqual(['2023-07-04', '2023-07-05', '2023-07-06', '2023-07-07']);
  });
});

describe('"since October 2019, when …" tells that time\'s round (u2-323)', () => {
  it('"The trades round is the first since October 2019, when 500 candidates were invited with a minimum of 357." is no round of the page', () => {
    const page = [
      'Two Express Entry draws this week: all-program round and trades round',
      'Express Entry Watch | August 6, 2020',
      'IRCC held two rounds of invitations this week: an all-program round on Wednesday and a Federal Skilled Trades round on Thursday.',
      'Wednesday: 3,900 invitations, minimum CRS 476. Thursday: 250 trades invitations, minimum CRS 415.',
      'The trades round is the first since October 2019, when 500 candidates were invited with a minimum of 357.',
    ].join('\n');
    expect(rounds(page, '2020-08-06').some((r) => r[4] === 357)).toBe(false);
  });
});

describe('a headline about a past year (u4-115)', () => {
  it('"Express Entry in 2019: 85,300 invitations …" on a page of January 2020 announces no round', () => {
    const page = [
      'Express Entry in 2019: 85,300 invitations, and cut-offs that kept climbing',
      'The Harbour Times | January 3, 2020',
      'Canada issued 85,300 Express Entry invitations in 2019, according to a review of the 26 rounds held during the year.',
      "The year's lowest score for an all-program round was 438, in January. The year's last round, held December 19, invited 3,200 candidates with a minimum of 469.",
    ].join('\n');
    expect(rounds(page, '2020-01-03')).toEqual([]);
  });

  it('"Express Entry in 2026: …" on a page of 2026 is read as news (guard)', () => {
    const page = ['Express Entry in 2026: first CEC draw of the year', 'January 8, 2026', 'IRCC invited 8,000 CEC candidates today with a minimum CRS of 511.'].join('\n');
    expect(rounds(page, '2026-01-08')).toEqual([['2026-01-08', null, 'cec', 8000, 511]]);
  });
});

describe("a headline's span of days bounds the week's rounds (u3-226)", () => {
  it('"Weekly Recap: Four Express Entry Draws in Four Days (July 4-7, 2023)" does not announce "the first, on June 28"', () => {
    const page = [
      'Weekly Recap: Four Express Entry Draws in Four Days (July 4-7, 2023)',
      'PathToPR Newsletter | Saturday, July 8, 2023',
      'What a week. IRCC held a round of invitations every day from Tuesday to Friday.',
      'Tuesday, July 4 - Round #253 (all programs)',
      '700 invitations | CRS 511',
      'Wednesday, July 5 - Round #254 (STEM occupations)',
      '500 invitations | CRS 486',
      'Thursday, July 6 - Round #255 (healthcare occupations)',
      '1,500 invitations | CRS 463',
      'Friday, July 7 - Round #256 (French-language proficiency)',
      '2,300 invitations | CRS 439',
      '- Healthcare candidates had a second category round in less than two weeks: the first, on June 28, invited 500 at 476.',
    ].join('\n');
    expect(rounds(page, '2023-07-08').map((r) => r[0])).toEqual(['2023-07-04', '2023-07-05', '2023-07-06', '2023-07-07']);
  });
});

describe('what a job offer adds is no cut-off (u4-231)', () => {
  it('"Today, a qualifying job offer can add 50 or 200 points to a candidate\'s … score." announces nothing', () => {
    const page = [
      'Job Offer Points to Be Removed from Express Entry: What It Means for Your CRS Score',
      'Crossroads Immigration Law | Blog | December 24, 2024',
      'On December 23, 2024, IRCC announced that Express Entry candidates will no longer receive additional CRS points for a job offer.',
      "Today, a qualifying job offer can add 50 or 200 points to a candidate's Comprehensive Ranking System score.",
    ].join('\n');
    expect(rounds(page, '2024-12-24')).toEqual([]);
  });
});

describe('a page of several rounds keeps to the seven days up to its own (p8-324)', () => {
  it('"Express Entry week at a glance: four rounds" does not announce "Last week … Wednesday, June 28: healthcare …"', () => {
    const page = [
      'Express Entry week at a glance: four rounds, 5,000 invitations',
      'Immigration Data Desk | July 7, 2023',
      'Key facts',
      'Tuesday, July 4: all programs, 700 invitations, CRS 511, tie-break July 1, 2023',
      'Wednesday, July 5: STEM occupations, 500 invitations, CRS 486, tie-break November 23, 2022',
      'Thursday, July 6: healthcare occupations, 1,500 invitations, CRS 463, tie-break June 19, 2023',
      'Friday, July 7: French-language proficiency, 2,300 invitations, CRS 439, tie-break January 20, 2023',
      'Total: 5,000 invitations in four days',
      'Last week',
      'Tuesday, June 27: all programs, 4,300 invitations, CRS 486',
      'Wednesday, June 28: healthcare occupations, 500 invitations, CRS 476',
    ].join('\n');
    expect(rounds(page, '2023-07-07').map((r) => r[0])).toEqual(['2023-07-04', '2023-07-05', '2023-07-06', '2023-07-07']);
  });
});

describe('"gerentes con experiencia canadiense" is the managers category, not CEC (p8-212)', () => {
  it('"la primera ronda para la nueva categoría de gerentes con experiencia canadiense (managers), que invitó a 250 candidatos …"', () => {
    const page = [
      'Express Entry: estreno de la categoría de gerentes',
      'Canadá Express | 5 de marzo de 2026',
      'IRCC realizó hoy la primera ronda para la nueva categoría de gerentes con experiencia canadiense (managers), que invitó a 250 candidatos con un puntaje mínimo de 429.',
    ].join('\n');
    expect(rounds(page, '2026-03-05')).toEqual([['2026-03-05', null, 'managers', 250, 429]]);
  });

  it('"candidatos con experiencia canadiense" is still CEC (guard)', () => {
    const page = ['Express Entry: ronda CEC', '5 de marzo de 2026', 'IRCC invitó hoy a 4.000 candidatos con experiencia canadiense con un puntaje mínimo de 508.'].join('\n');
    expect(rounds(page, '2026-03-05')).toEqual([['2026-03-05', null, 'cec', 4000, 508]]);
  });
});
