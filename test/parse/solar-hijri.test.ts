import { describe, expect, it } from 'vitest';
import { solarHijriToGregorian } from '../../src/parse/text/solar-hijri.ts';

describe('Solar Hijri days', () => {
  it('turns the days Iranian sites write into Gregorian ones', () => {
    expect(solarHijriToGregorian(1397, 1, 6)).toEqual({ year: 2018, month: 3, day: 26 });
    expect(solarHijriToGregorian(1401, 7, 20)).toEqual({ year: 2022, month: 10, day: 12 });
    expect(solarHijriToGregorian(1404, 10, 13)).toEqual({ year: 2026, month: 1, day: 3 });
  });

  it('knows the leap years: Esfand 30 exists in 1403, not in 1404', () => {
    expect(solarHijriToGregorian(1403, 12, 30)).toEqual({ year: 2025, month: 3, day: 20 });
    expect(solarHijriToGregorian(1404, 12, 30)).toBeNull();
  });

  it('gives null for a day the calendar does not have', () => {
    expect(solarHijriToGregorian(1400, 7, 31)).toBeNull();
    expect(solarHijriToGregorian(1400, 13, 1)).toBeNull();
    expect(solarHijriToGregorian(1400, 1, 0)).toBeNull();
  });
});
