import type { DateContext, DayRef, OffsetRef } from '../types.ts';

/** "UPDATE July 8: IRCC held a French-language draw today", "UPDATE (August 20): …": the update's day is its "today". */
const UPDATE_KICKER = /^\W*update[sd]?\s*[,:(]?\s*\(?\s*$/i;

/** The context a sentence's relative days are read in: the page's, or the day of an update kicker before its first date. */
export function updateDay(sentence: string, found: readonly { readonly start: number; readonly value: DayRef | OffsetRef }[], ctx: DateContext): DateContext {
  const first = found[0];
  if (!first || !ctx.published || !('month' in first.value) || !UPDATE_KICKER.test(sentence.slice(0, first.start))) return ctx;
  return { ...ctx, published: { ...first.value, year: first.value.year ?? ctx.published.year } };
}
