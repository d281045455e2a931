import { to24h } from '../../ircc/datetime.ts';
import { addDays } from './calendar.ts';
import type { ClockTime, DayRef } from '../types.ts';

/**
 * A clock time written right after a date ("at 4:35 a.m. UTC", ", 13:29:42 UTC", "à 19:07:01").
 * IRCC states tie-break times in UTC, so a time with no zone is UTC; Eastern times are converted.
 */

const CLOCK = String.raw`(\d{1,2})(?::|\s?h\s?(?=\d{2})|\.(?=\d{2}\s?[ap]\.?\s?m))(\d{2})(?::\s?(\d{2}))?\s?(a\.?\s?m\.?|p\.?\s?m\.?)?,?\s?\(?(UTC|GMT|Z\b|EDT|EST|ET\b|IST\b|Eastern(?: time)?|(?:Universal Coordinated|Coordinated Universal) Time(?:,?\s?\(UTC\))?|Universal Time Coordinated|temps universel coordonn[ée](?:,?\s?\(UTC\))?)?\)?`;
const TIME_AFTER_DATE = new RegExp(String.raw`^\s?[,-]?\s?(?:at|à|às|a las|a la|@)?\s?${CLOCK}`, 'i');
/** "before 5:41 PM UTC on July 23, 2024", "avant 15h27, temps universel coordonné (UTC), le 8 septembre 2025": the time written just before its date. */
/** "before 10:31:29 UTC on September 3", and after a cue's colon: "The tie-breaking rule: 10:31:29 UTC on September 3, 2025". */
const TIME_BEFORE_DATE = new RegExp(String.raw`(?:\b(?:before|by|prior to|until|avant)|:)\s${CLOCK},?\s?(?:on|of|le)?\s?$`, 'i');

export function readTimeAfter(text: string): ClockTime | null {
  return clockOf(TIME_AFTER_DATE.exec(text.slice(0, 48)));
}

/** A time right before a date after "before"; `length` counts from the time's start to the date. */
export function readTimeBefore(text: string): (ClockTime & { offset: number }) | null {
  const tail = text.slice(-72);
  const m = TIME_BEFORE_DATE.exec(tail);
  const time = clockOf(m);
  if (!m || !time) return null;
  const at = tail.indexOf(m[1] ?? '', m.index);
  return { ...time, offset: tail.length - at };
}

function clockOf(m: RegExpExecArray | null): ClockTime | null {
  if (!m) return null;
  const hour = to24h(Number(m[1]), m[4]?.replace(/[.\s]/g, ''));
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const z = (m[5] ?? '').toLowerCase();
  const zone = z === 'edt' ? 'edt' : z === 'est' ? 'est' : z === 'ist' ? 'ist' : z === 'et' || z.startsWith('eastern') ? 'eastern' : 'utc';
  return { hour, minute, second, exact: m[3] !== undefined, zone, length: m[0].length };
}

/** Canada observes DST from the second Sunday of March to the first Sunday of November. */
function easternIsDaylight(day: DayRef & { year: number }): boolean {
  const nthSunday = (month: number, n: number): number => {
    const first = new Date(Date.UTC(day.year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  };
  const key = day.month * 100 + day.day;
  return key >= 300 + nthSunday(3, 2) && key < 1100 + nthSunday(11, 1);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "EST" written in summer is ambiguous: most writers mean Eastern time (EDT) but some mean
 * UTC-5 literally. Such a time gives no UTC time at all (the caller keeps the day alone).
 */
export function ambiguousZone(day: DayRef, time: ClockTime): boolean {
  return time.zone === 'est' && day.year !== null && easternIsDaylight({ ...day, year: day.year });
}

/** The UTC day and "HH:MM:SS" of a clock time on a day; null when the day has no year. */
export function toUtc(day: DayRef, time: ClockTime, zone: ClockTime['zone'] = time.zone): { day: DayRef; time: string } | null {
  if (day.year === null) return null;
  const dated = { ...day, year: day.year };
  // Minutes to add to reach UTC: Eastern is 4 or 5 hours behind, India ("IST", a channel's post) 5:30 ahead.
  const offset = zone === 'utc' ? 0 : zone === 'ist' ? -330 : zone === 'edt' ? 240 : zone === 'est' ? 300 : easternIsDaylight(dated) ? 240 : 300;
  const total = time.hour * 60 + time.minute + offset;
  const shifted = addDays(dated, Math.floor(total / 1440));
  if (!shifted) return null;
  const minutes = ((total % 1440) + 1440) % 1440;
  return { day: shifted, time: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(time.second)}` };
}
