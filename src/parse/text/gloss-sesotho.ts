import { glossInTurn, keepCase, monthNamer, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Sesotho (Southern Sotho) draw news glossed into the English the reader knows, in the shape of `gloss-shona.ts` (docs/parser.md
 * "Sesotho and Chichewa"): day-first dates with its months ("27 Phato 2024" → "August 27, 2024", "ka la 14 Phato" → "on August
 * 14"), weekdays ("Labobeli" → Tuesday), "kajeno" (today), "maobane" (yesterday), "beke ena" (this week); rounds ("potoloho" →
 * draw, "lipotoloho tse peli" → two draws, "e nang le nomoro ea 312" → #312); counts ("e memile bakopi ba 3,300" → invited 3,300
 * candidates, "limemo tse 536" → 536 invitations); cut-offs ("Lintlha tse tlase tsa CRS: 507", "CRS e tlase ka ho fetisisa 736"
 * → minimum CRS score, "e ne e le 557" → was 557); the tie-break's label ("Molao oa ho arola ba lekanang"); programs, guide
 * and recap words; hedges ("hoo e ka bang", "ho feta", "ho fihlela"). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['pherekh?ong|phesekgong', 'January'],
  ['hlakola|tlhakola', 'February'],
  ['hlakubele|tlhakubele', 'March'],
  ['mmesa|mmese', 'April'],
  ['mots[hš]eanong|motsheanong', 'May'],
  ['phupjane|phuptjane', 'June'],
  ['phupu', 'July'],
  ['phato', 'August'],
  ['loetse|lwetse', 'September'],
  ['mphalane', 'October'],
  ['pulungoana|pudungwana', 'November'],
  ['t[sš]itoe|tshitwe', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  mantaha: 'Monday',
  labobeli: 'Tuesday',
  labobedi: 'Tuesday',
  laboraro: 'Wednesday',
  labone: 'Thursday',
  labohlano: 'Friday',
  moqebelo: 'Saturday',
  sontaha: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const NUMBERS: Readonly<Record<string, string>> = { peli: 'two', pedi: 'two', tharo: 'three', nne: 'four', hlano: 'five' };
const COUNT = WORD_COUNT;
const PEOPLE = '(?:bakopi|batho|bankakarolo)';
/** Invited: "e memile" (has invited), "e memileng", "e ne e memile", "ba memiloe" (were invited). */
const INVITED = '(?:(?:e\\sne\\s)?e\\smemile(?:ng)?|le\\smemile)';

const RULES: readonly GlossRule[] = [
  [words(`(${WEEKDAYS})`), (w = '') => ` ${WEEKDAY[w.toLowerCase()] ?? ''} `],
  // A week's span: "6–10 Phupu 2026" → July 6–10, 2026 (its first day is not a day of its own).
  [words(String.raw`(\d{1,2})\s?[–-]\s?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`), (_, a = '', b = '', m = '', y = '') => ` ${month(m)} ${a}–${b}${y ? `, ${y}` : ''} `],
  // Days: "27 Phato 2024", "ka la 14 Phato" (on August 14), "ka 22 Phuptjane", "ka Hlakubele 2025" (in March 2025).
  [
    words(String.raw`(?:ka\s(?:la\s)?|ea\sla\s|la\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', d = '', m = '', y = '') => (/^ka\s/i.test(all) ? ' on' : /^ea\s/i.test(all) ? ' of' : '') + (namedMonthDay(d, month(m), y) || ` ${all} `),
  ],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`ka\\s${MONTH}`), (_, m = '') => ` in ${month(m)} `],
  [words(MONTH), (m = '') => ` ${month(m)} `],
  [words(`ka\\s${YEAR}`), ' in $1 '],
  // "kajeno" (today), "maobane" (yesterday), "beke ena" (this week), "beke e fetileng" (last week).
  [words('kajeno|kajeneng'), ' today '],
  [words('maobane'), ' yesterday '],
  [words('maoba'), ' the day before yesterday '],
  [words('hosane'), ' tomorrow '],
  [words('bekeng\\sena|beke\\sena'), ' this week '],
  [words('bekeng\\se\\sfetileng|beke\\se\\sfetileng'), ' last week '],
  [words('khoeling\\sena|khoeli\\sena'), ' this month '],
  [words('selemong\\sena'), ' this year '],
  // Guides, recaps, forecasts.
  [words('tataiso'), ' Guide '],
  [words('kakaretso\\sea\\skhoeli'), ' monthly recap '],
  [words('kakaretso\\sea\\sbeke'), ' weekly round-up '],
  [words('kakaretso\\sea\\sselemo'), ' year in review '],
  [words('likhakanyo|khakanyo|re\\slebeletse'), ' forecast '],
  [words('mohlala'), ' for example '],
  // Rounds: "lipotoloho tse peli" (two draws), "potoloho e fetileng" (the previous draw), "potoloho #340", "e nang le nomoro ea 312".
  [words(`lipotoloho\\stse\\s(${Object.keys(NUMBERS).join('|')})`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('potoloho\\se\\sfetileng|potoloho\\sea\\spele\\sho\\sena|potoloho\\sea\\sho\\squetela'), ' the previous draw '],
  [words('potolohong\\se\\sfetileng'), ' in the previous draw '],
  [words('ha\\sho\\s(?:na\\s)?potoloho'), ' no draw '],
  [words('lipotolohong'), ' in draws '],
  [words('potolohong'), ' in the draw '],
  [words('potoloho\\se\\slatelang'), ' the next draw '],
  [words('(?:,\\s)?e\\snang\\sle\\snomoro\\sea\\s(\\d{1,3})'), ', draw #$1 '],
  [words('lipotoloho'), ' draws '],
  [words('potoloho(?:\\sea\\slimemo)?'), ' draw '],
  [words('nomoro\\sea\\s(\\d{1,3})'), ' #$1 '],
  [words('e\\stšoere|e\\stshwere|le\\stšoere|le\\stshwere|o\\stšoere'), ' held '],
  // Hedged counts, no count to the reader: "hoo e ka bang 2,000" (about), "ho feta 450" (more than), "ho fihlela 3,000" (up to).
  [words(`(?:(?:hoo\\se\\s|ba\\s)?ka\\sbang|hoo\\se\\sbatlang\\se\\sle)\\s${COUNT}`), ' about $1 '],
  [words(`ho\\sfeta\\s${COUNT}`), ' more than $1 '],
  [words(`(?:ho\\sfihlela|ho\\sisa\\sho)\\s${COUNT}`), ' up to $1 '],
  // Counts: "e memile bakopi ba 3,300", "limemo tse 536", "bakopi ba 955", "e memile 636".
  [words(`${INVITED}\\s${PEOPLE}\\sba\\s${COUNT}`), ' invited $1 candidates '],
  [words(`${INVITED}\\s(?:lingaka|dingaka)\\stse\\s${COUNT}`), ' invited $1 physicians '],
  [words(`${INVITED}\\s${COUNT}`), ' invited $1 candidates '],
  [words(`limemo\\stse\\s${COUNT}`), ' $1 invitations '],
  [words(`${PEOPLE}\\sba\\s${COUNT}`), ' $1 candidates '],
  [words('ba\\smemiloe|ba\\smemilweng|ba\\smemilwe'), ' were invited '],
  [words(INVITED), ' invited '],
  [words('limemo|memo'), ' invitations '],
  // Cut-offs: "Lintlha tse tlase tsa CRS: 507", "CRS e tlase ka ho fetisisa 736", "Lintlha tse tlase ka ho fetisisa e ne e le 557",
  // "CRS e tlase: 730", "ka CRS ea 511" (with a CRS score of 511), "ka lintlha tse 509".
  [words('(?:lintlha\\stse\\stlase(?:\\ska\\sho\\sfetisisa)?(?:\\stsa\\sCRS)?|CRS\\se\\stlase(?:\\ska\\sho\\sfetisisa)?)\\s(?:e\\sne\\se\\sle|li\\sne\\sli\\sle)'), ' the minimum CRS score was '],
  [words('lintlha\\stse\\stlase(?:\\ska\\sho\\sfetisisa)?(?:\\stsa\\sCRS)?|CRS\\se\\stlase(?:\\ska\\sho\\sfetisisa)?'), ' minimum CRS score '],
  [words(`ka\\sCRS\\sea\\s${COUNT}`), ' with a CRS score of $1 '],
  [words(`ka\\slintlha\\stse\\s${COUNT}`), ' with $1 points '],
  // Comparisons: "ho phahama ho tloha ho 451" (up from 451), "ho theoha ho tloha ho 509" (down from), "ho tloha ka" (since).
  [words(`ho\\s(phahama|nyoloha|theoha|oela)\\sho\\stloha\\sho\\s${COUNT}`), (_, v = '', n = '') => ` ${/^(?:phahama|nyoloha)$/i.test(v) ? 'up' : 'down'} from ${n} `],
  [words('ho\\stloha(?:\\ska)?'), ' since '],
  [words(`lintlha\\stse\\s${COUNT}`), ' $1 points '],
  [words('lintlha'), ' points '],
  // The tie-break's label: "Molao oa ho arola ba lekanang" (the rule to part those who are equal).
  [words('molao\\so[aw]\\sho\\sarola\\sba\\slekanang'), ' Tie-breaking rule '],
  [words('tie-break\\sea\\s(?=draw\\b)'), ' tie-break of the '],
  // Programs.
  [words('bokhoni\\sba\\spuo\\sea\\sSefora'), ' French-language proficiency '],
  [words('ba\\sbuang\\sSefora'), ' French speakers '],
  [words('Sefora'), ' French '],
  [words('mananeo\\sohle'), ' all programs '],
  [words('khetho\\sea\\sprofinse'), ' provincial nomination '],
  [words('bophelo\\sbo\\sbotle'), ' healthcare '],
  [words('profinse'), ' province '],
  [words('feela'), ' only '],
  [words('ea|oa|tsa|la'), ' of '],
  [words('le'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Sesotho writes among the languages the reader glosses (not Setswana's "Labobedi", "Laboraro", "Labone", "beke", "tlase"). */
const SESOTHO_WORD = words(
  `kajeno|maobane|maoba|potoloho|lipotoloho|potolohong|lipotolohong|limemo|memile|memileng|memiloe|lintlha|bakopi|tšoere|tshwere|feela|hore|haholo|fetisisa|fetileng|khoeli|kakaretso|tataiso|Sefora|mananeo|lenaneo|bojaki|matsatsi|kahoo|haeba|hape|tšoara|tshwara|eona|hase|Mantaha|Labobeli|Labohlano|Moqebelo|Sontaha|${monthStems(MONTHS)}`,
);
const POTOLOH = /otoloh/;
const NTLHA = /ntlha/;
const MEMIL = /memil/;
/**
 * A cheap first test: three literals, "otoloh" ("potoloho", "lipotoloho": round), "ntlha" ("lintlha": points) or "memil"
 * ("memile", "memiloe": invited), one of which a Sesotho draw report writes and an English page never.
 */
export const SESOTHO_HINT = { test: (text: string): boolean => POTOLOH.test(text) || NTLHA.test(text) || MEMIL.test(text) };

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isSesotho = (text: string): boolean => writtenWith(text, SESOTHO_WORD, 5);

/** A Sesotho page glossed into English. */
export const glossSesotho = (text: string): string => glossInTurn(text, CASED_RULES);
