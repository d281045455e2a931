import { bikramSambatToGregorian } from './bikram-sambat.ts';
import { matchesOf } from './matches.ts';
import { applyGloss, englishWeekday, glossDay, monthNamer, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * The days of Nepali pages, for `gloss-nepali.ts` (docs/parser.md, "Nepali and Tigrinya"): Bikram Sambat days ("२०८१ भदौ १२
 * गते बुधबार" → "Wednesday, August 28, 2024", through `bikram-sambat.ts`; left out when a weekday or a Gregorian day on the
 * same line disagrees), Gregorian months as Nepali spells them ("अगस्ट २६", "सेप्टेम्बर ७") and weekdays ("सोमबार (अगस्ट २६)"
 * → "on Monday, August 26,"). The text's digits are already Western.
 */

/** Devanagari letters without the danda ("।", a full stop); the joiners a conjunct may write ("झर्‍यो"). */
export const D = String.raw`\u0900-\u0963\u0966-\u097f\u200c\u200d`;
/** Not after a Devanagari letter; not before one (a word's Nepali endings are spelled out where they are read). */
export const B = `(?<![${D}])`;
export const E = `(?![${D}])`;
/** A word's Devanagari tail: its postpositions ("ड्रमा", in the draw; "जनालाई", to … people). */
export const T = `[${D}]*`;

/** The Bikram Sambat months, Baisakh to Chaitra, with their common spellings. */
const BS_MONTHS = ['[बव]ैशाख', 'जेठ|जेष्ठ', 'असार|आषाढ', 'साउन|श्रावण', 'भदौ|भाद्र', 'असोज|आश्विन', 'कात्तिक|कार्तिक', 'मंसिर|मङ्सिर|मार्ग', 'पुस|पौष', 'माघ', 'फागुन|फाल्गुन', 'चैत|चैत्र'];
const BS_MONTH = `(${BS_MONTHS.join('|')})`;
const bsMonthNumber = (word: string): number => BS_MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`).test(word)) + 1;

/** Gregorian months as Nepali spells them ("मे" only as a word: "मेरो" is "my"). */
const MONTHS: MonthTable = [
  ['जनवरी', 'January'],
  ['फेब्रुअरी|फेब्रुवरी', 'February'],
  ['मार्च', 'March'],
  ['अप्रिल|एप्रिल', 'April'],
  ['मे', 'May'],
  ['जुन', 'June'],
  ['जुलाई', 'July'],
  ['अगस्ट|अगष्ट|अगस्त', 'August'],
  ['सेप्टेम्बर|सेप्टेम्वर|सेप्तेम्बर', 'September'],
  ['अक्टोबर|अक्टुबर', 'October'],
  ['नोभेम्बर|नोवेम्बर', 'November'],
  ['डिसेम्बर', 'December'],
];
/** A Gregorian month, with a genitive "को" or "मा" (in) after it at most ("जुनको", June's). */
const MONTH = `${B}(${MONTHS.map(([ne]) => ne).join('|')})(?:को|मा)?${E}`;
const monthOf = monthNamer(MONTHS);

const WEEKDAYS: MonthTable = [
  ['आइत[बव]ार', 'Sunday'],
  ['सोम[बव]ार', 'Monday'],
  ['मङ्गल[बव]ार|मंगल[बव]ार', 'Tuesday'],
  ['बुध[बव]ार', 'Wednesday'],
  ['बिही[बव]ार|बिहि[बव]ार', 'Thursday'],
  ['शुक्र[बव]ार', 'Friday'],
  ['शनि[बव]ार', 'Saturday'],
];
const WEEKDAY = `(${WEEKDAYS.map(([ne]) => ne).join('|')})`;
const weekdayOf = monthNamer(WEEKDAYS);

/** A Bikram Sambat day: year first ("२०८१ भदौ १२ गते", "वि.सं. २०७३ भदौ २३,") or day first ("१२ भदौ २०८१"), a weekday after it. */
const BS_DAY = new RegExp(
  String.raw`(?:वि\.?[ \t]?सं\.?[ \t]?)?(?:(?<![\d,])(\d{4})[ \t]${BS_MONTH}[ \t](\d{1,2})|(?<![\d,])(\d{1,2})[ \t](?:गते[ \t])?${BS_MONTH}[ \t](\d{4}))(?!\d)(?:[ \t]?गते)?(?:,?[ \t]${WEEKDAY})?`,
  'g',
);
/** A Bikram Sambat day without its year ("असार २३ गते"), or a month with only its year ("२०८२ साउन"): see `glossNepali`. */
const BS_YEARLESS = new RegExp(String.raw`${B}${BS_MONTH}[ \t](\d{1,2})(?!\d)(?:[ \t]?गते)?${E}(?:,?[ \t]${WEEKDAY})?`, 'g');
const BS_MONTH_YEAR = new RegExp(String.raw`(?<![\d,])(\d{4})[ \t]${BS_MONTH}${T}`, 'g');

/** The Gregorian day of a Bikram Sambat one as English writes it, with its weekday if it agrees (no day if it does not). */
function glossBsDay(year: number, month: string, day: string, weekday: string): string {
  const g = bikramSambatToGregorian(year, bsMonthNumber(month), Number(day));
  if (!g) return ' ';
  const english = weekday ? weekdayOf(weekday) : '';
  if (english && englishWeekday(g.year, g.month, g.day) !== english) return ' ';
  return ` ${english ? `${english}, ` : ''}${glossDay(String(g.year), String(g.month), String(g.day)) ?? ''} `;
}

const ENGLISH_MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const ENGLISH_DAY = new RegExp(`\\b(?:(\\d{1,2})[ \\t]${ENGLISH_MONTH},?[ \\t](\\d{4})|${ENGLISH_MONTH}[ \\t](\\d{1,2}),?[ \\t](\\d{4}))\\b`);
const NEPALI_DAY = new RegExp(String.raw`(?:(?<![\d,])(\d{1,2})[ \t]${MONTH}[ \t](\d{4})|${MONTH}[ \t](\d{1,2}),?[ \t](\d{4}))(?!\d)`);

/** The Gregorian day a line writes beside a Bikram Sambat one, as English writes it ("March 7, 2025"), or null. */
function gregorianOnLine(line: string): string | null {
  const e = ENGLISH_DAY.exec(line);
  if (e) {
    const month = e[2] ?? e[4] ?? '';
    const full = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].find((n) => n.startsWith(month.slice(0, 3)));
    return full ? `${full} ${String(Number(e[1] ?? e[5]))}, ${e[3] ?? e[6] ?? ''}` : null;
  }
  const n = NEPALI_DAY.exec(line);
  return n ? `${monthOf(n[2] ?? n[4] ?? '')} ${String(Number(n[1] ?? n[5]))}, ${n[3] ?? n[6] ?? ''}` : null;
}

/** The Bikram Sambat year and month of the page's latest day written with its year (its dateline, most often). */
function pageYear(text: string): readonly [number, number] | null {
  let best: [number, number] | null = null;
  for (const m of matchesOf(BS_DAY, text)) {
    const y = Number(m[1] || m[6]);
    const month = bsMonthNumber(m[2] || m[5] || '');
    if (!best || y * 12 + month > best[0] * 12 + best[1]) best = [y, month];
  }
  return best;
}

/** What a figure counts when it is no day ("२ अंक", points; "५०० जना", people). */
const NO_UNIT = String.raw`(?![ \t]?(?:अंक|जना|वटा|प्रतिशत|%|ITA|उम्मेदवार|दिन|महिना|वर्ष|हप्ता|हजार|सय|लाख))`;

const DATES: readonly GlossRule[] = [
  // Gregorian days: "२०१८ जनवरी २५" (year first), "जनवरी १७, २०१८", "२८ जुन २०२३", "अगस्ट २६", "१३ फेब्रुअरी", "जुलाई २०२५" (a month).
  [new RegExp(String.raw`(?<![\d,])(\d{4})[ \t]${MONTH}[ \t](\d{1,2})(?!\d)${NO_UNIT}`, 'g'), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${String(Number(d))}, ${y} `],
  [new RegExp(String.raw`${MONTH}[ \t](\d{1,2}),?[ \t](\d{4})(?!\d)`, 'g'), (_, m = '', d = '', y = '') => ` ${monthOf(m)} ${String(Number(d))}, ${y} `],
  [new RegExp(String.raw`(?<![\d,])(\d{1,2})[ \t]${MONTH}[ \t](\d{4})(?!\d)`, 'g'), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${String(Number(d))}, ${y} `],
  // "जुलाई २०२५ मा Express Entry" (Express Entry in July 2025: a month's account), "जुलाई २०२५ मा" (in July 2025).
  [new RegExp(String.raw`${MONTH}[ \t](\d{4})[ \t]?मा[ \t](?:Express Entry|एक्सप्रेस[ \t]इन्ट्री)(?:[ \t]?मा)?(?![${D}])`, 'g'), (_, m = '', y = '') => ` Express Entry in ${monthOf(m)} ${y} `],
  [new RegExp(String.raw`${MONTH}[ \t](\d{4})[ \t]?मा(?![${D}])`, 'g'), (_, m = '', y = '') => ` in ${monthOf(m)} ${y} `],
  [new RegExp(String.raw`${MONTH}[ \t](\d{4})(?!\d)`, 'g'), (_, m = '', y = '') => ` ${monthOf(m)} ${y} `],
  // Not a figure with its unit after it: "जुन २ अंकले कम हो" is "which is 2 points lower", no June 2.
  [new RegExp(String.raw`${MONTH}[ \t](\d{1,2})(?![\d,])${NO_UNIT}`, 'g'), (_, m = '', d = '') => ` ${monthOf(m)} ${String(Number(d))} `],
  [new RegExp(String.raw`(?<![\d,])(\d{1,2})[ \t]${MONTH}`, 'g'), (_, d = '', m = '') => ` ${monthOf(m)} ${String(Number(d))} `],
  // A month alone (not "जुन", which, nor "मे", which only a figure makes June and May).
  [new RegExp(MONTH, 'g'), (all, m = '') => (/^(?:जुन|मे)/.test(m) ? all : ` ${monthOf(m)} `)],
  // "बुधबार (सेप्टेम्बर ७)" (on Wednesday, September 7); a dateline's weekday at a line's end stays bare.
  ...WEEKDAYS.map(([ne, en]): GlossRule => [new RegExp(`(?:${ne})(?=[ \\t]*(?:$|\\n))`, 'gm'), ` ${en} `]),
  ...WEEKDAYS.map(([ne, en]): GlossRule => [new RegExp(`${B}(?:${ne})(?:को|मा)?${E}`, 'g'), ` on ${en} `]),
  [/(on [A-Z][a-z]+day) {0,2}\( {0,2}([A-Z][a-z]+ \d{1,2}) {0,2}\)/g, '$1, $2,'],
];

/** The days of a Nepali page (its digits Western) as English writes them. */
export function glossNepaliDates(text: string): string {
  const anchor = pageYear(text);
  // A Bikram Sambat day is read only where a weekday after it ("२०८१ भदौ १२ गते बुधबार") or a Gregorian day on its line ("२०८१
  // फागुन २३ | 7 March 2025") agrees: a day converted by hand is easily a day off, and a wrong day is worse than none.
  const out = text.replace(BS_DAY, (all: string, ...m: unknown[]) => {
    const [y1 = '', m1 = '', d1 = '', d2 = '', m2 = '', y2 = '', w = ''] = m.slice(0, 7).map((x) => (typeof x === 'string' ? x : ''));
    const [at, whole] = m.slice(7) as [number, string];
    const english = glossBsDay(Number(y1 || y2), m1 || m2, d1 || d2, w);
    const beside = gregorianOnLine(whole.slice(whole.lastIndexOf('\n', at) + 1, (whole.indexOf('\n', at) + 1 || whole.length + 1) - 1).replace(all, ''));
    return (beside ? english.includes(beside) : w !== '') ? english : ' ';
  });
  return applyGloss(out, [
    [BS_MONTH_YEAR, ' '],
    // A numeric day of years 2070–2083 ("२०८२-०७-११" in a sheet) can only be Bikram Sambat, with no weekday to check it: no day
    // (nor a Gregorian year 2082).
    [/(?<![\d/.-])(20[78]\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d/.-]?\d)/g, (all, y = '') => (Number(y) < 2070 ? all : ' ')],
    // Without its year, a day of the page's year (the one before, if its month comes after the page's), with its weekday.
    [BS_YEARLESS, (_, m = '', d = '', w = '') => (anchor && w ? glossBsDay(anchor[0] - (bsMonthNumber(m) > anchor[1] ? 1 : 0), m, d, w) : ' ')],
    ...DATES,
  ]);
}
