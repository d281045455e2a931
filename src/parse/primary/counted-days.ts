import { compiledNow } from '../text/matches.ts';
import { readNumber } from '../mentions/number-tokens.ts';
import { daysBetween } from '../mentions/calendar.ts';
import type { DayRef } from '../types.ts';

/**
 * "Four draws in four days", "quatre tirages en quatre jours", "tres rondas en tres días": a lead that counts the days its rounds
 * were held in. Its table's rows of those days, up to the page's, are its news (docs/parser.md "Session 47").
 */

/** French, Spanish and Portuguese counts (English ones and digits are read as every count is: `readNumber`). */
const ROMANCE: Readonly<Record<string, number>> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  duas: 2,
  três: 3,
  quatro: 4,
  sete: 7,
};
const ENGLISH = ['two', 'three', 'four', 'five', 'six', 'seven'];
const NUMBER = String.raw`(?:[2-7]|${[...ENGLISH, ...Object.keys(ROMANCE)].join('|')})`;
const valueOf = (word: string): number | null => ROMANCE[word.toLowerCase()] ?? readNumber(word);
const ROUNDS = String.raw`(?:draws|rounds|tirages|rondes|rondas|sorteos|rodadas|sorteios)`;
const IN_DAYS = compiledNow(new RegExp(String.raw`(?<![\p{L}])${NUMBER}\s+(?:[\p{L}-]+\s+){0,2}?${ROUNDS}\s+(?:in|en|em)\s+(${NUMBER})\s+(?:days|jours|d[íi]as)(?![\p{L}])`, 'iu'));

/** "3 rounds since Mon 2025-09-15" (a tracker's listing): its rounds are those of that day and after, up to the page's. */
const SINCE_DAY = new RegExp(String.raw`(?<![\p{L}])${NUMBER}\s+(?:new\s+)?${ROUNDS}\s+since\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)`, 'iu');
const WEEK = 7;
/** "Status: 2 rounds in last 48h": a tracker's count of the rounds of the last hours, its days that many hours make. */
const IN_HOURS = new RegExp(String.raw`(?<![\p{L}])${NUMBER}\s+(?:[\p{L}-]+\s+){0,2}?${ROUNDS}\s+in\s+(?:the\s+)?(?:last|past)\s+(24|48|72)\s?(?:h|hrs?|hours)(?![\p{L}])`, 'iu');
const HOURS_A_DAY = 24;

/**
 * The last lead asked about and its answer. The choice of the news asks about one page's lead several times (about four times
 * an article), and the three patterns, which open with a lookbehind, are tried at every position of it: the answer is taken
 * from here. It depends on the lead and its day alone.
 */
let last: { readonly lead: string; readonly published: DayRef | null; readonly days: number | null } | null = null;

/** How many days the lead says its rounds were held in, or null. */
export function countedDays(lead: string, published: DayRef | null = null): number | null {
  if (last !== null && last.lead === lead && last.published === published) return last.days;
  const days = daysCounted(lead, published);
  last = { lead, published, days };
  return days;
}

function daysCounted(lead: string, published: DayRef | null): number | null {
  const m = IN_DAYS.exec(lead);
  if (m) return valueOf(m[1] ?? '');
  const hours = IN_HOURS.exec(lead);
  if (hours) return Number(hours[1]) / HOURS_A_DAY;
  const since = published ? SINCE_DAY.exec(lead) : null;
  if (!since || !published) return null;
  const days = daysBetween({ year: Number(since[1]), month: Number(since[2]), day: Number(since[3]) }, published);
  return days !== null && days >= 0 && days <= WEEK ? days : null;
}

/** Not a span of time before the rounds ("Depois de seis semanas sem rodadas", "six weeks without rounds"). */
const NOT_BETWEEN = String.raw`(?!(?:weeks?|semanas?|semaines?|days?|d[íi]as?|jours?|months?|meses|mois|sem|sin|sans|without|no)(?![\p{L}]))`;
const ROUNDS_COUNTED = compiledNow(new RegExp(String.raw`(?<![\p{L}])${NUMBER}\s+(?:${NOT_BETWEEN}[\p{L}-]+\s+){0,2}?(?:express\s+entry\s+)?${ROUNDS}(?![\p{L}])`, 'iu'));

/**
 * How many rounds the lead counts ("IRCC realizó dos rondas dirigidas esta semana", "two rounds this week", "two targeted Express
 * Entry draws in two days"), or null. Wider than
 * headline-news.ts's COUNTED_ROUNDS (two words between, "seis", "siete"), as it was measured.
 */
export function countedRounds(lead: string): number | null {
  const m = ROUNDS_COUNTED.exec(lead);
  return m ? valueOf(m[0].split(/\s+/)[0] ?? '') : null;
}
