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
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/** Digits with optional thousands separators, or a short "6K". Never part of a longer number. */
export const DIGITS = String.raw`(?<![\d.,])(\d{1,3}(?:[, ]\d{3}){1,4}(?![\d])|\d+(?:\.\d)?\s?[kK]\b|\d+)(?![\d]|[.,]\d)`;
/** Digits or a number word (for counts of people, which small draws spell out). */
/** The number words a count may be written in ("just four candidates"), as regex alternatives: up to twenty. */
export const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
/**
 * A count in words is one word or a hyphened pair ("twenty-four"), never a piece of a longer one: not the "four" of
 * "twenty-four", nor the "twenty-four" of "nine hundred and twenty-four", nor the "three" of "three thousand" (not read).
 * The first letter is tested first: the look-behinds then run only where a number word can start.
 */
const COUNT_WORDS = String.raw`(?=[eftnosEFTNOS])(?<![\w-])(?<!\b(?:hundred|thousand|million)(?:\s+and)?\s+)(?:(?:${TENS})-(?:${UNITS})|${NUMBER_WORDS})(?![\w-])(?!\s+(?:hundred|thousand|million)\b)`;
/** "3 thousand", "3.5 thousand": thousands in a word. */
const THOUSAND = String.raw`\d+(?:\.\d)?\s(?:thousand)\b`;
export const COUNT = String.raw`(?<![\d.,])(\d{1,3}(?:[, ]\d{3}){1,4}(?![\d])|\d+(?:\.\d)?\s?[kK]\b|${THOUSAND}|\d+(?!\s(?:hundred|thousand|million)\b)|${COUNT_WORDS})(?![\d]|[.,]\d)`;

export function readNumber(raw: string): number | null {
  const t = raw.trim().toLowerCase();
  const word = WORDS[t];
  if (word !== undefined) return word;
  const pair = /^([a-z]+)-([a-z]+)$/.exec(t);
  if (pair) {
    const [tens, unit] = [WORDS[pair[1] ?? ''], WORDS[pair[2] ?? '']];
    return tens !== undefined && unit !== undefined && tens >= 20 && unit < 10 ? tens + unit : null;
  }
  const k = /^(\d+(?:\.\d)?)\s?(?:k|thousand)$/.exec(t);
  if (k) return Math.round(Number(k[1]) * 1000);
  return parseCount(t);
}
