import type { DayRef } from '../types.ts';

/**
 * IRCC's round numbers run in order through the years: round 1 was held in 2015, round 24 opened 2016, round 389 opened 2026
 * (assets/ircc-rounds-1-437.json). A number read for a round of another year is no round number ("Draw 1: Provincial Nominee
 * Program" on a page of 2024 labels the page's first card, "#3 this year" counts the year's rounds): it is not reported.
 */
const FIRST_ROUND_OF_YEAR: Readonly<Record<number, number>> = {
  2015: 1,
  2016: 24,
  2017: 51,
  2018: 81,
  2019: 108,
  2020: 134,
  2021: 171,
  2022: 213,
  2023: 237,
  2024: 279,
  2025: 331,
  2026: 389,
};
const FIRST_YEAR = 2015;
const LAST_KNOWN_YEAR = 2026;
/** Some slack at the turn of a year: a round of December 31 told with the new year's date, or the other way round. */
const SLACK = 3;

/** Whether round `number` can have been held in `year`. */
export function numberFitsYear(number: number, year: number): boolean {
  if (year < FIRST_YEAR) return false;
  const known = Math.min(year, LAST_KNOWN_YEAR);
  const first = FIRST_ROUND_OF_YEAR[known] ?? 1;
  const next = year < LAST_KNOWN_YEAR ? (FIRST_ROUND_OF_YEAR[year + 1] ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  return number >= first - SLACK && number <= next - 1 + SLACK;
}

/** Whether a draft's number (as written: "279", "91a") fits the year of its day; true when either is unknown. */
export function roundNumberFits(drawNumber: string | null, day: DayRef | null): boolean {
  if (drawNumber === null || !day || day.year === null) return true;
  const n = Number.parseInt(drawNumber, 10);
  return Number.isNaN(n) || numberFitsYear(n, day.year);
}
