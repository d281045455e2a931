import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 61 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 61"). Each page is written
 * here, not copied from the set.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('trackers, FAQs and bulletins (u64)', () => {
  it('a tracker of applicants ("Member | Stream | CRS | ITA date") gives their own scores, no round\'s cut-off; its notes are read', () => {
    const page = [
      'ITA tracker — shared sheet, updated 2023-06-28',
      'Member | Stream | CRS | ITA date | Notes',
      'gurpreet.s | Healthcare | 488 | 2023-06-28 | "got it! 500 ITAs, cut-off 476"',
      'northbound_m | Healthcare | 481 | 2023-06-28 | "me too"',
      'ana.r | CEC | 502 | — | "still waiting"',
    ].join('\n');
    expect(facts(page, '2023-06-28')).toEqual([['2023-06-28', null, 'healthcare', 500, 476, null]]);
  });
  it("a FAQ's answer that gives its figure first, then explains it at length, answers the question above it", () => {
    const page = [
      'Your questions on the latest Express Entry round',
      'March 3, 2016',
      'When was the round held?',
      'On Wednesday, March 2, 2016.',
      'How many candidates were invited?',
      '1,013.',
      'What was the lowest score invited?',
      '473 — higher than the round before, because fewer invitations were issued this time.',
    ].join('\n');
    expect(facts(page, '2016-03-03')).toEqual([['2016-03-02', null, 'general', 1013, 473, null]]);
  });
  it('"As members will know, yesterday we conducted a round …" and "As you may know" recall a round held, no plan', () => {
    const hearing = [
      'Standing Committee on Citizenship and Immigration',
      'Number 041 | Thursday, November 10, 2022',
      'Mr. Z (Assistant Deputy Minister): As members will know, yesterday we held an all-program round, issuing 4,750 invitations.',
      'The lowest-ranked candidate invited had 494 points.',
    ].join('\n');
    expect(facts(hearing, '2022-11-10')).toEqual([['2022-11-09', null, 'general', 4750, 494, null]]);
    const bulletin = ['International Student Office — news', 'Thursday, October 27, 2022', 'As you may know, yesterday IRCC held an all-program round, issuing 4,750 invitations.'].join('\n');
    expect(facts(bulletin, '2022-10-27')).toEqual([['2022-10-26', null, 'general', 4750, null, null]]);
  });
  it('a feed of stories, each with its age ("— Moving2Canada · 1d"), tells each fresh round as news', () => {
    const page = [
      'My feeds · Immigration (17 unread)',
      "■ Today's CEC draw: IRCC invites 3,000 candidates, cut-off 522 — Canada Wire · 3h",
      "■ Thursday's PNP draw invited 2,985 candidates at 676 — Settle North · 1d",
      '■ Study permit caps: what changes next year — Daily Maple · 5h',
      'Mark all as read',
    ].join('\n');
    expect(facts(page, '2024-05-31')).toEqual([
      ['2024-05-31', null, 'cec', 3000, 522, null],
      ['2024-05-30', null, 'pnp', 2985, 676, null],
    ]);
  });
  it('a feed\'s source and age on their own line ("Settle North · Yesterday") keep the story\'s headline and snippet one round', () => {
    const page = [
      'Top stories · Canada immigration',
      'IRCC holds CEC draw: 3,000 candidates invited with CRS 522',
      'Canada Wire · 2 hours ago',
      'Immigration, Refugees and Citizenship Canada held a Canadian Experience Class draw today, issuing 3,000 ITAs...',
      'Canada issues 2,985 ITAs to provincial nominees in latest Express Entry draw',
      'Settle North · Yesterday',
      'The May 30 draw required a minimum CRS score of 676, and follows...',
      'More headlines >',
    ].join('\n');
    expect(facts(page, '2024-05-31')).toEqual([
      ['2024-05-31', null, 'cec', 3000, 522, null],
      ['2024-05-30', null, 'pnp', 2985, 676, null],
    ]);
  });
  it('an app\'s release note "Updated draw list: added today\'s … round" is no byline: it tells the round', () => {
    const page = ['Tracker app — release notes v3.4.0 (May 31, 2024)', "Updated draw list: added today's Canadian Experience Class round (#297): 3,000 invitations at CRS 522.", 'Bug fixes.'].join(
      '\n',
    );
    expect(facts(page, '2024-05-31')).toEqual([['2024-05-31', '297', 'cec', 3000, 522, null]]);
  });
  it('"Two draws this week — PNP Thursday (2,985 ITAs @ 676), CEC yesterday (3,000 ITAs @ 522)": each round with its own figures', () => {
    const page = ['r/ExpressEntry', 'Posted by u/maple_x · Jun 1, 2024', 'Two draws this week — PNP Thursday (2,985 ITAs @ 676), CEC yesterday (3,000 ITAs @ 522)', 'Got mine at 530!'].join('\n');
    expect(facts(page, '2024-06-01')).toEqual([
      ['2024-05-30', null, 'pnp', 2985, 676, null],
      ['2024-05-31', null, 'cec', 3000, 522, null],
    ]);
  });
  it('a CSV pasted from a spreadsheet of Europe (semicolons) or with quoted fields reads as a table', () => {
    const semicolons = [
      'Express Entry: two new rounds this week',
      'July 22, 2026',
      'From our tracker sheet:',
      'draw;date;program;ITAs;CRS',
      '427;2026-07-20;PNP;511;744',
      '428;2026-07-21;CEC;2000;516',
    ].join('\n');
    expect(facts(semicolons, '2026-07-22')).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744, null],
      ['2026-07-21', '428', 'cec', 2000, 516, null],
    ]);
    const quoted = [
      'Express Entry: two new rounds this week',
      'July 22, 2026',
      'Round,Date,Program,ITAs,CRS,Comment',
      '427,2026-07-20,PNP,511,744,"nominees only, as usual"',
      '428,2026-07-21,CEC,2000,516,"missed it by 3 points, again"',
    ].join('\n');
    expect(facts(quoted, '2026-07-22')).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744, null],
      ['2026-07-21', '428', 'cec', 2000, 516, null],
    ]);
  });
  it('a bulletin\'s list "Mon Mar 3 — Provincial Nominee Program — 725 invited — min. 667" gives each round its count', () => {
    const page = [
      'Student Services Weekly Digest | Week ending Friday, March 7, 2025',
      'Immigration news this week',
      'Two Express Entry rounds:',
      'Mon Mar 3 — Provincial Nominee Program — 725 invited — min. 667',
      'Thu Mar 6 — French-language proficiency — 4,500 invited — min. 410',
    ].join('\n');
    expect(facts(page, '2025-03-07')).toEqual([
      ['2025-03-03', null, 'pnp', 725, 667, null],
      ['2025-03-06', null, 'french', 4500, 410, null],
    ]);
  });
});
