import { finishGloss, hasEnough, markEarlier, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Hindi (Devanagari) draw news glossed into the English the reader knows, as `gloss-punjabi.ts` does for Punjabi
 * (docs/parser.md, "Fourteenth round"): Devanagari digits, months ("23 नवंबर" → "23 November"), counts with their
 * noun ("5,500 उम्मीदवारों को निमंत्रण जारी किया" → "5,500 candidates were sent invitations"), scores ("507 के
 * न्यूनतम … स्कोर वाले" → "with a minimum CRS score of 507"), and the words of a draw report. What the glossary
 * does not know is dropped, so a sentence it cannot place gives no fact. "लगभग" (about) stays a hedge.
 */

/** Devanagari letters and digits, without the danda ("।") that Punjabi pages write too. */
const DEVANAGARI = /[\u0900-\u0963\u0966-\u097f]/g;
const DEVANAGARI_DIGIT = /[\u0966-\u096f]/g;

/** Enough Devanagari that it is the page's language, not a name. */
export const isHindi = (text: string): boolean => hasEnough(text, DEVANAGARI);

const MONTHS: MonthTable = [
  ['जनवरी', 'January'],
  ['फ़रवरी|फरवरी', 'February'],
  ['मार्च', 'March'],
  ['अप्रैल', 'April'],
  ['मई', 'May'],
  ['जून', 'June'],
  ['जुलाई', 'July'],
  ['अगस्त', 'August'],
  ['सितंबर|सितम्बर', 'September'],
  ['अक्टूबर|अक्तूबर', 'October'],
  ['नवंबर|नवम्बर', 'November'],
  ['दिसंबर|दिसम्बर', 'December'],
];

/** Weekdays, Hindi and Nepali ("बुधबार", "बिहीबार"). */
const WEEKDAYS: MonthTable = [
  ['सोमवार|सोमबार', 'Monday'],
  ['मंगलवार|मंगलबार', 'Tuesday'],
  ['बुधवार|बुधबार', 'Wednesday'],
  ['गुरुवार|बृहस्पतिवार|बिहीबार', 'Thursday'],
  ['शुक्रवार|शुक्रबार', 'Friday'],
];

const PERSON = String.raw`(?:उम्मीदवारों|उम्मीदवार|आवेदकों|आवेदक|विदेशी नागरिकों|विदेशियों|लोगों|अप्रवासियों|प्रवासियों|व्यक्तियों)`;
const INVITATION = String.raw`(?:निमंत्रणों|निमंत्रण|आमंत्रणों|आमंत्रण|न्योते|न्योता|आईटीए|ITAs?)`;
const SENT = String.raw`(?:जारी किए|जारी किया|जारी|भेजे|भेजा|दिए|दिया)`;

const SCRIPT = script('\u0900-\u097f', '‘’');

const RULES: readonly GlossRule[] = [
  [/।/g, '. '],
  // Dates: "23 नवंबर", "10 अक्टूबर 2024"; a month alone.
  ...MONTHS.map(([hi, en]): GlossRule => [new RegExp(`(?:${hi})`, 'g'), ` ${en} `]),
  // "27 हजार" is 27,000.
  [/((?<!\d)\d{1,9})\s?(?:हजार|हज़ार)/g, ' $1,000 '],
  [/(?:लगभग|करीब|तकरीबन)/g, ' about '],
  // Days and rounds: "मंगलवार को" (on Tuesday), "आज" (today), "251वां राउंड" (the 251st round), "कट-ऑफ" (cut-off),
  // "टाई-ब्रेकिंग नियम" (the tie-breaking rule).
  ...WEEKDAYS.map(([hi, en]): GlossRule => [new RegExp(`(?:${hi})\\s?को`, 'g'), ` on ${en} `]),
  // A dateline's weekday ("२०१८ जनवरी २५, बिहीबार" at a line's end) stays a bare weekday; within a sentence it is the day told.
  ...WEEKDAYS.map(([hi, en]): GlossRule => [new RegExp(`(?:${hi})(?=[ \\t]*(?:$|\\n))`, 'g'), ` ${en} `]),
  ...WEEKDAYS.map(([hi, en]): GlossRule => [new RegExp(`(?:${hi})`, 'g'), ` on ${en} `]),
  [/(?<![\u0900-\u097f])आज(?![\u0900-\u097f])/g, ' today '],
  [/(\d{1,3})\s?(?:वां|वाँ|वें|वीं)\s?(?:राउंड|ड्रॉ|ड्रा)/g, ' the $1th round '],
  [/कट-?ऑफ/g, ' cut-off '],
  [/टाई-?ब्रेकि(?:ं|ङ)ग?\s?नियम/g, ' tie-breaking rule '],
  // A reader's own case: "अगर आपने … प्रोफाइल 12 मई 2025 से पहले बनाई है" (if you made your profile before …), "आपका … स्कोर
  // 472 होना चाहिए" (your score should be 472): a condition, not a draw.
  [/(?:अगर|यदि)(?![\u0900-\u097f])/g, ' if '],
  [/(?:आपका|आपकी|आपके|आपने)(?![\u0900-\u097f])/g, ' your '],
  [/कम से कम/g, ' at least '],
  [/से पहले/g, ' before '],
  // "507 के न्यूनतम व्यापक रैंकिंग सिस्टम (सीआरएस) स्कोर वाले 5,500 उम्मीदवारों" (5,500 candidates with a minimum CRS score of 507).
  [
    new RegExp(String.raw`(\d{2,4})\s?के\s?न्यूनतम\s?(?:[^\s.]+\s){0,6}?स्कोर\s?वाले\s?((?<!\d,?)\d[\d,]{0,15})\s?${PERSON}(\s?को\s?(?:[^\s.]+\s){0,4}?${INVITATION}\s?(?:[^\s.]+\s){0,2}?${SENT})?`, 'g'),
    (_, score = '', count = '', sent = '') => ` ${count} candidates with a minimum CRS score of ${score}${sent ? ' were sent invitations' : ''} `,
  ],
  // "5,500 उम्मीदवारों को निमंत्रण जारी किया" (invitations were sent to 5,500 candidates), "5,500 उम्मीदवारों को किया आमंत्रित".
  // A card's labels: "आमंत्रण: 1,391" (invitations), "कार्यक्रम: …" (program), "ड्रॉ की तारीख:" (draw date); "दो दिनों में" (in two days), "लगातार दो दिन" (two
  // days in a row).
  // Nepali: "२,७५० जनालाई … निम्तो पठाएको छ" (invitations were sent to 2,750 people), "एक्सप्रेस इन्ट्री", "ड्र" (draw),
  // "… को तुलनामा" (compared with …).
  [/([A-Z][a-z]+\s+\d{1,2})\s?को\s?ड्रको\s?तुलनामा/g, ' compared with the draw of $1 '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?जना(?:लाई)?\s?(?:[^\s.]+\s){0,6}?निम्तो(?:\s?(?:पठाएको|पठायो|पठाइएको|दिइएको))?/g, ' $1 candidates were sent invitations '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?जना(?:लाई)?/g, ' $1 candidates '],
  [/निम्तो/g, ' invitations '],
  [/एक्सप्रेस\s?इन्ट्री(?:मा)?/g, ' Express Entry '],
  [/(?<![\u0900-\u097f])ड्र(?:को)?(?![\u0900-\u097f])/g, ' draw '],
  [/(?:को\s)?तुलनामा/g, ' compared with '],
  [new RegExp(String.raw`${INVITATION}\s?:\s?`, 'g'), ' invitations: '],
  [/कार्यक्रम\s?:\s?/g, ' program: '],
  [/(?:(?:ड्रा|ड्रॉ) की\s?)?(?:तारीख़|तारीख|तिथि)\s?:\s?/g, ' draw date: '],
  [/(?:दो|2) दिनों में/g, ' in two days '],
  [/लगातार दो दिन/g, ' on two consecutive days '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?${PERSON}\s?को\s?(?:[^\s.]+\s){0,8}?${INVITATION}\s?(?:[^\s.]+\s){0,2}?${SENT}`, 'g'), ' $1 candidates were sent invitations '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?${PERSON}\s?को\s?(?:किया\s)?आमंत्रित`, 'g'), ' $1 candidates were invited '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?(?:एक्सप्रेस एंट्री\s)?${INVITATION}\s?${SENT}`, 'g'), ' issued $1 invitations '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?${INVITATION}`, 'g'), ' $1 invitations '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?${PERSON}`, 'g'), ' $1 candidates '],
  [/(\d{2,4})\s?(?:अंकों|अंक)/g, ' $1 points '],
  // The round's facts.
  [/(?:सबसे कम\s?)?न्यूनतम/g, ' minimum '],
  [/(?:व्यापक रैंकिंग सिस्टम\s?)?(?:\((?:सीआरएस|CRS)\)|सीआरएस)\s?(?:कट-ऑफ\s?)?स्कोर/g, ' CRS score '],
  [/स्कोर/g, ' score '],
  [/पिछले\s?(?:एक्सप्रेस एंट्री\s)?(?:ड्रा|ड्रॉ)/g, ' the previous draw '],
  [/(?:नवीनतम|ताज़ा|ताजा|नए)\s?(?:एक्सप्रेस एंट्री\s?)?(?:ड्रा|ड्रॉ)/g, ' the latest draw '],
  [/एक्सप्रेस एंट्री/g, ' Express Entry '],
  [/ऑल-?\s?प्रोग्राम|सभी कार्यक्रमों/g, ' all-program '],
  [/ड्रा|ड्रॉ/g, ' draw '],
  [/कैनेडियन एक्सपीरियंस क्लास/g, ' Canadian Experience Class '],
  [/(?:फ़ेडरल|फेडरल) स्किल्ड वर्कर(?: प्रोग्राम)?/g, ' Federal Skilled Worker Program '],
  [/(?:फ़ेडरल|फेडरल) स्किल्ड ट्रेड्स(?: प्रोग्राम)?/g, ' Federal Skilled Trades Program '],
  [/प्रांतीय (?:नामांकित|नामांकन) कार्यक्रम|प्रोविंशियल नॉमिनी प्रोग्राम/g, ' Provincial Nominee Program '],
  [/स्वास्थ्य(?: और सामाजिक सेवा)?/g, ' healthcare '],
  [/(?:आव्रजन|आप्रवासन|इमिग्रेशन),?\s?(?:शरणार्थी|रिफ्यूजी)\s?(?:और|एंड)\s?(?:नागरिकता|सिटिजनशिप)(?:\s?विभाग)?\s?कनाडा|आईआरसीसी/g, ' IRCC '],
  [/कनाडा/g, ' Canada '],
];

/**
 * A sentence that speaks of an earlier draw ("पिछले", previous; "इससे पहले", before this; "… ड्रा के बाद हुआ", came after
 * a draw …; "8 जून के ड्रॉ में भी …", in the draw of June 8 too) anywhere, as Hindi puts
 * its verb last: told as context from its start.
 */
const EARLIER = /पिछले|पिछली|इससे पहले|इस से पहले|(?:ड्रा|ड्रॉ) के बाद (?:हुआ|आया|आता है|हुआ है)|(?:ड्रा|ड्रॉ) में भी/;

export function glossHindi(text: string): string {
  const out = text.replace(DEVANAGARI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0966));
  return finishGloss(markEarlier(out, EARLIER, /([।\n])/), RULES, SCRIPT);
}
