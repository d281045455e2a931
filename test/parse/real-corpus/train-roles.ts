import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPrograms } from '../../../src/config/programs.ts';
import { articleFiguresOf, parseArticle } from '../../../src/parse/parse-article.ts';
import type { Figure } from '../../../src/parse/roles/figure-features.ts';
import { candidate, type FigureModel, type Role } from '../../../src/parse/roles/figure-model.ts';
import { readCorpusTexts, textsLine } from './corpus-texts.ts';
import { loadIrccRounds } from './ircc-rounds.ts';
import { SUMMARY_HEAD, summaryLine, totals } from './report.ts';
import { loadManifest, publishedFor, scoreArticle, type ArticleScore, type CorpusArticle } from './score-corpus.ts';

/**
 * Trains the figure-role model (src/parse/roles/figure-model.ts) on the real corpus without its
 * test half (the first 256 articles' `test` split is never read), as docs/parser.md "Learned
 * fallback" tells. The texts are outside the repository: pass their directory.
 *
 *   npx tsx test/parse/real-corpus/train-roles.ts /work/real-corpus --cv      # 5-fold check of each threshold
 *   npx tsx test/parse/real-corpus/train-roles.ts /work/real-corpus --write   # train on all, write the bundled weights
 */

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: train-roles.ts TEXTS_DIR [--cv] [--write]');
  process.exit(2);
}
const corpus = loadManifest();
const rounds = loadIrccRounds();
const programs = loadPrograms();

const isTestHalf = (a: CorpusArticle): boolean => (a.batch ?? 1) === 1 && a.split === 'test';
const wanted = corpus.articles.filter((a) => !a.skip && !isTestHalf(a));
const found = readCorpusTexts(
  dir,
  wanted.map((a) => a.id),
);
console.log(textsLine(found));
// The bundled weights come from the whole set as recorded: a partial or changed set can be checked (--cv), not written.
if (args.includes('--write') && (found.missing.length > 0 || found.changed.length > 0)) {
  console.error('not writing: some texts are missing or differ from their recorded digest');
  process.exit(1);
}
const articles = wanted.filter((a) => found.texts.has(a.id));
const texts = found.texts;

interface Example {
  readonly features: readonly string[];
  readonly y: 0 | 1;
}

function examples(of: readonly CorpusArticle[], role: Role): Example[] {
  const out: Example[] = [];
  for (const a of of) {
    if (a.announced.length !== 1) continue;
    const round = rounds.get(a.announced[0] ?? '');
    if (!round) continue;
    const published = publishedFor(a, rounds);
    const opts = { programs, ...(published ? { published } : {}) };
    const text = texts.get(a.id) ?? '';
    // The draw's day as the rules read it, as the reader will have it when the model runs.
    const day = parseArticle(text, { ...opts, figureModel: null }).draws.find((d) => d.primary)?.date ?? null;
    const figures: Figure[] = articleFiguresOf(text, opts, day);
    for (const f of figures) if (candidate(role, f)) out.push({ features: f.features, y: f.value === round[role] ? 1 : 0 });
  }
  return out;
}

/** Logistic regression by stochastic gradient descent, L2-regularised, in a fixed (seeded) order. */
function train(data: readonly Example[], epochs = 25, rate = 0.1, l2 = 1e-3): Record<string, number> {
  const w = new Map<string, number>();
  let seed = 7;
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const step = rate / (1 + e * 0.2);
    for (const i of order) {
      const x = data[i];
      if (!x) continue;
      let z = 0;
      for (const f of x.features) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - x.y;
      for (const f of x.features) {
        const v = w.get(f) ?? 0;
        w.set(f, v - step * (g + l2 * v));
      }
    }
  }
  const out: Record<string, number> = {};
  for (const [f, v] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(v) >= 0.05) out[f] = Math.round(v * 100) / 100;
  return out;
}

const trainModel = (of: readonly CorpusArticle[]): FigureModel['weights'] => ({ minCrs: train(examples(of, 'minCrs')), invitations: train(examples(of, 'invitations')) });

function scoreWith(of: readonly CorpusArticle[], model: FigureModel | null): ArticleScore[] {
  return of.map((a) => {
    const text = texts.get(a.id) ?? '';
    const published = publishedFor(a, rounds);
    return scoreArticle(a, text, parseArticle(text, { programs, figureModel: model, ...(published ? { published } : {}) }), rounds);
  });
}

if (args.includes('--cv')) {
  const FOLDS = 5;
  const fold = (a: CorpusArticle): number => Number(a.id) % FOLDS;
  const settings: [number, number][] = [0.6, 0.7, 0.8].flatMap((accept) => [1.5, 2, 2.5, 3, 4].map((margin): [number, number] => [accept, margin]));
  const base: ArticleScore[] = [];
  const withModel = settings.map(() => [] as ArticleScore[]);
  for (let k = 0; k < FOLDS; k++) {
    const held = articles.filter((a) => fold(a) === k);
    const weights = trainModel(articles.filter((a) => fold(a) !== k));
    base.push(...scoreWith(held, null));
    settings.forEach(([accept, margin], i) => withModel[i]?.push(...scoreWith(held, { weights, accept, margin })));
  }
  console.log(SUMMARY_HEAD);
  console.log(summaryLine('rules only', totals(base)));
  settings.forEach(([accept, margin], i) => console.log(summaryLine(`${String(i)}: accept ${String(accept)}, margin ${String(margin)}`, totals(withModel[i] ?? []))));
  if (args.includes('--changes')) {
    const chosen = withModel[Number(args[args.indexOf('--changes') + 1] ?? 0)] ?? [];
    base.forEach((b, i) => {
      const m = chosen[i];
      if (!m) return;
      m.fields.forEach((f, j) => {
        const was = b.fields[j];
        if (was && was.got !== f.got) console.log(`${b.article.id} #${f.round} ${f.field}: ${String(was.got)} → ${String(f.got)} (${f.verdict}, expected ${String(f.expected)})`);
      });
    });
  }
}

if (args.includes('--write')) {
  const weights = trainModel(articles);
  const file = fileURLToPath(new URL('../../../src/parse/roles/figure-weights.json', import.meta.url));
  writeFileSync(file, `${JSON.stringify({ trainedOn: articles.length, weights }, null, 0)}\n`);
  console.log(`wrote ${file}: ${String(Object.keys(weights.minCrs).length)} + ${String(Object.keys(weights.invitations).length)} weights from ${String(articles.length)} articles`);
}
