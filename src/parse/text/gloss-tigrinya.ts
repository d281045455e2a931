import { ethiopianToGregorian } from './ethiopian-calendar.ts';
import { NUMERAL, numeralValue } from './gloss-amharic.ts';
import { GLOSS_COUNT, applyGloss, englishWeekday, finishGloss, glossDay, markEarlier, monthNamer, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Tigrinya draw news glossed into the English the reader knows (docs/parser.md, "Nepali and Tigrinya"). Tigrinya is written
 * in the Ge'ez script, as Amharic is: a page is Tigrinya by words Amharic does not write ("ናይ", "ኣብ", "እዩ", "ትማሊ", "ዙርያ",
 * "ዕድመ", "ነጥቢ", "ዝተሓተ", …). Its month names serve two calendars: Eritrean pages write Gregorian days with them, day first
 * ("25 ግንቦት 2023" is May 25, 2023); pages from Ethiopia write Ethiopian days, month first, their year "ዓ.ም." ("ነሓሰ ፮ ፳፻፲፩
 * ዓ.ም." is August 12, 2019, through `ethiopian-calendar.ts`). A day that could be either is left out. Read also: Ethiopic
 * numerals, weekdays, "ሎሚ" (today), "ትማሊ" (yesterday); rounds ("ቁጽሪ 249 ዙርያ", "፻፳፫ይ ዙርያ", "ዙርያ ቁ. 408"); counts ("4,800
 * ተወዳደርቲ", "3,000 ዕድመ", "1,000 ITA"); cut-offs ("ዝተሓተ ነጥቢ", lowest score); "ሕጊ ማዕረ ነጥቢ" (the tie-breaking rule); programs
 * and the words of a draw report. What the glossary does not know is dropped; a sentence that speaks of an earlier draw
 * ("ዝሓለፈ", past; "ናይ መወዳእታ", the last; "ሂቡ ነይሩ", had given) is context.
 */

const E = String.raw`\u1200-\u135f\u1380-\u139f\u2d80-\u2ddf`;
const LETTERS = new RegExp(`[${E}]`, 'g');
/** Not after a Ge'ez letter, a prefix allowed ("ን" for, "ብ" by, "ካብ" from, "ኣብ" in); no Ge'ez letter after. */
const START = `(?<![${E}])(?:ን|ብ|ካብ|ኣብ)?`;
const END = `(?![${E}])`;
const T = `[${E}]*`;

/** Words only Tigrinya writes (Amharic: "የ", "ነው", "ትናንት", "ዙር", "ግብዣ", "ነጥብ", "ዝቅተኛ"). */
const TIGRINYA_WORD = new RegExp(`(?<![${E}])(?:ናይ|ኣብ|ኣብዚ|ኣብቲ|እዩ|ኢዩ|ካብ|ድማ|ትማሊ|ሎሚ|ነይሩ|ነይራ|ጥራይ|ሰሙን|ተኻይዱ|ዝተኻየደ|ዝተሓተ|ብትግርኛ|ተወዳደርቲ|[ንብ]?ዙርያ${T}|[ንብ]?ዕድመ|[ንብ]?ነጥቢ|ዓዲሙ|ዓዲማ|ሂቡ|ዕጫ)${END}`, 'g');

/**
 * A Tigrinya page: three kinds of its words, in 40 letters of the script or, a short post ("… 4 ITA ጥራይ፣ ዝተሓተ CRS 368"), in 15
 * and more than a third of its Latin letters (an English page quoting a phrase has far more).
 */
export const isTigrinya = (text: string): boolean => {
  const letters = (text.match(LETTERS) ?? []).length;
  if (letters < 15 || (letters < 40 && letters * 3 < (text.match(/[A-Za-z]/g) ?? []).length)) return false;
  return new Set(text.match(TIGRINYA_WORD) ?? []).size >= 3;
};

/** The months as Tigrinya names them, in the Gregorian order Eritrean pages give them (January is "ጥሪ"). */
const MONTHS: MonthTable = [
  ['ጥሪ', 'January'],
  ['ለካቲት|የካቲት', 'February'],
  ['መጋቢት', 'March'],
  ['ሚያዝያ', 'April'],
  ['ግንቦት', 'May'],
  ['ሰነ|ሰኔ', 'June'],
  ['ሓምለ|ሓምሌ|ሐምሌ', 'July'],
  ['ነሓሰ|ነሓሴ|ነሐሴ', 'August'],
  ['መስከረም', 'September'],
  ['ጥቅምቲ|ጥቅምት', 'October'],
  ['ሕዳር|ሒዳር|ኅዳር', 'November'],
  ['ታሕሳስ|ታሕሳስ|ታኅሣሥ', 'December'],
];
const MONTH = `${START}(${MONTHS.map(([ti]) => ti).join('|')}|ጳጉሜን?)${END}`;
const monthIndex = (word: string): number => MONTHS.findIndex(([ti]) => new RegExp(`^(?:${ti})$`).test(word)) + 1;
/** The Ethiopian month of a name: Meskerem (September's name) is the first, Pagume the thirteenth. */
const ethiopianMonth = (word: string): number => (/^ጳጉሜ/.test(word) ? 13 : ((monthIndex(word) + 3) % 12) + 1);

const WEEKDAYS: MonthTable = [
  ['ሰኑይ', 'Monday'],
  ['ሰሉስ', 'Tuesday'],
  ['ረቡዕ|ሮቡዕ', 'Wednesday'],
  ['ሓሙስ|ኃሙስ', 'Thursday'],
  ['ዓርቢ', 'Friday'],
  ['ቀዳም', 'Saturday'],
  ['ሰንበት', 'Sunday'],
];
const WEEKDAY = `(${WEEKDAYS.map(([ti]) => ti).join('|')})`;
const weekdayOf = monthNamer(WEEKDAYS);

/** "ዓ.ም." (of the Ethiopian era) after a year. */
const ERA = String.raw`[ \t]?(?:ዓ\.?[ \t]?ም\.?|ዓ/ም)`;
/** A day: an optional weekday; day first ("25 ግንቦት 2023") or month first ("ነሓሰ 6 2011 ዓ.ም."); a year, and its era. */
const DAY = new RegExp(String.raw`(?:${WEEKDAY}[ \t]?,?[ \t])?(?:(?<![\d,/])(\d{1,2})[ \t]${MONTH}|${MONTH}[ \t](\d{1,2})(?![\d,]))(?:,?[ \t](\d{4})(?!\d)(${ERA})?)?`, 'g');

/** A Tigrinya day as English writes it, or a space where it is not sure (a calendar it cannot tell, a weekday that disagrees). */
function glossTigrinyaDay(ethiopianPage: boolean, weekday: string, day: string, month: string, year: string, era: string, dayFirst: boolean): string {
  let g: { year?: number; month: number; day: number } | null = null;
  // The Ethiopian era's day is written month first; a Gregorian day day first, or on a page that never writes the era.
  if (era && !dayFirst) g = ethiopianToGregorian(Number(year), ethiopianMonth(month), Number(day));
  else if (!era && !ethiopianPage && monthIndex(month) > 0) g = { ...(year ? { year: Number(year) } : {}), month: monthIndex(month), day: Number(day) };
  if (!g || g.day > 31) return ' ';
  const w = weekday ? weekdayOf(weekday) : '';
  if (w && g.year !== undefined && englishWeekday(g.year, g.month, g.day) !== w) return ' ';
  const english = glossDay(g.year === undefined ? undefined : String(g.year), String(g.month), String(g.day));
  return english ? ` ${w ? `${w}, ` : ''}${english} ` : ' ';
}

const NUM = GLOSS_COUNT;
const PERSON = `(?:ተወዳደርቲ|ሰባት|ሰብ|ሞያውያን|ኣመልከትቲ|ሓተትቲ)${T}`;
const INVITATION = `(?:ዕድመ|ዕድማ|ዕድምታት)${T}`;
const SCRIPT = script(E);
/** "ክልተ ዙርያ" (two draws). */
const NUMBER_WORDS: MonthTable = [
  ['ክልተ', 'two'],
  ['ሰለስተ', 'three'],
  ['ኣርባዕተ', 'four'],
  ['ሓሙሽተ', 'five'],
];
/** Provinces and other countries as Tigrinya spells them. */
const PLACES: MonthTable = [
  ['ኦንታርዮ|ኦንታሪዮ', 'Ontario'],
  ['ብሪቲሽ[ \\t]ኮሎምብያ|ብሪቲሽ[ \\t]ኮሎምቢያ', 'British Columbia'],
  ['ኣልበርታ|አልበርታ', 'Alberta'],
  ['ሳስካቸዋን|ሳስካችዋን', 'Saskatchewan'],
  ['ማኒቶባ', 'Manitoba'],
  ['ኖቫ[ \\t]ስኮሽያ|ኖቫ[ \\t]ስኮሺያ', 'Nova Scotia'],
  ['ኩቤክ|ከበክ', 'Quebec'],
  ['ኣውስትራልያ|ኣውስትራሊያ|አውስትራሊያ', 'Australia'],
  ['ኒው[ \\t]?ዚላንድ', 'New Zealand'],
  ['ብሪጣንያ|እንግሊዝ', 'the United Kingdom'],
];

/** Sentence marks: "።" full stop, "፣" comma, "፤" semicolon, "፦" and "፥" colons, "፧" question; "፡" a colon before a space. */
const PUNCTUATION: readonly GlossRule[] = [
  [/\u1362/g, '. '],
  [/\u1363/g, ', '],
  [/\u1364/g, '; '],
  [/[\u1365\u1366]/g, ': '],
  [/\u1367/g, '? '],
  [/\u1361(?=[ \t])/g, ':'],
  [/[\u1361\u1368]/g, ' '],
];

const RULES: readonly GlossRule[] = [
  [/;(?=\s?Previously,)/g, '.'],
  // A table's labels ("ዕለት | ዓይነት | ITA | ዝተሓተ CRS"); a guide ("እንታይ እዩ?", what is it?; "መምርሒ"; "ንኣብነት", for example).
  [new RegExp(`(?<![${E}])ዕለት(?=[ \\t]?[|:])`, 'g'), ' Date '],
  [new RegExp(`(?<![${E}])(?:ዓይነት|ፕሮግራም)(?=[ \\t]?[|:])`, 'g'), ' Program '],
  [/ዝተሓተ[ \t]CRS(?=[ \t]?\||[ \t]*$)/gm, ' Minimum CRS '],
  [new RegExp(`(?<![${E}])(?:ኤክስፕረስ[ \\t]ኢንትሪ|Express Entry)[ \\t](?:\\(Express Entry\\)[ \\t])?እንታይ[ \\t](?:እዩ|ኢዩ)${END}`, 'g'), ' What is Express Entry '],
  [new RegExp(`${START}(?:ምሉእ[ \\t])?መምርሒ${T}`, 'g'), ' guide '],
  [new RegExp(`(?<![${E}])(?:ን)?ኣብነት${T}`, 'g'), ' for example '],
  [new RegExp(`(?<![${E}])ብኸመይ${END}`, 'g'), ' how '],
  // A month's recap ("ወርሓዊ ጽማቕ", monthly summary), a forecast ("ትንቢት", "ግምት", estimate; "ክኸውን ይኽእል", may be).
  [new RegExp(`${START}ወርሓዊ${END}`, 'g'), ' monthly '],
  [new RegExp(`${START}(?:ጽማቕ|ጽማቝ|መጠቓለሊ)${T}`, 'g'), ' recap '],
  [new RegExp(`${START}(?:ትንቢት|ግምት|ትንበያ)${T}`, 'g'), ' forecast '],
  [new RegExp(`(?<![${E}])(?:ክኸውን|ክውሃብ|ክዕደሙ)[ \\t]ይኽእል(?:[ \\t](?:እዩ|ኢዩ))?${END}`, 'g'), ' may be '],
  [new RegExp(`(?<![${E}])(?:ይጽበ(?:ዩ|ይ)|ይጽበ)${T}`, 'g'), ' expected '],
  [new RegExp(`(?<![${E}])(?:ኣስታት|ኣብ[ \\t]ከባቢ)${END}`, 'g'), ' about '],
  // Days: "ሎሚ" (today), "ትማሊ" (yesterday), weekdays; "ኣብዚ ሰሙን" (this week), "ቀጻሊ ሰሙን" (next week).
  [new RegExp(`(?<![${E}])ሎሚ${END}`, 'g'), ' today '],
  [new RegExp(`(?<![${E}])ትማሊ${END}`, 'g'), ' yesterday '],
  [new RegExp(`(?<![${E}])ቅድሚ[ \\t]ትማሊ${END}`, 'g'), ' the day before yesterday '],
  ...WEEKDAYS.map(([ti, en]): GlossRule => [new RegExp(`${START}(?:${ti})${END}`, 'g'), ` ${en} `]),
  [new RegExp(`(?<![${E}])ኣብዚ[ \\t]ሰሙን${END}`, 'g'), ' this week '],
  [new RegExp(`${START}(?:ቀጻሊ|ዝመጽእ)[ \\t]ሰሙን${END}`, 'g'), ' next week '],
  // "ዙርያ ኤክስፕረስ ኢንትሪ ኣይተኻየደን" (no Express Entry draw was held); "ዝቕጽል ዙርያ" (the next draw); "ናይ መወዳእታ ዙርያታት" (the last draws).
  [new RegExp(`(?<![${E}])(?:ዙርያ|ዕጫ)[ \\t](?:ኤክስፕረስ[ \\t]ኢንትሪ[ \\t])?ኣይተኻየደን${END}`, 'g'), ' no Express Entry draw was held '],
  [new RegExp(`(?<![${E}])ዝቕጽል[ \\t](?:ዙርያ|ዕጫ)${END}`, 'g'), ' the next draw '],
  [new RegExp(`(?<![${E}])ይኽእል[ \\t]?(?:እዩ|ኢዩ)?${END}`, 'g'), ' may '],
  [new RegExp(`(?<![${E}])(?:ናይ[ \\t])?መወዳእታ[ \\t](?:ዙርያታት|ዙርያ)${T}`, 'g'), ' the last draws '],
  [new RegExp(`(?<![${E}])(?:ኣብቲ[ \\t])?ዝሓለፈ[ \\t](?:(CEC|PNP|FSW|FST)[ \\t])?(?:ዙርያ|ዕጫ)${T}`, 'g'), (_, p = '') => ` the previous ${p ? `${p} ` : ''}draw `],
  // Rounds: "ቁጽሪ 249 ዙርያ" (round number 249), "123ይ ዙርያ" (the 123rd round), "ዙርያ ቁ. 408".
  [new RegExp(String.raw`(?<![${E}])(?:ኣብ[ \t])?ቁጽሪ[ \t](\d{1,3})[ \t](?:ዙርያ|ዕጫ)${END}`, 'g'), ' draw #$1 '],
  [new RegExp(String.raw`(?<![\d,])(\d{1,3})ይ[ \t](?:ዙርያ|ዕጫ)${END}`, 'g'), ' draw #$1 '],
  [new RegExp(String.raw`(?<![${E}])(?:ዙርያ|ዕጫ)[ \t](?:ቁ\.?|ቁጽሪ)[ \t]?#?(\d{1,3})(?!\d)`, 'g'), ' draw #$1 '],
  ...NUMBER_WORDS.map(([ti, en]): GlossRule => [new RegExp(`(?<![${E}])${ti}[ \\t](?:ዙርያታት|ዙርያ|ዕጫ|draws?)(?![${E}A-Za-z])`, 'g'), ` ${en} draws `]),
  [new RegExp(`(?<![${E}])(?:ብ)?ሓደ[ \\t](?:ዙርያ|ዕጫ)${END}`, 'g'), ' a single draw '],
  [new RegExp(`(?<![${E}])ሓደ[ \\t]መዓልቲ${END}`, 'g'), ' one day '],
  [new RegExp(`${START}(?:ዙርያታት)${END}`, 'g'), ' draws '],
  [new RegExp(`${START}(?:ዙርያ|ዕጫ)${END}`, 'g'), ' draw '],
  [new RegExp(`${START}ኤክስፕረስ[ \\t]ኢንትሪ${END}`, 'g'), ' Express Entry '],
  [new RegExp(`${START}(?:ክፍሊ[ \\t])?ኢሚግሬሽን[ \\t]ካናዳ${END}`, 'g'), ' Immigration Canada '],
  [new RegExp(`${START}ሕጊ[ \\t]ማዕረ[ \\t]ነጥቢ${END}`, 'g'), ' tie-breaking rule '],
  // Counts and what happened to them: "4,800 ተወዳደርቲ ዕድመ ተቐቢሎም" (received invitations), "3,294 ዕድመ ተዋሂቡ" (were given), "4 ITA".
  [new RegExp(String.raw`${NUM}[ \t]${PERSON}[ \t](?:[^\s.]+[ \t]){0,3}?${INVITATION}[ \t](?:ተቐቢሎም|ረኺቦም|ተዋሂቦም)${END}`, 'g'), ' $1 candidates received invitations '],
  [new RegExp(String.raw`${NUM}[ \t]${PERSON}[ \t](?:ዓዲማ|ዓዲሙ|ዓዲሞም|ተዓዲሞም)${END}`, 'g'), ' invited $1 candidates '],
  [new RegExp(String.raw`${NUM}[ \t]${PERSON}`, 'g'), ' $1 candidates '],
  [new RegExp(String.raw`${NUM}[ \t]${INVITATION}(?:[ \t]\([^)\n]{0,40}\))?[ \t](?:ሂቡ|ሂባ|ሂቦም)(?![${E}]|[ \t]ነይ)`, 'g'), ' issued $1 invitations '],
  [new RegExp(String.raw`${NUM}[ \t]${INVITATION}(?:[ \t]\([^)\n]{0,40}\))?[ \t]ተዋሂቡ${END}`, 'g'), ' $1 invitations were issued '],
  [new RegExp(String.raw`${NUM}[ \t](?:${INVITATION}|ITAs?(?![A-Za-z]))`, 'g'), ' $1 invitations '],
  [new RegExp(String.raw`(?<![${E}])ጥራይ${END}`, 'g'), ' only '],
  [new RegExp(`${START}${INVITATION}`, 'g'), ' invitations '],
  [new RegExp(`(?<![${E}])(?:ዓዲማ|ዓዲሙ|ዓዲሞም)${END}`, 'g'), ' invited '],
  // Cut-offs: "ዝተሓተ ነጥቢ CRS 488 ነይሩ" (the lowest CRS score was 488), "ዝተሓተ CRS 533", "ብ691 ነጥቢ" (at 691 points).
  [new RegExp(`(?<![${E}])ዝተሓተ[ \\t](?:ነጥቢ[ \\t]?)?(?:CRS[ \\t]?)?(?=\\d|[ \\t]|$)`, 'gm'), ' minimum CRS score '],
  [new RegExp(String.raw`(?:ብ)?(?<![\d,])(\d{1,4})[ \t](?:ነጥቢ|ነጥብታት)${END}[ \t]?(?:ወሲኹ|ወሲኽ)${END}`, 'g'), ' rose by $1 points '],
  [new RegExp(String.raw`(?<![${E}])ካብ[ \t](\d{1,4})[ \t]ክሳብ[ \t](\d{1,4})(?!\d)`, 'g'), ' from $1 to $2 '],
  [new RegExp(String.raw`(?<![${E}])ክሳብ[ \t](?=\d)`, 'g'), ' up to '],
  [new RegExp(String.raw`(?:ብ)?(?<![\d,])(\d{1,3}(?:,\d{3})?|\d{1,4})[ \t](?:ነጥቢ|ነጥብታት)${END}`, 'g'), ' $1 points '],
  // Spans of time carry no count: "60 መዓልቲ" (60 days), "3 ዓመት" (years), "6 ኣዋርሕ" (months).
  [new RegExp(String.raw`(?<![\d,])(\d{1,3})[ \t](?:መዓልቲ|መዓልታት)${END}`, 'g'), ' $1 days '],
  [new RegExp(String.raw`(?<![\d,])(\d{1,3})[ \t](?:ዓመት|ዓመታት)${END}`, 'g'), ' $1 years '],
  [new RegExp(String.raw`(?<![\d,])(\d{1,3})[ \t](?:ኣዋርሕ|ወርሒ)${END}`, 'g'), ' $1 months '],
  [new RegExp(`${START}(?:CRS[ \\t])?ነጥቢ${T}`, 'g'), ' score '],
  [new RegExp(`(?<![${E}])(?:ነይሩ|ነይራ)${END}`, 'g'), ' was '],
  [new RegExp(`(?<![${E}])(?:ተኻይዱ|ተኻይዳ|ኣካይዱ|ኣካይዳ)${END}`, 'g'), ' was held '],
  // Programs and places.
  [new RegExp(`${START}(?:ንኹሎም|ኩሎም|ኹሉ)[ \\t]ፕሮግራማት${END}`, 'g'), ' all programs '],
  [new RegExp(`${START}(?:ሞያውያን|ሰራሕተኛታት)[ \\t]ኢድ${END}`, 'g'), ' trades '],
  [new RegExp(`${START}(?:ሰራሕተኛታት|ሞያውያን)[ \\t]ጥዕና${END}`, 'g'), ' healthcare workers '],
  [new RegExp(`${START}ፈረንሳይኛ[ \\t]ቋንቋ${END}`, 'g'), ' French-language '],
  [new RegExp(`${START}ክፍለ-?[ \\t]?ሃገር${T}`, 'g'), ' province '],
  ...PLACES.map(([ti, en]): GlossRule => [new RegExp(`${START}(?:${ti})${T}`, 'g'), ` ${en} `]),
  [new RegExp(`${START}ካናዳ${END}`, 'g'), ' Canada '],
  [new RegExp(`(?<![${E}])(?:ድማ|ከኣ)${END}`, 'g'), ' also '],
  [new RegExp(`(?<![${E}])እና${END}|(?<![${E}])ን(?=[ \\t.,:;]|$)`, 'gm'), ' and '],
  [new RegExp(`(?<![${E}])ሕጂ${END}`, 'g'), ' now '],
  // A prefix glued to a figure or a Latin word ("ንPNP", "ብ691", "ብWES"): the word alone.
  [new RegExp(`(?<![${E}])(?:ን|ብ|ካብ)(?=[A-Za-z0-9#])`, 'g'), ' '],
];

/** A sentence that speaks of an earlier draw: "ዝሓለፈ" (past), "መወዳእታ" (last), "ሂቡ ነይሩ" (had given), "ዝተኻየደ … ነይሩ" (held … was). */
const EARLIER = new RegExp(String.raw`ዝሓለፈ|መወዳእታ|(?:ሂቡ|ሂባ|ሂቦም|ዓዲሙ|ዓዲማ|ተዋሂቡ)[ \t]ነይ|^(?![^\n]*(?:ትማሊ|ሎሚ))[^\n]*ዝተኻየደ[^\n]*ነይ(?:ሩ|ራ)`);

/** A Tigrinya page glossed into English. */
export function glossTigrinya(text: string): string {
  let out = text.replace(NUMERAL, (n) => String(numeralValue(n)));
  // A page that writes the Ethiopian era is dated by that calendar: its days without the era could be either.
  const ethiopianPage = new RegExp(`\\d{4}${ERA}`).test(out);
  out = applyGloss(out, [
    [DAY, (_, weekday = '', d1 = '', m1 = '', m2 = '', d2 = '', year = '', era = '') => glossTigrinyaDay(ethiopianPage, weekday, d1 || d2, m1 || m2, year, era, d1 !== '')],
    // A month with only its year ("ጥቅምቲ 2025") is that Gregorian month, on a page that never writes the era; of the era ("ታሕሳስ
    // 2013 ዓ.ም.") it spans two, and is left out, as is a year of the era alone.
    [new RegExp(`${MONTH}[ \\t]?(\\d{4})(${ERA})?`, 'g'), (_, m = '', y = '', era = '') => (era || ethiopianPage || monthIndex(m) === 0 ? ' ' : ` ${MONTHS[monthIndex(m) - 1]?.[1] ?? ''} ${y} `)],
    [new RegExp(`(?<!\\d)\\d{4}${ERA}`, 'g'), ' '],
  ]);
  out = markEarlier(applyGloss(out, PUNCTUATION), EARLIER, /([.;\n])/);
  return finishGloss(out, RULES, SCRIPT).replace(/ ?\([\s!?,.:;]*\)/g, '');
}
