import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';
import type { ParsedDraw, ParseResult } from '../../src/parse/parse-article.ts';

/**
 * The article corpus (test/fixtures/articles): each text or HTML file beside NNN-slug.expected.json,
 * and the scoring used by the corpus test and the benchmark. A field of an announced (primary)
 * draw counts as right only when it equals the expected value exactly.
 */

const drawSchema = z.object({
  date: z.string().nullable(),
  drawNumber: z.string().nullable(),
  program: z.string().nullable(),
  invitations: z.number().int().nullable(),
  minCrs: z.number().int().nullable(),
  tieBreak: z.string().nullable(),
  primary: z.boolean(),
});

const expectedSchema = z.object({
  published: z.string().nullable(),
  announcesNewDraw: z.boolean(),
  draws: z.array(drawSchema),
});

export type Expected = z.infer<typeof expectedSchema>;

export interface CorpusArticle {
  readonly name: string;
  readonly text: string;
  readonly expected: Expected;
}

export const ARTICLES_DIR = new URL('../fixtures/articles/', import.meta.url);
export const FIELDS = ['date', 'drawNumber', 'program', 'invitations', 'minCrs', 'tieBreak'] as const;
type Field = (typeof FIELDS)[number];

export function loadCorpus(): CorpusArticle[] {
  return readdirSync(ARTICLES_DIR)
    .filter((f) => /\.(?:txt|html|md)$/.test(f))
    .sort()
    .map((file) => {
      const name = file.replace(/\.(?:txt|html|md)$/, '');
      const expected = expectedSchema.parse(JSON.parse(readFileSync(new URL(`${name}.expected.json`, ARTICLES_DIR), 'utf8')));
      return { name, text: readFileSync(new URL(file, ARTICLES_DIR), 'utf8'), expected };
    });
}

export interface Score {
  articles: number;
  negatives: number;
  expectedPrimaries: number;
  fieldsRight: Record<Field, number>;
  /** Announced draws the parser marked that the expectation does not have. */
  falsePrimaries: string[];
  /** Of those, in articles that announce no draw. */
  falsePrimariesOnNegatives: string[];
  announcesRight: number;
  contextExpected: number;
  contextFound: number;
  contextReported: number;
  misses: string[];
  /** Of those, a value other than the expected one (not a null): the worst outcome. */
  wrongValues: string[];
}

const agree = (a: ParsedDraw, b: ParsedDraw): number => FIELDS.filter((f) => a[f] === b[f]).length;

/** Pairs each expected primary draw with the parsed primary draw that agrees on most fields. */
function pairPrimaries(expected: ParsedDraw[], got: ParsedDraw[]): { pairs: [ParsedDraw, ParsedDraw | null][]; extra: ParsedDraw[] } {
  const left = [...got];
  const pairs: [ParsedDraw, ParsedDraw | null][] = [];
  for (const e of expected) {
    let best = -1;
    for (let i = 0; i < left.length; i++) {
      const candidate = left[i];
      if (candidate && (best < 0 || agree(e, candidate) > agree(e, left[best] ?? candidate))) best = i;
    }
    const chosen = best >= 0 ? left[best] : undefined;
    const match = chosen && agree(e, chosen) >= 2 ? (left.splice(best, 1)[0] ?? null) : null;
    pairs.push([e, match]);
  }
  return { pairs, extra: left };
}

const key = (d: ParsedDraw): string => JSON.stringify([d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak]);

export function scoreCorpus(results: { article: CorpusArticle; result: ParseResult }[]): Score {
  const score: Score = {
    articles: results.length,
    negatives: 0,
    expectedPrimaries: 0,
    fieldsRight: { date: 0, drawNumber: 0, program: 0, invitations: 0, minCrs: 0, tieBreak: 0 },
    falsePrimaries: [],
    falsePrimariesOnNegatives: [],
    announcesRight: 0,
    contextExpected: 0,
    contextFound: 0,
    contextReported: 0,
    misses: [],
    wrongValues: [],
  };
  for (const { article, result } of results) {
    const exp = article.expected;
    if (!exp.announcesNewDraw) score.negatives++;
    if (result.announcesNewDraw === exp.announcesNewDraw) score.announcesRight++;
    const expPrimary = exp.draws.filter((d) => d.primary);
    const gotPrimary = result.draws.filter((d) => d.primary);
    score.expectedPrimaries += expPrimary.length;
    const { pairs, extra } = pairPrimaries(expPrimary, gotPrimary);
    for (const [e, g] of pairs) {
      for (const f of FIELDS) {
        if (g && g[f] === e[f]) score.fieldsRight[f]++;
        else {
          const miss = `${article.name}: ${f} expected ${JSON.stringify(e[f])}, got ${g ? JSON.stringify(g[f]) : 'no primary draw'}`;
          score.misses.push(miss);
          if (g && g[f] !== null) score.wrongValues.push(miss);
        }
      }
    }
    for (const x of extra) {
      score.falsePrimaries.push(`${article.name}: ${key(x)}`);
      if (!exp.announcesNewDraw) score.falsePrimariesOnNegatives.push(`${article.name}: ${key(x)}`);
    }
    const expContext = new Set(exp.draws.filter((d) => !d.primary).map(key));
    const gotContext = result.draws.filter((d) => !d.primary).map(key);
    score.contextExpected += expContext.size;
    score.contextReported += gotContext.length;
    score.contextFound += gotContext.filter((k) => expContext.has(k)).length;
  }
  return score;
}

export const percent = (n: number, of: number): string => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)} %`);

/** The per-field table the corpus test prints and docs/parser.md quotes. */
export function formatScore(s: Score): string {
  const total = FIELDS.reduce((sum, f) => sum + s.fieldsRight[f], 0);
  const lines = [
    `articles: ${s.articles} (${s.negatives} announce no draw); announced draws expected: ${s.expectedPrimaries}`,
    ...FIELDS.map((f) => `  ${f.padEnd(12)} ${String(s.fieldsRight[f]).padStart(4)}/${s.expectedPrimaries}  ${percent(s.fieldsRight[f], s.expectedPrimaries)}`),
    `  all fields   ${String(total).padStart(4)}/${s.expectedPrimaries * FIELDS.length}  ${percent(total, s.expectedPrimaries * FIELDS.length)}`,
    `announcesNewDraw right: ${s.announcesRight}/${s.articles}`,
    `false primary draws: ${s.falsePrimaries.length} (on articles announcing no draw: ${s.falsePrimariesOnNegatives.length})`,
    `context draws: ${s.contextFound}/${s.contextExpected} found exactly, ${s.contextReported} reported`,
  ];
  return lines.join('\n');
}
