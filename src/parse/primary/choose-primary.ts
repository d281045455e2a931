import { daysBetween, sameDay, weekday } from '../mentions/calendar.ts';
import { introducesSeveral, NOT_NEWS_LEAD, RECENT_DRAWS_LEAD } from '../drafts/cues.ts';
import { digestOfRounds } from './weekly-digest.ts';
import { findDrawNumbers } from '../mentions/draw-number.ts';
import { MONTHS } from '../mentions/masks.ts';
import { hasFacts, sameFigure, type DayRef, type Draft } from '../types.ts';
import { compiledNow, remembered, wordStartsGrouped } from '../text/matches.ts';
import { countedDays, countedRounds } from './counted-days.ts';
import { ENCYCLOPEDIA, newsDays, recapWithoutNews, THIS_WEEKS_NEWS, todayOfAnniversary } from './recap-news.ts';
import { headlineSpan, inWeek, lastWeekOf, roundOfWeek, weekOfHeadline } from './digest-week.ts';
import { COUNTED_ROUNDS, headlineTellsRounds, STALE_DAYS, TELLS_A_ROUND } from './headline-news.ts';
import { provincialRoundSentence } from './other-programs.ts';
import { numberedBetween, roundJustBefore } from './numbered-rounds.ts';
import { ROUND_WORDS } from '../mentions/round-words.ts';
import { age, fullRow, INTRO_SPAN, listedOfTheWeek, SEVERAL_REACH_DAYS, toldUnder, WEEK_DAYS } from './listed-rounds.ts';

/**
 * Which drafts the article announces. Precision first: a draw is primary only when the text tells
 * it as news — not an earlier draw it compares with, not a table row, not a related link — and it
 * is recent (at most a week before the page's date) or, when that cannot be checked, it opens
 * the article or is called new. Articles whose lead says they are a guide, a forecast, a pool
 * update or "no draw this week" need a draw from that very day.
 */

export interface Lead {
  /** Headline plus the first body sentences. */
  readonly text: string;
  /** Sentences before this index are the article's opening. */
  readonly openingSentences: number;
  readonly published: DayRef | null;
  /** Sentences that tell of several draws ("IRCC held two Express Entry draws."): the draws right under one are told together. */
  readonly severalIntroduced?: ReadonlySet<number>;
  /** The headline explains a rule rather than telling a draw (`explainsTheRule`): nothing in the page is news. */
  readonly explainer?: boolean;
  /** The headline alone (empty when the page has none). */
  readonly headline?: string;
  /** The one program the headline names ("Express Entry: French draw"), if it names one. */
  readonly headlineProgram?: string;
  /** Programs the headline tells the news came after ("CEC round lands one day after PNP invitations"). */
  readonly headlineAfter?: ReadonlySet<string>;
  /** A section of the page is headed as this week's news ("What happened this week", `NEWS_SECTION`). */
  readonly newsSection?: boolean;
  /** The page is a feed of stories, each with its age (`isStoryFeed`): each tells its own news. */
  readonly feed?: boolean;
}

/** How many days from the first draw of the news one told with "also" may be: the day before or after (a draw two or three days earlier was news of its own; 1522, 2012 label it context). */
const ALSO_REACH_DAYS = 1;
/** How many days after the news a round told in full may be and still be news of the page. */
const LATER_REACH_DAYS = 3;
/** Whether `d`'s round number, when both have one, comes after `first`'s. */
const numberAfter = (d: Draft, first: Draft): boolean => d.drawNumber === null || first.drawNumber === null || Number(d.drawNumber) > Number(first.drawNumber);
/** How far above a draw the sentence that introduces it as one of several may be. */
const INTRO_REACH = 2;

/**
 * How old a draw told as news may be: pages dated eleven and twelve days after the round they report exist
 * among the labelled news (0400, 0507, 0886, 0906, 0976, 1343: docs/parser.md, thirteenth round). At
 * thirteen and fourteen days a page usually tells the fortnight's new round without a date and the round
 * before it with one, so the older round would be taken for the news (1013, 1933). For alerts a report that
 * old adds nothing: IRCC's own record has had the round for days (the news poller alerts within a week).
 */
export const MAX_AGE_DAYS = 12;
/** A month named without a day ("rounds in January and February") is still news in the next month's first week. */
const NAMED_MONTH_GRACE_DAYS = 7;
/** A lead that calls its draw news: "the latest draw", "new draw results", "IRCC held a trades draw yesterday". */
const CALLS_IT_NEWS =
  /\b(?:latest|new|today|results?|yesterday|held|conducted)\b|(?<![\p{L}])(?:realiz[óo]u?|celebr[óo]|cerr[óo]|hizo|fez|tenu|organis[ée]|hoy|hoje|aujourd['’]hui|ayer|ontem|hier|nuevas?|novas?|nouvelles?|resultados|r[ée]sultats)(?![\p{L}])/iu;
/** How late a page may report the one draw it tells (see `lateNews`). */
export const LATE_AGE_DAYS = 31;

/** Dated at most `max` days before the page, not after it. */
function withinDays(d: Draft, published: DayRef | null, max: number): boolean {
  const days = age(d, published);
  return days !== null && days >= 0 && days <= max;
}

/** Facts told of a named month ("rounds in January and February") are news only in that month. */
function outsideNamedMonths(d: Draft, published: DayRef | null): boolean {
  if (d.date || d.months.length === 0) return false;
  if (!published) return true;
  const current = published.month;
  const previous = current === 1 ? 12 : current - 1;
  return !d.months.some((m) => m === current || (m === previous && published.day <= NAMED_MONTH_GRACE_DAYS));
}

/** One lone figure with nothing saying which draw it belongs to is too little to announce. */
function tooThin(d: Draft): boolean {
  const both = d.invitations !== null && d.minCrs !== null;
  const identified = d.date !== null || d.program !== null || d.drawNumber !== null;
  return !both && !identified && !d.fresh;
}

/**
 * Words of a lead that speaks of a draw at all. A page whose headline and opening have none (a policy story, a pool
 * update, a CRS explainer) tells a round further down as background: "The most recent round was on May 31, with 3,877
 * invitations" in its FAQ is no news of the page.
 */
const DRAW_TALK = /\b(?:draws?|rounds?|invit\w*|ITAs?|cut-?offs?|lowest[- ]ranked|minimum (?:crs|score)|tirages?|rondes?|sorteos?|sorteios?|rodadas?|convit\w*|convoca\w*|selected|selection)\b/i;

/** "all-program Express Entry draws will resume in early July", "Canada to resume …", "announces category-based Express Entry draws": draws to come. */
const DRAWS_TO_COME =
  /\b(?:will|to)\s+(?:resume|restart|start|begin|launch|introduce)\b|\b(?:draws|rounds|invitations)\s+will\s+(?:resume|restart|start|begin|return)\b|\bannounce[sd]?\s+(?:new\s+)?(?:category-based\s+)?(?:express entry\s+)?(?:draws|categories)\b|\b(?:comenzar[áa]n?|empezar[áa]n?|come[çc]ar[ãa]o|come[çc]ar[áa]|commenceront|commencera|reprendront|reanudar[áa]n?|retomar[ãa]o)(?![\p{L}])|\banunci\p{L}*\s+(?:las\s+|as\s+)?(?:\p{L}+\s+)?categor[íi]as\b/iu;
/** The lead speaks of draws only as policy: no round told as held, or draws to come. */
const policyLead = (lead: string): boolean => DRAW_TALK.test(lead) && (!TELLS_A_ROUND.test(lead) || DRAWS_TO_COME.test(lead));

function candidate(d: Draft, lead: Lead, notNews: boolean, leadNumbers: ReadonlySet<string>, weekCounted = false): boolean {
  if (!hasFacts(d) || d.context || d.table || d.related || tooThin(d) || outsideNamedMonths(d, lead.published)) return false;
  const days = age(d, lead.published);
  if (days !== null && (days > MAX_AGE_DAYS || days < -1)) return false;
  // Under a forecast's or a guide's lead, "The most recent round, on November 23, …" recalls yesterday's round: no news of its own.
  // Nor is a day after the page's ("Highest all-program cut-off: 468 (Jan 4, 2,902 ITAs)" in a year review of January 3).
  // Nor a round of the days a year's review counts as its last ("a busy final week, with three rounds in three days").
  // Nor, under "with this week's two new rounds at the top" or a section headed "What happened this week", a round of this week.
  if (notNews)
    return (
      (days !== null && days >= 0 && days <= newsDays(lead.text) && !(days === 1 && d.recalled === true) && !todayOfAnniversary(days, d.dateWritten, lead.text)) ||
      (days === null && d.fresh && d.inHead) ||
      ((lead.newsSection === true || THIS_WEEKS_NEWS.test(lead.text)) && ofThisWeek(d, lead.published))
    );
  // "Express Entry #185 – 400 CRS Points – …" over paragraphs of background, then "CEC Draw #185 issued 6,000 …": the round the lead names.
  const opening = d.inHead || d.firstSentence < lead.openingSentences || (d.drawNumber !== null && leadNumbers.has(d.drawNumber));
  // A round recalled as the latest ("The most recent provincial nominee draw was held on 13 April") under a lead that never
  // speaks of draws, or only of draws to come, is background.
  if (d.recalled === true && !(days !== null && days <= 1) && (policyLead(lead.text) || (!opening && !DRAW_TALK.test(lead.text)))) return false;
  // "Ontario invites skilled workers in latest provincial draw" over "The most recent federal Express Entry draw …, on July 7": background.
  if (d.recalled === true && days !== null && days > 1 && provincialRoundSentence(lead.headline ?? '')) return false;
  // A round of a week ago under a headline that tells no round ("Express Entry backlog grows as CEC and FSW draws stay on hold",
  // a pool's distribution, "Guía 2026") is the background of a story about something else.
  // Unless it is one of the rounds a lead counts this week, more than the fresh ones ("The federal government held three Express
  // Entry rounds this week" on a Saturday over Monday's round).
  if (days !== null && days >= STALE_DAYS && !headlineTellsRounds(lead.headline ?? '') && !(weekCounted && ofThisWeek(d, lead.published))) return false;
  return days !== null || opening || d.fresh;
}

/**
 * "The two rounds took place on March 3rd and 6th … Prior to this, on March 3rd, the IRCC also invited 725":
 * under a lead that tells several draws, a draw told "before this one", fully stated and within three days
 * of it, is one of them.
 */
function roundOfTheWeek(d: Draft, first: Draft, lead: Lead, notNews: boolean): boolean {
  if (!d.context || d.background === true || d.provincial === true || d.table || d.related || notNews || !d.date || !first.date || d.program === null || d.invitations === null || d.minCrs === null)
    return false;
  const gap = daysBetween(d.date, first.date);
  const days = age(d, lead.published);
  return gap !== null && Math.abs(gap) <= 3 && days !== null && days >= 0 && days <= MAX_AGE_DAYS;
}

/**
 * "Express Entry Roundup: Three Rounds This Week", "Draw Tracker – week of July 3, 2023", "This Week in Express Entry: Three
 * Rounds, and a Smaller Levels Plan", "Resumen semanal de Express Entry", "Bilan hebdomadaire": a lead about this week's rounds.
 */
/** "1. This week's draws (category-based selection is finally here)" over a list of them: the week's rounds, more than one. */
const WEEKS_DRAWS = /\bthis\s+week['\u2019]s\s+(?:express\s+entry\s+)?(?:draws|rounds)\b/i;
/** "📌 This week's draws (3!)" over a table: rows the lead counts as news (not "a roundup of this week's draws", p2-004). */
// A scoreboard's "THIS WEEK (3 rounds)" over its table, too.
const WEEKS_DRAWS_COUNTED = new RegExp(String.raw`${WEEKS_DRAWS.source}\s*\(\s*[2-9]\s*!?\s*\)|\bthis\s+week\s*\(\s*[2-9]\s+(?:draws|rounds)\s*\)`, 'i');
const THIS_WEEKS_ROUNDS = compiledNow(
  wordStartsGrouped(
    new RegExp(
      String.raw`\b(?:draws|rounds)\b[^.;]{0,40}?\bthis\s+(?:past\s+)?week\b|\bthis\s+week\b[^.;]{0,60}?\b(?:two|three|four|five|six|[2-9])\s+(?:[\w-]+\s+){0,2}?(?:draws|rounds)\b|\bthis\s+week\s*\(\s*[2-9]\s+(?:draws|rounds)\s*\)|\b(?:ran|held|conducted)\s+(?:a|one)\s+(?:draw|round)\s+every\s+(?:single\s+)?day\b[^.;]{0,40}?\bthis\s+week\b|\bthis\s+week\b[^.;]{0,30}?\b(?:ran|held|conducted)\b[^.;]{0,50}?\b(?:draws|rounds|every\s+(?:single\s+)?day)\b|\bthis\s+week\s*[:\u2013\u2014-]\s*(?:[\w,]+\s+){0,2}(?:draws|rounds)\b|\bthis\s+week['’]s\s+(?:express entry\s+)?(?:draws|rounds)\b|\bweek\s+of\s+(?:${MONTHS})\.?\s+\d{1,2}\b|\b(?:busy|big|hectic|huge|packed|whirlwind|eventful)\s+week\s+of\s+(?:express entry\s+)?(?:draws|rounds)\b|\bthis\s+week\s+in\s+(?:express entry|canadian immigration|immigration)\b|\b(?:recap|round-?up|digest|summary)\s+(?:for|of)\s+this\s+week\b|\b(?:rondas|rodadas|rondes|tirages|sorteos|sorteios)\b[^.;]{0,40}?\b(?:(?:esta|nesta|cette)\s+(?:semana|semaine)|this\s+week)\b|\b(?:resumen|resumo)\s+semanal\b|\b(?:resumen|resumo)\s+(?:de\s+la|da)\s+semana\b|\b(?:bilan|r[ée]cap(?:itulatif)?)\s+(?:hebdomadaire|de\s+la\s+semaine)\b`,
      'i',
    ),
  ),
);
/** A newsletter's "This week: 1,980 general ITAs and a French round at 388": each of this week's rounds is its news. */
/** "This week:" opening a line; "What a week in Express Entry 🗓️👇" over a list of its rounds. */
const THIS_WEEK_LINE = /^\s*this\s+week\s*:|\bwhat\s+a\s+week\s+(?:in|for)\s+express\s+entry\b/im;
/**
 * What makes a page a recap or a tracker, or has it tell of policy as well ("Canada's new category-based Express Entry draws
 * arrived in quick succession this week"): none of it says this week's rounds are old.
 */
const RECAP_WORDS =
  /\b(?:tracker|round-?up|recap|digest|summary of|levels plan|so far|new category(?:-based)?|(?:draws|rounds) in (?:19|20)\d\d|every (?:cec |pnp |express entry )?(?:round|draw))\b/gi;

/** A draft of the page's own calendar week (Monday to the page's day): one of "this week's" rounds. */
function ofThisWeek(d: Draft, published: DayRef | null): boolean {
  const days = age(d, published);
  if (days === null || days < 0 || !published || published.year === null) return false;
  return days <= (weekday({ ...published, year: published.year }) + 6) % 7;
}

/**
 * "Express Entry in 2019: 85,300 invitations, and cut-offs that kept climbing" on a page of January 2020, "Express Entry Draw June
 * 2025: total 6 draws happened in the June month" on a page of July 1: an account of a past year or month.
 */
const YEAR_OF_THE_HEADLINE =
  /\b(?:express entry|draws|rounds|express entry draws?(?=\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\b))\s+(?:in\s+|(?<=draws?\s+))(?:(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+|\s*(?=:)))?((?:19|20)\d\d\b|(?<=[a-z])\s*(?=:))/i;
/** "2021 IN NUMBERS — Express Entry wrap-up", "2019 in review", "Year in review 2023": a year's account. */
const YEAR_RECAP = /\b((?:19|20)\d\d)\s+(?:in\s+numbers|in\s+review|year\s+in\s+review)\b|\byear\s+in\s+(?:review|numbers)\s*[:,\u2013\u2014-]?\s*((?:19|20)\d\d)\b/i;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** …and "Express Entry in March 2026: nearly 21,000 invited in nine rounds" on a page of April 1, 2026: an account of a past month. */
function ofAPastYear(lead: Lead): boolean {
  const page = lead.published;
  const recap = YEAR_RECAP.exec(lead.headline ?? '');
  if (recap && page && page.year !== null && Number(recap[1] ?? recap[2]) < page.year) return true;
  const m = YEAR_OF_THE_HEADLINE.exec(lead.headline ?? '');
  if (!m || !page || page.year === null) return false;
  const month = m[1] ? MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1 : null;
  if (!m[2] && month === null) return false;
  // "Express Entry in October: four rounds, 9,173 invitations" (no year): the page's year, or the year before for a later month.
  const year = m[2] ? Number(m[2]) : month !== null && month > page.month ? page.year - 1 : page.year;
  return year < page.year || (month !== null && year === page.year && month < page.month);
}

/** The lead says the page is no news of a draw (see NOT_NEWS_LEAD); a recap or tracker of this week's rounds, or of the days its headline names, is. */
function leadIsNotNews(lead: Lead): boolean {
  if (lead.explainer === true || ofAPastYear(lead) || YEARS_AFTER_HEADLINE.test(lead.headline ?? '')) return true;
  const ofDays = THIS_WEEKS_ROUNDS.test(lead.text) || headlineSpan(lead.headline ?? '', lead.published) !== null;
  // "This week in Express Entry: two draws, but no CEC" over "IRCC did not hold a CEC draw this week … it held two other rounds": the rounds it counts are news.
  if (ofDays && COUNTED_ROUNDS.test(lead.headline ?? '') && headlineTellsRounds(lead.headline ?? '')) return false;
  // "IRCC held four rounds of invitations between Tuesday and Friday, three of them under the new category-based selection": the
  // rounds held are the news, not the new category.
  const text = HELD_COUNTED_ROUNDS.test(lead.text) ? lead.text.replace(/\bnew (?=category)/gi, '') : lead.text;
  // "CRS Tracker • now / New Express Entry draw 🎯": an app's notice of a new round is news, whatever the app is called.
  return notNewsLead(ofDays || NEW_ROUND_NOTICE.test(text) ? text.replace(RECAP_WORDS, ' ') : text);
}
/** NOT_NEWS_LEAD's test, remembered: the lead is asked again when no round was chosen (lateNews). */
const notNewsLead = remembered((text: string): boolean => NOT_NEWS_LEAD.test(text), 2);
const NEW_ROUND_NOTICE = /\bnew\s+express\s+entry\s+(?:draw|round)\b(?!s)/i;
/** "A year after Canada's 27,332-invitation draw, skilled workers abroad are still waiting", "Five years on", "Express Entry turns six", "Looking back: how COVID reshaped Express Entry": a look back. */
const YEARS_AFTER_HEADLINE =
  /\b(?:a|one|two|three|four|five|ten)\s+years?\s+(?:after|on|since)\b(?!\s+(?:the\s+)?(?:last|previous|its)\b)|\bexpress\s+entry\s+turns\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b|^\W*(?:looking|a\s+look)\s+back\s*[:\u2013\u2014-]/i;
const HELD_COUNTED_ROUNDS = /\b(?:held|conducted|ran)\s+(?:two|three|four|five|six|[2-9])\s+(?:[\w-]+\s+){0,2}?(?:draws|rounds)\b/i;

/** Marks the announced drafts; returns their ids. A weekly page's rounds of last week, or of the days its headline names, are among them (digest-week.ts). */
export function choosePrimary(drafts: readonly Draft[], lead: Lead): Set<number> {
  const notNews = leadIsNotNews(lead);
  if (recapWithoutNews(lead.headline ?? '', lead.text) || ENCYCLOPEDIA.test(lead.text)) return new Set();
  const chosen = chooseNews(drafts, lead, notNews);
  // The days a headline names ("Wk 27 (Jul 3–7)") before a "last week" the lead mentions in passing.
  const week = notNews ? null : (headlineSpan(lead.headline ?? '', lead.published) ?? weekOfHeadline(lead.headline ?? '', lead.published) ?? lastWeekOf(lead.text, lead.published));
  if (week) for (const d of drafts) if (roundOfWeek(d, week) && (!d.table || fullRow(d))) chosen.add(d.id);
  // A live page's rounds, each told in an entry stamped with its own day of the week up to the page (live-entries.ts).
  if (!lead.explainer && !ofAPastYear(lead)) for (const d of drafts) if (liveRound(d, lead)) chosen.add(d.id);
  return chosen;
}

const liveRound = (d: Draft, lead: Lead): boolean =>
  d.liveEntry === true && !d.related && d.provincial !== true && !d.table && d.program !== null && hasFacts(d) && withinDays(d, lead.published, WEEK_DAYS);

function chooseNews(drafts: readonly Draft[], lead: Lead, notNews: boolean): Set<number> {
  const weekLine = THIS_WEEK_LINE.test(lead.text);
  const thisWeek = weekLine || THIS_WEEKS_ROUNDS.test(lead.text);
  // A weekly digest or round-up of this week's rounds ("Express Entry Digest – Week of August 17") tells several.
  let several = lead.feed === true || weekLine || introducesSeveral(lead.text) || RECENT_DRAWS_LEAD.test(lead.text) || digestOfRounds(lead.text, thisWeek, WEEKS_DRAWS.test(lead.text));
  const ordered = [...drafts].filter((d) => !d.table).sort((a, b) => a.firstSentence - b.firstSentence);
  const leadNumbers = new Set(findDrawNumbers(lead.text).map((m) => m.value));
  // A lead that counts this week's rounds ("held three Express Entry rounds this week") when fewer are fresh: the week's older ones are among them.
  const counted = countedRounds(lead.text);
  const weekCounted = counted !== null && THIS_WEEKS_ROUNDS.test(lead.text) && ordered.filter((d) => candidate(d, lead, notNews, leadNumbers)).length < counted;
  const isCandidate = (d: Draft): boolean => candidate(d, lead, notNews, leadNumbers, weekCounted);
  const first = ordered.find(isCandidate);
  if (!first) {
    const rows = promotedRow(drafts, lead, notNews, several, thisWeek);
    if (rows.length > 0) return new Set(rows);
    const listed = introducedRounds(ordered, lead, notNews);
    return new Set(listed.length > 0 ? listed : loneStatement(drafts, lead, notNews));
  }
  // The first draw told right under a sentence that introduces several draws is one of them: so are the others.
  const introAt = [...(lead.severalIntroduced ?? [])].find((s) => s <= first.firstSentence && first.firstSentence - s <= INTRO_REACH) ?? null;
  if (introAt !== null) several = true;
  // "A busy week for Express Entry! IRCC held three rounds:" over its list, whose last round is the news: the list's rounds told in
  // full are too, within the page's week (on a Sunday's bulletin, Monday's round is six days old, too old to be news alone).
  const listAt = notNews ? null : ([...(lead.severalIntroduced ?? [])].find((s) => s < first.firstSentence && first.firstSentence - s <= INTRO_SPAN) ?? null);
  // Under it, a round told with its program and a figure is one of them even where the text gives its day only in the introduction.
  // Not a figure of a dated round told again further on ("The general draw cut-off of 561 is the highest since …" under
  // "Draw #272 — General (December 6) … Minimum CRS: 561"): that round's, not one more.
  // Nor a round of another month ("after September's first round of 600 with a cut-off of 354" under December's four rounds).
  const underIntro = (d: Draft): boolean => introAt !== null && d.provincial !== true && toldUnder(d, introAt) && undatedRound(d) && !toldAgain(d, ordered) && !ofAnotherMonth(d, lead.published);
  const chosen = new Set([first.id]);
  // A day the text puts in doubt (a page's date that rounds told as earlier ones are on or after) ties no other round to the news.
  const firstDay = first.dayDoubtful === true && first.dayOf === undefined ? null : first.date;
  const firstAge = age(first, lead.published);
  const firstRecent = firstAge !== null && firstAge <= 1;
  let newestLater: Draft | null = null;
  const laterFull: Draft[] = [];
  // "IRCC realizó dos rondas dirigidas esta semana", and two rounds told as its own: a round told as earlier ("Antes de estas dos
  // rondas, IRCC había hecho un sorteo solo para candidatos del PNP el 2 de julio") is not one more of them.
  const allCounted = counted !== null && ordered.filter((o) => !o.context && hasFacts(o) && candidate(o, lead, notNews, leadNumbers)).length >= counted;
  const headSpan = headlineSpan(lead.headline ?? '', lead.published);
  for (const d of ordered) {
    if (d !== first && several && roundOfTheWeek(d, first, lead, notNews) && !allCounted) chosen.add(d.id);
    if (d !== first && underIntro(d)) chosen.add(d.id);
    if (d !== first && listAt !== null && listedOfTheWeek(d, first, listAt, lead.published)) chosen.add(d.id);
    if (d === first || !isCandidate(d)) continue;
    // Another round of the same day tells which one it is (its program or its own count); a lone cut-off
    // dated that day is a figure the sentence's order misplaced, not a second round.
    const ownRound = d.program !== null || d.invitations !== null || d.drawNumber !== null;
    const sameDate = ownRound && !!(d.date && firstDay && d.date.year !== null && sameDay(d.date, firstDay));
    // "On September 19, IRCC also issued 3,200 invitations": one more draw of the news, a day from the first.
    const gap = d.date && firstDay ? daysBetween(d.date, firstDay) : null;
    // Not a PNP draw of the day before: the news tells it as the lead-up (docs/parser.md, "Several announced draws").
    const pnpTheDayBefore = d.program === 'pnp' && gap !== null && gap > 0;
    const alsoHeld = d.also === true && gap !== null && Math.abs(gap) <= ALSO_REACH_DAYS && !pnpTheDayBefore;
    // One of several rounds told: of the same week as the first ("Cette semaine encore, IRCC a organisé deux rondes …" is not
    // "Le 31 mai, 5 956 candidats avaient été invités", ten days before).
    // When the first has no day, a dated one is of the page's week ("Na rodada geral anterior, n.º 62, em 17 de maio" ten days before is not).
    const days = age(d, lead.published);
    const sameWeek = gap === null ? days === null || days <= SEVERAL_REACH_DAYS : Math.abs(gap) <= SEVERAL_REACH_DAYS;
    // "Round 397 – Thursday, February 19 … Round 398 – Friday, February 20 …", each told in full: a round after the news, within
    // days and by the page's day, is news too (a page tells earlier rounds as background, not later ones).
    // When the first is itself days old (a lead-up the page tells before its news: "Monday's PNP round … on Tuesday … Today
    // the department wrapped up the week with a French-language draw"), only the newest such round, of the page's day or the
    // day before. Not the news told again ("Today we invited 1,800 …" quoted in a page of the next day).
    const laterInFull = gap !== null && gap < 0 && gap >= -LATER_REACH_DAYS && fullRow(d) && numberAfter(d, first) && !(d.program === first.program && sameFigure(d, first));
    if (laterInFull) laterFull.push(d);
    if (laterInFull && !firstRecent) {
      const days = age(d, lead.published);
      if (days !== null && days >= 0 && days <= 1 && (newestLater === null || (newestLater.date && d.date && (daysBetween(newestLater.date, d.date) ?? 0) > 0))) newestLater = d;
    }
    // A page of several rounds tells rounds of the seven days up to its own (writers say "this week" of last Friday's round on a
    // Monday): "The first healthcare draw, held on June 28, invited 500" on a page of July 8 is the one before them; so does one
    // whose headline gives its days ("Weekly Recap: Four Express Entry Draws in Four Days (July 4-7, 2023)").
    const ofTheWeek = (days === null || days <= WEEK_DAYS) && (headSpan === null || d.date === null || inWeek(d.date, headSpan));
    // "📌 Draw #320 — CEC … 📌 Draw #319 — PNP (yesterday, 21 Oct) · Invitations: 648 · CRS cut-off: 791": the round numbered
    // just before the news, held a day or two before it and told in full with its number, under a heading of its own, is the other
    // of the page's two newest (not "Yesterday's PNP round (#306) invited 964 candidates at 686.": one sentence of background).
    const justBefore = roundJustBefore(d, first, gap, fullRow(d));
    if (sameDate || alsoHeld || justBefore || (laterInFull && firstRecent) || (several && sameWeek && ofTheWeek && (d.date !== null || d.firstSentence < lead.openingSentences))) chosen.add(d.id);
  }
  // That newest round is the page's news too; the first stays (ordinary writers count a round two days before as the page's).
  // So are the rounds numbered one after another between the first and it (a changelog's "Added round 299 / 300 / 301").
  if (newestLater) for (const d of [newestLater, ...numberedBetween(first, newestLater, laterFull)]) chosen.add(d.id);
  // "Express Entry: French draw" over "Round #338 on March 17 invited 536 PNP candidates … On March 21, IRCC invited 7,500
  // French-speaking candidates": the headline's round, told after, is the news; the other program's round before it is its
  // lead-up (open decision 2), not the news.
  const headlineNews = headlineRound(ordered, first, lead, notNews, leadNumbers);
  if (headlineNews && !several) return new Set([headlineNews.id]);
  if (!several) dropRoundsComeAfter(chosen, ordered, lead);
  // "Express Entry Roundup: Three Rounds This Week" over a table of them: each row of this week is one of them.
  // "Express Entry: tres rondas en tres días" over a table of them: each row of the last three days.
  const inDays = countedDays(lead.text, lead.published) ?? 3;
  if (several && !notNews) for (const d of drafts) if (d.table && fullRow(d) && (thisWeek ? ofThisWeek(d, lead.published) : withinDays(d, lead.published, inDays))) chosen.add(d.id);
  return chosen;
}

/**
 * "CEC round lands one day after PNP invitations", "IRCC Invites 6,000 CEC Candidates, One Day After PNP Round": the round of
 * the program the news came after, held before another chosen round, is its lead-up (open decision 2), not news of the page.
 */
function dropRoundsComeAfter(chosen: Set<number>, ordered: readonly Draft[], lead: Lead): void {
  const after = lead.headlineAfter;
  if (!after || after.size === 0) return;
  const picked = ordered.filter((d) => chosen.has(d.id));
  for (const d of picked) {
    if (d.program === null || !after.has(d.program) || d.program === lead.headlineProgram || !d.date) continue;
    const news = picked.some((o) => o !== d && o.program !== d.program && o.date !== null && (daysBetween(d.date ?? o.date, o.date) ?? 0) > 0);
    if (news) chosen.delete(d.id);
  }
}

/** A headline that tells more than one round ("Primera ronda para docentes … y nueva ronda de salud", "PNP and CEC draws"). */
const ROUNDS_IN_HEADLINE = new RegExp(String.raw`\b${ROUND_WORDS}s\b|\b${ROUND_WORDS}\b.*\b${ROUND_WORDS}\b`, 'i');

/** A round of the headline's one program, told after a first round of another program and held after it, within days. */
function headlineRound(ordered: readonly Draft[], first: Draft, lead: Lead, notNews: boolean, leadNumbers: ReadonlySet<string>): Draft | undefined {
  const program = lead.headlineProgram;
  if (!program || first.program === null || first.program === program || !first.date || ROUNDS_IN_HEADLINE.test(lead.headline ?? '')) return undefined;
  return ordered.find((d) => {
    if (d === first || d.program !== program || !fullRow(d) || !d.date || !candidate(d, lead, notNews, leadNumbers)) return false;
    const gap = daysBetween(first.date ?? d.date, d.date);
    return gap !== null && gap > 0 && gap <= SEVERAL_REACH_DAYS;
  });
}

/** Told with a month (without a day) other than the page's. */
const ofAnotherMonth = (d: Draft, published: DayRef | null): boolean => published !== null && d.months.some((m) => m !== published.month);

/** A figure of a dated round, in its program or one it leaves open, told again. */
const toldAgain = (d: Draft, drafts: readonly Draft[]): boolean => drafts.some((o) => o !== d && o.date !== null && !o.context && (o.program === null || o.program === d.program) && sameFigure(d, o));
/** A round told with its program and a figure, but no day of its own. */
const undatedRound = (d: Draft): boolean => d.date === null && d.program !== null && (d.invitations !== null || d.minCrs !== null);

/**
 * "IRCC conducted multiple draws, each targeting specific categories. One draw saw 536 … in the Provincial Nominee
 * Program. Another draw saw 7,500 … French-language proficiency.": with no draw dated or told as news, the rounds a
 * sentence introduces as several, each with its program and a figure, told right under it (two at least).
 */
function introducedRounds(ordered: readonly Draft[], lead: Lead, notNews: boolean): number[] {
  if (notNews) return [];
  for (const at of lead.severalIntroduced ?? []) {
    const under = ordered.filter((d) => d.firstSentence > at && toldUnder(d, at) && hasFacts(d));
    const rounds = under.filter(undatedRound);
    if (rounds.length >= 2 && rounds.length === under.length) return rounds.map((d) => d.id);
  }
  return [];
}

/**
 * A page whose only statement of the new draw is the top row of its table, dated that day or the day
 * before; or, under a lead that tells several draws ("three draws in three days"), every row of the
 * last three days.
 */
/** The most rows a tracker marks as new at once (a week's rounds). */
const MAX_MARKED = 4;

function promotedRow(drafts: readonly Draft[], lead: Lead, notNews: boolean, several: boolean, thisWeek: boolean): number[] {
  // "Express Entry this week: three rounds" over "THIS WEEK'S ROUNDS" and their table: the rounds the lead counts are the news
  // (not a "summary of this week's draws" that counts none and calls none new).
  const inDays = countedDays(lead.text, lead.published);
  // A tracker's rows marked as its newest, all of the last days ("★ = latest round" / "★ 5 | 20-Mar-2015 | …"; "🆕 347 |
  // 2025-05-13 | CEC …" over "🆕 346 | 2025-05-12 | PNP …").
  const marked = drafts.filter((d) => d.table && d.fresh && hasFacts(d));
  // A tracker reads as no news (its history), but it says which rows are new.
  if (lead.explainer !== true && !ofAPastYear(lead) && marked.length >= 1 && marked.length <= MAX_MARKED && marked.every((d) => withinDays(d, lead.published, WEEK_DAYS)))
    return marked.map((d) => d.id);
  if (notNews || !(CALLS_IT_NEWS.test(lead.text) || (thisWeek && (countedRounds(lead.text) !== null || WEEKS_DRAWS_COUNTED.test(lead.text))) || inDays !== null)) return [];
  const rows = drafts.filter((d) => d.table && hasFacts(d));
  if (several) {
    const recent = rows.filter((d) => (thisWeek ? ofThisWeek(d, lead.published) : withinDays(d, lead.published, inDays ?? 3)) && fullRow(d));
    if (recent.length >= 2) return recent.map((d) => d.id);
  }
  const row = rows[0];
  return row && withinDays(row, lead.published, 1) ? [row.id] : [];
}

/**
 * A page whose lead calls its draw the latest or new one, and whose body states one draw, undated,
 * with both its invitations and its cut-off further down: that statement is the lead's draw.
 */
function loneStatement(drafts: readonly Draft[], lead: Lead, notNews: boolean): number[] {
  if (notNews || !CALLS_IT_NEWS.test(lead.text)) return [];
  const told = drafts.filter((d) => !d.table && !d.related && hasFacts(d));
  const full = told.filter((d) => !d.context && d.invitations !== null && d.minCrs !== null && d.date === null && !outsideNamedMonths(d, lead.published));
  return full.length === 1 && told.length === 1 ? [full[0]!.id] : [];
}

/**
 * A page that tells one draw, in its opening, dated between MAX_AGE_DAYS and LATE_AGE_DAYS before the page:
 * a late report of that draw (a blog post three weeks after the round), or a draw given the day of an
 * earlier one the text names ("This draw follows two draws on May 30 and 31", 0085). It is the news
 * either way, but its day is in doubt: the caller reports it without one.
 */
export function lateNews(drafts: readonly Draft[], lead: Lead): number | null {
  if (leadIsNotNews(lead)) return null;
  const told = drafts.filter((d) => !d.table && !d.related && !d.context && hasFacts(d) && !tooThin(d));
  const d = told.length === 1 ? told[0] : undefined;
  // "Express Entry hopefuls left waiting as draws go quiet" over "The most recent round, on April 17, invited 715": background.
  if (!d || outsideNamedMonths(d, lead.published) || (d.recalled === true && !headlineTellsRounds(lead.headline ?? ''))) return null;
  const days = age(d, lead.published);
  const opening = d.inHead || d.firstSentence < lead.openingSentences;
  return days !== null && days > MAX_AGE_DAYS && days <= LATE_AGE_DAYS && opening ? d.id : null;
}

/** A round number as a number ("392"); null for none or another form ("91a"). */
const asNumber = (n: string | null): number | null => (n !== null && /^\d+$/.test(n) ? Number(n) : null);

/** A round the page tells somewhere: where it first does, its number, its day. */
export interface ToldRound {
  readonly firstSentence: number;
  readonly number: number | null;
  readonly day: DayRef | null;
  /** Later by its day counts too, not only by its number: a round a link bar or related stories tell with a figure, or one the prose tells by its day ("IRCC held a new round on July 8."). */
  readonly byDay: boolean;
}

/**
 * Whether `r`, told above the news `d`, is a later round than `d`: by number, or, for a related story, by day. Not one
 * dated after the page's own day: a sidebar of newer posts was added to the page later ("Recent Posts" over an article
 * on round 91, captured after round 92).
 */
function laterAbove(r: ToldRound, d: Draft, published: DayRef | null): boolean {
  if (r.firstSentence >= d.firstSentence) return false;
  const afterPage = r.day && published ? daysBetween(published, r.day) : null;
  if (afterPage !== null && afterPage > 0) return false;
  const dn = asNumber(d.drawNumber);
  if (r.number !== null && dn !== null) return r.number > dn;
  const gap = r.byDay && r.day && d.date ? daysBetween(d.date, r.day) : null;
  return gap !== null && gap > 0;
}

/**
 * A page of headlines whose newest item the reader cannot take as news: it reads as a link bar ("Latest Updates" over
 * "IRCC issues 3,750 ITAs in Express Entry Draw 92 (June 13, 2018)…"), or it has no figure ("Express Entry Draw #304 -
 * July 8, 2024" over "Express Entry Draw #303 – 3,750 invitations, CRS 445 – July 5, 2024"). The older item below is not
 * the page's news: a draw of the news under a later round told above it (`rounds`: rounds the prose tells by number or by
 * day, and rounds a link bar or related stories tell with a figure) leaves `primary` (it stays among the draws). Related stories below
 * the article (its "Related Posts"), rounds that are news themselves and rounds dated after the page are left alone.
 */
export function dropOutnumbered(drafts: readonly Draft[], primary: Set<number>, rounds: readonly ToldRound[], published: DayRef | null): void {
  const told = drafts.filter((d) => primary.has(d.id));
  const isNews = (r: ToldRound): boolean =>
    told.some((d) => (r.number !== null && asNumber(d.drawNumber) === r.number) || (r.number === null && r.day !== null && d.date !== null && daysBetween(d.date, r.day) === 0));
  const related: ToldRound[] = drafts
    .filter((r) => r.related && !primary.has(r.id) && hasFacts(r))
    .map((r) => ({ firstSentence: r.firstSentence, number: asNumber(r.drawNumber), day: r.date, byDay: true }));
  const above = [...related, ...rounds.filter((r) => !isNews(r))];
  if (above.length === 0) return;
  for (const d of drafts) if (primary.has(d.id) && above.some((r) => laterAbove(r, d, published))) primary.delete(d.id);
}

/**
 * "IRCC issues 800 invitations on July 11 … draw 257" over a teaser of an older story ("Today, invitations were issued to
 * … healthcare occupations"): a draw whose "today" is the written day of a draw of the news told before it (`dayOf`) is
 * that story's, not a second draw of the news, unless the text says it is one more ("Earlier today, Canada also invited
 * 606"). Such a draw leaves `primary`.
 */
export function dropTeasers(drafts: readonly Draft[], primary: Set<number>): void {
  for (const d of drafts) {
    const owner = d.dayOf === undefined ? undefined : drafts.find((o) => o.id === d.dayOf);
    if (primary.has(d.id) && !d.also && owner && primary.has(owner.id) && owner.firstSentence < d.firstSentence) primary.delete(d.id);
  }
}
