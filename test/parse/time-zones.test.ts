import { describe, expect, it } from 'vitest';
import { isSummer, offsetsOn, zoneOf } from '../../src/parse/mentions/time-zones.ts';

describe('time zones of tie-break times', () => {
  it('names each written zone', () => {
    expect(zoneOf("heure de l'Est").zone).toBe('eastern');
    expect(zoneOf('India time').zone).toBe('ist');
    expect(zoneOf('GST').zone).toBe('gulf');
    expect(zoneOf('heure de Paris').zone).toBe('paris');
    expect(zoneOf('UTC+5:30')).toEqual({ zone: 'fixed', offset: 330 });
    expect(zoneOf('GMT-3')).toEqual({ zone: 'fixed', offset: -180 });
    expect(zoneOf('est').zone).toBe('utc');
  });
  it("keeps Canada's summer time and Europe's by their own Sundays", () => {
    // 2025: Canada from March 9 to November 2; Europe from March 30 to October 26.
    expect([isSummer({ year: 2025, month: 3, day: 8 }, 'north-america'), isSummer({ year: 2025, month: 3, day: 9 }, 'north-america')]).toEqual([false, true]);
    expect([isSummer({ year: 2025, month: 11, day: 1 }, 'north-america'), isSummer({ year: 2025, month: 11, day: 2 }, 'north-america')]).toEqual([true, false]);
    expect([isSummer({ year: 2025, month: 3, day: 29 }, 'europe'), isSummer({ year: 2025, month: 3, day: 30 }, 'europe')]).toEqual([false, true]);
    expect([isSummer({ year: 2025, month: 10, day: 25 }, 'europe'), isSummer({ year: 2025, month: 10, day: 26 }, 'europe')]).toEqual([true, false]);
  });
  it('gives every offset an abbreviation may mean, the likeliest first', () => {
    expect(offsetsOn({ year: 2025, month: 7, day: 3 }, 'est')).toEqual([-300, -240]);
    expect(offsetsOn({ year: 2025, month: 1, day: 3 }, 'est')).toEqual([-300]);
    expect(offsetsOn({ year: 2025, month: 1, day: 3 }, 'pst')).toEqual([-480, 480]);
    expect(offsetsOn({ year: 2025, month: 7, day: 3 }, 'paris')).toEqual([120]);
  });
});
