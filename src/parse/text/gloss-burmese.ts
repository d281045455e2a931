import { clockOfPart, type DayPart } from './day-part-clock.ts';
import { orderNumericDates } from './numeric-dates.ts';
import { GLOSS_COUNT, dayOrdinal, grouped, finishGloss, markEarlier, monthNamer, mostlyScript, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Burmese draw news glossed into the English the reader knows, as `gloss-thai.ts` does for Thai (docs/parser.md, "Burmese and
 * Khmer"): Myanmar digits ("၃,၂၀၀" → 3,200), the Gregorian months as Burmese writes them ("၂၀၂၃ ခုနှစ်၊ စက်တင်ဘာလ ၂၀ ရက်" →
 * "September 20, 2023", "ဩဂုတ် ၄၊ အင်္ဂါ" → "August 4, Tuesday"), counts with their counter ("ITA ၃,၂၀၀ စောင်" → "3,200
 * invitations", "လျှောက်ထားသူ ၃,၄၀၉ ဦး" → "3,409 candidates"), cut-offs ("အနိမ့်ဆုံး CRS ရမှတ်မှာ ၅၃၁" → "minimum CRS score was
 * 531"), rounds ("Draw အမှတ် ၂၆၃" → "draw #263"), programs and the words of a draw report. What the glossary does not know is
 * dropped; a sentence that speaks of an earlier draw ("ယခင်", previous; "ထက်", than) is context.
 */

const M = String.raw`\u1000-\u109f`;
const LETTERS = new RegExp(`[${M}]`, 'g');

/** Enough Myanmar script that it is the page's language, not a name; a post's hashtags ("#ExpressEntry") are no English. */
export const isBurmese = (text: string): boolean => mostlyScript(text.replace(/#[A-Za-z]\w*/g, ''), LETTERS);

/** A Myanmar letter or mark: a word goes on. */
const W = String.raw`[\u1000-\u103f\u1050-\u109f]`;
/** Not inside a Burmese word. */
const B = `(?<!${W})`;
/** A word's end: no vowel sign, tone or killer follows (the syllable would be another word: "မေး", ask, is no "မေ", May). */
const E = String.raw`(?![\u102b-\u103e])`;

const MONTHS: MonthTable = [
  ['ဇန်နဝါရီ', 'January'],
  ['ဖေဖော်ဝါရီ|ဖေဖေါ်ဝါရီ', 'February'],
  ['မတ်', 'March'],
  ['ဧပြီ', 'April'],
  ['မေ', 'May'],
  ['ဇွန်', 'June'],
  ['ဇူလိုင်', 'July'],
  ['ဩဂုတ်|ဪဂုတ်|သြဂုတ်', 'August'],
  ['စက်တင်ဘာ', 'September'],
  ['အောက်တိုဘာ', 'October'],
  ['နိုဝင်ဘာ', 'November'],
  ['ဒီဇင်ဘာ', 'December'],
];
/** A month, with "လ" (month) after it or not. */
const MONTH = `${B}(${MONTHS.map(([my]) => my).join('|')})(?:လ)?${E}`;
const monthOf = monthNamer(MONTHS);
const MONTHS_EN = MONTHS.map(([, en]) => en).join('|');

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['တနင်္လာ', 'Monday'],
  ['အင်္ဂါ', 'Tuesday'],
  ['ဗုဒ္ဓဟူး', 'Wednesday'],
  ['ကြာသပတေး', 'Thursday'],
  ['သောကြာ', 'Friday'],
  ['စနေ', 'Saturday'],
  ['တနင်္ဂနွေ', 'Sunday'],
];

const NUM = GLOSS_COUNT;
/** "ရက်" (day) after a day's number, "နေ့" (day) and the particles after it ("က", "တွင်", "မှာ": on). */
const DAY_WORD = String.raw`(?:[ \t]?ရက်(?:နေ့)?(?:က|တွင်|မှာ|၌)?${E})?`;
const YEAR_WORD = String.raw`(?:[ \t]?ခုနှစ်(?:၏|တွင်|က)?)?`;
const day = (m: string, d: string, y = ''): string => ` ${monthOf(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `;
const SCRIPT = script(M);

/** "၄ ထောင်" (4 thousand), "၃ ထောင့် ၅ ရာ" (3,500), "၄.၅ ထောင်", "၁ သောင်း" (10,000), "၄ သိန်း" (400,000): the figure. */
const scaled = (n: string, unit: string, hundreds = ''): string => {
  const value = Number(n) * (unit.startsWith('သိန်း') ? 100_000 : unit.startsWith('သောင်း') ? 10_000 : 1_000) + Number(hundreds || 0) * 100;
  return Number.isInteger(value) ? ` ${grouped(value)}` : ' ';
};

/** The Myanmar calendar's months, told by the moon's phase ("ပြာသိုလပြည့်ကျော် ၁၀ ရက်"), and its era's years ("၁၃၈၆ ခုနှစ်"). */
const MYANMAR_MONTHS = 'တန်ခူး|ကဆုန်|နယုန်|(?:ပထမ|ဒုတိယ)?ဝါဆို|ဝါခေါင်|တော်သလင်း|သီတင်းကျွတ်|တန်ဆောင်မုန်း|နတ်တော်|ပြာသို|တပို့တွဲ|တပေါင်း';
const MYANMAR_DAY = String.raw`(?:(?:(?:မြန်မာ[ \t]?)?သက္ကရာဇ်[ \t]?)?1[0-4]\d\d[ \t]?(?:ခုနှစ်|ခု)?[ \t]?[၊,]?[ \t]?)?(?:${MYANMAR_MONTHS})(?:လ)?(?:ဆန်း|ပြည့်ကျော်|ပြည့်|ဆုတ်|ကွယ်)(?:[ \t]?\d{1,2}[ \t]?ရက်)?(?:နေ့)?`;
const PARTS: Readonly<Record<string, DayPart>> = { မနက်: 'morning', နံနက်: 'morning', နေ့လယ်: 'midday', ညနေ: 'evening', ည: 'night' };

const RULES: readonly GlossRule[] = [
  // A Myanmar calendar's day before the Gregorian one ("၁၃၈၆ ခုနှစ်၊ ပြာသိုလပြည့်ကျော် ၁၀ ရက် (၂၀၂၅ ခုနှစ်၊ ဇန်နဝါရီလ ၂၄ ရက်)"):
  // only the Gregorian day is told, out of its brackets; a Myanmar era's year alone goes.
  [new RegExp(String.raw`${MYANMAR_DAY}[ \t]?(?:\(([^()\n]{4,40})\))?`, 'g'), (_, gregorian = '') => ` ${gregorian} `],
  [/(?<![\d,])(?:(?:မြန်မာ[ \t]?)?သက္ကရာဇ်[ \t]?)?1[0-4]\d\d[ \t]?ခုနှစ်/g, ' '],
  // A time told with the part of the day ("မနက် ၁:၂၈", "ည ၁၁:၃၀"), and Myanmar time ("မြန်မာစံတော်ချိန်", UTC+6:30).
  [new RegExp(String.raw`${B}(မနက်|နံနက်|နေ့လယ်|ညနေ|ည)(?:ပိုင်း)?[ \t]?(\d{1,2})(:\d\d(?::\d\d)?)`, 'g'), (_, part = '', h = '', rest = '') => clockOfPart(h, rest, PARTS[part] ?? 'morning')],
  [/မြန်မာ့?[ \t]?(?:စံတော်[ \t]?)?(?:အ)?ချိန်/g, ' UTC+6:30 '],
  [/(?<![\d,.])(\d{1,3}(?:\.\d{1,3})?)[ \t]?(ထောင့်|ထောင်|သောင်း|သိန်း)(?:[ \t]?(\d)[ \t]?ရာ)?/g, (_, n = '', unit = '', h = '') => scaled(n, unit, h)],
  // Days: year first ("၂၀၂၃ ခုနှစ်၊ စက်တင်ဘာလ ၂၀ ရက်", "၂၀၂၅ ဒီဇင်ဘာ ၁၆"), month first ("ဒီဇင်ဘာ ၂၄၊ ၂၀၂၀", "ဧပြီ 12, 2024",
  // "ဇွန်လ ၂၈ ရက်"), day first ("18 ဩဂုတ် 2022").
  [new RegExp(String.raw`(?<!\d)((?:19|20)\d\d)${YEAR_WORD}[ \t]?[၊,]?[ \t]?${MONTH}[ \t]?(\d{1,2})(?![\d:])${DAY_WORD}`, 'g'), (_, y = '', m = '', d = '') => day(m, d, y)],
  [new RegExp(String.raw`${MONTH}[ \t]?(\d{1,2})(?![\d:])${DAY_WORD}(?:[ \t]?[၊,][ \t]?((?:19|20)\d\d)(?!\d)${YEAR_WORD})?`, 'g'), (_, m = '', d = '', y = '') => day(m, d, y)],
  [new RegExp(String.raw`(?<![\d,.])(\d{1,2})[ \t]?(?:ရက်[ \t]?)?${MONTH}(?:[ \t]?[၊,]?[ \t]?((?:19|20)\d\d)(?!\d)${YEAR_WORD})?`, 'g'), (_, d = '', m = '', y = '') => day(m, d, y)],
  // A month with its year, or alone with "လ" ("ဇူလိုင်လ draw", July's draw); "မေ" and "မတ်" are words too, read only before a day.
  [new RegExp(String.raw`(?<!\d)((?:19|20)\d\d)${YEAR_WORD}[ \t]?[၊,]?[ \t]?${MONTH}`, 'g'), (_, y = '', m = '') => ` ${monthOf(m)} ${y} `],
  [
    new RegExp(
      `${B}(${MONTHS.filter(([, en]) => en !== 'May' && en !== 'March')
        .map(([my]) => my)
        .join('|')})(?:လ)?${E}`,
      'g',
    ),
    (_, m = '') => ` ${monthOf(m)} `,
  ],
  [new RegExp(String.raw`(?<!\d)((?:19|20)\d\d)[ \t]?ခုနှစ်(?:၏|တွင်|က)?`, 'g'), ' $1 '],
  ...WEEKDAYS.map(([my, en]): GlossRule => [new RegExp(`${B}${my}(?:နေ့)?(?:က|တွင်|မှာ)?${E}`, 'g'), ` ${en} `]),
  // A day of the month alone ("၁၉ ရက်နေ့က", on the 19th); spans ("ရက် ၆၀", "၄၅ ရက်", "၂ ပတ်", "၃ လ", "၁၀ နှစ်"): no day, no count.
  [/(?<![\d,.])([1-9]|[12]\d|3[01])[ \t]?ရက်(?:နေ့)?(?:က|တွင်|မှာ|၌)/g, (_, d = '') => ` on ${dayOrdinal(d)}, `],
  [/ရက်(?:ပေါင်း)?[ \t]?(\d{1,3})(?![\d,])/g, ' $1 days '],
  [/(?<![\d,.])(\d{1,3})[ \t]?(ရက်|ပတ်|လ|နှစ်)(?![\u1000-\u103f])/g, (_, n = '', unit = '') => ` ${n} ${{ ရက်: 'days', ပတ်: 'weeks', လ: 'months' }[unit] ?? 'years'} `],
  [new RegExp(`${B}(?:တမြန်နေ့|မနေ့တစ်နေ့)(?:က)?`, 'g'), ' the day before yesterday '],
  [new RegExp(`${B}မနေ့(?:က)?`, 'g'), ' yesterday '],
  [new RegExp(`${B}(?:ယနေ့|ဒီနေ့)`, 'g'), ' today '],
  [/(?:ဒီ|ယခု|ဤ)[ \t]?အပတ်/g, ' this week '],
  [/(?:ပြီးခဲ့သည့်|ပြီးခဲ့တဲ့|အရင်)[ \t]?အပတ်/g, ' last week '],
  [/နောက်[ \t]?အပတ်/g, ' next week '],
  // Rounds: "Draw အမှတ် ၂၆၃", "ဖိတ်ကြားမှုအကြိမ် (Draw) အမှတ် ၂၆၃" (draw #263), "၂၆၃ ကြိမ်မြောက်" (the 263rd), "Draw ၂ ခု" (two draws).
  [/(?:ဖိတ်ကြားမှု)?အကြိမ်[ \t]?(?:\((?:Draw|draw)\)[ \t]?)?အမှတ်[ \t]?(\d{1,3})(?![\d,])/g, ' draw #$1 '],
  [/([Dd]raw)[ \t]?(\()?[ \t]?အမှတ်(?:စဉ်)?[ \t]*(?:[-–:][ \t]*)?(\d{1,3})(?![\d,])([ \t]?\))?/g, (_, d = '', open = '', n = '', close = '') => ` ${d} #${n}${open && !close ? ' (' : ''} `],
  // "draw ၇ ကြိမ်" (seven times, seven draws) is no round #7.
  [/(?:([Dd]raw)(?:[ \t]?(?:တွေ|များ))?[ \t]?)?(?<![\d,])(\d{1,3})[ \t]?ကြိမ်(?!မြောက်|မြှောက်)/g, (_, d = '', n = '') => ` ${n} ${d ? 'draws' : 'times'} `],
  [/(?<![\d,])(\d{1,3})[ \t]?(?:ကြိမ်မြောက်|ကြိမ်မြှောက်)/g, (_, n = '') => ` the ${dayOrdinal(n).replace(/^the /, '')} `],
  [/([Dd]raw)(?:[ \t]?(?:တွေ|များ))?[ \t]?(\d)[ \t]?ခု/g, ' $2 draws '],
  [/(?<![\d,])(\d)[ \t]?ရက်ဆက်တိုက်/g, ' $1 days in a row '],
  [/draw[ \t]?(?:မထွက်သေး|မရှိသေး|မရှိ|မထွက်)(?:ပါ)?/g, ' no draw yet '],
  [/ထွက်(?:ခဲ့|ပါပြီ|လာ)/g, ' was held '],
  [/ကျင်းပ/g, ' held '],
  [/(?:ထုတ်ပေး|ပေးပို့)/g, ' issued '],
  [/(?:ဖိတ်ကြားမှု)?အကြိမ်/g, ' round '],
  // A review of the month or year ("… Express Entry draw များ ပြန်လည်သုံးသပ်ချက်", "တစ်နှစ်တာ သုံးသပ်ချက်"); "နှစ်၏ နောက်ဆုံး draw".
  [/(?:draw(?:များ|တွေ)?[ \t]?)?(တစ်နှစ်တာ[ \t]?)?(ပြန်လည်)?သုံးသပ်ချက်/g, (_, year = '', back = '') => (year ? ' year in review ' : back ? ' in review ' : ' analysis ')],
  [/(?:ယခု)?နှစ်(?:၏|ရဲ့)[ \t]?နောက်ဆုံး[ \t]?(draw|အကြိမ်)/g, ' the last draw of the year '],
  // A card's labels: "ရက်စွဲ" (date), "ပရိုဂရမ်" (program), "ဖိတ်ကြားစာ အရေအတွက်" (the number of invitations).
  [/ရက်စွဲ/g, ' Date '],
  [/(?:ဖိတ်ကြားစာ|ဖိတ်ကြားလွှာ|ဖိတ်စာ|ဖိတ်ကြားမှု|ITA)[ \t]?(?:အရေအတွက်|စောင်ရေ)/g, ' Number of invitations '],
  [/ပရိုဂရမ်(?=[ \t]*[-:|\t])/g, ' Program '],
  // Bounds, no count: "ITA ၃၀,၀၀၀ အထိ" (up to), "အနည်းဆုံး ၆,၀၀၀" (at least), "အများဆုံး ၅၀၀" (at most); not a day's "ဒီဇင်ဘာ ၃၁ အထိ".
  [new RegExp(String.raw`(?<!(?:${MONTHS_EN}) )${NUM}[ \t]?(?:စောင်|ဦး|ယောက်)?[ \t]?အထိ`, 'g'), ' up to $1 '],
  [new RegExp(String.raw`(အနည်းဆုံး|အများဆုံး)[ \t]?${NUM}`, 'g'), (_, bound = '', n = '') => ` ${bound === 'အနည်းဆုံး' ? 'at least' : 'at most'} ${n} `],
  // Counts: "ITA ၃,၂၀၀ စောင်" (copies), "လျှောက်ထားသူ ၃,၂၀၀ ဦး" (applicants, persons), "လူ ၄၀၁,၀၀၀ ဦး" (people).
  [new RegExp(String.raw`(?:ITA|ဖိတ်ကြားစာ|ဖိတ်ကြားလွှာ|ဖိတ်စာ|ဖိတ်ကြားမှု)(?:များ)?[ \t]?${NUM}[ \t]?စောင်`, 'g'), ' $1 invitations '],
  [new RegExp(String.raw`${NUM}[ \t]?စောင်`, 'g'), ' $1 invitations '],
  [new RegExp(String.raw`(?:လျှောက်ထားသူ|ဖိတ်ကြားခံရသူ|ကိုယ်စားလှယ်လောင်း)(?:များ|တွေ)?[ \t]?${NUM}[ \t]?(?:ဦး|ယောက်)`, 'g'), ' $1 candidates '],
  [new RegExp(String.raw`${NUM}[ \t]?(?:ဦး|ယောက်)`, 'g'), ' $1 people '],
  // A hedge before or after a figure: "၄,၀၀၀ ခန့်" (about), "၅၁၀ ဝန်းကျင်" (around), "ကျော်" (over), "နီးပါး" (nearly).
  [new RegExp(String.raw`${NUM}[ \t]?(?:ခန့်|ဝန်းကျင်|လောက်)`, 'g'), ' about $1 '],
  [new RegExp(String.raw`${NUM}[ \t]?ကျော်`, 'g'), ' more than $1 '],
  [new RegExp(String.raw`${NUM}[ \t]?နီးပါး`, 'g'), ' nearly $1 '],
  // Cut-offs: "အနိမ့်ဆုံး CRS ရမှတ်မှာ ၅၃၁" (the lowest CRS score is 531), "ရမှတ် ၃၅ မှတ်" (35 points), "၄၁၃ ထက်" (than 413).
  [/အနိမ့်ဆုံး[ \t]?(?:(CRS)[ \t]?)?(?:ရမှတ်|အမှတ်)?/g, (_, crs = '') => ` minimum ${crs ? 'CRS ' : ''}score `],
  [/(?:(CRS)[ \t]?)?(?:ဖြတ်မှတ်|အမှတ်ဖြတ်)(?:က|မှာ)?[ \t]?(?=\d)/g, (_, crs = '') => ` ${crs ? 'CRS ' : ''}cut-off score was `],
  [/(?:(CRS)[ \t]?)?(?:ဖြတ်မှတ်|အမှတ်ဖြတ်)/g, (_, crs = '') => ` ${crs ? 'CRS ' : ''}cut-off score `],
  // The tie-break in words: "ရမှတ်တူညီသူများအတွက် သတ်မှတ်ချက်" (the rule for equal scores), "… UTC မတိုင်မီ profile တင်ခဲ့သူများ"
  // (those who submitted a profile before …).
  [/(?:တန်းတူ[ \t]?)?(?:ရမှတ်|အမှတ်)[ \t]?(?:တူညီ|တန်းတူ|တူ)(?:နေ)?(?:သူ(?:များ)?)?(?:အတွက်|ကို)?[ \t]?(?:ခွဲခြား(?:ရေး|သည့်|ခြင်း)?|ဆုံးဖြတ်(?:ရေး|သည့်)?)?[ \t]?(?:သတ်မှတ်ချက်|စည်းမျဉ်း|ရက်စွဲ)(?:မှာ|သည်)?/g, ' tie-breaking rule '],
  [
    new RegExp(
      String.raw`((?:${MONTHS_EN}) \d{1,2}(?:, (?:19|20)\d\d)?(?:[ \t,]+(?:at )?\d{1,2}:\d\d(?::\d\d)?(?: [ap]m)?)?(?:[ \t]?(?:UTC|GMT))?)[ \t]?(?:မတိုင်မီ|မတိုင်ခင်|မတိုင်မှီ)[ \t]?(?:Express Entry[ \t]?)?[Pp]rofile(?:များ)?[ \t]?(?:ကို[ \t]?)?(?:တင်|ဖွင့်|ဖန်တီး)`,
      'g',
    ),
    ' profiles submitted before $1 ',
  ],
  [/(\d{1,4})[ \t]?မှတ်/g, ' $1 points '],
  [/(?:ရမှတ်|အမှတ်)/g, ' score '],
  [/မှာ[ \t]?(?=\d)/g, ' was '],
  [/(\d{1,4})[ \t]?ထက်/g, ' than $1 '],
  [/စုစုပေါင်း/g, ' total '],
  // The tie-break, in the words a page might use ("တန်းတူရမှတ် ခွဲခြားရေး စည်းမျဉ်း").
  [/(?:တန်းတူ|တူညီ|အမှတ်တူ)[ \t]?score[ \t]?(?:ခွဲခြား|ဆုံးဖြတ်)\S*[ \t]?စည်းမျဉ်း/g, ' tie-breaking rule '],
  // Programs.
  [/ပရိုဂရမ်[ \t]?(?:အားလုံး|အမျိုးအစားအားလုံး)/g, ' all programs '],
  [/ပရိုဂရမ်[ \t]?သတ်မှတ်ခြင်း[ \t]?မရှိ(?:သော)?/g, ' no program specified '],
  [/ပြင်သစ်[ \t]?ဘာသာ(?:စကား)?/g, ' French-language '],
  // Rounds by occupation: "ပညာရေး အလုပ်အကိုင်များ" (education), "လက်မှုပညာ" (trades), "သယ်ယူပို့ဆောင်ရေး" (transport), "စိုက်ပျိုးရေး" (agriculture).
  [/ပညာရေး[ \t]?အလုပ်အကိုင်(?:များ)?/g, ' education occupations '],
  [/လက်မှုပညာ(?:[ \t]?အလုပ်အကိုင်(?:များ)?)?/g, ' trade occupations '],
  [/သယ်ယူပို့ဆောင်ရေး(?:[ \t]?အလုပ်အကိုင်(?:များ)?)?/g, ' transport occupations '],
  [/စိုက်ပျိုးရေး(?:[ \t]?(?:နှင့်|နဲ့)[ \t]?(?:စားသောက်ကုန်|အစားအစာ)(?:ထုတ်လုပ်ရေး)?)?(?:[ \t]?အလုပ်အကိုင်(?:များ)?)?/g, ' agriculture and agri-food occupations '],
  [/အလုပ်အကိုင်(?:များ)?/g, ' occupations '],
  [/ပြင်သစ်စာ/g, ' French '],
  // "ကနေဒါ အလုပ်အတွေ့အကြုံရှိ ဆရာဝန်များ" (physicians with Canadian work experience), "အကြီးတန်း မန်နေဂျာများ" (senior managers).
  // Doctors named among other trades ("ဆရာဝန်၊ သူနာပြု", doctors, nurses) are a healthcare round's: only a round for them is theirs.
  [/ကနေဒါ[ \t]?အလုပ်[ \t]?အတွေ့အကြုံ[ \t]?ရှိ(?:သော|သည့်)?[ \t]?ဆရာဝန်(?:များ)?|ဆရာဝန်(?:များ)?[ \t]?(?=အတွက်[ \t]?(?:Express Entry[ \t]?)?draw)/g, ' Physicians with Canadian work experience '],
  [/ဆရာဝန်(?:များ)?/g, ' doctors '],
  [/(?:ကနေဒါ[ \t]?အလုပ်[ \t]?အတွေ့အကြုံ[ \t]?ရှိ(?:သော|သည့်)?[ \t]?)?အကြီးတန်း[ \t]?(?:မန်နေဂျာ|စီမံခန့်ခွဲသူ)(?:များ)?/g, ' Senior managers with Canadian work experience '],
  [/ကနေဒါ[ \t]?(?:အလုပ်)?[ \t]?အတွေ့အကြုံ[ \t]?(?:အတန်းအစား|လူတန်းစား)/g, ' Canadian Experience Class '],
  [/ကနေဒါ[ \t]?အလုပ်[ \t]?အတွေ့အကြုံ/g, ' Canadian work experience '],
  [/ပြည်နယ်[ \t]?ထောက်ခံချက်/g, ' provincial nomination '],
  [/ပြည်နယ်[ \t]?အစိုးရ/g, ' provincial government '],
  [/ပြည်နယ်/g, ' province '],
  [/ကျန်းမာရေး/g, ' healthcare '],
  [/ဖက်ဒရယ်/g, ' federal '],
  [/လူဝင်မှုကြီးကြပ်ရေး[ \t]?ဌာန|လူဝင်မှုကြီးကြပ်ရေးဌာန/g, ' IRCC '],
  // Provinces (their own rounds are not Express Entry rounds) and other countries, named in English.
  [/ဗြိတိသျှ[ \t]?ကိုလံဘီယာ/g, ' British Columbia '],
  [/အွန်တာရီယို|အွန်တေးရီးယိုး/g, ' Ontario '],
  [/အယ်လ်ဘာတာ|အဲလ်ဘာတာ/g, ' Alberta '],
  [/ဆက်စ်ကက်ချဝမ်|ဆက်စကက်ချဝမ်/g, ' Saskatchewan '],
  [/မန်နီတိုဘာ|မန်နီတိုးဘား/g, ' Manitoba '],
  [/နိုဗာ[ \t]?စကိုးရှား/g, ' Nova Scotia '],
  [/ကွိဘက်|ကွီဘက်|ကွဘက်/g, ' Quebec '],
  [/ဩစတြေးလျ|သြစတြေးလျ/g, ' Australia '],
  [/နယူးဇီလန်/g, ' New Zealand '],
  [/ကနေဒါ/g, ' Canada '],
  [/ဖိတ်ကြား(?:စာ|မှု|လွှာ)|ဖိတ်စာ/g, ' invitations '],
  [/ဖိတ်ကြား/g, ' invited '],
  [/လမ်းညွှန်/g, ' Guide '],
  // A reader's question: "မေးခွန်း" (question), "ကျွန်တော့် CRS" (my CRS) is no round's.
  [/မေးခွန်း/g, ' Question '],
  [/ကျွန်(?:တော့်|မရဲ့|တော်ရဲ့|တော်၏|မ၏)/g, ' my '],
  [/ဥပမာ/g, ' For example, '],
  [/နှစ်ပတ်လည်(?:နေ့)?/g, ' anniversary '],
  // A month's recap ("၂၀၂၄ ခုနှစ် ဇူလိုင်လ Express Entry အနှစ်ချုပ်" → "July 2024 Express Entry recap") announces none of its rounds.
  [/လစဉ်[ \t]?အနှစ်ချုပ်/g, ' monthly recap '],
  [/အနှစ်ချုပ်/g, ' recap '],
  [/ခန့်မှန်း(?:ချက်)?/g, ' forecast '],
  [/မျှော်လင့်|ဖြစ်နိုင်(?:ခြေ)?|(?:ထွက်|ကျင်းပ)နိုင်/g, ' expected '],
  [/ယခင်/g, ' previous '],
  [/ဆက်စပ်သတင်း(?:များ)?/g, ' Related news '],
  [/\u104b/g, '. '],
  [/\u104a/g, ', '],
];

/** A sentence that speaks of an earlier draw ("ယခင်", previous; "ထက်", than; "မကြာသေးခင်က", lately): context from its start. */
const EARLIER = /ယခင်|\d[ \t]?ထက်|မကြာသေးခင်က|ပြီးခဲ့(?:သည့်|တဲ့)[ \t]?(?:[A-Za-z]{2,12}[ \t]?)?(?:draw|အကြိမ်)/;

/** Digits: Myanmar ones as ASCII; a letter "ဝ" among them is a zero, a digit "၀" inside a word the letter ("နို၀င်ဘာ"). */
const digits = (text: string): string =>
  text
    .replace(/(?<=[\u1000-\u103f])\u1040(?=[\u1000-\u103f])/g, '\u101d')
    .replace(/(?<![\u1000-\u103f])[\u1040-\u1049\u101d](?:[\u1040-\u1049\u101d]|[,.](?=[\u1040-\u1049\u101d]))*(?![\u1000-\u103f])/g, (run) =>
      /[\u1040-\u1049]/.test(run) ? run.replace(/\u101d/g, '0') : run,
    )
    .replace(/[\u1040-\u1049]/g, (d) => String(d.charCodeAt(0) - 0x1040));

export function glossBurmese(text: string): string {
  // "ဖြစ်ပြီး" (is, and …) ends a clause: what follows may be an earlier draw's.
  const sentences = orderNumericDates(digits(text)).replace(/ဖြစ်ပြီး/g, '\u104b');
  return finishGloss(markEarlier(sentences, EARLIER, /([\u104b\n])/), RULES, SCRIPT);
}
