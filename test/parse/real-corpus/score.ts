import { writeFileSync } from 'node:fs';
import { loadPrograms } from '../../../src/config/programs.ts';
import { parseArticle } from '../../../src/parse/parse-article.ts';
import { readCorpusTexts, textsLine } from './corpus-texts.ts';
import { loadIrccRounds } from './ircc-rounds.ts';
import { FIELD_HEAD, SUMMARY_HEAD, alertableLine, fieldLine, grouped, misses, summaryLine, totals } from './report.ts';
import { loadManifest, publishedFor, scoreArticle, type ArticleScore } from './score-corpus.ts';

/**
 * Scores the parser on the real corpus. The texts are not in the repository: pass the directory
 * that holds them (texts/NNNN.txt).
 *
 *   npx tsx test/parse/real-corpus/score.ts /work/real-corpus [--split tuning|test|all] [--batch N|N-M] [--whole] [--misses] [--rules-only] [--dump FILE]
 *
 * Rules were tuned on the tuning half only; --misses on the test half is for the final report.
 * Batches 2–18 (added later) are scored apart, each as a fresh check. --rules-only leaves out the
 * learned fallback (docs/parser.md "Learned fallback").
 */

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: score.ts TEXTS_DIR [--split tuning|test|all] [--batch N|N-M] [--whole] [--misses] [--rules-only] [--dump FILE]');
  process.exit(2);
}
const option = (name: string, fallback: string): string =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? (args.includes(`--${name}`) ? (args[args.indexOf(`--${name}`) + 1] ?? fallback) : fallback);
const splitArg = option('split', 'all');
// --batch N, or a range N-M (e.g. 2-89: every later batch together).
const batchMatch = /^(\d+)(?:-(\d+))?$/.exec(option('batch', '1'));
if (!batchMatch?.[1]) {
  console.error('--batch takes a number or a range such as 2-89');
  process.exit(2);
}
const batchLow = Number(batchMatch[1]);
const batchHigh = Number(batchMatch[2] ?? batchMatch[1]);
const corpus = loadManifest();
const rounds = loadIrccRounds();
const programs = loadPrograms();

const chosen = corpus.articles.filter((a) => !a.skip && (a.batch ?? 1) >= batchLow && (a.batch ?? 1) <= batchHigh && (splitArg === 'all' || a.split === splitArg));
// A missing text leaves its article out (and says so); a text unlike the one scored before is flagged.
const found = readCorpusTexts(
  dir,
  chosen.map((a) => a.id),
);
console.log(`${textsLine(found)}\n`);
const scored: ArticleScore[] = [];
const dumped: string[] = [];
for (const article of chosen) {
  const text = found.texts.get(article.id);
  if (text === undefined) continue;
  const published = publishedFor(article, rounds);
  const result = parseArticle(text, { programs, ...(args.includes('--rules-only') ? { figureModel: null } : {}), ...(published ? { published } : {}) });
  scored.push(scoreArticle(article, text, result, rounds));
  dumped.push(`${article.id} ${JSON.stringify(result)}`);
}
// --dump FILE: every article's parse, one line each, to show two parsers give the same output (diff two dumps).
const dumpFile = option('dump', '');
if (dumpFile) writeFileSync(dumpFile, `${dumped.join('\n')}\n`);

const halves: readonly string[] = splitArg === 'all' ? ['tuning', 'test'] : [splitArg];
console.log(SUMMARY_HEAD);
for (const h of halves) console.log(summaryLine(h, totals(scored.filter((s) => s.article.split === h))));
if (halves.length > 1) console.log(summaryLine('both', totals(scored)));
console.log(`\n${FIELD_HEAD}`);
for (const h of halves) console.log(fieldLine(h, totals(scored.filter((s) => s.article.split === h))));
console.log('');
for (const h of halves) console.log(alertableLine(h, totals(scored.filter((s) => s.article.split === h))));
if (halves.length > 1) console.log(alertableLine('both', totals(scored)));
for (const h of halves) {
  const part = scored.filter((s) => s.article.split === h);
  console.log(`\n${h}: per year\n${SUMMARY_HEAD}\n${grouped(part, (s) => String(s.year ?? 'undated')).join('\n')}`);
  console.log(`\n${h}: per kind of site\n${SUMMARY_HEAD}\n${grouped(part, (s) => s.article.kind).join('\n')}`);
}
// A fresh batch is reported whole: both halves together, per year and per kind of site.
if (args.includes('--whole')) {
  console.log(`\nwhole: per year\n${SUMMARY_HEAD}\n${grouped(scored, (s) => String(s.year ?? 'undated')).join('\n')}`);
  console.log(`\nwhole: per kind of site\n${SUMMARY_HEAD}\n${grouped(scored, (s) => s.article.kind).join('\n')}`);
}
if (args.includes('--misses')) console.log(`\nmisses:\n${misses(scored).join('\n')}`);
