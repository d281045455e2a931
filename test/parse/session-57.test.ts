import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 57 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 57"). Each page is written
 * here, not copied from the set.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe("a week's rounds listed in one sentence (u56)", () => {
  it('a day with no year after "on" ("on 18/08") is read by the order the page shows, and each round of the list keeps its own day and figures', () => {
    const page = [
      'Client Update — Express Entry, week 34',
      'Prepared 20.08.2025',
      'This week IRCC held two rounds: a PNP round on 18/08 (192 ITAs, CRS 800) and a healthcare round on 19/08/2025 with 2,500 invitations and a cut-off of 470.',
      'Contact your advisor with questions.',
    ].join('\n');
    expect(facts(page, '2025-08-20')).toEqual([
      ['2025-08-18', null, 'pnp', 192, 800, null],
      ['2025-08-19', null, 'healthcare', 2500, 470, null],
    ]);
  });
  it('a list joined by commas splits before "a … round on <date>", not only before "on <weekday>"', () => {
    const page = [
      'Partner brief — 9 January 2025',
      'Two rounds opened the year: a PNP round on January 7, 2025 (471 ITAs, minimum 793), a CEC round on January 8, 2025 with 1,350 invitations and a minimum of 542.',
    ].join('\n');
    expect(facts(page, '2025-01-09')).toEqual([
      ['2025-01-07', null, 'pnp', 471, 793, null],
      ['2025-01-08', null, 'cec', 1350, 542, null],
    ]);
  });
  it('"a PNP round on Monday (473 ITAs, 795)": a bare score after the count in brackets is the cut-off, and "the pattern of a … round" counts one round', () => {
    const page = [
      'Three rounds, one familiar week',
      'Posted on 30/04/2026 by the editors',
      'This week followed the usual pattern of a PNP round on Monday (473 ITAs, 795), a CEC round on Tuesday and a French round on Wednesday.',
      '• CEC (28/04/2026): 2,000 invitations, minimum 514 points',
      '• French (29/04/2026): 4,000 invitations, minimum 400 points',
    ].join('\n');
    expect(facts(page, '2026-04-30')).toEqual([
      ['2026-04-27', null, 'pnp', 473, 795, null],
      ['2026-04-28', null, 'cec', 2000, 514, null],
      ['2026-04-29', null, 'french', 4000, 400, null],
    ]);
  });
});

describe("days and round numbers told after the rounds' figures (u56)", () => {
  it("a title's day that is the page's own does not date \"yesterday's draw\"", () => {
    const page = [
      'Podcast: "Points Talk" — Episode 9 notes (Nov 17, 2016)',
      '',
      '- 0:30 What the new job-offer points mean',
      "- 4:10 Yesterday's draw, #47: 2,427 ITAs, lowest score 470",
      '- 15:00 Listener questions',
    ].join('\n');
    expect(facts(page, '2016-11-17')).toEqual([['2016-11-16', '47', 'general', 2427, 470, null]]);
  });
  it("\"Yesterday's CEC round (#413) and today's French round (#414)\" after the two rounds' cards gives each card its number", () => {
    const page = [
      'Two rounds in two days',
      'Card 1: "April 28, 2026 – Canadian Experience Class – 2,000 invitations – CRS 514". Card 2: "April 29, 2026 – French-language proficiency – 4,000 invitations – CRS 400".',
      "Yesterday's CEC round (#413) and today's French-language round (#414) bring this week's invitations to 6,000.",
    ].join('\n');
    expect(facts(page, '2026-04-29')).toEqual([
      ['2026-04-28', '413', 'cec', 2000, 514, null],
      ['2026-04-29', '414', 'french', 4000, 400, null],
    ]);
  });
  it('"Round #64 – Federal Skilled Trades only" under a headline that told both rounds\' figures is the trades round\'s number', () => {
    const page = [
      'Two program-only rounds today: PNP (143 ITAs, 775) and FST (400 ITAs, 199)',
      'May 26, 2017',
      'IRCC published two rounds today.',
      'Round #63 – Provincial Nominee Program only',
      'Invitations: 143',
      'Round #64 – Federal Skilled Trades only',
      'Invitations: 400',
    ].join('\n');
    expect(facts(page, '2017-05-26')).toEqual([
      ['2017-05-26', '63', 'pnp', 143, 775, null],
      ['2017-05-26', '64', 'fst', 400, 199, null],
    ]);
  });
});

describe('figures and rounds set apart (u56)', () => {
  it('"in this round down to a score of 476" in a release\'s backgrounder is the cut-off', () => {
    const page = [
      'News release',
      'June 28, 2023 — Ottawa — Today, Immigration, Refugees and Citizenship Canada held a round of invitations for candidates with work experience in healthcare occupations.',
      'In this round, 500 candidates were invited to apply for permanent residence.',
      'Backgrounder',
      'Candidates are ranked using the Comprehensive Ranking System, and invitations are issued to the highest-ranking candidates in the category, in this round down to a score of 476.',
    ].join('\n');
    expect(facts(page, '2023-06-28')).toEqual([['2023-06-28', null, 'healthcare', 500, 476, null]]);
  });
  it("a round the site says it covered in last week's brief is not this week's news (a guard: its figures in brackets are read now)", () => {
    const page = [
      'Weekly Brief — 8 to 14 July 2024',
      'Published Friday 12 July 2024',
      'One Express Entry round this week:',
      '• Monday 8 Jul — French-language proficiency: 3,200 ITAs, minimum CRS 420',
      "Last Friday's healthcare round (3,750 ITAs, CRS 445) was covered in last week's brief.",
    ].join('\n');
    expect(facts(page, '2024-07-12')).toEqual([['2024-07-08', null, 'french', 3200, 420, null]]);
  });
  it('"Four hundred (400) tradespeople were invited": the figure in brackets restates the count (a guard: "(228 ITAs" after a day is another count)', () => {
    const page = [
      'Members bulletin — September 26, 2018',
      "IRCC's round of Monday, September 24, was limited to the Federal Skilled Trades Program. Four hundred (400) tradespeople were invited to apply. The lowest CRS score invited was 284.",
    ].join('\n');
    expect(facts(page, '2018-09-26')).toEqual([['2018-09-24', null, 'fst', 400, 284, null]]);
  });
  it('French: "depuis septembre 2018 (400 invitations, 284 points)" tells that month\'s round, not the news\'s (a guard: that count is read now)', () => {
    const page = [
      'Métiers spécialisés : 500 invitations, seuil de 332 points',
      'Publié le 16 mai 2019',
      "Le 15 mai, IRCC a tenu sa 117e ronde d'invitations Entrée express, réservée au Programme des travailleurs de métiers spécialisés (fédéral).",
      '- Invitations : 500',
      '- Score minimal du SCG : 332',
      "C'est la première ronde de ce type depuis septembre 2018 (400 invitations, 284 points). Le seuil est nettement inférieur à celui des rondes générales.",
      "Les électriciens, plombiers et soudeurs peuvent être admissibles s'ils ont au moins deux ans d'expérience dans le métier.",
      'Les candidats qui sont dans le bassin avec une offre d’emploi ou un certificat de qualification sont les mieux placés pour les prochaines rondes, selon les consultants.',
    ].join('\n');
    expect(facts(page, '2019-05-16')).toEqual([['2019-05-15', '117', 'fst', 500, 332, null]]);
  });
});

describe('e-mail threads and digests (u56)', () => {
  it('a digest\'s messages each count "today" from their own Date: header; "PNP 473 at 795" and "#413: …, 2,000 invites, 514 minimum" are read', () => {
    const page = [
      'Subject: [canada-pr] Digest for canada-pr - 2 updates',
      'From: canada-pr@googlegroups.com',
      'Date: Wed, 29 Apr 2026 07:00:00 +0000',
      '',
      'Topic: Two rounds this week?',
      '----------------------------------------------------------------------',
      'From: Lena P.',
      'Date: Mon, 27 Apr 2026 20:14',
      '',
      'PNP round today, PNP 473 at 795. Nothing for CEC yet.',
      '',
      '----------------------------------------------------------------------',
      'From: arjun.k',
      'Date: Tue, 28 Apr 2026 19:40',
      '',
      'And today #413: Canadian Experience Class, 2,000 invites, 514 minimum.',
      '',
      'View this topic online.',
    ].join('\n');
    expect(facts(page, '2026-04-29')).toEqual([
      ['2026-04-27', null, 'pnp', 473, 795, null],
      ['2026-04-28', '413', 'cec', 2000, 514, null],
    ]);
  });
  it('"The first week of July had three: PNP 920 at 739, …" on a page about the next weeks tells no round of its own (a guard: "PNP 920 at 739" is read now)', () => {
    const page = [
      'This week in Express Entry: two rounds',
      'Weekly wrap | Friday, July 19, 2024',
      'Round 304 — Wednesday, July 17 — CEC — 6,300 ITAs — CRS 515',
      'Round 305 — Thursday, July 18 — French — 1,800 ITAs — CRS 400',
      'The first week of July had three: PNP 920 at 739, a trades round and a healthcare round.',
    ].join('\n');
    expect(facts(page, '2024-07-19')).toEqual([
      ['2024-07-17', '304', 'cec', 6300, 515, null],
      ['2024-07-18', '305', 'french', 1800, 400, null],
    ]);
  });
});

describe('show notes and print briefs (u56)', () => {
  it('"Tuesday\'s French-language round #291: 1,500 invitations at just 388" in a podcast\'s timestamps: "at just" gives the cut-off', () => {
    const page = [
      'Points Talk Podcast — Episode 61 show notes',
      'Published March 27, 2024 · 28 min',
      'Timestamps',
      "02:10 Monday's general round: 1,980 ITAs, CRS 524",
      "07:45 Tuesday's French-language round #291: 1,500 invitations at just 388",
      '15:30 Listener questions',
    ].join('\n');
    expect(facts(page, '2024-03-27')).toEqual([
      ['2024-03-25', null, 'general', 1980, 524, null],
      ['2024-03-26', '291', 'french', 1500, 388, null],
    ]);
  });
  it('"a first round for STEM occupations this year invited 5,900": "this year" there tells how long since, not a total', () => {
    const page = [
      'IN BRIEF — Saturday, December 9, 2023',
      'Two rounds',
      'Immigration, Refugees and Citizenship Canada held two rounds this week. On Thursday, a French-language round invited 1,000 at 470, and on Friday, a first round for STEM occupations this year invited 5,900 at a minimum of 481.',
    ].join('\n');
    expect(facts(page, '2023-12-09')).toEqual([
      ['2023-12-07', null, 'french', 1000, 470, null],
      ['2023-12-08', null, 'stem', 5900, 481, null],
    ]);
  });
});
