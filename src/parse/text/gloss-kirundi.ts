import { glossInTurn, keepCase, monthNamer, monthOrNone, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Kirundi draw news glossed into the English the reader knows, in the shape of `gloss-kinyarwanda.ts` (docs/parser.md "Fula and
 * Kirundi"), whose language it is close to: day-first dates with its own months ("16 Ntwarante 2026" → "March 16, 2026", "ku wa 11
 * Nzero" → "on January 11"), weekdays ("Ku wa mbere itariki 16 …" → "Monday, …"), "uyu munsi" (today), "ejo" (yesterday, beside a
 * verb of the past), "iyi ndwi" (this week); rounds ("itombora" → draw, "amatombora atatu" → three draws, "itombora rya nomero 302"
 * → draw #302, "iryo ryabanje" → the previous draw); counts ("ryatumiye abantu 362" → invited 362 candidates, "yarungitse
 * ubutumire 3,200" → issued 3,200 invitations, "Abantu 5,500 bararonse ubutumire" → received invitations); cut-offs ("amanota make
 * ya CRS akaba 490" → the minimum CRS score was 490, "CRS ntoya 523", "ku manota 507"); hedges ("barenga" more than, "hafi"/"nka"
 * about, "gushika"/"agera kuri" up to). Kirundi's "Nyakanga" is September, Kinyarwanda's July: it stays as written. Words the
 * glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['nzero', 'January'],
  ['ruhuhuma', 'February'],
  ['ntwarante', 'March'],
  ['ndamukiza', 'April'],
  ['rusama', 'May'],
  ['ruheshi', 'June'],
  ['mukakaro', 'July'],
  ['[nm]yandagaro', 'August'],
  ['gitugutu', 'October'],
  ['munyonyo', 'November'],
  ['kigarama', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = '(Nzero|Ruhuhuma|Ntwarante|Ndamukiza|Rusama|Ruheshi|Mukakaro|Nyandagaro|Myandagaro|Gitugutu|Munyonyo|Kigarama)';
const YEAR = '((?:19|20)\\d\\d)';
/** "ku wa mbere" (Monday) … "ku wa gatandatu" (Saturday), "ku w'iyinga" (Sunday). */
const WEEKDAY: Readonly<Record<string, string>> = {
  mbere: 'Monday',
  kabiri: 'Tuesday',
  gatatu: 'Wednesday',
  kane: 'Thursday',
  gatanu: 'Friday',
  gatandatu: 'Saturday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const NUMBERS: Readonly<Record<string, string>> = { abiri: 'two', atatu: 'three', ane: 'four', atanu: 'five' };
const COUNT = WORD_COUNT;
const PEOPLE = "(?:abantu|abakandida|abasaba|abaganga|abazi\\s(?:neza\\s)?igifaransa|b['’]abazi\\sigifaransa)";
const DRAW = '(?:i|ama)?tombora';

const RULES: readonly GlossRule[] = [
  // A count with a dot between its thousands ("abantu 3.000"): the comma the reader reads.
  [words(`(${PEOPLE}|ubutumire)\\s(\\d{1,3})\\.(\\d{3})(?![.,]?\\d)`), '$1 $2,$3'],
  // Weekdays before their day: "Ku wa mbere itariki 16 Ntwarante", "Ukuwa kane, 19 Ntwarante 2026", "Ku wa gatatu 18 Nzero".
  [words(`(?:ku\\s?wa|ukuwa)\\s(${WEEKDAYS}),?(?=[,\\s]+(?:itariki\\s)?\\d)`), (_, w = '') => ` ${WEEKDAY[w.toLowerCase()] ?? ''}, `],
  [words("ku\\sw['’]iyinga(?=[,\\s]+(?:itariki\\s)?\\d)"), ' Sunday, '],
  [words(`(?:ku\\s?wa|ukuwa)\\s(${WEEKDAYS})`), (_, w = '') => ` on ${WEEKDAY[w.toLowerCase()] ?? ''} `],
  [words("ku\\sw['’]iyinga"), ' on Sunday '],
  // Days: "16 Ntwarante 2026", "itariki 16 Ntwarante", "ryo ku wa 11 Nzero"; a month alone ("mu kwezi kwa Kigarama 2020").
  [
    words(String.raw`(?:(?:ku\swa|itariki)\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', d = '', m = '', y = '') => ` ${/^ku/i.test(all) ? 'on ' : ''}${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `,
  ],
  // Day first, as Burundi writes it: "11/10/2025" → October 11, 2025.
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  // A month's account: "Incamake y'ukwezi kwa Ntwarante 2026" (monthly recap of March 2026).
  [words("incamake\\sy['’]ukwezi(?:\\skwa)?"), ' Monthly recap of '],
  [words(`(?:mu\\s)?kwezi\\skwa\\s${MONTH}`), (_, m = '') => ` in ${month(m)} `],
  [words(MONTH), (m = '') => ` ${month(m)} `],
  [words('saa(?=\\s\\d{1,2}:\\d{2})'), ' at '],
  [words('ku\\swa(?=\\s\\d)'), ' on '],
  // "uyu munsi" (today); "ejo" is yesterday or tomorrow: yesterday only beside a verb of the past.
  [words('uyu\\smunsi'), ' today '],
  [words('ejo\\shashize'), ' yesterday '],
  // "ejo bundi" is the day before yesterday (or after tomorrow): the day before yesterday only beside a verb of the past, else it stays.
  [words('ejo\\s?bundi(?=[\\s,:(—–-]+[^\\n.]{0,60}(?:yakoze|yatumiye|ryatumiye|yarungitse|bwarungitswe|bararonse|habaye))'), ' the day before yesterday '],
  [words('ejo(?!\\s?bundi)(?=[\\s,:(—–-]+[^\\n.]{0,60}(?:yakoze|yatumiye|ryatumiye|yarungitse|bwarungitswe|bararonse|habaye))'), ' yesterday '],
  // A round-up's heading: "Amatombora y'iyi ndwi:", "Amatombora (ya Express Entry) muri iyi ndwi:" (the heading the English reader reads).
  [words("amatombora\\s(?:ya\\sExpress\\sEntry\\s)?(?:y['’]iyi|muri\\siyi)\\sndwi(?=\\s*:)"), ' Draws this week '],
  [words('iyi\\sndwi|muri\\siyi\\sndwi'), ' this week '],
  [words('indwi\\siheze|indwi\\szahese'), ' last week '],
  [words('indwi\\siza|indwi\\szija'), ' next week '],
  // Bylines, recaps, guides and forecasts.
  [/(?<![\p{L}])(?:Yanditswe|Vyanditswe)\sna\s(?=\p{Lu})/gu, ' By '],
  [words('yanditswe|vyanditswe'), ' Published '],
  [words('incamake'), ' recap '],
  [words('ivyitezwe|vyitezwe|twizeye'), ' expected '],
  [words('akarorero'), ' for example '],
  [words('ubuyobozi|inyobora'), ' Guide '],
  // Rounds: "itombora rya nomero 302", "amatombora atatu", "itombora rya kabiri" (the second), "itombora ry'igifaransa".
  [words(`${DRAW}\\sry?a\\s(?:nomero\\s)?(\\d{1,3})(?!\\d|[,.]\\d|-)`), ' draw #$1 '],
  [words(`${DRAW}\\s(${Object.keys(NUMBERS).join('|')})`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`${DRAW}\\srya\\skabiri`), ' the second draw '],
  [words(`${DRAW}\\srya\\smbere`), ' the first draw '],
  [words(`${DRAW}\\sry['’](?:abazi\\s)?igifaransa`), ' French-language draw '],
  [words('iryo\\sryabanje|itombora\\sryabanje|itombora\\sriheruka'), ' the previous draw '],
  [words('itombora\\srikurikira|itombora\\srizokurikira'), ' the next draw '],
  [words('amatombora'), ' draws '],
  [words('i?tombora'), ' draw '],
  [words('rya'), ' for '],
  [words('yakoze|hakozwe'), ' held '],
  // The tie-break: "Itegeko ryo gutandukanya abanganya amanota".
  [words(String.raw`itegeko\sryo\sgutandukanya\sabanganya\samanota`), ' tie-breaking rule '],
  // Hedged counts, no count to the reader: "abantu barenga 110,000" (more than), "hafi ya 4,000", "nka 4,000" (about), "gushika 5,000", "agera kuri 50" (up to).
  [words(`(?:${PEOPLE}\\s)?(?:barenga|barengeje)\\s${COUNT}`), ' more than $1 candidates '],
  [words(`ubutumire\\s(?:burenga|burengeje)\\s${COUNT}`), ' more than $1 invitations '],
  [words(`(?:burenga|burengeje|arenga|arengeje|hejuru\\sya)\\s${COUNT}`), ' more than $1 '],
  [words(`(?:hafi\\s(?:ya\\s)?|nka\\s)${COUNT}`), ' about $1 '],
  [words(`(?:gushika\\s(?:kuri\\s)?|agera\\skuri\\s|bagera\\skuri\\s)${COUNT}`), ' up to $1 '],
  // Counts: "ryatumiye abantu 362", "yarungitse ubutumire 3,200", "Ubutumire 2,500 bwarungitswe", "Abantu 5,500 bararonse ubutumire".
  [words(`(?:ry|y)atumiye\\s${PEOPLE}\\s${COUNT}`), ' invited $1 candidates '],
  [words(`yarungitse\\subutumire\\s${COUNT}`), ' issued $1 invitations '],
  [words(`ubutumire\\s${COUNT}\\sbwarungitswe`), ' $1 invitations were issued '],
  [words(`${PEOPLE}\\s${COUNT}\\s(?:gusa\\s)?(?:bararonse|baronse|bahawe)\\subutumire`), ' $1 candidates received invitations '],
  [words(`${PEOPLE}\\s${COUNT}`), ' $1 candidates '],
  [words(`ubutumire\\s${COUNT}`), ' $1 invitations '],
  [words('ubutumire'), ' invitations '],
  [words('(?:ry|y)(?:ari\\sry)?atumiye'), ' invited '],
  // Cut-offs: "amanota make ya CRS ari 507", "amanota make akaba 472", "amanota make 742", "CRS ntoya 523", "ku manota 507".
  [words(`amanota\\smake(?:\\sya\\sCRS)?\\s(?:ari|ni|akaba|yari)\\s${COUNT}`), ' the minimum CRS score was $1 '],
  [words('amanota\\smake(?:\\sya\\sCRS)?|CRS\\sntoya'), ' minimum CRS score '],
  [words(`ku\\smanota\\s${COUNT}`), ' with a minimum CRS score of $1 '],
  [words('amanota'), ' points '],
  // Programs.
  [words('(?:ku\\s)?(?:bantu\\s)?(?:abazi|bazi|bavuga)\\s(?:neza\\s)?igifaransa|igifaransa'), ' French-language '],
  [words("abakozi\\sbo\\smu\\svy['’]amagara|vy['’]amagara"), ' healthcare '],
  [words("ry['’]amaporogarama\\syose|amaporogarama\\syose"), ' for all programs '],
  [words('abaganga'), ' physicians '],
  [words('intara'), ' province '],
  [words('Kanada'), ' Canada '],
  [words('gusa'), ' only '],
  [words('ryari|yari'), ' was '],
  [words('canke'), ' or '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Kirundi writes among the languages the reader glosses: none of Kinyarwanda's ("tombola", "icyumweru", "bafite"). */
const KIRUNDI_WORD = words(
  "itombora|amatombora|tombora|canke|ndwi|indwi|ntoya|ingene|bararonse|baronse|abaronse|turakeje|kuronka|yarungitse|bwarungitswe|bafise|afise|ivyo|vyose|vy['’]|ivy['’]|iryo|ryabanje|akarorero|Ikirundi|Uburundi|Abarundi|Nzero|Ruhuhuma|Ntwarante|Ndamukiza|Rusama|Ruheshi|Mukakaro|Myandagaro|Nyandagaro|Gitugutu|Munyonyo|Kigarama|ukuwa|iyinga|ngaha|iciyumviro|hakurikiye",
);
/** What Kinyarwanda writes and Kirundi does not ("cy", "shy": "icyumweru", "cyane", "Gashyantare"; "tombola", "bafite", "by'"). */
const KINYARWANDA_MARK = /\p{L}*(?:cy|shy)\p{L}*|tombola|bafite|(?<!\p{L})by['’]/giu;
const SHARED_OR_OWN = new RegExp(`${KIRUNDI_WORD.source}|(?<![\\p{L}\\d])(?:uyu|munsi|ubutumire|amanota|abantu|Kanada|make|ejo|yakoze|yatumiye)(?![\\p{L}\\d])`, 'giu');
const TOMBORA = /tombora/;
const NTOYA = /ntoya/;
/**
 * A cheap first test: two literals, "tombora" ("itombora", "amatombora": a draw, draws; Kinyarwanda writes "tombola") or "ntoya"
 * (small: "CRS ntoya 523"), which a Kirundi draw report writes and an English page never.
 */
export const KIRUNDI_HINT = { test: (text: string): boolean => TOMBORA.test(text) || NTOYA.test(text) };

/**
 * Kirundi's own words, three different (or, a short post, one making up a sixth of the words with the ones it shares with
 * Kinyarwanda: "uyu munsi", "ubutumire", "Kanada"), and fewer of Kinyarwanda's spellings than of them.
 */
export function isKirundi(text: string): boolean {
  const own = (text.match(KIRUNDI_WORD) ?? []).length;
  if (own === 0 || (text.match(KINYARWANDA_MARK) ?? []).length * 2 >= own) return false;
  return writtenWith(text, KIRUNDI_WORD, 3) || writtenWith(text, SHARED_OR_OWN, 4);
}

/** A Kirundi page glossed into English. */
export const glossKirundi = (text: string): string => glossInTurn(text, CASED_RULES);
