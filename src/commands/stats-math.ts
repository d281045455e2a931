import { DAY_MS } from '../util/days.ts';
/** Figures about a set of draws: pure functions over plain numbers, so they are easy to test. */

export interface Point {
  /** YYYY-MM-DD */
  date: string;
  value: number;
}

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** An average month, so a slope per day reads as "points a month". */
export const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Least-squares slope of the values against time, in units per month; null with fewer than three
 * points or when they all share one date (a slope through two points is just their difference).
 */
export function slopePerMonth(points: readonly Point[]): number | null {
  if (points.length < 3) return null;
  const xs = points.map((p) => Date.parse(`${p.date}T00:00:00Z`) / DAY_MS);
  const ys = points.map((p) => p.value);
  const mx = sum(xs) / xs.length;
  const my = sum(ys) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? my) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? null : (num / den) * DAYS_PER_MONTH;
}

export type TrendDirection = 'rising' | 'falling' | 'steady';

/** Under a point a month either way, cutoffs are read as steady: draws move by more than that at random. */
export const STEADY_BELOW = 1;

export function trendDirection(perMonth: number): TrendDirection {
  if (perMonth >= STEADY_BELOW) return 'rising';
  if (perMonth <= -STEADY_BELOW) return 'falling';
  return 'steady';
}

/** The summary /stats shows for one set of draws (newest first or in any order). */
export interface CutoffSummary {
  count: number;
  lowest: number;
  median: number;
  highest: number;
  invitations: number;
  /** Points a month, null when there are too few draws for a trend. */
  slope: number | null;
}

export function summarize(points: readonly (Point & { invitations: number })[]): CutoffSummary | null {
  if (points.length === 0) return null;
  const values = points.map((p) => p.value);
  return {
    count: points.length,
    lowest: Math.min(...values),
    median: median(values),
    highest: Math.max(...values),
    invitations: sum(points.map((p) => p.invitations)),
    slope: slopePerMonth(points),
  };
}
