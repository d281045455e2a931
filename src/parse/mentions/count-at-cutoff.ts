import { matchesOf } from '../text/matches.ts';

/**
 * "Draw #433 — French-language proficiency, 5,000 at CRS 391", "CEC: 3,000 at 516", "Tuesday: CEC, 4,000 at 508", "Then Thursday,
 * healthcare, 3,600 at 431": a round's count told before its cut-off with "at", after its program or its name (a count of at least
 * 100, a cut-off of three digits). The count and the cut-off are read from the same match, so neither is taken without the other.
 */
const COUNT_AT_CUTOFF =
  /(?<=\b(?:draws?|rounds?|PNP|CEC|FSW|FST|STEM|French|healthcare|trades|transport|agriculture|education|proficiency|occupations|programs?|class)\b[^.;\d]{0,40}[,:\u2013\u2014-]\s)(\d{1,2},\d{3}|\d{3,4})\sat\s(?:(?:a\s)?(?:CRS|min(?:imum)?\.?)\s(?:score\s)?(?:of\s)?)?([1-9]\d\d)\b(?![\d,]|[.,]\d|\s?%|\s(?:CRS\s)?points?\sor\b)/gi;

/** Whether a bracket opens before `at` and does not close before it. */
const inBrackets = (text: string, at: number): boolean => text.lastIndexOf('(', at) > text.lastIndexOf(')', at);

export interface CountAtCutoff {
  countStart: number;
  count: string;
  cutoffStart: number;
  cutoff: string;
}

/** The text last asked about, and its pairs. */
let lastText = '';
let lastPairs: CountAtCutoff[] = [];

/**
 * Each "count at cut-off" pair of a text, not in brackets ("the most recent rounds were on July 21 (PNP, 202 at 788)": a round
 * recalled beside the news).
 */
export function countsAtCutoffs(masked: string): CountAtCutoff[] {
  if (!masked.includes(' at ')) return [];
  // Asked by the count reader and the cut-off reader about the same text: the last answer is kept.
  if (masked === lastText) return lastPairs;
  const out: CountAtCutoff[] = [];
  for (const m of matchesOf(COUNT_AT_CUTOFF, masked)) {
    if (inBrackets(masked, m.index)) continue;
    const count = m[1] ?? '';
    const cutoff = m[2] ?? '';
    out.push({ countStart: m.index, count, cutoffStart: m.index + m[0].length - cutoff.length, cutoff });
  }
  [lastText, lastPairs] = [masked, out];
  return out;
}

/**
 * "Wednesday, French, 5,500, cutoff 397": a count with its thousands group and no noun, right after the round's program and right
 * before its labelled cut-off. So is a row's "Mon 15 Dec | PNP | 399 | CRS 731" once its cells are cleaned to commas (tables.ts),
 * "… | French-language | 6,000 | CRS 399" and "… | Senior managers | 250 | CRS 429" too (three digits: the cut-off is labelled).
 */
const BARE_COUNT_THEN_CUTOFF =
  /(?<=\b(?:PNP|CEC|FSW|FST|STEM|French(?:-language)?|healthcare|trades|transport|agriculture|education|managers|physicians|researchers)\b,\s)(\d{1,2},\d{3}|[1-9]\d\d)(?=,\s(?:the\s)?(?:cut-?\s?off|cutoff|CRS|min(?:imum)?\.?)\s(?:score\s)?(?:of\s|at\s)?[1-9]\d\d\b)/gi;

/** A cheap test before BARE_COUNT_THEN_CUTOFF, whose lookbehind would be tried at every position. */
const BARE_COUNT_HINT = /\d,\s(?:the\s)?(?:cut|CRS|min)/i;

/** Where each such count starts, and the count as written. */
export function bareCountsBeforeCutoffs(masked: string): { start: number; count: string }[] {
  return BARE_COUNT_HINT.test(masked) ? matchesOf(BARE_COUNT_THEN_CUTOFF, masked).map((m) => ({ start: m.index, count: m[1] ?? '' })) : [];
}
