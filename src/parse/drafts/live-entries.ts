import type { ArticleLine } from '../text/lines.ts';
import type { DayRef, Draft, Group } from '../types.ts';

/** "9:00 a.m. - Welcome back.", "12:50 p.m. – The figures: …", "14:05 — Confirmed": an entry of a live page, stamped with its time. */
const ENTRY = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[-\u2013\u2014|]\s/i;
/** A live page has entries, not one time written at its top. */
const MIN_ENTRIES = 2;

/**
 * A live page's entries are of its own day ("Live | … | March 5, 2026" / "12:50 p.m. - The figures: 250 invitations, minimum CRS
 * 429"): a round first told in an entry, with no day written, no month named and not told as an earlier one, is of that day.
 * An entry that gives its round a day ("Yesterday: CEC, 4,000 invitations at 516") keeps it (docs/parser.md "Session 45").
 */
export function datedByLiveEntries(drafts: readonly Draft[], lines: readonly ArticleLine[], groups: readonly Group[], published: DayRef | null): void {
  if (!published || published.year === null) return;
  const entries = new Set(lines.filter((l) => l.zone === 'body' && ENTRY.test(l.text)).map((l) => l.index));
  if (entries.size < MIN_ENTRIES) return;
  const lineOf = new Map(groups.map((g) => [g.sentence, g.line]));
  for (const d of drafts) {
    if (d.date !== null || d.dated || d.context || d.table || d.related || d.months.length > 0) continue;
    const line = lineOf.get(d.firstSentence);
    if (line !== undefined && entries.has(line)) d.date = { ...published };
  }
}
