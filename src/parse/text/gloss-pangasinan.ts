import { glossInTurn, keepAnyCase, monthNamer, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Pangasinan draw news glossed into the English the reader knows, in the shape of `gloss-kikuyu.ts` (docs/parser.md "Pangasinan
 * and Cornish"): its months, Spanish-born as Tagalog's ("Agosto 18, 2026", "Hulyo 7", "Dis. 8" → August 18, 2026, July 7, December
 * 8) and weekdays ("Lunes", "Miyerkoles" → Monday, Wednesday), "natan ya agew" (today), "agew ya akalabas" (yesterday), "ed sayan
 * simba" (this week); rounds ("baloy ya draw" → a new draw, "duaran draw" → two draws, "Bilang 250 ya round" → round #250,
 * "inmanggaw so IRCC na" → IRCC held); counts ("1,000 ya invitations" → 1,000 invitations, "Bilang na invitation:" → Number of
 * invitations:); cut-offs ("Pinaka-abebay ya CRS" → lowest CRS score, "say minimum CRS et 523" → the minimum CRS was 523); a year's
 * account ("Lingwanen tayo so 2024" → Year in review 2024); hedges ("manga"/"ngalngali" about, "lalo ed" more than, "anggad" up to).
 * Unknown words stay.
 */

const MONTHS: MonthTable = [
  ['enero|ene\\.', 'January'],
  ['pebrero|febrero|peb\\.', 'February'],
  ['marso', 'March'],
  ['abril|abr\\.', 'April'],
  ['mayo', 'May'],
  ['hunyo|junio', 'June'],
  ['hulyo|julio', 'July'],
  ['agosto', 'August'],
  ['setyembre|septiembre|sept\\.', 'September'],
  ['oktubre|octubre|okt\\.', 'October'],
  ['nobyembre|noviembre|nob\\.', 'November'],
  ['disyembre|diciembre|dis\\.', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: MonthTable = [
  ['lunes', 'Monday'],
  ['martes', 'Tuesday'],
  ['miyerkoles|mierkoles', 'Wednesday'],
  ['huwebes|hwebes', 'Thursday'],
  ['biernes|byernes', 'Friday'],
  ['sabado', 'Saturday'],
  ['domingo', 'Sunday'],
];
const weekdayOf = monthNamer(WEEKDAY, 'i');
const WEEKDAYS = `(${WEEKDAY.map(([p]) => p).join('|')})`;
const NUMBERS: Readonly<Record<string, string>> = { duaran: 'two', duara: 'two', taloran: 'three', talora: 'three', apatiran: 'four', apatira: 'four' };
const COUNT = WORD_COUNT;
/** "ya" joining a count or a word to its noun ("1,000 ya invitations", "PNP-only ya round"): dropped. */
const YA = '(?:\\sya)?';

const RULES: readonly GlossRule[] = [
  // A year's account: "Lingwanen tayo so 2024" (let us look back at 2024).
  [words(`lingwanen\\stayo\\sso\\s${YEAR}`), ' Year in review $1: '],
  // A month's account: "Balita ed sayan bulan" (this month's news), "nen Hulyo 2026" (in July 2026), "walon draw" (eight draws),
  // "Say pinaka-baleg et" (the largest was): context, not a round of the day.
  [words('balita\\sed\\s(?:sayan|akalabas\\sya)\\sbulan'), ' Monthly recap '],
  [words(`nen\\s${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` in ${month(m)} ${y} `],
  [words('(walo|walon|anem|anemin|lima|limaran)\\s(?:ya\\s)?(?:draw|round)s?'), (_, n = '') => ` ${/^wa/i.test(n) ? 'eight' : /^an/i.test(n) ? 'six' : 'five'} draws `],
  [words('say\\spinaka-?baleg(?:\\sya\\s(?:draw|round))?\\set'), ' the largest was '],
  // A round-up's head: "Saray draw ed sayan simba ed Express Entry:" (the draws this week in Express Entry).
  [words('saray\\s(?:draw|round)\\sed\\ssayan\\ssimba(?:\\sed\\sExpress\\sEntry)?'), ' Express Entry draws this week '],
  // Days: "Agosto 18, 2026", "Hulyo 7", "18 Agosto 2026", "Dis. 8", "Miyerkoles, Disyembre 10".
  [words(`${WEEKDAYS},?\\s(?=${MONTH}\\s?\\d)`), (_, w = '') => ` ${weekdayOf(w)}, `],
  [new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s?(\\d{1,2})(?:,?\\s${YEAR})?(?![\\p{L}\\d])`, 'giu'), (all = '', m = '', d = '', y = '') => namedMonthDay(d, month(m), y) || ` ${all} `],
  [words(`(\\d{1,2})\\s${MONTH}(?:,?\\s${YEAR})?`), (all = '', d = '', m = '', y = '') => namedMonthDay(d, month(m), y) || ` ${all} `],
  [words(`${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [words(`nen\\s${WEEKDAYS}`), (_, w = '') => ` on ${weekdayOf(w)} `],
  [words(WEEKDAYS), (_, w = '') => ` ${weekdayOf(w)} `],
  // "natan ya agew" (today), "nen agew ya akalabas", "akalabas ya agew" (yesterday), "nabuas" (tomorrow), "ed sayan simba" (this week).
  // "nen duaran agew ya akalabas" (two days ago) before "agew ya akalabas": the day before yesterday, not yesterday.
  [words('(?:nen\\s)?duara(?:n|y)?\\sagew\\sya\\sakalabas'), ' the day before yesterday '],
  [words('(?:nen\\s)?agew\\sya\\sakalabas|akalabas\\sya\\sagew'), ' yesterday '],
  [words('nabuas'), ' tomorrow '],
  [words('(?:ed\\s)?sayan\\ssimba'), ' this week '],
  [words('(?:ed\\s)?akalabas\\sya\\ssimba'), ' last week '],
  [words('(?:ed\\s)?sayan\\sbulan'), ' this month '],
  // Rounds: "Duaran draw" (two draws), "Sakey lamay draw" (only one draw), "baloy ya draw" (a new draw), "Bilang 250 ya round".
  [words(`(${Object.keys(NUMBERS).join('|')})\\s(?:ya\\s)?(?:draw|round)s?`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('sakey\\s(?:lamay|labat\\sya)\\s(?:draw|round)'), ' only one draw '],
  [words('sakey\\sya\\s(?:draw|round)'), ' one draw '],
  [words('walay\\sbaloy\\sya\\s(draw|round)'), ' there is a new $1 '],
  [words('baloy\\sya\\s(draw|round)'), ' new $1 '],
  [words(`bilang\\s(\\d{1,3})\\sya\\s(?:draw|round)`), ' round #$1 '],
  [words('(?:draw|round)\\sya\\ssumunod|sumunod\\sya\\s(?:draw|round)'), ' the next draw '],
  [words('kapigan'), ' when '],
  [words('anggapo\\sni\\sso'), ' no '],
  [words('anggapo\\s(?:ya\\s)?(?:draw|round)'), ' there was no draw '],
  [words('walay(?=\\s(?:[\\w-]+\\s)?(?:draw|round))'), ' there was '],
  [words(`(draw|round)\\sya\\s${COUNT}\\sed\\s${COUNT}`), ' $1 of $2 at $3 '],
  [words('inmanggaw\\sso\\sIRCC\\sna'), ' IRCC held an '],
  [words('inmanggaw'), ' held '],
  // Hedges, no count to the reader: "manga 3,000", "ngalngali 3,000" (about), "lalo ed 3,000" (more than), "anggad 5,000" (up to).
  [words(`(?:manga|ngalngali|kurang-kurang|mga)\\s${COUNT}`), ' about $1 '],
  [words(`(?:lalo\\sni\\sed|lalo\\sed|labi\\sed|sobra\\sed)\\s${COUNT}`), ' more than $1 '],
  [words(`anggad\\s(?:ed\\s)?${COUNT}`), ' up to $1 '],
  // Cut-offs: "Pinaka-abebay ya CRS: 750", "say minimum CRS et 523", "Minimum ya score: 520 puntos".
  [words('pinaka-?abebay\\sya\\s(?:CRS|score|puntos)'), ' minimum CRS score '],
  [words(`say\\sminimum\\s(CRS|score)\\set\\s${COUNT}`), ' the minimum $1 was $2 '],
  [words('minimum\\sya\\s(CRS|score)'), ' minimum $1 '],
  [words(`say\\stie-break\\set`), ' the tie-break was '],
  [words(`${COUNT}\\spuntos`), ' $1 points '],
  // Counts: "1,000 ya invitations", "507 ya ITA", "Bilang na invitation: 6,000", "naimbitaan" (those invited).
  [words(`${COUNT}\\sya\\s(invitations?|ITAs?|imbitasyon)`), (_, n = '', w = '') => ` ${n} ${/^imb/i.test(w) ? 'invitations' : w} `],
  [words('bilang\\sna\\s(?:invitations?|imbitasyon)'), ' Number of invitations '],
  [words('imbitasyon'), ' invitations '],
  [words('naimbitaan'), ' invited candidates '],
  [words(`(PNP-only|CEC|all-program|French|STEM|healthcare)${YA}\\s(round|draw)`), ' $1 $2 '],
  // "say CEC et say balita natan ya simba" and the like: the page's other words the reader needs.
  [words('say\\sbalita'), ' the news '],
  [words('et(?=\\sthe\\snews)'), ' is '],
  [words('balita'), ' News '],
  [words('ed\\samin'), ' to all '],
  [words('tan'), ' and '],
];
/** "natan ya agew" (today), "natan ya simba" (this week): capitalized only as "Natan" is ("CEC DRAW NATAN ya agew!" → "CEC DRAW today!"). */
const TITLED = (english: string) => (all: string) => (/^\s*(?:ed\s)?N[a-z]/.test(all) ? ` ${english.replace(/^t/, 'T')} ` : ` ${english} `);
const CASED_RULES: readonly GlossRule[] = [[words('(?:ed\\s)?natan\\sya\\sagew'), TITLED('today')], [words('(?:ed\\s)?natan\\sya\\ssimba'), TITLED('this week')], ...RULES.map(keepAnyCase)];

/** Words only Pangasinan writes among the languages the reader glosses (not Tagalog's "amin", "bilang", "sumunod", Cebuano's "walay", Ilocano's "dua"). */
const PANGASINAN_WORD = words(
  'ya(?=\\s(?:invitations?|ITAs?|imbitasyon|draw|round|agew|simba|akalabas))|natan|agew|akalabas|sayan|simba|saray|sakey|duaran|duara|talora|taloran|apatira|anggapo|kapigan|inmanggaw|pinaka-?abebay|abebay|pinaka-?baleg|baloy|naimbitaan|kabaleyan|sikayon?|lingwanen|nalingwanan|agtayo|agyo|amta|nabuas|nen|ed|tan|et|lamay|labat|anggad|ngalngali|manang|naimbag|iyaliwa|angipapasiguro|pampanonotan|tepet',
);
/**
 * A cheap first test: " ed " (Pangasinan's preposition, on every page: "ed Canada", "ed sayan simba", "ed amin") or "agew" (day), which
 * neither Tagalog, Ilocano, Cebuano nor Malay writes.
 */
export const PANGASINAN_HINT = / ed |agew/;

/** Eight of the words, four of them different, or (a short post) four different making up a sixth of its words. */
export const isPangasinan = (text: string): boolean => writtenWith(text, PANGASINAN_WORD, 4) && !QUOTING.test(text);
/** An English sentence quoting the words: "means", "is Pangasinan for". */
const QUOTING = /\bmeans\b|\bPangasinan for\b|\bin Pangasinan\b/i;

/** A Pangasinan page glossed into English, the spaces the rules leave at a line's ends and before "!" taken away. */
export const glossPangasinan = (text: string): string =>
  glossInTurn(text, CASED_RULES)
    .replace(/^ +| +$/gm, '')
    .replace(/ ([!?])/g, '$1');
