import { dayFromIso, daysBetween } from '../mentions/calendar.ts';
import { findDates } from '../mentions/date-mentions.ts';
import { BARE_DATE_LINE, DATE_THEN_BYLINE, PARTS_THEN_DATE_LINE, type ArticleLine } from './lines.ts';
import { isDayRef, type DayRef } from '../types.ts';

/**
 * The page's own date when the caller gave none: a dateline or byline with a full date
 * ("Posted Wed Nov 26, 2025", "By … · August 18, 2026", "Date modified: 2025-11-13",
 * "December 11, 2025 — Ottawa", "February 7, 2022BY Admin"). Only a date with its year counts; nothing is guessed.
 */

const DATELINE = /^(?:posted|published|updated|last updated|date modified|date|by\s|le\s)|\b(?:posted|published|updated)\b|^[A-Z][a-z]+\.? \d{1,2}, 20\d\d\s?-/i;

function fullDateIn(text: string): DayRef | null {
  for (const d of findDates(text, { published: null, lastMonth: null })) {
    if (isDayRef(d.value) && d.value.year !== null) return d.value;
  }
  return null;
}

export function inferPublished(lines: readonly ArticleLine[], given: string | undefined): DayRef | null {
  if (given) return dayFromIso(given);
  for (const l of lines.slice(0, 8)) {
    const stamped = l.stamp ? fullDateIn(l.stamp) : null;
    if (stamped) return stamped;
    if (!(DATELINE.test(l.text) || BARE_DATE_LINE.test(l.text) || DATE_THEN_BYLINE.test(l.text) || PARTS_THEN_DATE_LINE.test(l.text)) || (!l.meta && l.text.length > 160 && !/^date\b/i.test(l.text)))
      continue;
    const d = fullDateIn(l.text.slice(0, 160));
    if (d) return d;
  }
  for (const l of lines) {
    if (/^date modified\b/i.test(l.text)) return fullDateIn(l.text);
  }
  return null;
}

/** A release's dateline, "June 28, 2023 - Ottawa - Canada's …" ("June 28, 2023—Ottawa—" once dashes are plain). */
// A place of one or two words (not a row's program, "December 2, 2024 – Provincial Nominee Program – 676 invitations"), over a paragraph.
const RELEASE_DATELINE =
  /^((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, (?:19|20)\d\d) - [A-Z][a-z\u00e0-\u00ff.'-]+(?:,? [A-Z][a-z\u00e0-\u00ff.'-]+)? - [A-Z].{80}/;

/**
 * The day the page was written on: a news release's dateline ("June 28, 2023—Ottawa—Today, IRCC held …") when the date the
 * caller gave is later (a feed's date of a later edit, a page's "Date modified", an old release read again); else the
 * given day. The release's "today" is its dateline's day.
 */
export function writtenOn(lines: readonly ArticleLine[], published: DayRef | null): DayRef | null {
  if (!published) return published;
  const original = originallyPublished(lines, published);
  if (original) return original;
  for (const l of lines.slice(0, 8)) {
    const m = RELEASE_DATELINE.exec(l.text);
    const day = m ? fullDateIn(m[1] ?? '') : null;
    if (!day) continue;
    const lag = daysBetween(day, published);
    return lag !== null && lag >= 1 ? day : published;
  }
  return ownDateLine(lines, published) ?? published;
}

/** "30 March 2026, 4:05 PM ET · 3 min read": the date line's reading time. */
const READ_TIME_TAIL = /\s*[\u00b7|\u2022/\u2013\u2014-]\s*\d{1,2}\s?min(?:ute)?s?\.?\s+read\s*$/i;

/**
 * "Express Entry: PNP draw invites 2,985" / "May 30, 2024" / "IRCC held a … draw today" read on the 31st: the page's own date line,
 * a day or two before the given one (a feed's or a crawl's later day), is the day its "today" means. Not an update's line.
 */
function ownDateLine(lines: readonly ArticleLine[], published: DayRef): DayRef | null {
  const line = lines.slice(0, 6).find((l) => l.meta && BARE_DATE_LINE.test(l.text.replace(READ_TIME_TAIL, '')));
  if (!line || /\b(?:updated?|modified|edited)\b/i.test(line.text)) return null;
  const day = fullDateIn(line.text);
  const lag = day ? daysBetween(day, published) : null;
  return day && lag !== null && lag >= 1 && lag <= 2 ? day : null;
}

/**
 * A story published again: "Originally published August 7, 2025 | Republished August 20, 2026", "This article was originally
 * published on August 5, 2026", "Publicado originalmente em 6 de agosto de 2026", a wire story's "OTTAWA, Aug. 19 - … today"
 * posted two days later. Its "today" is the day it was first written; a day after the given one is no such day.
 */
const ORIGINALLY = /\b(?:(?:originally|first)\s+(?:published|posted|appeared|ran)|(?:publicad[oa]|publi[ée]e?)\s+(?:originalmente|originalement|initialement|por primera vez|pela primeira vez))\b/i;
const WIRE_TODAY = /\b(?:today|this (?:morning|afternoon|evening)|tonight)\b/i;
const WIRE_DATELINE = /^[A-Z]{3,}(?:[ .-][A-Z]{2,})*,\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s+-\s+[A-Z]/;

function originallyPublished(lines: readonly ArticleLine[], published: DayRef): DayRef | null {
  for (const l of lines.slice(0, 8)) {
    const m = ORIGINALLY.exec(l.text);
    // A wire dateline only with "today" beside it: "OTTAWA, August 21 - CIC held a round yesterday" on a page of August 22 is
    // read both ways by real pages (the dateline's day as the round's, or as the day the story was filed).
    const wire = m || !WIRE_TODAY.test(l.text) ? null : WIRE_DATELINE.exec(l.text);
    const day = m ? fullDateIn(l.text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : wire ? dayInYearOf(wire[1] ?? '', published) : null;
    const lag = day ? daysBetween(day, published) : null;
    if (day && lag !== null && lag >= 1) return day;
  }
  return null;
}

/** "Aug. 19" in the year of the page's day, or the year before when that would fall after it. */
function dayInYearOf(text: string, published: DayRef): DayRef | null {
  if (published.year === null) return null;
  const day = fullDateIn(`${text}, ${published.year}`);
  const lag = day ? daysBetween(day, published) : null;
  return day && lag !== null && lag < 0 ? fullDateIn(`${text}, ${published.year - 1}`) : day;
}
