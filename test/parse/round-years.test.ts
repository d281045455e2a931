import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberFitsYear, roundNumberFits } from '../../src/parse/primary/round-years.ts';

describe("a round's number and its year", () => {
  it("fits IRCC's numbering: round 1 in 2015, 24 to 50 in 2016, 389 on in 2026", () => {
    expect(numberFitsYear(1, 2015)).toBe(true);
    expect(numberFitsYear(24, 2016)).toBe(true);
    expect(numberFitsYear(50, 2016)).toBe(true);
    expect(numberFitsYear(437, 2026)).toBe(true);
  });

  it('allows one round of slack at the turn of a year', () => {
    expect(numberFitsYear(23, 2016)).toBe(true);
    expect(numberFitsYear(51, 2016)).toBe(true);
  });

  it('refuses a label or a count of the year read as a number', () => {
    expect(numberFitsYear(1, 2024)).toBe(false);
    expect(numberFitsYear(2, 2024)).toBe(false);
    expect(numberFitsYear(549, 2024)).toBe(false);
    expect(numberFitsYear(300, 2015)).toBe(false);
    expect(numberFitsYear(5, 2014)).toBe(false);
  });

  it('only bounds from below the years after the last one known', () => {
    expect(numberFitsYear(480, 2027)).toBe(true);
    expect(numberFitsYear(300, 2027)).toBe(false);
  });

  it('leaves a number alone when the day or its year is unknown, or the number is not one', () => {
    expect(roundNumberFits('1', null)).toBe(true);
    expect(roundNumberFits('1', { year: null, month: 1, day: 31 })).toBe(true);
    expect(roundNumberFits('91a', { year: 2018, month: 5, day: 30 })).toBe(true);
    expect(roundNumberFits('1', { year: 2024, month: 8, day: 26 })).toBe(false);
  });

  it("keeps every round of IRCC's bundled record (assets/ircc-rounds-1-437.json): no real number is dropped for its year", () => {
    const record = JSON.parse(readFileSync(new URL('../../assets/ircc-rounds-1-437.json', import.meta.url), 'utf8')) as { rounds: { drawNumber: string; drawDate: string }[] };
    const misfits = record.rounds.filter((r) => !roundNumberFits(r.drawNumber, { year: Number(r.drawDate.slice(0, 4)), month: 1, day: 1 }));
    expect(record.rounds.length).toBeGreaterThan(400);
    expect(misfits).toEqual([]);
  });
});
