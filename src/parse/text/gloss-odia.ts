import { finishGloss, markEarlier, monthNamer, mostlyScript, ordinalNumber, script, type GlossRule, type MonthTable, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Odia (Oriya script) draw news glossed into the English the reader knows, in the shape of the Assamese glossary (docs/parser.md,
 * "Turkmen and Odia"): digits (୦–୯), months in their cases ("8 ଜାନୁଆରୀ 2026" → "January 8, 2026", "7 ଜାନୁଆରୀରେ", "17 ମାର୍ଚ୍ଚ
 * 2026ରେ"), weekdays ("ଗୁରୁବାର"), "ଆଜି" (today), "ଗତକାଲି" (yesterday), "ତା’ ପରଦିନ" (the day after); rounds ("390ତମ ରାଉଣ୍ଡ" →
 * "the 390th round", "ରାଉଣ୍ଡ ନଂ. 404", "ଡ୍ର ନମ୍ବର: #293"), counts ("8,000 ପ୍ରାର୍ଥୀଙ୍କୁ … ନିମନ୍ତ୍ରଣ ପଠାଯାଇଛି" → "8,000 candidates
 * were invited", "4,000 ITA"), cut-offs ("ସର୍ବନିମ୍ନ CRS ସ୍କୋର", "କଟ-ଅଫ 467 ପଏଣ୍ଟ", "ସ୍କୋର 481କୁ ଖସିଲା"), the tie-break ("ଟାଇ-ବ୍ରେକିଂ
 * ନିୟମ"), programs, and a guide's, recap's or forecast's words. What the glossary does not know is dropped; a sentence of an
 * earlier draw ("ପୂର୍ବରୁ", before; "ଗତ", last; "ଦିଆଯାଇଥିଲା", had been given) is context.
 */

const A = '\u0b00-\u0b7f';
const ODIA = /[\u0b00-\u0b65\u0b70-\u0b7f]/g;
const ODIA_DIGIT = /[\u0b66-\u0b6f]/g;

/** Enough of the script that it is the page's language (or most of a short post's letters): no other glossary reads it. */
export const isOdia = (text: string): boolean => mostlyScript(text, ODIA);

const B = `(?<![${A}A-Za-z\\d])`;
const E = `(?![${A}A-Za-z])`;
const T = `[${A}]*`;
/** A pattern in the NFC form the glossary reads (ଡ଼ as two code points). */
const re = (source: string): RegExp => new RegExp(source.normalize('NFC'), 'gu');

const MONTHS: MonthTable = [
  ['ଜାନୁଆରୀ|ଜାନୁୟାରୀ', 'January'],
  ['ଫେବୃଆରୀ|ଫେବ୍ରୁଆରୀ', 'February'],
  ['ମାର୍ଚ୍ଚ|ମାର୍ଚ', 'March'],
  ['ଏପ୍ରିଲ', 'April'],
  ['ମେ', 'May'],
  ['ଜୁନ', 'June'],
  ['ଜୁଲାଇ', 'July'],
  ['ଅଗଷ୍ଟ|ଅଗଷ୍ଟ', 'August'],
  ['ସେପ୍ଟେମ୍ବର', 'September'],
  ['ଅକ୍ଟୋବର', 'October'],
  ['ନଭେମ୍ବର', 'November'],
  ['ଡିସେମ୍ବର', 'December'],
];
const MONTH = `((?:${MONTHS.map(([or]) => or).join('|')})(?:ରେ|ର|ଠାରୁ)?)${E}`;
const monthOf = monthNamer(MONTHS.map(([or, en]) => [or.normalize('NFC'), en] as const));
const WEEKDAYS: MonthTable = [
  ['ସୋମବାର', 'Monday'],
  ['ମଙ୍ଗଳବାର', 'Tuesday'],
  ['ବୁଧବାର', 'Wednesday'],
  ['ଗୁରୁବାର', 'Thursday'],
  ['ଶୁକ୍ରବାର', 'Friday'],
  ['ଶନିବାର', 'Saturday'],
  ['ରବିବାର', 'Sunday'],
];
const weekdayOf = monthNamer(WEEKDAYS.map(([or, en]) => [or.normalize('NFC'), en] as const));

const NUM = GLOSS_NUM;
const INVITATION = `(?:ନିମନ୍ତ୍ରଣ${T}|invitations?(?: to apply)?|ITAs?)`;
const PEOPLE = `(?:ପ୍ରାର୍ଥୀ${T}|ଜଣଙ୍କୁ|ଜଣ${E}|ଆବେଦନକାରୀ${T})`;
const SENT = `(?:ପଠାଯାଇଛି|ପଠାଇଛି|ଦିଆଯାଇଛି|ଦିଆଗଲା|ମିଳିଛି|ପଠାଗଲା)${E}`;
const DRAW = `(?:ଡ୍ର|ରାଉଣ୍ଡ)(?:[’']?(?:ରେ|ର))?${E}`;

const RULES: readonly GlossRule[] = [
  [/।/g, '. '],
  // Places that hold their own draws, and other countries.
  ...(
    [
      ['ବ୍ରିଟିଶ କଲମ୍ବିଆ', 'British Columbia'],
      ['ଅଣ୍ଟାରିଓ', 'Ontario'],
      ['ଆଲବର୍ଟା', 'Alberta'],
      ['ସସ୍କାଚେୱାନ', 'Saskatchewan'],
      ['ମାନିଟୋବା', 'Manitoba'],
      ['କ୍ୱିବେକ', 'Quebec'],
      ['ଅଷ୍ଟ୍ରେଲିଆ', 'Australia'],
    ] as const
  ).map(([or, en]): GlossRule => [re(`${B}${or}${T}`), ` ${en} `]),
  [re(`${B}ପ୍ରାଦେଶିକ${E}`), ' provincial '],
  [re(`ଟାଇ-?\\s?ବ୍ରେକ(?:ିଂ)?\\s?(?:ନିୟମ)?`), ' tie-breaking rule '],
  // Hedges and background: "ପ୍ରାୟ" (about), "ଆଶା" (expect), "ସମ୍ଭାବନା" (likely), "ପୂର୍ବାନୁମାନ" (forecast), a guide, an example, a recap.
  [re(`${B}(?:ପ୍ରାୟ|ଆନୁମାନିକ)${E}`), ' about '],
  // "1,000 ପର୍ଯ୍ୟନ୍ତ" (up to 1,000): a ceiling, no count.
  [re(String.raw`${NUM}\s?ପର୍ଯ୍ୟନ୍ତ${E}`), ' up to $1 '],
  // "80ରୁ ଅଧିକ" (more than 80), "500ରୁ କମ୍" (fewer than 500); "ସବୁଠୁ ବଡ଼" (the biggest): a recap's words.
  [re(String.raw`${NUM}\s?ରୁ\s(?:ଅଧିକ|ବେଶି)${E}`), ' more than $1 '],
  [re(String.raw`${NUM}\s?ରୁ\sକମ୍?${E}`), ' fewer than $1 '],
  [re(`${B}(?:ସବୁଠୁ|ସବୁଠାରୁ)\\sବଡ଼${E}`), ' the biggest '],
  [re(`${B}ଆଶା${T}`), ' expect '],
  [re(`${B}ସମ୍ଭାବନା${T}`), ' likely '],
  [re(`${B}ପୂର୍ବାନୁମାନ${T}`), ' Forecast '],
  [re(`${B}ଗାଇଡ୍?${T}`), ' Guide '],
  [re(`${B}ଉଦାହରଣ${T}`), ' For example '],
  [re(`${B}ସାପ୍ତାହିକ\\sସାରାଂଶ${T}`), ' Weekly summary '],
  [re(`${B}(?:ବର୍ଷର|ବାର୍ଷିକ)\\s(?:ସମୀକ୍ଷା|ସାରାଂଶ)${T}`), ' year in review '],
  [re(`${B}(?:ମାସିକ\\s)?ସାରାଂଶ${T}`), ' monthly recap '],
  // A dateline "30 ମାର୍ଚ୍ଚ 2023, ଗୁରୁବାର" (a day, then its weekday) as English writes it: "Thursday, March 30, 2023".
  [
    re(String.raw`(?<![\d.,])(\d{1,2})\s${MONTH},?\s(\d{4}),\s(${WEEKDAYS.map(([or]) => or).join('|')})${E}`),
    (_, d = '', m = '', y = '', w = '') => ` ${weekdayOf(w)}, ${monthOf(m)} ${Number(d)}, ${y} `,
  ],
  // Days: "8 ଜାନୁଆରୀ 2026", "7 ଜାନୁଆରୀରେ", "17 ମାର୍ଚ୍ଚ 2026ରେ", "21 ମାର୍ଚ୍ଚ 2025ର".
  [re(String.raw`(?<![\d.,])(\d{1,2})\s${MONTH}(?:,?\s(\d{4})(?!\d)(?:ରେ|ର)?)?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(`${B}${MONTH}\\sମାସ${T}`), (_, m = '') => ` in ${monthOf(m)} `],
  [re(String.raw`(?<!\d)((?:19|20)\d\d)(?:ରେ|ର)${E}`), ' in $1 '],
  ...WEEKDAYS.map(([or, en]): GlossRule => [re(`${B}${or}(?:ରେ|\\sଦିନ)?${E}`), ` on ${en} `]),
  [re(`${B}ଆଜି${E}`), ' today '],
  [re(`${B}ଗତକାଲି${E}`), ' yesterday '],
  [re(`${B}ଗତ\\sପରଶୁ${E}`), ' the day before yesterday '],
  [re(`${B}ତା[’']?\\sପରଦିନ${E}`), ' the next day '],
  [re(`${B}ଏହି\\sସପ୍ତାହ${T}`), ' this week '],
  [re(`${B}ଗତ\\sସପ୍ତାହ${T}`), ' last week '],
  // Rounds: "390ତମ ରାଉଣ୍ଡ", "ରାଉଣ୍ଡ ନଂ. 404", "ରାଉଣ୍ଡ 398ରେ", "ଡ୍ର ନମ୍ବର: #293", "ଦୁଇଟି ଡ୍ର" (two draws).
  [re(String.raw`(?<![\d,])(\d{1,4})\s?ତମ\s?${DRAW}`), (_, n = '') => ` the ${ordinalNumber(n)} round `],
  [re(String.raw`${B}(?:ରାଉଣ୍ଡ|ଡ୍ର)\s?(?:ନଂ\.?|ନମ୍ବର\s?:?)\s?#?\s?(\d{1,4})(?:ରେ)?(?!\d)`), ' round #$1 '],
  [re(String.raw`${B}ରାଉଣ୍ଡ\s(\d{1,4})(?:ରେ)?(?![\d,])`), ' round #$1 '],
  [re(`${B}ଦୁଇଟି\\s(?=${DRAW})`), ' two '],
  // Counts: "8,000 ପ୍ରାର୍ଥୀଙ୍କୁ … ନିମନ୍ତ୍ରଣ (ITA) ପଠାଯାଇଛି", "391 ଜଣଙ୍କୁ ନିମନ୍ତ୍ରଣ ମିଳିଛି", "4,000 ITA ପଠାଯାଇଛି", "8,000 ନିମନ୍ତ୍ରଣ".
  [re(String.raw`${NUM}\s?${PEOPLE}((?:\s[^\s.।\d]+){0,8}?)\sନିମନ୍ତ୍ରଣ(?:\s\(ITA\))?\s${SENT}`), ' $1 candidates were invited $2 '],
  [re(String.raw`${NUM}\s?${PEOPLE}`), ' $1 candidates '],
  [re(String.raw`${NUM}\s?${INVITATION}`), ' $1 invitations '],
  // Cut-offs: "ସର୍ବନିମ୍ନ CRS ସ୍କୋର 511", "ସର୍ବନିମ୍ନ ସ୍କୋର ଥିଲା 379", "କଟ-ଅଫ 467 ପଏଣ୍ଟ", "ସ୍କୋର 481କୁ ଖସିଲା" (fell to 481).
  [re(String.raw`${B}ସ୍କୋର\s(\d{2,4})କୁ\s(?:ଖସିଲା|ଖସିଛି)`), ' score fell to $1 '],
  [re(`${B}(?:ସର୍ବନିମ୍ନ|ନ୍ୟୁନତମ)${E}`), ' minimum '],
  [re(`${B}କଟ-?\\s?ଅଫ${E}`), ' cut-off '],
  [re(String.raw`(?<![\d,])(\d{2,4})\s?(?:ପଏଣ୍ଟ|ସ୍କୋର)${T}`), ' $1 points '],
  [re(`${B}ସ୍କୋର${T}`), ' score '],
  [re(String.raw`${B}ଥିଲା\s(\d{2,4})(?!\d)`), ' was $1 '],
  [re(`${B}ମାତ୍ର${E}`), ' only '],
  // Programs.
  [re(`${B}କାନାଡିଆନ\\sଏକ୍ସପେରିଏନ୍ସ\\sକ୍ଲାସ${T}`), ' Canadian Experience Class '],
  [re(`${B}ଫରାସୀ\\sଭାଷା${T}`), ' French-language '],
  [re(`${B}ସ୍ୱାସ୍ଥ୍ୟସେବା\\sଓ\\sସାମାଜିକ\\sସେବା(?:\\sବୃତ୍ତି${T})?`), ' healthcare and social services occupations '],
  [re(`${B}(?:ସ୍ୱାସ୍ଥ୍ୟସେବା|ସ୍ୱାସ୍ଥ୍ୟକର୍ମୀ)${T}`), ' healthcare '],
  [re(`${B}ଡାକ୍ତର${T}`), ' physicians '],
  [re(`${B}ସମସ୍ତ\\sପ୍ରୋଗ୍ରାମ${T}`), ' all programs '],
  [re(`${B}ସାଧାରଣ${E}`), ' general '],
  [re(`${B}ବୃତ୍ତି${T}`), ' occupations '],
  [re(`${B}ଏକ୍ସପ୍ରେସ\\sଏଣ୍ଟ୍ରି${T}`), ' Express Entry '],
  [re(`${B}କାନାଡା${T}`), ' Canada '],
  [re(`${B}ପ୍ରକାଶିତ\\s?:`), ' Published: '],
  [re(`${B}ତାରିଖ\\s?:`), ' Date: '],
  [re(`${B}ମୋଟ${E}`), ' In total '],
  // What happened.
  [re(`${B}(?:ଡ୍ର|ରାଉଣ୍ଡ)${T}`), ' draw '],
  [re(`${B}ନିମନ୍ତ୍ରଣ${T}`), ' invitations '],
  [re(`${B}ଥିଲା${E}`), ' was '],
  [re(`${B}ପାଇଁ${E}`), ' for '],
  [re(`${B}(?:ଓ|ଏବଂ)${E}`), ' and '],
];

/**
 * A sentence of an earlier draw: "ପୂର୍ବରୁ" (before), "ପୂର୍ବବର୍ତ୍ତୀ" (preceding), "ଗତ" (last, not "ଗତକାଲି", yesterday, nor "ଗତ ପରଶୁ", the
 * day before yesterday), "…ଦିଆଯାଇଥିଲା" (had been given). Not "କରିଥିଲା" nor "ହୋଇଥିଲା": the news itself writes them.
 */
const EARLIER = new RegExp(`${B}(?:ପୂର୍ବରୁ|ପୂର୍ବବର୍ତ୍ତୀ|ଗତ(?!\\sପରଶୁ)|ଦିଆଯାଇଥିଲା|ପଠାଯାଇଥିଲା)${E}`.normalize('NFC'), 'u');

const SCRIPT = script(A, '‘’');

export function glossOdia(text: string): string {
  const out = text.normalize('NFC').replace(ODIA_DIGIT, (d) => String(d.charCodeAt(0) - 0x0b66));
  return finishGloss(markEarlier(out, EARLIER, /([।\n])/u), RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
