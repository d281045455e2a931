import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle, type ParseOptions } from '../../src/parse/parse-article.ts';
import type { FigureModel } from '../../src/parse/roles/figure-model.ts';

/**
 * The learned fallback (docs/parser.md "Learned fallback"): it fills a new draw's cut-off or
 * invitations only where the rules left null, only when one figure clearly wins, and only for an
 * article that announces one draw.
 */

const programs = loadPrograms();
const primaries = (text: string, figureModel?: FigureModel | null, published = '2021-03-04') => {
  const opts: ParseOptions = { programs, published, ...(figureModel !== undefined ? { figureModel } : {}) };
  return parseArticle(text, opts).draws.filter((d) => d.primary);
};

/** A hand-made model: a count followed by "Canadian" is the invitations; nothing is a cut-off. */
const canadianModel = (weight: number): FigureModel => ({ weights: { minCrs: {}, invitations: { bias: -2, 'R1:canadian': weight } }, accept: 0.75, margin: 2.5 });

const HOPEFULS = [
  'Express Entry round on March 3',
  'Canada held an Express Entry round on March 3, 2021 for candidates of the Canadian Experience Class. A total of 4,200 Canadian immigration hopefuls were issued invitations to apply in the latest draw. Profiles needed 461 points or better.',
].join('\n');

describe('the bundled figure-role model', () => {
  it('reads the invitations of a wording no rule knows ("4,200 … hopefuls were issued invitations")', () => {
    expect(primaries(HOPEFULS, null)).toMatchObject([{ date: '2021-03-03', program: 'cec', invitations: null, minCrs: 461 }]);
    expect(primaries(HOPEFULS)).toMatchObject([{ date: '2021-03-03', program: 'cec', invitations: 4200, minCrs: 461 }]);
  });
});

describe('a cut-off the model fills', () => {
  const WOULD = [
    'Canada invites 1,000 Express Entry candidates',
    'On September 7, 2016, Canada invited 1,000 Express Entry candidates to apply for permanent residence. 491 would be the lowest Comprehensive Ranking System score for this invitation round, one point more than the previous draw.',
  ].join('\n');
  const wouldModel: FigureModel = { weights: { minCrs: { bias: -2, 'R1:would': 5 }, invitations: {} }, accept: 0.75, margin: 2.5 };

  // 1,000 invitations alone do not tell an all-program round from a nominee round (parsed-draw.ts): the cut-off does.
  it('decides an unnamed program as a cut-off the rules read would (an all-program round before the categories)', () => {
    expect(primaries(WOULD, null, '2016-09-08')).toMatchObject([{ date: '2016-09-07', program: null, minCrs: null }]);
    expect(primaries(WOULD, wouldModel, '2016-09-08')).toMatchObject([{ date: '2016-09-07', program: 'general', minCrs: 491, invitations: 1000 }]);
  });
});

describe('when the model may fill a field', () => {
  it('takes the one figure it is sure of', () => {
    expect(primaries(HOPEFULS, canadianModel(5))).toMatchObject([{ invitations: 4200, minCrs: 461 }]);
  });

  it('never takes a measure ("90 calendar days", "90 per cent") for a cut-off', () => {
    const sure: FigureModel = { weights: { minCrs: { bias: 9 }, invitations: { bias: 9 } }, accept: 0.75, margin: 0 };
    const text = 'On February 13, 2021, IRCC invited 27,332 candidates of the Canadian Experience Class to apply for permanent residence. Those invited have 90 calendar days to apply.';
    expect(primaries(text, sure, '2021-02-14')).toMatchObject([{ date: '2021-02-13', program: 'cec', invitations: 27332, minCrs: null }]);
    expect(primaries(text.replace('90 calendar days', '90 per cent of the time'), sure, '2021-02-14')).toMatchObject([{ minCrs: null }]);
    expect(primaries(text.replace('90 calendar days', '90 points'), sure, '2021-02-14')).toMatchObject([{ minCrs: 90 }]);
  });

  it('never takes a figure of advice to the reader or of a draw to come, while a modal cut-off of the round itself stays a candidate', () => {
    const sure: FigureModel = { weights: { minCrs: { bias: 9 }, invitations: { bias: 9 } }, accept: 0.75, margin: 0 };
    const advice = 'IRCC held a draw on June 8, 2023, inviting 4,800 candidates. To be safe in the next draw, you should have at least 490 points.';
    expect(primaries(advice, sure, '2023-06-09')).toMatchObject([{ invitations: 4800, minCrs: null }]);
    expect(primaries('IRCC held a draw on June 8, 2023, inviting 4,800 candidates. Upcoming rounds may need 495 points.', sure, '2023-06-09')).toMatchObject([{ minCrs: null }]);
    const modal = 'IRCC held a draw on June 8, 2023, inviting 4,800 candidates. 472 would be the least Comprehensive Ranking System score for this invitation round.';
    expect(primaries(modal, sure, '2023-06-09')).toMatchObject([{ invitations: 4800, minCrs: 472 }]);
  });

  it('never takes a nomination\u2019s 600 points for a cut-off, nor the tail of "approximately 2, 750" for a count', () => {
    const sure: FigureModel = { weights: { minCrs: { bias: 9 }, invitations: { bias: 9 } }, accept: 0.75, margin: 0 };
    const nominee = 'On February 27, 2015, IRCC invited 1,187 candidates with a provincial nomination. Candidates may earn 600 points if nominated under a Provincial Nominee Program.';
    expect(primaries(nominee, sure, '2015-02-28')).toMatchObject([{ invitations: 1187, minCrs: null }]);
    const beforeInvitations: FigureModel = { weights: { minCrs: {}, invitations: { bias: -5, 'R1:invitations': 12 } }, accept: 0.75, margin: 2.5 };
    const cut = 'One of the first draws, on January 24, had approximately 2, 750 invitations for Express Entry candidates. The CRS score was cut off at 444.';
    expect(primaries(cut, beforeInvitations, '2018-01-25')).toMatchObject([{ date: '2018-01-24', invitations: null, minCrs: 444 }]);
  });

  it('never takes a headline\u2019s sum of two rounds for the new round\u2019s count, even stated again in the story', () => {
    const bigCount: FigureModel = { weights: { minCrs: {}, invitations: { bias: -5, 'vb:g>=10k': 12 } }, accept: 0.75, margin: 2.5 };
    const text = [
      'Express Entry: Canada Issues Record 14,000 ITAs For Permanent Residency, Lowers Cut-Off CRS Score',
      '',
      'The recent draw was an all-program draw with a lower cut-off CRS score.',
      '',
      'On March 23, 2023, IRCC held another Express Entry draw, inviting a record-breaking 7,000 candidates to apply for permanent residency.',
      '',
      'This was the second draw in less than two weeks, as IRCC conducted a similar draw on March 15, inviting another 7,000 candidates.',
      '',
      'The combined number of invitations issued in these two draws, which is 14,000, is the largest ever.',
      '',
      'The minimum CRS score required for this draw was 484.',
    ].join('\n');
    // The round's own 7,000 (IRCC's #244: 7,000 at 484), never the sum: the total's draft keeps only the cut-off, which joins the
    // round's telling (session 50).
    expect(primaries(text, null, '2023-03-23').map((d) => [d.program, d.invitations, d.minCrs])).toEqual([['general', 7000, 484]]);
    expect(primaries(text, bigCount, '2023-03-23').map((d) => [d.program, d.invitations, d.minCrs])).toEqual([['general', 7000, 484]]);
  });

  it('leaves null below the acceptance probability', () => {
    expect(primaries(HOPEFULS, canadianModel(2.5))).toMatchObject([{ invitations: null }]);
  });

  it('leaves null when a figure of another value is close behind', () => {
    const two = HOPEFULS.replace('in the latest draw.', 'in the latest draw, and 3,900 Canadian residents are still waiting.');
    expect(primaries(two, null)).toMatchObject([{ invitations: null }]);
    expect(primaries(two, canadianModel(5))).toMatchObject([{ invitations: null }]);
  });

  it('never fills a cut-off the text disputes (the headline says 390, the story 393)', () => {
    const text = [
      'Canada invites 4,000 in latest PR draw as cut-off dips to 390',
      "Canada's latest Express Entry draw has issued 4,000 invitations as the cut-off score fell to 393, a boost for French-speaking candidates.",
      'In a round held on March 18, IRCC invited 4,000 candidates in a French-language proficiency draw. This was Express Entry #405.',
    ].join('\n');
    const headlineModel: FigureModel = { weights: { minCrs: { bias: -2, 'where:head': 9 }, invitations: {} }, accept: 0.75, margin: 2.5 };
    expect(primaries(text, headlineModel, '2026-03-19')).toMatchObject([{ date: '2026-03-18', invitations: 4000, minCrs: null }]);
  });

  it('never replaces a value the rules read', () => {
    const text = HOPEFULS.replace('A total of 4,200', 'IRCC invited 4,100 candidates. A total of 4,200');
    expect(primaries(text, canadianModel(9))).toMatchObject([{ invitations: 4100 }]);
  });

  it('fills nothing in an article that announces two draws', () => {
    const text = [
      'Two Express Entry rounds this week',
      'On March 2, 2021, Canada held a round for the Canadian Experience Class. A total of 4,200 Canadian immigration hopefuls were issued invitations to apply. Profiles needed 461 points or better. On March 3, 2021, Canada invited 380 provincial nominees in an Express Entry round; they needed 720 points.',
    ].join('\n');
    expect(primaries(text, canadianModel(9))).toMatchObject([
      { program: 'cec', invitations: null },
      { program: 'pnp', invitations: 380 },
    ]);
  });
});
