/**
 * A list of tie-breaks by round number under its own heading ("Tie-break times, for the curious:" / "#259 — June 30, 2023 at
 * 11:45:05 UTC" / "#260 — …"): each item reads as "Round #259: tie-breaking rule June 30, 2023 at 11:45:05 UTC", so the rule
 * goes to the round with that number (docs/parser.md "Session 46").
 */

const HEAD = /\btie[- ]?break(?:ing)?(?:\s+(?:rules?|times?|dates?))?\b[^:]{0,40}:\s*$/i;
/** "Tie-breaking rules (UTC)": the heading alone on its line, its zone in brackets for every item. */
const BARE_HEAD = /^\s*tie[- ]?break(?:ing)?\s+(?:rules?|times?|dates?)\s*\((UTC|GMT)\)\s*$/i;
const ZONED = /\b(?:UTC|GMT|ET|EST|EDT|IST)\b/;
const ITEM = /^[\s\u2022*\u25b6\u25ba-]*#\s?(\d{2,3})\s*[\u2014\u2013:-]+\s*(\S.{5,80})$/;

export interface TieBreakList {
  /** The line as the reader reads it. */
  readonly line: string;
  /** Whether the next line may still be an item of the list (the zone its heading gives, if any). */
  readonly inList: boolean | string;
}

export function tieBreakListLine(line: string, inList: boolean | string): TieBreakList {
  const bare = BARE_HEAD.exec(line);
  if (bare) return { line, inList: bare[1] ?? true };
  if (HEAD.test(line)) return { line, inList: true };
  const m = inList ? ITEM.exec(line) : null;
  // Under "Tie-breaking rules (UTC)", an item's time with no zone of its own is in that zone.
  const zone = typeof inList === 'string' && m && !ZONED.test(m[2] ?? '') ? ` ${inList}` : '';
  return m ? { line: `Round #${m[1] ?? ''}: tie-breaking rule ${m[2] ?? ''}${zone}`, inList } : { line, inList: false };
}
