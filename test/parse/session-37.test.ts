import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';

/**
 * Session 37 of the reader (issue 14): each case is the shape of a made-up page (test/parse/made-up/) the reader got wrong
 * (docs/parser.md "Session 37").
 */

const programs = loadPrograms();
const parse = (text: string, published: string) => parseArticle(text, { programs, published }).draws;
const announced = (text: string, published: string) => parse(text, published).filter((d) => d.primary);
const facts = (text: string, published: string) => announced(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

describe('"Round 273 followed on December 7": a round held next, not the earlier round of a "follows" clause; a headline count the rounds add up to is their total (u7-126)', () => {
  const page = `Canada wraps up busy week with 11,650 Express Entry invitations\nThe Capital Observer | Islamabad | December 9, 2023\nISLAMABAD: Canada issued 11,650 invitations to apply for permanent residence in three Express Entry rounds held on consecutive days this week, with a STEM draw the largest of the three.\nRound 272, held on December 6, was open to all programmes. It invited 4,750 candidates, but the minimum Comprehensive Ranking System score rose to 561.\nRound 273 followed on December 7 and targeted French-speaking candidates, with 1,000 invitations and a cut-off of 470.\nRound 274 on December 8 invited 5,900 candidates in STEM occupations. Its minimum score was 481.`;
  it('announces the three rounds with their own figures', () => {
    expect(facts(page, '2023-12-09')).toEqual([
      ['2023-12-06', '272', 'general', 4750, 561],
      ['2023-12-07', '273', 'french', 1000, 470],
      ['2023-12-08', '274', 'stem', 5900, 481],
    ]);
  });
  it('"It followed a PNP draw on December 5 that invited 1,500" is still the earlier round', () => {
    const one = `Canada invites 4,750 in all-program draw\nThe Capital Observer | December 6, 2023\nRound 272, held on December 6, invited 4,750 candidates with a minimum score of 561. It followed a PNP draw on December 5 that invited 1,500 candidates with scores of at least 720.`;
    expect(facts(one, '2023-12-06')).toEqual([['2023-12-06', '272', 'general', 4750, 561]]);
  });
});

describe('"3 draws in 3 days; 11,650 ITAs issued" over three rounds, then "The general draw cut-off of 561 is the highest since …": no fourth round (u1-127)', () => {
  const page = `Express Entry: 3 draws in 3 days; 11,650 ITAs issued\nBy Neha Sharma | Canada Bharat Times | December 9, 2023\nIRCC issued 11,650 Invitations to Apply (ITAs) in three consecutive Express Entry draws this week.\nDraw #272 — General (December 6)\nITAs: 4,750 | Minimum CRS: 561\nDraw #273 — French language proficiency (December 7)\nITAs: 1,000 | Minimum CRS: 470\nDraw #274 — STEM occupations (December 8)\nITAs: 5,900 | Minimum CRS: 481\nThe general draw cut-off of 561 is the highest since the resumption of all-program draws in July 2022. Experts attributed the score to a gap of nearly two months since the last general draw on October 10, which invited 3,725 candidates at 500.`;
  it('announces the three rounds only', () => {
    expect(facts(page, '2023-12-09')).toEqual([
      ['2023-12-06', '272', 'general', 4750, 561],
      ['2023-12-07', '273', 'french', 1000, 470],
      ['2023-12-08', '274', 'stem', 5900, 481],
    ]);
  });
});

describe('A wire dateline left with its dash ("OTTAWA, Jan. 14 -") is the page\'s day; "down from 461 in the previous draw, held on Jan. 6" is that draw\'s day (u10-134)', () => {
  const page = `Express Entry invites 1,518 as minimum drops to 453\nOTTAWA, Jan. 14 -\nImmigration, Refugees and Citizenship Canada invited 1,518 candidates to apply for permanent residence in an Express Entry draw on Wednesday.\nThe minimum Comprehensive Ranking System score was 453, down from 461 in the previous draw, held on Jan. 6, which invited 1,463 candidates.`;
  it('dates the round Wednesday, January 13', () => {
    expect(facts(page, '2016-01-14')).toEqual([['2016-01-13', null, 'general', 1518, 453]]);
  });
  it('"…453, down from 461 in the previous draw, held on Jan. 6": the news round keeps its own day without the dateline', () => {
    const plain = page.replace('OTTAWA, Jan. 14 -\n', '').replace(' on Wednesday', ' on Jan. 13');
    expect(facts(plain, '2016-01-14')).toEqual([['2016-01-13', null, 'general', 1518, 453]]);
  });
});

describe('A byline "NRI Desk | Sep 19, 2015, 08.30 PM IST" is the page\'s day, and "on Friday" the round\'s (u10-119)', () => {
  const page = `Express Entry draw 17: CRS cut-off dips to 450, lowest so far\nNRI Desk | Sep 19, 2015, 08.30 PM IST\nTORONTO: Indian professionals waiting in Canada's Express Entry pool received some good news on Friday, as Citizenship and Immigration Canada (CIC) lowered the minimum Comprehensive Ranking System (CRS) score to 450 in its 17th draw.\nA total of 1,545 candidates were invited to apply for permanent residence in Express Entry draw 17, held on September 18.\nIn the previous draw on September 8, CIC had issued 1,517 invitations with a minimum score of 459.`;
  it('announces round 17 of September 18 with its count and cut-off', () => {
    expect(facts(page, '2015-09-19')).toEqual([['2015-09-18', '17', 'general', 1545, 450]]);
  });
});
