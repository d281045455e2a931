import { describe, expect, it } from 'vitest';
import { inPeriod, longerPeriod, monthsBefore, parsePeriod, PERIOD_SHAPE } from '../../src/commands/period.ts';

const today = new Date('2026-08-20T12:00:00Z');

describe('periods', () => {
  it('defaults to the last 6 months, ending today', () => {
    expect(parsePeriod(undefined, today)).toEqual({ input: '6m', kind: 'months', amount: 6, from: '2026-02-20', to: '2026-08-20' });
  });

  it.each([
    ['3m', '2026-05-20', 3],
    ['6mo', '2026-02-20', 6],
    ['1y', '2025-08-20', 12],
    ['2y', '2024-08-20', 24],
    ['1an', '2025-08-20', 12],
    ['12m', '2025-08-20', 12],
    ['18 mois', '2025-02-20', 18],
  ])('reads %s as months back from today', (text, from, months) => {
    expect(parsePeriod(text, today)).toMatchObject({ kind: 'months', amount: months, from, to: '2026-08-20' });
  });

  it('names equivalent spans alike', () => {
    expect(parsePeriod('12m', today)?.input).toBe('1y');
    expect(parsePeriod('3M', today)?.input).toBe('3m');
  });

  it('reads a year as that calendar year, cut at today for this one', () => {
    expect(parsePeriod('2025', today)).toMatchObject({ kind: 'year', from: '2025-01-01', to: '2025-12-31' });
    expect(parsePeriod('2026', today)).toMatchObject({ from: '2026-01-01', to: '2026-08-20' });
  });

  it('reads all (or tout) as everything since the first round', () => {
    expect(parsePeriod('all', today)).toMatchObject({ kind: 'all', from: '2015-01-01', to: '2026-08-20' });
    expect(parsePeriod('Tout', today)?.kind).toBe('all');
  });

  it.each(['0m', '5x', '2014', '2027', '300m', 'soon', ''])('refuses %j', (text) => {
    expect(parsePeriod(text, today)).toBeNull();
  });

  it('clamps to the end of a shorter month', () => {
    expect(monthsBefore(new Date('2026-08-31T00:00:00Z'), 6).toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(monthsBefore(new Date('2026-03-31T00:00:00Z'), 1).toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(monthsBefore(new Date('2026-01-15T00:00:00Z'), 2).toISOString().slice(0, 10)).toBe('2025-11-15');
  });

  it('includes both ends', () => {
    const p = { from: '2026-02-20', to: '2026-08-20' };
    expect(inPeriod(p, '2026-02-20')).toBe(true);
    expect(inPeriod(p, '2026-08-20')).toBe(true);
    expect(inPeriod(p, '2026-02-19')).toBe(false);
  });

  it('lets typos reach the period option, but not program names', () => {
    for (const w of ['6m', '5x', '2025', 'all', '18mois']) expect(PERIOD_SHAPE.test(w)).toBe(true);
    for (const w of ['cec', 'Class', 'francophone']) expect(PERIOD_SHAPE.test(w)).toBe(false);
  });

  it('suggests a longer period', () => {
    expect(longerPeriod(parsePeriod('3m', today)!)).toBe('1y');
    expect(longerPeriod(parsePeriod('2025', today)!)).toBe('all');
  });
});
