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
});
