import { MONTHS } from '../mentions/masks.ts';
import { countedDays } from './counted-days.ts';

/** Pages that review a month or a year, and the newest rounds they still tell as news (choose-primary.ts; docs/parser.md "Session 54"). */

/** The days, up to the page's, whose rounds a lead that is no news still tells as news: that day and the one before, or the days it counts. */
export const newsDays = (lead: string): number => Math.max(1, (countedDays(lead) ?? 0) - 1);
/**
 * "Ten years ago today, on January 31, 2015, …", "Ten years of Express Entry", "On this day in 2021": an anniversary's "today" is
 * the day it remembers a round on, not a round's; "Today, the system has issued more than a million invitations" dates no round.
 */
const ANNIVERSARY = /\b(?:anniversary|on this day in|(?:one|a|two|three|five|ten|\d{1,2})\s+years?\s+ago\s+today|(?:\d{1,2}|ten|five) years of express entry)\b/i;
/** A round dated the page's day by "today" alone under an anniversary's lead. */
export const todayOfAnniversary = (days: number | null, dateWritten: boolean, lead: string): boolean => days === 0 && !dateWritten && ANNIVERSARY.test(lead);
/** "Here is January so far, with this week's two new rounds at the top": under a lead that is no news, this week's rounds are. */
export const THIS_WEEKS_NEWS = /\bwith\s+this\s+week's\s+(?:[\w-]+\s+){0,2}?(?:rounds|draws)\b/i;

/**
 * "September 2025 Express Entry recap: 7 rounds, 10,018 invitations", "Monthly round-up: …", "Recap of March": a month's
 * recap announces none of its rounds, not even one of the day before (unless its headline also tells news: RECAP_AND_NEWS).
 */
const MONTH_RECAP = new RegExp(
  String.raw`\b(?:${MONTHS})\.?\s(?:(?:19|20)\d\d\s)?(?:Express Entry\s)?(?:recap|round-?up|in review|wrap-?up)\b|\bmonthly\s(?:[\w-]+\s){0,2}?(?:recap|round-?up|review|summary|wrap-?up|bulletin|report)\b|\b(?:recap|round-?up|wrap-?up) of (?:${MONTHS})\b`,
  'i',
);
/** "September 2025 in review, plus today's first October round", "July recap and today's draw": a recap with news. */
const RECAP_AND_NEWS = /\b(?:today|today's|yesterday's|tonight|this morning|new|latest|plus|breaking)\b/i;
/** "Here is the full month, including the two rounds held this week.", "Here is January so far, with this week's two new rounds at the top": a month's recap whose lead also tells its newest rounds. */
const RECAP_WITH_NEWS =
  /\bincluding\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rounds?|draws?)\s+(?:held\s+)?(?:this\s+week|today|yesterday)\b|\bwith\s+(?:this\s+week's|today's|yesterday's)\s+(?:[\w-]+\s+){0,2}?(?:rounds?|draws?)\b/i;

/** A brief's or an explainer's section heading that tells this week's news ("What happened this week", "Why it's in the news this week"). */
export const NEWS_SECTION = /^(?:what happened|why it's in the news|in the news|the news|news)\s+this\s+week:?$/i;

/** "From Wikipedia, the free encyclopedia" under "List of Federal Skilled Trades rounds": a reference page keeps a list, it tells no news. */
export const ENCYCLOPEDIA = /\bfrom wikipedia, the free encyclopedia\b/i;

/** A month's recap whose headline and lead tell no news of their own: none of its rounds is announced. */
export const recapWithoutNews = (headline: string, lead: string): boolean => MONTH_RECAP.test(headline) && !RECAP_AND_NEWS.test(headline) && !RECAP_WITH_NEWS.test(lead);
