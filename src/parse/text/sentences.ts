import { compiledNow } from './matches.ts';
/**
 * Sentence boundaries inside one line. A full stop ends a sentence unless it closes an abbreviation
 * news copy uses around draw facts ("Nov. 19", "a.m. UTC", "No. 326", "e.g.").
 */

const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'no',
  'nos',
  'vs',
  'e.g',
  'i.e',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'inc',
  'ltd',
  'co',
  'corp',
  'approx',
  'est',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'fig',
  'jr',
  'sr',
  'prof',
  'gov',
  'dept',
  'min',
  'max',
  'pts',
  'ca',
  // Provinces: "Ont. (Feb. 18): Human Capital Priorities stream …", "B.C. invites 96 …".
  'ont',
  'sask',
  'alta',
  'que',
  'nfld',
  'b.c',
  'n.s',
  'n.b',
  'n.l',
  'p.e.i',
]);

/**
 * A question and its answer ("Q: What was the tie-break? A: December 29, 2025.") are one sentence: the answer's figure is the question's.
 * So is a spoken question answered by a figure alone ("and the cutoff? 382."; "Three eighty-two" is written as a figure first).
 */
const BREAK = compiledNow(
  /(?:[.!]+|\?+(?!["')\]]*\s+(?:A:\s|\d{3}[.!]?(?:\s|$))))["')\]]*\s+(?=["'([]?[A-Z0-9\u00C0-\u00DD#*\u2022-])|\s\u00b7\s(?=(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s)?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}\.?)(?:,?\s(?:19|20)\d\d)?:\s)/g,
);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[A-Za-z.]/.test(text[start - 1] ?? '')) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials ("J. Smith") and single letters.
  return word.length === 1 && /[a-z]/.test(word);
}

/** Longer runs without a full stop are not sentences (lists, transcripts, junk); they are cut at a space. */
export const MAX_SENTENCE_CHARS = 800;

function cutLong(spans: [number, number][], line: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of spans) {
    let start = s;
    while (e - start > MAX_SENTENCE_CHARS) {
      const space = line.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      const cut = space > start + MAX_SENTENCE_CHARS / 2 ? space : start + MAX_SENTENCE_CHARS;
      out.push([start, cut]);
      start = cut;
    }
    out.push([start, e]);
  }
  return out;
}

/** Lines split lately, with their spans: a page's lines are split again for its lead and for its figures' features. */
const split = new Map<string, readonly (readonly [number, number])[]>();
/** The most lines kept (a few pages' worth), each of at most SPLIT_KEPT_CHARS; then the memory starts again. */
const SPLIT_KEPT = 512;
const SPLIT_KEPT_CHARS = 2_000;

/** Offsets [start, end) of each sentence of a line (the same array for the same line: not to be changed). */
export function sentenceSpans(line: string): readonly (readonly [number, number])[] {
  const known = split.get(line);
  if (known) return known;
  if (split.size >= SPLIT_KEPT) split.clear();
  const spans = cutLong(rawSpans(line), line);
  if (line.length <= SPLIT_KEPT_CHARS) split.set(line, spans);
  return spans;
}

function rawSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(line); m; m = BREAK.exec(line)) {
    const dot = m.index;
    if (line[dot] === '.' && m[0].startsWith('.') && !m[0].startsWith('..') && endsWithAbbreviation(line, dot)) continue;
    // A list number ("1. It was a PNP-only round.") belongs to its item.
    if (/^[\s*\u2022-]*\d{1,2}$/.test(line.slice(start, dot))) continue;
    const end = dot + m[0].trimEnd().length;
    if (end > start) spans.push([start, end]);
    start = m.index + m[0].length;
  }
  if (start < line.length) spans.push([start, line.length]);
  return spans;
}
