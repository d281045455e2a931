import type { Programs } from '../../config/programs.ts';
import { daysBetween, dayToIso, withYearBefore } from '../mentions/calendar.ts';
import { findDates, type DateContext } from '../mentions/date-mentions.ts';
import { FORUM_POST_STAMP, type ArticleLine } from '../text/lines.ts';
import { skilledTradesAsFst } from '../mentions/program-mentions.ts';
import { listsInOrder, sentenceFacts } from '../mentions/sentence-facts.ts';
import { FOR_CONTEXT_AFTER, introducesSeveral, TODAYS_DRAW, YESTERDAY_LEAD } from './cues.ts';
import { cardNumbersForward } from './card-numbers.ts';
import { programFromComparison } from './compared-program.ts';
import { sentenceGroups } from './sentence-groups.ts';
import { sentenceSpans } from '../text/sentences.ts';
import { isDayRef, type DateMention, type DayRef, type Group, type SentenceFacts, type Where } from '../types.ts';
import { compiledNow, wordStartsGrouped } from '../text/matches.ts';

/**
 * Runs the sentence readers over the article's prose (table rows excluded) and gives every day
 * written without a year the year the article states for that day elsewhere, else the year
 * implied by the page's date. A day nothing dates keeps a null year.
 */

interface Read {
  readonly where: Where;
  readonly text: string;
  readonly facts: SentenceFacts & { allDates: DateMention[] };
  /** The one program the line introducing a list named ("every Canadian Experience Class round:"), for its items. */
  readonly listProgram: string | null;
  /** An item of a list its line introduced with a colon ("IRCC issued:" / "1. 391 ITAs" / "2. Under the new category: Physicians"): the items finish that one statement. */
  readonly continuesIntro: boolean;
}

/** A line that stops at the draw's verb and lists what it did below ("IRCC issued:"), not a list of programs who may apply ("Eligible programs:"). */
const DRAW_VERB_COLON = compiledNow(/\b(?:issued|invited|sent|extended|conducted|held)\s*:\s*$/i);

const LIST_ITEM = /^[\s]*(?:[-*\u2022\u25cf\u25aa]|\d{1,2}[.)])\s/;

/** An article has a few hundred sentences at most; beyond this the text is not one article. */
export const MAX_SENTENCES = 5_000;

const dayKey = (d: { month: number; day: number }): string => `${d.month}-${d.day}`;

/** Years the article writes in full for a month and day, when it writes only one. */
function statedYears(reads: readonly Read[]): Map<string, number> {
  const seen = new Map<string, Set<number>>();
  for (const r of reads) {
    for (const d of r.facts.allDates) {
      if (!isDayRef(d.value) || d.value.year === null) continue;
      const set = seen.get(dayKey(d.value)) ?? new Set<number>();
      set.add(d.value.year);
      seen.set(dayKey(d.value), set);
    }
  }
  const out = new Map<string, number>();
  for (const [k, years] of seen) if (years.size === 1) out.set(k, [...years][0] ?? 0);
  return out;
}

export function yearResolver(stated: Map<string, number>, published: DayRef | null): (d: DayRef) => DayRef {
  return (d) => {
    if (d.year !== null) return d;
    const year = stated.get(dayKey(d));
    return year !== undefined ? { ...d, year } : withYearBefore(d, published);
  };
}

/** "Last week in Express Entry", "Last week was a two-draw week", "Week in review", "la semana pasada": an account of last week. */
const LAST_WEEK_LEAD = /\blast week\b|\bweek in review\b|\bsemana pas(?:ada|sada)\b|\bsemaine derni[èe]re\b/i;
const LAST_WEEK_LEAD_SENTENCES = 4;

/** A line that opens with a day of a year and a dash: "Feb. 13, 2021 — Record draw: …", "13 February 2021 – …", "2021-02-13 — …". */
const CHRONOLOGY_ENTRY =
  /^[\s*\u2022]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s[-\u2013\u2014]\s/i;
/** So many such lines make the page a chronology, whose lines' days are their entries' (not datelines). */
const CHRONOLOGY_ENTRIES = 3;

function readSentences(lines: readonly ArticleLine[], text: (l: ArticleLine) => string | null, published: DayRef | null, programs: Programs): Read[] {
  const reads: Read[] = [];
  // "on the 28th" before any month is named (a gloss's "28日（現地時間）" under a dateline the reader skips): the page's month.
  let lastMonth: DateContext['lastMonth'] = published ? { year: published.year, month: published.month } : null;
  let lastMonthFromPage = published !== null;
  let sentence = 0;
  let introProgram: string | null = null;
  let introColon = false;
  let lastWeek = false;
  // A forum post's "today" and "yesterday" count from its stamp ("raj » Sat Jan 31, 2015 9:14 am"), not from the day the thread
  // was read (docs/parser.md "Session 55").
  let reference = published;
  // Under an e-mail's "On … wrote:": false until its first "> " line, then true (null elsewhere).
  let quoted: boolean | null = null;
  const chronology = lines.filter((l) => CHRONOLOGY_ENTRY.test(l.text)).length >= CHRONOLOGY_ENTRIES;
  for (const l of lines) {
    if (l.meta && FORUM_POST_STAMP.test(l.text)) reference = postDay(l.text, published) ?? published;
    // So does a chat message's "today" from the day it was sent (chat-export.ts).
    if (l.sent) reference = postDay(l.sent, published) ?? published;
    // And a quoted e-mail's from the day of its "On Wed, 5 Apr 2017 at 21:48, Sam <…> wrote:", up to the quote's last "> " line.
    if (REPLY_HEADER.test(l.text)) [reference, quoted] = [postDay(l.text, published) ?? published, false];
    else if (quoted && !l.text.startsWith('>')) [reference, quoted] = [published, null];
    else if (quoted === false && l.text.startsWith('>')) quoted = true;
    const lineText = text(l);
    if (lineText === null) continue;
    if (sentence >= MAX_SENTENCES) break;
    const item = LIST_ITEM.test(lineText);
    const named = new Set<string>();
    for (const [start, end] of sentenceSpans(lineText)) {
      const s = lineText.slice(start, end);
      if (sentence < LAST_WEEK_LEAD_SENTENCES && LAST_WEEK_LEAD.test(s)) lastWeek = true;
      const facts = sentenceFacts(s, { published: reference, lastMonth, lastMonthFromPage, lastWeek, chronology }, programs);
      // Not a tie-break's day ("Tie-break August 14, 2025 …" then "Round 365 on the 4th": September's, the page's month).
      for (const d of facts.allDates) if (isDayRef(d.value) && !inTieBreak(facts.tieBreaks, d)) [lastMonth, lastMonthFromPage] = [{ year: d.value.year, month: d.value.month }, false];
      for (const p of facts.programs) named.add(p.code);
      reads.push({ where: { line: l.index, sentence: sentence++, zone: l.zone }, text: s, facts, listProgram: item ? introProgram : null, continuesIntro: item && introColon });
    }
    if (!item) {
      introProgram = named.size === 1 ? ([...named][0] ?? null) : null;
      introColon = DRAW_VERB_COLON.test(lineText);
    }
  }
  return reads;
}

/** Whether a day is written inside one of the sentence's tie-breaks. */
const inTieBreak = (tieBreaks: readonly { start: number; end: number }[], d: { start: number }): boolean => tieBreaks.some((t) => t.start <= d.start && d.start < t.end);

/** An e-mail's line over the message it quotes: "On Wed, 5 Apr 2017 at 21:48, Sam Ortiz <sam@…> wrote:", "> On Mar 17, 2026, at 6:02 PM, Alicia wrote:". */
const REPLY_HEADER = /^[>\s]*On\s[^\n]{6,120}\bwrote:\s*$/i;

/** The day of a forum post's stamp, when it is the page's or up to two weeks before it. */
function postDay(stamp: string, published: DayRef | null): DayRef | null {
  const day = findDates(stamp, { published: null, lastMonth: null }).find((d) => isDayRef(d.value))?.value;
  if (!day || !isDayRef(day) || day.year === null) return null;
  const lag = published ? daysBetween(day, published) : 0;
  return lag !== null && lag >= 0 && lag <= 14 ? day : null;
}

/** How many sentences after a list of days "The first …", "The second …" may still name its draws. */
const ORDINAL_REACH = 4;
const ORDINAL_LEAD = /^\W*(?:the\s+)?(first|second|third|fourth|former|latter)\b/i;
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** The place in a list of `count` that a sentence opening "The first …", "The second …", "The latter …" names; -1 for none. */
function ordinalOf(text: string, count: number): number {
  const word = ORDINAL_LEAD.exec(text)?.[1]?.toLowerCase();
  if (!word) return -1;
  if (word === 'former') return 0;
  if (word === 'latter') return count - 1;
  return ORDINALS.indexOf(word);
}

/**
 * A heading over earlier rounds: "La semaine précédente", "Previous rounds", "Rappel des dernières rondes", "Rodadas anteriores".
 * The rows under it, up to the next paragraph or heading, are rounds compared with, not news. Not a Monday digest's "Last
 * week:", whose rounds are its news.
 */
const PAST_SECTION_HEADING =
  /^\W*(?:(?:the\s+)?(?:previous|prior|earlier)\s+(?:week|weeks|(?:express entry\s+)?(?:draws|rounds))|(?:what\s+changed\s+)?(?:from|since|compared\s+(?:with|to))\s+last\s+week\b|(?:la\s+)?semaine\s+pr[ée]c[ée]dente|(?:les\s+)?(?:rondes|tirages)\s+(?:pr[ée]c[ée]dent(?:e)?s|ant[ée]rieur(?:e)?s)|rappel\s+des\s+(?:derni[èe]res?|pr[ée]c[ée]dente?s)\s+(?:rondes|tirages)|(?:las\s+)?(?:rondas|sorteos)\s+(?:anteriores|previas)|(?:as\s+)?(?:rodadas|sorteios)\s+anteriores|(?:la\s+|a\s+)?semana\s+anterior)\s*:?\s*$/i;
/** A line this long is a paragraph: it ends a section of rows under a heading. */
const PARAGRAPH_CHARS = 120;
const isHeading = (text: string): boolean => text.length <= 60 && !/\d/.test(text) && !/[.!?]\s*$/.test(text);

/**
 * The site told that round before: "We reported it yesterday", "which we reported on Wednesday", "We covered Wednesday's and
 * Thursday's rounds earlier this week", "… and a PNP round on Tuesday (763 invitations, cut-off 690), both covered earlier this week",
 * "Wednesday's PNP-only round (118 invitations, CRS 808), posted yesterday."
 */
const ALREADY_REPORTED = compiledNow(
  wordStartsGrouped(
    /\b(?:we|I)\s+(?:already\s+)?(?:reported|covered|wrote about)\s+(?:it|this|that|them|those)\s+(?:yesterday|earlier|on\s+\w+day|last\s+week)\b|\b(?:we|I)\s+(?:already\s+)?(?:reported|covered|wrote about)\s+(?:\w+day['\u2019]s\s+(?:and\s+\w+day['\u2019]s\s+)?(?:rounds?|draws?)\b)|\bwhich\s+we\s+(?:already\s+)?(?:reported|covered)\b|\b(?:both|all\s+(?:two|three|four)|each)\s+(?:already\s+)?(?:covered|reported)\s+(?:here\s+)?(?:earlier|yesterday|on\s+\w+day|last\s+week)\b|\),?\s+(?:posted|covered|reported)\s+(?:here\s+)?(?:yesterday|earlier this week|on\s+\w+day)\s*[.;]?\s*$|\b(?:was|were)\s+(?:already\s+)?(?:covered|reported)\s+(?:in\s+(?:last\s+week['\u2019]s|our\s+(?:last|previous))\s+(?:brief|newsletter|issue|edition|digest|post|update)\b|(?:here\s+)?(?:yesterday|last\s+week)\b)/i,
  ),
);

/**
 * A sentence that opens by setting its round beside the news (SENTENCE_CONTEXT's "for context" and "for comparison" forms), or
 * ends so ("Monday's PNP draw (Nov. 10) invited 714 at 738, for context").
 */
const FOR_CONTEXT =
  /^[\s"'(*\u2022-]*(?:for (?:comparison|context|reference)|by comparison|in comparison)\b|^[\s"'(*\u2022-]*(?:both|the two|these two|all three|the three)\b(?:\s+[\w-]+){0,3}?\s+(?:follow(?:s|ed)?|c(?:o|a)me\s+after|arrived?\s+after)\b/i;

/** Groups of the whole article in reading order, days dated as far as the text allows. */
export function articleGroups(
  lines: readonly ArticleLine[],
  text: (l: ArticleLine) => string | null,
  published: DayRef | null,
  programs: Programs,
): { groups: Group[]; resolve: (d: DayRef) => DayRef; severalIntroduced: Set<number> } {
  const read = readSentences(lines, text, published, programs);
  const tradesSince = programs.get('trades')?.since;
  const publishedOn = published ? dayToIso(published) : null;
  const relabelled = skilledTradesAsFst(
    read.map((r) => r.text),
    read.map((r) => r.facts.programs),
    tradesSince !== undefined && publishedOn !== null && publishedOn < tradesSince && programs.get('fst') !== undefined,
  );
  const reads = read.map((r, i) => ({ ...r, facts: { ...r.facts, programs: relabelled[i] ?? r.facts.programs } }));
  const resolve = yearResolver(statedYears(reads), published);
  const groups: Group[] = [];
  // "IRCC conducted two significant Express Entry draws this week:", "On April 23 and 24, 2024, IRCC held two Express Entry
  // draws.": the sentences that introduce several draws (in the body: a weekly review's section).
  const severalIntroduced = new Set<number>();
  let todaysDrawAt = -Infinity;
  let listed: { at: number; days: DayRef[] } | null = null;
  let pastSection = false;
  let previous: Group[] = [];
  reads.forEach((r, i) => {
    const heading = isHeading(r.text.trim());
    if (pastSection && (heading || r.text.length > PARAGRAPH_CHARS)) pastSection = false;
    if (heading && PAST_SECTION_HEADING.test(r.text.trim())) pastSection = true;
    if (introducesSeveral(r.text)) severalIntroduced.add(r.where.sentence);
    const dates = r.facts.dates.map((d) => (isDayRef(d.value) ? { ...d, value: resolve(d.value) } : d));
    const found = sentenceGroups(r.text, { ...r.facts, dates }, r.where);
    // "IRCC held back-to-back draws on March 17 and 18. The first, a PNP draw, invited 536 … The second …": each its day.
    const days = dates.filter((d) => d.listed).map((d) => d.value);
    if (days.length >= 2 && days.every(isDayRef) && !listsInOrder(r.text)) listed = { at: i, days };
    else if (listed && i - listed.at <= ORDINAL_REACH) {
      const day = listed.days[ordinalOf(r.text, listed.days.length)];
      if (day) for (const g of found) if (g.dates.length === 0 && !g.context) g.dates = [day];
    }
    for (const g of found) if (r.listProgram && g.programs.length === 0 && g.invitations.length + g.crs.length > 0) g.programs = [r.listProgram];
    programFromComparison(r.text, found);
    // A program alone in such an item names the program of the draw the statement is about.
    for (const g of found)
      if (r.continuesIntro && !g.context && !g.plural && g.programs.length === 1 && g.dates.length + g.invitations.length + g.crs.length + g.drawNumbers.length === 0) g.refersBack = true;
    // "Today's draw is the second of the week. Yesterday, on December 18, IRCC invited 1,325…": after today's draw, yesterday's is another.
    if (YESTERDAY_LEAD.test(r.text) && i - todaysDrawAt <= 2) for (const g of found) g.context = true;
    if (TODAYS_DRAW.test(r.text)) todaysDrawAt = i;
    if (pastSection) for (const g of found) g.context = true;
    // "… a PNP round that invited 471 candidates. We reported it yesterday.", "yesterday's CEC round (…), which we reported on
    // Wednesday", "Last Friday's French round (800 ITAs, 478) was covered in last week's brief": a round the site already told is no
    // news of this page.
    if (ALREADY_REPORTED.test(r.text)) {
      const told = found.filter((g) => g.invitations.length + g.crs.length + g.drawNumbers.length + g.programs.length > 0);
      // In its own sentence ("We reported it yesterday.") it points at the round just told, however that was called.
      for (const g of told.length > 0 ? told.filter((t) => !t.fresh) : previous) {
        g.context = true;
        g.background = true;
      }
    }
    // "For context, the PNP round held on April 28 invited 421 candidates": told as background, not one of the news.
    if (FOR_CONTEXT.test(r.text) || FOR_CONTEXT_AFTER.test(r.text)) for (const g of found) if (g.context) g.background = true;
    previous = found;
    groups.push(...found);
  });
  const bySentence = new Map(reads.map((r) => [r.where.sentence, r.text]));
  cardNumbersForward(groups, (sentence) => bySentence.get(sentence));
  return { groups, resolve, severalIntroduced };
}
