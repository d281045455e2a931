import { daysBetween, sameDay } from '../mentions/calendar.ts';
import type { DayRef, Draft } from '../types.ts';
import { fits, type Part } from './parts.ts';
import { MAX_AGE_DAYS } from '../primary/choose-primary.ts';

/** Which draw already read (or the article's own, undated) a later mention of a day names (docs/parser.md "Session 57"). */

/** Nothing told of the draft yet but its day ("Express Entry update, September 6, 2018." over "Yesterday's round, number 98, …"). */
function dayAlone(d: Draft): boolean {
  return d.invitations === null && d.minCrs === null && d.drawNumber === null && d.program === null && d.tieBreak === null;
}

/**
 * "Podcast … Ep. 14 notes (Nov 17, 2016)" over "Yesterday's draw, #47: 2,427 ITAs": a title's day with nothing else told, the
 * page's own day, is the page's; the round told as the day before is that day's. So is the head's day under "Round 106: 3,900
 * ITAs, CRS 445" when the body tells the same figures of "yesterday".
 */
export function pageDayOfTitle(d: Draft, p: Part, published: DayRef | null): boolean {
  if (!d.dateWritten || !(d.dateFromHead || dayAlone(d)) || !d.date || !p.date || !p.g.relativeDay || !published || !p.facts) return false;
  if ((d.invitations ?? p.invitations) !== p.invitations || (d.minCrs ?? p.minCrs) !== p.minCrs || (d.drawNumber ?? p.drawNumber) !== p.drawNumber) return false;
  return daysBetween(published, d.date) === 0 && daysBetween(d.date, p.date) === -1;
}

/**
 * "Yesterday's CEC round (#400) and today's French-language round (#401) bring …" after both rounds' cards: a round named by the
 * day and program of a draw already read is that draw. So is "Round #64 – Federal Skilled Trades only" under a headline that told
 * "PNP (143 ITAs, 775) and FST (400 ITAs, 199)": a numbered round of the one program only one draw read has, still unnumbered.
 */
export function drawOfDayAndProgram(drafts: readonly Draft[], p: Part): Draft | undefined {
  const day = p.date;
  if (p.program === null) return undefined;
  if (day) return drafts.find((d) => !d.context && d.date && sameDay(d.date, day) && d.program === p.program && fits(d, p));
  if (p.drawNumber === null) return undefined;
  const ofProgram = drafts.filter((d) => !d.context && d.program === p.program);
  const only = ofProgram.length === 1 ? ofProgram[0] : undefined;
  return only && only.drawNumber === null && fits(only, p) ? only : undefined;
}

/**
 * The part's day can date `topic`, the draw the article is about, still undated: no earlier part of `read` gave that day to
 * another draw ("follows a May 30 draw for PNP candidates … The May 30 draw was the first since …") and it is at most
 * MAX_AGE_DAYS before the page's date (any day when the page is undated).
 */
export function datesUndated(topic: Draft | null, read: readonly Part[], p: Part, published: DayRef | null): boolean {
  const day = p.date;
  if (!day || !topic || topic.date !== null) return false;
  if (read.some((o) => o.g.sentence < p.g.sentence && o.date !== null && sameDay(o.date, day))) return false;
  if (!published || published.year === null) return true;
  const days = daysBetween({ ...day, year: day.year ?? published.year }, published);
  return days !== null && days >= -1 && days <= MAX_AGE_DAYS;
}
