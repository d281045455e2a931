import type { Programs } from '../config/programs.ts';
import { articleGroups } from './article-groups.ts';
import { DraftAssembler } from './assemble.ts';
import { choosePrimary } from './choose-primary.ts';
import { toCleanText } from './clean-text.ts';
import { classifyLines, type ArticleLine } from './lines.ts';
import { clearDisputedFigures, mergeDrafts, tableDrafts } from './merge-drafts.ts';
import { inferPublished } from './published-date.ts';
import { toParsedDraw, keepDraft } from './parsed-draw.ts';
import { sentenceSpans } from './sentences.ts';
import { readTables } from './tables.ts';

/** One draw as an article states it. Facts the text does not state are null. */
export interface ParsedDraw {
  /** YYYY-MM-DD; null when the text gives no date, or a day without a year and no page date. */
  date: string | null;
  /** IRCC's round number ("326", "91a"). */
  drawNumber: string | null;
  /** Program code from config/programs.json; `general` when the text names none. */
  program: string;
  invitations: number | null;
  minCrs: number | null;
  /** ISO 8601 UTC timestamp when the text gives the time, else YYYY-MM-DD. */
  tieBreak: string | null;
  /** The article announces this draw as new (not context, not a table of past draws). */
  primary: boolean;
}

export interface ParseResult {
  announcesNewDraw: boolean;
  draws: ParsedDraw[];
}

export interface ParseOptions {
  /** The article's publication date, YYYY-MM-DD: resolves "today", "on Wednesday" and days without a year. */
  published?: string;
  programs: Programs;
  /** Told about an internal failure (a bug: the result is then empty), so the caller can log it. */
  onError?: (err: unknown) => void;
}

/** A fresh empty result each time: callers may push into `draws`. */
const empty = (): ParseResult => ({ announcesNewDraw: false, draws: [] });
const OPENING_BODY_SENTENCES = 4;

function openingOf(lines: readonly ArticleLine[], text: (l: ArticleLine) => string | null): { text: string; sentences: number } {
  const parts: string[] = [];
  let sentences = 0;
  let body = 0;
  for (const l of lines) {
    const t = text(l);
    if (t === null) continue;
    for (const [s, e] of sentenceSpans(t)) {
      if (l.zone === 'body' && body >= OPENING_BODY_SENTENCES) return { text: parts.join(' '), sentences };
      if (l.zone === 'body') body++;
      if (l.zone === 'head' || body <= 2) parts.push(t.slice(s, e));
      sentences++;
    }
  }
  return { text: parts.join(' '), sentences };
}

/**
 * International Experience Canada (working holiday) "rounds of invitations" are not Express Entry
 * draws: an article opening on them announces nothing here unless it also talks about Express Entry.
 */
function notExpressEntry(opening: string): boolean {
  return /\b(International Experience Canada|IEC|working holiday|young professionals pool)\b/i.test(opening) && !/\bExpress Entry\b|\bCRS\b/i.test(opening);
}

function parse(input: string, opts: ParseOptions): ParseResult {
  const lines = classifyLines(toCleanText(input));
  if (lines.length === 0) return empty();
  const published = inferPublished(lines, opts.published);
  const tables = readTables(lines, opts.programs);
  const text = (l: ArticleLine): string | null => (l.meta || tables.taken.has(l.index) ? null : (tables.rewritten.get(l.index) ?? l.text));
  const { groups, resolve } = articleGroups(lines, text, published, opts.programs);
  const assembler = new DraftAssembler();
  for (const g of groups) assembler.add(g);
  const drafts = mergeDrafts([...assembler.drafts, ...tableDrafts(tables.rows, assembler.drafts.length, resolve)]);
  const opening = openingOf(lines, text);
  const primary = notExpressEntry(opening.text) ? new Set<number>() : choosePrimary(drafts, { text: opening.text, openingSentences: opening.sentences, published });
  clearDisputedFigures(drafts, primary);
  const kept = drafts.filter((d) => primary.has(d.id) || keepDraft(d));
  const draws = [...kept.filter((d) => primary.has(d.id)), ...kept.filter((d) => !primary.has(d.id))].map((d) => toParsedDraw(d, primary.has(d.id), resolve));
  return { announcesNewDraw: draws.some((d) => d.primary), draws };
}

/**
 * Reads the draws an article (plain text or HTML) states. Pure, and total: malformed input
 * (binary, empty, huge, broken markup) gives an empty result, never an exception.
 */
export function parseArticle(input: string, opts: ParseOptions): ParseResult {
  try {
    if (typeof input !== 'string' || input.length === 0) return empty();
    return parse(input, opts);
  } catch (err) {
    opts.onError?.(err);
    return empty();
  }
}
