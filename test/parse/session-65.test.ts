import { describe, expect, it } from 'vitest';
import { announcedDraws, readDraws } from '../helpers/announced.ts';

/**
 * Session 65 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 65"). Each page is written
 * here, not copied from the set; the figures are IRCC's.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe("podcasts' shorthand (u72)", () => {
  it('"healthcare, 3,600 at 431." at the end of a sentence: the count and the cut-off', () => {
    const page = [
      'Draw Talk — Episode 61 (October 27, 2023)',
      '[00:00:05] HOST: Two rounds this week, let us go through them.',
      '[00:00:12] GUEST: Wednesday, French-language: just 300 invitations, minimum 486.',
      '[00:00:25] HOST: Then Thursday, healthcare, 3,600 at 431.',
    ].join('\n');
    expect(facts(page, '2023-10-27')).toEqual([
      ['2023-10-25', null, 'french', 300, 486, null],
      ['2023-10-26', null, 'healthcare', 3600, 431, null],
    ]);
  });

  it('"French: 1,000 invitations, 470 points." and "PNP, 225 invitations, 739.": the score ending the clause is the cut-off', () => {
    const page = [
      'Draw Talk — Episode 62 (December 7, 2023)',
      '[00:00:05] HOST: Two rounds, back to back.',
      '[00:00:12] GUEST: Round 272 yesterday, all programs, 4,750 at CRS 561.',
      '[00:00:25] HOST: And Round 273 today, French: 1,000 invitations, 470 points.',
    ].join('\n');
    expect(facts(page, '2023-12-07')).toEqual([
      ['2023-12-06', '272', 'general', 4750, 561, null],
      ['2023-12-07', '273', 'french', 1000, 470, null],
    ]);
    const pnp = ['Draw Talk — Episode 80 (August 8, 2025)', '[00:00:05] HOST: Wednesday, PNP, 225 invitations, 739.', '[00:00:20] GUEST: Thursday, CEC: 1,000 at 534.'].join('\n');
    expect(facts(pnp, '2025-08-08')).toEqual([
      ['2025-08-06', null, 'pnp', 225, 739, null],
      ['2025-08-07', null, 'cec', 1000, 534, null],
    ]);
  });

  it('"Friday, French, 2,500, cutoff 481": a count with no noun right before the labelled cut-off', () => {
    const page = ['Draw Talk — Episode 80 (August 8, 2025)', '[00:00:05] HOST: Thursday, CEC: 1,000 at 534.', '[00:00:20] GUEST: And today, French, 2,500, cutoff 481.'].join('\n');
    expect(facts(page, '2025-08-08')).toEqual([
      ['2025-08-07', null, 'cec', 1000, 534, null],
      ['2025-08-08', null, 'french', 2500, 481, null],
    ]);
  });

  it("only after the round's program: a French page's rows of the week before, under a series of rounds, stay rows (guard)", () => {
    const page = [
      'Entrée express : 3 200 francophones invités',
      'Par la rédaction | 8 juillet 2024',
      "Ottawa a conclu lundi une série de quatre rondes d'invitations en une semaine.",
      'Ronde no 302 (8 juillet 2024)',
      'Invitations : 3 200',
      'Score minimal : 420',
      'La semaine précédente',
      '4 juillet : métiers, 1 800 invitations, 436 points',
      '5 juillet : professions de la santé, 3 750 invitations, 445 points',
    ].join('\n');
    expect(facts(page, '2024-07-08')).toEqual([['2024-07-08', '302', 'french', 3200, 420, null]]);
  });
});

describe("a tie-break's month (u72)", () => {
  it('"Tie-break November 8, 2023 …" then "Round 273 on the 7th": the 7th of the page\'s month, not of the tie-break\'s', () => {
    const page = [
      'The CRS Chat — Episode 90 transcript',
      'December 7, 2023',
      'HOST 1 (00:00:10): Two rounds this week.',
      'HOST 2 (00:00:15): Round 272 on the 6th, all programs: 4,750 at 561. Tie-break November 8, 2023 06:00:13 UTC.',
      'HOST 1 (00:00:30): And Round 273 on the 7th, French: 1,000 invitations, CRS 470.',
    ].join('\n');
    expect(facts(page, '2023-12-07')).toEqual([
      ['2023-12-06', '272', 'general', 4750, 561, '2023-11-08'],
      ['2023-12-07', '273', 'french', 1000, 470, null],
    ]);
  });
});

describe('digests and newspapers (u72)', () => {
  it('"500 were invited, and the minimum score was 357": a count opening its sentence', () => {
    const page = [
      'Subject: Trades draw + settlement news | Morning Immigration Digest',
      'Thursday, October 17, 2019',
      'TOP STORY: Federal Skilled Trades draw',
      "Yesterday's round of invitations was limited to Federal Skilled Trades candidates. 500 were invited, and the minimum score was 357.",
      'Unsubscribe: click here to stop receiving the Morning Immigration Digest.',
    ].join('\n');
    expect(facts(page, '2019-10-17')).toEqual([['2019-10-16', null, 'fst', 500, 357, null]]);
  });

  it('"… were invited with scores as low as 332": the cut-off of the round told', () => {
    const page = [
      'THE DAILY LEDGER',
      'Trades round held',
      'Thursday, May 16, 2019',
      'Immigration, Refugees and Citizenship Canada held a round for the Federal Skilled Trades Program on Wednesday: 500 trades workers were invited with scores as low as 332.',
    ].join('\n');
    expect(facts(page, '2019-05-16')).toEqual([['2019-05-15', null, 'fst', 500, 332, null]]);
  });
});

describe('two rounds in one sentence (u72)', () => {
  it('"a PNP draw on Wednesday, August 19 (…) and a Canadian Experience Class draw on Thursday, August 20 (…)": a long name and its day before the figures', () => {
    const page = [
      'Global Student Centre — Newsletter',
      'Friday, January 22, 2021',
      'Express Entry: two draws this week',
      'IRCC held a PNP draw on Wednesday, January 20 (374 invitations, minimum 741) and a Canadian Experience Class draw on Thursday, January 21 (4,626 invitations, minimum 454).',
    ].join('\n');
    expect(facts(page, '2021-01-22')).toEqual([
      ['2021-01-20', null, 'pnp', 374, 741, null],
      ['2021-01-21', null, 'cec', 4626, 454, null],
    ]);
  });
});

describe("a tie-break for 'that round' (u72)", () => {
  it('"Yesterday, IRCC invited … (#272) … Tie-break for that round: …": the round recalled, not the news', () => {
    const page = [
      'BREAKING | Express Entry',
      'IRCC holds French-language draw a day after all-program round',
      'Published 07-12-2023, 3:40 p.m. ET',
      'Immigration, Refugees and Citizenship Canada (IRCC) today invited 1,000 candidates with strong French-language skills. The minimum CRS score was 470 (round #273).',
      'Yesterday, IRCC invited 4,750 candidates in an all-program draw (#272) with a minimum score of 561. Tie-break for that round: November 8, 2023 at 06:00:13 UTC.',
    ].join('\n');
    const draws = readDraws(page, '2023-12-07');
    expect(draws.find((d) => d.drawNumber === '273')).toMatchObject({ primary: true, invitations: 1000, minCrs: 470, tieBreak: null });
    expect(draws.find((d) => d.drawNumber === '272')?.tieBreak?.slice(0, 10)).toBe('2023-11-08');
  });
});

describe('machine-translated English (u72)', () => {
  it('"two invitations rounds at once" counts rounds, not invitations; "the score of cut of 673 points" is the cut-off', () => {
    const page = [
      'Express Entry: two rounds in the same day for provincial nominees and skilled trades',
      '02/11/2017',
      'Yesterday, the 1 of November of 2017, the government of Canada has made two invitations rounds at once.',
      'The first round was for the candidates of the Provincial Nominee Program: 290 invitations, with the score of cut of 673 points.',
      'The second was only for the candidates of the Program of Federal Skilled Trades: 505 invitations, the score of cut being 241 points.',
    ].join('\n');
    expect(facts(page, '2017-11-02')).toEqual([
      ['2017-11-01', null, 'pnp', 290, 673, null],
      ['2017-11-01', null, 'fst', 505, 241, null],
    ]);
  });

  it('nor does "February 2, 2015 | Updated 9:14 AM" under a headline: the round is January 31\'s', () => {
    const page = [
      'First Express Entry round invites 779 skilled workers',
      'February 2, 2015 | Updated 9:14 AM',
      'Citizenship and Immigration Canada held a round of invitations on Saturday, January 31, issuing 779 invitations to apply for permanent residence.',
      'Every candidate invited had a Comprehensive Ranking System score of at least 886 points.',
    ].join('\n');
    expect(facts(page, '2015-02-02')).toEqual([['2015-01-31', null, 'general', 779, 886, null]]);
  });

  it('a dateline "Friday, 21 March 2025 — updated the 22.03.2025" names no round\'s day', () => {
    const page = [
      'Big draw of French of Express Entry: 7 500 invitations',
      'Friday, 21 March 2025 — updated the 22.03.2025',
      'The Canada has sent on 21 of March 7 500 invitations to the candidates which speak the language French. The score CRS minimum was of 379 points.',
    ].join('\n');
    expect(facts(page, '2025-03-22')).toEqual([['2025-03-21', null, 'french', 7500, 379, null]]);
  });
});
