import { daysBetween, weekday, withYearBefore } from './calendar.ts';
import type { DayRef, OffsetRef } from '../types.ts';

/**
 * "UPDATE (Thursday, Sept. 18): IRCC held a second category-based draw on Thursday" on a page first published on Wednesday the
 * 17th: a weekday the sentence also writes as a day, within a week of the page's, is that day (not the Thursday before the 17th).
 */
export function weekdaysOfWrittenDays(found: { value: DayRef | OffsetRef; relative?: boolean; weekday?: boolean }[], published: DayRef): void {
  const written = found.filter((f) => !f.relative && 'month' in f.value).map((f) => withYearBefore(f.value as DayRef, published));
  for (const f of found) {
    if (f.weekday !== true || !('month' in f.value)) continue;
    const name = weekday({ ...f.value, year: f.value.year ?? published.year ?? 0 });
    // Only a later day: "on Tuesday, a week after a larger round on June 27" keeps its own Tuesday.
    const same = written.find((w) => w.year !== null && weekday({ ...w, year: w.year }) === name && Math.abs(daysBetween(w, published) ?? 99) <= 7 && (daysBetween(f.value as DayRef, w) ?? 0) > 0);
    if (same) f.value = same;
  }
}

/**
 * "usually it is on Wednesday", "aam tor par Wednesday hota hai" (Urdu: usually it is on Wednesday), "normally on Wednesdays": the
 * weekday draws are usually held, no round's day.
 */
const HABIT_BEFORE = /\b(?:usually|normally|typically|generally|traditionally|customarily|aam\s+(?:tor|taur)\s+(?:par|pe)|amuman|aksar)\b[^.;!?]{0,20}$/i;

/** "each Friday" (a weekday of every week), "Throwback Saturday" (a column's name): no day at all. */
const NOT_A_DAY_BEFORE = /\b(?:each|throwback|flashback)\s+$/i;
/** "every Tuesday, 7 pm", "every Friday at 1:30 pm": a weekly event's hour (a bare "every Wednesday" may still tell a round's day). */
const EVERY_BEFORE = /\bevery\s+$/i;
const CLOCK_AFTER = /^,?\s(?:at\s)?\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b/i;

/** A weekday that is no day: `before` and `after` are the text around it. */
export const notADay = (before: string, after: string): boolean => NOT_A_DAY_BEFORE.test(before) || (EVERY_BEFORE.test(before) && CLOCK_AFTER.test(after));

export const habitualWeekday = (sentence: string, f: { start: number; weekday?: boolean }): boolean => f.weekday === true && HABIT_BEFORE.test(sentence.slice(Math.max(0, f.start - 40), f.start));
