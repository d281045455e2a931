import { describe, expect, it } from 'vitest';
import { median, slopePerMonth, summarize, trendDirection } from '../../src/commands/stats-math.ts';

describe('stats math', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([523, 516, 516, 517, 516])).toBe(516);
    expect(median([1, 4, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('measures the slope in points a month', () => {
    const pts = [0, 1, 2, 3].map((i) => ({ date: `2026-0${i + 1}-01`, value: 500 + 2 * i }));
    expect(slopePerMonth(pts)).toBeCloseTo(2, 0);
    expect(trendDirection(slopePerMonth(pts)!)).toBe('rising');
    expect(trendDirection(-3)).toBe('falling');
    expect(trendDirection(0.4)).toBe('steady');
  });

  it('gives no slope for too few points or a single date', () => {
    expect(
      slopePerMonth([
        { date: '2026-01-01', value: 1 },
        { date: '2026-02-01', value: 2 },
      ]),
    ).toBeNull();
    expect(slopePerMonth([1, 2, 3].map((v) => ({ date: '2026-01-01', value: v })))).toBeNull();
  });

  it('summarizes draws', () => {
    const s = summarize([
      { date: '2026-08-18', value: 523, invitations: 1000 },
      { date: '2026-08-05', value: 516, invitations: 3000 },
    ]);
    expect(s).toEqual({ count: 2, lowest: 516, median: 519.5, highest: 523, invitations: 4000, slope: null });
    expect(summarize([])).toBeNull();
  });
});
