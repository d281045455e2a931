import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { textDigest } from './real-corpus/corpus-texts.ts';
import { addressKey, answersIn, ingest, repairedCopy } from './real-corpus/ingest-search.ts';

/** Corpus texts collected again from saved search answers are kept only when they are the text scored before. */

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const articles = [
  { id: '0001', url: 'https://gbmimm.com/express-entry-draw-297/' },
  { id: '0002', url: 'http://www.example.com/News/Draw-298' },
  { id: '0003', url: 'https://example.org/draw-299' },
];
const digests = { '0001': textDigest('Express Entry Draw #297\n\nOn May 31, 2024, IRCC …'), '0002': textDigest('Draw #298 invited 2,500') };

function answer(results: { url: string; excerpt: string }[]): string {
  return JSON.stringify({ corpus: 'pages', query: 'x', count: results.length, results: results.map((r, i) => ({ rank: i + 1, ...r })) });
}

describe('collecting the corpus texts again', () => {
  it('compares addresses without scheme, "www.", trailing slash or the host\'s case, but with the path\'s case', () => {
    expect(addressKey('https://WWW.Example.com/News/Draw-298/')).toBe(addressKey('http://example.com/News/Draw-298'));
    expect(addressKey('https://example.com/news/draw-298')).not.toBe(addressKey('https://example.com/News/Draw-298'));
  });

  it('reads several answers saved one after another, braces inside strings included', () => {
    const text = `${answer([{ url: 'https://a.example/1', excerpt: 'a { b' }])}\n\n${answer([{ url: 'https://a.example/2', excerpt: 'c } "d"' }])}`;
    expect(answersIn(text).map((a) => a.results?.[0]?.excerpt)).toEqual(['a { b', 'c } "d"']);
  });

  it('names an answer saved wrong instead of skipping it', () => {
    const good = answer([{ url: 'https://a.example/1', excerpt: 'a' }]);
    expect(() => answersIn(`${good}\n{"results": [{"url": "https://a.example/2", "excerpt": "b",}]}`)).toThrow(/answer 2 \(from character \d+\) is not JSON/);
    expect(() => answersIn(`${good}\n{"results": [{"url": "https://a.example/2"`)).toThrow('answer 2 (from character');
  });

  it('keeps a copy with the recorded digest, sets aside a differing or undigested one, and never replaces a right text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    dirs.push(dir);
    const saved = answer([
      { url: 'https://gbmimm.com/express-entry-draw-297', excerpt: 'Express Entry Draw #297\n\nOn May 31, 2024, IRCC …' },
      { url: 'https://example.com/News/Draw-298/', excerpt: 'Draw #298 invited 2,050' },
      { url: 'https://example.org/draw-299', excerpt: 'Draw #299' },
      { url: 'https://elsewhere.example/draw', excerpt: 'not in the manifest' },
    ]);
    expect(ingest(dir, saved, articles, digests).map((r) => `${r.id} ${r.outcome}`)).toEqual(['0001 written', '0002 mismatch', '0003 undigested']);
    expect(readFileSync(join(dir, 'texts', '0001.txt'), 'utf8')).toBe('Express Entry Draw #297\n\nOn May 31, 2024, IRCC …');
    expect(existsSync(join(dir, 'texts', '0002.txt'))).toBe(false);
    expect(readFileSync(join(dir, 'mismatch', '0002.txt'), 'utf8')).toBe('Draw #298 invited 2,050');
    expect(existsSync(join(dir, 'undigested', '0003.txt'))).toBe(true);
    const again = answer([{ url: 'https://gbmimm.com/express-entry-draw-297', excerpt: 'another version' }]);
    expect(ingest(dir, again, articles, digests).map((r) => r.outcome)).toEqual(['already']);
    expect(readFileSync(join(dir, 'texts', '0001.txt'), 'utf8')).toBe('Express Entry Draw #297\n\nOn May 31, 2024, IRCC …');
  });

  it('repairs a copy whose only slips are non-breaking spaces or apostrophes the answer shows as plain ones, by the recorded digest alone', () => {
    const original = 'Draw #298\u00a0\nIRCC\u2019s round invited 2,500\u00a0 candidates.\n\u00a0\nEnd';
    const digest = textDigest(original);
    expect(repairedCopy('Draw #298 \nIRCC\u2019s round invited 2,500  candidates.\n \nEnd', digest)).toBe(original);
    expect(repairedCopy("Draw #298\u00a0\nIRCC's round invited 2,500\u00a0 candidates.\n\u00a0\nEnd", digest)).toBe(original);
    expect(repairedCopy('Draw #298\u00a0\nIRCC\u2019s round invited 2,500\u00a0 candidates.\n\u00a0\nEnd', textDigest(`  ${original}`))).toBe(`  ${original}`);
    // A changed figure is not a slip of this kind: no variant has the digest.
    expect(repairedCopy('Draw #298 \nIRCC\u2019s round invited 2,050  candidates.\n \nEnd', digest)).toBeUndefined();
  });

  it('files a repaired copy as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    dirs.push(dir);
    const text = 'Draw #298 invited\u00a02,500';
    const saved = answer([{ url: 'https://example.com/News/Draw-298', excerpt: 'Draw #298 invited 2,500' }]);
    expect(ingest(dir, saved, articles, { '0002': textDigest(text) }).map((r) => r.outcome)).toEqual(['written']);
    expect(readFileSync(join(dir, 'texts', '0002.txt'), 'utf8')).toBe(text);
  });
});
