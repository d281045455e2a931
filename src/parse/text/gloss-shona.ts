import { glossInTurn, keepCase, monthNamer, monthOrNone, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Shona draw news glossed into the English the reader knows, in the shape of `gloss-kinyarwanda.ts` (docs/parser.md "Shona and
 * Irish"): day-first dates with its months ("5 Nyamavhuvhu 2026" → "August 5, 2026", "Musi wa6 Chikunguru" → "on July 6"),
 * weekdays ("Chitatu" → "Wednesday"), "nhasi" (today), "nezuro" (yesterday), "svondo rino" (this week); rounds ("ma draw
 * maviri" → two draws); counts ("vanhu 507 vakakokwa" → 507 candidates were invited, "ichikoka vanhu 4,000" → inviting 4,000
 * candidates, "yakapa ITAs 3,000" → issued 3,000 invitations); cut-offs ("Mamaki eCRS akaderera aive 391" → the minimum CRS
 * score was 391, "CRS yakaderera 768", "pamamaki eCRS 516" → with a minimum CRS score of 516); the class prefix glued to an
 * English name ("yeFrench-language", "eExpress Entry", "muCanada"); recap and guide words. Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['ndira', 'January'],
  ['kukadzi', 'February'],
  ['kurume', 'March'],
  ['kubvumbi', 'April'],
  ['chivabvu', 'May'],
  ['chikumi', 'June'],
  ['chikunguru', 'July'],
  ['nyamavhuvhu', 'August'],
  ['gunyana', 'September'],
  ['gumiguru', 'October'],
  ['mbudzi', 'November'],
  ['zvita', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = '(Ndira|Kukadzi|Kurume|Kubvumbi|Chivabvu|Chikumi|Chikunguru|Nyamavhuvhu|Gunyana|Gumiguru|Mbudzi|Zvita)';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  muvhuro: 'Monday',
  chipiri: 'Tuesday',
  chitatu: 'Wednesday',
  china: 'Thursday',
  chinā: 'Thursday',
  chishanu: 'Friday',
  mugovera: 'Saturday',
};
const WEEKDAYS = 'Muvhuro|Chipiri|Chitatu|China|Chinā|Chishanu|Mugovera';
const NUMBERS: Readonly<Record<string, string>> = { maviri: 'two', matatu: 'three', mana: 'four', mashanu: 'five' };
const COUNT = WORD_COUNT;
const PEOPLE = '(?:vanhu|vanyoreri|vakwikwidzi)';
/** Inviting: "yakakoka"/"yakoka" (invited), "ichikoka" (inviting), "ichipa … mikana" (giving … chances). */
const INVITED = '(?:yakakoka|yakoka)';

const RULES: readonly GlossRule[] = [
  // Weekdays beside their day: "Chitatu, 5 Nyamavhuvhu 2026", "(Chipiri, 4 Nyamavhuvhu)", "Muvhuro 15/09/2025".
  [words(`(${WEEKDAYS}),?(?=\\s\\d)`), (_, w = '') => ` ${WEEKDAY[w.toLowerCase()] ?? ''}, `],
  // Days: "5 Nyamavhuvhu 2026", "Musi wa6 Chikunguru 2022" (on July 6, 2022), "muna Zvita 2023", day first "15/09/2025".
  [
    words(String.raw`(?:(?:musi\s)?wa\s?)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', d = '', m = '', y = '') => (/^(?:musi|wa)/i.test(all) ? ' on' : '') + (namedMonthDay(d, month(m), y) || ` ${all} `),
  ],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`muna\\s${MONTH}`), (_, m = '') => ` in ${month(m)} `],
  [words(`muna(?=\\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)`), ' in '],
  [words(MONTH), (m = '') => ` ${month(m)} `],
  // "nhasi" (today), "nezuro" (yesterday), "svondo rino" (this week), "svondo rapfuura" (last week).
  [words('nhasi'), ' today '],
  [words('kumberi\\skwanezuro'), ' the day before yesterday '],
  [words('nezuro'), ' yesterday '],
  [words('mangwana'), ' tomorrow '],
  [words('(?:mu)?svondo\\srino|muvhiki\\sino|vhiki\\sino'), ' this week '],
  [words('(?:mu)?svondo\\srapfuura|vhiki\\srapfuura'), ' last week '],
  [words('(?:mu)?svondo\\srinotevera|vhiki\\sinotevera'), ' next week '],
  [words('muvhiki\\simwe\\schete'), ' in the same week '],
  // Guides, recaps, forecasts.
  [words('gwaro|maitiro'), ' Guide '],
  [words('semuenzaniso'), ' for example '],
  [words(`nhoroondo\\syegore\\sra\\s?${YEAR}`), ' $1 year in review '],
  [words(`muna\\s${YEAR}`), ' in $1 '],
  [words('nhoroondo'), ' Review '],
  [words('pfupiso(?:\\syemwedzi)?'), (all = '') => (/mwedzi/i.test(all) ? ' monthly recap ' : ' recap ')],
  [words('fungidziro|kufanotaura|zvinotarisirwa|tinotarisira'), ' forecast '],
  // Rounds: "Ma draw maviri" (two draws), "draw #431".
  [words(`ma\\sdraw\\s(${Object.keys(NUMBERS).join('|')})`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('ma\\sdraws?|ma\\scategory\\sdraws'), ' draws '],
  [words('yakaita|yaita|vakaita'), ' held '],
  // Hedged counts, no count to the reader: "vanhu vanosvika 2,000" (up to 2,000), "vanhu vanopfuura 450" (more than 450).
  [words(`(?:${PEOPLE}\\s)?va(nosvika|nopfuura)\\s${COUNT}`), (_, h = '', n = '') => ` ${h === 'nosvika' ? 'up to' : 'more than'} ${n} candidates `],
  [words('anopfuura'), ' more than '],
  [words('ichikoka(?=\\s(?:up\\sto|more\\sthan)\\s)'), ' inviting '],
  // Counts: "vanhu 507 vakakokwa", "ichikoka vanhu 4,000", "yakakoka vanhu 5,900", "ichipa vanhu 5,000 mikana yekunyorera", "yakapa ITAs 3,000".
  [words(`ichipa\\s${PEOPLE}\\s${COUNT}\\smikana(?:\\syekunyorera)?`), ' inviting $1 candidates '],
  [words(`ichikoka\\s${PEOPLE}\\s${COUNT}`), ' inviting $1 candidates '],
  [words(`${INVITED}\\s${PEOPLE}\\s${COUNT}`), ' invited $1 candidates '],
  [words(`${PEOPLE}\\s${COUNT}\\svakakokwa`), ' $1 candidates were invited '],
  [words(`${COUNT}\\svakakokwa`), ' $1 candidates invited '],
  [words(`yakapa\\sITAs?\\s${COUNT}`), ' issued $1 invitations '],
  [words(`ITAs?\\s${COUNT}`), ' $1 invitations '],
  // A list's line "PNP: vanhu 228, CRS 746": the people of a draw's line are those it invited.
  [words(`${PEOPLE}\\s${COUNT}(?=,\\sCRS\\s\\d)`), ' $1 invitations '],
  [words(`${PEOPLE}\\s${COUNT}`), ' $1 candidates '],
  [words('vakakokwa|vakokwa'), ' were invited '],
  [words(INVITED), ' invited '],
  // Cut-offs: "Mamaki eCRS akaderera (zvakanyanya) aive 391", "CRS yakaderera 768", "CRS yakaderera: 475", "pamamaki eCRS 516", "pa561".
  [words(`mamaki\\se?CRS\\sakaderera(?:\\szvakanyanya)?\\saive\\s${COUNT}`), ' the minimum CRS score was $1 '],
  [words('mamaki\\se?CRS\\sakaderera(?:\\szvakanyanya)?|CRS\\syakaderera(?:\\szvakanyanya)?'), ' minimum CRS score '],
  [words(`pamamaki\\se?CRS\\s${COUNT}`), ' with a minimum CRS score of $1 '],
  [/(?<![\p{L}\d])pa(\d{3})(?!\d)/gu, ' at $1 '],
  [words('mamaki\\se?CRS'), ' CRS scores '],
  [words('mamaki'), ' scores '],
  // The tie-break's label: "Nguva yetie-break:" (the tie-break's time).
  [words('nguva\\s(?:ye)?tie-break'), ' Tie-break time '],
  // The class prefix glued to an English name: "yeFrench-language", "eExpress Entry", "muCanada", "paIRCC", "dzeCanada".
  [/(?<![\p{L}\d])(?:ye|we|re|dze|ze|e)(?=\p{Lu}\p{L})/gu, ''],
  [/(?<![\p{L}\d])mu(?=\p{Lu}\p{L})/gu, 'in '],
  [/(?<![\p{L}\d])pa(?=\p{Lu}\p{L})/gu, 'on '],
  [/(?<![\p{L}\d])chi(?=French\b)/gu, ''],
  // Programs.
  [words('vanotaura\\schiFrench|kwevanotaura\\schiFrench|vanotaura\\sFrench|kwevanotaura\\sFrench'), ' French-language speakers '],
  [words('varapi(?:\\svechikoro)?|vadzidzisi'), ' teachers '],
  [words('vanoita\\smabasa\\semaoko|mabasa\\semaoko'), ' trades '],
  [words('vanamukoti|vezvehutano|zvehutano|hutano'), ' healthcare '],
  [words('vane\\sbasa\\smuCanada|vane\\sbasa\\sin\\sCanada'), ' with Canadian work experience '],
  [words('Australia|Ositireriya'), ' Australia '],
  [words('dunhu'), ' province '],
  [words('chete'), ' only '],
  [words('aive|yaive'), ' was '],
  [words('uye|ne'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Shona writes among the languages the reader glosses (its draw words, months, days and short words). */
const SHONA_WORD = words(
  'nhasi|nezuro|vanhu|vakakokwa|inotevera|kusvika|ichave|hazvisi|chokwadi|fungidziro|pfupiso|gwaro|semuenzaniso|zvinoreva|kubva|ipapo|vakokwa|yakakoka|ichikoka|kukokwa|mamaki|pamamaki|akaderera|yakaderera|yakaita|yaita|svondo|rino|nhau|uye|kana|kuti|izvi|iyi|zvakanyanya|aive|mwedzi|gore|chete|vane|makorokoto|kune|vese|vanyoreri|vakwikwidzi|Ndira|Kukadzi|Kurume|Kubvumbi|Chivabvu|Chikumi|Chikunguru|Nyamavhuvhu|Gunyana|Gumiguru|Mbudzi|Zvita|Muvhuro|Chipiri|Chitatu|Chishanu|Mugovera',
);
const VANHU = /vanhu/;
const KOKW = /kokw/;
/**
 * A cheap first test: two literals, "vanhu" (people: "vanhu 507 vakakokwa", "ichikoka vanhu 4,000") or "kokw" ("vakakokwa",
 * "vakokwa", "kukokwa": were invited, which also catches "Vanhu 5,000 vakakokwa" and "Vakwikwidzi 955 vakakokwa"), which a Shona
 * draw report writes and an English page about never. About 0.3–0.9 µs together on an English page; "akokwa", which ends in a
 * letter English writes everywhere, cost 2–4 µs more, and an alternation of five words 5 to 8 µs.
 */
export const SHONA_HINT = { test: (text: string): boolean => VANHU.test(text) || KOKW.test(text) };

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isShona = (text: string): boolean => writtenWith(text, SHONA_WORD, 5);

/** A Shona page glossed into English. */
export const glossShona = (text: string): string => glossInTurn(text, CASED_RULES);
