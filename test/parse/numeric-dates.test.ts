import { describe, expect, it } from 'vitest';
import { orderNumericDates } from '../../src/parse/text/numeric-dates.ts';

// docs/parser.md "Session 35": numeric days whose order the page shows elsewhere (p9-216, p9-218, p9-219).
describe('orderNumericDates', () => {
  it('reads an ambiguous day in the order the page shows elsewhere', () => {
    expect(orderNumericDates('08/12/2025 | PNP | 1,123 | 729 | 15/07/2025')).toBe('2025-12-08 | PNP | 1,123 | 729 | 15/07/2025');
    expect(orderNumericDates('08/12/2025 and 11/26/2025')).toBe('2025-08-12 and 11/26/2025');
  });
  it('keeps an ambiguous day as written when the page shows no order, or both', () => {
    expect(orderNumericDates('Posted 08/12/2025')).toBe('Posted 08/12/2025');
    expect(orderNumericDates('08/12/2025, 15/07/2025 and 11/26/2025')).toBe('08/12/2025, 15/07/2025 and 11/26/2025');
  });
  it('a dotted day is day first', () => {
    expect(orderNumericDates('Datum: 06.07.2026')).toBe('Datum: 2026-07-06');
  });
  it('a two-digit year only on a page that shows its order', () => {
    expect(orderNumericDates('06/07/26 | PNP | 534 | 708 | 29/12/25')).toBe('2026-07-06 | PNP | 534 | 708 | 2025-12-29');
    expect(orderNumericDates('a ratio of 3/4/25 and 1/2/20')).toBe('a ratio of 3/4/25 and 1/2/20');
  });
});
