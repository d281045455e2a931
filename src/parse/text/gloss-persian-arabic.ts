import { applyGloss, dayOrAsWritten, grouped, tidyGloss, type GlossRule } from './gloss-rules.ts';
import { solarHijriToGregorian } from './solar-hijri.ts';
import { ARABIC_SCRIPT_RUN, arabicScriptNumerals } from './arabic-script.ts';
import { DARI, dariSpelling, isDari } from './gloss-dari.ts';

/**
 * Persian, Arabic and Urdu draw news glossed into the English the reader knows, as `gloss.ts` does for Korean and Chinese
 * (docs/parser.md, "Eighth round", "Eighteenth round" and "Nineteenth round"): Eastern digits, day-first dates in each
 * language's month names, counts with their noun, scores, hedges and the words of a draw report. What the glossary does
 * not know is dropped, so a sentence it cannot place gives no fact.
 */

const day = dayOrAsWritten;

/** Persian and Arabic digits, and the Arabic comma between a number's groups ("۵،۵۰۰" is 5,500). */

const PERSIAN_ARABIC_MONTHS: readonly (readonly [RegExp, number])[] = [
  [/ژانویه|يناير|كانون الثاني|جنوری/, 1],
  [/فوریه|فبراير|شباط|فروری/, 2],
  [/مارس|آذار|مارچ/, 3],
  [/آوریل|أبريل|ابريل|نيسان|اپریل/, 4],
  [/مه|می|مايو|أيار|مئی/, 5],
  [/ژوئن|يونيو|حزيران|جون/, 6],
  [/ژوئیه|جولای|يوليو|تموز|جولائی/, 7],
  [/اوت|آگوست|أغسطس|اغسطس|آب|اگست/, 8],
  [/سپتامبر|سبتمبر|أيلول|ستمبر/, 9],
  [/اکتبر|أكتوبر|اكتوبر|تشرين الأول|اکتوبر/, 10],
  [/نوامبر|نوفمبر|تشرين الثاني|نومبر/, 11],
  [/دسامبر|ديسمبر|كانون الأول|دسمبر/, 12],
];
const MONTH_WORDS = PERSIAN_ARABIC_MONTHS.map(([r]) => r.source).join('|');
const monthOfWord = (w: string): number => PERSIAN_ARABIC_MONTHS.find(([r]) => new RegExp(`^(?:${r.source})$`).test(w))?.[1] ?? 0;
/**
 * Solar Hijri months ("17 آبان 1396"): with its year, the Gregorian day (a tie-breaking time or a dateline may be told in this
 * calendar alone); without one, dropped (the same day is told in the other calendar beside it).
 */
const SOLAR_MONTH_NAMES = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const SOLAR_MONTHS = SOLAR_MONTH_NAMES.join('|');
const solarDay = (d: string, month: string, year: string | undefined): string => {
  const g = year ? solarHijriToGregorian(Number(year), SOLAR_MONTH_NAMES.indexOf(month) + 1, Number(d)) : null;
  return g ? ` ${day(String(g.year), String(g.month), String(g.day))} ` : ' ';
};

/** Small counts and the weekdays in Arabic and Persian, with the English word each glosses to. */
const ARABIC_COUNTS: Readonly<Record<string, string>> = { اثنين: 'two', اثنتين: 'two', ثلاثة: 'three', ثلاث: 'three', أربعة: 'four', أربع: 'four', خمسة: 'five', خمس: 'five', ستة: 'six', ست: 'six' };
const PERSIAN_COUNTS: Readonly<Record<string, string>> = { دو: 'two', سه: 'three', چهار: 'four', پنج: 'five' };
const ARABIC_WEEKDAYS: Readonly<Record<string, string>> = {
  الاثنين: 'Monday',
  الثلاثاء: 'Tuesday',
  الأربعاء: 'Wednesday',
  الخميس: 'Thursday',
  الجمعة: 'Friday',
  السبت: 'Saturday',
  الأحد: 'Sunday',
};
/** A table's words as alternatives, the longest first (so "أربعة" is tried before "أربع"). */
const words = (table: Readonly<Record<string, string>>): string =>
  Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join('|');

const PERSIAN_ARABIC: readonly GlossRule[] = [
  [new RegExp(String.raw`(?<![\d,.])(\d{1,2})\s(${SOLAR_MONTHS})(?![\u0600-\u06ff])(?:\s(1[34]\d\d)|\s\d{4})?`, 'g'), (_, d = '', m = '', y) => solarDay(d, m, y || undefined)],
  // Dates: "8 نوامبر 2017", "6 أكتوبر 2025", "19 شباط/فبراير"; a month alone is dropped. Not the tail of a longer number, nor a word
  // a month's name begins ("ڈرا نمبر 436 میں": "in", not "36 May").
  [
    new RegExp(String.raw`(?<![\d,.])(\d{1,2})\s(?:(?:${MONTH_WORDS})\/)?(${MONTH_WORDS})(?![\u0600-\u06ff])(?:\s(?:سال\s|عام\s)?(\d{4}))?`, 'g'),
    (_, d = '', w = '', y) => ` ${day(y || undefined, String(monthOfWord(w)), d)} `,
  ],
  // Round numbers: "دوره 77 از ابتدا", "الجولة رقم 363 منذ إطلاق" (IRCC's); "رقم 33 خلال عام 2025" (this year's) is dropped.
  [/(?:دوره|دور|الجولة|جولة|السحب)\s(?:رقم\s)?(\d{2,3})\s(?:از ابتدا|منذ)/g, ' draw #$1 since '],
  // Persian cards: "دور ۱۸۶ – چهارشنبه …" (round 186, heading its lines), "(شماره ۲۴۹)" (number 249), "تعداد دعوت‌نامه: ۵۵۷"
  // (number of invitations), "تساوی امتیاز:" / "قانون تساوی امتیاز" (the tie-breaking rule), "حوزه سلامت" (health).
  [/(?<=^|\n)[ \t]*دور\s(\d{2,3})\s?(?=[–-])/g, ' Draw #$1 '],
  // "دور شماره ۲۳۳" (round number 233), "جزئیات دور ۳۹۷:" (the details of round 397:).
  [/(?:دوره|دور)\sشماره\s(\d{1,3})(?!\d)|دور\s(\d{2,3})(?=\s?:)/g, (_, a, b) => ` draw #${String(a || b)} `],
  [/\(\s?شماره\s(\d{2,3})\s?\)/g, ' (draw #$1) '],
  [/تعداد\s?دعوت(?:\u200c|\s)?(?:نامه)?(?:\u200c|\s)?(?:ها)?\s?:\s?/g, ' number of invitations: '],
  [/قانون\s?تساوی(?:\s?امتیاز)?|تساوی\s?امتیاز/g, ' tie-breaking rule '],
  [/(?:مشاغل\s)?(?:حوزه\s)?سلامت(?:\sو\sخدمات\sاجتماعی)?/g, ' healthcare '],
  // A card's label: "رقم السحب: 256", "شماره دوره: 256" (the draw's number).
  [/(?:رقم\s(?:السحب|الجولة)|شماره\s(?:دوره|قرعه))\s?:\s?(?=\d)/g, ' draw number: '],
  // "وهي الجولة رقم 271" (it is round number 271): three digits are IRCC's number (no year has had 100 rounds).
  [/(?:الجولة|جولة|السحب)\sرقم\s([1-9]\d{2})(?!\d)/g, ' draw #$1 '],
  // "الجولة، التي تحمل الرقم 302" (the round, which bears the number 302).
  [/(?:التي\s)?تحمل\s?(?:ال)?رقم\s?([1-9]\d{0,2})(?!\d)/g, ' draw #$1 '],
  [/(?:رقم|دوره|الجولة)\s(?<!\d)\d{1,9}/g, ' '],
  // "جولتها الـ380" (its 380th round): no year has had 100 rounds, so three digits are IRCC's number.
  [/(?:جولتها|جولته|الجولة|جولة|السحب)\s?الـ\s?([1-9]\d{2})(?!\d)/g, ' draw #$1 '],
  // Hedges: "أكثر من 4,000 مرشح" (more than 4,000), "حدود 3500" (about 3,500).
  [/أكثر\s?من|بیش\s?از|بیشتر\s?از|ما\s?يزيد\s?عن/g, ' more than '],
  // "أقل بكثير من السحوبات العامة التي تجاوزت 500 نقطة" (well below the general draws, which exceeded 500 points): bounds.
  [/أقل\s?(?:بكثير\s?)?من/g, ' lower than '],
  [/(?:التي\s)?(?:تجاوزت|تجاوز|تخطت|تخطى)/g, ' which exceeded '],
  // "قاعدة كسر التعادل" (the tie-breaking rule) when its time is told in UTC ("بالتوقيت العالمي المنسق", coordinated universal
  // time; another zone is not read).
  [/قاعدة\s?كسر\s?التعادل(?=[^.\n]{0,80}(?:التوقيت\s?العالمي|UTC|GMT))/g, ' tie-breaking rule '],
  [/(?:ب)?التوقيت\s?العالمي(?:\s?المنسق)?/g, ' UTC '],
  [/حدود|حوالي|حوالى|تقريبا|تقریبا|نحو/g, ' about '],
  // Thousands in words: "7 هزارو 800" (seven thousand and eight hundred), "3 آلاف" (three thousand).
  [/(?<![\d,.])(\d{1,3})\s?(?:هزار|ألفا?|آلاف)(?:\s?و\s?(\d{1,3})(?![\d,.]))?/g, (_, thousands = '', rest) => ` ${grouped(Number(thousands) * 1000 + (rest ? Number(rest) : 0))}`],
  // Counts, scores and what happened.
  // Urdu: "496 کے کم از کم … اسکور" (a minimum score of 496), before the count rules read 496.
  [/(\d{2,4})\s?کے\s?کم\s?از\s?کم/g, ' a minimum CRS score of $1, '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:دعوتنامه|دعوت نامه|دعوت\s?نامے|دعوت\s?ناموں|دعوت\s?نامہ|دعوة|دعوات)/g, ' $1 invitations '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:نفر|متقاضی|متقاضیان|کاندیدا|کاندید|داوطلب|مرشحا|مرشحين|مرشح|متقدم|شخص|امیدواروں|امیدوار)/g, ' $1 candidates '],
  // Urdu: "700 امیدواروں کو درخواست دینے کی دعوت دی گئی" (700 candidates were invited to apply), "مدعو کیا" (invited),
  // "دعوت نامے جاری کیے گئے" (invitations were issued).
  [/کو\s(?:[^\d.۔،]{0,30}?\s)?دعوت\sدی(?:\sگئی)?|مدعو\s?(?:کیا|کئے|کیے)/g, ' were invited '],
  [/جاری\s?(?:کیے|کئے|کی)\s?گئے|جاری\s?(?:کیے|کئے|کرنا|کیا)/g, ' were issued '],
  // "الحصول على 75 درجة على الأقل" (obtain at least 75 points).
  [/(\d{2,4})\s?(?:امتیاز|نقطة|نقاط|درجة|درجات)\s?على\s?الأقل/g, ' at least $1 points '],
  [/(\d{2,4})\s?(?:امتیاز|نقطة|نقاط|درجة|درجات)/g, ' $1 points '],
  [/(?:درجة|امتیاز)\s(\d{2,4})/g, ' a score of $1 '],
  [/دعوتنامه\s?(?:ها\s?)?(?:صادر|ارسال)\s?(?:شد|گردید|کرد|شده|نمود)|(?:تم\s)?إصدار/g, ' issued invitations '],
  // "أعلنت … عن دعوتها لعدد 27332 مرشحا" (announced it invited 27,332 candidates).
  [/دعوت\s?(?:کرد|کردند|شدند|نمود)|دعوتها|دعوته|دعت|دعا|تدعو|(?:حيث\s)?(?:تمت\sدعوة|دُعِيَ|دُعي|دعي)/g, ' invited '],
  [
    /حداقل\s?امتیاز|کمترین\s?امتیاز|پایین\s?ترین\s?امتیاز|حد\s?نصاب\s?امتیاز|حدنصاب\s?امتیاز|حد\s?نصاب|حدنصاب|امتیاز\s?قبولی|مینیمم\s?امتیاز|امتیاز\s?قابل\s?قبول|حد\s?اقل\s?امتیاز|الحد\s?الأدنى\s?(?:للنقاط|لنقاط|من\s?النقاط)?|العتبة/g,
    ' minimum CRS score ',
  ],
  // Urdu: "CRS سکور 496 تک گر گیا" (fell to 496).
  [/(?<![\d,.])(\d{2,4})\s?تک\s?(?:گر|کم\s?ہو)(?:\s?(?:گیا|گئی|گئے))?/g, ' fell to $1 '],
  [/کم\s?از\s?کم/g, ' minimum '],
  // "حداقل امتیاز CRS به ۵۰۰ رسید" (the minimum CRS score reached 500).
  [/به\s?(\d{2,4})\s?رسید/g, ' reached $1 '],
  // "برای همه برنامه‌ها" (for all programs); "«پزشکان دارای سابقه کار در کانادا»" (physicians with Canadian work experience).
  [/همه\s?(?:ی\s?)?برنامه(?:\u200c|\s)?ها/g, ' all programs '],
  [/«?پزشکان\s?دارای\s?سابقه\s?کار\s?در\s?کانادا»?|(?<=ویژه\s?)پزشکان/g, ' physicians with Canadian work experience '],
  [/اسکور|سکور/g, ' score '],
  [/حداقل|على الأقل/g, ' at least '],
  // "… 443 بوده است" (… was 443), Urdu "اسکور 488 درکار تھا" (a score of 488 was required): a value the verb ends with,
  // not a number glued to a unit.
  [/(?<![\d,.])(\d{2,4})\s(?:درکار\s)?(?:بوده\s?است|بوده|بود|است|می\s?باشد|تھا|تھی|ہے)(?![\u0600-\u06ff])/g, ' was $1 '],
  // "از اوایل سال 2019 تا کنون" (from early 2019 until now): a running total.
  [/تا\s?کنون|حتى\s?الآن/g, ' so far '],
  // Quebec and its own ministry ("وزارة الهجرة والفرنسة والاندماج في كيبيك", immigration, francization and integration): not IRCC.
  [/وزارة\s?الهجرة\s?والفرنسة\s?والاندماج(?:\s?في\s?كيبيك)?/g, ' MIFI '],
  [/كيبيك|کبک/g, ' Quebec '],
  [/اداره\s?مهاجرت(?:\s?و\s?شهروندی)?(?:\s?کانادا)?|سازمان\s?مهاجرت(?:\s?کانادا)?|وزارت\s?مهاجرت|وزارة\s?الهجرة(?:\s?واللاجئين\s?والمواطنة)?(?:\s?الكندية)?/g, ' IRCC '],
  [/نسبت به|در مقایسه با|مقارنة\s?(?:ب|مع)/g, ' compared with '],
  // "في أربعة سحوبات متتالية" (in four consecutive draws), "سحبين" (two draws): several draws.
  [new RegExp(`(${words(ARABIC_COUNTS)})\\s(?:سحوبات|جولات)|(سحبين|جولتين)`, 'g'), (_, n = '', dual) => ` ${dual ? 'two' : (ARABIC_COUNTS[n] ?? '')} draws `],
  // "وفي يوم الأربعاء السابق" (and on the previous Wednesday): another, earlier draw's day.
  [new RegExp(`(?:في\\s)?يوم\\s(${words(ARABIC_WEEKDAYS)})\\s(?:السابق|الماضي)`, 'g'), (_, w = '') => ` on the previous ${ARABIC_WEEKDAYS[w] ?? ''} `],
  // "در دو قرعه کشی اول خود" (in its first two draws): several draws, whose figures are totals.
  [new RegExp(`(?:^|\\s)(${words(PERSIAN_COUNTS)})\\s(?:قرعه\\s?کشی|دوره)(?:\\s(?:اول|نخست|آخر|اخیر))?`, 'g'), (_, n = '') => ` ${PERSIAN_COUNTS[n] ?? ''} draws `],
  [/(?:دوره|دور|قرعه\s?کشی|السحب|الجولة)\s?(?:قبلی|قبل|گذشته|پیشین|السابق|السابقة|الماضي|الماضية)|قبل هذا السحب/g, ' the previous draw '],
  // "اخیرا" (recently), an adverb, not "اخیر" (latest).
  [/اخیراً?|مؤخراً?/g, ' recently '],
  [/جدیدترین|اخیر|أحدث|الأخير|الأخيرة/g, ' latest '],
  // Urdu draws and their words: "ڈرا", "قرعہ اندازی", "آل پروگرام", "تازہ ترین", "حالیہ".
  [/آل\s?پروگرام|تمام\s?پروگرام(?:وں)?/g, ' all-program '],
  [/ڈرا(?![\u0600-\u06ff])|قرعہ\s?اندازی/g, ' draw '],
  [/ایکسپریس\s?انٹری/g, ' Express Entry '],
  [/تازہ\s?ترین/g, ' latest '],
  [/حالیہ/g, ' most recent '],
  [/امروز|اليوم/g, ' today '],
  // "پریروز" (the day before yesterday) is no yesterday.
  [/پریروز|پری\sروز/g, ' the day before yesterday '],
  [/دیروز|أمس/g, ' yesterday '],
  [/قرعه\s?کشی|دوره\s?انتخابی|السحب|سحب|الجولة|جولة/g, ' draw '],
  [/اکسپرس\s?انتری|الدخول\s?السريع/g, ' Express Entry '],
  [/آلبرتا|ألبرتا/g, ' Alberta '],
  [/انتاریو|أونتاريو|اونتاريو/g, ' Ontario '],
  [/بریتیش\s?کلمبیا|كولومبيا\s?البريطانية/g, ' British Columbia '],
  [/ساسکاچوان|ساسكاتشوان/g, ' Saskatchewan '],
  [/مانیتوبا|مانيتوبا/g, ' Manitoba '],
  [/جزیره\s?(?:ی\s?)?پرنس\s?ادوارد|جزيرة\s?الأمير\s?إدوارد/g, ' Prince Edward Island '],
  [/نوا\s?اسکوشیا|نوفا\s?سكوشا|نوفا\s?سكوتيا/g, ' Nova Scotia '],
  [/نیو\s?برانزویک|نيو\s?برونزويك/g, ' New Brunswick '],
  [/نیوفاندلند|نيوفاوندلاند/g, ' Newfoundland and Labrador '],
  // "استان جزیره پرنس ادوارد" (the province of Prince Edward Island).
  [/استان(?!ی)|مقاطعة/g, ' the province of '],
  [/نامزد(?:ی)?\s?استانی|برنامه\s?استانی|برنامج\s?(?:الترشيح|الترشح)\s?الإقليمي/g, ' Provincial Nominee Program '],
  [/تجربه\s?کانادایی|الخبرة\s?الكندية/g, ' Canadian Experience Class '],
  [/زبان\s?فرانسه|فرانسوی|اللغة\s?الفرنسية|الفرنسية/g, ' French-speaking '],
  [/الرعاية\s?الصحية|مراقبت\s?های\s?بهداشتی/g, ' healthcare '],
  [/خواهد|احتمالا|پیش\s?بینی|انتظار|سوف|من\s?المتوقع|يتوقع|متوقع/g, ' expected '],
  [/اگر|إذا/g, ' if '],
  [/امسال|از ابتدای سال|حتى الآن|منذ بداية العام/g, ' so far this year '],
];

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
/** Persian or Arabic: enough of that script that it is the page's language, not a name. */
export const isPersianOrArabic = (text: string): boolean => ARABIC_SCRIPT.test(text) && (text.match(ARABIC_SCRIPT_RUN) ?? []).length >= 10;

export function glossPersianArabic(text: string): string {
  // Urdu's full stop too.
  let out = arabicScriptNumerals(text).replace(/\u06d4/g, '. ');
  // Dari first: its months, weekdays and words, then what it shares with Persian.
  if (isDari(out)) out = applyGloss(dariSpelling(out), DARI);
  out = applyGloss(out, PERSIAN_ARABIC);
  // A clock's minutes ("15:31 بالتوقيت") are not a number glued to a unit.
  // A number at a line's end is not glued to the next line's first word ("رقم السحب: 256" / "الفئة: …").
  return tidyGloss(out.replace(/(?<!\d[,.:]?)\d[\d,.]{0,20}(?=[ \t]?[\u0600-\u06ff])/g, ' ').replace(ARABIC_SCRIPT_RUN, ' '));
}
