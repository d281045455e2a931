import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';
import { weekdayOfMonthDay } from '../../src/parse/mentions/calendar.ts';
import { findDrawNumbers } from '../../src/parse/mentions/draw-number.ts';
import { headlineSpan, lastWeekOf } from '../../src/parse/primary/digest-week.ts';
import { oneAnnouncementPerRound } from '../../src/parse/primary/same-round.ts';

/**
 * Session 39 of the reader (issue 14): a weekly page's rounds of last week are its news, and the days such pages write
 * ("The Monday Brief", "Monday 15 — PNP") are read as they mean (docs/parser.md "Session 39"). Each case is the shape of a
 * made-up page (test/parse/made-up/) in new words.
 */

const programs = loadPrograms();
const facts = (text: string, published: string) =>
  parseArticle(text, { programs, published })
    .draws.filter((d) => d.primary)
    .map((d) => [d.date, d.program, d.invitations, d.minCrs]);

describe("A weekly page's rounds of last week are its news (p10-127, p10-131, p10-137)", () => {
  it('"The Monday Brief" over last week\'s three rounds announces all three, each on its day', () => {
    const page = `The Monday Brief: trades are back\nNewsletter | Maple Desk | June 9, 2025\nLast week in brief\nOn Monday, a PNP-only round invited 503 candidates (CRS 784).\nOn Wednesday, IRCC held a trades round: 1,200 invitations at 467.\nOn Thursday, 2,500 healthcare candidates were invited with a minimum score of 481.\nOur take: the cycle is back to three rounds a week.`;
    expect(facts(page, '2025-06-09')).toEqual([
      ['2025-06-02', 'pnp', 503, 784],
      ['2025-06-04', 'trades', 1200, 467],
      ['2025-06-05', 'healthcare', 2500, 481],
    ]);
  });
  it("a memo over last week's two rounds, the second on Friday, announces both", () => {
    const page = `Monday memo: a big French round closes last week\nNewsletter | Prairie Notes | March 24, 2025\nLast week's draws:\nOn Monday, IRCC held PNP round 340: 536 invitations, cut-off 736.\nOn Friday, it held French-language round 341: 7,500 invitations, cut-off 379.\nNothing happened Tuesday to Thursday.`;
    expect(facts(page, '2025-03-24')).toEqual([
      ['2025-03-17', 'pnp', 536, 736],
      ['2025-03-21', 'french', 7500, 379],
    ]);
  });
  it('"its first healthcare round since July: 3,000 invitations at 463" gives that round its figures', () => {
    const page = `Express Entry weekly: three rounds\nWeekly | Entry Watch | Monday, November 25, 2024\nLast week in Express Entry\n- On Monday, 174 provincial nominees were invited (CRS 816).\n- On Wednesday, IRCC held its first healthcare round since July: 3,000 invitations at 463.`;
    expect(facts(page, '2024-11-25')).toEqual([
      ['2024-11-18', 'pnp', 174, 816],
      ['2024-11-20', 'healthcare', 3000, 463],
    ]);
  });
  it("the rounds of the week before last, told for comparison, are not last week's (guard)", () => {
    const page = `The Monday Brief: one round last week\nNewsletter | Maple Desk | June 9, 2025\nLast week, IRCC held one round: on Wednesday, 1,200 trades candidates were invited with a cut-off of 467.\nThe week before, on May 28, a CEC round had invited 2,000 candidates at 521.`;
    expect(facts(page, '2025-06-09')).toEqual([['2025-06-04', 'trades', 1200, 467]]);
  });
  it('a page that only says "last week" without being a weekly page is no digest (guard)', () => {
    expect(lastWeekOf('IRCC invites 3,000 CEC candidates; last week it held a PNP round', { year: 2025, month: 6, day: 9 })).toBeNull();
    expect(lastWeekOf('The Monday Brief: last week in Express Entry', { year: 2025, month: 6, day: 9 })).toEqual({
      from: { year: 2025, month: 6, day: 2 },
      to: { year: 2025, month: 6, day: 8 },
    });
  });
});

describe('Days weekly pages write', () => {
  it('"Monday 15 — PNP" on a page of Monday 22 is Monday the 15th, not the page\'s day (p8-112)', () => {
    const page = `Weekly recap: December 15–19, 2025\nEntry Watch | Monday, December 22, 2025\nMonday 15 — PNP — 399 ITAs — CRS 731\nTuesday 16 — CEC — 5,000 ITAs — CRS 515`;
    const dates = parseArticle(page, { programs, published: '2025-12-22' }).draws.map((d) => d.date);
    expect(dates).toEqual(['2025-12-15', '2025-12-16']);
    expect(weekdayOfMonthDay({ year: 2025, month: 12, day: 22 }, 1, 15)).toEqual({ year: 2025, month: 12, day: 15 });
    // The writer's weekday and day disagree: no day.
    expect(weekdayOfMonthDay({ year: 2025, month: 12, day: 22 }, 2, 15)).toBeNull();
  });
  it('"Wednesday 14:00" is a time, not the 14th (guard)', () => {
    const page = `CEC round today\nEntry Watch | Wednesday, July 9, 2025\nWednesday 14:00 — IRCC invited 3,000 Canadian Experience Class candidates with a minimum CRS of 518.`;
    expect(facts(page, '2025-07-09')).toEqual([['2025-07-09', 'cec', 3000, 518]]);
  });
  it('"Breaking, this morning:" is a kicker and a day, not a dateline (p8-111)', () => {
    const page = `Briefing: the quiet streak ends\nThe Landing Desk newsletter | June 22, 2026\nBreaking, this morning: IRCC has ended the pause with a Provincial Nominee Program round. 955 candidates were invited, with a minimum CRS of 730.\nRecent rounds\nMay 25 — PNP — 334 — 805`;
    expect(facts(page, '2026-06-22')).toEqual([['2026-06-22', 'pnp', 955, 730]]);
  });
});

describe("Pages of one week's rounds (p10-210, p8-106, p8-337)", () => {
  it('"Here is every draw held this week" over four rounds announces all four (not "every draw" of a history page)', () => {
    const page = `Four Draws in Four Days: a category week in numbers\nThe Pathway Report | July 7, 2023\nIRCC closed out the week on Friday with its fourth round in four days. Here is every draw held this week.\nTuesday, July 4 – Round 253 – No program specified – 700 invitations – CRS 511\nWednesday, July 5 – Round 254 – STEM occupations – 500 invitations – CRS 486\nThursday, July 6 – Round 255 – Healthcare occupations – 1,500 invitations – CRS 463\nFriday, July 7 – Round 256 – French language proficiency – 2,300 invitations – CRS 439`;
    expect(facts(page, '2023-07-07').map((f) => f[1])).toEqual(['general', 'stem', 'healthcare', 'french']);
  });
  it('"Four federal rounds since last Friday:" introduces the four rounds listed under it', () => {
    const page = `Express Entry Friday Brief — July 10, 2026\nIssue 212\nFour federal rounds since last Friday:\n• Monday, July 6 — PNP round #423: 534 invitations, minimum CRS 708\n• Tuesday, July 7 — CEC round #424: 2,000 invitations, minimum CRS 517\n• Thursday, July 9 — French-language round #425: 5,000 invitations, minimum CRS 420\n• Friday, July 10 — Senior managers round #426: 500 invitations, minimum CRS 392`;
    expect(facts(page, '2026-07-10').map((f) => f[1])).toEqual(['pnp', 'cec', 'french', 'managers']);
  });
  it('a tracker "rounds of August 17 to 19" announces the rows of those days, not the earlier cycle\'s', () => {
    const page = `Express Entry tracker: rounds of August 17 to 19\nDrawWatch Canada | August 19, 2026\nRound | Date | Program | Invitations | CRS\n437 | Aug 19 | French-language proficiency | 5,000 | 382\n436 | Aug 18 | Canadian Experience Class | 1,000 | 523\n435 | Aug 17 | Provincial Nominee Program | 442 | 760\n432 | Aug 5 | Canadian Experience Class | 3,000 | 516\n431 | Aug 4 | Provincial Nominee Program | 507 | 768`;
    expect(facts(page, '2026-08-19')).toEqual([
      ['2026-08-19', 'french', 5000, 382],
      ['2026-08-18', 'cec', 1000, 523],
      ['2026-08-17', 'pnp', 442, 760],
    ]);
  });
  it("a headline span is a week at most, ended by the page's day (guards)", () => {
    const aug19 = { year: 2026, month: 8, day: 19 };
    expect(headlineSpan('Week in review (Aug. 10-14)', aug19)).toEqual({ from: { year: 2026, month: 8, day: 10 }, to: { year: 2026, month: 8, day: 14 } });
    expect(headlineSpan('Rounds of August 3 to 19', aug19)).toBeNull();
    expect(headlineSpan('Rounds of August 20 to 21', aug19)).toBeNull();
    expect(headlineSpan('Rounds of July 1 to 3', aug19)).toBeNull();
  });
  it('a recap of rounds "covered at the time" announces nothing (p8-119)', () => {
    const page = `Weekly roundup: October 13–17, 2025\nPublished Monday, October 20, 2025\nFederal Express Entry rounds last week (covered at the time):\nTue Oct 14 — Provincial Nominee Program — 345 ITAs — minimum CRS 778\nWed Oct 15 — Healthcare and social services — 2,500 ITAs — minimum CRS 472`;
    expect(facts(page, '2025-10-20')).toEqual([]);
  });
});

describe('Two rounds of a comeback week (p7-234, p6-233)', () => {
  it('"After more than five weeks without a round, IRCC held two draws this week" announces both; "its first CEC-only round since September 2021, inviting 3,000" is that round\'s count', () => {
    const page = `Express Entry returns with back-to-back draws\nSaturday, June 1, 2024\nAfter more than five weeks without a round, IRCC held two Express Entry draws this week.\nThursday, May 30 — Provincial Nominee Program\nIRCC invited 2,985 candidates with a provincial nomination. The minimum CRS score was 676.\nFriday, May 31 — Canadian Experience Class\nThe next day, IRCC held its first CEC-only round since September 2021, inviting 3,000 candidates with a minimum score of 522.`;
    expect(facts(page, '2024-06-01')).toEqual([
      ['2024-05-30', 'pnp', 2985, 676],
      ['2024-05-31', 'cec', 3000, 522],
    ]);
  });
  it('a headline that adds "Manitoba and BC invite too" keeps the federal rounds of "After a break of more than a week, IRCC held …"', () => {
    const page = `Express Entry resumes with PNP and CEC draws; Manitoba and BC invite too\nPrairie Desk | May 14, 2025\nAfter a break of more than a week, IRCC held two Express Entry rounds of invitations this week.\nRound #346 (May 12, Provincial Nominee Program): 511 invitations. Minimum CRS: 706.\nRound #347 (May 13, Canadian Experience Class): 500 invitations. Minimum CRS: 547.`;
    expect(facts(page, '2025-05-14')).toEqual([
      ['2025-05-12', 'pnp', 511, 706],
      ['2025-05-13', 'cec', 500, 547],
    ]);
  });
  it("a province's rounds told against a federal one still announce nothing (guard)", () => {
    const page = `Manitoba invites 347 skilled workers\nPrairie Desk | May 9, 2025\nManitoba held EOI Draw #246 on May 8, issuing 347 Letters of Advice to Apply; the lowest score was 706, lower than the cut-off of any federal Express Entry draw this year.`;
    expect(facts(page, '2025-05-09')).toEqual([]);
  });
});

describe('Weekly pages that say what did not happen (p5-121, p8-113, p3-309)', () => {
  it('"This week in Express Entry: two draws, but no CEC" over "IRCC did not hold a CEC draw … it held two other rounds" announces both', () => {
    const page = `This week in Express Entry: two draws, but no CEC\nWeekly Roundup | March 6, 2025\nIRCC did not hold a Canadian Experience Class draw this week. Instead it held two other rounds:\nMonday, March 3 — Provincial Nominee Program (#338)\n- Invitations: 725\n- Minimum CRS: 667\nThursday, March 6 — French-language proficiency (#339)\n- Invitations: 4,500\n- Minimum CRS: 410`;
    expect(facts(page, '2025-03-06')).toEqual([
      ['2025-03-03', 'pnp', 725, 667],
      ['2025-03-06', 'french', 4500, 410],
    ]);
  });
  it('a "weekly summary" of this week\'s draws announces each', () => {
    const page = `Weekly summary — week of December 15, 2025\nPosted by the mod team | Friday, December 19, 2025\nThis week's draws:\n1. Monday: PNP — 399 invitations, CRS 731\n2. Tuesday: CEC — 5,000 invitations, CRS 515\n3. Wednesday: French — 6,000 invitations, CRS 399`;
    expect(facts(page, '2025-12-19').map((f) => f[1])).toEqual(['pnp', 'cec', 'french']);
  });
  it('a "Weekend roundup" is no year\'s round-up: its Friday round is news', () => {
    const page = `Weekend roundup: French speakers close out the week\nOn Friday IRCC issued 6,000 invitations to French-speaking candidates; the cut-off was 408.`;
    expect(facts(page, '2025-11-30')).toEqual([['2025-11-28', 'french', 6000, 408]]);
  });
  it('a week without the rounds it names is still no news (guard)', () => {
    const page = `This week in Express Entry: no draws\nWeekly Roundup | March 13, 2025\nIRCC did not hold any draw this week. The last round, on March 6, invited 4,500 French-speaking candidates at 410.`;
    expect(facts(page, '2025-03-13')).toEqual([]);
  });
});

describe('Round numbers in more forms (p10-122, p10-125, p6-134, u7-212, p3-310, u9-102)', () => {
  const numbers = (sentence: string, firstYear = false) => findDrawNumbers(sentence, firstYear).map((m) => m.value);
  it('"6,300 Canadian Experience Class candidates (#304)": the number in brackets after the candidates', () => {
    expect(numbers('On Wednesday, it invited 6,300 Canadian Experience Class candidates (#304) with a cut-off of 515.')).toEqual(['304']);
  });
  it('a list line that opens with the number, then its day or program: "#332 Wednesday CEC …", "#176 – February 13, 2021"', () => {
    expect(numbers('#332 Wednesday CEC 1,350 invitations, CRS 542')).toEqual(['332']);
    expect(numbers('#176 – February 13, 2021')).toEqual(['176']);
    // Not a small count, nor a hashtag before other words.
    expect(numbers('#1 Canada news site')).toEqual([]);
    expect(numbers('#12 Wednesday tips')).toEqual([]);
  });
  it('"Yesterday\'s round, the 110th under Express Entry, …"', () => {
    expect(numbers("Yesterday's round, the 110th under Express Entry, went to 3,350 candidates.")).toEqual(['110']);
  });
  it('a small ordinal is the round number on a page of 2015 only, and not a count within a month', () => {
    expect(numbers('CIC holds 13th Express Entry draw', true)).toEqual(['13']);
    expect(numbers('CIC holds 13th Express Entry draw')).toEqual([]);
    expect(numbers('It was the 3rd draw in March.', true)).toEqual([]);
    const page = `CIC publishes the 11th round of invitations\nExpress Desk | June 13, 2015\nCIC invited 1,501 candidates on Friday with a minimum CRS of 482.`;
    expect(parseArticle(page, { programs, published: '2015-06-13' }).draws[0]?.drawNumber).toBe('11');
  });
});

describe('Trades rounds before the trades category (u7-228, p8-315, u10-212, p8-225)', () => {
  it('"A new trades-only round was held on October 16, 2019" over "500 Federal Skilled Trades candidates": one FST round, with its day', () => {
    const page = `Federal Skilled Trades: 500 Invitations at CRS 357\nTrades Desk | October 17, 2019\nA new trades-only round was held on October 16, 2019. IRCC invited 500 Federal Skilled Trades candidates, with scores as low as 357.`;
    expect(facts(page, '2019-10-17')).toEqual([['2019-10-16', 'fst', 500, 357]]);
  });
  it('"(the one on May 15 went down to 332)" tells the other round, not the news\'s day (guard: FST and trades now one program)', () => {
    const page = `New Express Entry draw\nOctober 16, 2019\nDraw #128 – Federal Skilled Trades only: 500 invitations, minimum CRS 357, held today.\nIt's only the second trades round this year (the one on May 15 went down to 332), so the cut-off is up 25 points.`;
    expect(facts(page, '2019-10-16')).toEqual([['2019-10-16', 'fst', 500, 357]]);
  });
  it('under several rounds told without a day of their own, a round ten days before the page is not one of them', () => {
    const page = `Two rounds on the same day\nMay 27, 2017\nIRCC held two rounds of invitations.\nRound #63 – Provincial Nominee Program: 143 invitations, minimum 775.\nRound #64 – Federal Skilled Trades: 400 invitations, minimum 199.\nThe all-program round of May 17 invited 3,687 candidates with a minimum of 415.`;
    expect(facts(page, '2017-05-27').map((f) => f[1])).toEqual(['pnp', 'fst']);
  });
});

describe('Counts as digests and other languages write them (p10-135, p5-304, p7-310, u5-138)', () => {
  it('"On Tuesday, 2,000 CEC candidates (minimum 516)." gives the count without a verb', () => {
    const page = `Express Entry weekly\nJuly 27, 2026\nLast week in Express Entry\nOn Tuesday, 2,000 CEC candidates (minimum 516).\nOn Wednesday, 5,000 French-speaking candidates (minimum 399).`;
    expect(facts(page, '2026-07-27')).toEqual([
      ['2026-07-21', 'cec', 2000, 516],
      ['2026-07-22', 'french', 5000, 399],
    ]);
  });
  it('dot thousands right before the count\'s noun: "1.000 CEC invitations", "6.500 francophones invités"', () => {
    const page = `Express Entry: 1.000 CEC invitations, minimum 533 points\nNov 12, 2025\nIRCC held a CEC round today.`;
    expect(facts(page, '2025-11-12')).toEqual([['2025-11-12', 'cec', 1000, 533]]);
  });
  it('"inviting 250 executives", "invitations went to 3,350 candidates"', () => {
    const managers = `Managers round\nJuly 10, 2026\nCanada held its first Express Entry round for senior managers on Thursday, inviting 250 executives who have worked in Canada, with a minimum CRS of 429.`;
    expect(facts(managers, '2026-07-10')).toEqual([['2026-07-09', 'managers', 250, 429]]);
    const went = `CEC round\nMay 14, 2025\nOn Tuesday, the invitations went to 3,350 CEC candidates with a minimum score of 547.`;
    expect(facts(went, '2025-05-14')).toEqual([['2025-05-13', 'cec', 3350, 547]]);
  });
});

describe('Cut-offs as digests write them (p10-131, p10-136, u3-106, u9-108)', () => {
  it('"500 healthcare candidates were invited at 510"', () => {
    const page = `Healthcare round\nMay 3, 2025\nOn Friday, 500 healthcare candidates were invited at 510.`;
    expect(facts(page, '2025-05-03')).toEqual([['2025-05-02', 'healthcare', 500, 510]]);
  });
  it('"invited 400 candidates with scores as low as 199"', () => {
    const page = `Skilled trades round\nMay 27, 2017\nOn Friday, the round, limited to the Federal Skilled Trades Program, invited 400 candidates with scores as low as 199.`;
    expect(facts(page, '2017-05-27')).toEqual([['2017-05-26', 'fst', 400, 199]]);
  });
  it('"at 2:00 p.m." is a time, not a cut-off (guard)', () => {
    const page = `CEC round today\nMay 13, 2025\nToday 500 CEC candidates were invited at 2:00 p.m. with a minimum score of 547.`;
    expect(facts(page, '2025-05-13')).toEqual([['2025-05-13', 'cec', 500, 547]]);
  });
});

describe('One round told twice as news is one announcement (p9-211)', () => {
  it('an "at a glance" card over the story gives one CEC round with every figure', () => {
    const page = `CEC cut-off dips to 514 in Tuesday's draw\nBy Daniel Osei | April 28, 2026\nThis week at a glance\nDraws held: 2 (PNP on Monday, CEC today)\nInvitations issued: 2,473\nLatest program: Canadian Experience Class\nLatest cut-off: 514\nIRCC held a Canadian Experience Class draw on Tuesday, inviting 2,000 candidates with a minimum score of 514. The tie-breaking rule was September 24, 2025 at 14:18:43 UTC.`;
    const announced = parseArticle(page, { programs, published: '2026-04-28' }).draws.filter((d) => d.primary);
    expect(announced.map((d) => [d.date, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10)])).toEqual([['2026-04-28', 'cec', 2000, 514, '2025-09-24']]);
  });
  it('two rounds of one day stay two when their figures differ, or their programs do (guards)', () => {
    const draw = { date: '2017-05-26', drawNumber: null, program: 'pnp', invitations: 143, minCrs: 775, tieBreak: null, primary: true };
    expect(oneAnnouncementPerRound([draw, { ...draw, program: 'fst', invitations: 400, minCrs: 199 }])).toHaveLength(2);
    expect(oneAnnouncementPerRound([draw, { ...draw, minCrs: 776 }])).toHaveLength(2);
    expect(oneAnnouncementPerRound([draw, { ...draw, primary: false }])).toHaveLength(2);
    expect(oneAnnouncementPerRound([draw, { ...draw, invitations: null, drawNumber: '63' }])).toEqual([{ ...draw, drawNumber: '63' }]);
  });
});

describe('A table with no day column is read as labelled lines (u1-306, p4-204, p5-324)', () => {
  it('"Round | Program | Invitations | Minimum CRS" under "two rounds on Wednesday, November 1" gives both rounds that day', () => {
    const page = `Two Express Entry draws on November 1\nNews Desk | November 2, 2017\nIRCC held two program-specific rounds of invitations on Wednesday, November 1, 2017.\nRound | Program | Invitations | Minimum CRS\n#75 | Provincial Nominee Program | 290 | 673\n#76 | Federal Skilled Trades | 505 | 241`;
    expect(
      parseArticle(page, { programs, published: '2017-11-02' })
        .draws.filter((d) => d.primary)
        .map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]),
    ).toEqual([
      ['2017-11-01', '75', 'pnp', 290, 673],
      ['2017-11-01', '76', 'fst', 505, 241],
    ]);
  });
  it('a year\'s table of totals ("Program | Rounds | ITAs") announces nothing (guard)', () => {
    const page = `Express Entry 2024 in numbers\nJanuary 5, 2025\nIRCC held 52 Express Entry rounds in 2024.\nProgram | Rounds | ITAs | Lowest CRS\nCEC | 10 | 26,500 | 507\nFrench | 11 | 23,000 | 365`;
    expect(facts(page, '2025-01-05')).toEqual([]);
  });
});

describe('A table turned on its side: one round per column (p4-215, p8-102, p2-1113)', () => {
  it('"Date | Aug 18 | Aug 19 / Program | CEC | French / ITAs … / Min. CRS …" gives both rounds', () => {
    const page = `Express Entry: CEC and French rounds back to back\nAugust 19, 2026 · Daily\nDate | Aug 18 | Aug 19\nProgram | CEC | French\nITAs | 1,000 | 5,000\nMin. CRS | 523 | 382`;
    expect(facts(page, '2026-08-19')).toEqual([
      ['2026-08-18', 'cec', 1000, 523],
      ['2026-08-19', 'french', 5000, 382],
    ]);
  });
  it("a column titled as the earlier round is the comparison, not news — also when the titles' first cell is dropped", () => {
    const card = `CEC round added\nAugust 18, 2026\nNew today: IRCC held a Canadian Experience Class round.\nField | Today (Aug 18) | Previous (Aug 5)\nRound number | #436 | #432\nInvitations | 1,000 | 3,000\nMinimum CRS | 523 | 516`;
    expect(
      parseArticle(card, { programs, published: '2026-08-18' })
        .draws.filter((d) => d.primary)
        .map((d) => [d.drawNumber, d.invitations, d.minCrs]),
    ).toEqual([['436', 1000, 523]]);
    const tabs = `Express Entry: IRCC holds PNP draw\n\tPrevious draw\tThis draw\nDate\tJuly 18, 2024\tJuly 30, 2024\nProgram\tFrench\tPNP\nITAs\t1,800\t964\nCRS\t400\t760`;
    expect(facts(tabs, '2024-07-30')).toEqual([['2024-07-30', 'pnp', 964, 760]]);
  });
  it('an ordinary table (a header, then one round per row) is not read sideways (guard)', () => {
    const page = `Express Entry tracker\nAugust 19, 2026\nRound | Date | Program | Invitations | CRS\n437 | Aug 19 | French | 5,000 | 382\n436 | Aug 18 | CEC | 1,000 | 523\n435 | Aug 17 | PNP | 442 | 760`;
    const all = parseArticle(page, { programs, published: '2026-08-19' }).draws.map((d) => [d.date, d.drawNumber, d.program]);
    expect(all).toEqual([
      ['2026-08-19', '437', 'french'],
      ['2026-08-18', '436', 'cec'],
      ['2026-08-17', '435', 'pnp'],
    ]);
  });
});

describe('A headline\'s "…, Day After All-Program Round" is the other round (p10-223)', () => {
  it('"IRCC Invites 1,500 French Speakers at 388, Day After All-Program Round": a French round, not a general one', () => {
    const page = `IRCC Invites 1,500 French Speakers at 388, Day After All-Program Round\nBy Sophie Gagnon | March 26, 2024\nA French-language proficiency draw held on Tuesday, March 26, invited 1,500 candidates. The cut-off was 388.\nYesterday's all-program draw invited 1,980 candidates with a minimum score of 524.`;
    expect(facts(page, '2024-03-26')).toEqual([['2024-03-26', 'french', 1500, 388]]);
  });
});

describe('A table whose day column names weekdays (p10-132)', () => {
  it('"#366 | Monday | PNP | 228 | 746" under "Last week\'s draws" on a Monday page is last Monday\'s round', () => {
    const page = `Week in review: three rounds\nMonday newsletter | September 22, 2025\nLast week's draws at a glance:\nRound | Day | Program | Invited | Min. CRS\n#366 | Monday | PNP | 228 | 746\n#367 | Wednesday | Education | 2,500 | 462`;
    expect(facts(page, '2025-09-22')).toEqual([
      ['2025-09-15', 'pnp', 228, 746],
      ['2025-09-17', 'education', 2500, 462],
    ]);
  });
});

describe('The learned fallback takes no head count of the pool', () => {
  it('"There are 2,000 CEC candidates (in the pool) above 500" is no invitations of the round told before it', () => {
    const page = `CEC round on Tuesday\nJuly 22, 2026\nOn Tuesday, IRCC held a CEC round with a minimum of 516. There are 2,000 CEC candidates (in the pool) above 500.`;
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', 'cec', null, 516]]);
  });
});
