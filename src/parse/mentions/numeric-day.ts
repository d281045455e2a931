import { dayRef, daysBetween } from './calendar.ts';
import { ROUND_WORDS } from './round-words.ts';
import type { DayRef } from '../types.ts';

/** Days written in figures, day and month ("23/07/2020", "04/07/2024"), for date-mentions.ts. */

/** Words of a Spanish, Portuguese or French line, where a numeric date is day first. */
const ROMANCE_WORDS =
  /(?:^|[\s(])(?:Data|Fecha|de|del|às|a las|convites|invitaciones|rodada|ronda|sorteio|sorteo|tirage|ronde|desempate|d[ée]partage|crit[ée]rio|regla|r[èe]gle|pontua[çc][ãa]o|puntaje|note minimale|perfis|perfiles|profils|le|du|au)(?=[\s:,.)]|$)/i;

/**
 * Day and month in either order only when the order does not matter: "23-07-2020", "07/23/2020", "02-02-2023"; in a
 * Spanish, Portuguese or French line, day first ("Data: 06/10/2025", "Critério de desempate: 09/12/2025 às 18:22:06 UTC").
 */
export function numericDay(year: string | undefined, a: number, b: number, sentence: string): DayRef | null {
  if (a > 12 && b <= 12) return dayRef(year, b, a);
  if ((b > 12 && a <= 12) || a === b) return dayRef(year, a, b);
  return a <= 31 && b <= 12 && ROMANCE_WORDS.test(sentence) ? dayRef(year, b, a) : null;
}

/** A stamp's separator before its day: "DrawBot — 09/02/2020", "Notice – 06/08/2021", "News | 08/08/2025". */
const STAMP_BEFORE = /[\u2013\u2014|\u00b7-]\s*$/;
/** A sentence that tells a round or its tie-breaking rule. */
const ROUND_OR_RULE = new RegExp(String.raw`\b(?:${ROUND_WORDS}|tie[- ]?break(?:ing)?|invit\w*|ITAs?)\b`, 'i');

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
  const readings = [dayRef(year, a, b), dayRef(year, b, a)];
  const gaps = readings.map((d) => (d ? daysBetween(d, published) : null));
  // Not when a reading falls after the page ("03-02-2023" on a page of February 3: a writer's slip for the 2nd is as likely as
  // today, and "06/10/2025" on a page of June 12 may be October's; session 34's rule): only two days already past, one of them near.
  if (gaps.some((g) => g === null || g < 0)) return null;
  const near = readings.filter((d, i) => d !== null && (gaps[i] ?? -1) <= NEAR_PAGE_DAYS);
  return near.length === 1 ? (near[0] ?? null) : null;
}
