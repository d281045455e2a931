import { DAY_MS } from '../../util/days.ts';

/**
 * Solar Hijri (Persian calendar) days, as Iranian sites write a round's day or its tie-breaking time ("۶ فروردین ۱۳۹۷" is
 * March 26, 2018), turned into the Gregorian day by the platform's own calendar (ICU through `Intl`), not a hand-made table.
 */

const PERSIAN = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

export interface GregorianDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const persianParts = (t: number): [number, number, number] => {
  const parts = PERSIAN.formatToParts(new Date(t));
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return [part('year'), part('month'), part('day')];
};

/** The Gregorian day of Solar Hijri `year`/`month`/`day`; null for a day the calendar does not have. */
export function solarHijriToGregorian(year: number, month: number, day: number): GregorianDay | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // Farvardin 1 falls on March 20 or 21; the first six months have 31 days, the next five 30, the last 29 or 30.
  const guess = Date.UTC(year + 621, 2, 21) + ((month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1) * DAY_MS;
  for (const shift of [0, -1, 1, -2, 2]) {
    const t = guess + shift * DAY_MS;
    const [y, m, d] = persianParts(t);
    if (y === year && m === month && d === day) {
      const g = new Date(t);
      return { year: g.getUTCFullYear(), month: g.getUTCMonth() + 1, day: g.getUTCDate() };
    }
  }
  return null;
}
