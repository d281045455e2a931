import { applyGloss, dayOrdinal, tidyGloss, markEarlier, monthNamer, mostlyScript, script, type GlossRule, type MonthTable, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Armenian draw news, Eastern and Western, glossed into the English the reader knows, as `gloss-russian.ts` does for Russian
 * (docs/parser.md, "Armenian and Cebuano"): thousands with a space ("3 000 հրավեր" → "3,000 invitations"), months in both
 * spellings and their cases ("նոյեմբերի 20-ին" → "on November 20,", "12 Մայիս 2016", "17 Փետրուար 2021"), weekdays, rounds
 * ("№327", "236-րդ փուլը" → "the 236th round", "շրջան թիւ 193" → "draw #193"), cut-offs ("նվազագույն CRS միավորը կազմել է
 * 463" → "minimum CRS score was 463", "Նուազագոյն միաւորը … հասաւ 534ի"), the tie-break ("Հավասար միավորների կանոն"),
 * programs and the words of a draw report. What the glossary does not know is dropped; a sentence or clause that speaks of an
 * earlier round ("նախորդ", previous; "վերջին", last; "Հիշեցնենք", let us recall) is context.
 */

const ARMENIAN = /[\u0531-\u0587]/g;

/** Enough Armenian that it is the page's language, not a name (or, a short post, more Armenian letters than Latin ones). */
export const isArmenian = (text: string): boolean => mostlyScript(text, ARMENIAN);

/** An Armenian letter (either case). */
const A = String.raw`\u0531-\u0587`;
/** A word's Armenian ending (case, article, plural). */
const END = `[${A}]*`;

const MONTHS: MonthTable = [
  ['հունվար|յունուար', 'January'],
  ['փետրվար|փետրուար', 'February'],
  ['մարտ', 'March'],
  ['ապրիլ', 'April'],
  ['մայիս', 'May'],
  ['հունիս|յունիս', 'June'],
  ['հուլիս|յուլիս', 'July'],
  ['օգոստոս', 'August'],
  ['սեպտեմբեր', 'September'],
  ['հոկտեմբեր', 'October'],
  ['նոյեմբեր', 'November'],
  ['դեկտեմբեր', 'December'],
];
const MONTH = `((?:${MONTHS.map(([hy]) => hy).join('|')})(?:ի|ին|ու)?)`;
const monthOf = monthNamer(MONTHS, 'iu');
const re = (source: string): RegExp => new RegExp(source, 'giu');
/** Not inside an Armenian or Latin word, nor a number. */
const B = String.raw`(?<![${A}A-Za-z\d])`;
const E = String.raw`(?![${A}A-Za-z])`;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['երկուշաբթի', 'Monday'],
  ['երեքշաբթի', 'Tuesday'],
  ['չորեքշաբթի', 'Wednesday'],
  ['հինգշաբթի', 'Thursday'],
  ['ուրբաթ', 'Friday'],
  ['կիրակի', 'Sunday'],
];

/** A count: "3,000" (after the thousands rule) or "3000". */
const NUM = GLOSS_NUM;
const INVITATIONS = `(?:հրավեր|հրաւէր)${END}`;
const PEOPLE = `(?:մարդ|դիմող|թեկնածու|անձ)${END}`;
const ROUND = `(?:փուլ|շրջան)${END}`;
const POINTS = `(?:միավոր|միաւոր)${END}`;
const MINIMUM = String.raw`(?:նվազագույն|նուազագոյն|նվազ\.)`;
/** An ordinal's English ending ("5" → "5th"). */
const nth = (n: string): string => dayOrdinal(n).replace(/^the /, '');

const SCRIPT = script(A, '«»՝՛՞֊');

/**
 * Words that tell a page speaks about rounds rather than announces one, or of a round that is not Canada's federal one
 * (docs/parser.md, "Armenian and Cebuano", audit of session 55): provinces and other countries ("Օնտարիո նահանգը" → "Ontario
 * province", "Ավստրալիայի" → "Australia"), a month's summary ("Հոկտեմբերի ամփոփում" → "October recap"), an analysis
 * ("Վերլուծություն"), "why" ("ինչու"), "the day before yesterday" ("երեկ չէ առաջին օրը", not yesterday) and a hedge before a
 * figure ("մոտ", "շուրջ", about).
 */
const BACKGROUND: readonly GlossRule[] = [
  ...(
    [
      ['օնտարիո|օնթարիո', 'Ontario'],
      ['բրիտանական\\sկոլումբիա|բրիտանական\\sքոլոմպիա|պրիթիշ\\sքոլոմպիա', 'British Columbia'],
      ['ալբերտա|ալպերթա', 'Alberta'],
      ['սասկաչևան|սասկաչեվան|սասքաչըուան', 'Saskatchewan'],
      ['մանիտոբա|մանիթոպա', 'Manitoba'],
      ['նոր\\sշոտլանդիա|նովա\\sսկոտիա', 'Nova Scotia'],
      ['քվեբեկ|քեբեք|քեպէք', 'Quebec'],
      ['ավստրալիա|աւստրալիա|ավստրալիա', 'Australia'],
      ['նոր\\sզելանդիա|նոր\\sզելանտա', 'New Zealand'],
      ['մեծ\\sբրիտանիա|մեծն\\sբրիտանիա', 'the United Kingdom'],
    ] as const
  ).map(([hy, en]): GlossRule => [re(`${B}(?:${hy})${END}`), ` ${en} `]),
  [re(`${B}նահանգ${END}`), ' province '],
  [re(`(?:երեկ|երէկ)\\sչէ\\s(?:առաջին|մյուս|միւս)\\sօր${END}`), ' the day before yesterday '],
  [re(`${B}${MONTH}\\sամփոփում${END}`), (_, m = '') => ` ${monthOf(m)} recap `],
  [re(`(?:ամսվա|ամսուան)\\sամփոփում${END}`), ' monthly recap '],
  [re(`${B}(?:վերլուծություն|վերլուծութիւն)${END}`), ' Analysis '],
  [re(`${B}ինչ(?:ո՞ւ|ու)${E}`), ' why is '],
  [re(`${B}(?:ուղեցույց|ուղեցոյց)${END}`), ' Guide '],
  [re(`${B}ինչպես${E}`), ' how to '],
  [re(`${B}օրինակ${E}`), ' For example, '],
  [re(`${B}(?:մոտ|մօտ|շուրջ|մոտավորապես|մօտաւորապէս)\\s(?=\\d)`), ' about '],
];

const RULES: readonly GlossRule[] = [
  ...BACKGROUND,
  // Thousands with a space: "3 000", "7 500" (a number's start and end bounded, so a day and a year stay apart).
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/\u0589/g, '. '],
  [/\u055d/g, ': '],
  // Latin words and figures with an Armenian ending: "IRCC-ն", "CEC-ի", "«Express Entry»ի", "534ի", "Express Entryի".
  [re(String.raw`(?<=[A-Za-z\d»)])-?(?:ն|ի|ին|ից|ով|ում|ը|ու|ներ|ները)${E}`), ''],
  [/[«»]/g, ' '],
  // Days: "2024 թ. հոկտեմբերի 21" (year first), "Մարտի 21, 2015", "նոյեմբերի 20-ին" (on November 20), day first "24 նոյեմբերի, 2022", "12 Մայիս 2016", "6 Մայիսին".
  [re(String.raw`(\d{4})\s?թ\.?\s${MONTH}\s(\d{1,2})(?!\d)`), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${d}, ${y} `],
  [re(String.raw`${B}${MONTH}\s(\d{1,2}),?\s(\d{4})`), (_, m = '', d = '', y = '') => ` ${monthOf(m)} ${d}, ${y} `],
  [re(String.raw`${B}${MONTH}\s(\d{1,2})-?(?:ին|ից|ը)${E}`), (_, m = '', d = '') => ` on ${monthOf(m)} ${d}, `],
  [re(String.raw`${B}${MONTH}\s(\d{1,2})(?![\d:])`), (_, m = '', d = '') => ` ${monthOf(m)} ${d} `],
  [
    re(String.raw`(?<![\d.,])(\d{1,2})\s${MONTH}${E},?(?:\s(\d{4})(?!\d))?`),
    (all, d = '', m = '', y = '') => (/ին$/u.test(m) ? ` on ${monthOf(m)} ${d}${y ? `, ${y}` : ''}, ` : ` ${monthOf(m)} ${d}${y ? `, ${y}` : ''} `),
  ],
  [re(String.raw`(\d{4})\s?(?:թ\.|թվական${END})`), ' $1 '],
  ...WEEKDAYS.map(([hy, en]): GlossRule => [re(`${B}(?:(անցյալ|անցեալ)\\s)?${hy}${END}`), (_, last = '') => (last ? ` last ${en} ` : ` ${en} `)]),
  [re(`${B}(?:երեկ|երէկ)${E}`), ' yesterday '],
  [re(`${B}այսօր${E}`), ' today '],
  [re(`${B}այս\\s(?:շաբաթ|շաբթուան)${END}(?:\\sընթացքին)?`), ' this week '],
  // "Այս շաբաթ Express Entry փուլ չկար" (there was no Express Entry round this week).
  [re(`${ROUND}\\s(?:չկար|չի\\sեղել|չեղաւ|չկայ)`), ' no draw '],
  // Rounds: "№327", "236-րդ փուլը" (the 236th round), "33րդ հրաւէրի շրջանը", "շրջան թիւ 193".
  [/№\s?(\d{1,3})(?!\d)/g, '#$1'],
  // A weekly recap: "Շաբաթվա ամփոփում. 4 փուլ 4 օրում" (the week's recap: 4 rounds in 4 days), "Ահա շաբաթվա բոլոր փուլերը" (here are all the week's rounds).
  [re(`(?:շաբաթվա|շաբթուան)\\sամփոփում${END}`), ' Weekly recap '],
  [re(String.raw`(?<!\d)(\d)\s${ROUND}\s(\d)\sօր${END}`), ' $1 draws in $2 days '],
  [re(`${B}ահա${E}`), ' here are '],
  [re(`(?:շաբաթվա|շաբթուան)\\sբոլոր\\s${ROUND}`), " all of this week's draws "],
  [re(`առաջին\\sանգամ`), ' for the first time '],
  [re(`(?:անցկացրեց|անցկացրել\\sէ|կատարեց)${E}`), ' held '],
  [re(String.raw`(?<!\d)(\d{1,3})-?(?:րդ|ին|երորդ)\s(?:${INVITATIONS}\s)?${ROUND}`), (_, n = '') => ` the ${nth(n)} round `],
  [re(`${ROUND}\\sթի(?:վ|ւ)\\s(\\d{1,3})(?!\\d)`), ' draw #$1 '],
  // The tie-break: "Հավասար միավորների կանոնը", "Հաւասարութեան կանոն".
  [re(`(?:հավասար\\s(?:միավորների|միաւորներու)|հաւասարութեան|հավասարության)\\sկանոն${END}`), ' tie-breaking rule '],
  // Counts: "4 750 մարդ", "799 դիմողներ", "3 000 հրավեր է ուղարկվել" (3,000 invitations were sent), "հրավեր ստացան 4 750 մարդ" (4,750 people received an invitation).
  [re(`${INVITATIONS}\\sստաց(?:ան|ել\\sեն|ին)\\s${NUM}\\s${PEOPLE}`), ' $1 candidates received invitations '],
  [re(`${NUM}\\s${PEOPLE}\\s(?:հրավիրվեցին|հրաւիրուեցան|հրավիրվել\\sեն)`), ' $1 candidates were invited '],
  [re(`${NUM}\\s${INVITATIONS}\\s(?:(?:է|էր|են)\\s)?(?:ուղարկ|ղրկ)${END}`), ' $1 invitations were sent '],
  [re(`${NUM}\\s${INVITATIONS}`), ' $1 invitations '],
  [re(`${NUM}\\s${PEOPLE}`), ' $1 candidates '],
  // Cut-offs: "նվազագույն CRS միավորը կազմել է 463", "նվազագույն միավորը՝ ընդամենը 481", "Նուազագոյն միաւորը (CRS) հասաւ 534", "Նվազ. CRS".
  [re(String.raw`${MINIMUM}\s(?:(CRS)\s)?${POINTS}(?:\s\((CRS)\))?`), (_, a = '', b = '') => ` minimum ${a || b ? 'CRS ' : ''}score `],
  [re(`${MINIMUM}(?=\\s(?:CRS|${POINTS}))`), ' minimum '],
  [re(`${MINIMUM}${E}`), ' minimum '],
  [re(`(?:կազմել\\sէ|կազմեց|եղել\\sէ|էր|է)\\s(?=\\d)`), ' was '],
  [re(`(?:հասել\\sէ|հասավ|հասաւ)\\s(?=\\d)`), ' reached '],
  [re(String.raw`(?<![\d,])(\d{2,4})\s(?:էր|է)${E}`), ' was $1 '],
  [re(`ընդամենը`), ' only '],
  [re(String.raw`(?<![\d,])(\d{2,4})\s${POINTS}\s(?:շեմով|սահմանով)`), ' with a cut-off of $1 points '],
  [re(String.raw`(?<![\d,])(\d{2,4})-?ից\s(?:ցածր|պակաս)`), ' below $1 '],
  [re(String.raw`(?<![\d,])(\d{2,4})\s${POINTS}`), ' $1 points '],
  [re(`(?:շեմ|սահման)${END}`), ' cut-off '],
  [re(POINTS), ' points '],
  // Programs.
  [re(`առողջապահ${END}(?:\\sոլորտ${END})?`), ' healthcare '],
  [re(`(?:ֆրանսերեն${END}|ֆրանսերէն${END})(?:\\sիմացութ${END})?`), ' French-language proficiency '],
  [re(`բոլոր\\s(?:ծրագր${END})`), ' all programs '],
  [re(`նահանգային\\sթեկնածուի\\sծրագ${END}`), ' Provincial Nominee Program '],
  [re(`նահանգային\\s(?:նոմինացի${END}|ծրագ${END})`), ' provincial nomination '],
  [re(`(?:կանադական\\sփորձի\\sդաս${END}|քանատական\\sփորձառութեան\\sդաս${END})`), ' Canadian Experience Class '],
  [re(`դաշնային\\sհմուտ\\sաշխատող${END}`), ' Federal Skilled Workers '],
  [re(`արհեստ${END}`), ' trades '],
  [re(`մասնագիտություն${END}|մասնագիտութիւն${END}`), ' occupations '],
  // Canada as the subject ("Կանադան"), not "of Canada" ("Կանադայի", a masthead's "ԱՐԵՒ ՔԱՆԱՏԱՅԻ", which would read as a headline).
  [re(`${B}(?:կանադա|քանատա)ն?${E}`), ' Canada '],
  [re(`ամսաթիվ${END}|թուական${END}`), ' Date '],
  [re(`${B}ծրագիր${E}`), ' Program '],
  [re(`օնթարիո${END}`), ' Ontario '],
  [re(`${ROUND}`), ' draw '],
  [re(`${INVITATIONS}`), ' invitations '],
  [re(`կանխատես${END}|սպասվում\\sէ|սպասել`), ' expected '],
];

/**
 * A sentence that speaks of an earlier round ("Նախորդ", previous, opening it; "Հիշեցնենք", let us recall; "Վերջին", the last;
 * "Յիշեցում", a reminder), then a clause ("նախորդ" inside a sentence, up to its comma, a bracket's comma kept): context from its start.
 */
const EARLIER_SENTENCE = /Նախորդ|Հիշեցնենք|Յիշեցում|[Վվ]երջին|առաջինը/u;
const EARLIER_CLAUSE = /նախորդ/u;

export function glossArmenian(text: string): string {
  const sentences = markEarlier(text.replace(/\u0589/g, '.'), EARLIER_SENTENCE, /([.\n])/);
  const glossed = applyGloss(markEarlier(sentences, EARLIER_CLAUSE, /([.,\n](?![^()\n]*\)))/), RULES)
    .replace(SCRIPT.glued, ' ')
    .replace(SCRIPT.run, ' ');
  // A table's cells stay apart; a line left with no word or figure (a masthead, a menu) is empty, not a headline of stops.
  return tidyGloss(glossed.replace(/ *\t */g, '\t')).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
