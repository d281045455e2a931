import { glossInTurn, keepCase, monthNamer, monthOrNone, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Maori (te reo Māori) draw news glossed into the English the reader knows, in the shape of `gloss-sesotho.ts` (docs/parser.md
 * "Scottish Gaelic and Maori"): day-first dates with its months, old and transliterated ("23 Pipiri 2026" → "June 23, 2026", "i
 * te 13 Huitanguru 2021" → "on February 13, 2021", "Hepetema"), weekdays ("Rātū" → Tuesday, "i te Rāapa" → on Wednesday), "i
 * tēnei rā" (today), "inanahi" (yesterday), "i tēnei wiki" (this week); rounds ("Rauna #420" → draw #420, "E rua ngā rauna" → two
 * draws); counts ("4,000 pōwhiri", "ngā pōwhiri 3,884" → 3,884 invitations, "i tukuna e IRCC" → IRCC issued); cut-offs ("CRS iti
 * rawa 516", "Ko te kaute iti rawa he 434", "481 te kaute CRS iti rawa" → the minimum CRS score was 481); the tie-break's label
 * ("Te wā tie-breaking"); programs ("kāore he hōtaka motuhake" → no program specified, "Ngā Rata" → physicians); guide, recap and
 * context words; hedges ("tata ki te", "neke atu i te", "tae atu ki te"). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['kohitātea|hānuere', 'January'],
  ['huitanguru|pēpuere', 'February'],
  ['poutūterangi|māehe', 'March'],
  ['paengawhāwhā|āperira', 'April'],
  ['haratua', 'May'],
  ['pipiri|hune', 'June'],
  ['hōngongoi|hūrae', 'July'],
  ['here-turi-kōkā|hereturikōkā|ākuhata', 'August'],
  ['mahuru|hepetema', 'September'],
  ['whiringa-ā-nuku|oketopa', 'October'],
  ['whiringa-ā-rangi|noema', 'November'],
  ['hakihea|tīhema', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = `(${MONTHS.map(([stem]) => stem).join('|')})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  rāhina: 'Monday',
  mane: 'Monday',
  rātū: 'Tuesday',
  tūrei: 'Tuesday',
  rāapa: 'Wednesday',
  wenerei: 'Wednesday',
  rāpare: 'Thursday',
  tāite: 'Thursday',
  rāmere: 'Friday',
  paraire: 'Friday',
  rāhoroi: 'Saturday',
  hātarei: 'Saturday',
  rātapu: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const NUMBERS: Readonly<Record<string, string>> = { rua: 'two', toru: 'three', whā: 'four', rima: 'five' };
const COUNT = WORD_COUNT;

const RULES: readonly GlossRule[] = [
  // A month's account headed "Ngā rauna Express Entry o Pipiri 2026" (the draws of June 2026); a week's round-up "… o tēnei wiki".
  [words(`ngā\\srauna\\s(?:Express\\sEntry\\s)?o\\s${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` Monthly recap: Express Entry draws in ${month(m)} ${y} `],
  [words('ngā\\srauna\\sExpress\\sEntry\\s(?:o\\s|i\\s)?tēnei\\swiki'), ' Express Entry draws this week '],
  [words(`(i\\ste\\s)?(${WEEKDAYS})`), (_, on = '', w = '') => ` ${on ? 'on ' : ''}${WEEKDAY[w.toLowerCase()] ?? ''} `],
  // Days: "23 Pipiri 2026", "i te 13 Huitanguru 2021" (on February 13, 2021), day first "29/03/2023".
  [
    words(String.raw`(i\ste\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => (namedMonthDay(d, month(m), y) ? `${on ? ' on' : ''}${namedMonthDay(d, month(m), y)}` : all),
  ],
  [/(?<![\d./])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.])/g, (all = '', d = '', _s = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`(?:i\\s(?:te\\s(?:marama\\so\\s)?)?|mō\\s)${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` in ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [words(MONTH), (m = '') => ` ${month(m)} `],
  // Today, yesterday, weeks.
  [words('i\\sēnei\\srā'), ' these days '],
  [words('i\\stēnei\\srā|āianei'), ' today '],
  [words('(?:i\\ste\\srā\\s)?i\\smua\\si\\sinanahi'), ' the day before yesterday '],
  [words('inanahi'), ' yesterday '],
  [words('āpōpō'), ' tomorrow '],
  [words('i\\stēnei\\swiki\\skua\\spahure|i\\stērā\\swiki|i\\ste\\swiki\\skua\\spahure'), ' last week '],
  [words('i\\ste\\swiki\\si\\smua\\satu'), ' the week before '],
  [words('i\\stēnei\\swiki'), ' this week '],
  [words('i\\ste\\swiki\\se\\stū\\smai\\snei|ā\\stērā\\swiki'), ' next week '],
  [words('i\\stēnei\\smarama'), ' this month '],
  [words('i\\stēnei\\stau'), ' this year '],
  // Guides, recaps, forecasts, context.
  [words('aratohu'), ' Guide '],
  [words('whakarāpopototanga\\so\\ste\\smarama'), ' monthly recap '],
  [words('whakarāpopototanga|arotake'), ' recap '],
  [words('matapae|tohu\\smatapae'), ' forecast '],
  [words('he\\stauira|tauira'), ' for example '],
  [words('mō\\ste\\shoropaki:?'), ' For context: '],
  // Hedges, no count to the reader: "tata ki te 2,000" (about), "neke atu i te 450" (more than), "tae atu ki te 3,000" (up to).
  [words('tata\\ski\\ste|tata\\ski|mō\\ste\\sāhua\\so'), ' about '],
  [words('neke\\satu\\si\\ste|neke\\satu\\si|nui\\sake\\si\\ste|nui\\sake\\si'), ' more than '],
  [words('tae\\satu\\ski\\ste|tae\\snoa\\ski\\ste|tae\\snoa\\ski'), ' up to '],
  // Rounds: "Rauna #420", "i te rauna 245", "E rua ngā rauna", "E toru ngā tuhinga pōwhiri", "Kāore he rauna", "te rauna whakamutunga".
  // A province's own round: "i tōna ake rauna" (its own draw); "Ehara tēnei i te rauna Express Entry a IRCC" (this was not …).
  [words('(?:i\\s)?tōna\\sake\\srauna'), ' its own provincial draw '],
  [words('ehara\\stēnei\\si\\ste\\srauna\\s(?:Express\\sEntry\\s)?(?:a\\sIRCC)?'), ' This was a provincial draw '],
  [words(`e\\s(${Object.keys(NUMBERS).join('|')})\\sngā\\s(?:rauna|tuhinga\\spōwhiri)`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(String.raw`(i\ste\s)?rauna\s#?\s?(\d{1,3})(?![\d,.]\d)`), (_, i = '', n = '') => ` ${i ? 'in ' : ''}draw #${n} `],
  [words('kāore\\she\\srauna'), ' no draw '],
  [words('ko\\ste\\srauna\\swhakamutunga\\she'), ' the previous draw was '],
  [words('te\\srauna\\swhakamutunga|te\\srauna\\so\\smua|te\\srauna\\si\\smua\\satu'), ' the previous draw '],
  [words('te\\srauna\\se\\swhai\\sake\\snei|te\\srauna\\sā\\smuri'), ' the next draw '],
  [words('ngā\\srauna'), ' draws '],
  [words('rauna\\s(PNP|CEC|STEM|FSW|FSTP)'), ' $1 draw '],
  [words('i\\ste\\srauna'), ' in the draw '],
  [words('te\\srauna'), ' the draw '],
  [words('rauna(?:\\spōwhiri)?'), ' draw '],
  // Counts: "4,000 pōwhiri", "ngā pōwhiri 3,884", "i tukuna e IRCC ngā pōwhiri 7,000", "3,611 ngā pōwhiri".
  [words('i\\stukuna\\se\\ste\\skāwanatanga\\so\\sKānata'), ' the Government of Canada issued '],
  [words('i\\stukuna\\se\\s(IRCC|Immigration,\\sRefugees\\sand\\sCitizenship\\sCanada|Kānata)'), (_, who = '') => ` ${who === 'Kānata' ? 'Canada' : who} issued `],
  [words(`(?:ngā\\s)?pōwhiri\\s${COUNT}`), ' $1 invitations '],
  [words(`${COUNT}\\s(?:ngā\\s)?pōwhiri`), ' $1 invitations '],
  [words(`${COUNT}\\s(?:ngā\\s)?kaitono`), ' $1 candidates '],
  [words('ki\\sngā\\skaitono'), ' to candidates '],
  // "3,000 ngā pōwhiri i tukuna i te rauna CEC" (were issued in the CEC draw), "i whakaritea ki te 507" (compared with 507).
  [words('i\\stukuna(?!\\se\\s)'), ' were issued '],
  [words('i\\swhakaritea\\ski\\ste|i\\swhakaritea\\ski'), ' compared with '],
  [words('ngā\\spōwhiri|pōwhiri'), ' invitations '],
  // Cut-offs: "CRS iti rawa 516", "Ko te kaute iti rawa he 434", "481 te kaute CRS iti rawa", "te kaute iti rawa o 75".
  [words(`ko\\ste\\skaute\\s(?:CRS\\s)?iti\\srawa\\she\\s${COUNT}`), ' the minimum CRS score was $1 '],
  [words(`(?<=(?:^|[.!?]\\s))${COUNT}\\ste\\skaute\\s(?:CRS\\s)?iti\\srawa`), ' The minimum CRS score was $1 '],
  [words(`${COUNT}\\ste\\skaute\\s(?:CRS\\s)?iti\\srawa`), ' the minimum CRS score was $1 '],
  [words(`(?:te\\s)?kaute\\s(?:CRS\\s)?iti\\srawa\\so\\s${COUNT}`), ' a minimum CRS score of $1 '],
  [words('(?:te\\s)?kaute\\s(?:CRS\\s)?iti\\srawa|CRS\\siti\\srawa'), ' minimum CRS score '],
  [words(`${COUNT}\\ste\\skaute`), ' the score was $1 '],
  [words('kaute'), ' score '],
  [words('piro'), ' points '],
  // The tie-break: "Te wā tie-breaking:", "Tie-break mō te hauora:".
  [words('te\\swā\\stie-breaking|te\\swā\\swehewehe'), ' Tie-breaking rule '],
  [words('(tie-break)\\smō\\ste'), '$1 for the'],
  // Programs and names.
  [words('kāore\\she\\shōtaka\\smotuhake'), ' no program specified '],
  [words('ngā\\srata(?:\\swhai\\swheako\\smahi\\si\\sKānata)?'), ' physicians with Canadian work experience '],
  [words('(?:ngā\\smahi\\s)?hauora\\sme\\sngā\\sratonga\\spāpori'), ' healthcare and social services occupations '],
  [words('hauora'), ' healthcare '],
  [words('reo\\sWīwī'), ' French-language '],
  [words('Wīwī'), ' French '],
  [words('ngā\\shōtaka\\scatoa|ngā\\shōtaka\\skatoa'), ' all programs '],
  [words('hōtaka'), ' program '],
  [words('te\\skāwanatanga\\so\\sKānata'), ' the Government of Canada '],
  [words('Kānata'), ' Canada '],
  [words('Ahitereiria'), ' Australia '],
  [words('Aotearoa|Niu\\sTīreni'), ' New Zealand '],
  [words('porowini|kāwanatanga\\sā-rohe'), ' province '],
  [words('mai\\si\\ste\\stau'), ' since '],
  [words('me\\s(?=\\p{L})'), ' and '],
  [words('anake'), ' only '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Maori writes among the languages the reader glosses (its draw words, months, weekdays and short words). */
const MAORI_WORD = words(
  `ngā|tēnei|ēnei|rauna|pōwhiri|kaute|kaitono|Kānata|hōtaka|kāore|tukuna|mō|nō|kua|whai|whakaaetanga|iti\\srawa|inanahi|rā|Wīwī|manene|pūrongo|pānui|kōrero|tāngata|rātou|mātou|ā|${WEEKDAYS}|${MONTHS.map(([stem]) => stem).join('|')}`,
);
/** Samoan's words, which a Maori page never writes (it has no "l" nor "s"): such a page is Samoan's. */
const SAMOAN_WORD = words("ua|le|lea|sa|o\\sle|i\\sle|valaaulia|fa['ʻ’]?a|tusi|faamaumauga|aso");
const MACRON = /[āēīōūĀĒĪŌŪ]/;
/** A cheap first test: one letter class, the macrons (ā, ē, ī, ō, ū) a Maori draw report writes ("ngā", "pōwhiri", "Kānata") and an English page never. */
export const MAORI_HINT = MACRON;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words; and at most one of Samoan's. */
export const isMaori = (text: string): boolean => writtenWith(text, MAORI_WORD, 5) && (text.match(SAMOAN_WORD) ?? []).length < 2;

/** A Maori page glossed into English. */
export const glossMaori = (text: string): string => glossInTurn(text, CASED_RULES);
