import { daysBetween, sameDay } from '../mentions/calendar.ts';
import type { TableRow } from '../text/tables.ts';
import { hasFacts, sameFigure, type DayRef, type Draft } from '../types.ts';

/**
 * One draft per draw: table rows become drafts, then drafts that state the same draw (same day and
 * program, same round number, or an undated mention of the same figure in the same program) are
 * merged, the earlier one keeping its place.
 */

export function tableDrafts(rows: readonly TableRow[], firstId: number, resolve: (d: DayRef) => DayRef): Draft[] {
  return rows.map((r, i) => ({
    id: firstId + i,
    date: r.date ? resolve(r.date) : null,
    drawNumber: r.drawNumber,
    program: r.program,
    invitations: r.invitations,
    minCrs: r.minCrs,
    tieBreak: r.tieBreak,
    context: true,
    table: true,
    related: false,
    // A tracker's newest row, marked so ("★ 5 | 20-Mar-2015 | …"): told as new (choose-primary.ts `promotedRow`).
    fresh: r.marked === true,
    firstSentence: Number.MAX_SAFE_INTEGER,
    lastSentence: Number.MAX_SAFE_INTEGER,
    months: [],
    dated: r.date !== null,
    dateWritten: r.date !== null,
    inHead: false,
  }));
}

const clash = <T>(a: T | null, b: T | null): boolean => a !== null && b !== null && a !== b;

/**
 * Both figures the same, one draft undated and the other's day within ten days before the page: one draw
 * ("issuing 2,095 invitations … at least 529" over a table's "April 23 | General | 2,095 | 529"). A row
 * months back (a misread two-column table) lends no day to the page's news.
 */
function bothFigures(a: Draft, b: Draft, published: DayRef | null): boolean {
  if (a.invitations === null || a.invitations !== b.invitations || a.minCrs === null || a.minCrs !== b.minCrs) return false;
  const day = a.date ?? b.date;
  const gap = day && published ? daysBetween(day, published) : null;
  return gap !== null && gap >= 0 && gap <= 10;
}

/**
 * "Latest draw invited 529 candidates – 14th May 2020" over "invited 529 … on May 13": the headline's day is the page's. So is a
 * headline's unwritten day one off the body's of the same program ("… French-speaking candidates get ITAs, cut-off at 400" on a
 * page of July 19, IST, over "IRCC on Thursday held a … draw for … French-language skills").
 */
function headlineDayOnly(a: Draft, b: Draft): boolean {
  if (!a.date || !b.date || !!a.dateFromHead === !!b.dateFromHead) return false;
  const gap = daysBetween(a.date, b.date);
  const head = a.dateFromHead ? a : b;
  const sameProgram = a.program !== null && a.program === b.program;
  // A weekly's or monthly's headline ("Welders … among 1,500 invited" on a page of August 7) over the body's round of August 3.
  const body = head === a ? b : a;
  const daysBefore = head === a ? -(gap ?? 0) : (gap ?? 0);
  const retold = !body.context && !body.table && sameProgram && sameFigure(a, b) && body.dateWritten && daysBefore >= 0 && daysBefore <= 7;
  return gap !== null && ((Math.abs(gap) <= 2 && sameFigure(a, b)) || (Math.abs(gap) <= 1 && sameProgram && !head.dateWritten) || retold);
}

/**
 * "Yesterday, IRCC held…" and "…held its draw on August 03": a day counted from the page's date
 * one day off the day the text writes out is the same day — the page's date is what is off (a feed
 * stamps it in UTC, or later than the writing); the written day wins.
 */
function relativeDayOffByOne(a: Draft, b: Draft): boolean {
  if (!a.date || !b.date || a.table || b.table || a.context || b.context || a.dateWritten === b.dateWritten) return false;
  const gap = daysBetween(a.date, b.date);
  // A weekday ("this rare Thursday draw") counted back from a page dated before it lands a week early.
  return gap !== null && (Math.abs(gap) === 1 || (Math.abs(gap) === 7 && sameFigure(a, b)));
}

function compatible(a: Draft, b: Draft): boolean {
  if (clash(a.invitations, b.invitations) || clash(a.minCrs, b.minCrs) || clash(a.drawNumber, b.drawNumber) || clash(a.program, b.program)) return false;
  return !(a.date && b.date && !(sameDay(a.date, b.date) && a.date.year === b.date.year)) || headlineDayOnly(a, b) || relativeDayOffByOne(a, b);
}

/**
 * Two drafts built from sentences that alternate (a headline and the body's second sentence about
 * the count; the body's first and third about the day and the cut-off): when they name no program or
 * the same one and never disagree, they are the two halves of one draw's telling.
 */
function interleaved(a: Draft, b: Draft): boolean {
  if (a.table || b.table || a.context || b.context) return false;
  if (a.date && b.date) return false;
  if (a.program !== null && b.program !== null && a.program !== b.program) return false;
  return a.firstSentence <= b.lastSentence && b.firstSentence <= a.lastSentence;
}

/**
 * "French at 382 is the lowest French cut-off of 2026" in the notes under "Three rounds this week (Aug 17–21):" and its table:
 * a statement with no day of its own (it took the introduction's first day) and the row of its program with its figure are one
 * round, of the row's day (a row of the page's week).
 */
const WEEK_DAYS = 7;
function rowRetold(prose: Draft, row: Draft, published: DayRef | null): boolean {
  const age = row.date && published ? daysBetween(row.date, published) : null;
  if (age === null || age < 0 || age > WEEK_DAYS) return false;
  if (!row.table || prose.table || prose.dated || prose.context || prose.related || prose.program === null || prose.program !== row.program) return false;
  if (clash(prose.invitations, row.invitations) || clash(prose.minCrs, row.minCrs) || clash(prose.drawNumber, row.drawNumber)) return false;
  return sameFigure(prose, row);
}

function same(a: Draft, b: Draft, published: DayRef | null): boolean {
  if (rowRetold(a, b, published)) return true;
  if (!compatible(a, b)) return false;
  if (a.drawNumber !== null && a.drawNumber === b.drawNumber) return true;
  if (a.date && b.date) return a.program === b.program || a.program === null || b.program === null;
  // At most one of them is dated: the same figure in the same named program, or both figures the same.
  return (sameFigure(a, b) && a.program !== null && a.program === b.program) || bothFigures(a, b, published) || interleaved(a, b);
}

function absorb(into: Draft, from: Draft): void {
  if (from.date && ((into.dateFromHead && !from.dateFromHead) || (into.date && !into.dateWritten && from.dateWritten))) {
    into.date = from.date;
    into.dateWritten = from.dateWritten;
    into.dateByWeekday = from.dateByWeekday === true;
    into.dateFromHead = false;
  }
  if (!into.date && from.date) into.dateByWeekday = from.dateByWeekday === true;
  into.date ??= from.date;
  into.program ??= from.program;
  into.invitations ??= from.invitations;
  into.minCrs ??= from.minCrs;
  into.drawNumber ??= from.drawNumber;
  into.tieBreak ??= from.tieBreak;
  into.context &&= from.context;
  into.table &&= from.table;
  into.related &&= from.related;
  into.fresh ||= from.fresh;
  if (from.recalled === true) into.recalled = true;
  if (from.background === true) into.background = true;
  if (from.also === true) into.also = true;
  into.inHead ||= from.inHead;
}

/** Merges drafts of the same draw; prose drafts come before table rows, so they absorb them. */
export function mergeDrafts(drafts: readonly Draft[], published: DayRef | null = null): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const twin = out.find((o) => same(o, d, published));
    if (twin && rowRetold(twin, d, published) && d.date) [twin.date, twin.dateWritten] = [d.date, true];
    if (twin) absorb(twin, d);
    else out.push({ ...d });
  }
  return out;
}

/**
 * A statement right after the announced draw's telling: within two sentences of its end, and, when it
 * sits inside that telling's span (the draft took in a later sentence, such as a closing "252nd draw"), within
 * the lead's first sentences — not a year's "Lowest – 481" list far below it.
 */
function rightAfter(p: Draft, d: Draft): boolean {
  if (d.firstSentence <= p.firstSentence || d.firstSentence - p.lastSentence > 2) return false;
  return d.firstSentence > p.lastSentence || d.firstSentence - p.firstSentence <= 4;
}

function finishesEarlierDraw(drafts: readonly Draft[], d: Draft): boolean {
  return drafts.some(
    (c) => c.context && !c.table && !c.related && c.lastSentence === d.firstSentence - 1 && (d.minCrs === null || c.minCrs === null) && (d.invitations === null || c.invitations === null),
  );
}

/**
 * The same draw stated twice with different figures (a headline's "tops 800" and the body's 802,
 * or a typo): the announced draw keeps only the figures nothing in the text disputes, and takes
 * from the other statement what it alone gives (program, day, round number, tie-break). Returns the
 * ids of the statements so taken in, which are no longer drafts of their own.
 */
export function clearDisputedFigures(drafts: readonly Draft[], announced: ReadonlySet<number>): Set<number> {
  const taken = new Set<number>();
  for (const p of drafts) {
    if (!announced.has(p.id)) continue;
    for (const d of drafts) {
      if (d === p || d.context || d.table || d.related) continue;
      if (clash(d.program, p.program) || clash(d.drawNumber, p.drawNumber)) continue;
      if (p.date && d.date && !(sameDay(p.date, d.date) && p.date.year === d.date.year)) continue;
      // The same round number is the same draw ("Draw #224 … 923 invited" over "#224 … 932 invitations").
      const sameNumber = p.drawNumber !== null && p.drawNumber === d.drawNumber;
      const shared = sameNumber || (d.invitations !== null && d.invitations === p.invitations) || (d.minCrs !== null && d.minCrs === p.minCrs);
      // A bare figure right after the announced draw ("The minimum CRS was 512.") speaks of it too.
      // Not when the sentence just before it tells an earlier draw that lacks this figure ("…following the draw on January 10
      // which invited 1,510 candidates. Candidates needed a minimum CRS score of 546"): it finishes that draw's telling.
      // Nor one told of another month ("En décembre, la ronde ne comptait que 1 000 invitations, avec un minimum de 476").
      const ofAnotherMonth = p.date !== null && d.months.length > 0 && !d.months.includes(p.date.month);
      // Nor a round the sentence recalls as the last one ("In this video we compare it to the last draw of 2022 (4,750 ITAs at 491)").
      const bareNext = !d.dated && !ofAnotherMonth && d.recalled !== true && d.program === null && d.drawNumber === null && rightAfter(p, d) && !finishesEarlierDraw(drafts, d);
      // A bare figure after it that points back at it, no other figure told between ("Using 443 points as the minimum point has set a record for this draw").
      const bareBack = d.pointsBack === true && !d.dated && d.program === null && d.drawNumber === null && d.firstSentence > p.lastSentence;
      if (!shared && !bareNext && !bareBack) continue;
      const before = { invitations: p.invitations, minCrs: p.minCrs };
      const disputed = clash(d.invitations, p.invitations) || clash(d.minCrs, p.minCrs);
      if (clash(d.invitations, p.invitations)) [p.invitationsDisputed, p.invitations] = [p.invitations ?? undefined, null];
      if (clash(d.minCrs, p.minCrs)) [p.minCrsDisputed, p.minCrs] = [p.minCrs ?? undefined, null];
      if (shared && disputed && !announced.has(d.id)) {
        p.program ??= d.program;
        if (p.date === null && d.date !== null) {
          p.date = d.date;
          p.dateWritten = d.dateWritten;
          p.dayDoubtful = d.dayDoubtful;
        }
        p.drawNumber ??= d.drawNumber;
        p.tieBreak ??= d.tieBreak;
        if (sameNumber) {
          if (!clash(d.invitations, before.invitations)) p.invitations ??= d.invitations;
          if (!clash(d.minCrs, before.minCrs)) p.minCrs ??= d.minCrs;
        }
        taken.add(d.id);
      }
    }
  }
  return taken;
}

/**
 * A round whose written day is on or after `day` though the text tells it as an earlier one (context), or, under a lead
 * that tells the news as a later round of the week (`laterOfTheWeek`), one it tells in full (count and cut-off) below the
 * news `d`, dated after `day` within a week: "today" cannot be `day` ("Today's draw follows two others this week. The
 * first … on February 13 … On February 14, IRCC issued ITAs to 3,500 … 422").
 */
function toldAfter(d: Draft, day: DayRef, o: Draft, resolve: (d: DayRef) => DayRef, laterOfTheWeek: boolean): boolean {
  const gap = o.date ? daysBetween(day, resolve(o.date)) : null;
  if (gap === null) return false;
  if (o.context) return gap >= 0;
  // The full round is told below the news, which the text calls new ("today's draw") and the lead tells as one coming after
  // other rounds of the week; without that, a round dated after the page's day is more often a later update ("UPDATE: On
  // July 17, IRCC held a second draw", "IRCC also held a CEC draw on August 28").
  return laterOfTheWeek && d.fresh && !d.context && o.firstSentence > d.lastSentence && gap > 0 && gap <= 7 && o.invitations !== null && o.minCrs !== null;
}

/**
 * "Just yesterday, 2,850 were invited in a general draw. The draw held on March 13 invited 975…": a day
 * read from "yesterday"/"today" that another draw of the article has as its written day is doubtful
 * (the writer may count from the draw, not the page): the day is not reported. Days are compared with the years the
 * article gives them (`resolve`): "on February 13" is February 13 of the page's year.
 */
export function clearDoubtfulRelativeDays(drafts: readonly Draft[], resolve: (d: DayRef) => DayRef, laterOfTheWeek = false): void {
  for (const d of drafts) {
    if (!d.date || d.dateWritten || d.table) continue;
    const day = resolve(d.date);
    // Not a round of another program told in the same sentence, or dated by the same one or by an introduction ("Two draws
    // yesterday — PNP 200 @ 902 and FST 500 @ 288"; "two separate Express Entry draws on Friday … In the second, …").
    const otherRound = (o: Draft): boolean =>
      o.program !== null &&
      d.program !== null &&
      o.program !== d.program &&
      (o.firstSentence === d.firstSentence || (o.dayFrom !== undefined && (o.dayFrom === d.dayFrom || o.dayFrom < o.firstSentence)));
    const owner = drafts.find((o) => o !== d && !o.context && o.dateWritten && o.date && sameDay(o.date, day) && resolve(o.date).year === day.year && !otherRound(o));
    // "Earlier the same day, a separate round limited to provincial nominees invited 143": one more round of that day, told as such.
    const oneMore = owner !== undefined && d.also === true && d.program !== null && owner.program !== null && d.program !== owner.program;
    if (owner && !oneMore) {
      d.dayDoubtful = true;
      d.dayOf = owner.id;
    }
    // "Today's draw follows two others this week. The first … occurred on February 13": a draw told as an earlier one,
    // with its day written, on or after the day "today" gives: the page's date is not the draw's (a page updated later).
    // Then that day is no other round's either (`dayOf`), and ties none to the news (choose-primary.ts).
    if (drafts.some((o) => o !== d && o.dateWritten && !o.table && !o.related && o.date && toldAfter(d, day, o, resolve, laterOfTheWeek))) {
      d.dayDoubtful = true;
      delete d.dayOf;
    }
  }
}

/**
 * "Express Entry in Transport Category" over "The latest draw, on March 12, invited 2,850… Another
 * draw targeted transport occupations": the headline's program is the draw's the body names it with.
 */
/** How many days before the page a round may have been held and still be the one its headline tells. */
const RECENT_DAYS = 7;

export function clearHeadlinePrograms(drafts: readonly Draft[], published: DayRef | null): boolean {
  let cleared = false;
  // Not a round of that program the body recalls from weeks before ("FST-ONLY DRAW TODAY" over "The previous FST draw was on
  // May 30, 2018"), which no headline of the page's day tells; one of the days before may be ("earlier in the week").
  const longBefore = (o: Draft): boolean => {
    const gap = o.context && o.date && published ? daysBetween(o.date, published) : null;
    return gap !== null && gap > RECENT_DAYS;
  };
  for (const d of drafts) {
    if (!d.programFromHead || d.program === null) continue;
    const before = d.program;
    if (drafts.some((o) => o !== d && !o.table && o.program === d.program && !o.programFromHead && !longBefore(o))) d.program = null;
    // "… BC PNP Draw … STEM Targeted" in a links bar over "profiles with a proficiency level of 7 in French and a CRS
    // score of 365": an undated story draft of another program, told with a figure, puts the headline's program in doubt.
    else if (drafts.some((o) => o !== d && !o.table && !o.context && !o.related && o.date === null && o.program !== null && o.program !== d.program && !o.programFromHead && hasFacts(o)))
      d.program = null;
    cleared ||= d.program !== before;
  }
  return cleared;
}

/**
 * "Canada issued 700 invitations in a program-specific draw held May 30. 500 went to FST candidates…
 * Another 200 were issued through the PNP": a count that is the sum of two or more rounds of other
 * programs the text then gives is their total, not a round's. It is dropped, and its day goes to the
 * rounds it adds up, which the text leaves undated.
 */
/** The most days between two rounds whose sum a headline gives (a week's or a month's record). */
const HEADLINE_SUM_SPAN_DAYS = 31;

/** The most dated rounds tried as the parts of a headline's sum (2^n subsets; a page tells a few). */
const HEADLINE_SUM_MAX_PARTS = 10;

/**
 * "Canada Issues Record 14,000 ITAs" over draws of March 23 and March 15 that invited 7,000 each, "Canada wraps up busy week
 * with 11,650 Express Entry invitations" over three rounds of 4,750, 1,000 and 5,900: an undated headline count that two or
 * more dated rounds the story tells add up to, each on its own day. Not rounds months apart ("Canada invites 7,000
 * candidates" over the records of January 18, 5,500, and of July 6 the year before, 1,500).
 */
function headlineSum(total: Draft, drafts: readonly Draft[], resolve: (d: DayRef) => DayRef): boolean {
  if (!total.inHead || total.date !== null || total.invitations === null) return false;
  const dated = drafts.filter((d) => d !== total && !d.table && !d.related && d.date !== null && d.invitations !== null && d.firstSentence > total.firstSentence).slice(0, HEADLINE_SUM_MAX_PARTS);
  const apart = (a: Draft, b: Draft): number | null => (a.date !== null && b.date !== null ? daysBetween(resolve(a.date), resolve(b.date)) : null);
  const fits = (parts: readonly Draft[]): boolean =>
    parts.every((a, i) =>
      parts.slice(i + 1).every((b) => {
        const days = apart(a, b);
        return days !== null && days !== 0 && Math.abs(days) <= HEADLINE_SUM_SPAN_DAYS;
      }),
    );
  for (let mask = 3; mask < 1 << dated.length; mask++) {
    const parts = dated.filter((_, i) => (mask >> i) & 1);
    if (parts.length >= 2 && parts.reduce((sum, d) => sum + (d.invitations ?? 0), 0) === total.invitations && fits(parts)) return true;
  }
  return false;
}

/** Clears the totals; true when one of them kept a cut-off of its rounds, and may now be one of them told again (to merge). */
export function splitTotals(drafts: readonly Draft[], resolve: (d: DayRef) => DayRef): boolean {
  let keptCutOff = false;
  const rounds = drafts.filter((d) => !d.context && !d.table && !d.related && d.invitations !== null && d.program !== null);
  for (const total of drafts) {
    if (!total.context && headlineSum(total, drafts, resolve) && total.invitations !== null) {
      total.ruledOut = [...(total.ruledOut ?? []), total.invitations];
      [total.invitationsDisputed, total.invitations] = [total.invitations, null];
      // "3,750 candidates invited; trades round cut-off stands at 505": the cut-off left is one round's, told again below.
      keptCutOff ||= total.minCrs !== null;
    }
    if (total.context || total.table || total.related || total.invitations === null) continue;
    // "Total: 2,848 invitations." under the week's rounds (648, 400 and 1,800, in a table or told above): their sum, no round of its own
    // (also when a cut-off of one of them, told again next to it, joined it: "Total ITAs : 10,670" / "CRS sirf 169!!").
    const counted = drafts.filter((d) => d !== total && !d.related && d.invitations !== null);
    // (Rounds a sentence introduces start where their total does, "On Thursday, April 9, IRCC held two Express Entry rounds: …
    // That is 3,900 invitations in a single day": told before it, they end before it.)
    const told = counted.filter((d) => !d.table && !d.context && (d.firstSentence < total.firstSentence || (d.firstSentence === total.firstSentence && d.lastSentence < total.lastSentence)));
    const rows = [told, counted.filter((d) => d.table)].find((set) => set.length >= 2 && set.reduce((sum, d) => sum + (d.invitations ?? 0), 0) === total.invitations) ?? [];
    if (rows.length > 0 && (total.minCrs === null || rows.some((d) => d.minCrs === total.minCrs))) {
      total.invitations = null;
      keptCutOff ||= total.minCrs !== null;
      continue;
    }
    if (total.minCrs !== null) continue;
    const day = total.date;
    const parts = rounds.filter((d) => d !== total && d.firstSentence > total.firstSentence && (d.date === null || (day !== null && sameDay(d.date, day) && d.date.year === day.year)));
    if (new Set(parts.map((d) => d.program)).size !== parts.length || parts.length < 2) continue;
    if (parts.reduce((sum, d) => sum + (d.invitations ?? 0), 0) !== total.invitations) continue;
    total.invitations = null;
    for (const d of parts)
      if (d.date === null && day !== null) {
        d.date = day;
        d.dateWritten = total.dateWritten;
      }
  }
  return keptCutOff;
}
