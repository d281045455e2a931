/**
 * Figures written in words ("six thousand invitations", "a cut-off of five hundred and nine", "Three Thousand Three
 * Hundred"): written as figures ("6,000", "509", "3,300"), so every later pattern reads them as it reads digits. Only
 * numbers of a hundred or more are rewritten ("two points lower", "one round" stay words), and never a hyphenated word
 * ("the five-hundred-and-tens": a band, no figure). So are thousands told with "mil" ("4 mil convites": 4,000).
 */

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "a thousand invitations": "a" is one, before "thousand" only. */
const VALUE: ReadonlyMap<string, number> = new Map([['a', 1] as const, ...UNITS.map((w, i) => [w, i + 1] as const), ...TENS.map((w, i) => [w, (i + 2) * 10] as const)]);

const SMALL = String.raw`(?:(?:${TENS.join('|')})(?:[- ](?:${UNITS.slice(0, 9).join('|')}))?|(?:${UNITS.join('|')}))`;
/** "… and three" is not this number's when "thousand" or "hundred" follows: "two thousand three hundred and three thousand eight hundred" is two numbers. */
const TAIL = String.raw`(?:\s+(?:and\s+)?${SMALL}(?!\s+(?:thousand|hundred)\b))`;
const HUNDREDS = String.raw`${SMALL}\s+hundred${TAIL}?`;
const GROUP = String.raw`(?:${HUNDREDS}|${SMALL})`;
/** "twenty-seven thousand, three hundred and thirty-two": a comma after the thousands only before hundreds. */
const AFTER_THOUSAND = String.raw`(?:\s+(?:and\s+)?${GROUP}|,\s${HUNDREDS})`;
const NUMBER_WORDS = new RegExp(String.raw`(?<![\w-])(?:(?:${GROUP}|a)\s+thousand(?:${AFTER_THOUSAND}(?!\s+(?:thousand|hundred)\b))?|${HUNDREDS})(?![\w-])`, 'gi');

/** The value of a number's words (the whole match of NUMBER_WORDS), word by word ("eighty-one" is split at its hyphen). */
function valueOf(phrase: string): number {
  let total = 0;
  let group = 0;
  for (const part of phrase.toLowerCase().split(/,?\s+(?:and\s+)?|(?<=\w)-(?=\w)/)) {
    if (part === 'thousand') {
      total += group * 1000;
      group = 0;
    } else if (part === 'hundred') group *= 100;
    else group += VALUE.get(part) ?? 0;
  }
  return total + group;
}

const DIGIT = String.raw`(?:${UNITS.slice(0, 9).join('|')})`;
const TENS_WORD = String.raw`(?:${TENS.join('|')})(?:[- ]${DIGIT})?`;
/**
 * Figures as they are spoken (a voice note's transcript): "four thousand two fifty" (4,250), "a cut-off of three fifty-seven" (357),
 * "four ninety-eight" (498); not a clock ("at three thirty", "five twenty p.m.") nor "one twenty-year-old".
 */
const SPOKEN = new RegExp(
  String.raw`(?<![\w-])(?<!\b(?:at|by|until|till|from|to|past)\s)(?:(${SMALL})\s+thousand\s+)?(${DIGIT})[- ](${TENS_WORD})(?![\w-])(?!\s*(?:thousand|hundred|o'clock|[ap]\.?m\b|ET\b|EST\b|EDT\b|UTC\b|GMT\b|in\s+the\s+(?:morning|afternoon|evening)))`,
  'gi',
);

/**
 * "4 mil profissionais", "7,5 mil convites" (Portuguese and Spanish thousands), the Mexican press's "4 mil 500 candidatos" (4,500)
 * and "mil 280 personas" (1,280); not "$4 mil" (money).
 */
const DIGITS_MIL = /(?<![\d.,$\u20ac])(?:(\d{1,3})(?:[,.](\d))?\s+mil\b(?:\s+(\d{3})\b(?![.,]\d))?|(?<![\d.,$\u20ac]\s?)\bmil\s+(\d{3})\b(?![.,]\d))/gi;
const milValue = (whole: string | undefined, tenth: string | undefined, rest: string | undefined, after: string | undefined): number =>
  whole === undefined ? 1000 + Number(after) : Number(whole) * 1000 + Number(tenth ?? 0) * 100 + Number(rest ?? 0);

/** "just four (4) candidates": a number in words with its figure in brackets, the figure. */
const WORDS_THEN_FIGURE = new RegExp(String.raw`(?<![\w-])(${SMALL})\s\((\d{1,2})\)`, 'gi');

/** Cheap first tests for SPOKEN: a word ending as a tens word does ("twenty" … "ninety"), then a digit's word before a tens word. */
const TENS_END = /[nrfxh]ty\b/i;
const SPOKEN_HINT = new RegExp(String.raw`\b${DIGIT}[- ](?:${TENS.join('|')})\b`, 'i');

export function numberWordsAsFigures(text: string): string {
  if (text.includes('(')) text = text.replace(WORDS_THEN_FIGURE, (whole: string, words: string, figure: string) => (valueOf(words) === Number(figure) ? figure : whole));
  const mil = /\d\s+mil\b|\bmil\s+\d/i.test(text)
    ? text.replace(DIGITS_MIL, (_, whole: string | undefined, tenth: string | undefined, rest: string | undefined, after: string | undefined) =>
        milValue(whole, tenth, rest, after).toLocaleString('en-US'),
      )
    : text;
  const spoken =
    TENS_END.test(mil) && SPOKEN_HINT.test(mil)
      ? mil.replace(SPOKEN, (_, thousands: string | undefined, hundreds: string, rest: string) =>
          ((thousands ? valueOf(thousands) * 1000 : 0) + valueOf(hundreds) * 100 + valueOf(rest)).toLocaleString('en-US'),
        )
      : mil;
  if (!/hundred|thousand/i.test(spoken)) return spoken;
  // A puzzle's clue that leaves the number's end blank ("one hundred and twenty-___ candidates"): no figure, not its first words'.
  return spoken.replace(NUMBER_WORDS, (m: string, at: number, all: string) => (BLANK_AFTER.test(all.slice(at + m.length, at + m.length + 30)) ? m : valueOf(m).toLocaleString('en-US')));
}

/** What a clue's blank looks like after the number's words: "-___", " and twenty-___", " ___". */
const BLANK_AFTER = /^(?:\s+(?:and\s+)?[a-z]+)?[- ]?_{2,}/i;
