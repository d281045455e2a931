import { bikramSambatToGregorian } from './bikram-sambat.ts';
import { matchesOf } from './matches.ts';
import { GLOSS_COUNT, applyGloss, finishGloss, glossDay, grouped, hasEnough, markEarlier, monthNamer, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Nepali draw news glossed into the English the reader knows (docs/parser.md, "Nepali and Tigrinya"). Nepali is written in
 * Devanagari, as Hindi and Marathi are: a page is Nepali by words they do not write ("छ", "थियो", "भयो", "पनि", "जना", "हिजो",
 * "क्यानडा", …). Read: Devanagari digits; Bikram Sambat days ("२०८१ भदौ १२ गते बुधबार" → "Wednesday, August 28, 2024", through
 * `bikram-sambat.ts`); Gregorian months as Nepali spells them ("अगस्ट २६", "सेप्टेम्बर ७"); weekdays, "आज" (today), "हिजो"
 * (yesterday); rounds ("राउन्ड नम्बर ३११", "४२औँ ड्रमा"); counts ("१,१२१ जना उम्मेदवारलाई … ITA पठाइयो" → "1,121 candidates were
 * sent invitations"); cut-offs ("न्यूनतम CRS स्कोर", "कट-अफ", "न्यूनतम अंक"); programs and the words of a draw report. What the
 * glossary does not know is dropped; a sentence that speaks of an earlier draw ("अघिल्लो", previous; "गत", last) is context.
 */

/** Devanagari letters without the danda ("।", a full stop); the joiners a conjunct may write ("झर्‍यो"). */
const D = String.raw`\u0900-\u0963\u0966-\u097f\u200c\u200d`;
const DEVANAGARI = /[\u0900-\u0963\u0966-\u097f]/g;
const DEVANAGARI_DIGIT = /[\u0966-\u096f]/g;
/** Not after a Devanagari letter; not before one (a word's Nepali endings are spelled out where they are read). */
const B = `(?<![${D}])`;
const E = `(?![${D}])`;
/** A word's Devanagari tail: its postpositions ("ड्रमा", in the draw; "जनालाई", to … people). */
const T = `[${D}]*`;

/** Words only Nepali writes, and Hindi's commonest ones (which Nepali does not). */
const NEPALI_WORD = new RegExp(
  `${B}(?:छ|छन्|छैन|थियो|थिए|भयो|भए|भएको|भएका|गरेको|गरेका|पनि|लागि|हिजो|भन्दा|अघिल्लो|पछिल्लो|यो|त्यो|नै|अहिले|मेरो|आफ्नो|पहिलो|पटक|कम्तीमा|लगायत|आयो|पायो|गते|जना${T}|क्यानडा${T}|उम्मेदवार${T}|निमन्त्रणा${T}|पठाइ${T}|पठाए${T}|रह्यो|गर्नुहोस्|गर्नुस्|राख्नुस्|सक्नुहुन्छ|जाँच्नुहोस्|साथीहरू${T}|हप्ता${T}|ड्र(?:मा|को|ले|हरू${T})?)${E}`,
  'g',
);
const HINDI_WORD = new RegExp(`${B}(?:हैं|और|में|था|थे|थी|किया|गया|गई|यह|वह|लिए|नहीं|कनाडा)${E}`, 'g');

/** Enough Devanagari that it is the page's language, and Nepali's words, four kinds of them, not Hindi's. */
export const isNepali = (text: string): boolean => {
  if (!hasEnough(text, DEVANAGARI)) return false;
  const found = text.match(NEPALI_WORD) ?? [];
  return new Set(found).size >= 4 && found.length > 2 * (text.match(HINDI_WORD) ?? []).length;
};

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
const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A Bikram Sambat day: year first ("२०८१ भदौ १२ गते", "वि.सं. २०७३ भदौ २३,") or day first ("१२ भदौ २०८१"), a weekday after it. */
const BS_DAY = new RegExp(
  String.raw`(?:वि\.?[ \t]?सं\.?[ \t]?)?(?:(?<![\d,])(\d{4})[ \t]${BS_MONTH}[ \t](\d{1,2})|(?<![\d,])(\d{1,2})[ \t](?:गते[ \t])?${BS_MONTH}[ \t](\d{4}))(?!\d)(?:[ \t]?गते)?(?:,?[ \t]${WEEKDAY})?`,
  'g',
);
/** A Bikram Sambat day without its year ("असार २३ गते"), or a month with only its year ("२०८२ साउन"): see `glossNepali`. */
const BS_YEARLESS = new RegExp(String.raw`${B}${BS_MONTH}[ \t](\d{1,2})(?!\d)(?:[ \t]?गते)?${E}`, 'g');
const BS_MONTH_YEAR = new RegExp(String.raw`(?<![\d,])(\d{4})[ \t]${BS_MONTH}${T}`, 'g');

/** The Gregorian day of a Bikram Sambat one as English writes it, with its weekday if it agrees (no day if it does not). */
function glossBsDay(year: number, month: string, day: string, weekday: string): string {
  const g = bikramSambatToGregorian(year, bsMonthNumber(month), Number(day));
  if (!g) return ' ';
  const english = weekday ? weekdayOf(weekday) : '';
  if (english && ENGLISH_WEEKDAYS[new Date(Date.UTC(g.year, g.month - 1, g.day)).getUTCDay()] !== english) return ' ';
  return ` ${english ? `${english}, ` : ''}${glossDay(String(g.year), String(g.month), String(g.day)) ?? ''} `;
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

const NUM = GLOSS_COUNT;
const PERSON = `(?:जना|उम्मेदवार|आवेदक|व्यक्ति|मानिस)${T}`;
const INVITATION = `(?:निमन्त्रणा|आमन्त्रण|निम्तो)${T}`;
const SENT = '(?:पठाइयो|पठाएको|पठाइएको|पठायो|दिइयो|दिएको|दिइएको|गरिएको|गरियो)';
const SCRIPT = script('\u0900-\u097f', '‘’');
/** Nepali's number words for a few draws or days. */
const NUMBER_WORDS: MonthTable = [
  ['दुई', 'two'],
  ['तीन', 'three'],
  ['चार', 'four'],
  ['पाँच|पांच', 'five'],
];

/** Provinces and other countries as Nepali spells them. */
const PLACES: MonthTable = [
  ['ओन्टारियो|ओन्टारिओ|अन्टारियो', 'Ontario'],
  ['ब्रिटिश[ \\t]कोलम्बिया|ब्रिटिस[ \\t]कोलम्बिया', 'British Columbia'],
  ['अल्बर्टा', 'Alberta'],
  ['सस्काचेवान|सास्काचेवान', 'Saskatchewan'],
  ['मनिटोबा|मानिटोबा', 'Manitoba'],
  ['नोभा[ \\t]स्कोसिया|नोभा[ \\t]स्कोटिया', 'Nova Scotia'],
  ['न्यू[ \\t]ब्रन्सविक', 'New Brunswick'],
  ['क्युबेक|क्यूबेक', 'Quebec'],
  ['अस्ट्रेलिया|अष्ट्रेलिया', 'Australia'],
  ['न्युजिल्यान्ड|न्यूजिल्यान्ड', 'New Zealand'],
  ['बेलायत', 'the United Kingdom'],
];

const DATES: readonly GlossRule[] = [
  // Gregorian days: "२०१८ जनवरी २५" (year first), "जनवरी १७, २०१८", "२८ जुन २०२३", "अगस्ट २६", "१३ फेब्रुअरी", "जुलाई २०२५" (a month).
  [new RegExp(String.raw`(?<![\d,])(\d{4})[ \t]${MONTH}[ \t](\d{1,2})(?!\d)`, 'g'), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${String(Number(d))}, ${y} `],
  [new RegExp(String.raw`${MONTH}[ \t](\d{1,2}),?[ \t](\d{4})(?!\d)`, 'g'), (_, m = '', d = '', y = '') => ` ${monthOf(m)} ${String(Number(d))}, ${y} `],
  [new RegExp(String.raw`(?<![\d,])(\d{1,2})[ \t]${MONTH}[ \t](\d{4})(?!\d)`, 'g'), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${String(Number(d))}, ${y} `],
  [new RegExp(String.raw`${MONTH}[ \t](\d{4})(?!\d)`, 'g'), (_, m = '', y = '') => ` ${monthOf(m)} ${y} `],
  [new RegExp(String.raw`${MONTH}[ \t](\d{1,2})(?![\d,])`, 'g'), (_, m = '', d = '') => ` ${monthOf(m)} ${String(Number(d))} `],
  [new RegExp(String.raw`(?<![\d,])(\d{1,2})[ \t]${MONTH}`, 'g'), (_, d = '', m = '') => ` ${monthOf(m)} ${String(Number(d))} `],
  // A month alone (not "जुन", which, nor "मे", which only a figure makes June and May).
  [new RegExp(MONTH, 'g'), (all, m = '') => (/^(?:जुन|मे)/.test(m) ? all : ` ${monthOf(m)} `)],
  // "बुधबार (सेप्टेम्बर ७)" (on Wednesday, September 7); a dateline's weekday at a line's end stays bare.
  ...WEEKDAYS.map(([ne, en]): GlossRule => [new RegExp(`(?:${ne})(?=[ \\t]*(?:$|\\n))`, 'gm'), ` ${en} `]),
  ...WEEKDAYS.map(([ne, en]): GlossRule => [new RegExp(`${B}(?:${ne})(?:को|मा)?${E}`, 'g'), ` on ${en} `]),
  [/(on [A-Z][a-z]+day) \(([A-Z][a-z]+ \d{1,2})\)/g, '$1, $2,'],
];

const RULES: readonly GlossRule[] = [
  [/।/g, '. '],
  [/;(?=[ \t]?Previously,)/g, '.'],
  // A table's labels: "मिति | ड्र नं. | कार्यक्रम | ITA | न्यूनतम CRS".
  [new RegExp(`${B}(?:मिति|तारिख)(?=[ \\t]?[|:])`, 'g'), ' Date '],
  [new RegExp(`${B}(?:ड्र|राउन्ड)[ \\t]?(?:नं\\.?|नम्बर)(?=[ \\t]?\\|)`, 'g'), ' Draw No. '],
  [new RegExp(`${B}(?:कार्यक्रम|श्रेणी)(?=[ \\t]?[|:])`, 'g'), ' Program '],
  [/न्यूनतम[ \t]?CRS(?=[ \t]?[|:]|[ \t]*$)/gm, ' Minimum CRS '],
  // A guide ("गाइड", "कसरी", how to; "उदाहरणका लागि", for example), a month's recap ("सारांश"; "महिनाभर", throughout the month).
  [new RegExp(`${B}(?:गाइड|मार्गदर्शन|मार्गदर्शिका)${E}`, 'g'), ' Guide '],
  [new RegExp(`${B}कसरी${E}`, 'g'), ' how to '],
  [new RegExp(`${B}उदाहरणका[ \\t]लागि${E}`, 'g'), ' for example '],
  [new RegExp(`${B}मासिक${E}`, 'g'), ' monthly '],
  [new RegExp(`${B}(?:सारांश|सारसंक्षेप)${T}`, 'g'), ' recap '],
  [new RegExp(`${B}महिनाभर${E}`, 'g'), ' throughout the month '],
  [new RegExp(`(?<=[A-Z][a-z]+[ \\t]{1,2})महिनामा${E}`, 'g'), ' month, '],
  [new RegExp(`${B}(?:कुल|जम्मा)(?=[ \\t]{1,2}\\d)`, 'g'), ' a total of '],
  [new RegExp(`${B}(?:यो[ \\t]पनि[ \\t])?पढ्नुहोस्${E}`, 'g'), ' Also read '],
  // Spans of time carry no count: "६० दिनभित्र" (within 60 days), "६ महिना", "३ वर्ष".
  [
    new RegExp(String.raw`(?<![\d,])(\d{1,3})[ \t]?(?:दिन|महिना|वर्ष|हप्ता)${T}`, 'g'),
    (all, n = '') => ` ${n} ${/दिन/.test(all) ? 'days' : /महिना/.test(all) ? 'months' : /वर्ष/.test(all) ? 'years' : 'weeks'} `,
  ],
  // Plans and forecasts: "अनुमान" (estimate), "सम्भावना" (likelihood), "हुन सक्छ" (may be), "अर्को ड्र" (the next draw), "कहिले" (when).
  [new RegExp(`${B}(?:पूर्वानुमान|अनुमान|प्रक्षेपण)${T}`, 'g'), ' forecast '],
  [new RegExp(`${B}(?:अर्को|आगामी)[ \\t](?:(?:Express Entry|एक्सप्रेस[ \\t]इन्ट्री)[ \\t])?(?:(CEC|PNP|FSW|FST)[ \\t])?(?:ड्र|राउन्ड)${T}`, 'g'), (_, p = '') => ` the next ${p ? `${p} ` : ''}draw `],
  [new RegExp(`${B}कहिले${E}`, 'g'), ' when will '],
  [new RegExp(`${B}(?:सम्भावना|सम्भव)${T}`, 'g'), ' likely '],
  [new RegExp(`${B}(?:हुन|दिइन|गर्न|पुग्न)[ \\t]सक्छ${E}`, 'g'), ' may be '],
  [new RegExp(`${B}(?:अपेक्षा|अपेक्षित)${T}`, 'g'), ' expected '],
  [new RegExp(`${B}(?:करिब|लगभग|झन्डै|झण्डै)${E}`, 'g'), ' about '],
  [new RegExp(`${B}अहिलेसम्म${E}`, 'g'), ' so far '],
  [new RegExp(`${B}कुनै[ \\t](?:पनि[ \\t])?(?:ड्र|राउन्ड)[ \\t](?:भएको[ \\t]छैन|भएन|भएका[ \\t]छैनन्)${E}`, 'g'), ' no draw has been held '],
  [new RegExp(`${B}(?:आज|आजको|आजै)${E}`, 'g'), ' today '],
  [new RegExp(`${B}हिजो[ \\t]राति${E}`, 'g'), ' last night '],
  [new RegExp(`${B}हिजो${T}`, 'g'), ' yesterday '],
  [new RegExp(`${B}अस्ति${E}`, 'g'), ' the day before yesterday '],
  [new RegExp(`${B}(?:त्यसको[ \\t])?भोलिपल्ट${E}`, 'g'), ' the next day, '],
  [new RegExp(`${B}(?:यो|यस)[ \\t]हप्ता${T}`, 'g'), ' this week '],
  [new RegExp(`${B}(?:गत|अघिल्लो)[ \\t]हप्ता${T}`, 'g'), ' last week '],
  [new RegExp(`${B}(?:अर्को|आगामी)[ \\t]हप्ता${T}`, 'g'), ' next week '],
  ...NUMBER_WORDS.map(([ne, en]): GlossRule => [new RegExp(`${B}(?:${ne})[ \\t](?:वटा[ \\t])?(?:दिनमा)${E}`, 'g'), ` in ${en} days `]),
  ...NUMBER_WORDS.map(([ne, en]): GlossRule => [new RegExp(`${B}(?:${ne})[ \\t](?:वटा[ \\t])?(?:ड्र|राउन्ड)${T}`, 'g'), ` ${en} draws `]),
  [new RegExp(`${B}लगातार[ \\t](?:दुई|2)[ \\t]दिन${E}`, 'g'), ' on two consecutive days '],
  // Rounds: "राउन्ड नम्बर ३११", "राउन्ड नं. २२६", "ड्र नं.", "४२औँ ड्रमा" (in the 42nd draw), "१७६औँ राउन्डमा".
  [new RegExp(String.raw`${B}(?:राउन्ड|ड्र)[ \t]?(?:नम्बर|नं\.?)[ \t]?#?(\d{1,3})(?!\d)(?:[ \t]?मा${E})?`, 'g'), ' draw #$1 '],
  [new RegExp(String.raw`(?<![\d,])(\d{1,3})[ \t]?(?:औँ|औं|ौँ|ौं)[ \t](?:ड्र|राउन्ड)${T}`, 'g'), ' the $1th round '],
  [/टाई-?[ \t]?ब्रेकि(?:ङ|ंग)[ \t]?नियम(?:को[ \t]समय)?/g, ' tie-breaking rule '],
  // Counts and what happened to them: "१,१२१ जना उम्मेदवारलाई … ITA पठाइयो", "३,३०० जनाले ITA पाए" (received ITAs), "२,५०० जनालाई
  // ITA", "२७,३३२ उम्मेदवारलाई … निमन्त्रणा पठाएको छ", "१,००० जनालाई … आमन्त्रण गरिएको छ" (were invited).
  // "१,४०० जनालाई न्यूनतम ४१० अंकमा निम्तो दिइयो" (1,400 were invited at a minimum of 410 points).
  [
    new RegExp(String.raw`${NUM}[ \t]?(?:जना[ \t])?${PERSON}[ \t](?:न्यूनतम[ \t])?(\d{2,4})[ \t]?अंकमा[ \t]${INVITATION}(?:[ \t]?${SENT})?`, 'g'),
    ' $1 candidates were sent invitations with a minimum CRS score of $2 ',
  ],
  [
    new RegExp(
      String.raw`${NUM}[ \t]?(?:जना[ \t])?${PERSON}[ \t](?:[^\s.]+[ \t]){0,10}?(?:ITA|Invitation to Apply|${INVITATION})(?:[ \t]?\((?:ITA|Invitation to Apply)\))?[ \t]?(?:${SENT}|पाए|पाएका)`,
      'g',
    ),
    ' $1 candidates were sent invitations ',
  ],
  [new RegExp(String.raw`${NUM}[ \t]?(?:जना[ \t])?${PERSON}[ \t](?:ITA|${INVITATION})`, 'g'), ' $1 candidates were sent invitations '],
  [new RegExp(String.raw`${NUM}[ \t]?(?:जना[ \t])?${PERSON}`, 'g'), ' $1 candidates '],
  [new RegExp(String.raw`${NUM}[ \t]?${INVITATION}`, 'g'), ' $1 invitations '],
  [new RegExp(String.raw`${NUM}[ \t]?ITAs?(?![A-Za-z])`, 'g'), ' $1 invitations '],
  [new RegExp(`${B}${INVITATION}[ \\t]?(?:पठाइयो|पठाएको|पठाइएको|पठायो|दिइयो|दिइएको)`, 'g'), ' invitations were sent '],
  [new RegExp(`${B}(?:आमन्त्रण[ \\t]गरिएको|आमन्त्रित)`, 'g'), ' were invited '],
  [new RegExp(`${B}${INVITATION}`, 'g'), ' invitations '],
  // A change, not a cut-off: "२० अंकले घटेको छ" (fell by 20 points), "दुई अंकले कम" (two points lower); "५२० को हाराहारीमा" (around 520).
  [
    new RegExp(String.raw`(?<![\d,])(\d{2,4})[ \t]?भन्दा[ \t](\d{1,3}|दुई|तीन|चार|पाँच)[ \t]?अंकले[ \t](घट|कम|बढ|बढी|माथि)${T}`, 'g'),
    (_, than = '', n = '', dir = '') => ` ${/\d/.test(n) ? n : (NUMBER_WORDS.find(([ne]) => ne.includes(n))?.[1] ?? 'a few')} points ${/घट|कम/.test(dir) ? 'lower' : 'higher'} than ${than} `,
  ],
  [
    new RegExp(String.raw`(?<![\d,])(\d{1,3}|दुई|तीन|चार|पाँच)[ \t]?अंकले[ \t](घट|कम|बढ|बढी|माथि)${T}`, 'g'),
    (_, n = '', dir = '') => ` ${/घट|कम/.test(dir) ? 'fell' : 'rose'} by ${/\d/.test(n) ? n : 'a few'} points `,
  ],
  [new RegExp(String.raw`(?<![\d,])(\d{2,4})[ \t]?(?:को[ \t])?(?:हाराहारीमा|आसपास|वरिपरि)${E}`, 'g'), ' around $1 '],
  [new RegExp(String.raw`(?<![\d,])(\d[\d,]*)[ \t]?भन्दा[ \t](?:बढी|धेरै|माथि)${E}`, 'g'), ' more than $1 '],
  [new RegExp(String.raw`(?<![\d,])(\d[\d,]*)[ \t]?भन्दा[ \t](?:कम|तल)${E}`, 'g'), ' less than $1 '],
  // Cut-offs: "न्यूनतम CRS स्कोर ६९४ थियो", "कट-अफ ५०७ मा झर्‍यो" (fell to 507), "कट-अफ स्कोर ५०७ रह्यो", "न्यूनतम अंक ४९१".
  [/कट-?[ \t]?अफ[ \t]?(?:स्कोर[ \t])?(\d{2,4})[ \t]?मा[ \t]झर्[\u0900-\u097f\u200c\u200d]*/g, ' cut-off fell to $1 '],
  [/(\d{2,4})[ \t]?मा[ \t](?:झर्|घट्)[\u0900-\u097f\u200c\u200d]*/g, ' to $1 '],
  [new RegExp(`${B}न्यूनतम(?:[ \\t]CRS)?[ \\t]?(?:स्कोर|अंक)?${E}`, 'g'), ' minimum CRS score '],
  [/कट-?[ \t]?अफ(?:[ \t]स्कोर)?/g, ' cut-off score '],
  [new RegExp(String.raw`(\d{2,4})[ \t]?(?:अंक|पोइन्ट)${T}`, 'g'), ' $1 points '],
  [new RegExp(`${B}(?:स्कोर|अंक)${T}`, 'g'), ' score '],
  [new RegExp(`${B}(?:थियो|रह्यो|तोकिएको[ \\t]थियो|तोकिएको[ \\t]छ|रहेको[ \\t]छ)${E}`, 'g'), ' was '],
  [new RegExp(`${B}मात्र${E}`, 'g'), ' only '],
  // The round's words.
  [new RegExp(`${B}एक्सप्रेस[ \\t]?इन्ट्री${T}`, 'g'), ' Express Entry '],
  [/इमिग्रेसन,?[ \t]?रिफ्युजी[ \t](?:एण्ड|र)[ \t]सिटिजनसिप[ \t]क्यानडा/g, ' IRCC '],
  [new RegExp(`${B}(?:ड्र|राउन्ड)हरू${T}`, 'g'), ' draws '],
  [new RegExp(`${B}अघिल्लो[ \\t](?:(CEC|PNP|FSW|FST)[ \\t])?(?:ड्र|राउन्ड)${T}`, 'g'), (_, p = '') => ` the previous ${p ? `${p} ` : ''}draw `],
  [new RegExp(`${B}(?:ड्र|राउन्ड)${T}`, 'g'), ' draw '],
  [new RegExp(`${B}सबै[ \\t]कार्यक्रम${T}`, 'g'), ' all programs '],
  [new RegExp(`${B}स्वास्थ्य[ \\t]सेवा${T}`, 'g'), ' healthcare '],
  [new RegExp(`${B}फ्रेन्च[ \\t]भाषा${T}`, 'g'), ' French-language '],
  // Provinces (their own draws are no Express Entry rounds) and other countries.
  ...PLACES.map(([ne, en]): GlossRule => [new RegExp(`${B}(?:${ne})${T}`, 'g'), ` ${en} `]),
  [new RegExp(`${B}प्रदेश${T}`, 'g'), ' province '],
  [new RegExp(`${B}क्यानडा${T}`, 'g'), ' Canada '],
  [new RegExp(`${B}सञ्चालन[ \\t](?:गर्‍यो|गर्यो|गरेको[ \\t]छ|गरियो)`, 'g'), ' held '],
  [new RegExp(`${B}अन्तर्गत${E}`, 'g'), ' under '],
  [new RegExp(`${B}(?:र|अनि|तथा)${E}`, 'g'), ' and '],
  [new RegExp(`${B}नहुनु${E}`, 'g'), ' no draw being held '],
];

/** A sentence that speaks of an earlier draw ("अघिल्लो", previous; "गत", last; "तुलनामा", compared with; "दिइएको थियो", had been given). */
const EARLIER = new RegExp(`${B}(?:अघिल्लो|गत|तुलनामा)${E}|दिइएको[ \\t]थियो|गरिएको[ \\t]थियो`);

/** Figures told with Nepali's units: "३ हजार ४ सय ९५" (3,495), "१ लाख ७७ हजार" (177,000); the units in falling order. */
const UNIT_NUMBER = /(?<![\d,])\d{1,3}[ \t]?(?:लाख|हजार|सय)(?:[ \t]?\d{1,3}[ \t]?(?:लाख|हजार|सय))*(?:[ \t]\d{1,2}(?![\d,]))?/g;
const UNITS: Readonly<Record<string, number>> = { लाख: 100_000, हजार: 1_000, सय: 100 };
function unitNumber(words: string): string {
  let [total, last] = [0, Infinity];
  for (const m of matchesOf(/(\d+)[ \t]?(लाख|हजार|सय)?/g, words)) {
    const unit = UNITS[m[2] ?? ''] ?? 1;
    if (unit >= last || Number(m[1]) * unit >= last) return words;
    total += Number(m[1]) * unit;
    last = unit;
  }
  return grouped(total);
}

export function glossNepali(text: string): string {
  let out = text.replace(DEVANAGARI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0966)).replace(UNIT_NUMBER, unitNumber);
  const anchor = pageYear(out);
  out = applyGloss(out, [
    [BS_DAY, (_, y1 = '', m1 = '', d1 = '', d2 = '', m2 = '', y2 = '', w = '') => glossBsDay(Number(y1 || y2), m1 || m2, d1 || d2, w)],
    [BS_MONTH_YEAR, ' '],
    // Without its year, a day of the page's year (the one before, if its month comes after the page's).
    [BS_YEARLESS, (_, m = '', d = '') => (anchor ? glossBsDay(anchor[0] - (bsMonthNumber(m) > anchor[1] ? 1 : 0), m, d, '') : ' ')],
    ...DATES,
  ]);
  return finishGloss(markEarlier(out, EARLIER, /((?<!\d),|,(?!\d)|[।\n])/), RULES, SCRIPT);
}
