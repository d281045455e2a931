import { B, E, T, glossNepaliDates } from './nepali-dates.ts';
import { matchesOf } from './matches.ts';
import { GLOSS_COUNT, finishGloss, grouped, hasEnough, markEarlier, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Nepali draw news glossed into the English the reader knows (docs/parser.md, "Nepali and Tigrinya"). Nepali is written in
 * Devanagari, as Hindi and Marathi are: a page is Nepali by words they do not write ("छ", "थियो", "भयो", "पनि", "जना", "हिजो",
 * "क्यानडा", …). Read: Devanagari digits and figures in units ("३ हजार ४ सय ९५"); days (`nepali-dates.ts`: Bikram Sambat,
 * Gregorian months as Nepali spells them, weekdays); "आज" (today), "हिजो" (yesterday); rounds ("राउन्ड नम्बर ३११", "४२औँ ड्रमा"); counts ("१,१२१ जना उम्मेदवारलाई … ITA पठाइयो" → "1,121 candidates were
 * sent invitations"); cut-offs ("न्यूनतम CRS स्कोर", "कट-अफ", "न्यूनतम अंक"); programs and the words of a draw report. What the
 * glossary does not know is dropped; a sentence that speaks of an earlier draw ("अघिल्लो", previous; "गत", last) is context.
 */

const DEVANAGARI = /[\u0900-\u0963\u0966-\u097f]/g;
const DEVANAGARI_DIGIT = /[\u0966-\u096f]/g;

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

const NUM = GLOSS_COUNT;
const PERSON = `(?:जना|उम्मेदवार|आवेदक|व्यक्ति|मानिस)${T}`;
const INVITATION = `(?:निमन्त्रणा|आमन्त्रण|निम्तो)${T}`;
const SENT = '(?:पठाइयो|पठाएको|पठाइएको|पठायो|दिइयो|दिएको|दिइएको|गरिएको|गरियो|गरेको)';
/** Not members of a group, nor friends, who got invitations ("हाम्रो ग्रुपका १२ जनाले ITA पाए"): a count, but no round's. */
const OURS = String.raw`(?<!(?:हाम्रो|मेरो|हामीमध्ये|ग्रुप|समूह|साथी|सदस्य)[^\n.।]{0,40})`;
const SCRIPT = script('\u0900-\u097f', '‘’');
/** Nepali's number words for a few draws or days. */
const NUMBER_WORDS: MonthTable = [
  ['दुई', 'two'],
  ['तीन', 'three'],
  ['चार', 'four'],
  ['पाँच|पांच', 'five'],
];

/** Programs as Nepali spells them. */
const PROGRAMS: MonthTable = [
  ['क्यानेडियन[ \\t]एक्सपेरियन्स[ \\t]क्लास|क्यानडेली[ \\t]अनुभव[ \\t]वर्ग', 'Canadian Experience Class'],
  ['प्रोभिन्सियल[ \\t]नोमिनी[ \\t]प्रोग्राम|प्रादेशिक[ \\t]मनोनयन[ \\t]कार्यक्रम|प्रदेश[ \\t]मनोनयन[ \\t]कार्यक्रम', 'Provincial Nominee Program'],
  ['फेडरल[ \\t]स्किल्ड[ \\t]वर्कर(?:[ \\t]प्रोग्राम)?', 'Federal Skilled Worker Program'],
  ['फेडरल[ \\t]स्किल्ड[ \\t]ट्रेड्स(?:[ \\t]प्रोग्राम)?', 'Federal Skilled Trades Program'],
  ['स्वास्थ्य[ \\t](?:सेवा|क्षेत्र)', 'healthcare'],
  // French speakers and a French round ("फ्रेन्च भाषी", "फ्रेन्च भाषामा दक्ष", "फ्रेन्च ड्र"); the language alone is only "French" (a
  // page about another round may say French earns points).
  ['फ्रेन्च[ \\t]भाषी|फ्रेन्च[ \\t]भाषा(?:मा)?[ \\t](?:दक्ष|जान्ने)|फ्रेन्च[ \\t](?:भाषा[ \\t])?(?=ड्र)', 'French-language'],
  ['फ्रेन्च(?:[ \\t]भाषा)?', 'French'],
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
  // "CRS जम्मा ७५" (CRS only 75); "कुल ७,५५८" (a total of 7,558).
  [new RegExp(`(?<=(?:CRS|स्कोर|अंक|अफ)[ \\t]{1,2})जम्मा(?=[ \\t]{1,2}\\d)`, 'g'), ' only '],
  [new RegExp(`${B}(?:कुल|जम्मा)(?=[ \\t]{1,2}\\d)`, 'g'), ' a total of '],
  [new RegExp(`${B}(?:यो[ \\t]पनि[ \\t])?पढ्नुहोस्${E}`, 'g'), ' Also read '],
  // Spans of time carry no count: "६० दिनभित्र" (within 60 days), "६ महिना", "३ वर्ष".
  [
    new RegExp(String.raw`(?<![\d,])(\d{1,3})[ \t]?(?:दिन|महिना|वर्ष|हप्ता)${T}`, 'g'),
    (all, n = '') => ` ${n} ${/दिन/.test(all) ? 'days' : /महिना/.test(all) ? 'months' : /वर्ष/.test(all) ? 'years' : 'weeks'} `,
  ],
  // Plans and forecasts: "अनुमान" (estimate), "सम्भावना" (likelihood), "हुन सक्छ" (may be), "अर्को ड्र" (the next draw), "कहिले" (when).
  [new RegExp(`${B}(?:पूर्वानुमान|अनुमान|प्रक्षेपण)${T}`, 'g'), ' forecast '],
  // "आगामी ड्र" is the next draw; "अर्को ड्र" another, or the next one when the page asks when ("अर्को ड्र कहिले?").
  [
    new RegExp(`${B}(?:(आगामी)|अर्को)[ \\t](?:(?:Express Entry|एक्सप्रेस[ \\t]इन्ट्री)[ \\t])?(?:(CEC|PNP|FSW|FST)[ \\t])?(?:ड्र|राउन्ड)${T}`, 'g'),
    (_, next = '', p = '') => ` ${next ? 'the next' : 'another'} ${p ? `${p} ` : ''}draw `,
  ],
  [new RegExp(`${B}कहिले${E}`, 'g'), ' when will '],
  [new RegExp(`${B}(?:सम्भावना|सम्भव)${T}`, 'g'), ' likely '],
  [new RegExp(`${B}(?:हुन|दिइन|गर्न|पुग्न)[ \\t]सक्छ${E}`, 'g'), ' may be '],
  [new RegExp(`${B}(?:अपेक्षा|अपेक्षित)${T}`, 'g'), ' expected '],
  [new RegExp(`${B}(?:करिब|लगभग|झन्डै|झण्डै)${E}`, 'g'), ' about '],
  [new RegExp(`${B}अहिलेसम्म${E}`, 'g'), ' so far '],
  [new RegExp(`${B}कुनै[ \\t](?:पनि[ \\t])?(?:ड्र|राउन्ड)[ \\t](?:भएको[ \\t]छैन|भएन|भएका[ \\t]छैनन्)${E}`, 'g'), ' no draw has been held '],
  // A correction ("सच्याइएको", "पहिलेको संस्करणमा … लेखिएको थियो", an earlier version stated; "गलत", wrong; "सही", correct; "होइन",
  // not) and a fact check ("तथ्य जाँच", "भाइरल पोस्ट", "यो दाबी झुटो हो", this claim is false): the figures they take back.
  [new RegExp(`${B}(?:सच्याइएको|संशोधित|त्रुटि[ \\t]सुधार)${E}`, 'g'), ' Correction '],
  [new RegExp(`${B}(?:यस[ \\t](?:समाचार|लेख)को[ \\t])?(?:पहिलेको|अघिल्लो)[ \\t]संस्करणमा${E}`, 'g'), ' an earlier version of this article '],
  [new RegExp(`${B}(?:लेखिएको|उल्लेख[ \\t]गरिएको|भनिएको)[ \\t]थियो${E}`, 'g'), ' stated '],
  [new RegExp(`${B}गलत[ \\t]रूपमा${E}`, 'g'), ' incorrectly '],
  [new RegExp(`${B}गलत${E}`, 'g'), ' wrong '],
  [new RegExp(`${B}सही${E}`, 'g'), ' correct '],
  [new RegExp(`${B}होइन${E}`, 'g'), ' not '],
  [new RegExp(`${B}तथ्य[ \\t]?(?:जाँच|जाँचा|परीक्षण)${E}`, 'g'), ' Fact check '],
  [new RegExp(`${B}(?:यो|त्यो|उक्त)[ \\t]दाबी[ \\t](?:झुटो|झूटो|गलत|भ्रामक|नक्कली)[ \\t](?:हो|छ)${E}`, 'g'), ' this claim is false '],
  [new RegExp(`${B}(?:झुटो|झूटो|नक्कली|फेक)[ \\t](?:हो|छ)${E}`, 'g'), ' is fake '],
  [new RegExp(`${B}(?:झुटो|झूटो|नक्कली|फेक)${T}`, 'g'), ' fake '],
  [new RegExp(`${B}भ्रामक${T}`, 'g'), ' misleading '],
  [new RegExp(`${B}दाबी${T}`, 'g'), ' claim '],
  [new RegExp(`${B}भाइरल${E}`, 'g'), ' viral '],
  [new RegExp(`${B}(?:अफवाह|हल्ला)${T}`, 'g'), ' rumour '],
  [new RegExp(`${B}(?:पोस्ट|स्क्रिनसट|स्क्रिनसट)${T}`, 'g'), ' post '],
  [new RegExp(`${B}यस्तो[ \\t]कुनै[ \\t](?:ड्र|राउन्ड)[ \\t]छैन${E}`, 'g'), ' no such draw '],
  [new RegExp(`${B}(?<!-[ \\t]?)(?:ब्रेकिङ(?:[ \\t]न्युज)?|ताजा[ \\t]समाचार)${E}`, 'g'), ' Breaking news '],
  [new RegExp(`${B}(?:आज|आजको|आजै)${E}`, 'g'), ' today '],
  [new RegExp(`${B}हिजो[ \\t]राति${E}`, 'g'), ' last night '],
  [new RegExp(`${B}हिजो${T}`, 'g'), ' yesterday '],
  [new RegExp(`${B}अस्ति${E}`, 'g'), ' the day before yesterday '],
  [new RegExp(`${B}(?:त्यसको[ \\t])?भोलिपल्ट${E}`, 'g'), ' the next day, '],
  [new RegExp(`${B}भोलि${E}`, 'g'), ' tomorrow '],
  [new RegExp(`${B}(?:यो|यस)[ \\t]हप्ता${T}`, 'g'), ' this week '],
  [new RegExp(`${B}(?:गत|अघिल्लो)[ \\t]हप्ता${T}`, 'g'), ' last week '],
  [new RegExp(`${B}(?:अर्को|आगामी)[ \\t]हप्ता${T}`, 'g'), ' next week '],
  ...NUMBER_WORDS.map(([ne, en]): GlossRule => [new RegExp(`${B}(?:${ne})[ \\t](?:वटा[ \\t])?(?:दिनमा)${E}`, 'g'), ` in ${en} days `]),
  ...NUMBER_WORDS.map(([ne, en]): GlossRule => [new RegExp(`${B}(?:${ne})[ \\t](?:वटा[ \\t])?(?:ड्र|राउन्ड)${T}`, 'g'), ` ${en} draws `]),
  [new RegExp(`${B}लगातार[ \\t](?:दुई|2)[ \\t]दिन${E}`, 'g'), ' on two consecutive days '],
  // Rounds: "राउन्ड नम्बर ३११", "राउन्ड नं. २२६", "ड्र नं.", "४२औँ ड्रमा" (in the 42nd draw), "१७६औँ राउन्डमा".
  [new RegExp(String.raw`${B}(?:राउन्ड|ड्र)[ \t]?(?:नम्बर|नं\.?)[ \t]?#?(\d{1,3})(?!\d)(?:[ \t]?मा${E})?`, 'g'), ' draw #$1 '],
  // Not a year's or a program's count ("२०२५ को ४औँ ड्र", the year's 4th; "CEC को १२औँ ड्र", the 12th CEC round).
  [
    new RegExp(String.raw`(?<!(?:\d{4}|वर्ष|साल|CEC|PNP|FSW|FST|French-language|[Hh]ealthcare|[Tt]rades|श्रेणी)[ \t]?(?:को|का)?[ \t]?)(?<![\d,])(\d{1,3})[ \t]?(?:औँ|औं|ौँ|ौं)[ \t](?:ड्र|राउन्ड)${T}`, 'g'),
    ' the $1th round ',
  ],
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
      String.raw`${OURS}${NUM}[ \t]?(?:जना[ \t])?${PERSON}[ \t](?:[^\s.,\d]+[ \t]){0,8}?(?:ITA|Invitation to Apply|${INVITATION})(?:[ \t]?\((?:ITA|Invitation to Apply)\))?[ \t]?(?:${SENT}|पाए|पाएका)`,
      'g',
    ),
    ' $1 candidates were sent invitations ',
  ],
  [new RegExp(String.raw`${OURS}${NUM}[ \t]?(?:जना[ \t])?${PERSON}[ \t](?:ITA|${INVITATION})`, 'g'), ' $1 candidates were sent invitations '],
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
  // "५२९ बाट घटेर ५१८ मा" (fell from 529 to 518; not from two figures, "५२१ र ५२९ बाट", which the reader would take for a
  // round's), "५२० माथि" (above 520), "४०० तल" (below 400).
  [
    new RegExp(String.raw`(?<![\d,][ \t]र[ \t])(?<![\d,])(\d{2,4})[ \t]?(?:अंक[ \t]?)?बाट[ \t]?(घटेर|झरेर|बढेर|उक्लिएर)?${E}`, 'g'),
    (_, n = '', dir = '') => ` ${dir ? (/बढ|उक्लि/.test(dir) ? 'rose ' : 'fell ') : ''}from ${n} `,
  ],
  [new RegExp(String.raw`(?<![\d,])(\d{2,4})[ \t]?(?:अंक[ \t]?)?(?:भन्दा[ \t])?माथि${E}`, 'g'), ' above $1 '],
  [new RegExp(String.raw`(?<![\d,])(\d{2,4})[ \t]?(?:अंक[ \t]?)?(?:भन्दा[ \t])?(?:तल|मुनि)${E}`, 'g'), ' below $1 '],
  [new RegExp(String.raw`(?<![\d,])(\d[\d,]*)[ \t]?भन्दा[ \t](?:कम|तल)${E}`, 'g'), ' less than $1 '],
  // Cut-offs: "न्यूनतम CRS स्कोर ६९४ थियो", "कट-अफ ५०७ मा झर्‍यो" (fell to 507), "कट-अफ स्कोर ५०७ रह्यो", "न्यूनतम अंक ४९१".
  [/कट-?[ \t]?अफ[ \t]?(?:स्कोर[ \t])?(\d{2,3})[ \t]?मा[ \t]झर[\u0900-\u097f\u200c\u200d]*/g, ' cut-off fell to $1 '],
  [/(?<![\d,])(\d{2,3})[ \t]?मा[ \t](?:झर|घट)[\u0900-\u097f\u200c\u200d]*/g, ' to $1 '],
  [new RegExp(`${B}न्यूनतम[ \\t]CRS(?:[ \\t]?(?:स्कोर|अंक))?${E}`, 'g'), ' minimum CRS score '],
  [new RegExp(`${B}न्यूनतम[ \\t](?:स्कोर|अंक)${E}`, 'g'), ' minimum score '],
  [new RegExp(`${B}न्यूनतम${E}`, 'g'), ' minimum '],
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
  ...PROGRAMS.map(([ne, en]): GlossRule => [new RegExp(`${B}(?:${ne})${T}`, 'g'), ` ${en} `]),
  // Provinces (their own draws are no Express Entry rounds) and other countries.
  ...PLACES.map(([ne, en]): GlossRule => [new RegExp(`${B}(?:${ne})${T}`, 'g'), ` ${en} `]),
  [new RegExp(`${B}प्रदेश${T}`, 'g'), ' province '],
  [new RegExp(`${B}क्यानडा${T}`, 'g'), ' Canada '],
  [new RegExp(`${B}सञ्चालन[ \\t](?:गर्‍यो|गर्यो|गरेको[ \\t]छ|गरियो)`, 'g'), ' held '],
  [new RegExp(`${B}सम्पन्न[ \\t]?(?:गर्‍यो|गर्यो|गरेको|गर्दै|भयो|भएको)${E}`, 'g'), ' held '],
  [new RegExp(`${B}अन्तर्गत${E}`, 'g'), ' under '],
  [new RegExp(`${B}(?:र|अनि|तथा)${E}`, 'g'), ' and '],
  [new RegExp(`${B}नहुनु${E}`, 'g'), ' no draw being held '],
];

/**
 * A sentence that speaks of an earlier draw: "अघिल्लो" (previous), "गत ड्र" (the last draw), "तुलनामा" (compared with), "यसअघि"
 * (before this), "पछिल्लो पटक" (the last time), a pluperfect of its invitations ("दिइएको थियो", had been given; not "तोकिएको
 * थियो", had been set, which a page says of the round's own cut-off).
 */
const EARLIER = new RegExp(
  `${B}(?:अघिल्लो|अघिल्ला|तुलनामा|यसअघि|त्यसअघि)${E}|${B}(?:यस|त्यस|योभन्दा|यसभन्दा)[ \\t]?(?:अघि|पहिले)${E}|${B}पछिल्लो[ \\t]पटक${E}|${B}गत[ \\t](?:ड्र|राउन्ड|पटक)|(?:दिइएको|पठाइएको|पठाएको|बोलाइएको|पाएका|पाएको|भएको|गरिएको)[ \\t](?:थियो|थिए)`,
);

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
  out = glossNepaliDates(out);
  return finishGloss(markEarlier(out, EARLIER, /((?<!\d),|,(?!\d)|[।\n])/), RULES, SCRIPT);
}
