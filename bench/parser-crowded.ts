import { pathToFileURL } from 'node:url';
import { loadPrograms } from '../src/config/programs.ts';
import { parseArticle } from '../src/parse/parse-article.ts';
import { loadCorpus } from '../test/parse/article-corpus.ts';

/**
 * The reader in a crowded process (docs/parser-speed.md, "Session 42"): V8 stops tiering regular expressions up to machine
 * code once a process has compiled enough of them, and the bot's libraries compile theirs before the reader runs. This
 * compiles PATTERNS large unrelated patterns first, then times PASSES passes over the bench corpus. Not part of `npm run
 * bench` (its figure depends on node's flags, which a bench run inside tsx cannot set):
 *
 *   npx tsx bench/parser-crowded.ts [PATTERNS=120] [PASSES=10]
 *   node --no-regexp-tier-up --import tsx bench/parser-crowded.ts 120 10
 */

export function crowd(patterns: number): void {
  const words = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
  for (let k = 0; k < patterns; k++) {
    const re = new RegExp(`\\b(?:${words.map((w) => w + String(k)).join('|')})\\b`, 'i');
    // Both string encodings V8 compiles a pattern for: Latin-1 and two-byte.
    for (let j = 0; j < 3; j++) {
      re.test(`some text w1x0 here ${j}`);
      re.test(`some text \u2019 here ${j}`);
    }
  }
}

export function timePasses(passes: number): number {
  const programs = loadPrograms();
  const corpus = loadCorpus().map((a) => ({ text: a.text, opts: { programs, ...(a.expected.published ? { published: a.expected.published } : {}) } }));
  const started = performance.now();
  for (let i = 0; i < passes; i++) for (const a of corpus) parseArticle(a.text, a.opts);
  return performance.now() - started;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [patterns = 120, passes = 10] = process.argv.slice(2).map(Number);
  crowd(patterns);
  const ms = timePasses(passes);
  console.log(`${patterns} patterns compiled first, ${passes} passes over the bench corpus: ${ms.toFixed(0)} ms`);
}
