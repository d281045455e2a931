import { applyGloss, dayOrAsWritten, glossInTurn, grouped, monthNamer, words, writtenWith, type GlossRule, type MonthTable } from './gloss-rules.ts';
import { solarHijriToGregorian } from './solar-hijri.ts';
import { ARABIC_SCRIPT_RUN, arabicScriptNumerals, withoutArabicScript } from './arabic-script.ts';

/**
 * Kurdish draw news glossed into the English the reader knows (docs/parser.md, "Pashto and Kurdish"): Sorani in the Arabic
 * script, with Eastern digits, day-first dates ("١٦ی ئازاری ٢٠٢٣", "٣٠/٠٥/٢٠٢٤") and the Kurdish solar calendar ("٢٥ی ڕەشەمەی
 * ٢٧٢٢ی کوردی", the Solar Hijri year and 1321); Kurmanji in the Latin script ("13ê Sibatê", "dora 176an", "27.332 kes
 * vexwendin", "xala herî kêm"). Counts with their noun, the lowest score, programs and the words of a draw report; what the
 * glossary does not know is dropped (Sorani) or left for the reader, which places none of it (Kurmanji).
 */

/** Letters Sorani writes and Persian, Arabic, Urdu and Pashto do not (ە ێ ۆ ڕ ڵ). */
const SORANI_LETTERS = /[\u06d5\u06ce\u06c6\u0695\u06b5]/g;

/** Sorani: 15 of its own letters in at least eight words of the script. */
export const isSorani = (text: string): boolean => (text.match(SORANI_LETTERS) ?? []).length >= 15 && (text.match(ARABIC_SCRIPT_RUN) ?? []).length >= 8;

const S = String.raw`\u0600-\u06ff`;
const END = `(?![${S}])`;

const SORANI_MONTHS: MonthTable = [
  ['کانوونی\\sدووەم', 'January'],
  ['شوبات', 'February'],
  ['ئازار', 'March'],
  ['نیسان', 'April'],
  ['ئایار', 'May'],
  ['حوزەیران', 'June'],
  ['تەمموز', 'July'],
  ['ئاب', 'August'],
  ['ئەیلوول', 'September'],
  ['تشرینی\\sیەکەم', 'October'],
  ['تشرینی\\sدووەم', 'November'],
  ['کانوونی\\sیەکەم', 'December'],
];
const SORANI_MONTH = `(${SORANI_MONTHS.map(([w]) => w).join('|')})(?:ی|دا|ەوە)?${END}`;
const soraniMonth = monthNamer(SORANI_MONTHS);
/** The Kurdish solar months, each the Solar Hijri month of its place; the Kurdish year is the Solar Hijri one and 1321. */
const KURDISH_SOLAR = ['خاکەلێوە', 'بانەمەڕ', 'جۆزەردان', 'پووشپەڕ', 'گەلاوێژ', 'خەرمانان', 'ڕەزبەر', 'گەڵاڕێزان|خەزەڵوەر', 'سەرماوەز', 'بەفرانبار', 'ڕێبەندان', 'ڕەشەمە'];
const kurdishDay = (d: string, month: string, year: string): string => {
  const m = KURDISH_SOLAR.findIndex((w) => new RegExp(`^(?:${w})`).test(month)) + 1;
  const g = solarHijriToGregorian(Number(year) - 1321, m, Number(d));
  return g ? ` ${dayOrAsWritten(String(g.year), String(g.month), String(g.day))} ` : ' ';
};
const SORANI_WEEKDAYS: readonly (readonly [string, string])[] = [
  ['یەکشەممە', 'Sunday'],
  ['دووشەممە', 'Monday'],
  ['سێشەممە', 'Tuesday'],
  ['چوارشەممە', 'Wednesday'],
  ['پێنجشەممە', 'Thursday'],
  ['هەینی', 'Friday'],
  ['شەممە', 'Saturday'],
];
const NUM = String.raw`((?<![\d,])\d{1,3}(?:,\d{3})+|(?<![\d,])\d{1,6})(?![\d,])`;
const DRAW = `ڕاکێشان[${S}]*`;

/**
 * Sorani words that tell a page speaks about rounds rather than announces one, or of a round that is not Canada's federal one
 * (docs/parser.md, "Pashto and Kurdish", audit of session 55): a province's or another country's name ("پارێزگای ئۆنتاریۆ" →
 * "Ontario province"), a month's summary ("کورتەی مانگی تشرینی یەکەم" → "October recap"), an analysis ("شیکاری"), "why"
 * ("بۆچی"), "a day after" ("ڕۆژێک دوای").
 */
const SORANI_BACKGROUND: readonly GlossRule[] = [
  ...(
    [
      ['ئۆنتاریۆ|ئونتاریۆ|ئۆنتاریو', 'Ontario'],
      ['بریتیش\\sکۆڵۆمبیا|بریتیش\\sکۆلۆمبیا|کۆڵۆمبیای\\sبەریتانی', 'British Columbia'],
      ['ئەلبێرتا|ئاڵبێرتا', 'Alberta'],
      ['ساسکاچیوان|ساسکاچوان', 'Saskatchewan'],
      ['مانیتۆبا', 'Manitoba'],
      ['کیوبێک|کیوبیک', 'Quebec'],
      ['ئوسترالیا|ئوستورالیا|ئاوسترالیا', 'Australia'],
      ['نیوزیلەندا|نیوزلەندا', 'New Zealand'],
      ['بەریتانیا', 'the United Kingdom'],
    ] as const
  ).map(([ckb, en]): GlossRule => [new RegExp(`(?<![${S}])(?:${ckb})(?:ی|دا)?${END}`, 'g'), ` ${en} `]),
  [new RegExp(`پارێزگا(?:ی)?${END}`, 'g'), ' province '],
  [new RegExp(`کورتەی\\sمانگی\\s${SORANI_MONTH}`, 'g'), (_, m = '') => ` ${soraniMonth(m)} recap `],
  [new RegExp(`کورتە(?:ی)?${END}`, 'g'), ' recap '],
  [new RegExp(`شیکاری${END}`, 'g'), ' Analysis '],
  [new RegExp(`بۆچی${END}`, 'g'), ' why is '],
  [new RegExp(`ڕۆژێک\\sدوای${END}`, 'g'), ' A day after the '],
];

const SORANI: readonly GlossRule[] = [
  ...SORANI_BACKGROUND,
  [new RegExp(String.raw`(\d{1,2})ی?\s(${KURDISH_SOLAR.join('|')})ی?\s(2[67]\d\d)(?:ی)?(?:\sکوردی)?`, 'g'), (_, d = '', m = '', y = '') => kurdishDay(d, m, y)],
  // Dates: "١٦ی ئازاری ٢٠٢٣", "١ی ئازار", "٣٠/٠٥/٢٠٢٤", "٢٠٢٥/٠٥/٠٣".
  [new RegExp(String.raw`(?<!\d)(\d{1,2})ی?\s${SORANI_MONTH}(?:\s(\d{4})(?:ی|دا)?)?`, 'g'), (_, d = '', m = '', y) => ` ${soraniMonth(m)} ${d}${y ? `, ${y}` : ''} `],
  [/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g, (_, d = '', m = '', y = '') => ` ${dayOrAsWritten(y, m, d)} `],
  [/(?<![\d/-])(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?![\d/-])/g, (_, y = '', m = '', d = '') => ` ${dayOrAsWritten(y, m, d)} `],
  [new RegExp(`(?<!\\d)${SORANI_MONTH}`, 'g'), (_, m = '') => ` ${soraniMonth(m)} `],
  ...SORANI_WEEKDAYS.map(([w, en]): GlossRule => [new RegExp(`(ڕۆژی\\s)?${w}${END}`, 'g'), (_, on) => ` ${on ? 'on ' : ''}${en} `]),
  [new RegExp(`ئەمڕۆ${END}`, 'g'), ' today '],
  [new RegExp(`دوێنێ${END}`, 'g'), ' yesterday '],
  [/کاتژمێر/g, ' at '],
  [/(?:بڵاوکراوەتەوە\sلە|نووسینی|نووسەر)(?=\s?:)/g, ' Published '],
  // Round numbers: "ڕاکێشانی ژمارە ١٠٤ی", "ڕاکێشانی #٤٣٠".
  [new RegExp(String.raw`${DRAW}\s(?:ژمارە\s|#\s?)(\d{1,3})(?:ی)?${END}`, 'g'), ' draw #$1 '],
  // Earlier and no draws: "ڕاکێشانی پێشوو" (the previous draw), "دوایین ڕاکێشان" (the last one), "هیچ ڕاکێشانێک نەکرا" (none was held).
  [/زیاترە\sلە/g, ' more than '],
  [new RegExp(`(?:لە\\s)?${DRAW}\\sپێشوو(?:دا)?|دوایین\\s${DRAW}`, 'g'), ' the previous draw '],
  [new RegExp(`هیچ\\s${DRAW}\\sنەکرا`, 'g'), ' no draw was held '],
  [/(?:کاتی\s)?یاسای\sیەکسانبوون(?:ی\sنمرە)?/g, ' tie-breaking rule '],
  [/پێش(?=\s[A-Z])/g, ' before '],
  [/کەمترین\s(?:نمرە(?:ی)?)(?:\sCRS)?/g, ' minimum CRS score '],
  [/(?<![\d,.])(\d{1,3})\sهەزار/g, (_, n = '') => grouped(Number(n) * 1000)],
  // Counts: "٧٬٠٠٠ بانگهێشتی … نارد" (sent 7,000 invitations), "٤ بانگهێشت", "بانگهێشت:" (a card's label).
  [new RegExp(`${NUM}\\sبانگهێشت(?:ی|یان)?${END}`, 'g'), ' $1 invitations '],
  [new RegExp(`بانگهێشت(?:ی|یان)?\\s(?:کران|وەرگرت)`, 'g'), ' were invited '],
  [/بانگهێشت/g, ' invitations '],
  [/(?:بە\s)?نمرەی\s(\d{2,4})/g, ' with a score of $1 '],
  [/(?<![\d,.])(\d{2,4})\sبوو(?![\u0600-\u06ff])/g, ' was $1 '],
  [/گەیشتە\s(\d{2,4})/g, ' reached $1 '],
  [/(\d{1,4})\sنمرە(?:یان)?/g, ' $1 points '],
  [/(?:هەموو\s)?پرۆگرامەکان(?:ە)?/g, ' all programs '],
  [/(?:پرۆگرامی\s)?پاڵێوراوی\sهەرێمەکان/g, ' Provincial Nominee Program '],
  [/چینی\sئەزموونی\sکەنەدی/g, ' Canadian Experience Class '],
  [/(?:پیشەکانی\s)?پەروەردە/g, ' education '],
  [/(?:پیشەکانی\s)?تەندروستی(?:\sو\sخزمەتگوزاریی\sکۆمەڵایەتی)?/g, ' healthcare '],
  [/پزیشکان/g, ' physicians '],
  [/سەربازیی?/g, ' military '],
  [/زمانی\sفەڕەنسی/g, ' French-language '],
  [/پرۆگرام/g, ' program '],
  [/گشتیی?/g, ' general '],
  [/تەنها/g, ' only '],
  [/ئەنجامدا|ئەنجام\sدرا/g, ' held '],
  [/(?<=\d\s{0,3})بۆ\s/g, ' for '],
  [/(?<=\d\s{0,3}for\s+[a-z]+\s+)و(?=\s)/g, ' and '],
  [/کەنەدا(?![\u0600-\u06ff])/g, ' Canada '],
  [/نزیکەی/g, ' about '],
  [/یەکەم/g, ' first '],
  [new RegExp(`دوو\\s${DRAW}`, 'g'), ' two draws '],
  [/دوو(?=\s)/g, ' two '],
  [new RegExp(DRAW, 'g'), ' draw '],
  [/ئێکسپرێس\sئێنتری[\u0600-\u06ff]*/g, ' Express Entry '],
  [/وەزارەتی\sکۆچ\sو\sپەنابەری(?:\sو\sهاووڵاتیبوونی\sکەنەدا)?/g, ' IRCC '],
  [/پێشبینی|چاوەڕێ\sدەکرێت|پێدەچێت/g, ' expected '],
];

export function glossSorani(text: string): string {
  // A day told in both calendars ("١٦ی ئازاری ٢٠٢٣ – ٢٥ی ڕەشەمەی ٢٧٢٢ی کوردی") is one day.
  return withoutArabicScript(applyGloss(arabicScriptNumerals(text), SORANI).replace(/([A-Z][a-z]+ \d{1,2}, \d{4})\s*[–-]\s*\1/g, '$1'));
}

/** Kurmanji's own words (not "de", "li" or "ji", which other languages write). */
export const KURMANJI_HINT = /vexwendin|herî kêm|koçber/i;
const KURMANJI_WORDS = words('vexwendin\\p{L}*|xala|herî|kêm|dora|û|bû|tenê|îro|duh|koçberî|kanadayê|serlêder\\p{L}*|pergal\\p{L}*|wezareta|hejmara');
/** Kurmanji: eight of its words, five of them different (an English page quoting one has few). */
export const isKurmanji = (text: string): boolean => writtenWith(text, KURMANJI_WORDS, 5);

const KURMANJI_MONTHS: MonthTable = [
  ['çile', 'January'],
  ['sibat', 'February'],
  ['adar', 'March'],
  ['nîsan', 'April'],
  ['gulan', 'May'],
  ['hezîran', 'June'],
  ['tîrmeh', 'July'],
  ['tebax', 'August'],
  ['îlon', 'September'],
  ['cotmeh', 'October'],
  ['mijdar', 'November'],
  ['kanûn', 'December'],
];
const K_MONTH = `(${KURMANJI_MONTHS.map(([w]) => w).join('|')})(?:ê|a|ya)?`;
const kurmanjiMonth = monthNamer(KURMANJI_MONTHS, 'i');
const K_WEEKDAYS: readonly (readonly [string, string])[] = [
  ['duşem', 'Monday'],
  ['sêşem', 'Tuesday'],
  ['çarşem', 'Wednesday'],
  ['pêncşem', 'Thursday'],
  ['în', 'Friday'],
  ['şem[iî]', 'Saturday'],
  ['yekşem', 'Sunday'],
];

/**
 * Kurmanji words that tell a page speaks about rounds rather than announces one, or of a round that is not Canada's federal one
 * (audit of session 55): provinces and other countries with their endings ("Parêzgeha Ontarioyê" → "Ontario province",
 * "Awistralyayê" → "Australia"), a month's summary ("Kurteya meha Cotmehê" → "October recap"), an analysis ("Analîz"), "why"
 * ("çima"), no draw ("tu dor … nehat", "dor tune"), an earlier round ("dora berê/borî/dawî" → the previous draw), a hedge
 * ("nêzîkî", "bi qasî", about).
 */
const KURMANJI_BACKGROUND: readonly GlossRule[] = [
  ...(
    [
      ['Ontario', 'Ontario'],
      ['Kolombiyaya\\sBrîtanî|British\\sColumbia', 'British Columbia'],
      ['Alberta', 'Alberta'],
      ['Saskatchewan', 'Saskatchewan'],
      ['Manitoba', 'Manitoba'],
      ['Quebec|Kebek', 'Quebec'],
      ['Awistraly|Australy|Ostraly', 'Australia'],
      ['Zelandaya\\sNû|Zelanda\\sNû', 'New Zealand'],
      ['Brîtany|Brîtanya', 'the United Kingdom'],
    ] as const
  ).map(([kmr, en]): GlossRule => [words(`(?:${kmr})(?:a|ayê|yê|ya|ê|yî)?`), ` ${en} `]),
  [words('parêzgeh(?:a|ê)?'), ' province '],
  [words(`kurteya\\smeha\\s${K_MONTH}`), (_, m = '') => ` ${kurmanjiMonth(m)} recap `],
  [words('kurte(?:ya)?'), ' recap '],
  [words('analîz|şirove'), ' Analysis '],
  [words('çima'), ' why is '],
  [words('rêber(?:a|ê)?'), ' Guide '],
  [words('çawa'), ' how to '],
  [words('mînak'), ' For example, '],
  [words('tu\\sdor(?:a|ek)?(?=[^.\\n]{0,60}\\bne)'), ' no draw '],
  [words('dor\\s(?:tune|nebû)'), ' no draw '],
  [words('(?:di\\s)?dora\\s(?:berê|borî|dawî|pêşî)(?:\\sde)?'), ' the previous draw '],
  [words('nêzîkî|bi\\sqasî|dora(?=\\s\\d{1,3},\\d{3})'), ' about '],
  [words('(sê|çar|pênc)\\sdor(?:an)?'), (_, n = '') => ` ${{ sê: 'three', çar: 'four', pênc: 'five' }[n.toLowerCase()] ?? ''} draws `],
  [words('(?:karên\\s|lênêrîna\\s)?tendurist[iî](?:yê)?'), ' healthcare '],
  [words('zimanê\\sfransî'), ' French-language proficiency '],
];

const ENGLISH_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

const KURMANJI: readonly GlossRule[] = [
  // Thousands with a point ("27.332").
  [/(?<![\d.])(\d{1,3})\.(\d{3})(?![\d.])/g, '$1,$2'],
  ...KURMANJI_BACKGROUND,
  // Dates: "13ê Sibatê", "12ê Îlona 2020an", "31 Çile 2025".
  [words(String.raw`(\d{1,2})ê?\s${K_MONTH}(?:\s(\d{4})(?:an|ê)?)?`), (_, d = '', m = '', y) => ` ${kurmanjiMonth(m)} ${d}${y ? `, ${y}` : ''} `],
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g, (_, d = '', m = '', y = '') => ` ${dayOrAsWritten(y, m, d)} `],
  // "Duh (Çarşem)" (yesterday, Wednesday): the weekday tells the day.
  [words(String.raw`(?:duh|îro)\s\((\p{L}{2,8})\)`), ' $1 '],
  ...K_WEEKDAYS.map(([w, en]): GlossRule => [words(`(roja\\s)?${w}(?:iyê|yê|ê)?`), (_, on) => ` ${on ? 'on ' : ''}${en} `]),
  [words('du\\sdor(?:an)?'), ' two draws '],
  [words('îro'), ' today '],
  [words('duh'), ' yesterday '],
  // Rounds: "dora 176an" (round 176), "Dora #367".
  [words(String.raw`(?:di\s)?dor(?:a|ê)\s#?(\d{1,3})(?:an|em)?(?![,.]\d)`), ' draw #$1 '],
  [words('qaîdeya\\swekheviyê'), ' tie-breaking rule '],
  [words('berî'), ' before '],
  [words('saet'), ' at '],
  [words(String.raw`xala\s(?:CRS\s)?(?:a\s)?herî\skêm(?:\stenê)?`), ' minimum CRS score '],
  [words(String.raw`tenê\s(\d{1,4})\sbû`), ' was only $1 '],
  // Not a day told before it ("roja 19ê Tebaxê bû", it was on August 19).
  [words(String.raw`(?<!(?:${ENGLISH_MONTHS})\s)(\d{1,4})\sbû`), ' was $1 '],
  [words(String.raw`(\d[\d,]{0,7})\s(?:kes|serlêder\p{L}*)(?:\s[^.\n]{0,80}?)?\svexwendin(?=\s(?:ku|û|:)|[:.!,]|$)`), ' $1 candidates were invited '],
  [words(String.raw`(\d[\d,]{0,7})\svexwendin(?:ên\snû)?`), ' $1 invitations '],
  [words(String.raw`xala\s(\d{2,4})`), ' a score of $1 '],
  [words(String.raw`Çîna\sTecrubeya\sKanadayî`), ' Canadian Experience Class '],
  [words(String.raw`karên\sperwerdehiyê`), ' education '],
  [words(String.raw`karên\spîşeyî`), ' trades '],
  [words(String.raw`wezareta\skoçberî,\spenaberî\sû\shemwelatiyê\sya\skanadayê`), ' IRCC '],
  [words('tenê'), ' only '],
];

export const glossKurmanji = (text: string): string => glossInTurn(text, KURMANJI);
