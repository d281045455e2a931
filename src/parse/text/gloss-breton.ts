import { glossInTurn, keepCase, monthNamer, monthOrNone, namedMonthDay, type GlossRule, type MonthTable, WORD_COUNT, words, writtenWith } from './gloss-rules.ts';

/**
 * Breton draw news glossed into the English the reader knows, in the shape of `gloss-welsh.ts` (docs/parser.md "Faroese and
 * Breton"): dates with their months ("19 a viz Eost 2026" → "August 19, 2026", "25 Mezheven 2026", "1añ a viz C'hwevrer",
 * "11/07/2026", day first), weekdays ("d'ar Merc'her" → "on Wednesday"), "hiziv" (today), "dec'h" (yesterday), thousands with a
 * space ("5 000" → "5,000"), counts and their nouns ("pedadenn" → "invitations", "den" → "candidates", "poent" → "points"),
 * cut-offs ("ur skor CRS izelañ a 382", "475 poent d'an nebeutañ"), rounds ("(niverenn 49)" → "(draw #49)", "un dro" → "a draw"),
 * the tie-break ("Reolenn an dispartiañ"), programs and the words of a draw report. Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['genver', 'January'],
  ["c['’]hwevrer", 'February'],
  ['meurzh', 'March'],
  ['ebrel', 'April'],
  ['mae', 'May'],
  ['(?:mezh)?even', 'June'],
  ['gou(?:h)?ere', 'July'],
  ['eost', 'August'],
  ['gwengolo', 'September'],
  ['here', 'October'],
  ['du', 'November'],
  ['kerzu', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month after "a viz" / "miz" (every month, "Du" too). */
const MONTH = "(Genver|C['’]hwevrer|Meurzh|Ebrel|Mae|Mezheven|Even|Gouhere|Gouere|Eost|Gwengolo|Here|Du|Kerzu)";
/** A month right after its day, without "a viz": not "Du" (black), "Mae", "Here" alone. */
const MONTH_OF_DAY = "(Genver|C['’]hwevrer|Meurzh|Ebrel|Mezheven|Gouhere|Gouere|Eost|Gwengolo|Kerzu)";
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = { lun: 'Monday', meurzh: 'Tuesday', "merc'her": 'Wednesday', yaou: 'Thursday', gwener: 'Friday', sadorn: 'Saturday', sul: 'Sunday' };
const WEEKDAYS = "(Lun|Meurzh|Merc['’]her|Yaou|Gwener|Sadorn|Sul)";
const PEOPLE = "(?:den|tud|dud|c['’]hallegerien|kenniger(?:ien)?|ginniger(?:ien)?|goulenner(?:ien)?|c['’]houlenner(?:ien)?)";
const INVITATIONS = '(?:[pb]edadenn(?:où)?)';
const ROUND = '(?:tro|dro)';
const ROUNDS = '(?:troioù|droioù)';
const NUMBERS: Readonly<Record<string, string>> = { daou: 'two', div: 'two', tri: 'three', teir: 'three', pevar: 'four', peder: 'four', pemp: 'five' };

const RULES: readonly GlossRule[] = [
  // Thousands with a space: "5 000", "1 936" (not a day's year: "Eost 2026" has no digit before it).
  [/(?<![\d,]|\d )\b(\d{1,3}) (\d{3})(?![\d,]|[.:/]\d| \d)/g, (_, a = '', b = '') => `${a},${b}`],
  // Weekdays: "d'ar Merc'her 19 a viz Eost" (on Wednesday, August 19), "d'ar Gwener", "d'ar Yaou".
  [words(String.raw`d['’]a[rl]\s${WEEKDAYS}(?!\s(?:a\s)?viz)`), (_, w = '') => ` on ${WEEKDAY[w.toLowerCase().replace('’', "'")] ?? ''} `],
  // Days: "19 a viz Eost 2026", "1añ a viz C'hwevrer", "25 Mezheven 2026", "8 Gwengolo 2023", "11/07/2026" (day first).
  [words(String.raw`(?:d['’]a[rn]\s)?(\d{1,2})(?:añ|vet)?\sa\sviz\s${MONTH}(?:,?\s${YEAR})?`), (all = '', d = '', m = '', y = '') => namedMonthDay(d, month(m), y) || all],
  [words(String.raw`(?:d['’]a[rn]\s)?(\d{1,2})(?:añ|vet)?\s${MONTH_OF_DAY}(?:,?\s${YEAR})?`), (all = '', d = '', m = '', y = '') => namedMonthDay(d, month(m), y) || all],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  // A month's account: "Bilañs miz Gouere 2026" (Summary of July 2026), before "miz Gouere" is read as "in July".
  [words(`(?:bilañs|berradur)\\s(?:ar\\s)?miz\\s${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` Summary of ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`(?:e\\s)?miz\\s${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` in ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`da(?=\\s\\d{1,2}:\\d{2})`), ' at '],
  [words("petra\\sa\\sc['’]hortoz"), ' Forecast: what to expect from '],
  [words(`niverennoù\\san\\s${ROUNDS}\\s?:\\s(\\d{1,3})\\sha\\s(\\d{1,3})`), ' draws #$1 and #$2 '],
  [words(`(?:bilañs|berradur)\\s(?:ar\\sbloaz\\s)?${YEAR}|${YEAR}\\s(?:e\\s)?(?:bilañs|berradur)`), (_, a = '', b = '') => ` ${a || b} year in review `],
  [words(`(?:bloaz|bloavezh)\\s${YEAR}(?:\\se[n]?\\sExpress\\sEntry)?\\s?:?\\s(?:ar\\s)?(?:bilañs|berradur)`), ' $1 year in review '],
  [words(`e\\s${YEAR}(?!\\d)`), ' in $1 '],
  [words('(?:bilañs|berradur)\\s(?:ar\\s)?miz|(?:bilañs|berradur)\\s(?:ar\\s)?sizhun'), ' monthly recap '],
  [words('bilañs|berradur'), ' review '],
  [words('sturlevr|kelenn|alioù'), ' Guide '],
  [words('da\\sskouer'), ' for example '],
  [words("diougan(?:où)?|rakwel|a\\sc['’]hortoz|gortoz|c['’]hortoz"), ' expected '],
  [words("derc['’]hent[-\\s]dec['’]h"), ' the day before yesterday '],
  [words("dec['’]h"), ' yesterday '],
  [words('hiziv(?:\\san\\sdeiz)?'), ' today '],
  [words("warc['’]hoazh"), ' tomorrow '],
  [words('ar\\ssizhun-mañ|er\\ssizhun-mañ|ar\\ssizhun\\smañ'), ' this week '],
  [words('ar\\ssizhun\\s(?:a\\s)?dremenet|ar\\ssizhun\\sdiwezhañ'), ' last week '],
  [words('ar\\ssizhun\\sa\\szeu'), ' next week '],
  // A change of cut-off: "Kresket eo ar skor izelañ eus 516 betek 523" (rose from 516 to 523; not "up to 523"), "diskennet … eus 520 da 517".
  [
    words(String.raw`(kresket|uhelaet|diskennet|izelaet)\s(?:eo|e\s?oa)\s(?:ar\s)?skor\s(?:CRS\s)?izelañ\seus\s(\d{2,4})\s(?:betek|da)\s(\d{2,4})(?![\d,])`),
    (_, v = '', a = '', b = '') => ` the minimum CRS score ${/^(?:kresket|uhelaet)/i.test(v) ? 'rose' : 'fell'} from ${a} to ${b} `,
  ],
  // Hedged counts: "war-dro 4 000" (about), "ouzhpenn"/"muioc'h eget" (more than), "betek" (up to), "tost da" (nearly).
  [words('(?:war-dro|war\\sdro|tro[-\\s]dro(?:\\sda)?|e-tro)(?=\\s\\d)'), ' about '],
  [words("(?:ouzhpenn|muioc['’]h\\seget|muioc['’]h\\sevit)(?=\\s\\d)"), ' more than '],
  [words('(?:betek|bete)(?=\\s\\d)'), ' up to '],
  [words('(?:tost\\sda|kazi)(?=\\s\\d)'), ' nearly '],
  // Rounds: "(niverenn 49)", "an niverenn 437" (draw #437), "Daou dro", "un dro nevez", "an dro-mañ" (this draw).
  [words('(?:an\\s)?niverenn\\s(\\d{1,3})(?!\\d|,\\d)'), ' draw #$1 '],
  [words(`(daou|div|tri|teir|pevar|peder|pemp)\\s${ROUND}`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`an\\s${ROUND}\\s(?:\\p{L}+\\s)?(?:diwezhañ|a-raok|kent|tremenet)`), ' the previous draw '],
  [words(`an\\s${ROUND}\\s(?:\\p{L}+\\s)?(?:a\\szeu|da\\szont|war-lerc['’]h)`), ' the next draw '],
  [words(`an\\s${ROUND}-mañ`), ' this draw '],
  [words(`un\\s${ROUND}\\sall`), ' another draw '],
  [words(`un\\s${ROUND}(?:\\snevez)?`), ' a draw '],
  [words(`an\\s${ROUND}`), ' the draw '],
  [words(ROUNDS), ' draws '],
  [words(`${ROUND}-bedadennoù|${ROUND}`), ' draw '],
  [words('ez\\seus\\sbet|e\\soa\\sbet'), ' there was '],
  // Invitations: "en deus pedet IRCC 7 000 den" (IRCC invited 7,000 candidates), "pedet Kanada 271 mezeg", "5 000 pedadenn a zo bet kaset".
  [
    words(`(?:en|he|o)\\s(?:deus|deve|doa|devoa|deveus)\\spedet\\s(IRCC|Kanada)\\s${WORD_COUNT}\\s(mezeg(?:ed)?|${PEOPLE})`),
    (_, who = '', n = '', p = '') => ` ${who} invited ${n} ${/^mezeg/i.test(p) ? 'physicians' : 'candidates'} `,
  ],
  [words(`(?:en|he|o)\\s(?:deus|deve|doa|devoa)\\spedet\\s${WORD_COUNT}\\s${PEOPLE}`), ' invited $1 candidates '],
  [words(`${WORD_COUNT}\\s${PEOPLE}\\sa\\szo\\sbet\\spedet`), ' $1 candidates were invited '],
  [words(`e\\soa\\sbet\\spedet\\s${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates were invited '],
  [words(`${WORD_COUNT}\\s${INVITATIONS}\\sa\\szo\\sbet\\s(?:kaset|roet)`), ' $1 invitations were issued '],
  [words(`(?:en|he|o)\\s(?:deus|deve|doa|devoa)\\s(?:aozet|graet)\\s(IRCC|Kanada|gouarnamant\\sKanada)`), ' $1 held '],
  [words('(?:en|he|o)\\s(?:deus|deve|doa|devoa)\\s(?:aozet|graet)'), ' held '],
  [words('(?:en|he|o)\\s(?:deus|deve|doa|devoa)\\spedet|a\\sbed|a\\sbede|pedet'), ' invited '],
  [words(`${WORD_COUNT}\\s${INVITATIONS}`), ' $1 invitations '],
  [words(INVITATIONS), ' invitations '],
  [words(`${WORD_COUNT}\\smezeg(?:ed)?`), ' $1 physicians '],
  [words(`${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates '],
  // The tie-break: "Reolenn an dispartiañ : 15 a viz Meurzh 2026 da 01:46:05 UTC".
  [words('reolenn\\san\\sdispartiañ|reolenn\\sdispartiañ|eur\\san\\sdispartiañ'), ' tie-breaking rule '],
  // Cut-offs: "gant ur skor CRS izelañ a 382", "skor izelañ 392", "475 poent d'an nebeutañ".
  [words('gant\\sur\\sskor\\s(?:CRS\\s)?izelañ\\sa'), ' with a minimum CRS score of '],
  [words('ar\\sskor\\s(?:CRS\\s)?izelañ\\s(?:a\\soa|eo|e\\soa)'), ' the minimum CRS score was '],
  [words(`(\\d{2,4})\\spoent\\sd['’]an\\snebeutañ`), ' a minimum CRS score of $1 '],
  [words('skor\\s(?:CRS\\s)?izelañ|izelañ\\sskor'), ' minimum CRS score '],
  [words('poent|poentoù'), ' points '],
  [words('gant'), ' with '],
  [words('hepken'), ' only '],
  // Programs.
  [words("an\\sdud\\sa\\sgomz\\sgalleg(?:\\smat)?|den\\sa\\sgomz\\sgalleg|a\\soar\\sgalleg|c['’]hallegerien|gallegerien"), ' French-speaking candidates '],
  [words('galleg'), ' French '],
  [words("micherioù\\sar\\syec['’]hed|yec['’]hed"), ' healthcare '],
  [words('servijoù\\ssokial'), ' social services '],
  [words('renerien\\suhel'), ' senior managers '],
  [words('an\\sholl\\sprogrammoù|holl\\sprogrammoù'), ' all programs '],
  [words('mezeg(?:ed)?'), ' physicians '],
  [words('annez\\spadus'), ' permanent residence '],
  [words('Aostralia'), ' Australia '],
  [words('Zeland-Nevez'), ' New Zealand '],
  [words('provins'), ' province '],
  [words("n['’]eo\\sket"), ' it is not '],
  [words('evit'), ' for '],
  [words('ha|hag'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words Breton writes and French, Welsh, Irish and Cornish do not (nor English). */
const BRETON_WORD = words(
  "hiziv|dec['’]h|warc['’]hoazh|[pb]edadenn\\p{L}*|pedet|troioù|droioù|niverenn\\p{L}*|izelañ|poent|poentoù|skor|reolenn|dispartiañ|gant|evit|ez\\seus|en\\sdeus|a\\sviz|miz|hag|eus|ur|eo|zo|bet|Genver|C['’]hwevrer|Meurzh|Ebrel|Mezheven|Gouere|Eost|Gwengolo|Kerzu|Merc['’]her|Yaou|Gwener|galleg|gallegerien|c['’]hallegerien|yec['’]hed|mezeg",
);
/** The words a Breton page writes that none of its neighbours does: one of them must be there. */
const BRETON_CORE = new RegExp(words("hiziv|dec['’]h|[pb]edadenn\\p{L}*|pedet|izelañ|a\\sviz|dispartiañ|niverenn\\p{L}*").source, 'iu');
/** A cheap first test: Breton's "c'h" (no neighbour writes it) or "(p|b)edadenn" (invitation). */
export const BRETON_HINT = /[cC]['’][hH]|edadenn|izelañ|[hH]iziv/;

/** Eight of the words, five of them different (or a short post, three making up a sixth of its words), and one of its own. */
export const isBreton = (text: string): boolean => BRETON_CORE.test(text) && writtenWith(text, BRETON_WORD, 5 - (text.length < 400 ? 2 : 0));

/** A Breton page glossed into English. */
export const glossBreton = (text: string): string => glossInTurn(text, CASED_RULES);
