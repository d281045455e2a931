import { applyGloss, dayOrAsWritten, monthNamer, type GlossRule, type MonthTable } from './gloss-rules.ts';
import { ARABIC_SCRIPT_RUN, arabicScriptNumerals, withoutArabicScript } from './arabic-script.ts';

/**
 * Sindhi draw news (Arabic script) glossed into the English the reader knows, as `gloss-pashto.ts` does for Pashto
 * (docs/parser.md, "Dari and Sindhi"): Eastern or Western digits, day-first dates in Sindhi month names ("10 جولاءِ 2026", "17
 * سيپٽمبر 2025 تي") and numbers ("05-08-2026"), weekdays, "اڄ" (today), "ڪالهه" (yesterday), rounds ("ڊرا نمبر 426", "ڊرا #
 * 367", "23 هين ڊرا"), counts ("3900 اميدوارن کي … دعوت", "500 دعوتون"), the lowest score ("گهٽ ۾ گهٽ اسڪور", "ڪٽ آف اسڪور"),
 * programs and the words of a draw report. What the glossary does not know is dropped, so a sentence it cannot place gives no
 * fact. A page is Sindhi by its own letters (ڪ ٻ ڀ ٽ ٿ ڄ ڃ ڇ ڊ ڌ ڏ ڙ ڦ ڳ ڱ ڻ ۾), which Persian, Arabic, Urdu and Pashto do not write.
 */

/** Letters only Sindhi writes among the languages the reader glosses in this script. */
const SINDHI_LETTERS = /[\u067a\u067b\u067d\u067f\u0680\u0683\u0684\u0687\u068a\u068c\u068d\u068f\u0699\u06a6\u06aa\u06b1\u06b3\u06bb\u06fe]/g;

/** Sindhi: 8 of its own letters in at least eight words of the script. */
export const isSindhi = (text: string): boolean => (text.match(SINDHI_LETTERS) ?? []).length >= 8 && (text.match(ARABIC_SCRIPT_RUN) ?? []).length >= 8;

const P = String.raw`\u0600-\u06ff`;
/** The end of a word: no letter of the script follows. */
const END = `(?![${P}])`;
const START = `(?<![${P}])`;

const MONTHS: MonthTable = [
  ['جنوري', 'January'],
  ['في?بروري|فبروري', 'February'],
  ['مارچ', 'March'],
  ['اپريل|اپرېل', 'April'],
  ['مئي', 'May'],
  ['جون', 'June'],
  ['جولاءِ|جولاء|جولائي', 'July'],
  ['آگسٽ|اگسٽ', 'August'],
  ['سيپٽمبر|سپٽمبر|سيپٽيمبر', 'September'],
  ['آڪٽوبر|اڪٽوبر', 'October'],
  ['نومبر|نوومبر', 'November'],
  ['ڊسمبر|ڊيسمبر', 'December'],
];
const MONTH = `(${MONTHS.map(([w]) => w).join('|')})${END}`;
const monthOf = monthNamer(MONTHS);

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['سومر', 'Monday'],
  ['اڱارو|اڱاري', 'Tuesday'],
  ['اربع|ٻڌر', 'Wednesday'],
  ['خميس', 'Thursday'],
  ['جمعو|جمعي|جمعه', 'Friday'],
  ['ڇنڇر', 'Saturday'],
  ['آچر', 'Sunday'],
];

/** A count, "3,900" or "507". */
const NUM = String.raw`((?<![\d,])\d{1,3}(?:,\d{3})+|(?<![\d,])\d{1,6})(?![\d,])`;
const DRAW = `ڊرا${END}`;

/** Pages that speak about rounds rather than announce one, or of a round that is not Canada's federal one. */
const BACKGROUND: readonly GlossRule[] = [
  ...(
    [
      ['اونٽاريو|انٽاريو', 'Ontario'],
      ['برٽش\\sڪولمبيا|برطانوي\\sڪولمبيا', 'British Columbia'],
      ['البرٽا|آلبرٽا', 'Alberta'],
      ['سسڪيچوان|ساسڪيچوان|سسڪاچوان', 'Saskatchewan'],
      ['مينيٽوبا|منيٽوبا', 'Manitoba'],
      ['ڪيوبيڪ|ڪيوبڪ', 'Quebec'],
      ['آسٽريليا', 'Australia'],
      ['نيوزيلينڊ|نيوزيلنڊ', 'New Zealand'],
      ['برطانيه|برطانيا', 'the United Kingdom'],
    ] as const
  ).map(([sd, en]): GlossRule => [new RegExp(`${START}(?:${sd})${END}`, 'g'), ` ${en} `]),
  [new RegExp(`${START}(?:صوبو|صوبي|صوبائي\\sحڪومت)${END}(?!\\sنامزدگي)`, 'g'), ' province '],
  [new RegExp(`${MONTH}\\s(?:مهيني\\sجو\\s)?خلاصو`, 'g'), (_, m = '') => ` ${monthOf(m)} recap `],
  [/مهيني\sجو\sخلاصو|مهينوار\sخلاصو|خلاصو/g, ' monthly recap '],
  [/اڳڪٿي|اڳڪٿيون/g, ' forecast '],
  [/رهنمائي|گائيڊ/g, ' Guide '],
  [/ڪيئن(?![\u0600-\u06ff])/g, ' how to '],
  [/مثال\sطور/g, ' For example, '],
  [/تجزيو/g, ' Analysis '],
  [/(پنج|ٻه|ٽي|چار|ڏهه|\d{1,2})\sسال\sاڳ/g, ' years ago '],
  [/تاريخي\sمضمون|تاريخي/g, ' history '],
  [/ان\sکان\s(?:هڪ\s)?ڏينهن\sاڳ/g, ' Previously, a day before that, '],
  [/(?:ڪو\sبه|ڪوبه)\s(?:[^\s\d]+\s){0,3}?ڊرا\s(?:نه|ڪونه)/g, ' no draw '],
  // "گذريل CEC ڊرا کان 5 پوائنٽ گهٽ" (5 points lower than the previous CEC round), "گذريل ڊرا جي 522 کان گهٽ" (down from the
  // previous round's 522): the earlier round's figure, said the way the reader knows.
  [
    /(?:گذريل|پوئين|اڳوڻي)\s(?:([A-Z]{2,4})\s)?ڊرا\s(?:جي\s(\d{2,4})\s)?کان\s(?:(\d{1,3})\s(?:پوائنٽ|پوائنٽس|نمبر)\s)?(گهٽ|گھٽ|وڌيڪ)/g,
    (_, p = '', was = '', by = '', how = '') =>
      was ? ` ${how === 'وڌيڪ' ? 'up' : 'down'} from ${was} in the previous ${p} draw ` : ` ${by ? `${by} points ` : ''}${how === 'وڌيڪ' ? 'higher' : 'lower'} than the previous ${p} draw `,
  ],
  // "جڏهن ته گذريل ڊرا ۾" (while in the previous round).
  [/جڏهن\sته(?:\s(?=گذريل|پوئين|اڳوڻي))?/g, ' while in '],
  [/(?:گذريل|پوئين|اڳوڻي|آخري)\s(?:[A-Z]{2,4}\s)?(?:ايڪسپريس\sانٽري\s)?ڊرا/g, (all) => ` the previous ${/[A-Z]{2,4}/.exec(all)?.[0] ?? ''} draw `],
  [/ايندڙ\sهفتي/g, ' next week '],
  [/هن\sهفتي/g, ' this week '],
  [/اميد\sآهي|متوقع|ٿيندو|ٿيندي/g, ' expected '],
  [/تقريبن|تقريباً|لڳ\sڀڳ|اٽڪل/g, ' about '],
];

const RULES: readonly GlossRule[] = [
  // "سال جو آخري ڊرا" (the year's last draw): this round, not an earlier one.
  // A year's review ("2025 جو سالياني جائزو", "سال جو جائزو"): past rounds, none announced.
  [/سالياني\sجائزو|سال\sجو\sجائزو/g, ' year in review '],
  [/سال\sجو\sآخري\sڊرا/g, " the year's final draw "],
  ...BACKGROUND,
  // Days: "10 جولاءِ 2026", "(18 ڊسمبر)", "17 سيپٽمبر 2025 تي" (on …); numeric days are day-first ("05-08-2026", "09/07/2025").
  [new RegExp(String.raw`(?<!\d)(\d{1,2})\s${MONTH}(?:\s(\d{4}))?(?:\sتي${END})?`, 'g'), (_, d = '', m = '', y) => ` ${monthOf(m)} ${d}${y ? `, ${y}` : ''} `],
  [/(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/.-])/g, (all, d = '', _s, m = '', y = '') => (Number(d) <= 31 && Number(m) <= 12 ? ` ${dayOrAsWritten(y, m, d)} ` : all)],
  [new RegExp(`${START}(?!مئي)${MONTH}`, 'g'), (_, m = '') => ` ${monthOf(m)} `],
  ...WEEKDAYS.map(([w, en]): GlossRule => [new RegExp(`${START}(?:${w})${END}(?:\\sڏينهن${END})?`, 'g'), ` ${en} `]),
  [new RegExp(`${START}اڄ${END}`, 'g'), ' today '],
  // "پرينهن", "ڪالهه کان اڳ ۾ ڏينهن" (the day before yesterday) is no yesterday.
  [new RegExp(`${START}(?:پرينهن|ڪالهه\\sکان\\s(?:هڪ\\s)?اڳ(?:\\s?۾)?(?:\\sڏينهن)?)${END}`, 'g'), ' the day before yesterday '],
  [new RegExp(`${START}ڪالهه${END}`, 'g'), ' yesterday '],
  [/شايع\sٿيو|شايع\sٿي/g, ' Published '],
  // A time told in Pakistan's ("08:16:01 پاڪستان جي وقت مطابق"; UTC+5), not UTC.
  [/(\d{1,2}:\d\d(?::\d\d)?)\s(?:پاڪستان|پاڪستاني)\s(?:جي\s)?(?:وقت|ٽائيم)(?:\sمطابق)?/g, ' at $1 UTC+5 '],
  [/ليکڪ(?=\s?:)/g, ' By '],
  // Rounds: "ڊرا نمبر 426", "ڊرا نمبر: 138", "ڊرا # 367"; "23 هين ڊرا" (the 23rd draw), but "2024 ۾ 5 هين ڊرا" (the year's 5th) is
  // no round number, except in 2015 (the rounds were counted from its first).
  [new RegExp(`${DRAW}\\s?(?:نمبر|#)\\s?:?\\s?(\\d{1,3})(?!\\d)`, 'g'), ' draw #$1 '],
  [/(\d{4})\s۾\s(\d{1,3})\s?(?:هين|هون|ين|ون)\sڊرا/g, (_, y = '', n = '') => (y === '2015' ? ` in 2015 draw #${n} ` : ` in ${y} `)],
  [/(?<![\d,])(\d{1,3})\s?(?:هين|هون|ين|ون)\sڊرا/g, ' draw #$1 '],
  [/ٻه\sڊرا/g, ' two draws '],
  [/ٽي\sڊرا/g, ' three draws '],
  // Labels: "دعوتون (ITA): 500", "• دعوتون: 2,500", "گهٽ ۾ گهٽ CRS اسڪور:", "ٽائي بريڪ:" / "ٽائي بريڪنگ رول:".
  [/دعوتون(?=\s?(?:\(ITA\)\s?)?:)/g, ' Invitations '],
  [/ٽائي\sبريڪنگ\sرول|ٽائي\sبريڪ(?:نگ)?/g, ' tie-breaking rule '],
  [/(?:گهٽ\s۾\sگهٽ|گھٽ\s۾\sگھٽ|گهٽ\sکان\sگهٽ)\s(?:CRS\s)?(?:اسڪور|نمبر)?|ڪٽ\s?آف\s(?:CRS\s)?اسڪور/g, ' minimum CRS score '],
  // Counts: "3900 اميدوارن کي … دعوت ڏني/ملي" (invited), "1,503 اميدوارن کي دعوتون جاري ڪيون", "507 دعوتون".
  [new RegExp(`${NUM}\\s(?:اميدوارن|ماڻهن|درخواست\\sگذارن)\\sکي\\s(?:[${P}]+\\s){0,9}?(?:دعوت|دعوتون)\\s(?:ڏني|ڏنيون|ملي|مليون|جاري\\sڪيون|جاري\\sڪئي|موڪليون)`, 'g'), ' $1 candidates were invited '],
  [new RegExp(`${NUM}\\s(?:دعوتون|دعوتن|دعوت)${END}`, 'g'), ' $1 invitations '],
  [new RegExp(`${NUM}\\s(?:اميدوارن|اميدوار|ماڻهن|ماڻهو)${END}`, 'g'), ' $1 candidates '],
  [/دعوتون|دعوتن/g, ' invitations '],
  // "اسڪور صرف 75 هو" (the score was only 75), "471 رهيو" (stayed at 471), "516 اسڪور سان" (with a score of 516).
  [/(?<![\d,.])(?:صرف\s)?(\d{2,4})\s(?:هو|هئي|رهيو|رهي|آهي)(?![\u0600-\u06ff])/g, (all, n = '') => ` was ${all.startsWith('صرف') ? 'only ' : ''}${n} `],
  [/(?<![\d,.])(\d{2,4})\s(?:اسڪور|پوائنٽس|پوائنٽ)\s(?:سان|تي)/g, ' with a score of $1 '],
  [/(?<![\d,.])(\d{2,4})\s(?:اسڪور|پوائنٽس|پوائنٽ)/g, ' $1 points '],
  [/اسڪور/g, ' score '],
  // Programs.
  [/صوبائي\sنامزدگي(?:\sپروگرام)?/g, ' Provincial Nominee Program '],
  [/ڪئناڊين\sايڪسپيرينس\sڪلاس|ڪينيڊين\sايڪسپيرينس\sڪلاس/g, ' Canadian Experience Class '],
  [/فيڊرل\sاسڪلڊ\sورڪر/g, ' Federal Skilled Worker '],
  [/سينئر\sمئنيجرن|سينيئر\sمئنيجرن|سينئر\sمينيجرن/g, ' senior managers '],
  [/تعليمي\s(?:ڌنڌن|شعبي|شعبن)|تعليم\sجي\sشعبي/g, ' education occupations '],
  [/صحت\s(?:۽\sسماجي\sخدمتن|جي\sشعبي)|صحت/g, ' healthcare '],
  [/ڊاڪٽرن|ڊاڪٽر/g, ' physicians '],
  [/فرينچ\sٻولي|فرانسيسي\sٻولي|فرينچ/g, ' French-language '],
  [/سڀني\sپروگرامن|سڀ\sپروگرام/g, ' all programs '],
  [/ٽريڊ|هنرمند/g, ' trades '],
  [/ايڪسپريس\s?انٽري/g, ' Express Entry '],
  [/ڪئناڊا\sجي\sاميگريشن\sکاتي|اميگريشن\sکاتي/g, ' IRCC '],
  [new RegExp(DRAW, 'g'), ' draw '],
  [new RegExp(`${START}(?:ڪيو|ڪئي|ٿيو|ڪرايو)${END}`, 'g'), ' held '],
];

export function glossSindhi(text: string): string {
  return withoutArabicScript(applyGloss(arabicScriptNumerals(text), RULES));
}
