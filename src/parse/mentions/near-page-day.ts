import { daysBetween } from './calendar.ts';
import type { DayRef } from '../types.ts';

/** Days written in figures that read either way round ("04/07/2024"), read by the page's own day (date-mentions.ts). */

/** A stamp's separator before its day: "DrawBot — 09/02/2020", "Notice – 06/08/2021", "News | 08/08/2025". */
const STAMP_BEFORE = /[\u2013\u2014|\u00b7-]\s*$/;
/** A sentence that tells a round or its tie-breaking rule. */
const ROUND_OR_RULE = /\b(?:draw|round|tirage|ronde|ronda|rodada|sorteo|sorteio|tie[- ]?break(?:ing)?|invit\w*|ITAs?)\b/i;

/** How many days before the page a day written in figures either way round may be, read as the one of its two readings so near. */
const NEAR_PAGE_DAYS = 7;

/**
 * "Round 300 (04/07/2024)" on a page of July 5, 2024: of a day in figures that reads either way round (April 7 or July 4), the one
 * reading of the week up to the page's day, when the other is not.
 */
export function nearPageDay(sentence: string, at: number, year: string | undefined, a: number, b: number, published: DayRef | null | undefined): DayRef | null {
  if (!published || year === undefined || a > 12 || b > 12 || a === b) return null;
  // Only in a sentence of a round or its rule, and not after a dash or a bar: a dateline's or a chat stamp's ("DrawBot — 09/02/2020")
  // is the page's own day, told elsewhere.
  if (!ROUND_OR_RULE.test(sentence) || STAMP_BEFORE.test(sentence.slice(Math.max(0, at - 3), at))) return null;
  const near = [dayOf(year, a, b), dayOf(year, b, a)].filter((d): d is DayRef => {
    const gap = d ? daysBetween(d, published) : null;
    return gap !== null && gap >= 0 && gap <= NEAR_PAGE_DAYS;
  });
  return near.length === 1 ? (near[0] ?? null) : null;
}

function dayOf(year: string, month: number, d: number): DayRef | null {
  if (month < 1 || month > 12 || d < 1 || d > 31) return null;
  return { year: Number(year), month, day: d };
}
