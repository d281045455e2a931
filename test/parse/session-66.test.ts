import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 66 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 66"). Each page is written
 * here, not copied from the set; the figures are IRCC's.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe("feed summaries and corrections: a round, then the next one 'followed' (u74)", () => {
  it('"… on December 15 and followed up today with a CEC-only round of …": two rounds', () => {
    const page = [
      'Immigration Insider — Latest posts',
      'Express Entry: PNP and CEC rounds on back-to-back days',
      'Tue, 16 Dec 2025 17:02:11 +0000',
      'Canada invited 399 PNP candidates (min. CRS 731) on December 15 and followed up today with a CEC-only round of 5,000 invitations at a cut-off of 515. What it means for you … Read more',
    ].join('\n');
    expect(facts(page, '2025-12-16')).toEqual([
      ['2025-12-15', null, 'pnp', 399, 731, null],
      ['2025-12-16', null, 'cec', 5000, 515, null],
    ]);
  });

  it('", followed on Tuesday, February 17, by a CEC round that invited 6,000 at 508": two rounds', () => {
    const page = [
      'THE NORTHERN DAILY',
      'Two Express Entry rounds open the week',
      'February 18, 2026',
      'IRCC held a Provincial Nominee Program round on Monday, February 16, inviting 279 candidates with a minimum of 789 points, followed on Tuesday, February 17, by a CEC round that invited 6,000 at 508.',
      'Correction: an earlier version of this story gave the wrong day for the PNP round.',
    ].join('\n');
    expect(facts(page, '2026-02-18')).toEqual([
      ['2026-02-16', null, 'pnp', 279, 789, null],
      ['2026-02-17', null, 'cec', 6000, 508, null],
    ]);
  });
});

describe('Instagram cards (u74)', () => {
  it('"📅 17 December 2025" under the figures: the round\'s day, as a "Date:" line would be', () => {
    const page = [
      'maplepath.pr • Follow',
      'NEW DRAW ALERT 🚨',
      'French-language proficiency round #388',
      '✅ 6,000 invitations',
      '✅ CRS 399',
      '📅 17 December 2025',
      'Bonne chance à tous! Swipe for our study plan 👉',
    ].join('\n');
    expect(facts(page, '2025-12-17')).toEqual([['2025-12-17', '388', 'french', 6000, 399, null]]);
    const calendar = ['study.with.rai', 'Healthcare draw! 🩺', 'Round #385 👉 1,000 ITAs 👉 CRS 476', '🗓️ December 11', 'Share with a nurse you know!'].join('\n');
    expect(facts(calendar, '2025-12-11')).toEqual([['2025-12-11', '385', 'healthcare', 1000, 476, null]]);
  });

  it('"Comment \\"CRS\\" and we\'ll DM you our free calculator!" under the figures is a call to action, not a guide\'s lead', () => {
    const page = [
      'northpath.immigration ✈️',
      "It's DRAW DAY 🙌",
      'Canadian Experience Class 🇨🇦',
      '5,000 invitations 💌',
      'Minimum score: 515 pts',
      'Comment "CRS" 👇 and we\'ll DM you our free calculator!',
      '#ExpressEntry #CEC #CanadaPR',
    ].join('\n');
    expect(facts(page, '2025-12-16')).toEqual([[null, null, 'cec', 5000, 515, null]]);
  });

  it('"Round 384 – 10.12.2025": the round number before its day written with dots', () => {
    const page = ['canada.bound.family', '🔥 CEC draw today! 🔥', '6,000 invitations | CRS 520 📈', 'Round 384 – 10.12.2025', '#ExpressEntry #CRS'].join('\n');
    expect(facts(page, '2025-12-10')).toEqual([['2025-12-10', '384', 'cec', 6000, 520, null]]);
  });
});

describe("faith bulletins' immigration corners (u74)", () => {
  it('"IRCC held three rounds:" over a list on the Sunday after: each listed round of the week, the oldest too', () => {
    const page = [
      "ST. COLUMBA'S CHURCH — SUNDAY BULLETIN",
      'Fourth Sunday of Advent, December 21, 2025',
      'Worship 10:30 am · Carol singing after the service',
      'Prayer list: the Okafor family; all who travel this season.',
      'IMMIGRATION CORNER (from our newcomer committee)',
      'A busy week for Express Entry! IRCC held three rounds:',
      '• Mon Dec 15 — Provincial Nominee Program: 399 invitations, CRS 731',
      '• Tue Dec 16 — Canadian Experience Class: 5,000 invitations, CRS 515',
      '• Wed Dec 17 — French-language proficiency: 6,000 invitations, CRS 399',
      'Questions? Speak to Elder Grace after the service.',
    ].join('\n');
    expect(facts(page, '2025-12-21')).toEqual([
      ['2025-12-15', null, 'pnp', 399, 731, null],
      ['2025-12-16', null, 'cec', 5000, 515, null],
      ['2025-12-17', null, 'french', 6000, 399, null],
    ]);
  });

  it('"Three Express Entry draws this past week:" over rows "Mon 15 Dec | PNP | 399 | CRS 731": every row, its count too', () => {
    const page = [
      'Gurdwara Sahib — Weekly Newsletter',
      'Sunday 21 December 2025',
      'Langar seva sign-up is open for January.',
      'Immigration corner (volunteer: H. Gill, RCIC)',
      'Three Express Entry draws this past week:',
      'Mon 15 Dec | PNP | 399 | CRS 731',
      'Tue 16 Dec | CEC | 5,000 | CRS 515',
      'Wed 17 Dec | French-language | 6,000 | CRS 399',
      'Waheguru Ji Ka Khalsa',
    ].join('\n');
    expect(facts(page, '2025-12-21')).toEqual([
      ['2025-12-15', null, 'pnp', 399, 731, null],
      ['2025-12-16', null, 'cec', 5000, 515, null],
      ['2025-12-17', null, 'french', 6000, 399, null],
    ]);
  });
});

describe('chatbot transcripts (u74)', () => {
  it('"There was also a draw yesterday, December 16 — round #387 …" under today\'s round: one more round of the news', () => {
    const page = [
      'Chat history — 17 Dec 2025',
      'User: was there an express entry draw today?',
      'Assistant: Yes. IRCC held round #388 today (December 17, 2025), a French-language proficiency draw. It issued 6,000 invitations to apply, and the lowest-ranked candidate invited had a CRS score of 399.',
      'There was also a draw yesterday, December 16 — round #387 for the Canadian Experience Class — with 5,000 invitations and a minimum score of 515.',
      'User: thanks!',
    ].join('\n');
    expect(facts(page, '2025-12-17')).toEqual([
      ['2025-12-17', '388', 'french', 6000, 399, null],
      ['2025-12-16', '387', 'cec', 5000, 515, null],
    ]);
  });
});
