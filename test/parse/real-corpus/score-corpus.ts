import { readFileSync } from 'node:fs';
import type { DrawReport } from '../../../src/domain/draw.ts';
import type { ParsedDraw, ParseResult } from '../../../src/parse/parse-article.ts';
import { FIELDS, statedFields, type Field } from './stated.ts';

/** One article of the real corpus as committed (corpus.json); its text is kept outside the repository. */
export interface CorpusArticle {
  readonly id: string;
  readonly url: string;
  readonly site: string;
  readonly kind: string;
  readonly published: string | null;
  readonly publishedFrom: 'page' | 'text' | null;
  readonly announced: readonly string[];
  readonly exclude?: Readonly<Record<string, readonly Field[]>>;
  readonly skip?: string;
  readonly note?: string;
  readonly split: 'tuning' | 'test';
  /** 2–18 = added later, each scored once as a fresh check before any change made for it (absent = the first 256). */
  readonly batch?: number;
}

/** The committed manifest, test/parse/real-corpus/corpus.json. */
export function loadManifest(): { articles: CorpusArticle[] } {
  return JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8')) as { articles: CorpusArticle[] };
}

export type Verdict = 'right' | 'missing' | 'wrong';

/** The outcome for one article. */
export interface ArticleScore {
  readonly article: CorpusArticle;
  readonly year: number | null;
  /** Per expected round and field: right, missing (null where the article states it) or wrong (a different value). */
  readonly fields: { round: string; field: Field; verdict: Verdict; expected: string | number | null; got: string | number | null }[];
  /** Announced draws the article does not announce (or a second reading of one it does). */
  readonly falseAnnouncements: ParsedDraw[];
  readonly announcesRight: boolean;
}

/** A field read right: the exact value, a tie-break's day for its timestamp, or null for a fact the text does not state. */
function verdict(field: Field, stated: boolean, expected: string | number | null, got: string | number | null): Verdict {
  if (got === expected) return 'right';
  if (field === 'tieBreak' && typeof expected === 'string' && got !== null && expected.startsWith(`${String(got)}T`)) return 'right';
  if (got === null) return stated ? 'missing' : 'right';
  return 'wrong';
}

function truthOf(round: DrawReport, field: Field): string | number | null {
  switch (field) {
    case 'date':
      return round.date;
    case 'drawNumber':
      return round.drawNumber;
    case 'program':
      return round.program;
    case 'invitations':
      return round.invitations;
    case 'minCrs':
      return round.minCrs;
    case 'tieBreak':
      return round.tieBreak;
  }
}

const agreement = (p: ParsedDraw, r: DrawReport): number => FIELDS.filter((f) => p[f] !== null && p[f] === truthOf(r, f)).length;

/** The published date the parser is given: the page's own, else the latest announced round's day (as a feed item would carry). */
export function publishedFor(article: CorpusArticle, rounds: ReadonlyMap<string, DrawReport>): string | undefined {
  if (article.published) return article.published;
  const days = article.announced.map((n) => rounds.get(n)?.date ?? '').filter(Boolean);
  return days.length > 0 ? days.sort().at(-1) : undefined;
}

/** Pairs expected rounds with announced draws, best agreement first, each used once. */
function pairUp(expected: readonly DrawReport[], primaries: readonly ParsedDraw[]): Map<DrawReport, ParsedDraw> {
  const pairs = expected.flatMap((r) => primaries.map((p) => ({ r, p, score: agreement(p, r) }))).sort((a, b) => b.score - a.score);
  const out = new Map<DrawReport, ParsedDraw>();
  const used = new Set<ParsedDraw>();
  for (const { r, p } of pairs) {
    if (out.has(r) || used.has(p)) continue;
    out.set(r, p);
    used.add(p);
  }
  return out;
}

export function scoreArticle(article: CorpusArticle, text: string, result: ParseResult, rounds: ReadonlyMap<string, DrawReport>): ArticleScore {
  const primaries = result.draws.filter((d) => d.primary);
  const expected = article.announced.map((number) => {
    const round = rounds.get(number);
    if (!round) throw new Error(`article ${article.id}: no IRCC round ${number}`);
    return round;
  });
  const paired = pairUp(expected, primaries);
  const fields: ArticleScore['fields'] = [];
  for (const round of expected) {
    const number = round.drawNumber ?? '';
    const best = paired.get(round) ?? null;
    const stated = statedFields(text, round, true);
    const excluded = new Set(article.exclude?.[number] ?? []);
    for (const field of FIELDS) {
      if (excluded.has(field)) continue;
      const expectedValue = truthOf(round, field);
      const got = best ? best[field] : null;
      fields.push({ round: number, field, verdict: verdict(field, stated.has(field), expectedValue, got), expected: expectedValue, got });
    }
  }
  const unused = primaries.filter((p) => ![...paired.values()].includes(p));
  const firstRound = article.announced[0] ? rounds.get(article.announced[0]) : undefined;
  const yearOf = firstRound?.date ?? article.published;
  return {
    article,
    year: yearOf ? Number(yearOf.slice(0, 4)) : null,
    fields,
    falseAnnouncements: unused,
    announcesRight: result.announcesNewDraw === article.announced.length > 0,
  };
}
