import type { DayRef } from '../types.ts';
import { matchesOf } from '../text/matches.ts';

const LEAP_DAY = /\bleap[- ]day\b/gi;

/** "On leap day itself, IRCC followed with …": February 29 of the page's year, a leap year's, written by its spring. */
export function leapDays(sentence: string, published: DayRef | null): { start: number; end: number; value: DayRef; relative: true }[] {
  if (!published || published.year === null || !/leap/i.test(sentence) || published.year % 4 !== 0 || published.month > 3) return [];
  const year = published.year;
  return matchesOf(LEAP_DAY, sentence).map((m) => ({ start: m.index, end: m.index + m[0].length, value: { year, month: 2, day: 29 }, relative: true as const }));
}
