import { phraseAtStartOrWithin, glossInTurn, keepCase, monthNamer, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Luganda draw news glossed into the English the reader knows, in the shape of `gloss-shona.ts` (docs/parser.md "Ewe and
 * Luganda"): its months day first ("13 Febwaliyo 2024" → "February 13, 2024"; the pages mostly write the English ones), weekdays
 * ("Ku Lwokubiri" → on Tuesday), "leero" (today), "eggulo" (yesterday), "jjuuzi" (the day before yesterday), "jjo" (yesterday beside a verb of the past), "wiiki eno"
 * (this week); rounds ("draws bbiri" → two draws, "Draw 4 zibaddewo" → 4 draws took place, "Eno ye draw #236" → this is draw
 * #236, "yakoze", "ekoze" → held); counts ("eyise abantu 3,350" → invited 3,350 candidates, "Abantu 4,750 bayitiddwa" → 4,750
 * candidates were invited, "baweereddwa invitations" → received invitations); cut-offs ("CRS esinga wansi yali 438" → the minimum
 * CRS score was 438, "CRS esinga wansi: 491"); programs ("abakozi b'ebyobulamu" → healthcare workers); "Ebiteeberezebwa",
 * "Tusuubira" (forecast, we expect); hedges ("kumpi" about, "okusukka" more than, "okutuuka ku" up to). Unknown words stay.
 */

const MONTHS: MonthTable = [
  ['janwaliyo|ogwolubereberye', 'January'],
  ['febwaliyo|ogwokubiri', 'February'],
  ['marisi|ogwokusatu', 'March'],
  ['apuli|ogwokuna', 'April'],
  ['maayi|ogwokutaano', 'May'],
  ['juuni|ogwomukaaga', 'June'],
  ['julaayi|ogwomusanvu', 'July'],
  ['agusito|ogwomunaana', 'August'],
  ['sebuttemba|ogwomwenda', 'September'],
  ['okitobba|ogwekkumi', 'October'],
  ['novemba|ogwekkuminoogumu', 'November'],
  ['desemba|ogwekkuminebibiri', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  bbalaza: 'Monday',
  mmande: 'Monday',
  lwakubiri: 'Tuesday',
  lwokubiri: 'Tuesday',
  lwakusatu: 'Wednesday',
  lwokusatu: 'Wednesday',
  lwakuna: 'Thursday',
  lwokuna: 'Thursday',
  lwakutaano: 'Friday',
  lwokutaano: 'Friday',
  lwamukaaga: 'Saturday',
  lwomukaaga: 'Saturday',
  ssabbiiti: 'Sunday',
  sande: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const NUMBERS: Readonly<Record<string, string>> = { bbiri: 'two', ssatu: 'three', nnya: 'four', ttaano: 'five' };
const COUNT = WORD_COUNT;
/** A verb of the past ("yakoze" held, "yayise" invited, "baayitiddwa" were invited): "jjo" beside it is yesterday. */
const PAST = '(?<![\\p{L}\\p{M}])(?:yakoze|yakola|yayise|yayita|baayitiddwa|bayitiddwa|baaweereddwa|baweereddwa|yali|zaali|waaliwo)(?![\\p{L}\\p{M}])';

const RULES: readonly GlossRule[] = [
  [words(`(?:ku\\s)?(${WEEKDAYS}),?(?=\\s\\p{Lu}\\p{Ll}+\\s\\d)`), (all = '', w = '') => `${/^ku\s/i.test(all) ? ' on ' : ' '}${WEEKDAY[w.toLowerCase()] ?? ''}, `],
  [words(`(?:ku\\s)?(${WEEKDAYS})`), (all = '', w = '') => `${/^ku\s/i.test(all) ? ' on ' : ' '}${WEEKDAY[w.toLowerCase()] ?? ''} `],
  // Days: "13 Febwaliyo 2024", "nga 13 Febwaliyo" (on February 13); day first "31/01/2019".
  [
    words(String.raw`(?:nga\s|ku\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', d = '', m = '', y = '') => (/^(?:nga|ku)\s/i.test(all) ? ' on' : '') + (namedMonthDay(d, month(m), y) || ` ${all} `),
  ],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  // A month's and a year's account: "Ebyaliwo mu mwezi gwa Julaayi 2026" (what happened in July 2026), "Ebyaliwo mu mwaka 2025".
  [words(`ebyaliwo\\smu\\s(?:mwezi\\s(?:gwa\\s)?)?${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` Monthly recap: ${month(m)} ${y} `],
  [words(`ebyaliwo\\smu\\smwaka\\s(?:gwa\\s)?${YEAR}`), ' Year in review $1 '],
  [new RegExp(`(?<=^[ \\t]*)omwaka\\s(?:gwa\\s)?${YEAR}(?![\\p{L}\\p{M}\\d])`, 'gimu'), ' Year in review $1 '],
  [words(`mu\\s(?:mwezi\\s(?:gwa\\s)?)?${MONTH}`), (_, m = '') => ` in ${month(m)} `],
  [words(`mu\\smwaka\\s(?:gwa\\s)?${YEAR}`), ' in $1 '],
  // "leero" (today), "eggulo" (yesterday), "jjo" (yesterday or tomorrow: yesterday beside a verb of the past, else left).
  [words('leero'), ' today '],
  [words('jjuuzi'), ' the day before yesterday '],
  [words('olweggulo'), ' in the afternoon '],
  [words('eggulo|ggulo'), ' yesterday '],
  [new RegExp(`(?<![\\p{L}\\p{M}])jjo(?=[^.!?\\n]*${PAST})|(?<=${PAST}[^.!?\\n]*)jjo(?![\\p{L}\\p{M}])`, 'giu'), ' yesterday '],
  // A round-up's heading: "Draws za Express Entry wiiki eno:" (this week's Express Entry draws), in the English order.
  [words('draws?\\s(?:za|ya)\\sExpress\\sEntry\\swiiki\\seno'), ' Express Entry draws this week '],
  [words('wiiki\\seno'), ' this week '],
  [words('wiiki\\sewedde|wiiki\\sewuddeko'), ' last week '],
  [words('wiiki\\sejja'), ' next week '],
  [words('omwezi\\sguno'), ' this month '],
  [words('omwaka\\sguno'), ' this year '],
  // Guides, forecasts.
  [words('ebiteeberezebwa|okuteebereza'), ' forecast '],
  [words('tusuubira'), ' we expect '],
  [words(`wakati\\swa\\s${COUNT}\\sne\\s${COUNT}`), ' between $1 and $2 '],
  [words('ejja\\skusigala'), ' will stay '],
  [words('obulagirizi|ekitabo\\skyokulungamya'), ' Guide '],
  [words('okugeza'), ' for example '],
  [words("engeri\\sy['’]okwongera\\sku\\sCRS(?:\\syo)?"), ' How to raise your CRS '],
  // Rounds: "draws bbiri" (two draws), "Draw 4 zibaddewo" (4 draws took place), "Eno ye draw #236" (this is draw #236).
  [words(`draws?\\s(${Object.keys(NUMBERS).join('|')})`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('draw\\s(\\d)\\szibaddewo'), ' $1 draws took place '],
  [words('draws\\s(\\d{1,2})(?![\\d,.:/#])'), ' $1 draws '],
  [words('eno\\sye'), ' this is '],
  [words('draw\\seyasembayo|draw\\seyasooka|draw\\seyaakayita'), ' the previous draw '],
  [words('tewali\\sdraw|tewabaddewo\\sdraw'), ' no draw '],
  [words('yakoze|ekoze|yakola|ekola'), ' held '],
  // Hedged counts, no count to the reader: "kumpi 3,000" (about), "okusukka 3,000" (more than), "okutuuka ku 5,000" (up to).
  [words(`kumpi\\s(?:abantu\\s)?${COUNT}`), ' about $1 '],
  [words(`(?:abasukka|okusukka|abasoba|okusoba)\\s(?:mu\\s)?${COUNT}`), ' more than $1 '],
  [words(`(?:okutuuka|okutuusa)\\s(?:ku\\s)?${COUNT}`), ' up to $1 '],
  // Cut-offs: "CRS esinga wansi yali 438", "CRS esinga wansi: 491", "ku CRS 511".
  ...phraseAtStartOrWithin('(?:CRS\\s)?esinga\\swansi\\syali', ' the minimum CRS score was '),
  ...phraseAtStartOrWithin('(?:CRS\\s)?esinga\\swansi', ' minimum CRS score '),
  [words(`ku\\sCRS\\s${COUNT}`), ' with a CRS score of $1 '],
  [words(`ku\\s${COUNT}\\s(?:ku\\s)?CRS`), ' $1 with CRS '],
  // Counts: "eyise abantu 3,350", "yayise abantu 4", "eyayita 6,000", "Abantu 4,750 bayitiddwa", "baweereddwa invitations".
  [words(`(?:eyise|yayise|eyayise|eyayita|yayita|ayise)\\s(?:abantu\\s)?${COUNT}`), ' invited $1 candidates '],
  [words(`abantu\\s${COUNT}\\s(?:bayitiddwa|baayitiddwa)`), ' $1 candidates were invited '],
  [words(`abantu\\s${COUNT}`), ' $1 candidates '],
  [words('baweereddwa|baaweereddwa'), ' received '],
  [words('bayitiddwa|baayitiddwa'), ' were invited '],
  [words('eyise|yayise|eyayita|yayita'), ' invited '],
  [words('zibaddewo|yabaddewo'), ' took place '],
  [/(?<![\p{L}\p{M}])y['’](?=\p{L})/giu, ' of '],
  [/(?<![\p{L}\p{M}])ey['’](?=\p{L})/giu, ' '],
  // Programs: "abakozi b'ebyobulamu" (health workers), "amagye" (the army), "Olufalansa" (French), "abantu bonna" (everyone).
  [words("abakozi\\sb['’]ebyobulamu|ebyobulamu"), ' healthcare '],
  [words('amagye'), ' military '],
  [words('Olufalansa|Olufaransa|Lufalansa'), ' French '],
  [words('bokka'), ' only '],
  [words('ya|za'), ' of '],
  [words('mu'), ' in '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Luganda writes among the languages the reader glosses (not "abantu", "yakoze", "mu", "ku" of Kinyarwanda and Kirundi). */
const LUGANDA_WORD = words(
  `leero|jjuuzi|ebyaliwo|eggulo|jjo|wiiki|esinga|wansi|yali|eyise|yayise|eyayita|bayitiddwa|baayitiddwa|baweereddwa|abalina|mwetegeke|zibaddewo|bbiri|eno|kino|kijja|oluvannyuma|amawulire|gavumenti|ekoze|ebyobulamu|abakozi|tusuubira|ejja|nnyingi|bonna|bokka|olunaku|omukisa|balina|gabana|ebirala|engeri|okwongera|obutuuze|okusaba|amagye|ebiteeberezebwa|ebadde|ekola|zijja|${WEEKDAYS}|${monthStems(MONTHS)}`,
);
const LUGANDA_LETTERS = /eero|wansi|ddwa|wiiki|suubira|jjuuzi|waliyo|julaayi|agusito|sebuttemba|okitobba/i;
/**
 * A cheap first test: one pattern of literals, "eero" ("leero": today), "wansi" ("esinga wansi": lowest), "ddwa"
 * ("bayitiddwa": were invited), "wiiki" (week), "suubira" ("tusuubira": we expect), "jjuuzi" (the day before yesterday) or its
 * months ("waliyo", "julaayi", "agusito", "sebuttemba", "okitobba"), which an English page never writes, nor Swahili ("wiki",
 * "Julai", "Agosti"), Kinyarwanda, Kirundi, Chichewa ("lero", "Julayi"), Shona, Zulu or Sesotho.
 */
export const LUGANDA_HINT = LUGANDA_LETTERS;

/** Eight of the words, three of them different, or (a short post) three different making up a sixth of its words. */
export const isLuganda = (text: string): boolean => writtenWith(text, LUGANDA_WORD, 3);

/** A Luganda page glossed into English. */
export const glossLuganda = (text: string): string => glossInTurn(text, CASED_RULES);
