import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';

/**
 * Session 60 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 60"). Each page is written
 * here, not copied from the set.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('timelines, tickers and newsletters (u62)', () => {
  it('a chronology\'s entries ("Feb. 13, 2021 — Record draw: …") are dated by their own day, and none is news weeks later', () => {
    const page = [
      'Timeline: a year of CEC-only draws',
      'The Valley Post | Jan. 4, 2022',
      'Jan. 7, 2021 — First CEC-only draw of the year: 4,750 invitations at 461.',
      'Feb. 13, 2021 — Record draw: 27,332 CEC candidates invited at CRS 75.',
      'March 18, 2021 — Another CEC round: 5,000 invitations at 449.',
      'Sept. 14, 2021 — Last CEC draw of the year: 2,000 invitations at 462.',
      'IRCC has not said when the next CEC round will come.',
    ].join('\n');
    expect(facts(page, '2022-01-04')).toEqual([]);
    const read = parseArticle(page, { programs: loadPrograms(), published: '2022-01-04' }).draws;
    expect(read.find((d) => d.invitations === 27332)?.date).toBe('2021-02-13');
  });
  it('"Yesterday 2 draws 🔥 PNP 290 ITAs + FST 505 ITAs": each program with its own count', () => {
    const page = ['@ee.daily', 'Yesterday 2 draws 🔥 PNP 290 ITAs + FST 505 ITAs. Trades people, check your accounts!'].join('\n');
    expect(facts(page, '2017-11-02')).toEqual([
      ['2017-11-01', null, 'pnp', 290, null, null],
      ['2017-11-01', null, 'fst', 505, null, null],
    ]);
  });
  it('"IRCC held round 233 and invited 4,250 candidates" names the round', () => {
    const page = [
      'Community Corner — weekly bulletin',
      'Friday, October 14, 2022',
      'Good news for several of our families: on Wednesday, October 12, IRCC held round 233 and invited 4,250 candidates, with a cut-off score of 500.',
    ].join('\n');
    expect(facts(page, '2022-10-14')).toEqual([['2022-10-12', '233', 'general', 4250, 500, null]]);
  });
  it('"Rnd 124" on a ticker is the round\'s number', () => {
    const page = 'EE TICKER ▸ GEN 3600 @457 ▸ 2019-08-20 ▸ No program specified ▸ Rnd 124 ▸ ... GEN 3600 @466 (prev) ...';
    expect(facts(page, '2019-08-20')).toEqual([['2019-08-20', '124', 'general', 3600, 457, null]]);
  });
  it('"2 rounds in last 48h" over a terminal\'s table with a "TICKER" column: the rows of those two days are the news', () => {
    const page = [
      'EE TERMINAL | LIVE | Updated 2024-11-19 16:05 ET',
      'TICKER        DATE        RND   ITA     CRS',
      'EE.CEC        2024-11-19  326   400     539',
      'EE.PNP        2024-11-18  325   174     816',
      'EE.FR         2024-11-15  324   800     478',
      'Status: 2 rounds in last 48h.',
    ].join('\n');
    expect(facts(page, '2024-11-19')).toEqual([
      ['2024-11-19', '326', 'cec', 400, 539, null],
      ['2024-11-18', '325', 'pnp', 174, 816, null],
    ]);
  });
  it('"after a busy week of draws" under "Express Entry this week": each round of the week is news', () => {
    const page = [
      '[Newsletter] Express Entry this week — Nov 20, 2024',
      'Hello all,',
      'A quick recap from our office after a busy week of draws:',
      '- Nov 18 (Mon): PNP round — 174 ITAs, cut-off 816',
      '- Nov 19 (Tue): CEC round — 400 ITAs, cut-off 539',
      '- Nov 20 (Wed): Healthcare round — 3,000 ITAs, cut-off 463',
      'Reply to this email with your questions.',
    ].join('\n');
    expect(facts(page, '2024-11-20')).toEqual([
      ['2024-11-18', null, 'pnp', 174, 816, null],
      ['2024-11-19', null, 'cec', 400, 539, null],
      ['2024-11-20', null, 'healthcare', 3000, 463, null],
    ]);
  });
});

describe('days and cut-offs told in passing (u62)', () => {
  it('a spoken question answered by a figure alone ("and the cutoff? Five twenty-two.") gives the cut-off', () => {
    const page = [
      '[Transcript – YouTube Shorts]',
      'Okay folks, new draw today. Canadian Experience Class, three thousand invitations, and the cutoff? Five twenty-two. Five. Twenty. Two. Check your accounts!',
    ].join('\n');
    expect(facts(page, '2024-05-31')).toEqual([['2024-05-31', null, 'cec', 3000, 522, null]]);
  });
  it('"Canada has just held its 97th Express Entry draw" is a round of the page\'s day', () => {
    const page = ['Express Entry draw #97: 3,750 ITAs', 'August 22, 2018', 'Canada has just held its 97th Express Entry draw. 3,750 candidates were invited with a minimum CRS score of 440.'].join(
      '\n',
    );
    expect(facts(page, '2018-08-22')).toEqual([['2018-08-22', '97', 'general', 3750, 440, null]]);
  });
  it('a date line alone under "Round 106: 3,900 ITAs, CRS 445" is the page\'s day when the body tells the same round of "yesterday"', () => {
    const page = ['Round 106: 3,900 ITAs, CRS 445', '13-12-2018', 'IRCC yesterday conducted the 106th Express Entry draw, inviting 3,900 candidates with a minimum score of 445.'].join('\n');
    expect(facts(page, '2018-12-13')).toEqual([['2018-12-12', '106', 'general', 3900, 445, null]]);
  });
  it('"the cut-off jumped to 538 points, up sharply from 490 at the previous draw on August 10": 538 is this round\'s', () => {
    const page = [
      'Client update',
      'Sent: Thursday, 25 August 2016',
      'Yesterday IRCC conducted Express Entry draw No. 41, inviting 750 candidates. The cut-off jumped to 538 points, up sharply from 490 at the previous draw on August 10.',
    ].join('\n');
    expect(facts(page, '2016-08-25')).toEqual([['2016-08-24', '41', 'general', 750, 538, null]]);
  });
});
