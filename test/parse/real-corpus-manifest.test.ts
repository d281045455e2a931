import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadIrccRounds } from './real-corpus/ircc-rounds.ts';
import { loadManifest } from './real-corpus/score-corpus.ts';
import { FIELDS } from './real-corpus/stated.ts';

/** The real corpus's committed half (its texts live outside the repository): truth and split stay sound. */

const corpus = loadManifest();
const rounds = loadIrccRounds();

describe('real corpus manifest (test/parse/real-corpus/corpus.json)', () => {
  it('has at least 250 articles from at least 30 sites, with no-draw articles among them', () => {
    expect(corpus.articles.length).toBeGreaterThanOrEqual(250);
    expect(new Set(corpus.articles.map((a) => a.site)).size).toBeGreaterThanOrEqual(30);
    expect(corpus.articles.filter((a) => a.announced.length === 0).length).toBeGreaterThanOrEqual(50);
  });

  it('names only rounds in IRCC record, and excludes only real fields of announced rounds', () => {
    for (const a of corpus.articles) {
      for (const n of a.announced) expect(rounds.has(n), `${a.id} #${n}`).toBe(true);
      for (const [n, fields] of Object.entries(a.exclude ?? {})) {
        expect(a.announced, a.id).toContain(n);
        for (const f of fields) expect(FIELDS).toContain(f);
      }
    }
  });

  it('keeps the split fixed by the hash of each address', () => {
    for (const a of corpus.articles) {
      const even = (createHash('sha256').update(a.url).digest()[0] ?? 0) % 2 === 0;
      expect(a.split, a.id).toBe(even ? 'tuning' : 'test');
    }
  });
});
