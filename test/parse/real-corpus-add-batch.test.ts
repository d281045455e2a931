import { readFileSync } from 'node:fs';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { appended, batchEntries, sameAddress, splitOf } from './real-corpus/add-batch.ts';
import type { CorpusArticle } from './real-corpus/score-corpus.ts';

/** Adding a labelled batch to the real corpus's manifest (docs/parser.md "How a batch is added"). */

const EXISTING: CorpusArticle[] = [
  {
    id: '0001',
    url: 'https://www.example.com/news/draw-1/',
    site: 'example.com',
    kind: 'newspaper',
    published: null,
    publishedFrom: null,
    announced: ['1'],
    split: splitOf('https://www.example.com/news/draw-1/'),
  },
];
const label = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: '2001',
    url: 'https://news.example.org/ircc-invites-3000',
    site: 'news.example.org',
    kind: 'immigration-news',
    published: '2024-05-31',
    publishedFrom: 'page',
    announced: ['297'],
    note: 'CEC draw of May 30',
    batch: 50,
    ...over,
  });

describe('adding a labelled batch to the real corpus', () => {
  it('gives each page its split from its address, its batch, and a skipped page its reason', () => {
    const lines = [label(), label({ id: '2002', url: 'https://other.example.net/made-up', announced: [], note: 'skip: matches no IRCC round', skip: true })].join('\n');
    const entries = batchEntries(EXISTING, `${lines}\n`, 50);
    expect(entries.map((e) => [e.id, e.split, e.batch, e.skip ?? null])).toEqual([
      ['2001', splitOf('https://news.example.org/ircc-invites-3000'), 50, null],
      ['2002', splitOf('https://other.example.net/made-up'), 50, 'skip: matches no IRCC round'],
    ]);
    // The split is the first byte of the address's SHA-256: both halves occur.
    expect(new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((x) => splitOf(`https://example.com/${x}`)))).toEqual(new Set(['tuning', 'test']));
  });

  it('refuses the whole batch, naming the line, for a page already there (same id, or the same address written otherwise) or a bad label', () => {
    expect(() => batchEntries(EXISTING, label({ id: '0001' }), 50)).toThrow(/line 1: id 0001 is already in the manifest/);
    expect(() => batchEntries(EXISTING, [label(), label({ id: '2002', url: 'http://example.com/news/draw-1' })].join('\n'), 50)).toThrow(/line 2: .* is already in the manifest/);
    expect(() => batchEntries(EXISTING, [label(), label({ id: '2002' })].join('\n'), 50)).toThrow(/line 2: .* is already in the manifest/);
    expect(() => batchEntries(EXISTING, label({ kind: 'blog' }), 50)).toThrow(/line 1: kind/);
    expect(() => batchEntries(EXISTING, label({ exclude: { '298': ['minCrs'] } }), 50)).toThrow(/line 1: excludes fields of #298/);
    expect(() => batchEntries(EXISTING, '{"id": "2001",', 50)).toThrow(/line 1: not JSON/);
    expect(sameAddress('https://www.example.com/a/')).toBe(sameAddress('http://example.com/a'));
  });

  it('appends to the manifest\u2019s text, leaving every earlier line as it was, in the layout the format check wants', async () => {
    const manifest = await format(JSON.stringify({ $comment: 'test', articles: EXISTING }, null, 2), { parser: 'json', printWidth: 200 });
    const entries = batchEntries(EXISTING, label({ exclude: { '297': ['tieBreak'] } }), 50);
    const out = await appended(manifest, entries);
    expect((JSON.parse(out) as { articles: CorpusArticle[] }).articles).toEqual([...EXISTING, ...entries]);
    expect(out.startsWith(manifest.slice(0, manifest.lastIndexOf('}', manifest.lastIndexOf(']'))))).toBe(true);
    expect(await format(out, { parser: 'json', printWidth: 200 })).toBe(out);
  });

  it('would add the committed manifest\u2019s last batch the same way (its entries from their own labels)', () => {
    const manifest = JSON.parse(readFileSync(new URL('./real-corpus/corpus.json', import.meta.url), 'utf8')) as { articles: CorpusArticle[] };
    const last = Math.max(...manifest.articles.map((a) => a.batch ?? 1));
    const before = manifest.articles.filter((a) => (a.batch ?? 1) !== last);
    const labels = manifest.articles
      .filter((a) => a.batch === last)
      .map((a) => JSON.stringify({ ...a, split: undefined, batch: undefined, ...(a.skip ? { skip: true, note: a.skip } : {}) }))
      .join('\n');
    expect(batchEntries(before, labels, last)).toEqual(manifest.articles.filter((a) => a.batch === last));
  });
});
