import { applyGloss, dayOrAsWritten, grouped, monthNamer, type GlossRule, type MonthTable } from './gloss-rules.ts';
import { solarHijriToGregorian } from './solar-hijri.ts';
import { ARABIC_SCRIPT_RUN, arabicScriptNumerals, withoutArabicScript } from './arabic-script.ts';

/**
 * Pashto draw news glossed into the English the reader knows, as `gloss-persian-arabic.ts` does for Persian (docs/parser.md,
 * "Pashto and Kurdish"): Eastern digits, day-first dates in the Gregorian months as Afghans write them ("۸ جولای ۲۰۲۴", "د جنورۍ
 * په ۱۸مه", "د ۲۰۱۷ کال د مې ۲۶مه") and in the Afghan solar calendar ("۱۴ سلواغه ۱۴۰۱"), ordinals ("۲۳۹مه قرعه", the 239th
 * draw), counts with their noun ("۸۹۳ کسانو ته … بلنه ورکړل شوه", 893 were invited), the lowest score ("ټیټه نمره ۷۳۳ وه"),
 * programs and the words of a draw report. What the glossary does not know is dropped, so a sentence it cannot place gives no
 * fact. A page is Pashto by its own letters (ټ ډ ړ ږ ښ ګ ڼ ې ۍ ځ څ), which Persian, Arabic and Urdu do not write.
 */

/** Letters only Pashto writes among the languages the reader glosses in this script (Urdu's retroflexes are other letters). */
const PASHTO_LETTERS = /[\u067c\u0681\u0685\u0689\u0693\u0696\u069a\u06ab\u06bc\u06cd\u06d0]/g;
/** Kurdish (Sorani) letters: a page that writes them is Kurdish, not Pashto. */
const SORANI_LETTERS = /[\u06d5\u06ce\u06c6\u0695\u06b5]/g;

/** Pashto: 6 of its own letters in at least eight words of the script, and more of them than Kurdish letters. */
export const isPashto = (text: string): boolean => {
  const own = (text.match(PASHTO_LETTERS) ?? []).length;
  return own >= 6 && (text.match(ARABIC_SCRIPT_RUN) ?? []).length >= 8 && own > 2 * (text.match(SORANI_LETTERS) ?? []).length;
};

/** Pashto letters (the class body), for "a word goes on". */
const P = String.raw`\u0600-\u06ff`;
/** The end of a word: no letter of the script follows. */
const END = `(?![${P}])`;

const MONTHS: MonthTable = [
  ['جنور', 'January'],
  ['فبرور|فیبرور', 'February'],
  ['مارچ', 'March'],
  ['اپر[یې]ل|اپریل', 'April'],
  ['م[ۍې]$|مۍ|مې|می', 'May'],
  ['جون', 'June'],
  ['جولا[یي]', 'July'],
  ['اګست|اگست|اګسټ', 'August'],
  ['سپتمبر|سېپتمبر|سپټمبر', 'September'],
  ['اکتوبر|اکټوبر', 'October'],
  ['نومبر|نوامبر', 'November'],
  ['ډسمبر|دسمبر|دیسمبر', 'December'],
];
const MONTH = `(جنور[يیۍې]|فی?برور[يیۍې]|مارچ|اپر[یې]ل|م[ۍې]|جون|جولا[یي]|اګست|اگست|سپتمبر|سېپتمبر|اکتوبر|نومبر|ډسمبر|دسمبر)${END}`;
const monthOf = monthNamer(MONTHS);

/** The Afghan solar months in Pashto and in Dari, each the Solar Hijri month of its place (the calendar Iran uses too). */
const SOLAR: readonly (readonly [string, number])[] = [
  ['وری|حمل', 1],
  ['غویی|ثور', 2],
  ['غبرګولی|جوزا', 3],
  ['چنګاښ|سرطان', 4],
  ['زمری|اسد', 5],
  ['وږی|سنبله', 6],
  ['تله|میزان', 7],
  ['لړم|عقرب', 8],
  ['لیندۍ|قوس', 9],
  ['مرغومی|جدی', 10],
  ['سلواغه|دلو', 11],
  ['کب|حوت', 12],
];
const SOLAR_MONTH = `(${SOLAR.map(([w]) => w).join('|')})${END}`;
const solarDay = (d: string, month: string, year: string): string => {
  const m = SOLAR.find(([w]) => new RegExp(`^(?:${w})$`).test(month))?.[1] ?? 0;
  const g = solarHijriToGregorian(Number(year), m, Number(d));
  return g ? ` ${dayOrAsWritten(String(g.year), String(g.month), String(g.day))} ` : ' ';
};

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['دوشنب', 'Monday'],
  ['سه\\s?شنب', 'Tuesday'],
  ['چهارشنب', 'Wednesday'],
  ['پنجشنب', 'Thursday'],
  ['جمع', 'Friday'],
  ['یکشنب', 'Sunday'],
  ['شنب', 'Saturday'],
];

/** Small counts of draws ("دوه قرعې", two draws). */
const COUNTS: Readonly<Record<string, string>> = { دوه: 'two', درې: 'three', څلور: 'four', پنځه: 'five', شپږ: 'six', اوه: 'seven' };

/** A count, "3,200" or "893" (Pashto groups its thousands with "٬", made a comma first). */
const NUM = String.raw`((?<![\d,])\d{1,3}(?:,\d{3})+|(?<![\d,])\d{1,6})(?![\d,])`;
/** An ordinal's ending: "۲۳۹مه", "۲۴۰مې", "18مه". */
const ORD = String.raw`(\d{1,3})\s?(?:مه|مې|م)${END}`;
/** The draw, in its forms ("قرعه", "قرعې", "قرعو"). */
const DRAW = `قرع[هېوۍ]${END}`;

/**
 * Words that tell a page speaks about rounds rather than announces one, or of a round that is not Canada's federal one, read
 * as the English the reader knows (docs/parser.md, "Pashto and Kurdish", audit of session 55): a province's or another
 * country's name ("د انټاریو ولایت" → "Ontario province", "استرالیا" → "Australia"), a month's summary ("د اکتوبر میاشتې لنډیز"
 * → "October recap"), an analysis ("تحلیل"), "why" ("ولې"), an earlier round ("مخکینۍ قرعه", the previous draw), "a day after
 * the … draw" ("د … له قرعې یوه ورځ وروسته") and a hedge ("شاوخوا", about).
 */
const BACKGROUND: readonly GlossRule[] = [
  ...(
    [
      ['انټاریو|اونټاریو|انتاریو', 'Ontario'],
      ['برټش\\sکولمبیا|بریټش\\sکولمبیا|برتانوي\\sکولمبیا', 'British Columbia'],
      ['البرټا|آلبرټا|البرتا', 'Alberta'],
      ['ساسکاچوان|سسکاچوان', 'Saskatchewan'],
      ['مانیټوبا|مانیتوبا', 'Manitoba'],
      ['نووا\\sسکوشیا|نووا\\sسکاټیا', 'Nova Scotia'],
      ['کیوبک|کبک', 'Quebec'],
      ['استرالیا|آسټرالیا|اسټرالیا', 'Australia'],
      ['نیوزیلنډ|نیوزیلینډ|نیوزلینډ', 'New Zealand'],
      ['بریتانیا|برتانیا|انګلستان', 'the United Kingdom'],
    ] as const
  ).map(([ps, en]): GlossRule => [new RegExp(`(?<![${P}])(?:د\\s)?(?:${ps})${END}`, 'g'), ` ${en} `]),
  [new RegExp(`ولایت${END}`, 'g'), ' province '],
  [new RegExp(`(?:د\\s)?${MONTH}\\s(?:میاشتې|میاشتی)\\sلنډیز`, 'g'), (_, m = '') => ` ${monthOf(m)} recap `],
  [/میاشتنی\sلنډیز/g, ' monthly recap '],
  [/لنډیز/g, ' recap '],
  [new RegExp(`(?:تحلیل|شننه)${END}`, 'g'), ' Analysis '],
  [new RegExp(`ولې${END}`, 'g'), ' why is '],
  [new RegExp(`(?:مخکینۍ|مخکنۍ|تېره|پخوانۍ)\\s${DRAW}(?:\\sکې)?`, 'g'), ' the previous draw '],
  [
    new RegExp(`(?:د )?((?:[${P}]+ ){1,5}?)له\\s${DRAW}\\s(یوه|دوه|درې)\\sورځ[ېي]?\\s(?:وروسته|پس)`, 'g'),
    (_, what = '', n = '') => ` ${n === 'یوه' ? 'A day' : `${COUNTS[n] ?? ''} days`} after the ${what} draw `,
  ],
  [new RegExp(`(?:له\\s)?پرون\\s(?:نه\\s|څخه\\s)?(?:یوه\\s)?ورځ\\sمخکې${END}|وړمه\\sورځ${END}`, 'g'), ' two days ago '],
  [new RegExp(`(?:شاوخوا|تقریباً|تقریبا|نږدې|نژدې)${END}`, 'g'), ' about '],
];

const RULES: readonly GlossRule[] = [
  ...BACKGROUND,
  // Afghan solar days with their year ("۱۴ سلواغه ۱۴۰۱"): the Gregorian day; without a year, dropped.
  [new RegExp(String.raw`(\d{1,2})\s${SOLAR_MONTH}\s(1[34]\d\d)(?:\s?ل\.?)?`, 'g'), (_, d = '', m = '', y = '') => solarDay(d, m, y)],
  // "د ۲۰۱۷ کال د مې ۲۶مه" (of the year 2017, May's 26th), "د ۲۰۱۹ کال د جون ۲۰مه".
  [new RegExp(String.raw`د\s(\d{4})\sکال\sد\s${MONTH}\s${ORD}`, 'g'), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${d}, ${y} `],
  // "د جنورۍ په ۱۸مه" (on January 18th), "د مې د ۲۹مې قرعې" (May 29th's draw), "د نومبر په 30مه".
  [new RegExp(String.raw`د\s${MONTH}\s(?:په|د)\s${ORD}`, 'g'), (_, m = '', d = '') => ` on ${monthOf(m)} ${d} `],
  // "۸ جولای ۲۰۲۴", "۱ فبروري".
  [new RegExp(String.raw`(?<!\d)(\d{1,2})\s${MONTH}(?:\s(\d{4}))?`, 'g'), (_, d = '', m = '', y) => ` ${monthOf(m)} ${d}${y ? `, ${y}` : ''} `],
  // A month alone ("د اکتوبر میاشتې"), not "مې" (my) nor an ordinal's ending ("۲۴۰مې").
  [new RegExp(`(?<![\\d${P}])(?:د\\s)?(?!م[ۍې])${MONTH}`, 'g'), (_, m = '') => ` ${monthOf(m)} `],
  [/(\d{4})\sکال/g, ' $1 '],
  // Weekdays: "د دوشنبې ورځ" (Monday's day), "د چهارشنبې په ورځ" (on Wednesday).
  ...WEEKDAYS.map(([w, en]): GlossRule => [new RegExp(`(?:د\\s)?${w}[هې]?${END}(?:\\s(?:په\\s)?ورځ${END})?`, 'g'), ` ${en} `]),
  [new RegExp(`نن${END}`, 'g'), ' today '],
  // A byline: "خپور شوی:" (published), "لیکوال:" / "لیکواله:" (by).
  [/خپور\sشوی|خپره\sشوې/g, ' Published '],
  [/لیکواله?(?=\s?:)/g, ' By '],
  [/(?:په\s)?دې\sاونۍ\s(?:کې)?/g, ' this week '],
  [/د\sبېلګې\sپه\sتوګه/g, ' For example, '],
  [new RegExp(`(${Object.keys(COUNTS).join('|')})\\s(?:بېلې\\s)?${DRAW}`, 'g'), (_, n = '') => ` ${COUNTS[n] ?? ''} draws `],
  [new RegExp(`پرون${END}`, 'g'), ' yesterday '],
  // Round numbers: "۲۳۹مه قرعه" (the 239th draw), "قرعه: ۳۰۲مه", "(قرعه #395)".
  [new RegExp(`${ORD}\\s${DRAW}`, 'g'), ' draw #$1 '],
  [new RegExp(`${DRAW}\\s?:\\s?${ORD}`, 'g'), ' draw #$1 '],
  [new RegExp(`${DRAW}\\s?#\\s?(\\d{1,3})(?!\\d)`, 'g'), ' draw #$1 '],
  // Earlier draws: "وروستۍ عمومي قرعه" (the last general draw) is told before this one; "تر دې مخکې" (before this).
  [new RegExp(`وروستۍ\\s(?:عمومي\\s)?${DRAW}`, 'g'), ' the previous draw '],
  [/په\sقرع[هې]\sکې/g, ' in the draw '],
  [/تر\sدې\s(?:مخکې|وړاندې)/g, ' Previously, '],
  // Labels: "د بلنو شمېر:" (number of invitations), "بلنې (ITA):", "ټیټې نمرې:" (lowest score), "لږ تر لږه CRS نمرې:".
  [/(?:د\s)?بلنو\sشمېر/g, ' number of invitations '],
  [/ټولټال\sبلنې/g, ' total invitations '],
  [/(?:ټیټې|ټیټه)\s(?:CRS\s)?(?:نمرې|نمره)|(?:لږ\s?تر\s?لږه)\s(?:CRS\s)?(?:نمرې|نمره)/g, ' minimum CRS score '],
  [/ټیټه\sCRS\sنمره/g, ' minimum CRS score '],
  [/(?:د\s)?مساوي\sنمرو\s(?:قاعده|نېټه)/g, ' tie-breaking rule '],
  // Counts: "۸۹۳ کسانو ته … بلنه ورکړل شوه" (invitations were given to 893 people), "559 بلنې ورکړې", "۵۲۹ کسانو ته بلنه".
  [/(\d{1,3})\sزره/g, (_, n = '') => grouped(Number(n) * 1000)],
  [
    new RegExp(`${NUM}\\s(?:کسانو|کاندیدانو|نوماندانو|غوښتونکو)\\sته\\s(?:[${P}]+\\s){0,6}?(?:بلنه|بلنې)\\s(?:ورکړل\\sشوه|ورکړل\\sشوې|ورکړه|ورکړې|ولېږل\\sشوې|ولیږل\\sشوې)`, 'g'),
    ' $1 candidates were invited ',
  ],
  [new RegExp(`${NUM}\\s(?:کسانو|کاندیدانو|نوماندانو)\\sته\\s(?:بلنه|بلنې)`, 'g'), ' $1 candidates were invited '],
  [new RegExp(`${NUM}\\s(?:بلنې|بلنو|بلنه)(?:\\s(?:ورکړې|ورکړل\\sشوې))?`, 'g'), ' $1 invitations '],
  [new RegExp(`${NUM}\\s(?:کسانو|کاندیدانو|نوماندانو|کسان)`, 'g'), ' $1 candidates '],
  [/بلنې|بلنه/g, ' invitations '],
  // "ټیټه نمره ۷۳۳ وه" (the lowest score was 733).
  [/(?<![\d,.])(?:یوازې\s)?(\d{2,4})\s(?:وه|ده)(?![\u0600-\u06ff])/g, (all, n = '') => ` was ${all.startsWith('یوازې') ? 'only ' : ''}${n} `],
  [/(\d{2,4})\s(?:نمرې|نمرو|نمره)/g, ' $1 points '],
  // Programs.
  [/(?:د\s)?ولایتي\sنوماندۍ\sپروګرام|ولایتي\sنوماندانو/g, ' Provincial Nominee Program '],
  [/(?:د\s)?فدرالي\sماهرو\sمسلکي\sکارګرانو/g, ' Federal Skilled Trades '],
  [/(?:د\s)?فدرالي\sماهر\sکارګر(?:\sپروګرام)?/g, ' Federal Skilled Worker Program '],
  [/(?:د\s)?کاناډايي\sتجربې\sټولګی/g, ' Canadian Experience Class '],
  [/(?:د\s)?فرانسوي\sژب[هې](?:\sمهارت)?/g, ' French-language proficiency '],
  [/روغتیا\sاو\sټولنیز\sخدمتونه/g, ' healthcare and social services '],
  [/(?:د\s)?ډاکټرانو\s(?:\([^)\n]{0,40}\)\s)?لپاره/g, ' for physicians, '],
  [/ډاکټرانو|ډاکټران/g, ' physicians '],
  [/(?:د\s)?ټولو\sپروګرامونو/g, ' all programs '],
  [/پروګرام/g, ' program '],
  [/عمومي/g, ' general '],
  [/(?:لومړۍ|لومړنۍ)/g, ' first '],
  [/دویمه/g, ' second '],
  [new RegExp(`${DRAW}|انتخاب`, 'g'), ' draw '],
  [/اکسپرس\s?انټري/g, ' Express Entry '],
  [/(?:د\sکاناډا\s)?د\sکډوالۍ(?:،\sکډوالو\sاو\sتابعیت)?\s(?:اداره|ادارې|وزارت)/g, ' IRCC '],
  [/جزئیات/g, ' details '],
  [/په\sدواړو\sکې/g, ' in the two draws together, '],
  [/معمولاً|معمولا/g, ' usually '],
  [/یوازې/g, ' only '],
  [/(?:ترسره\s)?(?:وکړې|وکړه|کړې|کړه)(?![\u0600-\u06ff])/g, ' held '],
  [/تمه|به\s(?:وشي|وکړي)/g, ' expected '],
];

export function glossPashto(text: string): string {
  return withoutArabicScript(applyGloss(arabicScriptNumerals(text), RULES));
}
