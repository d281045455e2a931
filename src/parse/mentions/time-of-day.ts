import { to24h } from '../../ircc/datetime.ts';
import { addDays } from './calendar.ts';
import { ZONE_AFTER, offsetsOn, zoneOf } from './time-zones.ts';
import type { ClockTime, DayRef } from '../types.ts';

/**
 * A clock time written right after a date ("at 4:35 a.m. UTC", ", 13:29:42 UTC", "à 19:07:01").
 * IRCC states tie-break times in UTC, so a time with no zone is UTC; times in other zones are converted (time-zones.ts).
 */

const CLOCK = String.raw`(\d{1,2})(?::|\s?h\s?(?=\d{2})|\.(?=\d{2}\s?[ap]\.?\s?m))(\d{2})(?:(?::\s?|\s?min\s?)(\d{2})(?:\s?s(?![a-z]))?)?\s?(a\.?\s?m\.?|p\.?\s?m\.?)?,?\s?(?:\(\s?)?(?:${ZONE_AFTER})?\s?\)?`;
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
  const { zone, offset } = zoneOf(m[5] ?? '');
  return { hour, minute, second, exact: m[3] !== undefined, zone, ...(offset !== undefined ? { offset } : {}), length: m[0].length };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The UTC day and "HH:MM:SS" of a clock time on a day, once for each offset its zone may mean there ("EST" written in
 * summer is Eastern time to most writers, UTC-5 to some); none when the day has no year.
 */
export function utcReadings(day: DayRef, time: ClockTime): { day: DayRef; time: string }[] {
  if (day.year === null) return [];
  const dated = { ...day, year: day.year };
  const out: { day: DayRef; time: string }[] = [];
  for (const offset of offsetsOn(dated, time.zone, time.offset)) {
    const total = time.hour * 60 + time.minute - offset;
    const shifted = addDays(dated, Math.floor(total / 1440));
    if (!shifted) continue;
    const minutes = ((total % 1440) + 1440) % 1440;
    out.push({ day: shifted, time: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(time.second)}` });
  }
  return out;
}
