import { DAY_MS } from '../../util/days.ts';
import type { GregorianDay } from './solar-hijri.ts';

/**
 * Ethiopian calendar days, as Amharic pages write a round's day or their dateline ("መጋቢት 4 ቀን 2016 ዓ.ም" is March 13, 2024).
 * Twelve months of 30 days and a thirteenth, Pagume, of 5 (6 in a year before one divisible by four: 2015 had 6); the year
 * starts on September 11 (12 after such a year). Plain arithmetic from a known day: Meskerem 1, 2016 was September 12, 2023.
 */

const MESKEREM_1_2016 = Date.UTC(2023, 8, 12);

/** Days from Meskerem 1 of year 1 to the day (each year before it of 365 days, and Pagume 6 in every fourth). */
const daysFromEpoch = (year: number, month: number, day: number): number => 365 * (year - 1) + Math.floor(year / 4) + 30 * (month - 1) + day - 1;

/** Whether the Ethiopian year has a sixth day of Pagume. */
const leap = (year: number): boolean => year % 4 === 3;

/** The Gregorian day of Ethiopian `year`/`month`/`day`; null for a day the calendar does not have. */
export function ethiopianToGregorian(year: number, month: number, day: number): GregorianDay | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || year < 1 || month < 1 || month > 13 || day < 1) return null;
  if (day > (month < 13 ? 30 : leap(year) ? 6 : 5)) return null;
  const g = new Date(MESKEREM_1_2016 + (daysFromEpoch(year, month, day) - daysFromEpoch(2016, 1, 1)) * DAY_MS);
  return { year: g.getUTCFullYear(), month: g.getUTCMonth() + 1, day: g.getUTCDate() };
}

/**
 * The Gregorian month and day of an Ethiopian month and day whatever the year, or null where it is not: from Yekatit 22 (March 1)
 * to Pagume 5 (September 10) every year agrees; before it a year after a leap one is a day later (Meskerem 1 is September 11 or 12).
 */
export function ethiopianMonthDay(month: number, day: number): { readonly month: number; readonly day: number } | null {
  if (month < 6 || (month === 6 && day < 22) || month > 13 || day > (month < 13 ? 30 : 5) || day < 1) return null;
  const a = ethiopianToGregorian(2016, month, day);
  return a ? { month: a.month, day: a.day } : null;
}
