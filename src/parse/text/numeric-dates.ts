import { MONTHS } from '../mentions/masks.ts';
import { DAY_MS } from '../../util/days.ts';
import { matchesOf } from './matches.ts';
import { WEEKDAY_PREFIXES, weekday } from '../mentions/calendar.ts';
import { FRENCH_MONTHS, IBERIAN_MONTHS, PORTUGUESE_MONTHS, plainLower } from '../mentions/romance-months.ts';

/**
 * Numeric days whose order the page shows elsewhere: "08/12/2025" on a page that also writes "15/07/2025" is December 8
 * (day first); on one that writes "11/26/2025", August 12. A dotted day ("06.07.2026") is day first wherever it is
 * written; a year of two digits ("06/07/26") is read only on such a page. Such days are written out as ISO days ("2025-12-08"), which every reader of days takes as they are; a page
 * that shows both orders, or neither, keeps its ambiguous days as written (date-mentions.ts leaves them unread, but in a
 * Spanish, Portuguese or French line).
 */

const NUMERIC = /(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d{2}|(?:1[5-9]|2\d)(?![\d%]))(?![\d/.-]\d)/g;
const MAY_HOLD = /\d[-/.]\d{1,2}[-/.](?:(?:19|20)\d\d|[12]\d(?!\d))/;

type Order = 'dmy' | 'mdy';

/**
 * "06/10/2025 07:24:31 IST": a time in a zone of countries that write the day first (India, Pakistan, the Gulf, Nigeria, the
 * UK, Europe, Nepal, Kenya, Australia) makes its day day-first when the page shows no order of its own.
 */
const DAY_FIRST_ZONE_AFTER = /^,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?\s?)?\(?(?:IST|PKT|GST|WAT|BST|CET|CEST|EAT|NPT|AEST|AEDT)\b/i;

function pageOrder(text: string): Order | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of matchesOf(NUMERIC, text)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && a <= 31 && b <= 12) dayFirst++;
    else if (b > 12 && b <= 31 && a <= 12) monthFirst++;
  }
  return dayFirst > 0 && monthFirst === 0 ? 'dmy' : monthFirst > 0 && dayFirst === 0 ? 'mdy' : null;
}

/** Days from the first to the last of `days` ([year, month, day]). */
const spanDays = (days: readonly (readonly [number, number, number])[]): number => {
  const t = days.map(([y, m, d]) => Date.UTC(y, m - 1, d));
  return (Math.max(...t) - Math.min(...t)) / DAY_MS;
};
/**
 * A sheet's column "07/04/2023, 07/05/2023, 07/06/2023, 07/07/2023": at least three days that, read one way, fall within a
 * fortnight (a week's rounds) and, read the other, months apart, are read the first way.
 */
function sequenceOrder(text: string): Order | null {
  const pairs: [number, number, number][] = [];
  // A day and month alike ("07/07/2023") reads the same either way.
  for (const m of matchesOf(NUMERIC, text)) if (m[4]?.length === 4 && m[1] !== m[3]) pairs.push([Number(m[4]), Number(m[1]), Number(m[3])]);
  if (pairs.length < 3 || !pairs.every(([, a, b]) => a >= 1 && b >= 1 && a <= 12 && b <= 12)) return null;
  const mdy = spanDays(pairs.map(([y, a, b]) => [y, a, b] as const));
  const dmy = spanDays(pairs.map(([y, a, b]) => [y, b, a] as const));
  return mdy <= 14 && dmy > 45 ? 'mdy' : dmy <= 14 && mdy > 45 ? 'dmy' : null;
}

const DAY_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s(?:${MONTHS})\b`, 'g');
// Not IRCC's own tie-break as pages copy it ("October 2, 2024 at 01:48:36 UTC"), written month first on every page.
const MONTH_DAY = new RegExp(String.raw`\b(?:${MONTHS})\.?\s\d{1,2}(?:st|nd|rd|th)?\b(?!:|,?\s(?:19|20)\d\d,?\s(?:at\s)?\d{1,2}:\d\d)`, 'g');

/** "12 de dezembro de 2025", "le 6 mars 2025", "11 de diciembre": French, Spanish and Portuguese pages write the day first. */
const ROMANCE_DAY_MONTH = new RegExp(String.raw`\b\d{1,2}(?:er|º)?\s(?:de\s)?(?:${[...new Set([...FRENCH_MONTHS, ...IBERIAN_MONTHS, ...PORTUGUESE_MONTHS])].join('|')})\b`, 'g');
/** "Last Updated: 09 Jul 2025", "on 7 July and 8 July 2025", "12 de dezembro de 2025": a page that writes its days out day first, and never month first. */
function writtenOrder(text: string): Order | null {
  // Romance month names are matched plain ("12 de dezembro", "6 février" → "6 fevrier").
  const dayFirst = (text.match(DAY_MONTH) ?? []).length + (plainLower(text).match(ROMANCE_DAY_MONTH) ?? []).length;
  const monthFirst = (text.match(MONTH_DAY) ?? []).length;
  return dayFirst > 0 && monthFirst === 0 ? 'dmy' : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const MONTH_WORDS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A day with no year, written out ("December 18"); null for no such day. */
const spelled = (day: number, month: number): string | null => (day >= 1 && day <= 31 && month >= 1 && month <= 12 ? `${MONTH_WORDS[month - 1] ?? ''} ${day}` : null);
/** "MON 18/12 – Draw #275", "Tue 12/19": a weekday and a day with no year, its order told by a day past 12 or by the page. */
const WEEKDAY_DAY = /\b((?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)(\d{1,2})\/(\d{1,2})(?![\d/])/gi;

/** "a PNP round on 15/09 (228 ITAs, …)": a day with no year after "on", read the same way. */
const ON_DAY = /\b(on\s+)(\d{1,2})\/(\d{1,2})(?![\d/])/gi;

const YEAR = /\b(?:19|20)\d\d\b/;

/** "Wed 12/06" on a page of 2023 (a day and month alike, "Fri 07/07", read either way): December 6 is that year's Wednesday, June 12 a Monday; the one order whose weekday is written. */
function orderOfWeekday(weekdayWord: string, a: number, b: number, text: string): Order | null {
  const year = Number(YEAR.exec(text)?.[0] ?? NaN);
  const target = WEEKDAY_PREFIXES.indexOf(weekdayWord.slice(0, 3).toLowerCase());
  if (Number.isNaN(year) || target < 0) return null;
  const fits = (month: number, day: number): boolean => weekday({ year, month, day }) === target;
  const [mdy, dmy] = [fits(a, b), fits(b, a)];
  return mdy && !dmy ? 'mdy' : dmy && !mdy ? 'dmy' : null;
}

function weekdayDays(text: string, order: Order | null, pattern: RegExp = WEEKDAY_DAY): string {
  return text.replace(pattern, (all: string, weekdayWord: string, first: string, second: string) => {
    const [a, b] = [Number(first), Number(second)];
    const either = a === b ? 'dmy' : a <= 12 && b <= 12 ? (order ?? (pattern === WEEKDAY_DAY ? orderOfWeekday(weekdayWord, a, b, text) : null)) : null;
    const o = a > 12 && b <= 12 ? 'dmy' : b > 12 && a <= 12 ? 'mdy' : either;
    const [day, month] = o === 'dmy' ? [a, b] : [b, a];
    const written = o ? spelled(day, month) : null;
    return written ? `${weekdayWord}${written}` : all;
  });
}

/** "• 02/07 – PNP: 920 convites": a list's day with no year, its order told by the page ("Resumo da semana (30/06 a 06/07)"). */
const ITEM_DAY = /^([ \t]*[\u2022*-][ \t]*)(\d{1,2})\/(\d{1,2})(?=[ \t]*[-\u2013\u2014:|])/gm;
const SHORT_DAY = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/])/g;

/** The order of the page's days with no year: one past 12 in the first place, and none in the second, is day first. */
function shortOrder(text: string): Order | null {
  let [dayFirst, monthFirst] = [0, 0];
  for (const m of matchesOf(SHORT_DAY, text)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && a <= 31 && b <= 12) dayFirst++;
    else if (b > 12 && b <= 31 && a <= 12) monthFirst++;
  }
  return dayFirst > 0 && monthFirst === 0 ? 'dmy' : monthFirst > 0 && dayFirst === 0 ? 'mdy' : null;
}

function itemDays(text: string): string {
  const order = pageOrder(text) ?? shortOrder(text) ?? writtenOrder(text);
  if (!order) return text;
  return text.replace(ITEM_DAY, (all: string, lead: string, first: string, second: string) => {
    const [day, month] = order === 'dmy' ? [Number(first), Number(second)] : [Number(second), Number(first)];
    const written = spelled(day, month);
    return written ? `${lead}${written}` : all;
  });
}

/** "11/05/2019 17:40 UTC": a day with its time, a stamp of something past (a tie-break, a post). */
const TIME_AFTER = /^,?\s+(?:at\s+)?\d{1,2}:\d{2}\b/;
/**
 * "Tie-break was 11/05/2019 17:40 UTC" on a page of June 27, 2019: read month first it is November 5, after the page; a stamp
 * cannot be, so it is May 11. Only a day with its time (not "apply by 11/05/2019"), and only when one reading alone is past.
 */
function orderOfStamp(a: number, b: number, year: number, after: string, published: string | undefined): Order | null {
  if (!published || !/^\d{4}-\d\d-\d\d/.test(published) || !TIME_AFTER.test(after)) return null;
  const page = Date.parse(published.slice(0, 10));
  const [mdy, dmy] = [Date.UTC(year, a - 1, b) <= page, Date.UTC(year, b - 1, a) <= page];
  return mdy && !dmy ? 'mdy' : dmy && !mdy ? 'dmy' : null;
}

export function orderNumericDates(text: string, published?: string): string {
  if (/^[ \t]*[\u2022*-][ \t]*\d{1,2}\/\d{1,2}[ \t]*[-\u2013\u2014:|]/m.test(text)) text = itemDays(text);
  if (/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+\d{1,2}\/\d/i.test(text)) text = weekdayDays(text, pageOrder(text) ?? writtenOrder(text));
  if (/\bon\s+\d{1,2}\/\d{1,2}(?![\d/])/i.test(text)) text = weekdayDays(text, pageOrder(text) ?? writtenOrder(text), ON_DAY);
  if (!MAY_HOLD.test(text)) return text;
  const order = pageOrder(text) ?? writtenOrder(text) ?? sequenceOrder(text);
  return text.replace(NUMERIC, (all: string, first: string, sep: string, second: string, year: string, at: number) => {
    const [a, b] = [Number(first), Number(second)];
    // "06/07/26", "29/12/25": a year of two digits only with the page's order shown (a table's "Date" column).
    const short = year.length === 2;
    if (a === 0 || b === 0 || a > 31 || b > 31 || (a > 12 && b > 12)) return all;
    if (!short && (a > 12 || b > 12 || a === b)) return all;
    const after = text.slice(at + all.length, at + all.length + 30);
    const zoned = DAY_FIRST_ZONE_AFTER.test(after) ? 'dmy' : null;
    const o = a > 12 ? 'dmy' : b > 12 ? 'mdy' : sep === '.' ? 'dmy' : (order ?? zoned ?? (short ? null : orderOfStamp(a, b, Number(year), after, published)));
    if (!o || (short && !order && sep !== '.')) return all;
    const [day, month] = o === 'dmy' ? [a, b] : [b, a];
    return `${short ? `20${year}` : year}-${pad(month)}-${pad(day)}`;
  });
}
