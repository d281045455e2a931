import { glossInTurn, keepAnyCase, monthNamer, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Cornish (Kernewek) draw news glossed into the English the reader knows, in the shape of `gloss-kikuyu.ts` (docs/parser.md
 * "Pangasinan and Cornish"): its months ("3 mis Meurth 2026" → March 3, 2026, "mis Metheven" → June) and weekdays ("Dy' Meurth",
 * "De Lun" → Tuesday, Monday; not "mis Meurth", March), "hedhyw" (today), "de" (yesterday), "an seythun ma" (this week); rounds
 * ("tenn #419" → draw #419, "Tenn niver 421" → draw #421, "dew denn" → two draws, "a wrug tenn" → held a draw); counts ("a
 * dhanvonas 4,000 gwahoddyans" → issued 4,000 invitations, "a ros" → issued); cut-offs ("skor isella 730" → minimum score 730,
 * "An skor isella o 508" → the minimum score was 508); "Rewl an kolm" (tie-breaking rule); a guide's "Gidlyver", "Ensamplow" (for
 * example); hedges ("a-dro dhe", "ogas dhe" about, "moy ages" more than, "bys dhe" up to). Unknown words stay.
 */

const MONTHS: MonthTable = [
  ['genver', 'January'],
  ['[hw]?hwevrer|whevrer|hwevrel', 'February'],
  ['meurth', 'March'],
  ['ebryl', 'April'],
  ['me(?![\\p{L}])', 'May'],
  ['metheven', 'June'],
  ['gortheren', 'July'],
  ['est(?![\\p{L}])', 'August'],
  ['gwynngala|gwydngala|gwyngala', 'September'],
  ['hedra', 'October'],
  ['du(?![\\p{L}])', 'November'],
  ['kevardhu', 'December'],
];
const month = monthNamer(MONTHS, 'iu');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: MonthTable = [
  ['lun', 'Monday'],
  ['meurth', 'Tuesday'],
  ['merher|mergher', 'Wednesday'],
  ['yow', 'Thursday'],
  ['gwener', 'Friday'],
  ['sadorn', 'Saturday'],
  ['sul', 'Sunday'],
];
const weekdayOf = monthNamer(WEEKDAY, 'i');
const WEEKDAYS = `(${WEEKDAY.map(([p]) => p).join('|')})`;
/** "Dy' Lun", "De Lun", "dy'Lun": on a weekday. */
const DAY_OF = "(?:dy['’]\\s?|de\\s)";
const NUMBERS: Readonly<Record<string, string>> = { dew: 'two', diw: 'two', tri: 'three', teyr: 'three', peswar: 'four', pymp: 'five' };
const COUNT = WORD_COUNT;
const INVITATIONS = '(?:gwahoddyans|gwahoddyansow|gwahoddow)';
/** "a dhanvonas" (sent), "a ros" (gave), "a dhyllas" (issued). */
const ISSUED = '(?:a\\s(?:dhanvonas|ros|dhyllas))';

const RULES: readonly GlossRule[] = [
  // A round-up's head: "Gwahoddow Express Entry an seythun ma" (Express Entry invitations this week).
  [words('gwahoddow\\sExpress\\sEntry\\san\\sseythun\\sma'), ' Express Entry draws this week '],
  [words('tennow\\sExpress\\sEntry\\san\\sseythun\\sma'), ' Express Entry draws this week '],
  // A month's account: "Nowodhow an mis" (the month's news), "yn mis Gortheren 2026" (in July 2026), "eth tenn" (eight draws), "An
  // moyha o" (the largest was): context, not a round of the day.
  [words('nowodhow\\san\\smis'), ' Monthly recap '],
  [words(`yn\\smis\\s${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` in ${month(m)} ${y} `],
  [words('(pymp|hwegh|seyth|eth|naw|deg)\\s(?:tenn|denn)'), (_, n = '') => ` ${{ pymp: 'five', hwegh: 'six', seyth: 'seven', eth: 'eight', naw: 'nine', deg: 'ten' }[n.toLowerCase()] ?? n} draws `],
  [words('an\\smoyha\\so'), ' the largest was '],
  [words('tennow'), ' draws '],
  // Days: "Dy' Lun, 22 mis Metheven", "dy' Gwener 2 mis Me", "3 mis Meurth 2026", "mis Metheven 2026".
  [words(`${DAY_OF}${WEEKDAYS},?(?=\\s\\d{1,2}\\smis\\s)`), (_, w = '') => ` ${weekdayOf(w)}, `],
  [words(`${DAY_OF}${WEEKDAYS}(?=\\s\\(\\d{1,2}\\smis\\s)`), (_, w = '') => ` ${weekdayOf(w)} `],
  [words(`(\\d{1,2})\\smis\\s${MONTH}(?:,?\\s${YEAR})?`), (all = '', d = '', m = '', y = '') => namedMonthDay(d, month(m), y) || ` ${all} `],
  [words(`mis\\s${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`${DAY_OF}${WEEKDAYS}`), (_, w = '') => ` on ${weekdayOf(w)} `],
  // "hedhyw" (today), "de" (yesterday, not "De Lun"), "avorow" (tomorrow), "an seythun ma" (this week), "an mis ma" (this month).
  [words('hedhyw'), ' today '],
  [words('de(?=\\s?[(,:]|\\sIRCC\\b)'), ' yesterday '],
  [words('avorow'), ' tomorrow '],
  [words('genseni|dhe\\sgenseni'), ' the day before yesterday '],
  [words('an\\sseythun\\sma'), ' this week '],
  [words('an\\sseythun\\sdhiwettha|an\\sseythun\\skyns'), ' last week '],
  [words('Dydh\\sda'), ' Hello '],
  // Rounds: "dew denn" (two draws), "tenn #419", "Tenn niver 421", "a wrug tenn" (held a draw), "y feu tenn" (a draw was held).
  [words(`(${Object.keys(NUMBERS).join('|')})\\s(?:denn|tenn)`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('tenn\\sniver\\s(\\d{1,3})'), ' draw #$1 '],
  [words('an\\stenn\\snessa'), ' the next draw '],
  [words('an\\stenn\\sdiwettha|an\\stenn\\skyns'), ' the previous draw '],
  [words('ny\\sveu\\s(?:tenn|denn)'), ' there was no draw '],
  [words('y\\sfeu\\stenn'), ' there was also a '],
  [words('a\\swrug\\stenn'), ' held a draw '],
  [words('tenn\\sYeghes'), ' healthcare draw '],
  // "tenn Education occupations a ros" (an Education occupations draw issued): the program before the draw, as English writes it.
  [words('tenn\\s(\\p{Lu}[\\p{L}&-]*(?:\\s[\\p{L}&-]+){0,3}?)(?=\\sa\\s(?:ros|dhanvonas|dhyllas))'), ' a $1 draw '],
  [words('tenn'), ' draw '],
  [words('heb\\sprogram\\sarbennek'), ' (all programs) '],
  // Another country's or a province's round: "Pow Nowydh Zeland" (New Zealand), "Nyns yw Kanada" (this is not Canada), "Nyns yw
  // tenn Express Entry" (this is not an Express Entry draw), "y tenn y honan" (its own draw).
  [words('pow\\snowydh\\szeland|Zeland\\sNowydh'), ' New Zealand '],
  [words('nyns\\syw\\sKanada'), ' This is not Canada '],
  [words('nyns\\syw\\s(?:an\\s)?draw\\sExpress\\sEntry'), ' This is not an Express Entry draw '],
  [words('(?:a\\swrug\\s)?y\\sdraw\\sy\\shonan'), ' held its own draw '],
  // Hedges, no count to the reader: "a-dro dhe 3,000", "ogas dhe 3,000" (about), "moy ages 3,000" (more than), "bys dhe 5,000" (up to).
  [words(`(?:a-?dro\\sdhe|ogas\\sdhe|ogasti)\\s${COUNT}`), ' about $1 '],
  [words(`moy\\sages\\s${COUNT}`), ' more than $1 '],
  [words(`bys\\sdhe\\s${COUNT}`), ' up to $1 '],
  // Cut-offs: "skor isella 730", "An skor isella o 508", "orth skor 507".
  [words(`an\\sskor\\sisella\\so\\s${COUNT}`), ' the minimum score was $1 '],
  [words('skor\\sisella'), ' minimum score '],
  [words(`orth\\sskor\\s${COUNT}`), ' at score $1 '],
  [words(`${COUNT}\\spoynt(?:ow)?`), ' $1 points '],
  [words('rewl\\s(?:an\\s)?kolm'), ' Tie-breaking rule '],
  // Counts: "a dhanvonas 4,000 gwahoddyans dhe'n …" (issued 4,000 invitations to the …), "271 gwahoddyans dhe vedhygyon".
  [words(ISSUED), ' issued '],
  [words(`${COUNT}\\s${INVITATIONS}`), ' $1 invitations '],
  [words(INVITATIONS), ' invitations '],
  [words("dhe['’]n"), ' to the '],
  [words('dhe\\svedhygyon|medhygyon'), ' to physicians '],
  // Guides and forecasts: "Gidlyver" (guide), "Ensampel", "Ensamplow" (for example), "Pyth yw" (what is).
  [words('gidlyver'), ' Guide '],
  [words('ensamplow|ensampel'), ' For example '],
  [words('pyth\\syw'), ' What is '],
  [words('nowodhow|nowodh'), ' News '],
  [words('ha'), ' and '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only Cornish writes among the languages the reader glosses (not Welsh's "mis", "heb", "pob", Breton's "ha", "an", "skor", Irish's "an"). */
const CORNISH_WORD = words(
  "tenn|denn|gwahoddyans|gwahoddyansow|gwahoddow|isella|nowodhow|nowodh|hedhyw|avorow|seythun|dhanvonas|dhyllas|wrug|feu|veu|yw|dhe|dhe['’]n|meurth|metheven|whevrer|hwevrer|genver|ebryl|gortheren|gwynngala|hedra|kevardhu|dy['’]|kolm|rewl|yeghes|poynt|gans|Kernewek|Kernow|Kowethas|gidlyver|ensamplow|arbennek|niver|orth|moy\\sages|bys\\sdhe|a-dro\\sdhe|diwettha|nessa|meur\\sras|dydh|agan|oll|vydh|drefen|kuntelles",
);
/** A cheap first test: "tenn" (a draw) or "ahoddyans" (invitations), which neither Welsh, Breton, Irish nor Scottish Gaelic writes. */
export const CORNISH_HINT = /[Tt]enn\b|ahoddyans/;

/** Eight of the words, four of them different, or (a short post) four different making up a sixth of its words, or five a tenth. */
export const isCornish = (text: string): boolean => (writtenWith(text, CORNISH_WORD, 4) || fifthOfTenth(text)) && !QUOTING.test(text);
/** Or (a short item among English names) five different making up a tenth of its words. */
function fifthOfTenth(text: string): boolean {
  const found = (text.match(CORNISH_WORD) ?? []).map((w) => w.toLowerCase());
  return new Set(found).size >= 5 && found.length * 10 >= (text.match(/\p{L}+/gu) ?? []).length;
}
/** An English sentence quoting the words: "means", "is Cornish for". */
const QUOTING = /\bmeans\b|\bCornish for\b|\bin Cornish\b/i;

/** A Cornish page glossed into English, the spaces the rules leave at a line's ends taken away. */
export const glossCornish = (text: string): string =>
  glossInTurn(text, CASED_RULES)
    .replace(/^ +| +$/gm, '')
    .replace(/ ([!?])/g, '$1');
