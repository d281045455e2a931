/**
 * Periods typed after /stats and /chart: "3m", "6m", "1y", "2y", a year "2025", or "all".
 * Pure: the caller passes today's date, so answers are reproducible in tests.
 */

/** A closed range of draw dates (YYYY-MM-DD, both ends included) and how to name it. */
export interface Period {
  /** What the user typed, normalised ("6m", "1y", "2025", "all"). */
  input: string;
  kind: 'months' | 'year' | 'all';
  /** Months back for `months` (a "1y" is 12), the year for `year`, 0 for `all`. */
  amount: number;
  from: string;
  to: string;
}

export const DEFAULT_PERIOD = '6m';
/** Shown when a period is not understood. */
export const PERIOD_EXAMPLES = ['3m', '6m', '1y', '2y', '2025', 'all'] as const;
/** The first Express Entry round was held in January 2015. */
export const FIRST_YEAR = 2015;
const MAX_MONTHS = 240;

/**
 * What a period looks like, loosely: lets words typed in order ("/stats cec 5x") reach the period
 * option, so a mistyped period gets a period error instead of "unknown program 'cec 5x'".
 */
export const PERIOD_SHAPE = /^(?:\d+\s*[a-zé]*|all|tout|max)$/i;

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** `today` moved back by whole months, clamped to the month's end (Aug 31 − 6m → Feb 28). */
export function monthsBefore(today: Date, months: number): Date {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(today.getUTCDate(), lastDay)));
}

/** "6m", "6mo", "6 mois" → 6 months; "1y", "1a", "1an" → 12 months; null when it is not a span. */
function spanMonths(text: string): number | null {
  const m = /^(\d{1,3})\s*(m|mo|mos|month|months|mois|y|yr|yrs|year|years|a|an|ans)$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? '';
  return /^(m|mo|mos|month|months|mois)$/.test(unit) ? n : n * 12;
}

/**
 * A typed period → the range of dates it covers, ending today; null when not understood or out of
 * range (0 months, more than 20 years, a year before 2015 or after this one).
 */
export function parsePeriod(raw: string | undefined, today: Date): Period | null {
  const text = (raw ?? DEFAULT_PERIOD).trim().toLowerCase();
  const to = iso(today);
  if (text === 'all' || text === 'tout' || text === 'max') return { input: 'all', kind: 'all', amount: 0, from: `${FIRST_YEAR}-01-01`, to };
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    if (year < FIRST_YEAR || year > today.getUTCFullYear()) return null;
    const end = `${year}-12-31`;
    return { input: text, kind: 'year', amount: year, from: `${year}-01-01`, to: end < to ? end : to };
  }
  const months = spanMonths(text);
  if (months === null || months < 1 || months > MAX_MONTHS) return null;
  const input = months % 12 === 0 ? `${months / 12}y` : `${months}m`;
  return { input, kind: 'months', amount: months, from: iso(monthsBefore(today, months)), to };
}

/** Whether a draw date falls in the period. */
export const inPeriod = (period: Pick<Period, 'from' | 'to'>, date: string): boolean => date >= period.from && date <= period.to;

/** A period worth suggesting when this one holds no draw: a year, or everything. */
export const longerPeriod = (period: Period): string => (period.kind === 'months' && period.amount < 12 ? '1y' : 'all');
