import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';
import { FIELDS, formatScore, loadCorpus, scoreCorpus } from './article-corpus.ts';

const programs = loadPrograms();
const corpus = loadCorpus();
const results = corpus.map((article) => ({
  article,
  result: parseArticle(article.text, { programs, ...(article.expected.published ? { published: article.expected.published } : {}) }),
}));
const score = scoreCorpus(results);

describe('article corpus (test/fixtures/articles)', () => {
  it('has the five seeds, at least 40 written articles and at least 10 that announce no draw', () => {
    expect(corpus.filter((a) => a.name.includes('seed')).length).toBe(5);
    expect(corpus.length).toBeGreaterThanOrEqual(45);
    expect(score.negatives).toBeGreaterThanOrEqual(10);
  });

  it('gets at least 97 % of the announced draws\u2019 fields right', () => {
    console.log(`\nparser accuracy on the article corpus\n${formatScore(score)}`);
    if (score.misses.length > 0) console.log(`fields missed:\n  ${score.misses.join('\n  ')}`);
    const right = FIELDS.reduce((sum, f) => sum + score.fieldsRight[f], 0);
    expect(right / (score.expectedPrimaries * FIELDS.length)).toBeGreaterThanOrEqual(0.97);
  });

  it('misses no field it has read before (978 of 978: the fixtures stay at their level, issue 14)', () => {
    expect(score.misses).toEqual([]);
  });

  it('reads no wrong value in an announced draw (a null where unsure, never another value)', () => {
    expect(score.wrongValues).toEqual([]);
  });

  it('marks no draw as announced in an article that announces none', () => {
    expect(score.falsePrimariesOnNegatives).toEqual([]);
  });

  it('says whether an article announces a draw, for every article', () => {
    const wrong = results.filter(({ article, result }) => article.expected.announcesNewDraw !== result.announcesNewDraw);
    expect(wrong.map(({ article }) => article.name)).toEqual([]);
  });
});
