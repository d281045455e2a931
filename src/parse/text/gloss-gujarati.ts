import { finishGloss, hasEnough, markEarlier, monthNamer, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Gujarati draw news glossed into the English the reader knows, as `gloss-punjabi.ts` does for Punjabi
 * (docs/parser.md, "Fourteenth round"): Gujarati digits and Indian digit grouping ("1,14,431" is 114,431), months
 * ("2 સપ્ટેમ્બરના રોજ" → "on 2 September"), counts ("249 આમંત્રણો મોકલ્યા" → "sent 249 invitations"), cut-offs
 * ("772નો CRS સ્કોર" → "a CRS score of 772"), a round's number ("ડ્રો નંબર 337"), and the words of a draw report.
 * What the glossary does not know is dropped; a sentence that speaks of an earlier draw ("અગાઉના") is context.
 */

const GUJARATI = /[\u0a80-\u0aff]/g;
const GUJARATI_DIGIT = /[\u0ae6-\u0aef]/g;

/** Enough Gujarati that it is the page's language, not a name. */
export const isGujarati = (text: string): boolean => hasEnough(text, GUJARATI);

const MONTHS: MonthTable = [
  ['જાન્યુઆરી', 'January'],
  ['ફેબ્રુઆરી|ફેબ્રુ', 'February'],
  ['માર્ચ', 'March'],
  ['એપ્રિલ', 'April'],
  ['મે', 'May'],
  ['જૂન', 'June'],
  ['જુલાઈ', 'July'],
  ['ઓગસ્ટ', 'August'],
  ['સપ્ટેમ્બર', 'September'],
  ['ઓક્ટોબર', 'October'],
  ['નવેમ્બર', 'November'],
  ['ડિસેમ્બર', 'December'],
];
/** Letters of the script, for the edges of a word. */
const G = String.raw`\u0a80-\u0aff`;
/** A month's name with its case ending ("સપ્ટેમ્બરના", of September). */
const MONTH_WORD = new RegExp(String.raw`(?<![${G}])(${MONTHS.map(([gu]) => gu).join('|')})(?:ના|ની|નો|માં|ે)?(?![${G}])`, 'g');
const monthOf = monthNamer(MONTHS);

const PERSON = String.raw`(?:ઉમેદવારોને|ઉમેદવારો|લોકોને|લોકો|વિદેશી નાગરિકોને|અરજદારોને|વર્કર્સને|કામદારોને)`;
const INVITED = String.raw`(?:આમંત્રણ|આમંત્રિત|ઈન્વાઈટ|ઇન્વાઇટ|ઈન્વિટેશન|ઇન્વિટેશન)`;

const SCRIPT = script('\u0a80-\u0aff', '‘’');

const RULES: readonly GlossRule[] = [
  [/।/g, '. '],
  // Indian grouping: "1,14,431" is 114,431.
  [/\b(\d{1,2}),(\d{2}),(\d{3})\b/g, '$1$2,$3'],
  // Months: "2 સપ્ટેમ્બરના રોજ" (on 2 September), "૨૬ ઓક્ટોબરના ડ્રોમાં" (in the 26 October draw).
  [MONTH_WORD, (_, m = '') => ` ${monthOf(m)} `],
  // A card's labels: "આમંત્રણ: ૨,૯૮૫" (invitations), "લઘુત્તમ સ્કોર: ૬૭૬" (the minimum score), "પ્રોગ્રામ:" (program),
  // "ટાઈ-બ્રેકિંગ નિયમ:" / "ટાઈ-બ્રેકિંગ:" (the tie-breaking rule).
  [/(?<![\u0a80-\u0aff])આમંત્રણ(?:ો)?\s?:\s?/g, ' invitations: '],
  [/(?:સૌથી ઓછો|સૌથી નીચો|મિનિમમ|લઘુત્તમ)\s?(?:CRS\s)?સ્કોર\s?:\s?/g, ' minimum CRS score: '],
  [/(?<![\u0a80-\u0aff])પ્રોગ્રામ\s?:\s?/g, ' program: '],
  // "લઘુતમ CRS 486" (the minimum CRS 486, also spelt "લઘુત્તમ"), "ઓલ-પ્રોગ્રામ ડ્રો" (an all-program draw).
  [/(?:લઘુ(?:ત્ત|ત)મ|મિનિમમ)\s?CRS\s?(\d{2,4})(?!\d)/g, ' minimum CRS $1 '],
  [/ઓલ-?\s?પ્રોગ્રામ/g, ' all-program '],
  [/ટાઈ-?\s?બ્રેકિંગ(?:\sનિયમ)?/g, ' tie-breaking rule '],
  [/(?:ના\s)?રોજ/g, ' '],
  // Cut-offs: "772નો CRS સ્કોર", "૪૩૧નો મિનિમમ ક્રોપ્રિહેન્સિવ રેન્કિંગ સિસ્ટમ સ્કોર", "સૌથી ઓછો CRS સ્કોર 428નો હતો".
  [new RegExp(String.raw`(\d{2,4})નો\s?(?:મિનિમમ\s?)?(?:[^\s.]+\s){0,3}?(?:CRS\s)?સ્કોર`, 'g'), ' a minimum CRS score of $1 '],
  [/(?:સૌથી ઓછો|સૌથી નીચો|મિનિમમ|લઘુત્તમ)\s?(?:CRS\s)?સ્કોર\s?(\d{2,4})(?:નો)?\s?(?:હતો|છે)?/g, ' the minimum CRS score was $1 '],
  [/(\d{2,4})\s?કે\s?તેથી\s?વધુ/g, ' $1 or more '],
  [/(\d{2,4})\s?પોઈન્ટ(?:નો|ની)?/g, ' $1 points '],
  // Counts: "249 આમંત્રણો મોકલ્યા", "૩૬૦૦ હેલ્થકેર વર્કર્સને ઈન્વાઈટ કર્યા", "6500 લોકોને આમાં આમંત્રણ આપવામાં આવ્યું".
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:આમંત્રણો|ઇન્વિટેશન|ITAs?)\s?(?:મોકલ્યા|જારી|આપ્યા)/g, ' issued $1 invitations '],
  // "4,300 ઉમેદવારોને ITA, લઘુતમ CRS 486" (ITAs to 4,300 candidates, the minimum CRS 486): a round's count beside its cut-off (not a
  // headline's total, "બે ડ્રો, ૫,૯૮૫ ઉમેદવારોને ITA").
  [/((?<!\d,?)\d[\d,]{0,15})\s?ઉમેદવારોને\s?ITAs?(?=,?\s*(?:લઘુ(?:ત્ત|ત)મ|મિનિમમ|minimum))/gu, ' issued $1 invitations '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?(?:હેલ્થકેર|હેલ્થ કેર)\s?(?:વર્કર્સને|કામદારોને)(?=[^.]{0,40}?${INVITED})`, 'g'), ' $1 healthcare candidates were invited '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:હેલ્થકેર|હેલ્થ કેર)\s?(?:વર્કર્સને|કામદારોને)/g, ' $1 healthcare candidates '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?${PERSON}(?=[^.]{0,60}?${INVITED})`, 'g'), ' $1 candidates were invited '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?${PERSON}`, 'g'), ' $1 candidates '],
  [/ડ્રો\s?નંબર\s?(\d{1,3})/g, ' draw number $1 '],
  // A number's case endings ("2025ના", "૨૦૨૨માં"): of, in.
  [new RegExp(String.raw`(\d)(?:ના|નો|ની|નું|માં|થી|ને)(?![${G}])`, 'g'), '$1 '],
  // The round's words.
  [/(?:નવીનતમ|લેટેસ્ટ|નવો)\s?એક્સપ્રેસ એન્ટ્રી\s?ડ્રો(?:માં)?/g, ' the latest Express Entry draw '],
  [/એક્સપ્રેસ એન્ટ્રી/g, ' Express Entry '],
  [/ડ્રો(?:માં|ના|નો)?(?![\u0a80-\u0aff])/g, ' draw '],
  [/ફ્રેન્ચ ભાષા(?:માં)?/g, ' French-language '],
  [/(?:હેલ્થકેર|હેલ્થ કેર)/g, ' healthcare '],
  [/કેનેડિયન એક્સપિરિયન્સ ક્લાસ/g, ' Canadian Experience Class '],
  [/પ્રોવિન્સિયલ નોમિની પ્રોગ્રામ/g, ' Provincial Nominee Program '],
  [/(?:ઇમિગ્રેશન|ઈમિગ્રેશન),?\s?રેફ્યુજીસ\s?એન્ડ\s?(?:સિટીઝનશિપ|સિટિઝનશિપ)\s?કેનેડા(?:એ)?/g, ' IRCC '],
  [/કેનેડા(?:એ|ના|માં)?/g, ' Canada '],
];

/** A sentence that speaks of an earlier draw ("અગાઉના", previous; "છેલ્લા", last; "પહેલાં", before) anywhere: context from its start. */
const EARLIER = /અગાઉના|અગાઉની|છેલ્લા|પહેલાં/;

export function glossGujarati(text: string): string {
  const out = text.normalize('NFC').replace(GUJARATI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0ae6));
  return finishGloss(markEarlier(out, EARLIER, /([।\n,.])/), RULES, SCRIPT);
}
