import { applyGloss, dayOrAsWritten, type GlossRule } from './gloss-rules.ts';
import { ARABIC_SCRIPT_RUN, arabicScriptNumerals } from './arabic-script.ts';
import { glossPersianArabic } from './gloss-persian-arabic.ts';

/**
 * Kashmiri draw news (Perso-Arabic script) glossed into the English the reader knows (docs/parser.md, "Kashmiri and Yiddish"):
 * its own words become English ("اَز" today, "راتھ" yesterday, "پَرسوٗن" the day before yesterday, "ڈرا نمبر 421" / "42 واں ڈرا"
 * → "draw #421", "271 لۄکن … سوزنہٕ" → "271 candidates were invited", "ٹائی بریک" → "tie-breaking rule", its weekdays, "گوو" /
 * "کوٚر" → "held", "پیشن گوئی" → "forecast"), then what it shares with Urdu (months, "کم از کم", "دعوت نامہٕ", programs) is read
 * by the Urdu rules of `gloss-persian-arabic.ts`, which drop what neither knows. A page is Kashmiri by its own letters (ٲ ٳ ۄ ؠ
 * and the marks ٕ ٚ ٛ), which Urdu, Persian, Arabic, Pashto, Sindhi, Kurdish, Dari and Uyghur pages do not write.
 */

/** Letters and marks only Kashmiri writes among the languages the reader glosses in this script (not "ۆ", which Sorani and Uyghur write). */
const KASHMIRI_LETTERS = /[\u0672\u0673\u06c4\u0620]|\u0655|\u065a|\u065b/g;

/**
 * Words of a Kashmiri draw report that Urdu, Persian, Pashto and Sindhi pages do not write (without its marks): "سوزنہ" (sent),
 * "آیہ" (were), "اوس" (was), "کور" (held), "گوو" (was held), "راتھ" (yesterday), "پرسون" (the day before yesterday), "لۄکن" (people), "منز" (in).
 */
const KASHMIRI_WORDS = /(?<![\u0600-\u06ff])(?:سوزنہ|آیہ|اوس|کور|گوو|راتھ|پرسون|لۄکن|منز)(?![\u0600-\u06ff])/g;

/**
 * Kashmiri: three of its own letters or marks, two of them different, or (a short page that writes few marks) one of them and
 * three of its words; in at least five words of the script.
 */
export const isKashmiri = (text: string): boolean => {
  const found = text.match(KASHMIRI_LETTERS) ?? [];
  if (found.length === 0 || (text.match(ARABIC_SCRIPT_RUN) ?? []).length < 5) return false;
  if (found.length >= 3 && new Set(found).size >= 2) return true;
  return new Set(text.replace(MARKS, '').match(KASHMIRI_WORDS) ?? []).size >= 3;
};

const P = String.raw`\u0600-\u06ff`;
const B = `(?<![${P}])`;
const E = `(?![${P}])`;
const re = (source: string): RegExp => new RegExp(source, 'g');
/** A count, "4,000" or "271". */
const NUM = String.raw`((?<![\d,])\d{1,3}(?:,\d{3})+|(?<![\d,])\d{1,6})(?![\d,])`;
/** People: "لۄکن" (people), "امیدوارن" (candidates), "درخواست دہندن" (applicants). */
const PEOPLE = `(?:لۄکن|لوکن|امیدوارن|امیدوار|درخواست\\sدہندن)${E}`;
/** The words of an invitation sent: "آیہ … سوزنہ" (were sent), "دعوت" / "دعوت نامہ" (invitation), "ITA". */
const SENT = String.raw`(?:\s(?:آیہ|ITAs?|دعوت(?:\sنامہ)?|سوزنہ|سوزن|گیہ|دتھ|دتنہ)(?![${P}])){1,4}`;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['ژندروار|ژٔندروار|سوموار|پیر', 'Monday'],
  ['بۄموار|بوموار|منگل', 'Tuesday'],
  ['بۄدوار|بودوار|بدھ', 'Wednesday'],
  ['برسوار|برےسوار|بریسوار|جمعرات', 'Thursday'],
  ['جمہ|جمعہ|شکروار', 'Friday'],
  ['بٹوار', 'Saturday'],
  ['آتھوار|اتوار', 'Sunday'],
];

/** Pages that speak about rounds rather than announce one, or of a round that is not Canada's federal one. */
const BACKGROUND: readonly GlossRule[] = [
  ...(
    [
      ['اونٹاریو|انٹاریو', 'Ontario'],
      ['برٹش\\sکولمبیا', 'British Columbia'],
      ['البرٹا', 'Alberta'],
      ['ساسکیچوان|سسکیچوان', 'Saskatchewan'],
      ['مینیٹوبا|منیٹوبا', 'Manitoba'],
      ['کیوبیک|کیوبک', 'Quebec'],
      ['آسٹریلیا', 'Australia'],
      ['نیوزی\\s?لینڈ', 'New Zealand'],
    ] as const
  ).map(([ks, en]): GlossRule => [re(`${B}(?:${ks})${E}`), ` ${en} `]),
  [re(`${B}(?:صوبہ|صوبس|صوبائی\\sحکومت)${E}`), ' province '],
  [/پیشن\sگوئی|پیشنگوئی|پیش\sگوئی/g, ' forecast '],
  [re(`${B}(?:اندازہ|انداز)${E}`), ' estimate '],
  [/رہنمائی|گائیڈ/g, ' Guide '],
  [/ماہانہ\sجائزہ|ماہانہ\sجائز|ریتھ\sوار\sجائز[ہ]?/g, ' monthly recap '],
  [/ہفتہ\sوار\sجائز[ہ]?/g, ' Weekly roundup '],
  [/مثال\sپاٹھی|مثالے/g, ' For example, '],
  [re(`${B}(?:یتھ|اتھ)\\s(?:ؤری|وری|سال)${E}`), ' this year '],
  [re(`${B}(?:یتھ|اتھ)\\sہفتس${E}`), ' this week '],
  [re(`${B}(?:اگلہ|اگلس|یوان)\\s(?:ہفتہ|ہفتس)${E}`), ' next week '],
  [re(`${B}(?:اگلہ|اگلس|یوان)\\sڈرا${E}`), ' the next draw '],
  // A figure of the previous round beside this one's: "(یُس) پتمہِ ڈرا منٛز 522 اوس" (which was 522 in the previous draw).
  [re(String.raw`(?:${B}(?:یس|یم)\s)?(?:پتم|پتمہ|پتمس|گذشتہ|گزشتہ)\sڈرا\s(?:منز\s)?${NUM}\sاوس${E}`), ' compared with $1 in the previous draw '],
  [re(`${B}(?:پتم|پتمہ|پتمس|گذشتہ|گزشتہ|پچھلے|پچھلا)\\s(?:([A-Z]{2,4})\\s)?ڈرا${E}`), (_, p = '') => ` the previous ${p} draw `],
  [re(`${B}(?:پتم|پتمہ|گذشتہ|گزشتہ)\\sہفتہ${E}`), ' last week '],
];

const RULES: readonly GlossRule[] = [
  ...BACKGROUND,
  // "پرسون" (the day before yesterday), "راتھ" (yesterday), "پگاہ" (tomorrow); "اَز" (today) was read before the marks went.
  [re(`${B}(?:پرسون|پرسوں)${E}`), ' the day before yesterday '],
  [re(`${B}راتھ${E}`), ' yesterday '],
  [re(`${B}پگاہ${E}`), ' tomorrow '],
  ...WEEKDAYS.map(([w, en]): GlossRule => [re(`${B}(?:${w})${E}`), ` ${en} `]),
  // Rounds: "ڈرا نمبر 421", "راؤنڈ نمبر 319", "ڈرا #420"; "42 واں ڈرا" (the 42nd draw), but "اتھ ؤری منز 5 واں ڈرا" (this year's
  // 5th) is no round number.
  [re(String.raw`${B}(?:ڈرا|راؤنڈ|راونڈ)\s?(?:نمبر|#)\s?:?\s?(\d{1,3})(?!\d)`), ' draw #$1 '],
  [re(String.raw`(?:this\syear|\d{4})\s(?:منز\s)?(\d{1,3})\s?(?:واں|ویں|یم)\s(?:ڈرا|راؤنڈ)${E}`), ' '],
  [re(String.raw`(?<![\d,])(\d{1,3})\s?(?:واں|ویں|یم)\s(?:ڈرا|راؤنڈ)${E}`), ' draw #$1 '],
  [re(`${B}(?:دون|ز)\\sڈرا${E}`), ' two draws '],
  [re(`${B}(?:ترے|تره|ترین)\\sڈرا${E}`), ' three draws '],
  [re(`${B}دون\\sدۄہن${E}`), ' two days '],
  // Numeric days are day-first ("22-10-2024", "13/08/2024").
  [/(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/.-])/g, (all, d = '', _s, m = '', y = '') => (Number(d) <= 31 && Number(m) <= 12 ? ` ${dayOrAsWritten(y, m, d)} ` : all)],
  // A table's labels: "| تاریخ | پروگرام | ITA | CRS |" (date, program).
  [re(String.raw`${B}تاریخ${E}(?=\s?[|:\t])`), ' Date '],
  [re(String.raw`${B}پروگرام${E}(?=\s?[|:\t])`), ' Program '],
  // The tie-break: "ٹائی بریک:", "ٹائی بریکنگ رول:".
  [/ٹائی\s?بریکنگ\s?رول|ٹائی\s?بریک(?:نگ)?(?:\sرول)?/g, ' tie-breaking rule '],
  // Hedges: "لگ بھگ 4,000" (about), "510 کھۄتہٕ زیادٕ" (more than 510), "500 کھۄتہٕ کم" (fewer than), "4,000 تام" (up to).
  [re(`${B}(?:لگ\\sبھگ|تقریبا|تقریبن|قریب\\sقریب)${E}`), ' about '],
  [re(`${NUM}\\s(?:کھۄتہ|کھوتہ)\\s(?:زیاد|زیادہ)${E}`), ' more than $1 '],
  [re(`${NUM}\\s(?:کھۄتہ|کھوتہ)\\sکم${E}`), ' fewer than $1 '],
  [re(`${NUM}\\sتام${E}`), ' up to $1 '],
  // Counts: "آیہ 271 لۄکن ITA سوزنہ" (271 people were sent ITAs), "648 امیدوارن سوزنہ آیہ دعوت", "1,000 امیدوارن آیہ ITA سوزنہ".
  [re(`${B}(?:آیہ|گیہ)\\s${NUM}\\s${PEOPLE}${SENT}`), ' $1 candidates were invited '],
  [re(`${NUM}\\s${PEOPLE}${SENT}`), (all, n = '') => (/آیہ|سوزن|دتھ|دتنہ|گیہ/.test(all) ? ` ${n} candidates were invited ` : ` ${n} candidates ${/ITA/.test(all) ? 'ITAs ' : 'invitations '}`)],
  [re(`${NUM}\\s${PEOPLE}`), ' $1 candidates '],
  // The lowest score: "کم از کم CRS اوس 223" (the minimum CRS was 223).
  [re(String.raw`(CRS|سکور)\sاوس\s(?=\d)`), ' $1 was '],
  [re(`${B}(?:کٹ\\s?آف)\\s(?:CRS\\s)?(?:سکور)?`), ' minimum CRS score '],
  // Programs.
  [/ڈاکٹرن|ڈاکٹر/g, ' physicians '],
  [/ہیلتھ\s?کیئر|صحت/g, ' healthcare '],
  [/تعلیمی\sپیشن|تعلیم|ٹیچرن/g, ' education '],
  [/فرانسیسی|فرینچ/g, ' French-language '],
  [/پی\sاین\sپی/g, ' PNP '],
  [/سی\sای\sسی/g, ' CEC '],
  [/آل\sپروگرام|سارنی\sپروگرامن/g, ' all-program '],
  [/ٹریڈز|ہنرمند/g, ' trades '],
  // What happened: "کور" (did, held), "گوو" (was held), "گیہ" (were held); "اوس" (was); "جاری" (continuing).
  [re(`${B}(?:کور|کری)${E}`), ' held '],
  [re(`${B}(?:گوو|گیہ)${E}`), ' was held '],
  [re(`${B}اوس${E}`), ' was '],
  [re(`${B}باپتھ${E}`), ' for '],
];

/** "اَز" (today), with its mark: without it the letters are Urdu's and Persian's "از" (from, as in "کم از کم"). */
const TODAY = /(?<![\u0600-\u06ff])ا\u064eز(?![\u0600-\u06ff])/g;
/** Kashmiri's vowel marks, gone before the rules (a page writes them or not). */
const MARKS = /[\u064b-\u065f\u0670]/g;

export function glossKashmiri(text: string): string {
  const unmarked = arabicScriptNumerals(text)
    .replace(TODAY, ' today ')
    .replace(MARKS, '')
    .replace(/\u06d4/g, '. ');
  return glossPersianArabic(applyGloss(unmarked, RULES));
}
