import { phraseAtStartOrWithin, glossInTurn, keepCase, monthNamer, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Ewe (Eʋegbe) draw news glossed into the English the reader knows, in the shape of `gloss-shona.ts` (docs/parser.md "Ewe and
 * Luganda"): its months day first ("27 Deasiamime 2024" → "August 27, 2024"; the pages mostly write the English ones), weekdays
 * ("Yawoɖa" → Thursday), "egbea" (today), "etsɔ" (yesterday, or tomorrow beside a verb of the future), "nyitsɔ" (the day before
 * yesterday, or after tomorrow), "kɔsiɖa sia me"
 * (this week); rounds ("draw eve" → two draws, "draw mamlɛtɔ" → the previous draw, "Draw aɖeke medzɔ" → no draw took place,
 * "round number 200 nye esia" → this is draw #200, "dzɔ" → took place, "IRCC wɔ" → IRCC held); counts ("wodo amekpekpe 3,300" →
 * issued 3,300 invitations, "do ame 3,000" → invited 3,000 candidates); cut-offs ("CRS si le sue wu nye 470" → the minimum CRS
 * score was 470, "CRS ƒe sue wu: 382", "CRS ɖiɖi va 404" → fell to 404); programs; "Mɔfiame" (guide); hedges ("abe … ene",
 * "kloe" about, "wu" more than, "va ɖo" up to). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['dzove', 'January'],
  ['dzodze', 'February'],
  ['tedoxe', 'March'],
  ['afɔfĩe|afɔfie', 'April'],
  ['damɛ|dame', 'May'],
  ['masa', 'June'],
  ['siamlɔm', 'July'],
  ['deasiamime', 'August'],
  ['anyɔnyɔ', 'September'],
  ['kele', 'October'],
  ['adeɛmekpɔxe|ademekpɔxe', 'November'],
  ['dzome', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const ENGLISH_MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
const WEEKDAY: Readonly<Record<string, string>> = {
  dzoɖa: 'Monday',
  braɖa: 'Tuesday',
  kuɖa: 'Wednesday',
  yawoɖa: 'Thursday',
  fiɖa: 'Friday',
  memleɖa: 'Saturday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const NUMBERS: Readonly<Record<string, string>> = { eve: 'two', etɔ̃: 'three', etɔ: 'three', ene: 'four', atɔ̃: 'five', atɔ: 'five' };
const COUNT = WORD_COUNT;
/** A verb of the future ("adzɔ" will take place, "ava" will come, "awɔ" will hold, "gbɔna" is coming): "etsɔ" beside it is tomorrow. */
const FUTURE = '(?<![\\p{L}\\p{M}])(?:adzɔ|ava|awɔ|ado|axɔ|anɔ|gbɔna|ɖo\\sŋku)(?![\\p{L}\\p{M}])';
const TSO = 'etsɔ';
const NYITSO = 'nyitsɔ';

const RULES: readonly GlossRule[] = [
  // A round-up's heading: "Kɔsiɖa sia me ƒe Express Entry draws:" (this week's Express Entry draws), in the English order.
  [words('kɔsiɖa\\ssia(?:\\sme)?\\sƒe\\s(Express\\sEntry\\s)?draws?'), (_, ee = '') => ` ${ee}draws this week `],
  // Weeks first: "kɔsiɖa" is Sunday and the week ("kɔsiɖa sia me", this week).
  [words('kɔsiɖa\\ssia(?:\\sme)?'), ' this week '],
  [words('kɔsiɖa\\ssi\\sva\\syi(?:\\sme)?'), ' last week '],
  [words('kɔsiɖa\\ssi\\sgbɔna(?:\\sme)?'), ' next week '],
  [words(`kɔsiɖa(?=,?\\s(?:\\d|${ENGLISH_MONTH}\\b))`), ' Sunday '],
  [words('kɔsiɖa'), ' week '],
  [words(`(${WEEKDAYS})`), (w = '') => ` ${WEEKDAY[w.toLowerCase()] ?? ''} `],
  // Days: "27 Deasiamime 2024", "Le 3 Dzove" (on January 3); day first "24/03/2016".
  [words(String.raw`(le\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`), (all = '', le = '', d = '', m = '', y = '') => (le ? ' on' : '') + (namedMonthDay(d, month(m), y) || ` ${all} `)],
  // A month's and a year's account: "Ɣleti Siamlɔm 2026 ƒe nyawo" (July 2026's news), "Ƒe 2025 ƒe nyawo" (2025's news).
  [words(`ɣleti\\s${MONTH}\\s${YEAR}\\sƒe\\s(?:nyawo|nuwo)`), (_, m = '', y = '') => ` Monthly recap: ${month(m)} ${y} `],
  [words(`(?:le\\s)?ƒe\\s${YEAR}\\sƒe\\s(?:nyawo|nuwo)`), ' Year in review $1 '],
  [words(`${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`(?:le\\s)?ƒe\\s${YEAR}(?:\\sme)?`), ' in $1 '],
  [words('ƒe\\ssia(?:\\sme)?'), ' this year '],
  [words('ɣleti\\ssia(?:\\sme)?'), ' this month '],
  // "egbea" (today); "etsɔ" is yesterday and tomorrow both: tomorrow beside a verb of the future, else yesterday.
  [words('egbea|egbe'), ' today '],
  [words(`${TSO}\\ssi\\sva\\syi`), ' yesterday '],
  [words(`${TSO}\\ssi\\sgbɔna`), ' tomorrow '],
  [new RegExp(`(?<![\\p{L}\\p{M}])${TSO}(?=[^.!?\\n]*${FUTURE})|(?<=${FUTURE}[^.!?\\n]*)${TSO}(?![\\p{L}\\p{M}])`, 'giu'), ' tomorrow '],
  [words(TSO), ' yesterday '],
  // "nyitsɔ" is the day before yesterday, or the day after tomorrow beside a verb of the future.
  [new RegExp(`(?<![\\p{L}\\p{M}])${NYITSO}(?=[^.!?\\n]*${FUTURE})|(?<=${FUTURE}[^.!?\\n]*)${NYITSO}(?![\\p{L}\\p{M}])`, 'giu'), ' the day after tomorrow '],
  [words(NYITSO), ' the day before yesterday '],
  // Guides, forecasts.
  [words('mɔfiame'), ' Guide '],
  [words('alesi\\snàdo\\swò\\sCRS\\sɖe\\sdzi'), ' How to raise your CRS '],
  [words('kpɔɖeŋu'), ' for example '],
  [words('míele\\smɔ\\skpɔm|mɔkpɔkpɔ'), ' expected '],
  // Rounds: "draw eve" (two draws), "draw mamlɛtɔ" (the previous draw), "Draw aɖeke medzɔ … o" (no draw took place).
  [words(`(draw|round)\\s(${Object.keys(NUMBERS).join('|')})(?!\\p{M})`), (_, __, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('(?:draw|round)\\s(?:mamlɛtɔ|si\\sdo\\sŋgɔ|si\\sva\\syi)'), ' the previous draw '],
  [words('(?:draw|round)\\saɖeke\\s(?:me)?(?:dzɔ|wɔ)'), ' no draw took place '],
  [words('(?:round|draw)\\s(?:number\\s)?#?(\\d{1,3})\\snye\\sesia'), ' this is draw #$1 '],
  // "draw 8" is eight draws: Ewe counts after the noun (a round's number is written "#436", "round 436", "round number 200").
  [words('(?:draw|round)s?\\s([2-9])(?![.,:/]\\d|[\\d#])'), ' $1 draws '],
  [/ o(?=[.!])/g, ''],
  [words('dzɔ'), ' took place '],
  [words('(IRCC\\)?|Canada|dziɖuɖua|dziɖuɖu)\\swɔ'), ' $1 held '],
  [words('eya\\sŋutɔ(?:\\sƒe)?|woawo\\sŋutɔ(?:\\sƒe)?'), ' its own '],
  [words('esia\\smenye'), ' this is not '],
  [words('menye'), ' is not '],
  [words('dziɖuɖua|dziɖuɖu'), ' government '],
  // Hedged counts, no count to the reader: "abe 3,000 ene" (about), "kloe 3,000" (nearly), "wu 3,000" (more than), "va ɖo 5,000" (up to).
  [words(`abe\\s(?:ame\\s)?${COUNT}\\s(?:ene|nene)`), ' about $1 '],
  [words(`kloe\\s${COUNT}|${COUNT}\\skloe`), (_, a = '', b = '') => ` about ${a || b} `],
  [words(`(?:va\\sɖo|va\\sde)\\s${COUNT}`), ' up to $1 '],
  // Cut-offs: "CRS si le sue wu nye 470", "CRS score si le sue wu: 507", "CRS ƒe sue wu 667", "CRS ɖiɖi va 404".
  // "si le sue wu" (that is the smallest) and "ƒe sue wu" (its smallest) are the cut-off; "X le sue wu Y" (X is below Y) is not.
  ...phraseAtStartOrWithin('(?:CRS(?:\\sscore)?\\s)?(?:si\\sle|ƒe)\\ssue\\swu(?:\\stɔ)?\\snye', ' the minimum CRS score was '),
  ...phraseAtStartOrWithin('(?:CRS(?:\\sscore)?\\s)?(?:si\\sle|ƒe)\\ssue\\swu(?:\\stɔ)?', ' minimum CRS score '),
  [words(`le\\ssue\\swu\\s${COUNT}`), ' is below $1 '],
  [words('le\\sbɔbɔe\\swu'), ' is easier than '],
  [words(`(?:si\\s)?wu\\s${COUNT}`), ' more than $1 '],
  [words(`ɖiɖi\\sva\\s${COUNT}`), ' fell to $1 '],
  [words(`dzi\\sɖe\\sedzi\\sva\\s${COUNT}`), ' rose to $1 '],
  // Counts: "Wodo amekpekpe 3,300", "do invitation 1,014", "wodo ame 3,000", "ame 1,085".
  [words(`(?:wo)?do\\s(?:amekpekpe(?:wo)?|invitations?|ITAs?)\\s${COUNT}`), ' issued $1 invitations '],
  [words(`(?:wo)?do\\same\\s${COUNT}`), ' invited $1 candidates '],
  [words(`amekpekpe(?:wo)?\\s${COUNT}`), ' $1 invitations '],
  [words(`ame\\s${COUNT}`), ' $1 candidates '],
  [words('amekpekpewo|amekpekpe'), ' invitations '],
  // Programs: "ame siwo nya French nyuie" (those who know French well), "Fransegbe" (the French language).
  [words('Fransegbe|Frentsigbe|Flansegbe'), ' French '],
  [words('ame\\ssiwo\\snya\\sFrench(?:\\snyuie)?'), ' French-speaking candidates '],
  [words('lãmesẽ(?:\\sdɔwɔlawo)?'), ' healthcare '],
  [words('me\\stɔwo'), ' candidates '],
  [words('nutoa|nuto'), ' the province '],
  [words('kple'), ' with '],
  [words('eye'), ' and '],
  [words('na'), ' for '],
  [/ me(?=[.,;:])/g, ''],
  [words('ƒe'), ' '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Ewe writes among the languages the reader glosses (its draw words, days and short words; not Twi's "wɔ", "nnɛ"). */
const EWE_WORD = words(
  `egbea|etsɔ|nyitsɔ|dzɔ|medzɔ|wodo|amekpekpe|amekpekpewo|sue|esia|siwo|ƒe|woƒe|kɔsiɖa|ɣleti|ŋkeke|mamlɛtɔ|aɖeke|aɖe|nyawo|nuwo|ŋutɔ|hafi|ɖe|ɖo|eŋu|mɔfiame|kpɔɖeŋu|dziɖuɖua|dziɖuɖu|Eʋegbe|Fransegbe|evelia|míalala|mina|nyanyui|ɣeyiɣi|xɔ|nye|sia|le|Dzoɖa|Braɖa|Kuɖa|Yawoɖa|Fiɖa|Memleɖa|${monthStems(MONTHS)}`,
);
/**
 * A cheap first test: Ewe's "ƒ", "ɖ", "ʋ" ("ƒe", "kɔsiɖa", "Eʋegbe"), which an English page never writes and none of Twi, Yoruba,
 * Igbo, Fula (its "ɗ" is another letter), Lingala or Wolof writes; or, for a page without them, "amekpekpe", "egbea", "etsɔ", "medzɔ".
 */
export const EWE_HINT = /[ƒɖʋƑƉƲ]|amekpekpe|egbea|etsɔ|medzɔ/i;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isEwe = (text: string): boolean => writtenWith(text, EWE_WORD, 5);

/** An Ewe page glossed into English. */
export const glossEwe = (text: string): string => glossInTurn(text, CASED_RULES);
