import { compiledNow } from '../text/matches.ts';
/**
 * A lead that gives several rounds as its news: a digest of news alerts (each round in it news of its own day), a weekly recap of
 * Express Entry's rounds, or a digest, round-up or live page of this week's rounds (choose-primary.ts `chooseNews`).
 */

/** "Google Alerts \"express entry\" Daily update", "Talkwalker Alerts": a digest of news items, each round in it news of its own day. */
const ALERTS_DIGEST = /\b(?:Google|Talkwalker)\s+Alerts?\b/i;
/** A digest, round-up or recap, a live page or tracker ("Express Entry live: category-based draws, week of July 4, 2023", "This Week in Express Entry (June 30 – July 6)"): a page of the week's rounds. */
const WEEKLY_DIGEST = /\b(?:this\s+week\s+in|digest|round-?up|recap|newsletter|live|tracker|summary|weekly|wrap(?:-?up)?|at a glance|resumen|resumo|bilan|r[ée]cap\w*)\b/i;
/**
 * "📊 Weekly recap - Express Entry" over the week's rounds, one a line: each is news, the ones between the first and the newest too
 * (not "Your weekly round-up of Canadian immigration news": a newsletter of all news, whose round of the day before may be background).
 */
const WEEKLY_RECAP = compiledNow(
  /\bweekly\s+(?:recap|round-?up|digest|summary|wrap(?:-?up)?)\b(?=[^.\n]{0,20}\b(?:express entry|draws?|rounds?)\b)|\b(?:express entry|draws?|rounds?)\b[^.\n]{0,20}\bweekly\s+(?:recap|round-?up|digest|summary)\b/i,
);

/** `thisWeek`: the lead speaks of this week's rounds; `weeksDraws`: it names "this week's draws". */
export const digestOfRounds = (lead: string, thisWeek: boolean, weeksDraws: boolean): boolean =>
  ALERTS_DIGEST.test(lead) || WEEKLY_RECAP.test(lead) || (thisWeek && (WEEKLY_DIGEST.test(lead) || weeksDraws));
