import { wholeMonthNamer, glossInTurn, keepAnyCase, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Romansh draw news glossed into the English the reader knows, in the shape of `gloss-occitan.ts` (docs/parser.md "Romansh and
 * Upper Sorbian"): counts grouped the Swiss way ("5'000" → 5,000); dates with its months ("ils 19 d'avust 2026" → on August 19,
 * 2026, "8 da fanadur 2024", "9 fanadur 2024"), weekdays ("mesemna" → Wednesday, "lündeschdi" → Monday), "oz" (today), "ier"
 * (yesterday), "quest'emna" (this week); rounds ("la runda nr. 437" → draw #437, "la runda numer 176", "quatter runda" → four draws,
 * "la runda precedenta" → the previous draw); counts ("5'000 invitaziuns" → 5,000 invitations, "ha envidà 1'250 candidats" →
 * invited 1,250 candidates); cut-offs ("punctaziun minimala (CRS)" → minimum (CRS) score, "cun almain 523 puncts" → with a minimum
 * of 523 points); the tie-break's label ("regla da tie-break"); hedges ("circa", "var", "radund" → about, "dapli che", "passa" →
 * more than, "fin a" → up to). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['schaner', 'January'],
  ['favrer', 'February'],
  ['mars', 'March'],
  ['avrigl', 'April'],
  ['matg', 'May'],
  ['zercladur', 'June'],
  ['fanadur', 'July'],
  ['avust', 'August'],
  ['settember', 'September'],
  ['october', 'October'],
  ['november', 'November'],
  ['december', 'December'],
];
const month = wholeMonthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  glindesdi: 'Monday',
  gliendisdis: 'Monday',
  lündeschdi: 'Monday',
  mardi: 'Tuesday',
  mardis: 'Tuesday',
  mesemna: 'Wednesday',
  mesjamna: 'Wednesday',
  marcurdi: 'Wednesday',
  gievgia: 'Thursday',
  gövgia: 'Thursday',
  venderdi: 'Friday',
  venderdis: 'Friday',
  sonda: 'Saturday',
  dumengia: 'Sunday',
};
const WEEKDAYS = 'glindesdi|gliendisdis|lündeschdi|mardis?|mesemna|mesjamna|marcurdi|gievgia|gövgia|venderdis?|sonda|dumengia';
const SHORT_WEEKDAY: Readonly<Record<string, string>> = { lu: 'Monday', ma: 'Tuesday', me: 'Wednesday', gi: 'Thursday', ve: 'Friday', so: 'Saturday', du: 'Sunday' };
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const COUNT = WORD_COUNT;
const NUMBERS: Readonly<Record<string, string>> = { duas: 'two', dus: 'two', trais: 'three', quatter: 'four', tschintg: 'five' };
const DRAW = 'runda';
const OF = "(?:\\s(?:da|dal|d['’]))";

const RULES: readonly GlossRule[] = [
  // Counts grouped the Swiss way: "5'000", "27'332" → 5,000, 27,332.
  [/(?<![\d'’])(\d{1,3})(?:['’](\d{3}))(?:['’](\d{3}))?(?![\d'’])/g, (_, a = '', b = '', c = '') => ` ${[a, b, c].filter(Boolean).join(',')}`],
  // Days: "ils 19 d'avust 2026" (on August 19, 2026), "ils 17 da settember", "8 da fanadur 2024", "9 fanadur 2024", "(8 da december)".
  [
    words(`(?:(ils|dals|il)\\s)?(\\d{1,2})\\.?(?:${OF}\\s?|\\s)${MONTH}(?:,?\\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, month(m), y);
      return day ? `${on.toLowerCase() === 'ils' ? ' on' : on ? ' of' : ''}${day}` : ` ${all} `;
    },
  ],
  [words(`(?:(?:en|il\\smais)${OF}\\s?)${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` in ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  // A round-up's rows: "lu 2.3." (Monday, March 2:), "me 4.3.", the weekday's first two letters and the day and month, then a colon.
  [
    /^(lu|ma|me|gi|ve|so|du)\s(\d{1,2})\.(\d{1,2})\.(?!\d)(?:\s?[:–-])?/gim,
    (all = '', w = '', d = '', m = '') => (namedMonthDay(d, monthOrNone(m), '') ? ` ${SHORT_WEEKDAY[w.toLowerCase()] ?? ''},${namedMonthDay(d, monthOrNone(m), '')}:` : all),
  ],
  [words(`(${WEEKDAYS})(?=,?\\s(?:on\\s)?[A-Z][a-z]+\\s\\d)`), (_, w = '') => ` ${weekdayOf(w)}, `],
  [words(`(?:la\\s|il\\s)?(${WEEKDAYS})`), (_, w = '') => ` ${weekdayOf(w)} `],
  // "stersas" (the day before yesterday), "ier" (yesterday), "oz" (today), "damaun" (tomorrow).
  [words('stersas|sterzas'), ' the day before yesterday '],
  [words('(?:gia\\s)?ier'), ' yesterday '],
  [words('oz|ozendi'), ' today '],
  [words('damaun'), ' tomorrow '],
  // "Las runda da quest'emna" (this week's draws: a round-up's heading), "quest'emna", "questa emna" (this week).
  [words(`(las\\s|la\\s)?${DRAW}(s?)\\sda\\squest['’]emna`), (_, la = '', s = '') => ` this week's draw${s || la.toLowerCase() === 'las ' ? 's' : ''} `],
  [words("quest['’]emna|questa\\semna"), ' this week '],
  [words("l['’]emna\\spassada"), ' last week '],
  [words('quest\\smais'), ' this month '],
  [words('en\\sdus\\sdis'), ' in two days '],
  // Guides, recaps, forecasts.
  [words('guid(?:a|è)'), ' Guide '],
  [words('retrospectiva(?:\\sannuala)?'), ' Year in review '],
  [words('bilantsch(?:\\smensil)?'), ' Monthly recap '],
  [words(`prognosa|proxima\\s${DRAW}`), ' forecast '],
  [words('per\\sexempel'), ' for example '],
  // Hedged counts, no count to the reader.
  [words(`(?:circa|var|radund|bunamain|enturn)\\s${COUNT}`), ' about $1 '],
  [words(`(?:dapli\\s(?:che|da)|passa|sur)\\s${COUNT}`), ' more than $1 '],
  [words(`(?:fin\\sa|enfin|fin\\star)\\s${COUNT}`), ' up to $1 '],
  // Rounds: "la runda nr. 437", "la runda numer 176", "quatter runda", "la runda precedenta", "l'ultima runda".
  [words(`(?:la\\s)?${DRAW}\\s(?:nr\\.|numer|n[°º])\\s?(\\d{1,3})`), ' draw #$1 '],
  // "la runda francofona nr. 437", "Runda Express Entry nr. 426": the round's kind between the word and its number.
  [
    words(`(?:la\\s)?${DRAW}\\s(francofona|Express\\sEntry)\\s(?:nr\\.|numer|n[°º])\\s?(\\d{1,3})`),
    (_, k = '', n = '') => ` ${k.toLowerCase() === 'francofona' ? 'French-language' : 'Express Entry'} draw #${n} `,
  ],
  [words(`\\(nr\\.\\s?(\\d{1,3})\\)`), ' (draw #$1) '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\s${DRAW}s?`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`(?:la\\s)?${DRAW}\\s(\\p{Lu}{2,4}\\s)?(?:precedenta|passada)`), (_, p = '') => ` the previous ${p}draw `],
  [words(`(?:l['’])?ultima\\s${DRAW}`), ' the latest draw '],
  [words(`(?:ina\\s)?nova\\s${DRAW}`), ' a new draw '],
  [words(`${DRAW}\\sfrancofona`), ' French-language draw '],
  [words(`${DRAW}s?\\sfrancofonas`), ' French-language draws '],
  [words(`(?:la\\s)?${DRAW}\\sgenerala`), ' the general draw '],
  [words(`ina\\s${DRAW}`), ' a draw '],
  // "Questa emna n'ha IRCC fatg nagina runda" (no round this week), "Vegn IRCC a far …?" (will IRCC hold …?).
  [words(`n['’](?:ha|aveva)\\s(IRCC\\s|il\\sCanada\\s)?fatg\\snagina\\s${DRAW}`), (_, who = '') => ` ${who}held no draw `],
  [words('vegn\\s(IRCC|il\\sCanada)\\sa\\sfar'), ' will $1 hold '],
  [words(`la\\s${DRAW}`), ' the draw '],
  [words(`${DRAW}s`), ' draws '],
  [words(DRAW), ' draw '],
  // Counts: "5'000 invitaziuns", "ha envidà 1'250 candidats", "envidads èn vegnids mo 750 candidats", "han survegnì in'invitaziun".
  // "aveva IRCC gia fatg ina runda" (IRCC had already held a round: a second round of the news, told as "also").
  [
    words('(?:ha|aveva)\\s(IRCC|il\\sCanada)\\s(gia\\s|puspè\\s)?(fatg|envidà)'),
    (_, who = '', gia = '', v = '') => ` ${who} ${gia.startsWith('gia') ? 'also ' : ''}${v.toLowerCase() === 'fatg' ? 'held' : 'invited'} `,
  ],
  [words(`(?:ha|aveva)\\s(?:IRCC\\s)?(?:puspè\\s)?envidà\\s(?:oz\\s)?${COUNT}`), ' invited $1 '],
  [words(`envidads\\sèn\\svegnids\\s(?:mo\\s)?${COUNT}`), ' invited $1 '],
  [words(`${COUNT}\\s(?:invitaziuns|envidas)`), ' $1 invitations '],
  [words('invitaziuns'), ' invitations '],
  [words("in['’]invitaziun|ina\\sinvitaziun"), ' an invitation '],
  [words("l['’]invitaziun|invitaziun"), ' invitation '],
  [words('han\\ssurvegn[ìi]'), ' received '],
  [words('(?:ha|aveva)\\s(?:puspè\\s)?envidà|envidà|envidads'), ' invited '],
  [words('candidats\\sfrancofons|candidatas\\sfrancofonas'), ' French-speaking candidates '],
  [words('candidats|candidatas'), ' candidates '],
  [words('persunas'), ' candidates '],
  [words('mo'), ' only '],
  // Cut-offs: "punctaziun minimala CRS 382", "la punctaziun CRS minimala è stada 505", "cun almain 523 puncts", "in minimum da 462".
  [words('(?:(la|ina)\\s)?punctaziun(\\sCRS)?\\sminimala(\\sCRS)?'), (_, a = '', c = '', c2 = '') => ` ${a.toLowerCase() === 'ina' ? 'a' : 'the'} minimum${c || c2 ? ' CRS' : ''} score `],
  [words('CRS\\sminimala?'), ' minimum CRS '],
  [words(`(?:cun\\s)?almain\\s${COUNT}`), ' with a minimum of $1 '],
  [words(`in\\sminimum\\sda\\s${COUNT}`), ' a minimum of $1 '],
  [words('(?:(la|ina)\\s)?punctaziun'), (_, a = '') => ` ${a.toLowerCase() === 'ina' ? 'a' : 'the'} score `],
  [words(`(?:è\\sstada|è|era|è\\screschida\\ssin|è\\scrudada\\ssin)\\s(?:mo\\s)?${COUNT}`), ' was $1 '],
  [words('è\\sstada?'), ' was '],
  [words(`${COUNT}\\spuncts(\\sCRS)?`), ' $1 points '],
  [words('puncts'), ' points '],
  [words('(?:ha\\s)?pretend(?:eva|ì)'), ' required '],
  // The tie-break's label.
  [words('(?:la\\s)?regla\\sda\\stie-break'), ' tie-breaking rule '],
  [words('a\\slas(?=\\s\\d)'), ' at '],
  // Programs.
  [words('(?:cun\\s)?(?:bunas\\s)?enconuschientschas\\sdal\\sfranzos'), ' French-speaking '],
  [words('franzos'), ' French '],
  [words('(?:cun\\s)?professiuns\\sda\\smastergn|mastergnants|mastergn'), ' trades '],
  [words("(per\\s)?professiuns\\sd['’]educaziun|educaziun"), (_, per = '') => ` ${per ? 'for ' : ''}education `],
  [words('sanadad|professiuns\\sda\\ssanadad'), ' healthcare '],
  [words('agricultura'), ' agriculture '],
  [words("La\\sprovinza\\sd['’]Ontario"), ' The province of Ontario '],
  [words('La\\sprovinza\\sda\\s'), ' The province of '],
  [words('(?:per\\s)?tut\\sils\\sprograms'), ' all programs '],
  [words('(?:ha|aveva)\\sfatg|è\\svegnida\\sfatga|fatg'), ' held '],
  [words('Canada'), ' Canada '],
  [words('Publitgà'), ' Published '],
  [words('cun'), ' with '],
  [words('ed?(?=\\s)'), ' and '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Romansh's words, a few shared with Italian or Ladin ("da", "ils", "cun"): they count only beside two of its own. */
const ROMANSH_WORD = words(
  "runda|invitaziuns?|in['’]invitaziun|punctaziun|minimala|francofonas?|las|envidà|envidads|puncts|oz|ier|stersas|damaun|emna|quest['’]emna|onns?|fatg|fatga|vegnida|è|èn|han|ha|aveva|ils|dal|dals|da|cun|gia|mo|quai|tge|betg|schaner|favrer|avrigl|matg|zercladur|fanadur|avust|settember|mesemna|gievgia|sonda|dumengia|glindesdi|lündeschdi|venderdi|persunas|candidats|franzos|mastergn|sanadad|immigraziun|emigraziun|tenor",
);
/** The language's own words, which neither Italian nor Ladin, French, German nor Occitan writes. */
const ROMANSH_OWN = words(
  "runda|invitaziuns?|in['’]invitaziun|punctaziun|envidà|envidads|puncts|oz|ier|emna|quest['’]emna|fatg|fanadur|avust|zercladur|favrer|schaner|mesemna|gievgia|franzos|mastergn|sanadad|(?:imm|em)igraziun|persunas",
);
const HINT = /aziun|envid/;
/** A cheap first test: "…aziun" (invitaziun, punctaziun, emigraziun) or "envid…" (invited), two literals no English page writes. */
export const ROMANSH_HINT = { test: (text: string): boolean => HINT.test(text) };

/** Three different of its own words, and five different of the words (eight in all or a sixth of a short post's), or the three an eighth of a short post's words. */
export function isRomansh(text: string): boolean {
  const own = new Set((text.match(ROMANSH_OWN) ?? []).map((w) => w.toLowerCase())).size;
  return own >= 3 && (writtenWith(text, ROMANSH_WORD, 5) || own * 8 >= (text.match(/\p{L}+/gu) ?? []).length);
}

/** A Romansh page glossed into English. */
export const glossRomansh = (text: string): string => glossInTurn(text, CASED_RULES);
