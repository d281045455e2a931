import type { Draft } from '../types.ts';

/**
 * "📌 Draw #320 — CEC … 📌 Draw #319 — PNP (yesterday, 21 Oct) · Invitations: 648 · CRS cut-off: 791": the round numbered
 * just before the news, held a day or two before it (`gap` days) and told in full with its number, under a heading of its own,
 * is the other of the page's two newest (not "Yesterday's PNP round (#306) invited 964 candidates at 686.": one sentence of
 * background).
 */
export function roundJustBefore(d: Draft, first: Draft, gap: number | null, full: boolean): boolean {
  return (
    gap !== null &&
    gap > 0 &&
    gap <= 2 &&
    full &&
    d.drawNumber !== null &&
    first.drawNumber !== null &&
    Number(d.drawNumber) === Number(first.drawNumber) - 1 &&
    d.recalled !== true &&
    d.background !== true &&
    d.headed === true
  );
}

/** How many rounds a page may number one after another between its first and its newest. */
const MAX_RUN = 6;

/**
 * "- Added round 299 (2024-07-02, PNP, 920 ITAs, CRS 739)" / "- Added round 300 (2024-07-04, …)" / "- Added round 301
 * (2024-07-05, …)": the rounds told in full after the first (`later`), numbered one after another with none missing between it
 * and the newest the page tells as news, are its news too (docs/parser.md "Session 62").
 */
export function numberedBetween(first: Draft, newest: Draft, later: readonly Draft[]): Draft[] {
  if (first.drawNumber === null || newest.drawNumber === null) return [];
  const [from, to] = [Number(first.drawNumber), Number(newest.drawNumber)];
  if (!(to - from >= 2 && to - from <= MAX_RUN)) return [];
  const between = later.filter((d) => d.drawNumber !== null && Number(d.drawNumber) > from && Number(d.drawNumber) < to);
  const numbers = new Set(between.map((d) => Number(d.drawNumber)));
  return numbers.size === to - from - 1 && between.length === numbers.size ? between : [];
}
