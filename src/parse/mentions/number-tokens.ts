import { parseCount } from '../../util/numbers.ts';

/**
 * How counts are written in draw news: "3,000", "3 000", "3000", "6K", "four".
 * `NUMBER` is a regex source with one capture group; `readNumber` turns the capture into a value.
 */

const WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

/** Digits with optional thousands separators, or a short "6K". Never part of a longer number. */
export const DIGITS = String.raw`(?<![\d.,])(\d{1,3}(?:[, ]\d{3}){1,4}(?![\d])|\d+(?:\.\d)?\s?[kK]\b|\d+)(?![\d]|[.,]\d)`;
/** Digits or a number word (for counts of people, which small draws spell out). */
/** The number words a count may be written in ("just four candidates"), as regex alternatives: up to twenty. */
export const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';
export const COUNT = String.raw`(?<![\d.,])(\d{1,3}(?:[, ]\d{3}){1,4}(?![\d])|\d+(?:\.\d)?\s?[kK]\b|\d+|(?:${NUMBER_WORDS})\b)(?![\d]|[.,]\d)`;

export function readNumber(raw: string): number | null {
  const t = raw.trim().toLowerCase();
  const word = WORDS[t];
  if (word !== undefined) return word;
  const k = /^(\d+(?:\.\d)?)\s?k$/.exec(t);
  if (k) return Math.round(Number(k[1]) * 1000);
  return parseCount(t);
}
