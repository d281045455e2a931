import { clauseSpans } from '../drafts/clauses.ts';
import { MAY_HOLD_TOTAL, countDifference, countHedged, runningTotal, totalLine } from '../mentions/invitation-mentions.ts';
import { DIGITS } from '../mentions/number-tokens.ts';
import { PERSON_SCORE_BEFORE, recordCutoff } from '../mentions/crs-mentions.ts';
import { sentenceSpans } from '../text/sentences.ts';
import type { ArticleLine } from '../text/lines.ts';
import { parseCount } from '../../util/numbers.ts';
import { matchesOf } from '../text/matches.ts';

/**
 * The figures of an article and what surrounds each one, as sparse features for the figure-role
 * model (roles/figure-model.ts, docs/parser.md "Learned fallback"). Pure and cheap: one pass over
 * the lines the reader already cut.
 */

export interface Figure {
  readonly value: number;
  /** Written with a thousands separator ("3,500", "3 500"). */
  readonly grouped: boolean;
  /** A measure, not a score or a head count: "90 calendar days", "15 per cent", "$1,500". */
  readonly measure: boolean;
  /** The tail of a number a stray space cut ("approximately 2, 750"): no figure of its own. */
  readonly cut: boolean;
  /** In a clause that speaks to the reader or of a draw to come ("you should have at least 490 points for the next draw"). */
  readonly advice: boolean;
  /** A total over the draws named right after it ("5,000 candidates in two back to back draws") or a period's ("… have already been issued this year"): no one draw's count. */
  readonly total: boolean;
  /** A difference between draws ("1,500 fewer than last week", "an increase of 300 ITAs") or a hedged figure ("about 4,000"): no one draw's exact count. */
  readonly difference: boolean;
  /** A head count of the pool ("There are 2,000 CEC candidates in the pool", "12,000 profiles in the pool above 500"): no draw's count. */
  readonly pool: boolean;
  /** A record over draws ("The lowest trades cut-off so far was 388", "the lowest was 507 and the highest 518"): no draw's cut-off. */
  readonly record: boolean;
  readonly features: readonly string[];
}

const NUMBER = new RegExp(DIGITS, 'g');
/** A cut-off is written bare ("472", never "1,200") and lies in this range (the lowest round's 67 to the CRS maximum). */
const CUT_OFF_MIN = 67;
const CUT_OFF_MAX = 1200;
/** A figure that could be a cut-off by its size and shape. */
export const cutOffLike = (value: number, grouped: boolean): boolean => !grouped && value >= CUT_OFF_MIN && value <= CUT_OFF_MAX;
const TOKEN = /[\p{L}][\p{L}'’-]*|\d+(?:[,\u00a0\u202f ]\d{3})*|[#$%():/+-]/gu;
const WINDOW = 8;
const MAX_FIGURES = 400;

/** A number in a context window reads by its kind, not its value: "<crs>", "<count>", "<year>". */
function tokenOf(raw: string): string {
  if (!/^\d/.test(raw)) return raw.toLowerCase().replace(/’/g, "'");
  const n = parseCount(raw) ?? -1;
  if (n >= 2000 && n <= 2100 && !/[, ]/.test(raw)) return '<year>';
  if (cutOffLike(n, /[, ]/.test(raw))) return '<crs>';
  if (n >= 1000) return '<count>';
  return n <= 31 ? '<small>' : '<num>';
}

const tokens = (s: string): string[] => (s.match(TOKEN) ?? []).map(tokenOf);

function bucket(n: number, grouped: boolean): string {
  if (grouped) return n < 10_000 ? 'g<10k' : 'g>=10k';
  const edges = [31, 67, 200, 300, 400, 450, 500, 550, 600, 700, 800, 1000, 1200, 2000, 2100, 5000];
  const i = edges.findIndex((e) => n <= e);
  return i === -1 ? '>5000' : `<=${String(edges[i])}`;
}

interface Raw {
  value: number;
  pool: boolean;
  grouped: boolean;
  measure: boolean;
  cut: boolean;
  advice: boolean;
  total: boolean;
  difference: boolean;
  record: boolean;
  features: string[];
}

/** Words after a figure that make it a measure. */
const UNITS = new Set([
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
  'hours',
  'hour',
  'minutes',
  '%',
  'per',
  'percent',
  'dollars',
  'jours',
  'mois',
  'ans',
  'días',
  'dias',
  'meses',
]);
const isMeasure = (l1: string, r1: string, r2: string): boolean => l1 === '$' || UNITS.has(r1) || (['calendar', 'business', 'working'].includes(r1) && UNITS.has(r2));

/** "67 points on the FSW selection grid": a programme's own pass mark, no figure of a round (crs-mentions.ts reads it so too). */
const ON_A_GRID = /^\s?(?:points?\s)?on\s+the\s+(?:[\w-]+\s){0,2}grid\b/i;

/** "There are 2,000 …", "12,000 candidates (in the pool) above 500", "in the Express Entry pool": a head count of the pool. */
const POOL_BEFORE = /\bthere\s+(?:are|were|is|was)\s+(?:now\s+|still\s+|about\s+|over\s+|some\s+)?$/i;
const POOL_AFTER = /^[^.;]{0,60}?\bin\s+the\s+(?:express\s+entry\s+)?pool\b/i;

/** A clause addressed to the reader or about a draw to come. */
const ADVICE = /\b(?:you|your|yours|next (?:express entry\s)?(?:draw|round)s?|upcoming|in the coming|to be safe)\b/i;
/**
 * A person's own score right before a figure ("Priya Sharma, whose score is 522, missed out", "who has 522 points",
 * "\"I was at 515\"", "her score was 455", "My score is 395"): no draw's cut-off, however a story puts it.
 */
const SPOKEN_SCORE_BEFORE =
  /(?:\b[A-Z][a-z]+,\s+who\s+(?:has|had)|\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:CRS\s+|crs\s+)?score(?:,\s[\w\s]{1,15},)?(?:\s+(?:is|was|of))?|\bI(?:'m|\sam|\swas)\s+at)\s*$/;
/** The rules' named-person test ("Priya Sharma's CRS score is", "Priya Sharma, whose score is") and the spoken forms above. */
const personalScoreBefore = (before: string): boolean => PERSON_SCORE_BEFORE.test(before) || SPOKEN_SCORE_BEFORE.test(before);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?!\d)|(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi;

/** Whether a sentence names the draw's own day ("May 31", "31st of May"), another day, or none. */
function dayCue(sentence: string, day: string | null): string {
  let other = false;
  for (const m of matchesOf(MONTH_DAY, sentence)) {
    const month = MONTHS.indexOf((m[1] ?? m[4] ?? '').toLowerCase()) + 1;
    const d = Number(m[2] ?? m[3]);
    if (day && month === Number(day.slice(5, 7)) && d === Number(day.slice(8, 10))) return 'day:same';
    other = true;
  }
  return other ? 'day:other' : 'day:none';
}

/**
 * Every figure of the article's lines (null text = a line the reader skips) with its features;
 * `day` is the draw's own date (YYYY-MM-DD) when the rules found it.
 */
export function articleFigures(lines: readonly ArticleLine[], text: (l: ArticleLine) => string | null, day: string | null = null): Figure[] {
  const out: Raw[] = [];
  let bodySentence = 0;
  for (const line of lines) {
    const t = text(line);
    if (t === null) continue;
    for (const [s, e] of sentenceSpans(t)) {
      const sentence = t.slice(s, e);
      if (line.zone === 'body') bodySentence++;
      if (!/\d/.test(sentence)) continue;
      const where = line.zone === 'head' ? 'head' : bodySentence <= 3 ? 'open' : bodySentence <= 8 ? 'early' : 'late';
      const cue = dayCue(sentence, day);
      const words = new Set(tokens(sentence).filter((w) => w.length > 2 && !w.startsWith('<')));
      const found = matchesOf(NUMBER, sentence);
      // Clauses only matter in a sentence with words of advice in it.
      const clauses = ADVICE.test(sentence) ? clauseSpans(sentence) : null;
      const namesDraws = MAY_HOLD_TOTAL.test(sentence);
      for (const m of found) {
        if (out.length >= MAX_FIGURES) break;
        const raw = m[1] ?? m[0];
        const value = parseCount(raw);
        if (value === null) continue;
        const grouped = /[,\u00a0\u202f ]/.test(raw);
        const left = tokens(sentence.slice(0, m.index)).slice(-WINDOW);
        const right = tokens(sentence.slice(m.index + m[0].length)).slice(0, WINDOW);
        const l1 = left.at(-1) ?? '^';
        const l2 = left.at(-2) ?? '^';
        const r1 = right[0] ?? '$';
        const r2 = right[1] ?? '$';
        const f = [
          'bias',
          `vb:${bucket(value, grouped)}`,
          `where:${where}`,
          cue,
          `nums:${String(Math.min(found.length, 4))}`,
          `L1:${l1}`,
          `L2:${l2}_${l1}`,
          `R1:${r1}`,
          `R2:${r1}_${r2}`,
          `LR:${l1}_${r1}`,
        ];
        for (const w of new Set(left)) f.push(`lw:${w}`);
        for (const w of new Set(right)) f.push(`rw:${w}`);
        for (const w of words) f.push(`sw:${w}`);
        const cut = /\d,\s$/.test(sentence.slice(Math.max(0, m.index - 3), m.index));
        // Not the rules' wider test for plans and examples: real cut-offs are often told with a modal ("472 would be the
        // least score for this round", "candidates should have a minimum score of 415"), and the model reads those well.
        const clause = clauses?.find((c) => m.index >= c.start && m.index < c.end);
        const advice = (clauses !== null && ADVICE.test(clause ? sentence.slice(clause.start, clause.end) : sentence)) || personalScoreBefore(sentence.slice(Math.max(0, m.index - 40), m.index));
        const [before, after] = [sentence.slice(0, m.index), sentence.slice(m.index + m[0].length)];
        const total = (namesDraws && runningTotal(before, after)) || totalLine(sentence);
        const difference = countDifference(before, after, sentence) || countHedged(before, after);
        const record = recordCutoff(before.slice(-160), after.slice(0, 40));
        const pool = POOL_BEFORE.test(before.slice(-30)) || POOL_AFTER.test(after.slice(0, 80));
        out.push({ value, grouped, measure: isMeasure(l1, r1, r2) || ON_A_GRID.test(after.slice(0, 50)), cut, advice, total, difference, record, pool, features: f });
      }
    }
  }
  // How often the article repeats a value, and in which order its values first appear.
  const counts = new Map<number, number>();
  for (const r of out) counts.set(r.value, (counts.get(r.value) ?? 0) + 1);
  const order = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const r of out) {
    const kind = cutOffLike(r.value, r.grouped) ? 'crs' : 'count';
    const key = `${kind}|${String(r.value)}`;
    if (!order.has(key)) {
      const next = (seen.get(kind) ?? 0) + 1;
      seen.set(kind, next);
      order.set(key, next);
    }
    r.features.push(`rep:${String(Math.min(counts.get(r.value) ?? 1, 3))}`, `rank:${kind}${String(Math.min(order.get(key) ?? 1, 4))}`);
  }
  return out;
}
