import { daysBetween } from '../mentions/calendar.ts';
import { findListedDrawNumbers } from '../mentions/draw-number.ts';
import type { DayRef, Draft } from '../types.ts';

/**
 * "Draws 435, 436 and 437:" over the week's three rounds, "IRCC numbered the rounds 63 and 64." under the day's two: a line that
 * lists round numbers and nothing else of a round gives them to the page's dated rounds, in the order of their days (IRCC numbers
 * its rounds as it holds them; two of one day in the order the page tells them). Only when the list and the rounds are as many,
 * and no round already has a number the list does not hold.
 */
export function placeListedNumbers(drafts: readonly Draft[], lines: readonly string[], resolve: (d: DayRef) => DayRef): void {
  for (const line of lines) {
    // A cheap test first: every list form says "draws" or "rounds" and holds a figure.
    if (!/\d/.test(line) || !/draws|rounds|rondes|tirages|rondas|rodadas/i.test(line)) continue;
    const numbers = findListedDrawNumbers(line);
    if (numbers.length < 2 || ONE_ROUNDS_FIGURES.test(line)) continue;
    const rounds = drafts.filter((d) => !d.context && !d.related && d.date !== null && (d.invitations !== null || d.minCrs !== null));
    if (rounds.length !== numbers.length || rounds.some((d) => d.drawNumber !== null && !numbers.includes(d.drawNumber))) continue;
    const order = (a: Draft, b: Draft): number => (a.date && b.date ? (daysBetween(resolve(b.date), resolve(a.date)) ?? 0) : 0) || a.firstSentence - b.firstSentence;
    const ascending = [...numbers].sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
    [...rounds].sort(order).forEach((d, i) => (d.drawNumber ??= ascending[i] ?? null));
    return;
  }
}

/** A line that also tells a round's count or cut-off is that round's telling, not a list of numbers. */
const ONE_ROUNDS_FIGURES = /\b(?:invit\w*|ITAs?|candidates|CRS|cut-?off|minimum|points)\b/i;
