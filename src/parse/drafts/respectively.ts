import type { DayRef, Group, SentenceFacts } from '../types.ts';
import { findListedDrawNumbers } from '../mentions/draw-number.ts';

/**
 * "On November 23 and 24, IRCC invited 640 PNP and 2,500 CEC candidates respectively, with cut-offs of 741 and 503":
 * several draws told in one sentence, each list of facts in the same order. Every list that names the draws (days,
 * programs, round numbers) has one item a draw, or one for all of them ("two draws on April 9"); every list of figures
 * has one a draw, or is left out (a single count beside two draws is their total). Lists of other lengths, or no two
 * lists of the draws' number, leave the sentence to the clause reader (`sentence-groups.ts`), which then takes no
 * listed figure.
 */

/** The first of each key, in order (one pass: a hostile sentence may name a program thousands of times). */
function distinct<T>(xs: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The groups of a "respectively" sentence, one a draw; null when its lists do not line up. `template` is the sentence read whole. */
export function respectivelyGroups(sentence: string, facts: SentenceFacts, template: Group): Group[] | null {
  // The sentence's days, a list of them ("November 23 and 24") read day by day (`date-mentions.ts`).
  const days = distinct(
    // Weekdays too ("on Monday and Tuesday"): each names one day, counted back from the page.
    facts.dates.filter((d) => (!d.relative || d.weekday === true) && 'month' in d.value).map((d) => d.value as DayRef),
    (d) => `${d.year ?? ''}-${d.month}-${d.day}`,
  );
  const programs = distinct(facts.programs, (p) => p.code).map((p) => p.code);
  const numberList = findListedDrawNumbers(sentence);
  const numbers = numberList.length >= 2 ? numberList : distinct(facts.drawNumbers, (n) => n.value).map((n) => n.value);
  const identities = [days.length, programs.length, numbers.length];
  const k = Math.max(...identities);
  if (k < 2 || identities.some((n) => n > 1 && n !== k)) return null;
  // Its lists whole, the figures read alone among them (`sentence-facts.ts` keeps them for a "respectively" sentence).
  const lists = facts.listed ?? facts;
  const invitations = lists.invitations.filter((f) => f.value >= 1 && f.value <= 50_000);
  const cutoffs = lists.cutoffs.filter((f) => f.value >= 50 && f.value <= 1200);
  // A list of figures of another length leaves the sentence alone: which figure is whose is not told.
  if ([invitations.length, cutoffs.length].some((n) => n > 1 && n !== k)) return null;
  // At least one list of figures to share out: names alone ("its 147th and 148th draws respectively") are left to the
  // clause reader, as the figures told of "the first draw" in the next sentences are.
  if (invitations.length !== k && cutoffs.length !== k) return null;
  const tieBreaks = facts.tieBreaks;
  // Names: one a draw, or one for all. Figures: one a draw only.
  const pick = <T>(xs: readonly T[], i: number): T[] => xs.slice(...(xs.length === k ? [i, i + 1] : xs.length === 1 ? [0, 1] : [0, 0]));
  const pickAll = <T>(xs: readonly T[], i: number): T[] => (xs.length === k ? xs.slice(i, i + 1) : []);
  return Array.from({ length: k }, (_, i) => ({
    ...template,
    dates: pick(days, i),
    programs: pick(programs, i),
    programsListed: false,
    drawNumbers: pick(numbers, i),
    invitations: pickAll(invitations, i).map((f) => f.value),
    crs: pickAll(cutoffs, i).map((f) => f.value),
    tieBreaks: pickAll(tieBreaks, i),
    plural: false,
  }));
}
