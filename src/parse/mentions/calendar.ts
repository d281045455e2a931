import { DAY_MS } from '../../util/days.ts';
import { isoDate } from '../../ircc/datetime.ts';
import type { DayRef } from '../types.ts';

/** "2025-11-29" → a day with its year; null when it is not a real calendar date. */
export function dayFromIso(iso: string): DayRef | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isoDate(y, mo, d) ? { year: y, month: mo, day: d } : null;
}

/** A day from a text's figures ("2020", 7, "23"): month 1–12 and day 1–31 (the month's own length is checked later), else null. */
export function dayRef(year: string | null | undefined, month: number | null, d: number | string | undefined): DayRef | null {
  const dn = Number(d);
  if (!month || month < 1 || month > 12 || !Number.isInteger(dn) || dn < 1 || dn > 31) return null;
  return { year: year ? Number(year) : null, month, day: dn };
}

export function dayToIso(day: DayRef): string | null {
  return day.year === null ? null : isoDate(day.year, day.month, day.day);
}

function toUtcMs(day: DayRef & { year: number }): number {
  return Date.UTC(day.year, day.month - 1, day.day);
}

function fromUtcMs(ms: number): DayRef {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(day: DayRef, days: number): DayRef | null {
  if (day.year === null) return null;
  return fromUtcMs(toUtcMs({ ...day, year: day.year }) + days * DAY_MS);
}

/** Whole days from a to b (b − a); null when either lacks a year. */
export function daysBetween(a: DayRef, b: DayRef): number | null {
  if (a.year === null || b.year === null) return null;
  // Date.UTC as toUtcMs calls it, without a copy of each day (the reader asks this for every pair of days it compares).
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

export const sameDay = (a: DayRef, b: DayRef): boolean => a.month === b.month && a.day === b.day && (a.year === null || b.year === null || a.year === b.year);

/** The weekdays' first three letters in `weekday`'s order (0 = Sunday). */
export const WEEKDAY_PREFIXES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: DayRef & { year: number }): number {
  return new Date(toUtcMs(day)).getUTCDay();
}

/** The latest given weekday on or before `ref` ("on Wednesday" in an article of that week). */
export function lastWeekday(ref: DayRef, target: number, strictlyBefore: boolean): DayRef | null {
  if (ref.year === null) return null;
  const current = weekday({ ...ref, year: ref.year });
  let back = (current - target + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(ref, -back);
}

/**
 * "Monday 15" as of `ref`: the 15th of `ref`'s month or the month before, on or before `ref`, that falls on that weekday (the
 * nearer); null when neither does (the writer's weekday and day disagree).
 */
export function weekdayOfMonthDay(ref: DayRef, target: number, dayOfMonth: number): DayRef | null {
  if (ref.year === null) return null;
  const previous = ref.month === 1 ? { year: ref.year - 1, month: 12 } : { year: ref.year, month: ref.month - 1 };
  for (const { year, month } of [{ year: ref.year, month: ref.month }, previous]) {
    const day = { year, month, day: dayOfMonth };
    const back = isoDate(year, month, dayOfMonth) ? daysBetween(day, ref) : null;
    if (back !== null && back >= 0 && weekday(day) === target) return day;
  }
  return null;
}

/**
 * The year of a day written without one, as of `anchor` (the article's date): the same year,
 * unless that lands more than `lead` days after the anchor, then the year before
 * ("December 18" in a January article).
 */
export function withYearBefore(day: DayRef, anchor: DayRef | null, lead = 2): DayRef {
  if (day.year !== null || !anchor || anchor.year === null) return day;
  const sameYear = { ...day, year: anchor.year };
  const diff = daysBetween(anchor, sameYear);
  // "the February 29 French round" on a page of 2025: a leap year's day, the latest before the page.
  if (!isoDate(anchor.year, day.month, day.day)) {
    const leap = anchor.year - 1 - ((anchor.year - 1) % 4);
    return day.month === 2 && day.day === 29 && isoDate(leap, 2, 29) ? { ...day, year: leap } : day;
  }
  return diff !== null && diff > lead ? { ...day, year: anchor.year - 1 } : sameYear;
}
