import { CONTEXT_SPLIT, marksContext, PLAIN_SPLIT, RELATIVE_JOIN, SENTENCE_CONTEXT } from './cues.ts';
import { matchesOf } from '../text/matches.ts';

/** A stretch of a sentence that speaks of at most one draw. */
export interface ClauseSpan {
  readonly start: number;
  readonly end: number;
  /** Opens with a cue for an earlier draw ("follows a PNP draw…", "down from 531…"). */
  readonly context: boolean;
  /** Opens with "which", "when", "with"…: continues the clause before it. */
  readonly relative: boolean;
  /** Opens at the comma that closes a leading cue phrase ("Following the draw on May 24, IRCC invited…"). */
  readonly afterCuePhrase: boolean;
}

/** The first comma after `from`, within `limit` characters, that is not inside parentheses nor a number's ("6,000"); -1 if none. */
function commaOutsideBrackets(sentence: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < sentence.length && i - from <= limit; i++) {
    const ch = sentence[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === ',' && depth === 0 && !(/\d/.test(sentence[i - 1] ?? '') && /\d/.test(sentence[i + 1] ?? ''))) return i;
  }
  return -1;
}

/** Whether `at` lies inside a bracket opened within the sentence (not one that holds the whole sentence: "(Examples: …; …)"). */
function insideBrackets(sentence: string, at: number): boolean {
  const open = sentence.lastIndexOf('(', at);
  return open > 0 && sentence.slice(0, open).trim() !== '' && sentence.lastIndexOf(')', at) < open && sentence.indexOf(')', at) > at;
}

const FROM_TO = /\bfrom\s(?:a\s)?(?:[\w-]+\s){0,2}?\d[\d,]{1,6}\s(?:points?\s|CRS\s|ITAs?\s|invitations\s)?(to\s)(?=(?:a\s(?:new\s)?low\sof\s|just\s|only\s)?\d)/gi;

interface Boundary {
  readonly at: number;
  readonly context: boolean;
  readonly closesCue?: boolean;
}

const MONTH_NAME = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
/**
 * "its first trades draw since October 16, 2019, inviting 250…", "the first all-program draw since December 2020 on Wednesday,
 * July 6", "the first round since Oct. 10: a PNP round, 1,548 ITAs": the earlier draw is the day (or month) alone; the clause goes
 * on after it.
 */
const SINCE_A_DAY = new RegExp(
  String.raw`^since\s+(?:the\s+)?(?:(?:${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME})(?:,?\s+(?:19|20)\d\d)?(?:\s+(?:express entry\s+)?(?:draw|round))?(?=\s*[,:])|${MONTH_NAME}\s+(?:19|20)\d\d(?=\s+on\s))`,
  'i',
);

/** "Less than a week after holding a CEC draw, IRCC held…": a span of time before the cue phrase still leads the sentence. */
const LEAD_SPAN =
  /^[\s"'(*\u2022-]*(?:(?:less|more|fewer) than |just |only |barely |about |some )?(?:a|an|one|two|three|four|five|six|seven|a few|several|\d+)\s+(?:days?|weeks?|months?|hours?|fortnight)\s*$/i;

/** A participle or relative right after the comma that would close a cue phrase set off by commas ("…, celebrada el 21 de enero"): it tells that earlier draw. */
const DESCRIBES_AFTER_COMMA = /^,\s*(?:held|conducted|celebrad[ao]|realizad[ao]|efectuad[ao]|tenue|r[ée]alis[ée]e|effectu[ée]e|(?:in|during|at)\s+which|which|when)(?![\wÀ-ÿ])/i;

/** A relative aside right after a leading cue phrase's comma ("After Monday's round, in which …,"). */
const ASIDE_AFTER_CUE = /^,\s*(?:in which|during which|at which|which|when|where|who)\b/i;

function boundaries(sentence: string): Boundary[] {
  const found: Boundary[] = [];
  for (const m of matchesOf(CONTEXT_SPLIT, sentence)) {
    found.push({ at: m.index, context: true });
    // "inviting 6,300 (vs. 3,000 last time) candidates with at least 515 points": a round told in brackets ends with them.
    const close = m[0].startsWith('(') ? sentence.indexOf(')', m.index) : -1;
    if (close > 0 && /\w/.test(sentence.slice(close + 1))) found.push({ at: close + 1, context: false, closesCue: true });
    const sinceDay = SINCE_A_DAY.exec(sentence.slice(m.index));
    if (sinceDay) found.push({ at: m.index + sinceDay[0].length, context: false, closesCue: true });
    // "After a two-week pause, IRCC invited…": a leading cue phrase ends at its comma, and so does one set off by
    // commas ("In June's draw, following the recent draw on May 24, a total of 4,800…").
    const leads = sentence.slice(0, m.index).trim().length <= 2 || LEAD_SPAN.test(sentence.slice(0, m.index));
    if (leads || /,\s*$/.test(sentence.slice(Math.max(0, m.index - 3), m.index))) {
      const comma = commaOutsideBrackets(sentence, m.index, 120);
      // Not "…453, down from 461 in the previous draw, held on Jan. 6, which invited 1,463": a participle or relative after the
      // comma goes on telling the draw the cue named.
      const describesIt = !leads && DESCRIBES_AFTER_COMMA.test(sentence.slice(comma, comma + 24));
      if (comma > 0 && !describesIt) found.push({ at: comma, context: false, closesCue: true });
      // "After Monday's PNP-only round, in which 536 candidates … were invited, IRCC held …": an aside with its figures on the
      // earlier round of a cue phrase that leads the sentence ends at its own comma, where the sentence's own clause starts
      // (not at the comma of "in which Immigration, Refugees, and Citizenship Canada invited 2,095").
      const aside = leads && comma > 0 && ASIDE_AFTER_CUE.test(sentence.slice(comma, comma + 20)) ? commaOutsideBrackets(sentence, comma + 1, 160) : -1;
      if (aside > 0 && /\d/.test(sentence.slice(comma, aside))) found.push({ at: aside, context: false, closesCue: true });
    }
  }
  // Not inside brackets: "follows PNP draw 360 (1,800 ITAs; CRS 750) on 21 July" is one clause on that draw.
  for (const m of matchesOf(PLAIN_SPLIT, sentence)) if (!insideBrackets(sentence, m.index)) found.push({ at: m.index, context: false });
  // "The points required decreased, compared to the previous draw, from 538 to 491": the figure after
  // "to" belongs to the draw the sentence opened with (an earlier one when its opening says so).
  const firstCue = found.find((b) => b.context)?.at ?? sentence.length;
  const openingContext = marksContext(sentence.slice(0, firstCue));
  for (const m of matchesOf(FROM_TO, sentence)) found.push({ at: m.index + m[0].length - (m[1] ?? '').length, context: openingContext });
  found.sort((a, b) => a.at - b.at || Number(b.context) - Number(a.context));
  const out: Boundary[] = [];
  for (const b of found) {
    const prev = out[out.length - 1];
    if (b.at <= 0) {
      if (b.context) out.unshift({ at: 0, context: true });
      continue;
    }
    if (prev && b.at - prev.at < 3) {
      if (b.context && !prev.context) out[out.length - 1] = { at: prev.at, context: true };
      continue;
    }
    out.push(b);
  }
  return out;
}

/** Clauses of one sentence, in order; a sentence opening with "The day before," is context throughout. */
export function clauseSpans(sentence: string): ClauseSpan[] {
  const wholeContext = SENTENCE_CONTEXT.test(sentence);
  const cuts = boundaries(sentence);
  const spans: ClauseSpan[] = [];
  let start = 0;
  let context = cuts[0]?.at === 0 ? cuts[0].context : false;
  let closesCue = false;
  for (const cut of cuts) {
    if (cut.at === 0) continue;
    spans.push(makeSpan(sentence, start, cut.at, context || wholeContext, closesCue));
    start = cut.at;
    context = cut.context;
    closesCue = cut.closesCue === true;
  }
  spans.push(makeSpan(sentence, start, sentence.length, context || wholeContext, closesCue));
  return spans.filter((s) => s.end > s.start);
}

/** "…the lowest cut-off in the history of Express Entry - 413 - on May 31": a figure set off by dashes names the words before it. */
const DASHED_FIGURE = /^\s*[-\u2013\u2014]\s*\d[\d,]*\s*(?:points?\s*)?$/;
/** "follows a PNP draw on February 4 - inviting 455 candidates - and …": an aside set off by dashes describes the draw just named. */
const DASHED_ASIDE = /^\s*[-\u2013\u2014]\s*(?:inviting|issuing|sending|selecting|targeting|which|who|that|with)\b/i;

function makeSpan(sentence: string, start: number, end: number, context: boolean, afterCuePhrase: boolean): ClauseSpan {
  const head = sentence.slice(start, Math.min(end, start + 40));
  return { start, end, context, relative: RELATIVE_JOIN.test(head) || DASHED_ASIDE.test(head) || DASHED_FIGURE.test(sentence.slice(start, end)), afterCuePhrase };
}
