import { GLOSS_COUNT, finishGloss, hasEnough, markEarlier, monthNamer, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Telugu draw news glossed into the English the reader knows, as `gloss-tamil.ts` does for Tamil (docs/parser.md, "Telugu,
 * Kannada and Marathi"): Telugu digits, months ("జూలై 16" → "July 16", "మే 31న" → "on May 31"), weekdays ("మంగళవారం"),
 * counts with their noun ("1,391 మంది అభ్యర్థులకు ఆహ్వానాలు … పంపారు" → "1,391 candidates were sent invitations"),
 * cut-offs ("కనీస CRS స్కోరు 670" → "the minimum CRS score was 670", "కటాఫ్ 515"), a round's number ("రౌండ్ నం. 303",
 * "డ్రా #304లో"), a card's labels and the words of a draw report. What the glossary does not know is dropped; a sentence that
 * speaks of an earlier draw ("గత", last; "అంతకుముందు", before that) is context.
 */

const TELUGU = /[\u0c00-\u0c7f]/g;
const TELUGU_DIGIT = /[\u0c66-\u0c6f]/g;

/** Enough Telugu that it is the page's language, not a name. */
export const isTelugu = (text: string): boolean => hasEnough(text, TELUGU);

const T = String.raw`\u0c00-\u0c7f`;
const MONTHS: MonthTable = [
  ['జనవరి', 'January'],
  ['ఫిబ్రవరి|ఫిబ్రవర', 'February'],
  ['మార్చి|మార్చ్', 'March'],
  ['ఏప్రిల్', 'April'],
  ['మే', 'May'],
  ['జూన్', 'June'],
  ['జూలై|జులై', 'July'],
  ['ఆగస్టు|ఆగస్ట్|ఆగష్టు', 'August'],
  ['సెప్టెంబర|సెప్టెంబరు', 'September'],
  ['అక్టోబర|అక్టోబరు', 'October'],
  ['నవంబర|నవంబరు', 'November'],
  ['డిసెంబర|డిసెంబరు', 'December'],
];
/**
 * A month's name, its case ending ("మార్చిలో", in March) after it; "మే" (May) only alone or with "లో", "న", as it starts other
 * words ("మేరకు", as per: "ప్రకటన మేరకు 23న" is no May 23; "మేము", we).
 */
const MONTH = String.raw`(?<![${T}])((?:${MONTHS.filter(([te]) => te !== 'మే')
  .map(([te]) => te)
  .join('|')})[${T}]*|మే(?:లో|న)?(?![${T}]))`;
const monthOf = monthNamer(MONTHS);

const WEEKDAYS: MonthTable = [
  ['సోమవారం', 'Monday'],
  ['మంగళవారం', 'Tuesday'],
  ['బుధవారం', 'Wednesday'],
  ['గురువారం', 'Thursday'],
  ['శుక్రవారం', 'Friday'],
  ['శనివారం', 'Saturday'],
  ['ఆదివారం', 'Sunday'],
];

const NUM = GLOSS_COUNT;
const PERSON = String.raw`(?:మంది|అభ్యర్థు|దరఖాస్తుదారు|వ్యక్తు)[${T}]*`;
const INVITATION = String.raw`(?:ఆహ్వాన|ఇన్విటేషన్)[${T}]*`;
const SENT = String.raw`(?:పంప|జారీ|అంద|ఇచ్చ|లభించ|వచ్చ)[${T}]*`;

const SCRIPT = script('\u0c00-\u0c7f');

/** A province's own draw is no Express Entry round: its name read ("ఒంటారియో ప్రభుత్వం …" → "Ontario …"), as the reader knows it. */
const PROVINCES: readonly GlossRule[] = (
  [
    ['ఒంటారియో|అంటారియో', 'Ontario'],
    ['బ్రిటిష్\\sకొలంబియా', 'British Columbia'],
    ['ఆల్బెర్టా|అల్బెర్టా|ఆల్బర్టా', 'Alberta'],
    ['సస్కాచ్(?:ె|ి)వాన్|సస్కట్చెవాన్', 'Saskatchewan'],
    ['మానిటోబా|మనిటోబా', 'Manitoba'],
    ['నోవా\\sస్కోషియా|నోవా\\sస్కోటియా', 'Nova Scotia'],
    ['క్యూబెక్|క్విబెక్', 'Quebec'],
    ['ఇమ్మిగ్రెంట్\\sనామినీ\\sప్రోగ్రామ్', 'Immigrant Nominee Program'],
    ['హ్యూమన్\\sక్యాపిటల్', 'Human Capital'],
  ] as const
).map(([te, en]): GlossRule => [new RegExp(String.raw`(?<![${T}])(?:${te})[${T}]*`, 'g'), ` ${en} `]);

const RULES: readonly GlossRule[] = [
  // A clause of an earlier draw after a semicolon starts its own sentence (the figure before it stays this draw's).
  [/;(?=\s?Previously,)/g, '.'],
  // A card's labels: "ఆహ్వానాలు (ITAs): 500", "కనీస CRS: 476", "తేదీ:", "ప్రోగ్రామ్:", "టై-బ్రేక్:".
  [new RegExp(String.raw`(?<![${T}])${INVITATION}\s?(\((?:ITAs?|Invitations to Apply)\))?\s?:`, 'g'), ' Invitations $1: '],
  [/(?<![\u0c00-\u0c7f])కనీస\s?(?:CRS\s?)?(?:స్కోరు|స్కోర్)?\s?:/g, ' Minimum CRS: '],
  [/(?<![\u0c00-\u0c7f])తేదీ\s?:/g, ' Date: '],
  [/(?<![\u0c00-\u0c7f])(?:ప్రోగ్రామ్|కేటగిరీ)\s?:/g, ' Program: '],
  // A table's header: "| డ్రా | తేదీ | ప్రోగ్రామ్ | ఆహ్వానాలు | కనీస CRS |".
  [new RegExp(String.raw`^(\|?\s?)డ్రా(\s?\|\s?)తేదీ(?=\s?\|)`, 'gm'), '$1Round$2Date'],
  [
    new RegExp(String.raw`(?<=\|\s?)(?:తేదీ|ప్రోగ్రామ్|${INVITATION}|కనీస CRS|ITAs)(?=\s?\|)`, 'g'),
    (m = '') => (m.startsWith('తే') ? 'Date' : m.startsWith('ప్ర') ? 'Program' : m.startsWith('క') ? 'Minimum CRS' : 'Invitations'),
  ],
  // Dates: "జూలై 16", "అక్టోబర్ 31, 2019", "మే 31న" (on May 31), "16 జూలై 2024" (day first), "2019లో" (in 2019).
  [new RegExp(String.raw`${MONTH}\s?(\d{1,2})(?!\d)(?:న|వ\sతేదీ[${T}]*)?`, 'g'), (_, m = '', d = '') => ` ${monthOf(m)} ${d} `],
  [new RegExp(String.raw`(?<!\d)(\d{1,2})\s${MONTH}(?:\s(\d{4}))?`, 'g'), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${d}${y ? `, ${y}` : ''} `],
  [new RegExp(String.raw`${MONTH}`, 'g'), (_, m = '') => ` ${monthOf(m)} `],
  // "2025లో మొత్తం 25,000" (in 2025 in all, 25,000): the year's total, not a round's count.
  [/(\d{4})లో\sమొత్తం(?![\u0c00-\u0c7f])/g, ' in $1 (the total for $1) '],
  [/(\d{4})(?:లో|నాటి|సంవత్సరం)/g, ' in $1 '],
  ...WEEKDAYS.map(([te, en]): GlossRule => [new RegExp(`${te}[${T}]*`, 'g'), ` on ${en} `]),
  [/(?<![\u0c00-\u0c7f])(?:ఈరోజు|ఈ\sరోజు|నేడు)[\u0c00-\u0c7f]*/g, ' today '],
  [/(?<![\u0c00-\u0c7f])నిన్న[\u0c00-\u0c7f]*/g, ' yesterday '],
  [/ఈ\sవారం/g, ' this week '],
  [/మరుసటి\sరోజు/g, ' the next day '],
  // "వరుసగా రెండు డ్రాలు" (two draws in a row), "రెండు రోజుల్లో" (in two days).
  [/వరుసగా(?=\s)/g, ' consecutive '],
  ...(
    [
      ['రెండు', 'two'],
      ['మూడు', 'three'],
      ['నాలుగు', 'four'],
    ] as const
  ).map(([te, en]): GlossRule => [new RegExp(`(?<![${T}])${te}(?![${T}])`, 'g'), ` ${en} `]),
  [/(?<=(?:two|three|four)\s{1,2})రోజుల్లో/g, ' days '],
  // A round's number: "రౌండ్ నం. 303", "డ్రా #304లో", "129వ డ్రా" (the 129th draw).
  [/(?:రౌండ్|డ్రా)\s?(?:నం\.?|నంబర్|సంఖ్య)\s?#?(\d{1,3})(?!\d)/g, ' draw #$1 '],
  [/#(\d{1,3})(?:లో|లోని)/g, ' #$1 '],
  [new RegExp(String.raw`(?<!\d)(\d{1,3})వ\s(?:రౌండ్|డ్రా)[${T}]*`, 'g'), ' the $1th round '],
  // Counts and what happened to them: "1,391 మంది అభ్యర్థులకు ఆహ్వానాలు (Invitations to Apply) పంపారు", "6,300 మందికి ఆహ్వానాలు
  // అందాయి", "3,900 మంది అభ్యర్థులకు … ఆహ్వానాలు పంపింది".
  [new RegExp(String.raw`${NUM}\s?${PERSON}(?:\s${PERSON})?\s(?:[^\s.]+\s){0,5}?${INVITATION}\s?(?:\([^)\n]{0,40}\)\s?)?${SENT}`, 'g'), ' $1 candidates were sent invitations '],
  [new RegExp(String.raw`${NUM}\s?${PERSON}(?:\s${PERSON})?`, 'g'), ' $1 candidates '],
  [new RegExp(String.raw`${NUM}\s?${INVITATION}`, 'g'), ' $1 invitations '],
  [new RegExp(String.raw`${INVITATION}\s?${SENT}`, 'g'), ' invitations were sent '],
  // Cut-offs: "కనీస CRS స్కోరు 670", "కనీస స్కోరు 515 పాయింట్లు", "కటాఫ్ 515", "522 స్కోరుతో" (with a score of 522).
  [/కనీస\s?(?:Comprehensive Ranking System\s?\(CRS\)|CRS)?\s?(?:స్కోరు|స్కోర్)?\s?(\d{2,4})(?!\d)(?:\sపాయింట్లు)?/g, ' the minimum CRS score was $1 '],
  [/(?<![\u0c00-\u0c7f])కనీస(?![\u0c00-\u0c7f])/g, ' minimum '],
  [/కటాఫ్|కట్-?ఆఫ్/g, ' cut-off '],
  [/(\d{2,4})\s?(?:స్కోరుతో|స్కోర్తో|పాయింట్లతో)/g, ' with a score of $1 '],
  [/(\d{2,4})\s?పాయింట్ల[\u0c00-\u0c7f]*/g, ' $1 points '],
  [/(\d{2,4})కి\sపడిపోవడం|(\d{2,4})కి\sపడిపోయింది/g, ' fell to $1$2 '],
  [/టై-?\s?బ్రేకింగ్\s?(?:రూల్|నియమం)|టై-?\s?బ్రేక్/g, ' tie-breaking rule '],
  // The round's words.
  [/అన్ని\sప్రోగ్రామ్[\u0c00-\u0c7f]*/g, ' all-program '],
  [/సాధారణ(?=\sడ్రా)/g, ' general '],
  [/ఎక్స్ప్రెస్\s?ఎంట్రీ/g, ' Express Entry '],
  [/(?:తాజా|లేటెస్ట్)\s?(?=(?:Express Entry\s)?డ్రా)/g, ' latest '],
  [/డ్రాలు[\u0c00-\u0c7f]*|డ్రాల(?:లో|ను|కు|కి|తో|పై|ే)[\u0c00-\u0c7f]*/g, ' draws '],
  [/డ్రా[\u0c00-\u0c7f]*/g, ' draw '],
  [/ఫెడరల్\sస్కిల్డ్\sట్రేడ్స్/g, ' Federal Skilled Trades '],
  [/ఫెడరల్\sస్కిల్డ్\sవర్కర్/g, ' Federal Skilled Worker '],
  [/కెనడియన్\sఎక్స్పీరియన్స్\sక్లాస్/g, ' Canadian Experience Class '],
  [/ప్రొవిన్షియల్\sనామినీ\sప్రోగ్రామ్|ప్రావిన్షియల్\sనామినీ\sప్రోగ్రామ్/g, ' Provincial Nominee Program '],
  [/ఫ్రెంచ్\sభాష[\u0c00-\u0c7f]*/g, ' French-language '],
  [/ఫ్రెంచ్(?=\s*draw)/g, ' French-language '],
  [/సమీక్ష/g, ' recap '],
  [/హెల్త్కేర్|ఆరోగ్య\sసంరక్షణ/g, ' healthcare '],
  [/ఇమ్మిగ్రేషన్,\sరెఫ్యూజీస్\sఅండ్\sసిటిజన్షిప్\sకెనడా|ఐఆర్సీసీ/g, ' IRCC '],
  [/అంచనా[\u0c00-\u0c7f]*|ఆశించ[\u0c00-\u0c7f]*/g, ' expected '],
  // A running total is no round's count: "ఈ ఏడాది ఇప్పటివరకు 25,000 మందికి ఆహ్వానాలు అందాయి" (so far this year 25,000 …).
  [/ఇప్పటి\s?(?:వరకు|వరకూ|దాకా)/g, ' so far '],
  [/(?<![\u0c00-\u0c7f])ఈ\s(?:ఏడాది|సంవత్సరం)[\u0c00-\u0c7f]*/g, ' this year '],
  [/(?<![\u0c00-\u0c7f])మొత్తం(?![\u0c00-\u0c7f])/g, ' a total of '],
  ...PROVINCES,
];

/**
 * A sentence that speaks of an earlier draw ("గత", last, and "గతవారం", last week, "గతంలో", in the past; "మునుపటి", previous;
 * "అంతకు ముందు", before that; "ఇంతకు ముందు", earlier): context from its start.
 */
const EARLIER = /(?<![\u0c00-\u0c7f])(?:గత|చివరి|మునుపటి)(?![\u0c00-\u0c7f])|(?<![\u0c00-\u0c7f])గత(?:ం|వారం|నెల|ేడాది|ఏడాది|సంవత్సరం)|అంతకు\s?ముందు|ఇంతకు\s?ముందు|క్రితం/;

export function glossTelugu(text: string): string {
  const out = text.replace(TELUGU_DIGIT, (d) => String(d.charCodeAt(0) - 0x0c66));
  return finishGloss(markEarlier(out, EARLIER, /([.;\n])/), RULES, SCRIPT);
}
