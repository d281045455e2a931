import { monthName } from '../../ircc/datetime.ts';
import { weekday } from '../mentions/calendar.ts';

/** A glossary's rule: a pattern and its English (a function gets the match and its groups, a group that took no part as ""). */
export type GlossRule = readonly [RegExp, string | ((...m: string[]) => string)];

/** Each rule in turn. */
export const applyGloss = (text: string, rules: readonly GlossRule[]): string =>
  rules.reduce((t, [pattern, to]) => (typeof to === 'string' ? t.replace(pattern, to) : t.replace(pattern, (...m: unknown[]) => to(...m.map((x) => (typeof x === 'string' ? x : ''))))), text);

/** Spaces the rules left doubled, and before punctuation. */
/** A count with its thousands grouped the English way (27332 → "27,332"), as the reader expects it. */
export const grouped = (n: number): string => n.toLocaleString('en-US');
const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The English weekday of a Gregorian day ("Monday"), to check the weekday a page writes beside its day. */
export const englishWeekday = (year: number, month: number, day: number): string => ENGLISH_WEEKDAYS[weekday({ year, month, day })] ?? '';
/** A year of the Buddhist era (2400 and on, as Thai and Lao pages write it) in the common era: "2567" is 2024. */
export const commonEraYear = (y: string): string => (Number(y) >= 2400 ? String(Number(y) - 543) : y);
/** A pattern in the NFKC form the reader's text is in (clean-text.ts: Thai "ำ" splits into "ํา", Lao "ຳ" into "ໍາ"). */
export const nfkcPattern = (p: RegExp): RegExp => new RegExp(p.source.normalize('NFKC'), p.flags);

export const tidyGloss = (text: string): string => text.replace(/[ \t]{2,}/g, ' ').replace(/ ([,.;:)])/g, '$1');

/** "March 6, 2019" (or "March 6" without a year) for a numeric day; null when the month is no month. */
export const glossDay = (y: string | undefined, m: string, d: string): string | null => {
  const month = monthName(Number(m));
  return month ? `${month} ${String(Number(d))}${y ? `, ${y}` : ''}` : null;
};

/** A day of the month as English tells it without its month: "21" → "the 21st". */
export const dayOrdinal = (d: string): string => {
  const n = Number(d);
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `the ${String(n)}${suffix}`;
};

/** A numeric month's English name ("3" → "March"); the number itself when it is no month. */
/** "10" → "10th", "111" → "111th", "22" → "22nd": a number as an English ordinal, as written (leading zeros kept). */
export const ordinalNumber = (n: string): string => `${n}${/1\d$/.test(n) ? 'th' : (['th', 'st', 'nd', 'rd'][Number(n.slice(-1))] ?? 'th')}`;

export const monthOfNumber = (m: string): string => monthName(Number(m)) ?? m;
/** A month's English name from its number ("3", "03"), or "" for no month. */
export const monthOrNone = (m: string): string => monthName(Number(m)) ?? '';

/** `glossDay`, or "m/d" as written when the month is no month. */
export const dayOrAsWritten = (y: string | undefined, m: string, d: string): string => glossDay(y, m, d) ?? `${m}/${d}`;

/** At least `min` letters of a script: the page's language, not a name written in it. */
export const hasEnough = (text: string, letters: RegExp, min = 40): boolean => (text.match(letters) ?? []).length >= min;

/**
 * The page's language written in `letters` (a global pattern): 40 letters of it, or, a short post ("הגרלה #82: 2,750 הזמנות"),
 * 15 at least and no fewer than its Latin letters (an English page quoting a name has far more Latin ones).
 */
export function mostlyScript(text: string, letters: RegExp, min = 40): boolean {
  const n = (text.match(letters) ?? []).length;
  return n >= min || (n >= 15 && n >= (text.match(/[A-Za-z]/g) ?? []).length);
}

/** A page in English that quotes a language's words ("… is", quotation marks): such a page is not one in the language. */
const QUOTING = /["“”]|\b(?:is|are|was|were|means)\b/i;

/**
 * A page in a language written in `letters` (a global pattern), by the words of its own found in it: four kinds of them and the
 * page mostly in its script (or 25 of its letters, with nothing that quotes it); or a short post: a sixth of its words its own,
 * three kinds, a `figure` and 15 of its letters, or what `alsoShort` allows besides (Chuvash's "2 000 чӗнӳ", Kalmyk's few vowels).
 */
export function ownWordsPage(text: string, found: readonly string[], letters: RegExp, figure: RegExp, alsoShort?: (kinds: number) => boolean): boolean {
  const kinds = new Set(found.map((w) => w.toLowerCase())).size;
  if (kinds >= 4) return mostlyScript(text, letters) || (mostlyScript(text, letters, 25) && !QUOTING.test(text));
  if (text.length > 300 || found.length * 6 < (text.match(/\p{L}+/gu) ?? []).length || QUOTING.test(text)) return false;
  return (kinds >= 3 && figure.test(text) && mostlyScript(text, letters, 15)) || (alsoShort?.(kinds) ?? false);
}

/**
 * Clause by clause (`separators` splits with a capture group): a clause that speaks of an earlier draw (the language's
 * words for "previous", "before") is told as context from its start ("Previously, …"), as these languages put the
 * verb last; a comma right before such a clause ends the sentence there, so the figure before it stays this draw's.
 * `rewrite` drops words that would point the clause back at this draw.
 */
export function markEarlier(text: string, earlier: RegExp, separators: RegExp, rewrite = (part: string): string => part): string {
  const parts = text.split(separators);
  return parts.map((part, i) => (part === ',' && earlier.test(parts[i + 1] ?? '') ? '.' : earlier.test(part) ? ` Previously, ${rewrite(part)}` : part)).join('');
}

/**
 * The pieces a glossary of a whole script builds its patterns from, over the script's letters (a character-class body): `S` a
 * space or tab, `re` a pattern of them (global, case-blind, Unicode), `B` and `E` a word's start and end (no letter of the script
 * or of Latin before or after it; with `apostrophe`, no "'" either, which Ukrainian and Belarusian write inside words), `T` a
 * word's ending.
 */
export const scriptWords = (letters: string, options: { readonly apostrophe?: boolean; readonly flags?: string } = {}) => {
  const apostrophe = options.apostrophe === true ? "'" : '';
  return {
    S: '[ \\t]',
    re: (source: string): RegExp => new RegExp(source, options.flags ?? 'giu'),
    B: String.raw`(?<![${letters}A-Za-z\d${apostrophe}])`,
    E: String.raw`(?![${letters}A-Za-z${apostrophe}])`,
    T: `[${letters}]*`,
  };
};

/** A script's letters (a character-class body such as "\\u0900-\\u097f", plus marks it writes) as the glossaries clean them up. */
export interface Script {
  /** A number glued to the script: a unit the glossary does not know (bounded, and only from a number's start). */
  readonly glued: RegExp;
  /** A run of the script's letters. */
  readonly run: RegExp;
}

export const script = (range: string, extra = ''): Script => ({
  glued: new RegExp(String.raw`(?<!\d[,.]?)\d[\d,.]{0,20}(?=[${range}])`, 'g'),
  run: new RegExp(`[${range}${extra}]+`, 'g'),
});

/** The rules, then what they could not place goes: a number glued to the script gives no fact, nor does what is left of the script. */
export const finishGloss = (text: string, rules: readonly GlossRule[], s: Script): string => tidyGloss(applyGloss(text, rules).replace(s.glued, ' ').replace(s.run, ' '));

/** Regex source with one group: a count as these glossaries read it, "5,500" or "733", bounded (from a number's start). */
export const GLOSS_COUNT = String.raw`((?<![\d,])\d{1,3}(?:,\d{3}){1,3}(?![\d,])|(?<![\d,])\d{1,6}(?![\d,]))`;

/** A glossary's months: the words for each month in the language (a pattern) and its English name. */
export type MonthTable = readonly (readonly [string, string])[];
/** The months' stems Tajik and Tatar write as Russian does ("январ", "феврал", …). */
export const CYRILLIC_MONTHS: MonthTable = [
  ['январ', 'January'],
  ['феврал', 'February'],
  ['март', 'March'],
  ['апрел', 'April'],
  ['май', 'May'],
  ['июн', 'June'],
  ['июл', 'July'],
  ['август', 'August'],
  ['сентябр', 'September'],
  ['октябр', 'October'],
  ['ноябр', 'November'],
  ['декабр', 'December'],
];
/** The months' stems Danish, Norwegian, Swedish and Faroese write ("jan", …, "maj"/"mai", "dec"/"des"). */
export const NORDIC_MONTHS: MonthTable = [
  ['jan', 'January'],
  ['feb', 'February'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['ma[ji]', 'May'],
  ['jun', 'June'],
  ['jul', 'July'],
  ['aug', 'August'],
  ['sep', 'September'],
  ['okt', 'October'],
  ['nov', 'November'],
  ['de[cs]', 'December'],
];
/** A table's stems as one pattern's alternatives ("январ|феврал|…"). */
/** Russian weekday stems with their English names, written in the Cyrillic pages of the languages of Russia. */
export const RUSSIAN_WEEKDAYS: readonly (readonly [string, string])[] = [
  ['понедельник', 'Monday'],
  ['вторник', 'Tuesday'],
  ['сред[аыуе]', 'Wednesday'],
  ['четверг', 'Thursday'],
  ['пятниц', 'Friday'],
  ['суббот', 'Saturday'],
  ['воскресень', 'Sunday'],
];
/** A count in figures, grouped with commas ("1,250") or plain ("250"), not a part of a decimal or a longer figure; captured. */
export const GLOSS_NUM = String.raw`((?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,.])\d{1,6}(?![\d,.]\d))`;

export const monthStems = (months: MonthTable): string => months.map(([stem]) => stem).join('|');

/** The English name of a month word (the first month whose pattern starts it), the patterns compiled once. */
export function monthNamer(months: MonthTable, flags = ''): (word: string) => string {
  const compiled = months.map(([words, english]) => [new RegExp(`^(?:${words})`, flags), english] as const);
  return (word) => compiled.find(([pattern]) => pattern.test(word))?.[1] ?? '';
}

/** monthNamer for whole words only: each table entry must match the word to its end. */
export const wholeMonthNamer = (months: MonthTable, flags = ''): ((word: string) => string) =>
  monthNamer(
    months.map(([m, e]) => [`(?:${m})$`, e] as const),
    flags,
  );

/** A count in a Latin-script glossary's `words` patterns ("mialiko 3,300", "1500 envitasyon"): grouped by commas or not. */
export const WORD_COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d,.]\d)`;

/**
 * A page in a Latin-script language known by its own words (`pattern`, global): eight of them, `kinds` of them different; or, a
 * short post, `kinds` different making up a sixth of its words.
 */
export function writtenWith(text: string, pattern: RegExp, kinds: number): boolean {
  const found = (text.match(pattern) ?? []).map((w) => w.toLowerCase());
  const different = new Set(found).size;
  if (found.length >= 8 && different >= kinds) return true;
  return different >= kinds && found.length * 6 >= (text.match(/\p{L}+/gu) ?? []).length;
}

const ENGLISH_WORD = /\b(?:the|of|and|is|are|was|were|means?|to|for|in|this|that|words?)\b/gi;
/**
 * A short post (40 words at most): four different words making up a sixth of its words, and English's own little words fewer than
 * half as many (a Tok Pisin post: "… draw #434 tude! … liklik CRS 470. Gutpela nius bilong …"; not an English line quoting four).
 */
export function shortPost(text: string, pattern: RegExp): boolean {
  const found = (text.match(pattern) ?? []).map((w) => w.toLowerCase());
  const all = (text.match(/\p{L}+/gu) ?? []).length;
  return all <= 40 && new Set(found).size >= 4 && found.length * 6 >= all && (text.match(ENGLISH_WORD) ?? []).length * 2 < found.length;
}

/**
 * Enough of a language's words (`kinds` different, or three making up an eighth of a short page's words) and about none of the
 * letters it never writes (`others`, fewer than a tenth of its words): Bulgarian's and Macedonian's test among the Cyrillic pages.
 */
export function writtenWithout(text: string, pattern: RegExp, others: RegExp, kinds: number): boolean {
  const found = (text.match(pattern) ?? []).map((w) => w.toLowerCase());
  const different = new Set(found).size;
  return (different >= kinds || (different >= 3 && found.length * 8 >= (text.match(/\p{L}+/gu) ?? []).length)) && (text.match(others) ?? []).length * 10 < found.length;
}

/**
 * A pattern of whole words in a Latin-script language whose letters JavaScript's `\b` does not know ("nòt", "fè"): `source`
 * between letters or digits on neither side; case-insensitive, with Unicode classes (`\p{L}`).
 */
export const words = (source: string): RegExp => new RegExp(String.raw`(?<![\p{L}\p{M}\d])(?:${source})(?![\p{L}\p{M}\d])`, 'giu');

/** A rule whose English starts a sentence where the word it stands for did ("Jana" → "Yesterday", "Cuma 750 ITA" → "Only 750 invitations"). */
export const keepCase = ([pattern, to]: GlossRule): GlossRule =>
  typeof to !== 'string'
    ? [pattern, to]
    : [
        pattern,
        (...m: string[]) =>
          to
            .replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '')
            .replace(/^(\s*)(\p{Ll})/u, (all, space: string, letter: string) => (/^\p{Lu}/u.test(m[0] ?? '') ? space + letter.toUpperCase() : all)),
      ];

/** A rule of either kind whose English starts a sentence where the word it stands for did: `keepCase`, and a function's English the same way ("Ny fisintonana teo aloha" → "The previous draw"). */
export const keepAnyCase = ([pattern, to]: GlossRule): GlossRule =>
  typeof to === 'string'
    ? keepCase([pattern, to])
    : [pattern, (...m: string[]) => to(...m).replace(/^(\s*)(\p{Ll})/u, (all, space: string, letter: string) => (/^\p{Lu}/u.test(m[0] ?? '') ? space + letter.toUpperCase() : all))];

/** The rules in turn, each case-keeping, the spaces they leave doubled going at once (a phrase glossed is read by the next rules). */
export const glossInTurn = (text: string, rules: readonly GlossRule[]): string => tidyGloss(rules.reduce((t, rule) => applyGloss(t, [rule]).replace(/ {2,}/g, ' '), text)).replace(/\( /g, '(');

/** Sentence and quote marks of Chinese and Korean text. */
export const CJK_PUNCTUATION: readonly GlossRule[] = [
  [/[\u3002\uff61]/g, '. '],
  [/[\u3001\uff0c\ufe50\ufe51]/g, ', '],
  [/[\uff1b\ufe54]/g, '; '],
  [/[\uff1a\ufe55]/g, ': '],
  [/[\u300c\u300d\u300e\u300f\u3010\u3011\u201d\u201c]/g, ' '],
];

/** " July 8, 2026 " from a day, a month already in English and a year ("" when the day or the month is not one). */
export const namedMonthDay = (d: string, m: string, y: string): string => {
  const n = Number(d);
  return n >= 1 && n <= 31 && m ? ` ${m} ${String(n)}${y ? `, ${y}` : ''} ` : '';
};

/** The gloss with its first lower-case letter made a capital when the words it replaces began with one. */
export const capitalizedIf = (s: string, upper: boolean): string => (upper ? s.replace(/^(\s*)(\p{Ll})/u, (_, sp: string, l: string) => sp + l.toUpperCase()) : s);

/**
 * Two rules for a cut-off's words: capitalised where they start a line, a sentence or a list item (after ".", "!", "?", "•" or
 * "|"), else in lower case (not "…, The minimum CRS score" after a count the words' own capital "CRS" began). Ewe and Luganda.
 */
export const phraseAtStartOrWithin = (source: string, english: string): GlossRule[] => [
  [new RegExp(String.raw`(?<=(?:^|[\n.!?•|])[ \t]*)(?:${source})(?![\p{L}\p{M}\d])`, 'gimu'), () => capitalizedIf(english, true)],
  [words(source), () => english],
];
