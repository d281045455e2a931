import { daysBetween } from '../mentions/calendar.ts';
import { hasFacts, type DayRef, type Draft } from '../types.ts';

/**
 * The rounds a page lists under a sentence that introduces several ("IRCC held three rounds:"): how far below it they may be told,
 * and which of them are of the page's week.
 */

/** How many sentences below that introduction its rounds may still be told. */
export const INTRO_SPAN = 8;
/** How many days apart the rounds a page tells as several may be. */
export const SEVERAL_REACH_DAYS = 6;
/** The seven days up to a page's own day, counted back: its "this week". */
export const WEEK_DAYS = 6;

/** How many days before the page's day a draft's round was held (null without either day). */
export function age(d: Draft, published: DayRef | null): number | null {
  if (!d.date || !published || d.date.year === null) return null;
  return daysBetween(d.date, published);
}

/** A row with its program, invitations and cut-off. */
export const fullRow = (d: Draft): boolean => hasFacts(d) && d.invitations !== null && d.minCrs !== null && d.program !== null;

/** A draft told within INTRO_SPAN sentences of the introduction at `at`, of this article's own draws. */
export const toldUnder = (d: Draft, at: number): boolean => !d.context && !d.related && d.firstSentence - at <= INTRO_SPAN;

/**
 * A round told in full under the introduction at `at` ("A busy week for Express Entry! IRCC held three rounds:" over "• Mon Dec 15 —
 * Provincial Nominee Program: 399 invitations, CRS 731"), of the page's seven days and of the same week as the news `first`.
 */
export function listedOfTheWeek(d: Draft, first: Draft, at: number, published: DayRef | null): boolean {
  if (d.firstSentence <= at || !toldUnder(d, at) || !fullRow(d) || d.provincial === true || d.table || !d.date || !first.date) return false;
  const days = age(d, published);
  const gap = daysBetween(d.date, first.date);
  return days !== null && days >= 0 && days <= WEEK_DAYS && gap !== null && Math.abs(gap) <= SEVERAL_REACH_DAYS;
}
