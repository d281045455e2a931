import { addDays, daysBetween, sameDay } from '../mentions/calendar.ts';
import { hasFacts, isDayRef, type DayRef, type Draft, type Group, type TieBreakMention } from '../types.ts';

/**
 * A group of the text reduced to one value per field (a part), and whether a part can be, or surely is,
 * a draft draw already read (used by the DraftAssembler).
 */

/** A group reduced to one value per field (two different values for one field give none). */
export interface Part {
  readonly g: Group;
  readonly date: DayRef | null;
  readonly program: string | null;
  readonly invitations: number | null;
  readonly minCrs: number | null;
  readonly drawNumber: string | null;
  readonly facts: boolean;
  readonly identity: boolean;
  /** The program came from a headline read before this part's own line ("First round for health workers …" over "Round #251 — June 27"). */
  readonly programFromHead?: boolean;
  /** The sentence that gave its day, when not its own ("two separate draws on Friday … In the second, …": the introduction's). */
  readonly dayFrom?: number;
  /** Its day is that of a line of the page's head joined with it (a Hansard's "Thursday 16 October 2025" over "Health care workers"). */
  readonly dayFromHead?: boolean;
}

const only = <T>(xs: readonly T[]): T | null => (xs.length === 1 ? (xs[0] ?? null) : null);
export function partOf(g: Group, anchor: DayRef | null): Part {
  const explicit = g.dates.filter(isDayRef);
  const distinct = explicit.filter((d, i) => explicit.findIndex((e) => sameDay(e, d) && e.year === d.year) === i);
  let date: DayRef | null = null;
  if (distinct.length === 1) date = distinct[0] ?? null;
  else if (distinct.length === 0) {
    const offset = g.dates.find((d) => !isDayRef(d));
    if (offset && !isDayRef(offset) && anchor) date = addDays(anchor, offset.offsetDays);
  }
  const invitations = only(g.invitations);
  const minCrs = only(g.crs);
  const program = only(g.programs);
  const drawNumber = only(g.drawNumbers);
  return {
    g,
    date,
    program,
    invitations,
    minCrs,
    drawNumber,
    facts: invitations !== null || minCrs !== null,
    identity: date !== null || program !== null || drawNumber !== null,
  };
}

/** How far back a written day may lie behind a draw first dated "today" and still be that draw. */
const MAX_STALE_TODAY_DAYS = 7;

/** Two values both told and different. */
const clash = <T>(a: T | null, b: T | null): boolean => a !== null && b !== null && a !== b;

export function fits(d: Draft, p: Part): boolean {
  if (clash(d.invitations, p.invitations) || clash(d.minCrs, p.minCrs) || clash(d.program, p.program) || clash(d.drawNumber, p.drawNumber)) return false;
  // "The record was set in February 2021 when IRCC invited 27,332 … Today's draw follows …": figures told of
  // a named month (0: one far from the page's) take no day of another month.
  if (!d.date && p.date && d.months.length > 0 && d.months.every((m) => m === 0)) return false;
  // "The November 23 draw added 750 to the 4,750 candidates invited from the September 28 draw": figures told of two
  // other named days belong to one of them, not to a draw of a third day.
  const dDate = d.date;
  if (dDate && !p.date && p.g.namesDrawByDay) {
    const days = p.g.dates.filter(isDayRef);
    if (days.length >= 2 && !days.some((x) => sameDay(x, dDate))) return false;
  }
  if (!d.date || !p.date || sameDay(d.date, p.date)) return true;
  // "today's draw" on a page dated the morning after the "Friday April 16" draw it reports, or
  // republished a few days later ("On February 1st … In today's draw" on a page of February 3).
  const gap = daysBetween(d.date, p.date);
  if (gap === null) return false;
  // Not a weekday ("Wednesday's draw" on the Friday of "Weekly Recap: November 16–20"): counted back from the page, a late page does not shift it.
  if (d.dateWritten && p.g.relativeDay) return p.g.weekdayDay !== true && gap >= -1 && gap <= 3;
  // The other way round: "a new draw today" on a page of October 3, then "the latest draw, conducted on
  // September 28, …": a stale "today" above the day the text writes out, within the week.
  // Not days before a weekday ("a tenu vendredi une ronde … 439, bien inférieur aux rondes générales (511 le 4 juillet)");
  // the day before may be a correction's ("previously said … on Thursday. It took place on Wednesday, September 20").
  if (!d.dateWritten && !p.g.relativeDay && gap >= -MAX_STALE_TODAY_DAYS && gap <= -1) return d.dateByWeekday !== true || gap === -1;
  // "IRCC conducted an all-program draw yesterday … The draw on April 26 was an all-program draw": the same
  // draw named with its program, a day after the page's "yesterday" (the page's date is a day early).
  if (!d.dateWritten && !p.g.relativeDay && gap === 1 && p.g.refersBack && p.program !== null && p.program === d.program) return true;
  // "The first draw of February 2026 was done on Monday … 423 ITAs" / "February 3, 2026 Express Entry Draw Details": a
  // written day one after a weekday counted back from the page (the page's date or the weekday is off) dates that draw.
  return !d.dateWritten && !p.g.relativeDay && !p.g.context && gap === 1 && !d.context;
}

/** The part names the same draw: same round number, same day, or the same figure in the same program. */
export function sameDraw(d: Draft, p: Part): boolean {
  if (!fits(d, p)) return false;
  if (p.drawNumber !== null && d.drawNumber === p.drawNumber) return true;
  if (p.date && d.date && sameDay(d.date, p.date) && (p.program === null || d.program === p.program || d.program === null)) return true;
  const sameFigure = (p.invitations !== null && d.invitations === p.invitations) || (p.minCrs !== null && d.minCrs === p.minCrs);
  return sameFigure && (p.program === null || d.program === p.program);
}

export function sameDayOrNumber(d: Draft, p: Part): boolean {
  return (p.drawNumber !== null && d.drawNumber === p.drawNumber) || (!!p.date && !!d.date && sameDay(d.date, p.date));
}

/**
 * `p` comes right after the named draw `day`, or two sentences on when the one between (in `read`, the parts read so far)
 * only told whom the draw was for ("IRCC held the 402nd draw on March 4. This draw concerned candidates with French
 * skills. It invited 5,500…") or told no fact of a draw at all ("… issued invitations in a Canadian Experience Class draw.
 * Applicants must show proof of funds. A total of 4,000 were invited …").
 */
export function nextAfter(read: readonly Part[], day: Part, p: Part): boolean {
  const gap = p.g.sentence - day.g.sentence;
  if (gap === 1) return true;
  if (gap !== 2) return false;
  const between = read.filter((r) => r.g.sentence === day.g.sentence + 1);
  return between.every((r) => !r.facts && !r.g.context && r.date === null && r.drawNumber === null && r.program !== null);
}

/**
 * "Canada sends 4,750 ITAs. IRCC conducted draw #236 on Wednesday.": a round number and day right after the draw `d` just
 * told, naming no program, are that draw's when it has neither yet (a day alone may be another draw's). Not past a byline
 * under a headline's draw (tried in session 41: a blind set's headline told another round than the body's first day).
 */
export function numberAndDayOf(d: Draft, p: Part): boolean {
  return p.program === null && p.date !== null && p.drawNumber !== null && d.date === null && d.drawNumber === null && !p.g.plural && p.g.sentence - d.lastSentence <= 1;
}

/**
 * A lone figure at odds with the topic's own, naming no draw: a remark on the topic ("Without this award, the
 * lowest-scoring candidate would have …"), or a figure that disputes it ("the minimum CRS score required was 706" under a
 * round told with 727). Either way it is no draw a tie-break told next could be of: the tie-break is the topic's.
 */
export function atOddsWithTopic(d: Draft, topic: Draft | null): boolean {
  if (!topic || topic === d || topic.context || d.program !== null || d.date !== null || d.drawNumber !== null) return false;
  return (d.minCrs === null || clash(d.minCrs, topic.minCrs)) && (d.invitations === null || clash(d.invitations, topic.invitations)) && (d.minCrs !== null || d.invitations !== null);
}

/**
 * A profile's cut-off time comes before the round it decided (its UTC day at most one after the round's own, as in IRCC's
 * #139: March 18, 2020, tie-break March 19 at 02:04:06 UTC): "The biggest draw issued 4,500 ITAs on February 19, 2020. … The
 * timestamp used was March 9, 2020" is not the February round's, but the article's. A tie-break told after a score ("…
 * candidates tied at 75 points were invited if …", `scores`) is not that of a draw whose cut-off is another (its count or round
 * number told there is no score).
 */
export function decidedBy(tb: TieBreakMention, d: Draft, scores: readonly number[] = []): boolean {
  const gap = d.date && d.date.year !== null && tb.day.year !== null ? daysBetween(tb.day, d.date) : null;
  if (gap !== null && gap < -1) return false;
  return scores.length === 0 || d.minCrs === null || scores.some((n) => n === d.minCrs || n === d.invitations || String(n) === d.drawNumber);
}

/**
 * The one round of a program the page tells, with a day or a figure (not a headline's program alone: "Express Entry week at a
 * glance: first physicians round"), or the one dated among several (a headline's total "physicians … 10,670" is no round of its
 * own); none when there are two. `withRows`: a table's rows too (context until the news is chosen).
 */
export function onlyRoundOfProgram(drafts: readonly Draft[], program: string, withRows = false): Draft | null {
  const rounds = drafts.filter((d) => (!d.context || (withRows && d.table)) && !d.related && d.program === program && (d.date !== null || d.invitations !== null || d.minCrs !== null));
  const dated = rounds.length > 1 ? rounds.filter((d) => d.date !== null) : rounds;
  return dated.length === 1 ? (dated[0] ?? null) : null;
}

/** "Tie-breaks: PNP 2024-04-26 10:59:30 UTC; CEC 2024-03-01 19:23:21 UTC": a tie-break told with a program alone is that program's round's. */
export function onlyRoundOf(drafts: readonly Draft[], g: Group): Draft | null {
  const program = g.programs.length === 1 && !g.context ? g.programs[0] : undefined;
  return program === undefined ? null : onlyRoundOfProgram(drafts, program);
}

/**
 * "Back-to-Back: 2,850 All-Program Invitations, Then Nearly 1,000 Transport ITAs" over "Round #288 – Tuesday, March 12 / All
 * programs. …": the headline's second program, still waiting for its round, is not the program of the first round the body
 * names (the headline's other round, of another program, is already a draft).
 */
/**
 * A round named over several lines ("Round #251 — June 27" under a headline that names its program): the pending reference
 * with `p`'s own facts first. `otherHeadline`: the pending's program is a headline's about another round, not this one's.
 * A program taken from the headline stays marked as the headline's (`clearHeadlinePrograms`).
 */
export function joinedReference(pending: Part, p: Part, otherHeadline: boolean): Part {
  const g = p.g;
  return {
    ...p,
    date: p.date ?? pending.date,
    program: p.program ?? (otherHeadline ? null : pending.program),
    drawNumber: p.drawNumber ?? pending.drawNumber,
    identity: true,
    ...(p.date === null && pending.date !== null && (pending.g.zone === 'head' || pending.dayFromHead === true) ? { dayFromHead: true } : {}),
    programFromHead: p.program === null && (pending.programFromHead === true || (pending.g.zone === 'head' && !pending.facts)),
    // The day keeps how it was written ("IRCC just held draw #278" / "Program: French …": said relative to the page).
    g: {
      ...g,
      fresh: g.fresh || pending.g.fresh,
      held: g.held || pending.g.held,
      tieBreaks: [...pending.g.tieBreaks, ...g.tieBreaks],
      ...(p.date === null && pending.date !== null ? { relativeDay: pending.g.relativeDay, weekdayDay: pending.g.weekdayDay } : {}),
    },
  };
}

/**
 * "July 17, 2024" (the page's line), then "Draw #303 · PNP", then "Draw date: July 16, 2024": a round numbered on the line
 * right after a day it only inherited takes the day written under it instead (`pending` without its day).
 */
export function laterDayOf(pending: Part | null, p: Part): Part | null {
  if (!pending || pending.date === null || p.date === null || pending.g.dates.length > 0 || p.g.sentence - pending.g.sentence > 1) return pending;
  if (p.drawNumber !== null || p.program !== null || p.g.plural || pending.drawNumber === null) return pending;
  return sameDay(pending.date, p.date) ? pending : { ...pending, date: null };
}

export function headlineOfAnotherRound(pending: Part, g: Group, drafts: readonly Draft[]): boolean {
  return pending.g.zone === 'head' && g.zone !== 'head' && drafts.some((d) => d.inHead && !d.context && d.program !== null && d.program !== pending.program);
}

/** A part whose identity fields only fill what the draft lacks. */
export function fillsOnly(d: Draft, p: Part): boolean {
  return (p.date === null || d.date === null) && (p.program === null || d.program === null || d.program === p.program);
}

/**
 * "a provincial nominee round on Monday, a Canadian Experience Class round on Tuesday." then "Round 311 — Monday, 26 August 2024":
 * a round's heading with its number and another day than the one named just before is a round of its own, not that one.
 */
export const numberedOtherDay = (pending: Part, p: Part): boolean => p.drawNumber !== null && pending.drawNumber === null && p.date !== null && pending.date !== null && !sameDay(p.date, pending.date);

/**
 * "ALL PROGRAM DRAW IS BACK! July 6, 2022 (#226)" / "after 18 months of nothing for FSW people, IRCC finally did a … round
 * today": a program named in talk of the past, in the page's opening, sets no draw aside for itself.
 */
export const programOfEarlierTalk = (g: Group, p: Part, pending: Part | null): boolean => g.context && p.date === null && p.drawNumber === null && !!pending && !pending.g.context;

/** A part that names a program and no day or round number ("As no program was specified for the latest draw"). */
export const namesOnlyProgram = (p: Part): boolean => p.program !== null && p.date === null && p.drawNumber === null;

/** The part's figures are ones the draft lacks. */
export function fillsFigures(d: Draft, p: Part): boolean {
  return (p.invitations === null || d.invitations === null) && (p.minCrs === null || d.minCrs === null);
}

/** No part read after that sentence but `p` stated a figure (read from the end: only the parts since are looked at). */
export function noFactsSince(read: readonly Part[], sentence: number, p: Part): boolean {
  for (let i = read.length - 1; i >= 0; i--) {
    const r = read[i] as Part;
    if (r.g.sentence <= sentence) return true;
    if (r !== p && r.facts) return false;
  }
  return true;
}

/** Days from `a` to `b`, taking the year of one for the other when only one has it; null when neither has. */
function gapDays(a: DayRef, b: DayRef): number | null {
  const year = b.year ?? a.year;
  return year === null ? null : daysBetween({ ...a, year: a.year ?? year }, { ...b, year: b.year ?? year });
}

const roundOf = (n: string | null): number | null => (n !== null && /^\d+$/.test(n) ? Number(n) : null);

/**
 * "IRCC held Express Entry draw 80 on January 24, 2018. The first draw of the year, on January 10, invited 2,750 …", "IRCC
 * held draw #238 on November 23. Draw #237 invited 4,750 …": figures of a day before the one of the draw just said to be
 * held, or of a lower round number, told before that draw has its own, are of an earlier draw.
 */
export function earlierThanNamed(named: Part | null, p: Part): boolean {
  if (!named || !named.g.held || named.g.context || named.g.plural || named.g.zone !== 'body') return false;
  const days = named.date && p.date ? gapDays(p.date, named.date) : null;
  const [mine, theirs] = [roundOf(p.drawNumber), roundOf(named.drawNumber)];
  const rounds = mine !== null && theirs !== null ? theirs - mine : null;
  if ((days !== null && days < 0) || (rounds !== null && rounds <= 0) || (p.drawNumber !== null && rounds === null)) return false;
  return (days !== null && days > 1) || (rounds !== null && rounds > 0);
}

/** A draft of the part alone (id -1): what a pending or shelved part would make, to test it with `fits`. */
export function draftOf(p: Part, context: boolean): Draft {
  const g = p.g;
  return {
    id: -1,
    date: p.date,
    drawNumber: p.drawNumber,
    program: p.program,
    invitations: null,
    minCrs: null,
    tieBreak: g.tieBreaks[0] ?? null,
    context,
    table: false,
    related: g.zone === 'related',
    fresh: g.fresh,
    also: g.also === true && !context,
    recalled: g.recalled === true,
    background: g.background === true,
    provincial: g.provincial === true,
    firstSentence: g.sentence,
    lastSentence: g.sentence,
    months: [],
    dated: g.dates.length > 0,
    dateWritten: p.date !== null && !g.relativeDay,
    dateByWeekday: p.date !== null && g.weekdayDay === true,
    inHead: g.zone === 'head',
    programFromHead: p.program !== null && ((g.zone === 'head' && !p.facts) || p.programFromHead === true),
    dateFromHead: p.date !== null && (g.zone === 'head' || p.dayFromHead === true),
    ...(p.date !== null ? { dayFrom: p.dayFrom ?? g.sentence } : {}),
    ...(p.invitations === null && p.minCrs === null ? { headed: true } : {}),
  };
}

/**
 * "Wednesday, July 5 — STEM occupations" / "• Round #254": a round number alone, right under a heading with its day, is that
 * heading's round, not the earlier one told just above it ("The first, on June 28, invited 500 …").
 */
export function numberUnderHeading(heading: Part, last: Draft | null, p: Part): boolean {
  return (
    !heading.g.context &&
    !heading.g.plural &&
    heading.date !== null &&
    p.drawNumber !== null &&
    p.date === null &&
    p.program === null &&
    p.g.sentence - heading.g.sentence === 1 &&
    (!last || heading.g.sentence > last.lastSentence) &&
    fits(draftOf(heading, false), p)
  );
}

/**
 * The day of the several rounds a sentence just told (`several`), for one of them named by its program or its number alone
 * ("… held two rounds on May 30" / "Provincial Nominee Program: Invitations: 200", "Round #63 was limited to …"). Not for
 * its facts under a headline's "Express Entry draws: September 14–15, 2021": a span of days, the first the first round's only.
 */
export function withDayOfSeveral(several: Part | null, p: Part, into: Draft | null = null): Part {
  // The headline's round told again ("Round 64 - FST: 400 invitations") under "… held two rounds on May 26": that day's too.
  if (into && (into.date !== null || into.context)) return p;
  const told = several && (!p.facts || several.g.zone === 'body') ? several : null;
  return !p.g.plural && !p.g.context && told && (p.program !== null || p.drawNumber !== null) && p.date === null ? { ...p, date: told.date, dayFrom: told.dayFrom ?? told.g.sentence } : p;
}

/**
 * "… less than half the cut-off of recent all-program draws. In a separate round the same day, IRCC invited 143 …": figures told
 * with a day of their own are not those of the earlier draws just compared with, told together without a day (one earlier
 * round told without its day may still be the one a dated sentence goes on with: "A day after teachers … Thursday's education round …").
 */
export const ownOtherDay = (pending: Part, p: Part): boolean => pending.g.plural && pending.date === null && p.date !== null;

/**
 * "This draw was the first for trade occupations" about a draw read as "across all programs": a sentence about the draw just
 * told that names another program puts its program in doubt. Not when another round of the page, not an earlier one it
 * recalls, has that program ("The PNP round is the largest … This is the first CEC-only round since September 2021").
 */
export function disputesProgram(named: Draft, p: Part, drafts: readonly Draft[]): p is Part & { readonly program: string } {
  const g = p.g;
  // Nor a sentence of several days ("It was the fourth draw of the week, after rounds for provincial nominees on Monday, the CEC on Tuesday …").
  if (!g.refersBack || g.context || g.zone === 'related' || p.date !== null || g.dates.length > 1 || p.program === null || named.program === null || p.program === named.program) return false;
  return !drafts.some((o) => o !== named && !o.context && o.program === p.program);
}

/**
 * A round told with its figures in the sentence just before (not the topic, nor a round earlier than it): what "this round" then
 * points at ("3/4 Thu July 4 — Trade occupations / 1,800 invitations · CRS 436 / This was the 300th Express Entry round ever";
 * not "However, IRCC chose to target the May 15 draw at FST candidates …" under a draw of May 29).
 */
export function toldJustBefore(last: Draft | null, topic: Draft | null, sentence: number): boolean {
  if (!last || last === topic || last.context || last.lastSentence !== sentence - 1 || !hasFacts(last)) return false;
  const earlier = !!(last.date && topic?.date && (daysBetween(last.date, topic.date) ?? 0) > 0);
  return !earlier;
}

/**
 * "Ronda #194 — jueves 24 de junio de 2021" / "Programa: Clase de Experiencia Canadiense (CEC)" / "Invitaciones: 6.000": the
 * program told on the line right under a round's number and day is that round's, not the headline's round of the same program.
 */
export function programOfPending(pending: Part | null, p: Part): boolean {
  if (!pending || pending.g.context || pending.g.plural || pending.program !== null || (pending.drawNumber === null && pending.date === null)) return false;
  return p.program !== null && !p.facts && p.date === null && p.drawNumber === null && p.g.sentence - pending.g.sentence === 1;
}

/**
 * "All of those invited were in the Canadian Experience Class", right after the facts: the program of the draw just told.
 * Not when a draw told alongside it already has that program ("invited 500 healthcare workers … and issued 4,300 ITAs in
 * another draw", then "the draw specifically targeted healthcare occupations"): the program is that draw's.
 */
export function namesProgramOf(d: Draft, p: Part, drafts: readonly Draft[]): boolean {
  if (p.program === null || p.date !== null || d.program !== null || !p.g.aboutInvited || p.g.sentence - d.lastSentence > 2) return false;
  return !drafts.some((o) => o !== d && !o.context && o.program === p.program && o.lastSentence >= d.firstSentence);
}

/**
 * A bare figure under another round's number told since ("● Express Entry round #170 — all programs" / "Invitations: 5,000"):
 * that round's, not the earlier draft's, even when it equals one of that draft's.
 */
export const numberedSince = (pending: Part | null, d: Draft, p: Part): boolean =>
  !!pending && pending.g.sentence > d.lastSentence && pending.drawNumber !== null && d.drawNumber !== null && pending.drawNumber !== d.drawNumber && p.drawNumber === null && p.date === null;

/**
 * A day alone, in the sentence right after a heading that names a round by its number ("Round #311 - Provincial Nominee Program" /
 * "Date: 26 August 2024"), when no draw told before (`told`) fits that heading: the heading's round's day.
 */
export function dayUnderHeading(heading: Part | null, p: Part, told: readonly (Draft | null)[]): boolean {
  if (!heading || heading.g.context || heading.g.plural || heading.drawNumber === null || heading.date !== null || p.g.sentence - heading.g.sentence !== 1) return false;
  return p.date !== null && p.drawNumber === null && p.program === null && !told.some((d) => d && !d.context && fits(d, heading));
}
