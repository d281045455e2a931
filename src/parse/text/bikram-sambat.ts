import { DAY_MS } from '../../util/days.ts';
import type { GregorianDay } from './solar-hijri.ts';

/**
 * Bikram Sambat days, as Nepali pages write their dateline ("२०८१ भदौ १२ गते" is August 28, 2024). The calendar is solar, its
 * months 29 to 32 days long as the almanac fixes them each year (no rule gives them), so this is a table: the years 2070 to
 * 2083 (April 14, 2013 to April 13, 2027), the same in three published converters (the npm packages bikram-sambat,
 * nepali-date-converter and nepali-datetime), and checked against known days (New Year 2081 = April 13, 2024; Asoj 3, 2072,
 * the constitution's day, = September 20, 2015; Bhadra 23, 2082 = September 8, 2025). 2084 is left out: the converters
 * disagree on its months. A day outside the table gives null (no day rather than a guess).
 */

const FIRST_YEAR = 2070;
/** Baisakh 1, 2070. */
const START = Date.UTC(2013, 3, 14);

/** Each year's twelve months, Baisakh to Chaitra. */
const MONTH_DAYS: readonly (readonly number[])[] = [
  [31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30], // 2070
  [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2071
  [31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2072
  [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2073
  [31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30], // 2074
  [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2075
  [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30], // 2076
  [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2077
  [31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30], // 2078
  [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2079
  [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30], // 2080
  [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2081
  [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2082
  [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2083
];

/** The Gregorian day of Bikram Sambat `year`/`month`/`day`; null for a day the calendar does not have or the table does not hold. */
export function bikramSambatToGregorian(year: number, month: number, day: number): GregorianDay | null {
  const months = MONTH_DAYS[year - FIRST_YEAR];
  if (!months || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > (months[month - 1] ?? 0)) return null;
  let days = day - 1;
  for (let y = FIRST_YEAR; y < year; y++) days += (MONTH_DAYS[y - FIRST_YEAR] ?? []).reduce((a, b) => a + b, 0);
  for (let m = 1; m < month; m++) days += months[m - 1] ?? 0;
  const g = new Date(START + days * DAY_MS);
  return { year: g.getUTCFullYear(), month: g.getUTCMonth() + 1, day: g.getUTCDate() };
}
