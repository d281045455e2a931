import { ethiopianMonthDay, ethiopianToGregorian } from './ethiopian-calendar.ts';
import { matchesOf } from './matches.ts';
import { GLOSS_COUNT, applyGloss, englishWeekday, finishGloss, glossDay, markEarlier, monthNamer, mostlyScript, script, type GlossRule } from './gloss-rules.ts';

/**
 * Amharic draw news glossed into the English the reader knows, as `gloss-tamil.ts` does for Tamil (docs/parser.md, "Amharic"):
 * Ethiopian-calendar days ("ረቡዕ መጋቢት 4 ቀን 2016 ዓ.ም" → "Wednesday, March 13, 2024"; a day without its year only where the
 * Gregorian day is the same every year, or from the page's own dated day), Ethiopic numerals ("፵፯" → 47), counts with their noun
 * ("975 ሰዎች" → "975 candidates", "264 ግብዣዎች ተልከዋል" → "264 invitations were sent"), cut-offs ("ዝቅተኛው የCRS ነጥብ" → "minimum
 * CRS score", "የመቁረጫ ነጥቡ"), rounds ("399ኛው ዙር" → "draw #399"), programs and the words of a draw report. What the glossary does
 * not know is dropped; a sentence that speaks of an earlier draw ("ቀደመው", previous; "ባለፈው", last; "ሲነጻጸር", compared) is context.
 */

const E = String.raw`\u1200-\u135f\u1380-\u139f\u2d80-\u2ddf`;
const LETTERS = new RegExp(`[${E}]`, 'g');
/** Tigrinya, written in the same letters, spells "a" with ኣ where Amharic writes አ. */
const TIGRINYA_A = /\u12a3/g;

/** Enough Ethiopic that it is the page's language, not a name (and Amharic, not Tigrinya). */
export const isAmharic = (text: string): boolean => mostlyScript(text, LETTERS) && (text.match(TIGRINYA_A) ?? []).length * 4 <= (text.match(/\u12a0/g) ?? []).length + 2;

/** Not after another Ethiopic letter, a prefix ("የ" of, "በ" in, "ከ" from, "ለ" for, "እስከ" until) allowed. */
const START = `(?<![${E}])(?:እስከ|የ|በ|ከ|ለ)?`;
/** A word's end: no Ethiopic letter follows (suffixes are spelled out where they are read). */
const END = `(?![${E}])`;

/** The Ethiopian months, Meskerem to Pagume, with their common spellings. */
const MONTHS = ['መስከረም', 'ጥቅምት', '[ኅህሕ]ዳር', 'ታ[ኅህሕ][ሣሳ][ሥስ]', 'ጥር', 'የካቲት', 'መጋቢት', 'ሚያ[ዝዚ]ያ?', 'ግንቦት', 'ሰኔ', '[ሐሃሀ]ምሌ', 'ነ[ሐሃሀ][ሴሤ]', 'ጳጉሜ[ንን]?'];
const MONTH = `(${MONTHS.join('|')})`;
const monthNumber = (word: string): number => MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`).test(word)) + 1;

/** Weekdays, Monday first ("ማክሰኞ" before "ሰኞ", which ends it). */
const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['ማክሰኞ', 'Tuesday'],
  ['ሰኞ', 'Monday'],
  ['ረቡዕ', 'Wednesday'],
  ['[ሐሀሃ]ሙስ', 'Thursday'],
  ['[ዓአ]ርብ', 'Friday'],
  ['ቅዳሜ', 'Saturday'],
  ['እ[ሑሁ]ድ', 'Sunday'],
];
const WEEKDAY = `(${WEEKDAYS.map(([am]) => am).join('|')})`;
const weekdayOf = monthNamer(WEEKDAYS);

/** "ዓ.ም" (of the Ethiopian era) after a year. */
const ERA = String.raw`\s?(?:ዓ\.?\s?ም\.?|ዓ/ም)`;
/** A day: an optional weekday, the month, the day ("ቀን", day), a year of the era ("/2013", "2016 ዓ.ም"), or a year without it. */
const DAY = new RegExp(String.raw`(?:${WEEKDAY}\s?,?\s)?${START}${MONTH}\s?(\d{1,2})(?!\d)(?:\s?ቀን)?(?:\s?[/,]?\s?(\d{4})(${ERA})?)?(?![\d/])`, 'g');

/** Ethiopic numerals ("፵፯" 47, "፳፻፲፮" 2016): ones and tens added, "፻" a hundred and "፼" ten thousand times what comes before. */
export const NUMERAL = /[\u1369-\u137c]+/g;
export function numeralValue(s: string): number {
  const at = (mark: string, unit: number): number | null => {
    const i = s.lastIndexOf(mark);
    return i < 0 ? null : (i === 0 ? 1 : numeralValue(s.slice(0, i))) * unit + numeralValue(s.slice(i + 1));
  };
  return at('\u137c', 10_000) ?? at('\u137b', 100) ?? [...s].reduce((n, c) => n + (c < '\u1372' ? c.charCodeAt(0) - 0x1368 : (c.charCodeAt(0) - 0x1371) * 10), 0);
}

/** The Ethiopian year of the page's latest day written with its year (its dateline, most often), with that day. */
function pageDay(text: string): readonly [number, number, number] | null {
  let best: [number, number, number] | null = null;
  for (const m of matchesOf(DAY, text)) {
    const [, , month = '', day = '', year = '', era = ''] = m;
    if (!era) continue;
    const d: [number, number, number] = [Number(year), monthNumber(month), Number(day)];
    if (!best || d[0] * 1000 + d[1] * 40 + d[2] > best[0] * 1000 + best[1] * 40 + best[2]) best = d;
  }
  return best;
}

/** An Ethiopian day as English writes it, or a space where it is not sure (a year not of the era, a weekday that disagrees). */
function glossEthiopianDay(anchor: readonly [number, number, number] | null, weekday: string, month: string, day: string, year: string, era: string): string {
  const m = monthNumber(month);
  const d = Number(day);
  let g: { year?: number; month: number; day: number } | null = null;
  if (year && era) g = ethiopianToGregorian(Number(year), m, d);
  else if (!year) {
    // Without its year: a day of the page's year (the one before, if it falls after the page's day).
    const y = anchor ? anchor[0] - (m * 40 + d > anchor[1] * 40 + anchor[2] ? 1 : 0) : null;
    g = y ? ethiopianToGregorian(y, m, d) : ethiopianMonthDay(m, d);
  }
  if (!g) return ' ';
  if (weekday && g.year !== undefined && englishWeekday(g.year, g.month, g.day) !== weekdayOf(weekday)) return ' ';
  const english = glossDay(g.year === undefined ? undefined : String(g.year), String(g.month), String(g.day)) ?? '';
  return ` ${weekday ? `${weekdayOf(weekday)}, ` : ''}${english} `;
}

/** A numeric day of the era, day first ("21/09/2011 ዓ.ም"): read only where the first number can only be the day. */
const NUMERIC_DAY = new RegExp(String.raw`(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})${ERA}`, 'g');

/** Gregorian months as Amharic spells them ("ጁን 12, 2019", "12 ጁን 2019"). */
const GREGORIAN_MONTHS: readonly (readonly [string, string])[] = [
  ['ጃን[ዋዩ]ዋ?ሪ', 'January'],
  ['ፌብ[ሩሯ]ዋ?ሪ', 'February'],
  ['ማርች', 'March'],
  ['ኤፕሪል', 'April'],
  ['ሜይ', 'May'],
  ['ጁን', 'June'],
  ['ጁላይ', 'July'],
  ['ኦ[ገጋ]ስት', 'August'],
  ['[ሴሰ]ፕ[ቴተ]ምበር', 'September'],
  ['ኦክ[ቶተ]በር', 'October'],
  ['ኖ[ቬቨ]ምበር', 'November'],
  ['ዲሴምበር', 'December'],
];
const GREGORIAN: readonly GlossRule[] = GREGORIAN_MONTHS.flatMap(([am, en]): GlossRule[] => [
  [new RegExp(`${START}${am}\\s(\\d{1,2})(?!\\d)(?:,?\\s(\\d{4}))?`, 'g'), (_, d = '', y = '') => ` ${en} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [new RegExp(`(?<![\\d,])(\\d{1,2})\\s${am}(?:,?\\s(\\d{4}))?${END}`, 'g'), (_, d = '', y = '') => ` ${en} ${String(Number(d))}${y ? `, ${y}` : ''} `],
]);

/** "ሦስት ዙሮች" (three rounds). */
const DRAW_COUNTS: Readonly<Record<string, string>> = { ሁለት: 'two', ሁለቱ: 'two', ሦስት: 'three', ሶስት: 'three', አራት: 'four', አምስት: 'five' };
/** Provinces and other countries as Amharic spells them. */
const PLACES: readonly (readonly [string, string])[] = [
  ['ኦንታሪዮ|ኦንታርዮ', 'Ontario'],
  ['ብሪ[ቲት]ሽ\\sኮሎምቢያ', 'British Columbia'],
  ['አልበርታ', 'Alberta'],
  ['ሳስካ[ቸች]ዋን', 'Saskatchewan'],
  ['ማኒቶባ', 'Manitoba'],
  ['ኖቫ\\sስኮ[ሺሽ]ያ', 'Nova Scotia'],
  ['ኒው\\sብ[ረሩ]ንስዊክ', 'New Brunswick'],
  ['ኩቤክ|ኬቤክ', 'Quebec'],
  ['አውስትራሊያ', 'Australia'],
  ['ኒው\\s?ዚላንድ', 'New Zealand'],
];
const NUM = GLOSS_COUNT;
const SCRIPT = script(E);
/** A word's Ethiopic tail (its suffixes). */
const T = `[${E}]*`;

/** Sentence marks: "።" full stop, "፣" comma, "፤" semicolon, "፦" and "፥" colons, "፧" question, "፡" a word's end. */
const PUNCTUATION: readonly GlossRule[] = [
  [/\u1362/g, '. '],
  [/\u1363/g, ', '],
  [/\u1364/g, '; '],
  [/[\u1365\u1366]/g, ': '],
  [/\u1367/g, '? '],
  [/[\u1361\u1368]/g, ' '],
];

const RULES: readonly GlossRule[] = [
  // A month's recap ("የሰኔ ወር የኤክስፕረስ ኢንትሪ ማጠቃለያ", June's Express Entry summary; "ወርሃዊ ማጠቃለያ", monthly summary) tells no news.
  [new RegExp(`${START}(?:${MONTH}\\sወር${T}|ወርሃዊ)\\s(?:የ?ኤክስፕረስ\\sኢንትሪ\\s)?ማጠቃለያ${T}`, 'g'), ' monthly Express Entry recap '],
  [new RegExp(`${START}ማጠቃለያ${T}`, 'g'), ' recap '],
  // A month with only its year ("ታኅሣሥ 2013 ዓ.ም", "የሐምሌ 2024") spans two Gregorian months; a year of the era alone is no day.
  [new RegExp(`${START}${MONTH}(?:\\s?ወር${T})?\\s?\\d{4}(?:${ERA})?`, 'g'), ' '],
  [new RegExp(`(?<!\\d)\\d{4}${ERA}`, 'g'), ' '],
  [new RegExp(`${START}ዛሬው\\sፕሮግራ[ምማሙ]${T}`, 'g'), ' '],
  [new RegExp(`${START}ዛሬው${END}`, 'g'), " today's "],
  [new RegExp(`${START}ዛሬ${END}`, 'g'), ' today '],
  ...WEEKDAYS.map(([am, en]): GlossRule => [new RegExp(`${START}${am}${END}`, 'g'), ` ${en} `]),
  // "ከትናንት በስቲያ" (the day before yesterday) is no yesterday (not "two days ago", which the reader dates to a "Breaking news" page's own day); "ትላንት" is yesterday as well.
  [new RegExp(`${START}(?:ትናንት|ትላንት)(?:ና)?\\s?በስቲያ${END}`, 'g'), ' the day before yesterday '],
  [/(?:ትናንት|ትላንት)(?:ና)?(?![\u1200-\u135f])/g, ' yesterday '],
  [/ሰበር(?:\sዜና)?/g, ' Breaking news '],
  [/ለምሳሌ/g, ' For example, '],
  // Rounds: "399ኛው ዙር" (the 399th round), "ዙር፦ #289", "ሁለት ዙሮች" (two rounds).
  [new RegExp(`(?<![\\d,])(\\d{1,3})ኛ${T}\\s(?:የ?ኤክስፕረስ\\sኢንትሪ\\s)?(?:ዙር|ዕጣ|እጣ)${T}`, 'g'), ' draw #$1 '],
  [new RegExp(`(?:በ|ከ)?(ሁለት|ሁለቱ|ሦስት|ሶስት|አራት|አምስት)\\s(?:ዙሮች|ዕጣዎች|እጣዎች)${T}`, 'g'), (_, n = '') => ` ${DRAW_COUNTS[n] ?? 'two'} draws `],
  [new RegExp(`${START}(?:ዙሮች|ዕጣዎች|እጣዎች)${T}`, 'g'), ' draws '],
  [new RegExp(`${START}(?:አጠቃላይ|ሁሉንም\\sፕሮግራሞች\\sያካተተ)\\s(?:ዙር|ዕጣ|እጣ)${T}`, 'g'), ' general draw '],
  [new RegExp(`${START}(?:ዙር|ዕጣ|እጣ)${T}`, 'g'), ' draw '],
  [new RegExp(`${START}አንድ\\s(?:ዙር|ዕጣ|እጣ)${END}`, 'g'), ' a single draw '],
  [new RegExp(`${START}ኤክስፕረስ\\sኢንትሪ${END}`, 'g'), ' Express Entry '],
  [new RegExp(`${START}ካናዳ\\sኢሚግሬሽን፣?\\sስደተኞችና\\sዜግነት\\sሚኒስቴር`, 'g'), ' IRCC '],
  // The tie-break: "የእኩል ውጤት መለያ ደንብ" (the rule that parts equal scores).
  [new RegExp(`${START}እኩል\\s(?:ውጤ[ትቱ]|ነጥ[ብቡቧ])\\sመለያ\\sደን[ብቡ]${T}`, 'g'), ' tie-breaking rule '],
  // "የTie-breaking ቀናት፦ X እና Y" (the tie-breaking days: X and Y): one for each round, in the order the page told them.
  [new RegExp(`${START}(?:Tie-?breaking|tie-breaking\\srule)\\sቀና(?:ት|ቶች)\\s?:\\s?([^\\n]{10,40}?UTC)\\sእና\\s([^\\n]{10,40}?UTC)`, 'gi'), ' Tie-breaking dates: $1 and $2, respectively '],
  // Counts: "975 ሰዎች" (people), "4,000 አመልካቾች" (applicants), "264 ግብዣዎች" (invitations).
  [new RegExp(`${NUM}\\s(?:ሰዎች|ሰው|አመልካቾች|አመልካች|ዕጩዎች|እጩዎች)${T}`, 'g'), ' $1 candidates '],
  // "27,332 (ሃያ ሰባት ሺህ …) የCEC አመልካቾችን" (27,332, in words too, CEC applicants).
  [new RegExp(`${NUM}(?:\\s\\([${E}\\s!]*\\))?\\s(?:የ(CEC|PNP|FSW|FST)\\s)?(?:አመልካቾች|ዕጩዎች|እጩዎች)${T}`, 'g'), (_, n = '', p = '') => ` ${n} ${p ? `${p} ` : ''}candidates `],
  [new RegExp(`${NUM}\\s(?:የግብዣ\\sደብዳቤዎች|ግብዣዎች|ግብዣ)${T}`, 'g'), ' $1 invitations '],
  [new RegExp(`${START}(?:ግብዣዎች|ግብዣ)${T}`, 'g'), ' invitations '],
  [new RegExp(`${START}(?:ተጋብዘዋል|ተጋብዟል)`, 'g'), ' were invited '],
  [new RegExp(`${START}(?:የተጋበዙ${T}|ተጋበዙ)`, 'g'), ' invited '],
  [new RegExp(`(?:ተልከዋል|ተልኳል|ልኳል|ልካለች)`, 'g'), ' were sent '],
  [new RegExp(`(?:ጋበዘች|ጋብዟል|ጋብዛለች|ጋበዘ)${END}`, 'g'), ' invited '],
  // Cut-offs: "ዝቅተኛው የCRS ነጥብ" (the lowest CRS score), "ዝቅተኛው ውጤት", "የመቁረጫ ነጥቡ" (the cut-off score), "600 ነጥብ".
  [new RegExp(`${START}ዝቅተኛ${T}\\s(?:የ?CRS\\s)?(?:ነጥ[ብቡቧ]|ውጤት)${T}|${START}ዝቅተኛ${T}(?=\\sCRS)`, 'g'), ' minimum CRS score '],
  [new RegExp(`${START}(?:CEC\\s)?መቁረጫ\\sነጥ[ብቡቧ]${T}`, 'g'), ' cut-off score '],
  [new RegExp(`(?:በ)?(\\d{1,4})\\sነጥ[ብቡቧ]${T}`, 'g'), ' $1 points '],
  [new RegExp(`${START}(?:CRS\\s)?ነጥ[ብቡቧ]${T}`, 'g'), ' score '],
  [new RegExp(`${NUM}\\sቀና${T}`, 'g'), ' $1 days '],
  [new RegExp(`${NUM}\\sወራ${T}`, 'g'), ' $1 months '],
  [new RegExp(`${START}ቀናት${END}`, 'g'), ' dates '],
  [new RegExp(`(?<![${E}])እና${END}`, 'g'), ' and '],
  [new RegExp(`(?<![${E}])ካናዳ${END}`, 'g'), ' Canada '],
  // A province's own round or another country's is no Express Entry round: their names kept ("የኦንታሪዮ መንግሥት", Ontario's government).
  ...PLACES.map(([am, en]): GlossRule => [new RegExp(`${START}(?:${am})${T}`, 'g'), ` ${en} `]),
  [new RegExp(`${START}መንግ[ሥስ]ት${T}`, 'g'), ' government '],
  // Programs.
  [new RegExp(`${START}ካናዳ\\sየሥራ\\sልምድ\\sክፍል${T}`, 'g'), ' Canadian Experience Class '],
  [new RegExp(`${START}ክፍለ\\sግዛት\\s(?:ዕጩዎች|እጩዎች|ሹመት)${T}`, 'g'), ' Provincial Nominee Program '],
  [new RegExp(`${START}ክፍለ\\sግዛት${T}`, 'g'), ' province '],
  [new RegExp(`${START}ጤና\\s(?:ሙያዎች|ባለሙያዎች)${T}`, 'g'), ' healthcare occupations '],
  [new RegExp(`${START}ትራንስፖርት\\sሙያዎች${T}`, 'g'), ' transport occupations '],
  [new RegExp(`${START}ፈረንሳይኛ\\sቋንቋ${END}`, 'g'), ' French-language '],
  [new RegExp(`${START}(?:ሁሉንም|ሁሉም)\\sፕሮግራሞች${T}`, 'g'), ' all programs '],
  [new RegExp(`${START}(?:የሚጠበቅ|ይጠበቃል|ተብሎ\\sይጠበቃል)`, 'g'), ' expected '],
  // A prefix glued to a figure or a Latin word ("የCRS", "በ60", "ለCEC"): the word alone.
  [new RegExp(`(?<![${E}])(?:እስከ|የ|በ|ለ|ከ)(?=[A-Za-z0-9#])`, 'g'), ' '],
  // Empty brackets left by words dropped ("27,332 (ሃያ ሰባት ሺህ …)").
];

/** A sentence that speaks of an earlier draw ("ቀደመው" previous, "ባለፈው"/"ያለፈው" last, "ሲነጻጸር" compared, "ከተካሄደው" than the one held). */
const EARLIER = /ቀደመው|ቀዳሚው|ባለፈው|ያለፈው|ሲነጻጸር|ሲነፃፀር|ከተካሄደው|ከተካሄዱት/;

/** An Amharic page glossed into English. */
export function glossAmharic(text: string): string {
  let out = text.replace(NUMERAL, (n) => String(numeralValue(n)));
  // A page that writes Gregorian years ("እ.ኤ.አ", of the Common Era) may name Gregorian months by the Ethiopian words: a day without its year is then not sure.
  const anchor = pageDay(out);
  const yearless = anchor !== null || !/እ\.?\s?ኤ\.?\s?አ/.test(out);
  out = applyGloss(out, [
    [
      NUMERIC_DAY,
      (_, d = '', m = '', y = '') => {
        const g = Number(d) > 12 ? ethiopianToGregorian(Number(y), Number(m), Number(d)) : null;
        return g ? ` ${glossDay(String(g.year), String(g.month), String(g.day)) ?? ''} ` : ' ';
      },
    ],
    ...GREGORIAN,
    [DAY, (_, weekday = '', month = '', day = '', year = '', era = '') => (year || yearless ? glossEthiopianDay(anchor, weekday, month, day, year, era) : ' ')],
  ]);
  out = markEarlier(applyGloss(out, PUNCTUATION), EARLIER, /([.\n])/);
  // "before" after its day ("ከሰኔ 17 ቀን 2017 ዓ.ም በፊት", before June 24, 2025); a word glossed beside its English ("(Canadian Experience Class)") once.
  out = out.replace(new RegExp(`([A-Z][a-z]+ \\d{1,2}, \\d{4})[ \\t]*በፊት${END}`, 'g'), ' before $1 ');
  return finishGloss(out, RULES, SCRIPT)
    .replace(/ ?\([\s!?,.:;]*\)/g, '')
    .replace(/\b([A-Za-z][\w-]*(?: [\w-]+){0,3}) \((\1)\)/gi, '$1');
}
