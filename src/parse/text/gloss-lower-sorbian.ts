import { glossInTurn, keepAnyCase, monthNamer, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Lower Sorbian draw news glossed into the English the reader knows, in the shape of `gloss-upper-sorbian.ts` (docs/parser.md
 * "Lower Sorbian and Kashubian"): counts grouped by a space ("5 000" → 5,000); dates with its months in the genitive ("19. awgusta
 * 2026" → August 19, 2026, "26. měrc 2024"), weekdays ("srjodu" → Wednesday, "wałtoru" → Tuesday), "źinsa" (today), "cora"
 * (yesterday); rounds ("kólo cysło 404", "kólo 404", "kólo #121" → draw #404, "dwě kole" → two draws, "nowe kólo" → a new draw);
 * counts ("5 000 pśepšosenjow" → 5,000 invitations, "pśepšosył 1 000 luźi" → invited 1,000 candidates, "Pśepšosenja jo dostało
 * 4 000 kandidatow" → 4,000 candidates received invitations); cut-offs ("minimalna licba dypkow CRS" → the minimum CRS score,
 * "minimalny CRS", "min. 460 dypkow", "jo trjebało 523 dypkow" → a minimum of 523 points); the tie-break ("Pšawidło za rownosć
 * dypkow", "pśi rownosći dypkow jo płaśiło"); hedges ("něźi", "wokoło", "pśibližnje" → about, "wěcej ako", "pśez" → more than,
 * "až do" → up to). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['januar', 'January'],
  ['februar', 'February'],
  ['měrc', 'March'],
  ['apryl', 'April'],
  ['maj', 'May'],
  ['junij', 'June'],
  ['julij', 'July'],
  ['awgust', 'August'],
  ['septemb', 'September'],
  ['oktob', 'October'],
  ['nowemb', 'November'],
  ['decemb', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month word: a stem and its ending ("awgusta", "měrca", "měrc", "maja"). */
const MONTH = `((?:${monthStems(MONTHS)})\\p{L}{0,3})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['pónjeźel[aue]', 'Monday'],
  ['wałtor[aue]', 'Tuesday'],
  ['srjod[aue]', 'Wednesday'],
  ['stwórtk', 'Thursday'],
  ['pětk', 'Friday'],
  ['sobot[aue]', 'Saturday'],
  ['njeźel[aue]', 'Sunday'],
];
const weekdayOf = monthNamer(WEEKDAYS, 'i');
const WEEKDAY = `(${WEEKDAYS.map(([w]) => w).join('|')})`;
const COUNT = WORD_COUNT;
const CANDIDATES = 'kandida(?:tow|ty|ta|tam|tami|tach)|luźi';
const INVITATIONS = 'pśepšosen(?:jow|ja|je|jam|jami)';

const RULES: readonly GlossRule[] = [
  // Counts grouped by a space: "5 000", "4 750" (not a day's or a round's number before it).
  [/(?<![\d#] ?)(\d{1,3}) (\d{3})(?!\d)/g, '$1,$2'],
  // Days: "19. awgusta 2026", "(17. měrca 2026)", "26. měrc 2024", "13. oktobra 2022".
  [words(`(\\d{1,2})\\.\\s?${MONTH}(?:,?\\s${YEAR})?`), (all = '', d = '', m = '', y = '') => namedMonthDay(d, month(m), y) || ` ${all} `],
  [words(`(?:w\\s)?${WEEKDAY}`), (_, w = '') => ` ${weekdayOf(w)} `],
  // "źinsa pśed 10 lětami" (ten years ago today): an anniversary, no day of a draw.
  [words('źinsa\\spśed\\s(\\d{1,2})\\slětami,?'), ' $1 years ago today, on '],
  [words('pśed\\s(\\d{1,2})\\slětami'), ' $1 years ago '],
  [words('pśedcora'), ' the day before yesterday '],
  [words('(?:južo\\s)?cora'), ' yesterday '],
  [words('(?:a\\s)?(źinsa|cora)\\spak'), ' and $1 '],
  [words('źinsa'), ' today '],
  [words('witśe'), ' tomorrow '],
  [words('(?:toś\\sten|ten)\\styźeń|w\\stom\\styźenju'), ' this week '],
  [words('(?:zajźony|slědny|zachadny)\\styźeń'), ' last week '],
  [words('kuždy\\styźeń'), ' every week '],
  // Guides, recaps, forecasts, comparisons.
  [words('nawod|kak\\sfunkcioněrujo'), ' Guide: how works '],
  [words('tyźenski\\spśeglěd'), " This week's draws "],
  [words('lětny\\spśeglěd'), ' Year in review '],
  [words('(?:krotki\\s)?pśeglěd'), ' Monthly recap '],
  [words('prognoza'), ' forecast '],
  [words('na\\spśikład'), ' for example '],
  // Hedged counts, no count to the reader.
  [words(`(?:něźi|wokoło|pśibližnje|circa|nic\\scele)\\s${COUNT}`), ' about $1 '],
  [words(`(?:wěcej\\sako|pśez|nad)\\s${COUNT}`), ' more than $1 '],
  [words(`(?:až\\s)?do\\s${COUNT}(?=\\s(?:${INVITATIONS}|${CANDIDATES}))`), ' up to $1 '],
  // Rounds: "kólo cysło 404", "kólo 404", "kólo #121", "dwě kole", "nowe kólo", "prědne kólo".
  [words('(?:w\\s)?kól[eo]\\s(Express\\sEntry\\s)?(?:cysło\\s|c\\.\\s?|nr\\.?\\s?|#)?(\\d{1,3})(?![\\d,.:]\\d)'), ' $1draw #$2 '],
  [words('dwě\\skole'), ' two draws '],
  [words('tśi\\skóła|tśi\\skola'), ' three draws '],
  [words('(?:pśiducy|pśiduce)\\skólo'), ' the next draw '],
  [words('nowe\\skólo'), ' a new draw '],
  [words('prědne\\skólo'), ' the first draw '],
  [words('(?:slědne|pjerwjejšne|zachadne)\\skólo'), ' the previous draw '],
  [words('(?:w\\s)?(?:slědnem|pjerwjejšnem|zachadnem)\\skole'), ' in the previous draw '],
  [words('francojske\\skólo'), ' French-language draw '],
  [words('federalne\\skólo'), ' federal draw '],
  [words('(?:w\\s)?kole'), ' in a draw '],
  [words('kólo'), ' draw '],
  [words('kola|kołow|kołach'), ' draws '],
  // Counts: "5 000 pśepšosenjow", "Pśepšosenja jo dostało 4 000 kandidatow", "pśepšosył 1 000 luźi", "Pśepšosone jo było jano 779 luźi".
  [words(`${COUNT}\\s${INVITATIONS}`), ' $1 invitations '],
  [words(`pśepšosenja\\sjo\\sdostało\\s(?:jano\\s)?${COUNT}\\s(?:${CANDIDATES})`), ' $1 candidates received invitations '],
  [words(`pśepšosone\\sjo\\sbyło\\s(?:jano\\s)?${COUNT}\\s(?:${CANDIDATES})`), ' $1 candidates were invited '],
  [words(`pśepšos(?:ył[ao]?|yli|ujo)\\s(?:jano\\s)?${COUNT}\\s(?:${CANDIDATES}|imigrantow)`), ' invited $1 candidates '],
  [words(`${COUNT}\\s(?:${CANDIDATES})`), ' $1 candidates '],
  [words('pśepšos(?:ył[ao]?|yli|ujo|yś)'), ' invited '],
  [words('pśepšosenja|pśepšosenjow'), ' invitations '],
  [words('pśepšosenje'), ' invitation '],
  [words(CANDIDATES), ' candidates '],
  // Cut-offs: "minimalna licba dypkow CRS jo była 382", "minimalny CRS: 507 dypkow", "min. 460 dypkow", "jo trjebało 523 dypkow".
  [words('minimalna\\slicba\\sdypkow(\\sCRS)?'), (_, c = '') => ` the minimum${c ? ' CRS' : ''} score `],
  [words('minimalny\\sCRS'), ' minimum CRS '],
  [words(`min\\.\\s${COUNT}\\sdypkow`), ' minimum CRS $1 '],
  [words(`(?:jo\\s)?trjebało\\s(?:jo\\sbyło\\s)?(?:jano\\s)?${COUNT}\\sdypkow(?:\\sCRS)?`), ' a minimum of $1 points '],
  [words(`trjebne\\sjo\\sbyło\\s(?:jano\\s)?${COUNT}\\sdypkow(?:\\sCRS)?`), ' a minimum of $1 CRS points was required '],
  [words(`jo\\sbył[ao]?\\s${COUNT}`), ' was $1 '],
  [words(`z\\s${COUNT}\\sdypkami`), ' with $1 points '],
  [words(`${COUNT}\\sdypk(?:ow|a|y|oma|ami)`), ' $1 points '],
  [words('dypkow'), ' points '],
  [words('jano'), ' only '],
  // The tie-break: "Pšawidło za rownosć dypkow", "pśi rownosći dypkow jo płaśiło 13. oktobra 2022".
  [words('pšawidło\\sza\\srownosć\\spoints'), ' tie-breaking rule '],
  [words('pśi\\srownosći\\spoints\\sjo\\spłaśiło'), ' tie-breaking rule: '],
  [words('rownosć\\spoints'), ' tie-breaking rule '],
  // Programs.
  [words('za\\scandidates\\sz\\sfrancojskimi\\sznajobnosćami'), ' for candidates with French language proficiency '],
  [words('z\\sfrancojskimi\\sznajobnosćami'), ' with French language proficiency '],
  [words('kenž\\sderje\\spowědaju\\sfrancojski'), ' French-speaking '],
  [words('francojsk\\p{L}*'), ' French '],
  [words('(?:we\\s)?wšyknych\\sprogramach'), ' all programs '],
  [words('bźez\\swěstego\\sprograma'), ' no specific program '],
  [words('strowotnistw\\p{L}*'), ' healthcare '],
  [words('prowinciałn\\p{L}*\\snominacij\\p{L}*'), ' provincial nomination '],
  [words('prowinca'), ' the province of '],
  [words('to\\snjejo'), ' this is not a '],
  [words('njejo'), ' is not '],
  [words('Awstralij\\p{L}*'), ' Australia '],
  [words('Nowa\\sZ?[SZ]eelandska|Nowej\\sZ?[SZ]eelandskej'), ' New Zealand '],
  [words('Kanada|Kanaźe|Kanady'), ' Canada '],
  [words('jo|su'), ' '],
  [words('za(?=\\sCanadian|\\sProvincial|\\sFederal)'), ' for '],
  [words('w(?=\\s\\d{1,2}:\\d\\d)'), ' at '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Lower Sorbian's words, a few shared with Upper Sorbian, Czech or Polish ("jo", "za", "kandidat…"): they count beside three of its own. */
const LS_WORD = words(
  'pśepšos\\p{L}*|pśewjad\\p{L}*|dypk\\p{L}*|pśedcora|cora|źinsa|witśe|kólo|kole|kołow|kandidatow|luźi|jano|južo|tyźeń|tyźenju|wšykn\\p{L}*|francojsk\\p{L}*|pśeglěd|pśed|pśi|awgusta|měrca|pónjeźel[aue]|wałtor[aue]|srjod[aue]|stwórtk|pětk|njeźel[aue]|Kanaźe|jo|su|za|w|a|z',
);
/** The language's own words, which none of Upper Sorbian, Czech, Polish, Slovak or Slovenian writes. */
const LS_OWN = words(
  'pśepšos\\p{L}*|pśewjad\\p{L}*|pśedcora|cora|źinsa|witśe|kólo|luźi|jano|južo|tyźeń|tyźenju|wšykn\\p{L}*|francojsk\\p{L}*|pśeglěd|pśed|pśi|pónjeźel[aue]|wałtor[aue]|srjod[aue]|stwórtk|pětk|njeźel[aue]|Kanaźe|jo',
);
const HINT = /[ěśźŕ]/;
/** A cheap first test: "ě", "ś", "ź" or "ŕ" (a letter class), which no English page writes (Polish and Upper Sorbian do, but not Lower Sorbian's words). */
export const LOWER_SORBIAN_HINT = { test: (text: string): boolean => HINT.test(text) };

/**
 * Three different of its own words with five different of its words (eight in all or a sixth of a short post's); or a short post's
 * two different of its own making up a sixth of its words ("Cora: Express Entry kólo #121 – 3600 pśepšosenjow").
 */
export function isLowerSorbian(text: string): boolean {
  const own = new Set((text.match(LS_OWN) ?? []).map((w) => w.toLowerCase())).size;
  return (writtenWith(text, LS_WORD, 5) && own >= 3) || (own >= 2 && own * 6 >= (text.match(/\p{L}+/gu) ?? []).length);
}

/** A Lower Sorbian page glossed into English. */
export const glossLowerSorbian = (text: string): string => glossInTurn(text, CASED_RULES);
