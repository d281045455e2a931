import { GLOSS_COUNT, finishGloss, hasEnough, markEarlier, monthNamer, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Marathi draw news glossed into the English the reader knows (docs/parser.md, "Telugu, Kannada and Marathi"). Marathi is
 * written in Devanagari, as Hindi is: a page is Marathi, not Hindi, when it writes Marathi's own words ("आहे", "आणि", "मध्ये",
 * "झाले", words with "ळ") and few of Hindi's ("है", "और", "में", "के"). Read: Devanagari digits, months ("६ जुलै" → "July 6",
 * "2 ते 6 मार्च 2026" → "March 2-6, 2026"), weekdays ("बुधवारी", on Wednesday; "सोम, 2 मार्च" in a table), counts with their
 * noun ("१,५०० उमेदवारांना … आमंत्रण (ITA) देण्यात आले" → "1,500 candidates were sent invitations"), cut-offs ("किमान CRS गुण
 * ५५७" → "the minimum CRS score was 557", "540 च्या वर", above 540), a round's number ("ड्रॉ क्रमांक २२६", "ड्रॉ #६३"), a
 * table's labels and the words of a draw report. What the glossary does not know is dropped; a sentence that speaks of an
 * earlier draw ("यापूर्वी", before this; "मागील", previous; "तुलनेसाठी", for comparison; "मिळाले होते", had received) is context.
 */

const DEVANAGARI = /[\u0900-\u0963\u0966-\u097f]/g;
const DEVANAGARI_DIGIT = /[\u0966-\u096f]/g;
const D = String.raw`\u0900-\u097f`;

/** Words only Marathi writes (a word with "ळ" too), and Hindi's commonest ones. */
const MARATHI_WORD = new RegExp(String.raw`(?<![${D}])(?:आहे|आहेत|आणि|होते|होता|होती|झाले|झाला|झाली|नाही|मध्ये|यांनी|करण्यात|देण्यात|आले|केले|म्हणजे|तसेच|किंवा)(?![${D}])|[${D}]*ळ[${D}]*`, 'g');
const HINDI_WORD = new RegExp(String.raw`(?<![${D}])(?:है|हैं|और|में|था|थे|थी|किया|गया|गई|लिए|यह|वाले|के|का|को|से)(?![${D}])`, 'g');

/** Enough Devanagari that it is the page's language, and Marathi's words, not Hindi's (or Nepali's). */
export const isMarathi = (text: string): boolean => {
  if (!hasEnough(text, DEVANAGARI)) return false;
  const marathi = (text.match(MARATHI_WORD) ?? []).length;
  return marathi >= 2 && marathi > 2 * (text.match(HINDI_WORD) ?? []).length;
};

const MONTHS: MonthTable = [
  ['जानेवारी', 'January'],
  ['फेब्रुवारी', 'February'],
  ['मार्च', 'March'],
  ['एप्रिल', 'April'],
  ['मे', 'May'],
  ['जून', 'June'],
  ['जुलै', 'July'],
  ['ऑगस्ट', 'August'],
  ['सप्टेंबर', 'September'],
  ['ऑक्टोबर', 'October'],
  ['नोव्हेंबर', 'November'],
  ['डिसेंबर', 'December'],
];
/** A month's name with its case ending ("जूनपासून", from June). */
const MONTH = String.raw`(?<![${D}])(${MONTHS.map(([mr]) => mr).join('|')})[${D}]*`;
const monthOf = monthNamer(MONTHS);

const WEEKDAYS: MonthTable = [
  ['सोमवार', 'Monday'],
  ['मंगळवार', 'Tuesday'],
  ['बुधवार', 'Wednesday'],
  ['गुरुवार', 'Thursday'],
  ['शुक्रवार', 'Friday'],
  ['शनिवार', 'Saturday'],
  ['रविवार', 'Sunday'],
];
/** A table's short weekdays, before a day ("सोम, 2 मार्च"). */
const SHORT_WEEKDAYS: MonthTable = [
  ['सोम', 'Mon'],
  ['मंगळ', 'Tue'],
  ['बुध', 'Wed'],
  ['गुरु', 'Thu'],
  ['शुक्र', 'Fri'],
  ['शनि', 'Sat'],
  ['रवि', 'Sun'],
];

const NUM = GLOSS_COUNT;
const PERSON = String.raw`(?:उमेदवार|जण|अर्जदार|व्यक्ती)[${D}]*`;
const INVITATION = String.raw`(?:आमंत्रण|निमंत्रण)[${D}]*`;
const SENT = String.raw`(?:देण्यात\sआल[${D}]*|दिल[${D}]*|पाठवल[${D}]*|मिळाल[${D}]*|जारी\sकेल[${D}]*)`;
const NUMBER_WORDS = [
  ['दोन', 'two'],
  ['तीन', 'three'],
  ['चार', 'four'],
  ['पाच', 'five'],
] as const;

const SCRIPT = script('\u0900-\u097f', '‘’');

const RULES: readonly GlossRule[] = [
  // A label before a dateline ("बातमीपत्र: शनिवार, २७ मे २०१७", bulletin): the dateline alone, the page's day (glossed, the label
  // would leave ": Saturday, May 27, 2017", which no dateline pattern knows).
  [/^[ \t]*[\u0900-\u097f]{2,20}:[ \t]?(?=(?:सोम|मंगळ|बुध|गुरु|शुक्र|शनि|रवि)वार)/gm, ''],
  [/।/g, '. '],
  // A clause of an earlier draw after a semicolon starts its own sentence (the figure before it stays this draw's).
  [/;(?=\s?Previously,)/g, '.'],
  // A table's labels: "फेरी | दिनांक | कॅटेगरी | आमंत्रणे (ITA) | किमान CRS", "तारीख | ITA | किमान CRS"; a card's "किमान CRS:".
  [new RegExp(String.raw`(?<![${D}])(?:फेरी|ड्रॉ\sक्रमांक)(?=\s?\|)`, 'g'), ' Round '],
  [new RegExp(String.raw`(?<![${D}])(?:दिनांक|तारीख)(?=\s?[|:])`, 'g'), ' Date '],
  [new RegExp(String.raw`(?<![${D}])(?:कॅटेगरी|श्रेणी|प्रोग्राम|कार्यक्रम)(?=\s?[|:])`, 'g'), ' Program '],
  [new RegExp(String.raw`(?<![${D}])${INVITATION}(\s?\(ITAs?\))?(?=\s?[|:])`, 'g'), ' Invitations$1 '],
  [/किमान\s?CRS(?=\s?[|:])/g, ' Minimum CRS '],
  [/टाय-?\s?ब्रेक(?:िंग)?(?:\sनियम)?/g, ' tie-breaking rule '],
  // Dates: "६ जुलै", "१३ नोव्हेंबर २०२१", "2 ते 6 मार्च 2026" (March 2 to 6), "फेब्रुवारी 17 च्या" (of February 17), "22 जून रोजी" (on June 22).
  [new RegExp(String.raw`(?<!\d)(\d{1,2})\sते\s(\d{1,2})\s${MONTH}(?:\s(\d{4}))?`, 'g'), (_, a = '', b = '', m = '', y = '') => ` ${monthOf(m)} ${a}-${b}${y ? `, ${y}` : ''} `],
  [new RegExp(String.raw`(?<!\d)(\d{1,2})\s${MONTH}(?:\s(\d{4}))?(?:\sरोजी[${D}]*)?`, 'g'), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${d}${y ? `, ${y}` : ''} `],
  [new RegExp(String.raw`${MONTH}\s(\d{1,2})(?![\d,])(?:\sरोजी[${D}]*)?`, 'g'), (_, m = '', d = '') => ` ${monthOf(m)} ${d} `],
  [new RegExp(MONTH, 'g'), (_, m = '') => ` ${monthOf(m)} `],
  [/(\d{4})\s?(?:मध्ये|मधील|साली)/g, ' in $1 '],
  // "बुधवारी" (on Wednesday); a dateline's bare "शनिवार, २७ मे २०१७"; "सोमवार ते गुरुवार" (from Monday to Thursday).
  // "दर शनिवारी" (every Saturday, a programme's schedule) is no day of a round: "weekly".
  ...WEEKDAYS.map(([mr]): GlossRule => [new RegExp(`(?<![${D}])दर\\s${mr}ी(?![${D}])`, 'g'), ' weekly ']),
  ...WEEKDAYS.map(([mr, en]): GlossRule => [new RegExp(`${mr}ी(?![${D}])`, 'g'), ` on ${en} `]),
  ...WEEKDAYS.map(([mr, en]): GlossRule => [new RegExp(`${mr}(?![${D}])`, 'g'), ` ${en} `]),
  [/([A-Z][a-z]+day)\s{1,2}ते\s{1,2}([A-Z][a-z]+day)/g, ' from $1 to $2 '],
  ...SHORT_WEEKDAYS.map(([mr, en]): GlossRule => [new RegExp(`(?<![${D}])${mr},(?=\\s*[A-Z][a-z]+ \\d)`, 'g'), ` ${en}, `]),
  [/(?<![\u0900-\u097f])रोज\sएक\sड्रॉ\sघेतला/g, ' held a draw every day '],
  [/(?<![\u0900-\u097f])आज(?![\u0900-\u097f])/g, ' today '],
  [/(?<![\u0900-\u097f])काल(?![\u0900-\u097f])/g, ' yesterday '],
  [/(?<![\u0900-\u097f])(?:या|ह्या)\sआठवड्यातील/g, " this week's "],
  [/(?<![\u0900-\u097f])(?:या|ह्या)\sआठवड्या(?:त|मध्ये)/g, ' this week '],
  // "जेव्हा IRCC 3,000 किंवा अधिक आमंत्रणे देते तेव्हा …" (when IRCC gives 3,000 or more invitations, …): a rule of thumb, no round.
  [/(?<![\u0900-\u097f])जेव्हा(?![\u0900-\u097f])/g, ' when '],
  [/(?<![\u0900-\u097f])तेव्हा(?![\u0900-\u097f])/g, ', then '],
  [/किंवा\sअधिक|किंवा\sजास्त/g, ' or more '],
  [/एकाच\sदिवशी/g, ' on the same day '],
  [/(?<![\u0900-\u097f])एकूण(?![\u0900-\u097f])/g, ' a total of '],
  [/आतापर्यंत/g, ' so far '],
  ...NUMBER_WORDS.map(([mr, en]): GlossRule => [new RegExp(`(?<![${D}])${mr}(?![${D}])`, 'g'), ` ${en} `]),
  [/(?<=(?:two|three|four|five)\s{1,2})दिवसांत/g, ' days, '],
  [/(?<=(?:two|three|four|five)\s{1,2})(?:स्वतंत्र\s)?ड्रॉ/g, ' draws '],
  // A round's number: "ड्रॉ क्रमांक २२६", "ड्रॉ #६३", "२२६ वा ड्रॉ".
  [/(?:ड्रॉ|फेरी)\s?(?:क्रमांक|क्र\.)\s?#?(\d{1,3})(?!\d)/g, ' draw #$1 '],
  [new RegExp(String.raw`(?<!\d)(\d{1,3})\s?(?:वा|वी|वे)\s(?:ड्रॉ|फेरी)[${D}]*`, 'g'), ' the $1th round '],
  // Counts and what happened to them: "१,५०० उमेदवारांना … आमंत्रण (ITA) देण्यात आले", "६३६ जणांना ७५२ गुणांवर आमंत्रण मिळाले" (636
  // were invited at 752 points), "१४३ आमंत्रणे".
  [new RegExp(String.raw`${NUM}\s?${PERSON}\s(\d{2,4})\s?गुणांवर\s${INVITATION}\s${SENT}`, 'g'), ' $1 candidates were sent invitations with a score of $2 '],
  [new RegExp(String.raw`${NUM}\s?${PERSON}\s(?:[^\s.]+\s){0,6}?${INVITATION}\s?(?:\([^)\n]{0,40}\)\s?)?${SENT}`, 'g'), ' $1 candidates were sent invitations '],
  [new RegExp(String.raw`${NUM}\s?${PERSON}`, 'g'), ' $1 candidates '],
  [new RegExp(String.raw`${NUM}\s?${INVITATION}`, 'g'), ' $1 invitations '],
  [new RegExp(String.raw`${INVITATION}\s?(?:\([^)\n]{0,40}\)\s?)?${SENT}`, 'g'), ' invitations were sent '],
  [new RegExp(`(?<![${D}])${INVITATION}`, 'g'), ' invitations '],
  // Cut-offs: "किमान CRS गुण ५५७ इतके होते" (the minimum CRS score was 557), "किमान CRS फक्त १९९" (only 199), "केवळ १९९ गुणांवर" (at only
  // 199 points), "540 च्या वर" (above 540), "530 च्या खाली" (below 530), "534 च्या आसपास" (around 534), "397 पर्यंत" (to 397).
  [/किमान\s?(?:CRS\s?)?(?:गुण\s?|स्कोअर\s?)?(?:फक्त\s|केवळ\s)?(\d{2,4})(?!\d)(?:\sइतके\s(?:होते|आहेत))?/g, ' the minimum CRS score was $1 '],
  [/(?<![\u0900-\u097f])किमान(?![\u0900-\u097f])/g, ' minimum '],
  [/(\d{2,4})\sच्या\sवर/g, ' above $1 '],
  [/(\d{2,4})\sच्या\sखाली/g, ' below $1 '],
  [/(\d{2,4})\sच्या\sआसपास/g, ' around $1 '],
  [/(\d{2,4})\sपर्यंत/g, ' to $1 '],
  [/(?:फक्त|केवळ)\s(?=\d)/g, ' only '],
  [/(\d{2,4})\s?गुण[\u0900-\u097f]*/g, ' $1 points '],
  [/कट-?\s?ऑफ/g, ' cut-off '],
  [/(?<![\u0900-\u097f])स्कोअर(?![\u0900-\u097f])/g, ' score '],
  // "CRS वाढवण्याचे 5 मार्ग" (5 ways to raise a CRS): a guide.
  [/(\d{1,2})\sमार्ग/g, ' $1 ways to raise it '],
  // The round's words.
  [/सर्व\sप्रोग्राम्स?[\u0900-\u097f]*/g, ' all-program '],
  [/सर्वसाधारण(?=\s?ड्रॉ)/g, ' general '],
  [/एक्स्प्रेस\s?एन्ट्री|एक्सप्रेस\s?एंट्री/g, ' Express Entry '],
  [/(?:नवीन|ताज्या|ताजा|नव्या)\s?(?=ड्रॉ)/g, ' latest '],
  [/ड्रॉ[\u0900-\u097f]*|ड्रॉ/g, ' draw '],
  [/(?:फेडरल\s)?स्किल्ड\sट्रेड्स[\u0900-\u097f]*/g, ' Federal Skilled Trades '],
  [/फेडरल\sस्किल्ड\sवर्कर/g, ' Federal Skilled Worker '],
  [/कॅनेडियन\sएक्स्पीरियन्स\sक्लास/g, ' Canadian Experience Class '],
  [/प्रांतीय\sनामांकन/g, ' provincial nomination '],
  [/फ्रेंच\sभाषे[\u0900-\u097f]*|फ्रेंच(?=\s*draw)/g, ' French-language '],
  [/हेल्थकेअर|आरोग्यसेवा/g, ' healthcare '],
  [/इमिग्रेशन,\sरेफ्युजीज\sअँड\sसिटिझनशिप\sकॅनडा/g, ' IRCC '],
  [/(?:अंदाज|अपेक्षा|शक्यता)[\u0900-\u097f]*/g, ' expected '],
];

/**
 * A sentence that speaks of an earlier draw ("यापूर्वी", "याआधी", before this; "मागील"/"मागच्या", previous; "गेल्या", last;
 * "तुलनेसाठी", for comparison; "मिळाले होते", had received): context from its start.
 */
const EARLIER = /यापूर्वी|याआधी|(?<![\u0900-\u097f])(?:मागील|मागच्या|गेल्या|तुलनेसाठी)(?![\u0900-\u097f])|(?:मिळाले|मिळाली|झाला|झाले)\sहोते/;

export function glossMarathi(text: string): string {
  const out = text.replace(DEVANAGARI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0966));
  return finishGloss(markEarlier(out, EARLIER, /([।.;\n])/), RULES, SCRIPT);
}
