import { addDays, daysBetween, lastWeekday, sameDay, WEEKDAY_PREFIXES, withYearBefore } from '../mentions/calendar.ts';
import { findDates } from '../mentions/date-mentions.ts';
import { MONTHS, WEEKDAY_NAMES } from '../mentions/masks.ts';
import type { ArticleLine } from '../text/lines.ts';
import type { DayRef, Draft, Group } from '../types.ts';

/**
 * "9:00 a.m. - Welcome back.", "12:50 p.m. – The figures: …", "UPDATE 5:40 pm ET — Here it is", "▶ 8:05 a.m. ET: IRCC published …",
 * "10:41 ET CONFIRMED — …": an entry of a live page, stamped with its time.
 */
const ENTRY =
  /^\s*(?:[\u25b6\u25ba\u2022]\s*)?(?:update[sd]?:?\s+)?(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)?\d{1,2}[:.]\d{2}\s*(?:(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[-\u2013\u2014|]|(?:[ap]\.?\s?m\.?\s*(?:[A-Z]{2,4})?|[A-Z]{2,4})\s?:|(?:[ap]\.?\s?m\.?\s*)?(?:ET|EST|EDT|UTC|GMT|PT|PST|PDT|CT|CST|CDT|IST|BST|CET)(?=\s[A-Z])(?!\s(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[-\u2013\u2014|]))\s/i;
/** A live page has entries, not one time written at its top. */
const MIN_ENTRIES = 2;
const TIME = String.raw`\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?`;
const DAY = String.raw`(?:(?:${WEEKDAY_NAMES}|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?(?:(?:${MONTHS})\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?|\d{1,2}\s+(?:${MONTHS})\.?(?:\s+(?:19|20)\d\d)?|\d{1,2}/\d{1,2}/(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)`;
/**
 * An entry stamped with its day and time ("Aug 4, 2026 8:20 AM ET — New round #431 …", "[UPDATE 26/08/2024 11:02 ET] PNP round
 * #311 …", "Wed June 28, 3:10 PM ET — …") or with its time and weekday ("11:20 ET Mon — PNP ROUND").
 */
const DATED_ENTRY = new RegExp(
  String.raw`^\s*\[?\s*(?:update[sd]?:?\s+)?(${DAY}),?\s+(?:at\s+)?${TIME}\s*(?:\]\s*|[-\u2013\u2014|]\s)|^\s*${TIME}\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[-\u2013\u2014|]\s`,
  'i',
);
/**
 * "Wednesday, June 28", "Tuesday, June 27th" (a chat's day), "— July 4 —" (a live page's divider), "NEW -- Tuesday, 18 August 2026", "Mar 05, 2026 17:58 IST" (a stamp on its own line): a live page's
 * heading for the entries of that day, stamped with their times only (or rows without a day). A page of two or more such
 * headings ("Tue Dec 19, 2023" / "Trades draw today. …" / "Wed Dec 20, 2023" / …: a diary) has each day's lines under it.
 */
const DAY_HEADING = new RegExp(
  String.raw`^\s*(?:(?:new|latest|update|updated)\s*(?:--|[-:\u2013\u2014])\s*)?(?:${WEEKDAY_NAMES}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+(?:(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS}))(?:,?\s+(?:19|20)\d\d)?\s*$|^\s*[\u2013\u2014-]{1,3}\s*(?:(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS}))(?:,?\s+(?:19|20)\d\d)?\s*[\u2013\u2014-]{1,3}\s*$|^\s*(?:${MONTHS})\.?\s+\d{1,2},?\s+(?:19|20)\d\d,?\s+\d{1,2}:\d{2}\s*(?:[AP]M\s*)?(?:[A-Z]{2,4})?\s*$`,
  'i',
);
const TIME_MARK = /\d[:.]\d\d/;
/** A figure of a round's (a count or a cut-off); a card's title has none but its number ("2. Round #345 - …"). */
const FIGURE = /\d{3}/;
const TITLE_NUMBER = /^\s*\d[.)]\s|#\s?\d{1,3}\b|\b(?:round|draw)\s\d{1,3}\b/gi;
/** A day's heading is a short line (tested first: this runs on every line). */
const isDayHeading = (text: string): boolean => text.length <= 40 && DAY_HEADING.test(text);
/** An entry's line that is only its heading ("11:20 ET Mon — PNP ROUND"): the lines under it, up to the next entry, are its text. */
const HEADING_ONLY = /^[^\d]{0,40}$/;

/** The day a stamp or heading writes, its year the page's (or the year before, for a day after the page's). */
function dayIn(text: string, published: DayRef): DayRef | null {
  const d = findDates(text, { published, lastMonth: null })[0]?.value;
  return d && 'month' in d ? withYearBefore(d, published) : null;
}

/**
 * Two or more day headings of different days, each with lines of its own under it: a diary's or a live page's days (not a
 * byline's "Tuesday, March 5, 2026" over an "Updated Wednesday, March 6, 2026" line).
 */
function isDiary(lines: readonly ArticleLine[], published: DayRef): boolean {
  const at = lines.flatMap((l, i) => (l.zone !== 'related' && isDayHeading(l.text) ? [i] : []));
  if (at.some((i, k) => k > 0 && i === (at[k - 1] ?? -2) + 1)) return false;
  const days = new Set(at.map((i) => JSON.stringify(dayIn(lines[i]?.text ?? '', published))));
  return days.size >= 2 && !days.has('null');
}

/**
 * A notification's heading: its app's name, then when it came ("EE Tracker 14m ago", "EE Tracker Yesterday, 10:31 AM", "EE Tracker
 * Wednesday"), as a phone's list of notifications shows them, newest first.
 */
const NOTICE =
  /^[A-Z][\w.&' -]{1,30}? (?:(now|\d{1,2} ?(?:m|min|mins|h|hr|hrs) ago)|(yesterday)(?:,? \d{1,2}:\d{2} ?(?:[AP]M)?)?|(mon|tues|wednes|thurs|fri|satur|sun)day(?:,? \d{1,2}:\d{2} ?(?:[AP]M)?)?)$/i;
const noticeCount = (lines: readonly ArticleLine[]): number => lines.filter((l) => l.text.length <= 60 && NOTICE.test(l.text)).length;

/** The day a notification's heading gives (not a chat's "Omar 9:12 AM", a time alone): the page's for "now", the day before for "Yesterday", the last such weekday before the page's. */
function noticeDay(text: string, published: DayRef): DayRef | null {
  const m = text.length <= 60 ? NOTICE.exec(text) : null;
  if (!m) return null;
  if (m[1]) return published;
  if (m[2]) return addDays(published, -1);
  return lastWeekday(published, WEEKDAY_PREFIXES.indexOf((m[3] ?? '').slice(0, 3).toLowerCase()), true);
}

/** The day of each line of a live page's entries (by stamp, by weekday or under a day's heading), keyed by line index. */
function entryDays(lines: readonly ArticleLine[], published: DayRef): { dayOf: Map<number, DayRef>; byWeekday: boolean } {
  const dayOf = new Map<number, DayRef>();
  let byWeekday = false;
  let heading: DayRef | null = null;
  let under: DayRef | null = null;
  const diary = isDiary(lines, published);
  const notices = noticeCount(lines);
  for (const [i, l] of lines.entries()) {
    // A phone's notification, stamped with when it came ("EE Tracker Yesterday, 10:31 AM" / "Healthcare round: 1,500 ITAs …").
    const notice = notices >= MIN_ENTRIES && l.zone !== 'related' ? noticeDay(l.text, published) : null;
    if (notice) {
      dayOf.set(l.index, notice);
      under = notice;
      continue;
    }
    if (l.zone === 'related' || (l.meta && !diary)) continue;
    // A card's title right over its day's heading ("2. Round #345 - Healthcare & social services" / "Fri, May 2, 2025" / "500 ITAs ·
    // CRS 510"): of that day, not of the heading above. Not an entry with figures ("Trades draw today. 1,000 invitations" / "Wed Dec 20").
    const next = lines[i + 1];
    if (diary && next && isDayHeading(next.text) && !isDayHeading(l.text) && !FIGURE.test(l.text.replace(TITLE_NUMBER, ''))) {
      const day = dayIn(next.text, published);
      if (day) dayOf.set(l.index, day);
      continue;
    }
    if (isDayHeading(l.text)) {
      heading = dayIn(l.text, published);
      // A round whose text begins at the heading ("Tuesday, June 27" / "1:05 p.m. — Details of round #251 …") is of its entries.
      if (heading) dayOf.set(l.index, heading);
      under = diary ? heading : null;
      continue;
    }
    if (l.meta) continue;
    const m = l.zone === 'body' ? ENTRY.exec(l.text) : null;
    // A cheap test first: every stamp holds a time.
    const dated = m || !TIME_MARK.test(l.text.slice(0, 60)) ? null : DATED_ENTRY.exec(l.text);
    if (m) {
      if (m[1]) byWeekday = true;
      const weekday = m[1] ? lastWeekday(published, WEEKDAY_PREFIXES.indexOf(m[1].toLowerCase()), false) : (heading ?? published);
      if (weekday) dayOf.set(l.index, weekday);
      under = null;
    } else if (dated) {
      const day = dated[1] ? dayIn(dated[1], published) : dated[2] ? lastWeekday(published, WEEKDAY_PREFIXES.indexOf(dated[2].toLowerCase()), false) : null;
      if (!day) continue;
      dayOf.set(l.index, day);
      under = HEADING_ONLY.test(l.text.slice(dated[0].length)) ? day : null;
    } else if (under) dayOf.set(l.index, under);
  }
  return { dayOf, byWeekday };
}

/**
 * A live page's entries are of its own day ("Live | … | March 5, 2026" / "12:50 p.m. - The figures: 250 invitations, minimum CRS
 * 429"): a round first told in an entry, with no day written, no month named and not told as an earlier one, is of that day.
 * An entry that gives its round an earlier day ("9:15 a.m. - Yesterday IRCC invited 1,121 provincial nominees (round #311 …)")
 * keeps it, and its number (docs/parser.md "Session 45").
 */
export function datedByLiveEntries(drafts: readonly Draft[], lines: readonly ArticleLine[], groups: readonly Group[], published: DayRef | null): void {
  if (!published || published.year === null) return;
  // "Thu 3:02 PM — 🩺 Physicians … round: 391 invitations": an entry stamped with its weekday is of that day of the page's week.
  const { dayOf, byWeekday } = entryDays(lines, published);
  const entries = new Set(dayOf.keys());
  if (entries.size < MIN_ENTRIES) return;
  const lineOf = new Map(groups.map((g) => [g.sentence, g.line]));
  // On a blog of several days' entries, a round the headline named first ("LIVE BLOG: Healthcare week") is told by the entry
  // that gave it its count and cut-off.
  const heads = new Set(lines.filter((l) => l.zone === 'head').map((l) => l.index));
  const entryOf = (d: Draft): number => {
    const first = lineOf.get(d.firstSentence) ?? -1;
    return byWeekday && heads.has(first) && !entries.has(first) && d.invitations !== null && d.minCrs !== null ? (lineOf.get(d.lastSentence) ?? -1) : first;
  };
  const inEntry = (d: Draft): boolean => entries.has(entryOf(d)) && !d.table && !d.related;
  const earlier = drafts.filter((d) => inEntry(d) && d.date !== null && (daysBetween(d.date, published) ?? 0) > 0);
  // One round of a program a day: "the first trades round since Oct. 23, 2024 (1,800 invitations at 433)" under today's trades round is another.
  const programsOfTheDay = new Set(drafts.filter((d) => d.date !== null && sameDay(d.date, published)).map((d) => d.program));
  // "…a reader's screenshot of the June 26 round, which invited 3,000 at 521": an undated clause of a sentence that dates an earlier round is that round's.
  const datingEarlier = new Set(earlier.map((d) => d.firstSentence));
  for (const d of drafts) {
    if (!inEntry(d) || d.date !== null || datingEarlier.has(d.firstSentence) || d.dated || d.context || d.months.length > 0 || (d.program !== null && programsOfTheDay.has(d.program))) continue;
    d.date = { ...(dayOf.get(entryOf(d)) ?? published) };
  }
  for (const d of drafts) {
    const day = inEntry(d) ? dayOf.get(entryOf(d)) : undefined;
    if (!day || !d.date) continue;
    // "Tue Dec 19, 2023" / "Trades draw today. 1,000 invitations …": the entry's today is its own day, not the page's.
    if (!d.dateWritten && sameDay(d.date, published) && (daysBetween(day, published) ?? 0) > 0) d.date = { ...day };
    // An entry stamped with the day of the round it tells reports that round as it happened (on a page of several days'
    // entries, each round is news: docs/parser.md "Session 47"); not a round an entry of a later day recalls ("Yesterday's PNP
    // round …").
    if (sameDay(d.date, day)) d.liveEntry = true;
  }
  // "CEC round confirmed: round #311 …" / "Correction: that's round #312; #311 was yesterday's PNP round": a number an earlier
  // round of the page has is not the day's round's.
  const earlierNumbers = new Set(earlier.map((d) => d.drawNumber).filter((n) => n !== null));
  for (const d of drafts) if (!earlier.includes(d) && d.drawNumber !== null && earlierNumbers.has(d.drawNumber)) d.drawNumber = null;
}
