/**
 * IRCC writes `drawDateTime` and `drawCutOff` by hand, in about twenty shapes
 * ("August 19th 2026 at 12:35:37 UTC", "May 19,2022 06:48:41 UTC", "at12:48:30",
 * "January 23, 2025 at 2025-01-23 15:30:04 UTC", "04:22:17 AM UTC", "20:19:59 PM UTC", no year…).
 * These functions read all of them; anything they cannot place in time gives null.
 */

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Aug", "aug.", "August", "Sept" → 8 / 9; null for anything else. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return null;
  const idx = MONTH_NAMES.findIndex((m) => m.startsWith(key));
  return idx >= 0 ? idx + 1 : null;
}

/** 3 → "March"; null outside 1–12. */
export function monthName(month: number): string | null {
  const name = MONTH_NAMES[month - 1];
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function isoTimestamp(date: string, h: number, mi: number, s: number): string | null {
  if (h > 23 || mi > 59 || s > 59) return null;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}Z`;
}

/** 12-hour clock when AM/PM is given and the hour fits it; IRCC sometimes writes "20:19:59 PM". */
export function to24h(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = /^p/i.test(meridiem);
  if (hour > 12) return hour;
  if (pm) return hour === 12 ? 12 : hour + 12;
  return hour === 12 ? 0 : hour;
}

const ISO_IN_TEXT = /(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?/;
const TEXT_FORM = /^\s*([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b[\s.,]*(\d{4})?[\s.,]*(?:at)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?/i;

/** Parses IRCC's free-text timestamp to ISO 8601 UTC ("2026-03-01T18:34:05Z"), or null. Times are UTC. */
export function parseIrccTimestamp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const iso = ISO_IN_TEXT.exec(text);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? isoTimestamp(date, Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)) : null;
  }
  const m = TEXT_FORM.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1] ?? '');
  if (!month || !m[3]) return null;
  const date = isoDate(Number(m[3]), month, Number(m[2]));
  if (!date) return null;
  return isoTimestamp(date, to24h(Number(m[4]), m[7]), Number(m[5]), Number(m[6] ?? 0));
}

const DATE_FORM = /^\s*([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b[\s.,]*(\d{4})/;

/** "August 16, 2026" → "2026-08-16"; null when it does not read as a date with a year. */
export function parseIrccDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(raw);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = DATE_FORM.exec(raw.replace(/\s+/g, ' '));
  if (!m) return null;
  const month = monthNumber(m[1] ?? '');
  return month ? isoDate(Number(m[3]), month, Number(m[2])) : null;
}
