import { compiledNow } from '../text/matches.ts';
import { addDays, daysBetween, weekday, withYearBefore } from '../mentions/calendar.ts';
import { monthNumber } from '../../ircc/datetime.ts';
import { MONTHS } from '../mentions/masks.ts';
import { hasFacts, type DayRef, type Draft } from '../types.ts';

/**
 * The week a weekly page reports (docs/parser.md "Session 39"): "The Monday Brief … Last week in Express Entry", "Week in review",
 * "Monday memo: three rounds last week". Its rounds of that week, each told with its program and a figure, are its news, however
 * many days before the page they were held (a Monday page tells the last Monday's round seven days late).
 */

/** A page of last week's rounds: the lead says "last week" and names itself a weekly page. */
const LAST_WEEK = /(?<![\p{L}])(?:last\s+week|the\s+past\s+week|previous\s+week|semaine\s+derni[eè]re|semana\s+pasada|semana\s+passada)(?![\p{L}])/iu;
/** "Week in review": the week just ended, on a page of the weekend or the Monday after (on a Friday, this week: `THIS_WEEKS_ROUNDS`). */
const WEEK_IN_REVIEW = /\bweek\s+in\s+review\b/i;
const WEEKLY_PAGE = compiledNow(
  /(?<![\p{L}])(?:weekly|monday|brief(?:ing)?|memo|digest|newsletter|bulletin|round-?up|recap|review|summary|at\s+a\s+glance|in\s+brief|semanal|hebdo\p{L}*)(?![\p{L}])/iu,
);

/** A span of days, both ends included. */
export interface Week {
  readonly from: DayRef;
  readonly to: DayRef;
}

/**
 * The last week a page published on `published` reports: Monday to Sunday of the week before the page's; on a Saturday or Sunday
 * page, up to the page's day ("last week" there may be the week just ending). A "week in review" of a weekend or a Monday reviews
 * the week just ended.
 */
export function lastWeekOf(lead: string, published: DayRef | null): Week | null {
  if (!published || published.year === null || !WEEKLY_PAGE.test(lead)) return null;
  const day = weekday({ ...published, year: published.year });
  const weekend = day === 0 || day === 6;
  const monday = addDays(published, -((day + 6) % 7));
  if (!monday) return null;
  const lastWeek = LAST_WEEK.test(lead);
  if (!lastWeek && !(WEEK_IN_REVIEW.test(lead) && (weekend || day === 1))) return null;
  const from = lastWeek || day === 1 ? addDays(monday, -7) : monday;
  const to = weekend ? published : addDays(monday, -1);
  return from && to ? { from, to } : null;
}

/** "rounds of August 17 to 19", "Week in review (Sept. 15-19)", "Weekly recap: December 15–19, 2025": a headline's span of days (see also DAY_FIRST_SPAN). */
const SPAN = new RegExp(String.raw`\b(${MONTHS})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-\u2013\u2014]|to|through)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![-/.,]?\d)`, 'i');
/** "(16–20 FEB 2026)", "16 to 20 February": the same span, day first. */
const DAY_FIRST_SPAN = new RegExp(String.raw`(?<![\d/.-])(\d{1,2})\s*(?:[-\u2013\u2014]|to)\s*(\d{1,2})\s+(${MONTHS})\b`, 'i');
/** "WEEKLY SNAPSHOT · 2026-07-18 → 2026-07-24": the same span in ISO days. */
const ISO_SPAN = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\s*(?:\u2192|->|[-\u2013\u2014]|to)\s*((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
/** "(week ending July 7, 2023)", "Week ending 7 July": the seven days up to that day. */
const WEEK_ENDING = new RegExp(
  String.raw`\bweek\s+end(?:ing|ed)\s+(?:(?:on|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(${MONTHS})\.?\s+(\d{1,2})|(\d{1,2})\s+(${MONTHS}))(?:st|nd|rd|th)?\b(?![-/.]?\d)`,
  'i',
);
/** How many days a headline's span may hold to be a week's (Monday to Sunday at most). */
const SPAN_DAYS = 7;

/** The days a headline names as its page's span ("rounds of August 17 to 19"): a week at most, ended by the page's day and at most a week before it. */
export function headlineSpan(headline: string, published: DayRef | null): Week | null {
  if (!published || published.year === null) return null;
  const iso = ISO_SPAN.exec(headline);
  if (iso) {
    const [from, to] = [1, 4].map((i) => ({ year: Number(iso[i]), month: Number(iso[i + 1]), day: Number(iso[i + 2]) }));
    return from && to ? weekUpTo(from, to, published) : null;
  }
  const ending = WEEK_ENDING.exec(headline);
  const endMonth = ending ? monthNumber(ending[1] ?? ending[4] ?? '') : null;
  if (ending && endMonth !== null) {
    const to = withYearBefore({ year: null, month: endMonth, day: Number(ending[2] ?? ending[3]) }, published);
    const from = addDays(to, -(SPAN_DAYS - 1));
    return from ? weekUpTo(from, to, published) : null;
  }
  const m = SPAN.exec(headline);
  const d = m ? null : DAY_FIRST_SPAN.exec(headline);
  const [monthName, first, last] = m ? [m[1], m[2], m[3]] : d ? [d[3], d[1], d[2]] : [];
  const month = monthName ? monthNumber(monthName) : null;
  if (month === null) return null;
  return weekUpTo(withYearBefore({ year: null, month, day: Number(first) }, published), withYearBefore({ year: null, month, day: Number(last) }, published), published);
}

/** "Week of November 10, 2025", "week of 10 November": the week from that day. */
const WEEK_OF = new RegExp(String.raw`\bweek\s+of\s+(?:(${MONTHS})\.?\s+(\d{1,2})|(\d{1,2})\s+(${MONTHS}))(?:st|nd|rd|th)?\b(?![-/.]?\d)`, 'i');

/**
 * "Weekly Immigration Bulletin — Week of November 10, 2025": a weekly page's week, from the day it names up to the page's day (a
 * Friday's bulletin of the week it is in). Only under a weekly page's name (`WEEKLY_NAME`): not a tracker's or a province's round-up
 * of the week ("Express Entry tracker, week of April 13, 2020"), whose rounds of earlier days it already told.
 */
export function weekOfHeadline(headline: string, published: DayRef | null): Week | null {
  const m = published && published.year !== null && WEEKLY_NAME.test(headline) ? WEEK_OF.exec(headline) : null;
  const month = m ? monthNumber(m[1] ?? m[4] ?? '') : null;
  if (!m || !published || month === null) return null;
  const from = withYearBefore({ year: null, month, day: Number(m[2] ?? m[3]) }, published);
  const end = addDays(from, SPAN_DAYS - 1);
  return end ? weekUpTo(from, (daysBetween(end, published) ?? 0) < 0 ? published : end, published) : null;
}
const WEEKLY_NAME = /\b(?:weekly|bulletin|newsletter|digest|briefing)\b/i;

/** The span from `from` to `to` when it is a week at most, ended by the page's day and at most a week before it. */
function weekUpTo(from: DayRef, to: DayRef, published: DayRef): Week | null {
  const length = daysBetween(from, to);
  const before = daysBetween(to, published);
  return length !== null && before !== null && length >= 0 && length < SPAN_DAYS && before >= 0 && before <= SPAN_DAYS ? { from, to } : null;
}

/** Within the week, both ends included. */
export function inWeek(day: DayRef, week: Week): boolean {
  const a = daysBetween(week.from, day);
  const b = daysBetween(day, week.to);
  return a !== null && b !== null && a >= 0 && b >= 0;
}

/**
 * A round the weekly page tells as one of the week's: its program, a figure and a day of that week, not a related link's or a
 * province's. Even one told as earlier ("Last week, IRCC held one round: …", "down from 525 on Tuesday"): any round of that week is
 * one of the week's.
 */
export function roundOfWeek(d: Draft, week: Week): boolean {
  return !d.related && d.provincial !== true && hasFacts(d) && d.program !== null && d.date !== null && inWeek(d.date, week);
}
