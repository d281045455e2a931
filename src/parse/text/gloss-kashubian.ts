import { glossInTurn, monthOrNone, keepAnyCase, monthNamer, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Kashubian draw news glossed into the English the reader knows, in the shape of `gloss-upper-sorbian.ts` (docs/parser.md "Lower
 * Sorbian and Kashubian"): counts grouped by a space ("4 000" → 4,000); dates with its own months in the genitive ("20 gromicznika
 * 2026" → February 20, 2026, "3 lëstopadnika 2016", "4–7 zélnika 2026" → August 4–7, 2026; stëcznik … gòdnik), weekdays
 * ("pòniedzôłk" → Monday, "strzoda" → Wednesday), "dzysô" (today), "wczora" (yesterday), "ten tidzéń" (this week); rounds
 * ("kòlejka Express Entry nr 341" → draw #341, "dwie kòlejczi" → two draws, "nowô kòlejka" → a new draw); counts ("7500
 * zaproszeniów" → 7,500 invitations, "zaprosëła 2 080 kandidatów" → invited 2,080 candidates); cut-offs ("minimalny wënik CRS" →
 * minimum CRS score, "przë minimalnym wënikù 472 pùnktë" → with a minimum of 472 points, "przë CRS 169" → minimum CRS 169,
 * "minimalnô lëczba pùnktów" → the minimum score); programs ("francësczi jãzëk" → French language proficiency, "òpieka zdrowia" →
 * healthcare, "doktorów" → physicians); hedges ("kòl", "òkòło" → about, "wiãcy jak", "przeszło" → more than, "jaż do" → up to).
 * Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['stëczni', 'January'],
  ['gromiczni', 'February'],
  ['strumianni', 'March'],
  ['łżëkwiôt', 'April'],
  ['môj', 'May'],
  ['czerwiń', 'June'],
  ['lëpiń', 'July'],
  ['zélni', 'August'],
  ['séwni', 'September'],
  ['rujan', 'October'],
  ['lëstopadni', 'November'],
  ['gòdni', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month word: a stem and its ending ("gromicznika", "lëpińca", "môja", "rujana"). */
const MONTH = `((?:${monthStems(MONTHS)})\\p{L}{0,3})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['pòniedzôłk', 'Monday'],
  ['wtórk', 'Tuesday'],
  ['strzod[aãë]', 'Wednesday'],
  ['czwiôrtk', 'Thursday'],
  ['piątk', 'Friday'],
  ['sobòt[aãë]', 'Saturday'],
  ['niedzel[aãë]', 'Sunday'],
];
const weekdayOf = monthNamer(WEEKDAYS, 'i');
const WEEKDAY = `(${WEEKDAYS.map(([w]) => w).join('|')})`;
const COUNT = WORD_COUNT;
const CANDIDATES = 'kandidat(?:ów|ë|a|ach)|lëdzy';
const INVITATIONS = 'zaproszeni(?:ów|a|é|ama)';

const RULES: readonly GlossRule[] = [
  // Counts grouped by a space: "4 000", "2 080" (not a day's number before it).
  [/(?<!\d ?)(\d{1,3}) (\d{3})(?!\d)/g, '$1,$2'],
  // Days: "20 gromicznika 2026", "3 lëstopadnika 2016", "4–7 zélnika 2026".
  [words(`(\\d{1,2})[–-](\\d{1,2})\\.?\\s${MONTH}(?:,?\\s${YEAR})?`), (_, a = '', b = '', m = '', y = '') => ` ${month(m)} ${a}–${b}${y ? `, ${y}` : ''} `],
  [words(`(\\d{1,2})\\.?\\s${MONTH}(?:,?\\s${YEAR})?`), (all = '', d = '', m = '', y = '') => namedMonthDay(d, month(m), y) || ` ${all} `],
  // A round-up's rows: "pòniedzôłk 4.08" → August 4 (the day, not the weekday, which a page may get wrong).
  [words(`${WEEKDAY}\\s(\\d{1,2})\\.(\\d{1,2})(?![.\\d])`), (all = '', _w = '', d = '', m = '') => namedMonthDay(d, monthOrNone(m), '') || ` ${all} `],
  [words(`(?:w\\s)?${WEEKDAY}`), (_, w = '') => ` ${weekdayOf(w)} `],
  // A tie-break line of two rounds: "… UTC (dzysô) i 3 stëcznika 2026 (wczora)" → (today's draw) and … (yesterday's draw).
  [/\(dzysô\)/giu, "(today's draw)"],
  [/\(wczora\)/giu, "(yesterday's draw)"],
  [/(?<=\) )i(?= \d| [A-Z])/gu, 'and'],
  [words('a(?=\\s(?:dzysô|wczora|przedwczora)\\s)'), ' and '],
  [words('przedwczora'), ' the day before yesterday '],
  [words('wczora'), ' yesterday '],
  [words('dzysô'), ' today '],
  [words('jutro'), ' tomorrow '],
  [words('(?:ten|w\\stim)\\stidz(?:éń|niu)'), ' this week '],
  [words('(?:pòprzédny|slédny)\\stidzéń'), ' last week '],
  // Guides, recaps, forecasts, comparisons.
  [words('pòradnik'), ' Guide '],
  [words('czedë\\sbãdze\\s(?:nôslédnô|nôblëższô)\\skòlejka'), ' when is the next draw '],
  [words('(?:nôslédnô|nôblëższô)\\skòlejka'), ' the next draw '],
  [words('przëmiôr:?'), ' For example, '],
  [words('miesãczny\\sprzezéranié|przezéranié\\smiesąca'), ' Monthly recap '],
  [words('rokòwé\\sprzezéranié'), ' Year in review '],
  [words('prognoza'), ' forecast '],
  // Hedged counts, no count to the reader.
  [words(`(?:kòl|òkòło|kòle|blós\\sna)\\s${COUNT}`), ' about $1 '],
  [words(`(?:wiãcy\\sjak|wicy\\sjak|wiãcy\\sniż|przeszło|nad)\\s${COUNT}`), ' more than $1 '],
  [words(`(?:jaż\\s)?do\\s${COUNT}(?=\\s(?:${INVITATIONS}|${CANDIDATES}))`), ' up to $1 '],
  // Rounds: "kòlejce Express Entry nr 341", "dwie kòlejczi", "nowô kòlejka", "pòprzédnô kòlejka".
  [words('(?:w\\s)?(dzysészi\\s)?kòlejc[eë]\\s(Express\\sEntry\\s)?(?:nr\\.?|#)\\s?(\\d{1,3})'), (_, t = '', e = '', n = '') => ` in ${t ? 'today’s ' : ''}${e}draw #${n} `],
  [words('(?:w\\s)?dzysészi\\skòlejce'), ' in today’s draw '],
  [words('pòprzédn[ôa]\\skòlejka\\s(Express\\sEntry\\s)?(?:nr\\.?|#)\\s?(\\d{1,3})'), ' the previous $1draw #$2 '],
  [words('kòlejk[aã]\\s(Express\\sEntry\\s)?(?:nr\\.?|#)\\s?(\\d{1,3})'), ' $1draw #$2 '],
  [words('dwie\\skòlejczi'), ' two draws '],
  [words('trzë\\skòlejczi'), ' three draws '],
  [words('sztërë\\skòlejczi'), ' four draws '],
  [words('nowô\\skòlejka'), ' a new draw '],
  [words('apartnô\\skòlejka'), ' a separate draw '],
  [words('pòprzédn[ôa]\\skòlejka'), ' the previous draw '],
  [words('federalnô\\skòlejka'), ' federal draw '],
  [words('kòlejk[aã]'), ' draw '],
  [words('kòlejczi|kòlejków'), ' draws '],
  // Counts: "7500 zaproszeniów", "zaprosëła 7500 lëdzy", "zaproszonëch bëło 3 750 lëdzy".
  [words(`${COUNT}\\s${INVITATIONS}`), ' $1 invitations '],
  [words(`zapros(?:ył|ëła|ëło|ëlë)\\s${COUNT}\\s(?:${CANDIDATES})`), ' invited $1 candidates '],
  [words(`zaproszonëch\\sbëło\\s${COUNT}\\s(?:${CANDIDATES})`), ' $1 candidates were invited '],
  [words(`${COUNT}\\s(?:${CANDIDATES})`), ' $1 candidates '],
  [words('zapros(?:ył|ëła|ëło|ëlë)'), ' invited '],
  [words(INVITATIONS), ' invitations '],
  [words(CANDIDATES), ' candidates '],
  // Cut-offs: "Minimalny wënik CRS: 467", "przë minimalnym wënikù 472 pùnktë", "przë CRS 169", "Minimalnô lëczba pùnktów – 379".
  [words('minimalny\\swënik(\\sCRS)?'), (_, c = '') => ` minimum${c ? ' CRS' : ''} score `],
  [words(`przë\\sminimalnym\\swënikù\\s${COUNT}`), ' with a minimum of $1 '],
  [words('minimalnô\\slëczba\\spùnktów(\\sCRS)?'), ' the minimum CRS score '],
  [words(`przë\\sCRS\\s${COUNT}`), ' minimum CRS $1 '],
  [words(`${COUNT}\\spùnkt(?:ów|ë|a)`), ' $1 points '],
  [words('pùnktów|pùnktë'), ' points '],
  // Programs.
  [words('(?:dlô\\s)?francëskòjãzëkòwëch'), ' for French-speaking candidates '],
  [words('(?:jaczi\\sznają\\s)?francësczi\\sjãzëk'), ' French language proficiency '],
  [words('(?:z\\skategorii\\s)?òpiek[aãi]\\szdrowia(?:\\si\\ssocjalnëch\\ssłużbów)?|zdrowotnëch\\sprofesjów'), ' healthcare '],
  [words('(?:dlô\\s)?doktorów(?:\\sz\\skanadijsczim\\sdoswiôdczenim)?'), ' for physicians with Canadian experience '],
  [words('transpòrt\\p{L}*'), ' transport '],
  [words('rzemiãsło'), ' trades '],
  [words('rolnictwò'), ' agriculture '],
  [words('bez\\sòsoblëwégò\\sprogramu'), ' no specific program '],
  [words('prowincjô'), ' the province of '],
  [words('to\\snie\\sje'), ' this is not a '],
  [words('nie\\sje'), ' is not '],
  [words('Aùstralëj\\p{L}*'), ' Australia '],
  [words('Nowô\\sZelandiô|Nowi\\sZelandii'), ' New Zealand '],
  [words('reguła\\sremisu'), ' tie-break '],
  [words('ò(?=\\s\\d{1,2}:\\d\\d)'), ' at '],
  [words('Kanada|Kanadze|Kanadë'), ' Canada '],
  [words('zrobił[ao]?'), ' held '],
  [words('je|bëła|bëło'), ' '],
  [words('dlô'), ' for '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Kashubian's words, a few shared with Polish ("je", "dlô", "kandidat…"): they count only beside three of its own. */
const KASHUBIAN_WORD = words(
  'zapros\\p{L}*|kòlej\\p{L}*|pùnkt\\p{L}*|wënik\\p{L}*|dzysô|dzysészi|przedwczora|wczora|zaprosył|tidzéń|lëdzy|kandidatów|jãzëk\\p{L}*|francës\\p{L}*|bëło|bëła|bëlë|przë|dlô|òd|òb\\p{L}*|kanadijsczi\\p{L}*|wszëtcz\\p{L}*|pòniedzôłk|czwiôrtk|sobòt\\p{L}*|strzod\\p{L}*|niedzel\\p{L}*|Kanadë|Kanadze|je|i|z|w',
);
/** The language's own words, which none of Polish, Lower or Upper Sorbian or Slovak writes. */
const KASHUBIAN_OWN = words(
  'kòlej\\p{L}*|pùnkt\\p{L}*|wënik\\p{L}*|dzysô|dzysészi|przedwczora|wczora|zaprosył|tidzéń|lëdzy|jãzëk\\p{L}*|francës\\p{L}*|bëło|bëła|bëlë|przë|dlô|òd|zaprosëł\\p{L}*|zaprosëlë|kanadijsczi\\p{L}*|wszëtcz\\p{L}*|pòniedzôłk|czwiôrtk|sobòt\\p{L}*|Kanadë|(?:stëczni|gromiczni|strumianni|łżëkwiôt|czerwińc|lëpiń|zélni|séwni|lëstopadni|gòdni)\\p{L}*',
);
const HINT = /[ëòùôã]/;
/** A cheap first test: "ë", "ò", "ù", "ô" or "ã" (a letter class), which no English page writes and Polish never does. */
export const KASHUBIAN_HINT = { test: (text: string): boolean => HINT.test(text) };

/**
 * Three different of its own words with five different of its words (eight in all or a sixth of a short post's); or a short post's
 * two different of its own making up a sixth of its words.
 */
export function isKashubian(text: string): boolean {
  const own = new Set((text.match(KASHUBIAN_OWN) ?? []).map((w) => w.toLowerCase())).size;
  return (writtenWith(text, KASHUBIAN_WORD, 5) && own >= 3) || (own >= 2 && own * 6 >= (text.match(/\p{L}+/gu) ?? []).length);
}

/** A Kashubian page glossed into English. */
export const glossKashubian = (text: string): string => glossInTurn(text, CASED_RULES);
