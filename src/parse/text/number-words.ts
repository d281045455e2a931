/**
 * Figures written in words ("six thousand invitations", "a cut-off of five hundred and nine", "Three Thousand Three
 * Hundred"): written as figures ("6,000", "509", "3,300"), so every later pattern reads them as it reads digits. Only
 * numbers of a hundred or more are rewritten ("two points lower", "one round" stay words), and never a hyphenated word
 * ("the five-hundred-and-tens": a band, no figure).
 */

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const VALUE: ReadonlyMap<string, number> = new Map([...UNITS.map((w, i) => [w, i + 1] as const), ...TENS.map((w, i) => [w, (i + 2) * 10] as const)]);

const SMALL = String.raw`(?:(?:${TENS.join('|')})(?:[- ](?:${UNITS.slice(0, 9).join('|')}))?|(?:${UNITS.join('|')}))`;
/** "… and three" is not this number's when "thousand" or "hundred" follows: "two thousand three hundred and three thousand eight hundred" is two numbers. */
const TAIL = String.raw`(?:\s+(?:and\s+)?${SMALL}(?!\s+(?:thousand|hundred)\b))`;
const HUNDREDS = String.raw`${SMALL}\s+hundred${TAIL}?`;
const GROUP = String.raw`(?:${HUNDREDS}|${SMALL})`;
const NUMBER_WORDS = new RegExp(String.raw`(?<![\w-])(?:${GROUP}\s+thousand(?:\s+(?:and\s+)?${GROUP}(?!\s+(?:thousand|hundred)\b))?|${HUNDREDS})(?![\w-])`, 'gi');

/** The value of a small number's words ("eighty-one", "nineteen"). */
function smallValue(words: string): number {
  return words
    .toLowerCase()
    .split(/[- ]/)
    .reduce((sum, w) => sum + (VALUE.get(w) ?? 0), 0);
}

/** The value of a number's words (the whole match of NUMBER_WORDS). */
function valueOf(phrase: string): number {
  let total = 0;
  let group = 0;
  for (const part of phrase.toLowerCase().split(/\s+(?:and\s+)?|(?<=\w)-(?=\w)/)) {
    if (part === 'thousand') {
      total += group * 1000;
      group = 0;
    } else if (part === 'hundred') group *= 100;
    else group += smallValue(part);
  }
  return total + group;
}

export function numberWordsAsFigures(text: string): string {
  if (!/hundred|thousand/i.test(text)) return text;
  return text.replace(NUMBER_WORDS, (m) => valueOf(m).toLocaleString('en-US'));
}
