import { glossInTurn, keepAnyCase, monthNamer, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT } from './gloss-rules.ts';

/**
 * Setswana draw news glossed into the English the reader knows, in the shape of `gloss-sesotho.ts` (docs/parser.md "Setswana
 * and Xitsonga"): day-first dates with its months ("27 Phatwe 2024" → "August 27, 2024", "ka 14 Phatwe" → "on August 14"),
 * weekdays ("Labobedi" → Tuesday), "gompieno" (today), "maabane" (yesterday); rounds ("kgogo" → draw, "dikgogo tse pedi" → two
 * draws, "kgogo e e fetileng" → the previous draw, "Nomoro ya kgogo: 312" → Draw number: 312); counts ("e laleditse batho ba le
 * 4,000" → invited 4,000 candidates, "ditaletso di le 3,300" → 3,300 invitations); cut-offs ("Maduo a a kwa tlase a CRS: 507" →
 * Minimum CRS score: 507, "… a ne a le 75" → the minimum CRS score was 75, "ka CRS ya 397" → with a CRS score of 397); the
 * tie-break's label ("Molao wa go kgaoganya ba ba lekanang"); programs, guide and recap words; hedges ("e ka nna", "go feta",
 * "go fitlha"). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['ferikgong', 'January'],
  ['tlhakole', 'February'],
  ['mopitlo', 'March'],
  ['moranang', 'April'],
  ['motsheganong|motsheganang', 'May'],
  ['seetebosigo', 'June'],
  ['phukwi|phukwe', 'July'],
  ['phatwe', 'August'],
  ['lwetse', 'September'],
  ['diphalane', 'October'],
  ['ngwanatsele|ngwanaitseele', 'November'],
  ['sedimonthole|sedimothole', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  mosupologo: 'Monday',
  labobedi: 'Tuesday',
  laboraro: 'Wednesday',
  labone: 'Thursday',
  labotlhano: 'Friday',
  lamatlhatso: 'Saturday',
  latshipi: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const NUMBERS: Readonly<Record<string, string>> = { pedi: 'two', mabedi: 'two', tharo: 'three', mararo: 'three', nne: 'four', tlhano: 'five' };
const NUMBER = `(${Object.keys(NUMBERS).join('|')})`;
const COUNT = WORD_COUNT;
const PEOPLE = '(?:batho|bakopi|ba)';
/** Invited: "e laleditse" (has invited), "e ne e laleditse" (had invited), "le laleditse", "e laletsa" (invites). */
const INVITED = '(?:(?:e\\sne\\s)?(?:e|le)\\slaleditse|e\\slaletsa|laletsa|laleditse)';
/** Lowest scores: "maduo a a kwa tlase (thata) a CRS", "dintlha tse di kwa tlase tsa CRS". */
const LOWEST = '(?:maduo\\sa\\sa\\skwa\\stlase(?:\\sthata)?(?:\\sa\\sCRS)?|dintlha\\stse\\sdi\\skwa\\stlase(?:\\stsa\\sCRS)?)';

const RULES: readonly GlossRule[] = [
  [words(`(ka\\s)?(${WEEKDAYS})`), (_, ka = '', w = '') => ` ${ka ? 'on ' : ''}${WEEKDAY[w.toLowerCase()] ?? ''} `],
  // Days: "27 Phatwe 2024", "ka 14 Phatwe" (on August 14), "ka Phukwi 2023" (in July 2023), day first "11/12/2025".
  [words(String.raw`(ka\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`), (all = '', ka = '', d = '', m = '', y = '') => (ka ? ' on' : '') + (namedMonthDay(d, month(m), y) || ` ${all} `)],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`mo\\s${MONTH}`), (_, m = '') => ` in ${month(m)} `],
  [words(MONTH), (m = '') => ` ${month(m)} `],
  [words('ka\\s(\\d{1,2}:\\d\\d(?::\\d\\d)?)'), ' at $1 '],
  [words('gompieno'), ' today '],
  [words('letlha'), ' date '],
  [words('maabane'), ' yesterday '],
  [words('maloba'), ' the day before yesterday '],
  [words('kamoso'), ' tomorrow '],
  [words('(?:mo\\s)?bekeng\\s(?:eno|e)|beke\\seno'), ' this week '],
  [words('(?:mo\\s)?bekeng\\se\\se\\sfetileng|beke\\se\\se\\sfetileng'), ' last week '],
  [words('kgwedi\\se\\se\\sfetileng'), ' last month '],
  [words('(?:mo\\s)?ngwageng\\sono|ngwaga\\sono'), ' this year '],
  // Guides, recaps, forecasts.
  [words('kaelo|kaedi'), ' Guide '],
  [words('kakaretso\\sya\\skgwedi'), ' monthly recap '],
  [words('kakaretso\\sya\\sbeke'), ' weekly round-up '],
  [words('kakaretso\\sya\\sngwaga'), ' year in review '],
  [words('ponelopele|re\\ssolofela|re\\slebeletse'), ' forecast '],
  [words('ka\\ssekai|sekai'), ' for example '],
  // Rounds: "dikgogo tse pedi" (two draws), "kgogo e e fetileng" (the previous draw), "Kgogo #400", "Nomoro ya kgogo: 312".
  [words(`(?:dikgogo|dipotologo)\\s(?:tse\\s|di\\sle\\s)${NUMBER}`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('malatsing\\sa\\smabedi|malatsi\\sa\\smabedi'), ' two days '],
  [words('(?:kgogo|potologo)\\s(?:e\\se\\sfetileng|ya\\spele|ya\\sbofelo)'), ' the previous draw '],
  [words('(?:kgogo|potologo)\\sya\\sntlha'), ' the first draw '],
  [words('(?:kgogo|potologo)\\se\\se\\stlang|(?:kgogo|potologo)\\se\\se\\slatelang'), ' the next draw '],
  [words('nomoro\\sya\\skgogo'), ' draw number '],
  // A province's or another country's own round: "mo kgogong ya yona ya OINP" (in its own OINP draw).
  [words('(mo\\s)?(?:kgogong|kgogo)\\sya\\syona\\sya\\s([\\p{L}\\d-]+)'), (_, mo = '', name = '') => ` ${mo ? 'in ' : ''}its own ${name} draw `],
  [words('porofense\\sya'), ' the province of '],
  [words('se\\sga\\sse\\s(?:kgogo|potologo)\\sya\\s(?:IRCC\\sya\\s)?Express\\sEntry'), ' This is not a federal draw of Express Entry '],
  [words('ga\\sse'), ' is not '],
  [words('dintlha\\stsa\\skgogo'), ' draw details '],
  [words('ga\\sgo\\sa\\snna\\sle\\skgogo|ga\\sgo\\skgogo'), ' no draw '],
  [words('mo\\s(?:kgogong|potologong)'), ' in the draw '],
  [words('dikgogo|dipotologo'), ' draws '],
  [words('kgogong|potologong'), ' in the draw '],
  [words('kgogo|potologo'), ' draw '],
  [words('(?:e\\s|le\\s)?(?:tshwere|dirile|dirisitse)'), ' held '],
  [words('(?:e\\s)?latetse\\ska'), ' followed with '],
  // Hedged counts, no count to the reader: "e ka nna 2,000" (about), "go feta 9,000" (more than), "go fitlha 3,000" (up to).
  // Also "batho ba ka nna 1,000" (about), "batho ba ba fetang 5,000" (who are more than).
  [words(`(?:e\\ska\\snna|ba\\ska\\snna|ka\\sfa\\se\\ska\\snnang|e\\sbatla\\se\\sle|mo\\se\\sbatlang)\\s${COUNT}`), ' about $1 '],
  [words(`(?:go|e|ne\\se)\\sfeta\\s${COUNT}|(?:ba\\s)?ba\\sfetang\\s${COUNT}`), ' more than $1$2 '],
  [words(`(?:go\\sfitlha|go\\sfitlhela|go\\sya\\sgo)\\s${COUNT}`), ' up to $1 '],
  [words('e\\stla\\slaletsa'), ' will invite '],
  // Counts: "e laleditse batho ba le 4,000", "e laleditse ngaka di le 271" (doctors), "ditaletso di le 3,300", "Batho ba le 1,500 ba amogetse ditaletso".
  [words(`${INVITED}\\s(?:${PEOPLE}|ngaka)\\s(?:ba\\s|di\\s)?le\\s${COUNT}`), ' invited $1 candidates '],
  [words(`${INVITED}\\s${COUNT}`), ' invited $1 candidates '],
  [words(`(?:di)?taletso\\s(?:\\(ITAs\\)\\s)?(?:di\\sle\\s|tse\\s)?${COUNT}`), ' $1 invitations '],
  [words(`(?:batho|bakopi)\\sba\\sle\\s${COUNT}`), ' $1 candidates '],
  [words('ba\\samogetse|ba\\sbone'), ' received '],
  [words('ba\\slaleditswe|ba\\slaleditsweng'), ' were invited '],
  [words('e\\sromela|e\\srometse'), ' sends '],
  [words(INVITED), ' invited '],
  [words('ditaletso'), ' invitations '],
  [words('taletso'), ' invitation '],
  // Cut-offs: "Maduo a a kwa tlase a CRS: 507", "maduo a a kwa tlase a CRS e ne e le 463", "… a ne a le 75", "maduo a a kwa tlase e le
  // 508", "ka CRS ya 397" (with a CRS score of 397), "ka maduo a 509" (with a score of 509).
  [words(`${LOWEST}\\s(?:e\\sne\\se\\sle|a\\sne\\sa\\sle|di\\sne\\sdi\\sle)`), ' the minimum CRS score was '],
  [words(`${LOWEST}\\se\\sle`), ' minimum CRS score '],
  [words(LOWEST), ' minimum CRS score '],
  [words(`ka\\sCRS\\sya\\s${COUNT}`), ' with a CRS score of $1 '],
  [words(`ka\\smaduo\\sa\\s${COUNT}`), ' with a score of $1 '],
  [words('maduo'), ' scores '],
  // The tie-break's label: "Molao wa go kgaoganya ba ba lekanang" (the rule to part those who are equal).
  [words('molao\\swa\\sgo\\skgaoganya\\sba\\sba\\slekanang'), ' Tie-breaking rule '],
  // Programs.
  [words('ba\\sba\\sbuang\\sSefora'), ' French speakers '],
  [words('Sefora'), ' French '],
  [words('Seesemane'), ' English '],
  [words('badiri\\sba\\s(?:tsa\\s)?boitekanelo|boitekanelo'), ' healthcare workers '],
  [words('ditiro\\stsa\\sdiatla'), ' trades '],
  [words('thuto'), ' education '],
  [words('mananeo\\sotlhe'), ' all programs '],
  [words('porofense'), ' province '],
  [words('fela'), ' only '],
  [words('mme'), ' and '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/**
 * Words only Setswana writes among the languages the reader glosses: not Sesotho's ("kajeno", "maobane", "potoloho", "limemo",
 * "lintlha", "hore", "khoeli"), nor what both write ("ka", "ya", "ba", "le", "mme", "lenaneo", "kakaretso", "Labobedi", "Laboraro",
 * "Labone", "Lwetse").
 */
const SETSWANA_WORD = words(
  `gompieno|batho|Sefora|buang|lekanang|ponelopele|solofela|maabane|maloba|kgogo|dikgogo|kgogong|potologo|dipotologo|potologong|ditaletso|taletso|laleditse|laletsa|laleditswe|maduo|tshwere|dirile|gore|jaaka|letlha|kgaoganya|thata|bofudugi|dikgang|kgwedi|ngwaga|malatsi|gape|gonne|mo|kwa|fela|tsotlhe|otlhe|Mosupologo|Labotlhano|Lamatlhatso|Latshipi|ferikgong|tlhakole|mopitlo|moranang|motsheganong|seetebosigo|phukwi|phatwe|diphalane|ngwanatsele|sedimonthole`,
);
/** Among them, those a Swahili, Sesotho or English page may write too, not counted alone (Sesotho writes "batho", "Sefora", "buang", "lekanang"). */
const SHARED = /^(?:mo|kwa|gape|fela|batho|sefora|buang|lekanang)$/;
const GOGO = /gogo/;
const ALETS = /alets/;
const ALEDITS = /aledits/;
/**
 * A cheap first test: three literals, "gogo" ("kgogo", "dikgogo": draw), "alets" ("ditaletso", "laletsa": invitations, invite) or
 * "aledits" ("laleditse": invited), one of which a Setswana draw report writes and an English page never.
 */
export const SETSWANA_HINT = { test: (text: string): boolean => GOGO.test(text) || ALETS.test(text) || ALEDITS.test(text) };

/**
 * Five of its own words, different, among eight of the words or a sixth of the page's; or (a short post) three different of
 * its own, the words making up a quarter of the page's ("Express Entry gompieno: … ditaletso 5,000 … Kgogo #429.").
 */
export function isSetswana(text: string): boolean {
  const found = (text.match(SETSWANA_WORD) ?? []).map((w) => w.toLowerCase());
  const own = new Set(found.filter((w) => !SHARED.test(w))).size;
  const all = (text.match(/\p{L}+/gu) ?? []).length;
  return (own >= 5 && (found.length >= 8 || found.length * 6 >= all)) || (own >= 3 && found.length * 4 >= all);
}

/** A Setswana page glossed into English. */
export const glossSetswana = (text: string): string => glossInTurn(text, CASED_RULES);
