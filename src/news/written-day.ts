/**
 * The calendar day a feed wrote a date in, in its own time zone: "Mon, 23 Nov 2026 21:30:00 -0500" (RSS, RFC 822) and
 * "2026-11-23T21:30:00-05:00" (Atom, RFC 3339) are November 23, though UTC is already the 24th. An article's "today" is
 * the writer's day, so this, not the UTC day, is the day the reader counts "today" and "yesterday" from. A feed that
 * stamps in UTC ("GMT", "+0000", "Z", as WordPress does) gives the UTC day: the writer's own day is then unknown.
 * Null when the text is no date (the same test as `Date.parse`).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RFC_822 = /^\s*(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})\b/;
const RFC_3339 = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when it is a real day of the calendar. */
function day(year: number, month: number, date: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, date));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === date ? `${year}-${pad(month)}-${pad(date)}` : null;
}

export function writtenDay(stamp: string | null | undefined): string | null {
  if (!stamp || Number.isNaN(Date.parse(stamp))) return null;
  const iso = RFC_3339.exec(stamp);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = RFC_822.exec(stamp);
  const month = rfc ? MONTHS.indexOf((rfc[2] ?? '').toLowerCase()) + 1 : 0;
  if (rfc && month > 0) return day(Number(rfc[3]), month, Number(rfc[1]));
  return new Date(Date.parse(stamp)).toISOString().slice(0, 10);
}
