import { dayOrAsWritten, monthNamer, type GlossRule } from './gloss-rules.ts';
import { solarHijriToGregorian } from './solar-hijri.ts';

/**
 * Dari (the Persian of Afghanistan) before the Persian glossary (`gloss-persian-arabic.ts`, which then reads what Dari shares
 * with it; docs/parser.md, "Dari and Sindhi"): the Gregorian months as Afghans write them ("۶ فبروری ۲۰۲۶", "۲۴ می", "۸ جون
 * ۲۰۲۳"), the Afghan solar months with their year ("۲۵ حمل ۱۴۰۳"), year-first numeric days ("۲۰۲۴/۰۴/۱۲"), weekdays, rounds ("دور
 * ۲۹۳ را", "دور ۱۱۸ اکسپرس اینتری"), "نمره" (score), "صحی" (health), "داکتران" (physicians), "پیش از این" (before this) and a
 * forecast ("پیش‌بینی"). A page is Dari when it writes the Persian letters, no Urdu ones, and a Gregorian month the Afghan way
 * (Iran writes "فوریه", "ژوئن", "سپتامبر") or an Afghan solar month with its year.
 */

const P = String.raw`\u0600-\u06ff`;
const END = `(?![${P}])`;
const START = `(?<![${P}])`;

const MONTHS: readonly (readonly [string, string])[] = [
  ['جنوری', 'January'],
  ['فبروری|فیبروری', 'February'],
  ['مارچ', 'March'],
  ['اپریل|اپرېل', 'April'],
  ['می', 'May'],
  ['جون', 'June'],
  ['جولای', 'July'],
  ['اگست|آگست', 'August'],
  ['سپتمبر|سپتامبر', 'September'],
  ['اکتوبر', 'October'],
  ['نومبر', 'November'],
  ['دسمبر|دیسمبر', 'December'],
];
const MONTH = `(${MONTHS.map(([w]) => w).join('|')})${END}`;
const monthOf = monthNamer(MONTHS);
/** Afghan spellings Iran does not write: a sign of a Dari page. */
const AFGHAN_MONTH = new RegExp(`${START}(?:جنوری|فبروری|فیبروری|مارچ|اپریل|اگست|آگست|سپتمبر|اکتوبر|نومبر|دسمبر)${END}|(?:صحی|داکتران|داکتر|کابل|افغان|اینتری)|(?:حداقل|کمترین)\\s?نمره`);

/** "۸ جون ۲۰۲۳", "۲۹ می ۲۰۱۹": June and May as Afghans write them, with a day (Iran writes "ژوئن", "مه"). */
const AFGHAN_DAY = /\d\s(?:جون|می)\s\d{4}(?!\d)/;

/** The Afghan solar months, each the Solar Hijri month of its place. */
const SOLAR = ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت'];
const SOLAR_DAY = new RegExp(String.raw`(?<!\d)(\d{1,2})\s(${SOLAR.join('|')})${END}\s(1[34]\d\d)(?!\d)`, 'g');

/** Urdu's own letters (ٹ ڈ ڑ ں ے ہ): a page that writes them is Urdu. */
const URDU = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/;
/** Persian letters (پ چ ژ گ ک ی). */
const PERSIAN = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/;

export const isDari = (text: string): boolean => PERSIAN.test(text) && !URDU.test(text) && (AFGHAN_MONTH.test(text) || AFGHAN_DAY.test(text) || new RegExp(SOLAR_DAY.source).test(text));

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['دوشنبه', 'Monday'],
  ['سه\\s?شنبه', 'Tuesday'],
  ['چهارشنبه', 'Wednesday'],
  ['پنجشنبه|پنج\\sشنبه', 'Thursday'],
  ['جمعه', 'Friday'],
  ['یکشنبه|یک\\sشنبه', 'Sunday'],
  ['شنبه', 'Saturday'],
];

/** Words after a round's number: "for", "in", "which" ("اکسپرس" is left to the next rules). */
const LINKS: Readonly<Record<string, string>> = { برای: 'for', در: 'in', که: 'which', به: 'to', با: 'with' };

export const DARI: readonly GlossRule[] = [
  // Days: "۲۵ حمل ۱۴۰۳" (with its year only), "۶ فبروری ۲۰۲۶", "۲۴ می" (not "می" as a verb's prefix: only after a day).
  [
    SOLAR_DAY,
    (_, d = '', m = '', y = '') => {
      const g = solarHijriToGregorian(Number(y), SOLAR.indexOf(m) + 1, Number(d));
      return g ? ` ${dayOrAsWritten(String(g.year), String(g.month), String(g.day))} ` : ' ';
    },
  ],
  [new RegExp(String.raw`(?<!\d)(\d{1,2})\s${MONTH}(?:\s(\d{4}))?`, 'g'), (_, d = '', m = '', y) => ` ${monthOf(m)} ${d}${y ? `, ${y}` : ''} `],
  [/(?<![\d/.-])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/.-])/g, (all, y = '', m = '', d = '') => (Number(m) <= 12 && Number(d) <= 31 ? ` ${dayOrAsWritten(y, m, d)} ` : all)],
  [/،?\sساعت\s(?=\d{1,2}:\d\d)/g, ' at '],
  // A time told in Kabul's ("به وقت کابل", "به وقت افغانستان"; UTC+4:30), not UTC.
  [/(?:به\s)?وقت\s(?:کابل|افغانستان)/g, ' UTC+4:30 '],
  ...WEEKDAYS.map(([w, en]): GlossRule => [new RegExp(`${START}(?:روز\\s)?(?:${w})${END}`, 'g'), ` ${en} `]),
  [/نشر\sشده|منتشر\sشده|تاریخ\sنشر/g, ' Published '],
  [/نویسنده(?=\s?:)/g, ' By '],
  // Rounds: "دور ۲۹۳ را" (round 293), "دور ۱۱۸ اکسپرس" (round 118 of Express Entry).
  // The word after the number is glossed with it, or the number would read as glued to an unknown word.
  [/(?:دور|دوره)\s(\d{2,3})\s(?:را\s)?(اکسپرس|برای|در|که|به|با)(?=\s)/g, (_, n = '', w = '') => ` draw #${n} ${LINKS[w] ?? w} `],
  // A card's "دور ۴۲۱ – داکتران" (round 421, then its program), after an emoji as well as at a line's start.
  [/(?:دور|دوره)\s(\d{2,3})\s?(?=[–-])/g, ' draw #$1 '],
  // "دور بعدی … چه وقت" (when is the next round): a question, not a round.
  [/(?:دور|دوره)\s(?:بعدی|آینده)/g, ' the next draw '],
  [/چه\s(?:وقت|زمانی)/g, ' when '],
  // A year's review ("مرور سال ۲۰۲۵", "خلاصه سال"): past rounds, none announced.
  [/(?:مرور|خلاصه)\s(?:سال|سالانه)/g, ' year in review '],
  // A month's recap ("خلاصه دورهای … ماه جولای", a summary of July's rounds).
  [/(?:خلاصه|مرور)(?=[^\n.]{0,60}ماه)/g, ' monthly recap '],
  // "در حالی که در دور قبلی …" (while in the previous round …): the earlier round's figures.
  [/در\s?حالی\s?که(?:\sدر)?/g, ' while in '],
  // "تا ۸۵۰۰ دعوت‌نامه" (up to 8,500 invitations): a bound, not the count.
  [/(?<![\u0600-\u06ff])تا\s(?=\d[\d,]*\s(?:دعوت|نفر|متقاضی))/g, ' up to '],
  [/پیش\s?بینی/g, ' forecast '],
  [/پیش\sاز\sاین|قبل\sاز\sاین/g, ' Previously, '],
  [/دعوت\s?نامه(?:\s?ها)?(?=\s?:)/g, ' invitations '],
  // "با حداقل نمره ۷۶۸ دعوت‌نامه فرستاد" (sent invitations with a minimum score of 768): the score is no count of invitations.
  [/(?:حداقل|کمترین)\s(?:نمره|نمرات)(?:\sاین\sدور)?\s(\d{2,4})(?![\d,])/g, ' minimum CRS score of $1, '],
  [/(?:حداقل|کمترین)\s(?:نمره|نمرات)/g, ' minimum CRS score '],
  [/(?:با\s)?نمره\s(\d{2,4})/g, ' with a score of $1 '],
  [/(\d{2,4})\sنمره/g, ' $1 points '],
  [/(?:مشاغل|کارکنان|دور\sمشاغل)\sصحی(?:\sو\sخدمات\sاجتماعی)?|صحی/g, ' healthcare '],
  [/داکتران|داکتر/g, ' physicians '],
  [/فرستاد|ارسال\sکرد/g, ' sent invitations '],
  [/دعوت\sشده\sبودند|دعوت\sشدند|دعوت\sشد/g, ' were invited '],
  [/برگزار\s(?:کرد|شد|گردید)/g, ' held '],
  [/صادر\s(?:کرد|شد|گردید)/g, ' issued '],
  // A dateline's "گزارش در ۹ جون" (reported on June 9) tells when the report was written, not the round's day.
  [/گزارش\sدر/g, ' Published '],
  [/اکسپرس\s*اینتری/g, ' Express Entry '],
];

/** Dari writes a zero-width non-joiner inside words ("دعوت‌نامه") and a hamza over "ه" ("نمرهٔ"): read as Persian spells them. */
export const dariSpelling = (text: string): string =>
  text
    .replace(/\u200c/g, ' ')
    .replace(/\u06c0/g, 'ه')
    .replace(/\u0654/g, '');
