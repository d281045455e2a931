import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { findInvitations } from '../../src/parse/mentions/invitation-mentions.ts';

/**
 * Session 63 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 63"). Each page is written
 * here, not copied from the set.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('e-mail threads (u68)', () => {
  it('a quoted message\'s "today" is the day of its "On … wrote:" line, not the day the reply was sent', () => {
    const thread = [
      'Re: we got it',
      'Friday, 10 May 2024 08:05',
      '',
      'Well done, both of you!',
      'Aunt Rita',
      '',
      'On Thu, 9 May 2024 at 19:30, Kofi Mensah <kofi@example.com> wrote:',
      '> Auntie, the ITA came today. The healthcare draw invited 2,500 and the cut off was 445.',
      '> Kofi',
    ].join('\n');
    expect(facts(thread, '2024-05-10')).toEqual([['2024-05-09', null, 'healthcare', 2500, 445, null]]);
  });
  it('the reply above the quote keeps its own day', () => {
    const thread = [
      'Re: draw?',
      'Date: Fri, 10 May 2024 09:12:40 -0400',
      '',
      'Hi Kofi, yes: IRCC held a CEC round today, 3,000 invitations with a minimum score of 522.',
      'Best, Dana',
      '',
      '> On May 9, 2024, at 6:02 PM, Kofi Mensah wrote:',
      '> Any draw this week? My score is 519.',
    ].join('\n');
    expect(facts(thread, '2024-05-10')).toEqual([['2024-05-10', null, 'cec', 3000, 522, null]]);
  });
});

describe("lists of a week's rounds (u68)", () => {
  it('"Healthcare #301 — 3,750 invitations": the round\'s number after its program, then its count after a dash', () => {
    const page = [
      'This Week in Express Entry (May 5 – May 11, 2024)',
      'The Weekly Permit · May 11, 2024',
      '• Monday 2024-05-06: PNP round #297 — 810 invitations, cutoff 720',
      '• Thursday 2024-05-09: Healthcare #298 — 2,750 invitations, cutoff 448',
      "That's 3,560 ITAs in one week.",
    ].join('\n');
    expect(facts(page, '2024-05-11')).toEqual([
      ['2024-05-06', '297', 'pnp', 810, 720, null],
      ['2024-05-09', '298', 'healthcare', 2750, 448, null],
    ]);
  });
});

describe('answers and posts (u68)', () => {
  it('"In May 2017 an FST draw invited 400 …" opening a sentence: a round of a month years before the answer, no news', () => {
    const answer = [
      'What is the lowest cut-off Express Entry has ever had?',
      'Priya Nair',
      'Immigration consultant · Answered June 9, 2021',
      '',
      'Trades-only rounds go lowest. In May 2017 a Federal Skilled Trades draw invited 400 candidates at only 199 points.',
      '',
      '2.4K views · 51 upvotes',
    ].join('\n');
    expect(facts(answer, '2021-06-09')).toEqual([]);
  });
});

describe('anniversaries (u68)', () => {
  it('"Ten years ago today …" then "Today, the system has issued more than a million invitations": no round of today', () => {
    const feature = [
      'Ten years of Express Entry: the first round',
      'January 31, 2025 | Feature',
      'Ten years ago today, on January 31, 2015, Canada held the first round of invitations. It invited 779 candidates at 886 points.',
      'Two months later, by March 27, 2015, the cut-off had fallen to 453.',
      'Today, the system has issued more than a million invitations.',
    ].join('\n');
    expect(facts(feature, '2025-01-31')).toEqual([]);
  });
});

describe("another country's round (u68)", () => {
  it('"In Canada, by comparison, the French Express Entry round on March 21 invited 7,500 …" under a SkillSelect story: no news', () => {
    const wire = [
      'World Migration Brief',
      'Australia SkillSelect round: 9,000 invitations issued',
      'April 12, 2025',
      "Australia's Department of Home Affairs issued 9,000 invitations in its latest SkillSelect round for subclass 189 visas, with minimum points of 65.",
      'In Canada, by comparison, the French-language Express Entry round on March 21 invited 7,500 candidates at 379.',
    ].join('\n');
    expect(facts(wire, '2025-04-12')).toEqual([]);
  });
});

describe('calendars (u68)', () => {
  it('each calendar event\'s start ("DTSTART:20260806T150000Z") is the day of the round its summary tells', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Northway Consulting//Rounds//EN',
      'BEGIN:VEVENT',
      'UID:ee-433@example.ca',
      'SUMMARY:French-language round – 5,000 ITAs / min. 391',
      'DTSTART:20260806T150000Z',
      'DESCRIPTION:Round No. 433\\nTell the TEF clients.',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:ee-434@example.ca',
      'DTSTART;VALUE=DATE:20260807',
      'SUMMARY:Transport occupations round – 300 ITAs / min. 470',
      'DESCRIPTION:Round No. 434',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    expect(facts(ics, '2026-08-07')).toEqual([
      ['2026-08-06', '433', 'french', 5000, 391, null],
      ['2026-08-07', '434', 'transport', 300, 470, null],
    ]);
  });
});

describe('exports, show notes and newsletters (u68)', () => {
  it('a YAML export\'s keys of words joined by underscores ("invitations_issued: 3900", "lowest_crs: 449") are read', () => {
    const yaml = [
      '# tracker export (YAML) – 2018-11-15',
      'latest_round:',
      '  number: 104',
      '  held_on: 2018-11-14',
      '  program: "No Program Specified"',
      '  invitations_issued: 3900',
      '  lowest_crs: 449',
      'next_check: 2018-11-21',
    ].join('\n');
    expect(facts(yaml, '2018-11-15')).toEqual([['2018-11-14', '104', 'general', 3900, 449, null]]);
  });
  it('a chapter\'s "Draw #433 — French-language proficiency, 5,000 at CRS 391 (Aug 6)": the count before "at" and the cut-off', () => {
    const notes = [
      'The Northern Route Podcast — Ep. 90: Two Draws',
      'August 8, 2026 · 21 min',
      'Chapters:',
      '00:00 Intro',
      '01:12 Draw #432 — CEC, 3,000 invitations at 516 (Aug 5)',
      '06:40 Draw #433 — French-language proficiency, 5,000 at CRS 391 (Aug 6)',
      '15:02 Wrap-up',
    ].join('\n');
    expect(facts(notes, '2026-08-08')).toContainEqual(['2026-08-06', '433', 'french', 5000, 391, null]);
  });
});

describe('slides and brochures (u68)', () => {
  it('"invited 150 agriculture and agri-food candidates": the count before the program\'s full name', () => {
    const sentence = 'Today IRCC invited 150 agriculture and agri-food candidates (round #285).';
    expect(findInvitations(sentence, sentence).map((m) => m.value)).toEqual([150]);
  });
  it('"Tie-breaking rule (Oct 15): 2025-05-12 23:17:30 UTC": the bracketed day names the round, the rule is after the colon', () => {
    const slide = [
      'Nurses to PR: info night',
      'October 16, 2025',
      'Slide 4: News this week',
      '• Oct 15 — Healthcare & social services round: 2,500 invitations, CRS 472',
      '• Tie-breaking rule (Oct 15): 2025-05-12 23:17:30 UTC',
    ].join('\n');
    expect(facts(slide, '2025-10-16')).toEqual([['2025-10-15', null, 'healthcare', 2500, 472, '2025-05-12']]);
  });
  it('a province in a group\'s name ("Ontario Nurses\' Network") and "PNP" in a list item under it: no provincial headline', () => {
    const slide = [
      'Healthcare careers night',
      "Ontario Nurses' Newcomer Network",
      'October 16, 2025',
      'Slide 5: News this week',
      '• Oct 14 — PNP round: 345 invitations, minimum 778',
      '• Oct 15 — Healthcare & social services round: 2,500 invitations, CRS 472',
    ].join('\n');
    expect(facts(slide, '2025-10-16')).toContainEqual(['2025-10-15', null, 'healthcare', 2500, 472, null]);
  });
});
