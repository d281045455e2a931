import type { Programs } from '../../config/programs.ts';
import { findCutoffs, findShorthandCounts } from './crs-mentions.ts';
import { findDates, findMonthsOnly, type DateContext } from './date-mentions.ts';
import { findDrawNumbers } from './draw-number.ts';
import { findInvitations } from './invitation-mentions.ts';
import { maskNonFacts } from './masks.ts';
import { findPrograms } from './program-mentions.ts';
import { draftPrograms } from './program-context.ts';
import { findTieBreaks } from './tie-break.ts';
import { DIGITS, NUMBER_WORDS, readNumber } from './number-tokens.ts';
import { isDayRef, type DateMention, type FactMention, type SentenceFacts } from '../types.ts';
import { compiledNow, matchesOf } from '../text/matches.ts';

/** "529, down from 549": the compared number is the same kind of figure as the one before the cue. */
const COMPARED = new RegExp(
  String.raw`\b(?:(?:down|up|decrease|increase|drop|rise|fall|jump|dip|decline|climb)s?\s+from|compared\s+(?:with|to)|versus|vs\.?)\s{1,3}(?:the\s)?${DIGITS}(?!\s?(?:%|percent|points?\s+(?:for|from)))`,
  'gi',
);

function comparedFigures(masked: string, invitations: FactMention[], cutoffs: FactMention[]): void {
  for (const m of matchesOf(COMPARED, masked)) {
    const raw = m[1] ?? '';
    const start = m.index + m[0].length - raw.length;
    const value = readNumber(raw);
    if (value === null) continue;
    const before = [...invitations.map((f) => ({ f, crs: false })), ...cutoffs.map((f) => ({ f, crs: true }))]
      .filter(({ f }) => f.end <= m.index && m.index - f.end <= 80)
      .sort((a, b) => b.f.end - a.f.end)[0];
    if (!before) continue;
    const fact = { start, end: start + raw.length, value };
    if (before.crs && value >= 50 && value <= 1200) cutoffs.push(fact);
    else if (!before.crs && value >= 1 && value <= 50_000) invitations.push(fact);
  }
  invitations.sort((a, b) => a.start - b.start);
  cutoffs.sort((a, b) => a.start - b.start);
}

/** Every mention one sentence holds, with dates taken by a tie-break or a "since …" left out. */
function afterTieBreak(sentence: string, tieBreaks: readonly { start: number; end: number }[], d: { start: number }): boolean {
  const tb = tieBreaks[0];
  if (tb === undefined || d.start <= tb.start) return false;
  // Nor after the rule's brackets close and another clause begins ("(…; tie-break 2025-03-04 22:35:42 UTC), and followed it today with …").
  return !sentence.slice(tb.end, d.start).includes(';') && !NEXT_CLAUSE.test(sentence.slice(tb.start, d.start));
}
/** A sentence that asks the reader to act: "Book a consultation today.", "Contact us today for a free assessment". */
const CALL_TO_ACT =
  /^[\s*\u2022-]*(?:book|contact|call|subscribe|sign up|register|join|schedule|reach out|email|message|talk to|speak (?:to|with)|get in touch|download|follow us)\b(?![^.!?]*\b(?:draw|round|invit\w*|ITAs?)\b)/i;
const NEXT_CLAUSE = /\)[^(]*\b(?:and|then|but|while)\b/;

/** "invited 5, 956 candidates": thousands split by a stray space after an inviting word (never after a month's day: "May 31, 956"). */
const SPLIT_THOUSANDS = compiledNow(/(?=\d)(?<=\b(?:invited|invites|invite|issued|sent|extended|total of|totalling|totaling|approximately|about|around|nearly|some)\s)(\d{1,2}), (\d{3})\b/gi);
/** The same length, so positions still match the sentence. */
const mendThousands = (text: string): string => text.replace(SPLIT_THOUSANDS, '$1,$2 ');

const NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS})\\b`, 'i');
/** The same words where a count pattern (COUNT, number-tokens.ts) can read them: it asks for no word boundary before. */
const NUMBER_WORD_ANYWHERE = new RegExp(`(?:${NUMBER_WORDS})\\b`, 'i');

/** A Spanish or Portuguese sentence about a draw, where "3.350" is three thousand three hundred and fifty. */
const IBERIAN_SENTENCE = /\b(?:candidatos|invitaciones|convites|sorteos?|sorteios?|puntos|pontos|puntaje|puntuaci[óo]n|pontua[çc][ãa]o|invitados|convidados)\b/i;
/** Dot thousands ("3.350") and thousands in words ("3,5 mil", "2 mil") written as commas, the same length, so positions still match the sentence. */
const commaThousands = (text: string): string =>
  text
    .replace(/(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d]|[.,]\d)/g, '$1,$2')
    .replace(/(?<![\d.,])(\d{1,3}),(\d) mil\b/g, '  $1,$200')
    .replace(/(?<![\d.,])(\d{1,3}) mil\b/g, '$1,000');

const PAIR_BEFORE = /(?<![\d,.])(\d[\d,]{0,8}\d),?\s(?:and|&)\s$/i;
/** "… and 421", "…, and 534", and the first of a list of three or more: "462, 746, and 534". */
const PAIR_AFTER = /^,?\s?(?:CRS\s|ITAs?\s|points?\s|invitations\s)?(?:and|&)\s(\d[\d,]{1,8})(?![\d,.]\d)|^,\s(\d{2,}(?:,\d{3})*)(?=,?\s(?:and|&)\s\d)/i;
/**
 * The figure is one of "825 and 421", "764 and 727", "462, 746, and 534": numbers side by side, the other not a
 * figure of another kind ("the CRS for draw #273 was 470 and 1000 ITAs were issued" is a cut-off and a count).
 */
function pairedFigure(sentence: string, f: { start: number; end: number }, otherKind: readonly { start: number; end: number }[]): boolean {
  const from = Math.max(0, f.start - 16);
  const before = PAIR_BEFORE.exec(sentence.slice(from, f.start));
  if (before && !coveredAt(otherKind, from + before.index)) return true;
  const after = PAIR_AFTER.exec(sentence.slice(f.end, f.end + 24));
  return after !== null && !coveredAt(otherKind, f.end + after.index + after[0].length - (after[1] ?? after[2] ?? '').length);
}

/** Whether one of the figures covers the position. */
const coveredAt = (figures: readonly { start: number; end: number }[], at: number): boolean => figures.some((o) => o.start <= at && at < o.end);

/** Express Entry's first year: its pages' ordinals count every round (findDrawNumbers). */
const FIRST_YEAR = 2015;

/** "1.000 CEC invitations", "6.500 francophones invités": dot thousands right before the count's noun, in any language. */
const DOT_THOUSANDS_COUNT = /(?<![\d.,])(\d{1,2})\.(\d{3})(?=\s(?:[\p{L}-]+\s){0,2}(?:invitations|ITAs|invites|candidates|francophones|convites|invitaciones|candidats|candidatos)\b)/giu;

/** A cheap test before DOT_THOUSANDS_COUNT. */
const DOT_THOUSANDS = /\d\.\d{3}/;

/** Express Entry's first round (IRCC's record, round 1): no round was held before it. */
const FIRST_ROUND = { year: 2015, month: 1, day: 31 } as const;

/** "the new system that opened on January 1" on a page of 2015: a day before the first round is no round's. */
function beforeExpressEntry(d: DateMention, ctx: DateContext): boolean {
  if (!isDayRef(d.value)) return false;
  const year = d.value.year ?? ctx.published?.year ?? null;
  if (year === null) return false;
  return year < FIRST_ROUND.year || (year === FIRST_ROUND.year && d.value.month === FIRST_ROUND.month && d.value.day < FIRST_ROUND.day);
}

export function sentenceFacts(original: string, ctx: DateContext, programs: Programs): SentenceFacts & { allDates: DateMention[] } {
  const sentence = IBERIAN_SENTENCE.test(original) ? commaThousands(original) : DOT_THOUSANDS.test(original) ? original.replace(DOT_THOUSANDS_COUNT, '$1,$2') : original;
  const allDates = findDates(sentence, ctx);
  // Most sentences of an article hold no number at all: skip the number readers for them.
  const digits = /\d/.test(sentence);
  const counts = digits || NUMBER_WORD.test(sentence);
  const tieBreaks = digits ? findTieBreaks(sentence, allDates) : [];
  const takenDates = new Set(tieBreaks.map((t) => t.dateIndex));
  const firstYear = ctx.published?.year === FIRST_YEAR;
  const drawNumbers = digits || firstYear ? findDrawNumbers(sentence, firstYear) : [];
  const masked = counts ? maskNonFacts(sentence, [...allDates, ...tieBreaks, ...drawNumbers]) : sentence;
  // Every count and cut-off pattern holds a number: when masking left none ("On May 31, 2024, IRCC…"), they are not run.
  const maskedDigits = digits && /\d/.test(masked);
  const maskedCounts = maskedDigits || (counts && NUMBER_WORD_ANYWHERE.test(masked));
  const shorthand = maskedDigits ? findShorthandCounts(masked) : [];
  const invitations = maskedCounts
    ? [...findInvitations(mendThousands(masked), mendThousands(sentence)), ...shorthand.filter((s) => !/\d/.test(sentence.slice(s.end, s.end + 1)))]
        .sort((a, b) => a.start - b.start)
        .filter((f, i, xs) => i === 0 || xs[i - 1]?.start !== f.start)
    : [];
  const cutoffs = maskedDigits ? findCutoffs(masked) : [];
  // A number read both ways is the cut-off: that reading needs a cue word ("a minimum score of 520 means…").
  const counted = invitations.filter((i) => !cutoffs.some((c) => c.start < i.end && i.start < c.end));
  // Before paired figures are set aside: a sentence that lists its draws' facts "respectively" keeps its lists whole.
  const listed = listsInOrder(sentence) ? listedFigures(masked, counted, cutoffs) : undefined;
  invitations.length = 0;
  // "yielding 825 and 421 ITAs respectively", "at 764 and 727": one of a pair of draws' figures, read alone, would
  // go to whichever draw the sentence is about; neither is taken.
  invitations.push(...counted.filter((f) => !pairedFigure(masked, f, cutoffs)));
  const single = cutoffs.filter((f) => !pairedFigure(masked, f, counted));
  cutoffs.length = 0;
  cutoffs.push(...single);
  if (maskedDigits) comparedFigures(masked, invitations, cutoffs);
  const scores = digits ? matchesOf(/(?<![\d,.])\d{2,4}(?![\d]|[,.]\d)/g, masked).filter((m) => Number(m[0]) >= 50 && Number(m[0]) <= 1200) : [];
  return {
    allDates,
    // A day written after the tie-break, in the same clause, belongs to it ("…, so the round reached profiles from the day before").
    // "…has not held a CEC round since September 14, 2021 (2,000 invitations at 462 points)": a day of background with its round's
    // figures in brackets is that round's day.
    // Nor a call to act's "today" ("Book a consultation today.", "Contact us today"): no round's day.
    dates: allDates.filter(
      (d, i) =>
        !takenDates.has(i) && (!d.background || roundInBrackets(sentence, d)) && !afterTieBreak(sentence, tieBreaks, d) && !beforeExpressEntry(d, ctx) && !(d.relative && CALL_TO_ACT.test(sentence)),
    ),
    tieBreaks,
    drawNumbers,
    invitations,
    cutoffs,
    programs: draftPrograms(sentence, findPrograms(sentence, programs)),
    months: counts ? findMonthsOnly(sentence, ctx.published) : [],
    scores: scores.map((m) => Number(m[0])),
    tieScores: scores.filter((m) => tieBreaks[0] !== undefined && m.index < tieBreaks[0].start).map((m) => Number(m[0])),
    ...(listed ? { listed } : {}),
  };
}

/** A round's figures in brackets right after a day ("since September 14, 2021 (2,000 invitations at 462 points)"). */
const roundInBrackets = (sentence: string, d: DateMention): boolean => /^\s?\([^()]{0,40}\d[\d,.\s]*\s?(?:invitations|ITAs|candidates)\b[^()]{0,40}\)/i.test(sentence.slice(d.end));

/** A sentence that lists its draws' facts in one order ("… 640 and 2,500 invitations, with cut-offs of 741 and 503 respectively"). */
const RESPECTIVELY = /\brespectively\b/i;
/** The same without the word: "The PNP and CEC rounds on Monday and Tuesday invited 442 and 1,000 candidates, at 760 and 523." */
const PARALLEL_LISTS = /\b\d[\d,]*\s+and\s+\d[\d,]*\s+(?:candidates|invitations|ITAs)\b[^.;]{0,40}?\b(?:at|with\s+(?:cut-?offs|minimum\s+scores)\s+of|cut-?offs\s+of)\s+\d{3}\s+and\s+\d{3}\b/i;
/** Whether a sentence lists its draws' facts in one order, with "respectively" or in two parallel pairs of figures. */
export const listsInOrder = (sentence: string): boolean => RESPECTIVELY.test(sentence) || PARALLEL_LISTS.test(sentence);
const LIST_NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
/** A listed figure, perhaps with its program's short name: "640 PNP", "2,500". */
const LIST_ITEM = String.raw`(?:${LIST_NUMBER})(?:\s[A-Z][A-Za-z]{1,11})?`;
/** "640 and 2,500", "462, 746, and 534", "640 PNP and 2,500 CEC": figures listed side by side. */
const NUMBER_LIST = new RegExp(String.raw`(?<![\d,.])${LIST_ITEM}(?:(?:,\s|,?\s(?:and|&)\s)${LIST_ITEM})+(?![\d]|[,.]\d)`, 'g');
const LIST_NUMBERS = new RegExp(String.raw`(?<![\d,.])(?:${LIST_NUMBER})(?![\d]|[,.]\d)`, 'g');
/** "cut-offs of 741 and 503", "minimum scores of …", "CRS scores were …". */
const CUTOFFS_BEFORE = /\b(?:cut-?\s?offs?|cutoffs?|thresholds?|(?:minimum|lowest)\s(?:CRS\s)?(?:scores?|points)|CRS(?:\sscores?)?)\s(?:of\s|were\s|at\s|:\s)?(?:\w+\s)?$/i;
/** "640 and 2,500 invitations", "issuing 640 and 2,500", "invited 640 PNP and 2,500 CEC candidates". */
const COUNT_NOUN_AFTER = /^\s(?:[A-Za-z-]+\s)?(?:invitations|ITAs?|candidates|applicants|invites)\b/i;
const INVITING_BEFORE = /\b(?:invit(?:ed|ing|es)|issu(?:ed|ing|es)|sen(?:t|ding)|extend(?:ed|ing))\s(?:a total of\s)?$/i;

/** The counts and cut-offs of a "respectively" sentence's lists, each list whole (figures read alone kept too). */
function listedFigures(masked: string, counts: readonly FactMention[], cutoffs: readonly FactMention[]): { invitations: FactMention[]; cutoffs: FactMention[] } {
  const out = { invitations: new Map<number, FactMention>(), cutoffs: new Map<number, FactMention>() };
  for (const f of counts) out.invitations.set(f.start, f);
  for (const f of cutoffs) out.cutoffs.set(f.start, f);
  for (const m of matchesOf(NUMBER_LIST, masked)) {
    const end = m.index + m[0].length;
    const before = masked.slice(Math.max(0, m.index - 40), m.index);
    const holds = (fs: readonly FactMention[]): boolean => fs.some((f) => f.start >= m.index && f.start < end);
    const kind =
      CUTOFFS_BEFORE.test(before) || holds(cutoffs) ? out.cutoffs : COUNT_NOUN_AFTER.test(masked.slice(end, end + 30)) || INVITING_BEFORE.test(before) || holds(counts) ? out.invitations : null;
    if (!kind) continue;
    for (const n of matchesOf(LIST_NUMBERS, m[0])) {
      const value = readNumber(n[0]);
      const start = m.index + n.index;
      if (value !== null && !kind.has(start)) kind.set(start, { start, end: start + n[0].length, value });
    }
  }
  const sorted = (map: Map<number, FactMention>): FactMention[] => [...map.values()].sort((a, b) => a.start - b.start);
  return { invitations: sorted(out.invitations), cutoffs: sorted(out.cutoffs) };
}
