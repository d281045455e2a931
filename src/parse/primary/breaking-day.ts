import type { DayRef, Draft } from '../types.ts';
import type { ArticleLine } from '../text/lines.ts';

/**
 * "BREAKING NEWS" / "Sept. 28, 2023 | 1:10 PM ET" / "… draw invites 600, CRS 354", "JUST IN · 05/03/2026 · 07:18 ET", "🚨 ÚLTIMA
 * HORA | …", "DERNIÈRE HEURE", "FLASH INFO": a page
 * tagged as breaking news at its top tells a round of its own day, even where it writes no day for it.
 */
const BREAKING = /^\W{0,3}(?:breaking(?:\snews)?|just in|[úu]ltima\shora|derni[èe]re\sheure|flash\sinfo)(?![A-Za-zÀ-ÿ])/i;
/** How many of the page's first lines may carry the tag (a site's name or menu may come first). */
const TOP_LINES = 3;

/** Gives the page's day to its one announced round told with no day at all, on a page tagged breaking news at its top. */
/** "two days ago", "a few days ago", "last week": a day the page counts back from its own. */
const DAYS_AGO = /\b(?:(?:two|three|four|five|six|several|a few|[2-9]) days ago|last week)\b/i;

export function datedByBreakingTag(drafts: readonly Draft[], primary: ReadonlySet<number>, lines: readonly ArticleLine[], published: DayRef | null): void {
  if (!published || published.year === null || !lines.slice(0, TOP_LINES).some((l) => BREAKING.test(l.text))) return;
  // "Breaking news: … Two days ago IRCC held …": the page tells the day back from its own; the tag does not make it today.
  if (lines.some((l) => DAYS_AGO.test(l.text))) return;
  const told = drafts.filter((d) => primary.has(d.id));
  const [only] = told;
  if (told.length !== 1 || !only || only.date !== null || only.dated) return;
  only.date = { ...published };
}
