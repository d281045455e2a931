import type { PoolBand, PoolSnapshot } from '../domain/pool.ts';

/**
 * IRCC's finest split of the pool: the 10-point sub-bands (dd4–dd8, dd10–dd14) instead of their
 * parent band, when they add up to it; a parent whose sub-bands do not add up (older or partial
 * data) is kept whole rather than trusted in pieces. Highest scores first.
 */
export function finestBands(snapshot: PoolSnapshot): PoolBand[] {
  const out: PoolBand[] = [];
  for (const band of snapshot.bands.filter((b) => b.parent === null)) {
    const children = snapshot.bands.filter((b) => b.parent === band.key);
    const childSum = children.reduce((a, b) => a + b.count, 0);
    if (children.length > 0 && childSum === band.count) out.push(...children);
    else out.push(band);
  }
  return out.sort((a, b) => b.min - a.min);
}

/**
 * How many candidates have a CRS strictly above `score`. Exact when the score is the top of a band
 * (500 → 601–1200 + 501–600); otherwise a range, because IRCC only gives counts per band: the
 * candidates of the band holding the score may all sit above it, or none.
 */
export type AboveCount = { exact: true; count: number } | { exact: false; low: number; high: number; band: PoolBand };

export function countAbove(snapshot: PoolSnapshot, score: number): AboveCount {
  const bands = finestBands(snapshot);
  const low = bands.filter((b) => b.min > score).reduce((a, b) => a + b.count, 0);
  const band = bands.find((b) => b.min <= score && score < b.max);
  if (!band || band.count === 0) return { exact: true, count: low };
  return { exact: false, low, high: low + band.count, band };
}

/** Whether IRCC published a distribution at all (every figure is zero before round #214). */
export const hasDistribution = (snapshot: PoolSnapshot): boolean => snapshot.total > 0 && snapshot.bands.some((b) => b.count > 0);
