import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { chatExport } from '../../src/parse/text/chat-export.ts';

/**
 * Session 56 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 56").
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('feeds, archives and responses pasted as text (u54)', () => {
  it("an RSS file: its item's text in CDATA is read, the links, ids and enclosures are not", () => {
    const page = [
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
      '<channel><title>Prairie Visa Notes</title><link>https://prairievisa.example/</link>',
      '<item>',
      '<title>Two program draws today: PNP and trades</title>',
      '<link>https://prairievisa.example/2017/05/26/two-draws/</link>',
      '<pubDate>Fri, 26 May 2017 18:02:10 +0000</pubDate>',
      '<guid isPermaLink="false">https://prairievisa.example/?p=4410</guid>',
      '<description><![CDATA[<p>IRCC held two rounds on May 26, 2017. Round 63 invited 143 Provincial Nominee Program candidates with a minimum CRS of 775. Round 64 was for the Federal Skilled Trades Program: 400 invitations at a minimum of just 199 points.</p>]]></description>',
      '</item></channel></rss>',
    ].join('\n');
    expect(facts(page, '2017-05-26')).toEqual([
      ['2017-05-26', '63', 'pnp', 143, 775, null],
      ['2017-05-26', '64', 'fst', 400, 199, null],
    ]);
  });
  it("an Atom feed of two entries reads as two posts, each stamped with its own day: yesterday's PNP round is news too", () => {
    const page = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>Draw Desk</title>',
      '<entry><title>CEC round 381: 1,000 invited at 531</title><link href="https://drawdesk.example/381"/>',
      '<published>2025-11-26T14:05:00Z</published>',
      '<summary type="html">&lt;p&gt;Today IRCC invited 1,000 Canadian Experience Class candidates. Minimum CRS: 531.&lt;/p&gt;</summary></entry>',
      '<entry><title>PNP round 380: 777 invited at 699</title><link href="https://drawdesk.example/380"/>',
      '<published>2025-11-25T15:31:00Z</published>',
      '<summary type="html">&lt;p&gt;Tuesday, November 25: 777 invitations for Provincial Nominee Program candidates, lowest score 699.&lt;/p&gt;</summary></entry>',
      '</feed>',
    ].join('\n');
    expect(facts(page, '2025-11-26')).toEqual([
      ['2025-11-26', '381', 'cec', 1000, 531, null],
      ['2025-11-25', '380', 'pnp', 777, 699, null],
    ]);
  });
  it('a web archive\'s bar ("Wayback Machine | AUG 21 2020 | 5 captures") gives no day: the round keeps its own', () => {
    const page = [
      'The Wayback Machine - https://web.archive.org/web/20200821004417/https://northroutes.example/blog/cec-161',
      '[ Wayback Machine banner ] AUG 21 2020 | 5 captures | Go',
      'Express Entry this week: PNP round on Wednesday, 3,300 CEC invitations on Thursday',
      'August 20, 2020 · 3 min read',
      'Wednesday, August 19 - Provincial Nominee Program',
      'IRCC invited 600 candidates who hold a provincial nomination. The cut-off score was 771.',
      'Thursday, August 20 - Canadian Experience Class (round #161)',
      'The department issued 3,300 ITAs to CEC candidates with a minimum CRS of 454.',
    ].join('\n');
    // (The PNP round of the day before is the news's lead-up: open decision 2.)
    expect(facts(page, '2020-08-20')).toEqual([['2020-08-20', '161', 'cec', 3300, 454, null]]);
  });
  it("a tracker's response minified on one line is read key by key", () => {
    const page = '{"ok":true,"data":{"round":129,"date":"2019-10-30","program":"No Program Specified","itas":3900,"crs_min":475,"tie_break":"2019-08-29T03:50:24Z"},"meta":{"v":"1.3"}}';
    expect(facts(page, '2019-10-30')).toEqual([['2019-10-30', '129', 'general', 3900, 475, '2019-08-29']]);
  });
  it('"On this day in 2021: …" is an anniversary\'s look back, not the news of the day', () => {
    expect(facts('Draw Bot · 13 Feb 2022\nOn this day in 2021: IRCC invited 27,332 CEC candidates with a CRS as low as 75. Were you one of them?', '2022-02-13')).toEqual([]);
  });
});

describe('machine-translated pages (u54)', () => {
  it('"the rule of tie" is the tie-breaking rule, and "the 41st time draw" round 41', () => {
    const page = [
      'Canada Express Entry 41st time draw, score line rise to 538 points',
      'Canada immigration department yesterday carried out Express Entry draw, this is the 41st time draw. This time invited 750 persons, the lowest score line is 538 points.',
      'The rule of tie was applied: 22/08/2016 at 11:34:19 UTC.',
    ].join('\n');
    expect(facts(page, '2016-08-25')).toEqual([['2016-08-24', '41', 'general', 750, 538, '2016-08-22']]);
  });
  it('"the last draw of Express Entry of the year 2020" is the year\'s final round, not an earlier one', () => {
    const page =
      'Canada: last draw of the year\nIRCC realized on this Wednesday the last draw of Express Entry of the year 2020, in which were invited 5,000 candidates of all the programs. The minimum note of the CRS was of 468 points.';
    expect(facts(page, '2020-12-24')).toEqual([['2020-12-23', null, 'general', 5000, 468, null]]);
  });
  it('"This week … has made three draws", under "Date: … | Desk": each round of the list is news, on its own day', () => {
    const page = [
      'Canada Express Entry: this week three draws, agriculture score only 354',
      'Date: 29 September 2023 | Doaba Overseas Desk',
      "This week Canada's immigration department IRCC has made three draws of Express Entry one after another. Applicants should know the details of every draw. See below.",
      '1) Tuesday 26 September - general draw (all programs)',
      'In this draw 3,000 candidates got invitation. Minimum CRS score was 504.',
      '2) Wednesday 27 September - French language draw',
      'Those who have strong French language, 500 invitation was given to them. The minimum score was 472.',
      '3) Thursday 28 September - Agriculture and agri-food occupations',
      '600 candidates were invited. The minimum CRS was only 354 points.',
    ].join('\n');
    expect(facts(page, '2023-09-29')).toEqual([
      ['2023-09-26', null, 'general', 3000, 504, null],
      ['2023-09-27', null, 'french', 500, 472, null],
      ['2023-09-28', null, 'agriculture', 600, 354, null],
    ]);
  });
});

describe('cards, chats and threads (u54)', () => {
  it('a card\'s "Date:" under its heading "Round #311 - …" is that round\'s, under a dated byline "Tuesday, 27 August 2024 · Posted in …"', () => {
    const page = [
      'Back-to-back draws: 1,121 PNP and 3,300 CEC invitations this week',
      'Tuesday, 27 August 2024 · Posted in Draw results',
      'Round #311 - Provincial Nominee Program',
      'Date: 26 August 2024',
      'Invitations: 1,121',
      'Lowest CRS: 694',
      'Round #312 - Canadian Experience Class',
      'Date: 27 August 2024',
      'Invitations: 3,300',
      'Lowest CRS: 507',
    ].join('\n');
    expect(facts(page, '2024-08-27')).toEqual([
      ['2024-08-27', '312', 'cec', 3300, 507, null],
      ['2024-08-26', '311', 'pnp', 1121, 694, null],
    ]);
  });
  it('a chat export\'s bracketed stamps are written one way (the month told by the stamps or the page\'s day); "yesterday" counts from the message', () => {
    expect(chatExport('[25/08/16, 8:14 AM] Farhan: seen it?\n[25/08/16, 8:15 PM] Nisha: yes', '2016-08-25')).toBe('[2016-08-25, 08:14] Farhan: seen it?\n[2016-08-25, 20:15] Nisha: yes');
    // 4/9/20 on a page of April 10, 2020 is April 9 (September 4 is after the page).
    expect(chatExport('[4/9/20, 10:52 AM] Rahul: draw!\n[4/9/20, 10:53 AM] Amit: ok', '2020-04-10')).toBe('[2020-04-09, 10:52] Rahul: draw!\n[2020-04-09, 10:53] Amit: ok');
    // An export without brackets ("25/08/16, 8:14 AM - Farhan: …") keeps its stamps in the text, where their days are read.
    expect(chatExport('25/08/16, 8:14 AM - Farhan: seen it?\n25/08/16, 8:15 AM - Nisha: yes', '2016-08-25')).toBe('25/08/16, 8:14 AM - Farhan: seen it?\n25/08/16, 8:15 AM - Nisha: yes');
    const page = [
      'WhatsApp Chat with PR Aspirants 2016',
      "[24/08/2016, 21:02:10] Farhan: Did anyone see yesterday's draw?? 750 ITAs and cutoff 538",
      '[25/08/2016, 08:22:41] Nisha: wow, and only 750 for the whole world',
    ].join('\n');
    expect(facts(page, '2016-08-25')).toEqual([['2016-08-23', null, 'general', 750, 538, null]]);
  });
  it('a chat\'s day headings ("Tuesday, June 27th") date their messages; "Same cut-off as the June 8 round" is that round\'s', () => {
    const page = [
      'Maple Desk - #draws',
      'Tuesday, June 27th',
      'Marco T. 3:02 PM',
      'All-program draw today: 4,300 invitations, CRS 486.',
      'Same cut-off as the June 8 round (4,800 @ 486).',
      'Wednesday, June 28th',
      'Leah Chen 1:15 PM',
      'FIRST category-based draw is out - Healthcare occupations. 500 ITAs, min CRS 476.',
    ].join('\n');
    expect(facts(page, '2023-06-28')).toEqual([
      ['2023-06-27', null, 'general', 4300, 486, null],
      ['2023-06-28', null, 'healthcare', 500, 476, null],
    ]);
  });
  it('"Physicians draw yesterday, healthcare draw today" over a week\'s list: every round of the week is news', () => {
    const page = [
      'r/ImmigrationCanada',
      'u/recruiter_ns · Jun 25, 2026 · AMA',
      'Physicians draw yesterday, healthcare draw today - AMA about the medical categories',
      'What a week. In order:',
      '- Monday: PNP round, 955 invitations (cut-off 730)',
      '- Tuesday: CEC, 4,000 invitations at 516',
      '- Wednesday (yesterday): Physicians with Canadian Work Experience - 271 ITAs, minimum CRS 223',
      '- Thursday (today): Healthcare and Social Services - 4,000 ITAs, minimum CRS 475',
    ].join('\n');
    expect(facts(page, '2026-06-25').map((d) => [d[0], d[2]])).toEqual([
      ['2026-06-22', 'pnp'],
      ['2026-06-23', 'cec'],
      ['2026-06-24', 'physicians'],
      ['2026-06-25', 'healthcare'],
    ]);
  });
});

describe('channel posts (u54)', () => {
  it('a dotted day alone under the headline ("13.04.2017") dates the page, not the round told as "Yesterday, April 12"', () => {
    const page = [
      'Canada - the 59th round of Express Entry: 3,923 invitations, minimum 423 points',
      '13.04.2017',
      'Yesterday, April 12, Canada held the 59th round of Express Entry. 3,923 candidates received invitations with a minimum CRS score of 423.',
    ].join('\n');
    expect(facts(page, '2017-04-13')).toEqual([['2017-04-12', '59', 'general', 3923, 423, null]]);
  });
  it('a "Weekly recap - Express Entry" of three rounds, one a line: the middle one is news too', () => {
    const page = [
      'Maple Channel | GE',
      'October 27, 2023, 10:02',
      'Weekly recap - Express Entry',
      'October 24 (Tuesday) - PNP, round #269: 1,548 ITA, CRS 776',
      'October 25 (Wednesday) - French-language proficiency, round #270: 300 ITA, CRS 486',
      'October 26 (Thursday) - Healthcare, round #271: 3,600 ITA, CRS 431',
    ].join('\n');
    expect(facts(page, '2023-10-27').map((d) => d[1])).toEqual(['269', '270', '271']);
  });
});
