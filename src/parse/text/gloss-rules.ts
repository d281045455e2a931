import { monthName } from '../../ircc/datetime.ts';

/** A glossary's rule: a pattern and its English (a function gets the match and its groups, a group that took no part as ""). */
export type GlossRule = readonly [RegExp, string | ((...m: string[]) => string)];

/** Each rule in turn. */
export const applyGloss = (text: string, rules: readonly GlossRule[]): string =>
  rules.reduce((t, [pattern, to]) => (typeof to === 'string' ? t.replace(pattern, to) : t.replace(pattern, (...m: unknown[]) => to(...m.map((x) => (typeof x === 'string' ? x : ''))))), text);

/** Spaces the rules left doubled, and before punctuation. */
export const tidyGloss = (text: string): string => text.replace(/[ \t]{2,}/g, ' ').replace(/ ([,.;:)])/g, '$1');

/** "March 6, 2019" (or "March 6" without a year) for a numeric day; null when the month is no month. */
export const glossDay = (y: string | undefined, m: string, d: string): string | null => {
  const month = monthName(Number(m));
  return month ? `${month} ${String(Number(d))}${y ? `, ${y}` : ''}` : null;
};
