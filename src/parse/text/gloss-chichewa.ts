import { glossInTurn, keepCase, monthNamer, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Chichewa (Chinyanja) draw news glossed into the English the reader knows, in the shape of `gloss-shona.ts` (docs/parser.md
 * "Sesotho and Chichewa"): its months ("Ogasiti" → August) beside the English ones it mostly writes, "pa 12 October" → "on
 * October 12", weekdays ("Lachitatu" → Wednesday), "lero" (today), "dzulo" (yesterday), "sabata ino" (this week); rounds
 * ("kujambula", "chijambulo" → draw, "Zijambulo ziwiri" → two draws, "chijambulo nambala 252" → draw #252); counts ("inaitana
 * anthu 777" → invited 777 candidates, "Anthu 500 alandira maitanidwe" → 500 candidates received invitations, "Maitanidwe:
 * 5,000"); cut-offs ("Chiwerengero chochepa cha CRS chinali 476", "CRS yochepa (kwambiri) inali 699" → the minimum CRS score
 * was …, "ndi CRS ya 531" → with a CRS score of 531); the tie-break's label ("Lamulo lothetsa kufanana", "Nthawi ya
 * tie-break"); programs; hedges ("pafupifupi", "oposa", "mpaka"). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['januwale|januware', 'January'],
  ['febuluwale|febuluwa', 'February'],
  ['malichi|machi', 'March'],
  ['epulo|epulelo', 'April'],
  ['meyi|mei', 'May'],
  ['juni|juni', 'June'],
  ['julai|julayi', 'July'],
  ['ogasiti|ogasti', 'August'],
  ['seputembala|sepitembala', 'September'],
  ['okutobala', 'October'],
  ['novembala|nomvembala', 'November'],
  ['disembala', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const ENGLISH_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  lolemba: 'Monday',
  lachiwiri: 'Tuesday',
  lachitatu: 'Wednesday',
  lachinayi: 'Thursday',
  lachisanu: 'Friday',
  loweruka: 'Saturday',
  lamlungu: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const NUMBERS: Readonly<Record<string, string>> = { ziwiri: 'two', zitatu: 'three', zinayi: 'four', zisanu: 'five' };
const COUNT = WORD_COUNT;
/** Invited: "inaitana", "yaitana", "yayitana", "chaitana", "chinaitana", "kunaitana", "anaitana", "idzaitana" is left (will invite). */
const INVITED = '(?:ina|ya|yayi|cha|china|kuna|ana|a)itana';
const DRAW = '(?:kujambula|chijambulo|kujambula\\s\\(draw\\))';

const RULES: readonly GlossRule[] = [
  [words(`(${WEEKDAYS})`), (w = '') => ` ${WEEKDAY[w.toLowerCase()] ?? ''} `],
  // Days: "28 June 2023", "5 Ogasiti 2026", "(19.08.2026)", "26/11/2025"; "pa 12 October" (on), "ya pa 12 November" (of).
  [words(String.raw`(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`), (all = '', d = '', m = '', y = '') => namedMonthDay(d, month(m), y) || ` ${all} `],
  [/(?<![\d./])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(MONTH), (m = '') => ` ${month(m)} `],
  [words(`(?:ya\\s|cha\\s|kwa\\s)pa(?=\\s(?:\\d{1,2}\\s)?${ENGLISH_MONTH}\\b)`), ' of '],
  [words(`(?:yolembedwa\\s)?pa(?=\\s(?:\\d{1,2}\\s)?${ENGLISH_MONTH}\\b)`), (all = '') => (/^yol/i.test(all) ? ' published on ' : ' on ')],
  [words(`mu(?=\\s${ENGLISH_MONTH}\\b)`), ' in '],
  // "lero" (today), "dzulo" (yesterday), "mawa" (tomorrow), "sabata ino" (this week), "sabata yatha" (last week).
  [words(`${DRAW}\\s(?:kwatsopano\\s|chatsopano\\s)?lero`), ' new draw today '],
  [words('lero'), ' today '],
  [words('dzulo'), ' yesterday '],
  [words('dzana'), ' the day before yesterday '],
  [words('mawa'), ' tomorrow '],
  [words('sabata\\sino|mlungu\\suno'), ' this week '],
  [words('sabata\\syatha|sabata\\syapitayi|mlungu\\swatha'), ' last week '],
  [words('sabata\\sikubwerayi|sabata\\syamawa'), ' next week '],
  [words('mwezi\\suno'), ' this month '],
  // Guides, recaps, forecasts.
  [words('malangizo|momwe\\smungawerengere'), ' Guide '],
  [words('mwachitsanzo'), ' for example '],
  [words('chidule\\scha\\smwezi|ndemanga\\sya\\smwezi'), ' monthly recap '],
  [words('chidule\\scha\\schaka'), ' year in review '],
  // A year's account headed "Chaka cha 2025 …" (the year 2025); "mu chaka cha 2025" is in 2025.
  [/^Chaka\scha\s((?:19|20)\d\d)(?!\d)/gimu, 'Year in review $1'],
  [words(`mu\\schaka\\scha\\s${YEAR}`), ' in $1 '],
  [words('tikuyembekezera|zoyembekezera|zolosera'), ' forecast '],
  // Rounds: "Zijambulo ziwiri" (two draws), "chijambulo nambala 252", "kujambula komaliza" (the last draw), "kujambula kwam'mbuyo".
  [words(`zijambulo\\s(${Object.keys(NUMBERS).join('|')})`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('chijambulo\\schachikulu|kujambula\\skwakukulu'), ' the biggest draw '],
  // A province's own round: "chigawo cha Alberta chachita kujambula" (the province of Alberta held a draw).
  [words(String.raw`chigawo\scha\s(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s(?:cha|chi?na)chita\s${DRAW}`), (_, p = '') => ` ${p} held a provincial draw `],
  [words(`${DRAW}\\s(?:komaliza|kwam'mbuyo|kwam’mbuyo|cham'mbuyo)`), ' the previous draw '],
  [words(`${DRAW}\\snambala\\s(\\d{1,3})`), ' draw #$1 '],
  [words('palibe\\skujambula'), ' no draw '],
  [words('sinachite'), ' did not hold '],
  [words(`${DRAW}\\s(?:kwatsopano|chatsopano)`), ' new draw '],
  [words(`${DRAW}\\skoyamba`), ' first draw '],
  [words(`${DRAW}|zijambulo`), ' draw '],
  [words('nambala\\s(\\d{1,3})'), ' #$1 '],
  [words('(?:ina|ya|cha)chita(?=\\s)'), ' held '],
  // Hedged counts, no count to the reader: "anthu pafupifupi 2,000" (about), "oposa 450" (more than), "mpaka 3,000" (up to).
  [
    words(`(?:anthu\\s)?(pafupifupi|[yz]?oposa|[yz]?opitilira|kuposa|mpaka|okwana\\smpaka)\\s${COUNT}`),
    (all = '', h = '', n = '') => ` ${/^paf/i.test(h) ? 'about' : /mpaka/i.test(h) ? 'up to' : 'more than'} ${n}${/^anthu/i.test(all) ? ' candidates' : ''} `,
  ],
  // Counts: "inaitana anthu 777", "yayitana anthu 500", "Anthu 500 alandira maitanidwe", "anthu 250 aitanidwa", "inaitana 536 pa 736".
  [words(`${INVITED}\\santhu\\s${COUNT}`), ' invited $1 candidates '],
  [words(`${INVITED}\\s(?:madokotala|madotolo)\\s${COUNT}`), ' invited $1 physicians '],
  [words(`${INVITED}\\s${COUNT}`), ' invited $1 candidates '],
  [words(`anthu\\s${COUNT}\\s(?:alandira|adalandira|analandira)\\s(?:maitanidwe|kuitanidwa)`), ' $1 candidates received invitations '],
  [words(`anthu\\s${COUNT}\\s(?:aitanidwa|anaitanidwa|adaitanidwa)`), ' $1 candidates were invited '],
  [words(`maitanidwe\\s${COUNT}`), ' $1 invitations '],
  [words(`anthu\\s${COUNT}`), ' $1 candidates '],
  [words(INVITED), ' invited '],
  [words('maitanidwe|kuitanidwa'), ' invitations '],
  // Cut-offs: "Chiwerengero chochepa cha CRS chinali 476", "CRS yochepa (kwambiri) inali 699", "CRS yochepa: 382", "ndi CRS ya 531".
  [words('(?:chiwerengero\\schochepa\\scha\\sCRS|CRS\\syochepa(?:\\skwambiri)?)\\s(?:chinali|inali)'), ' the minimum CRS score was '],
  [words('chiwerengero\\schochepa\\scha\\sCRS|CRS\\syochepa(?:\\skwambiri)?'), ' minimum CRS score '],
  [words(`ndi\\sCRS\\sya\\s${COUNT}`), ' with a CRS score of $1 '],
  [words(`pa\\sCRS\\s${COUNT}`), ' at CRS $1 '],
  // Comparisons: "kutsika kuchokera pa 768" (down from 768), "kukwera kuchokera pa 451" (up from).
  [words(`ku(tsika|kwera)\\skuchokera\\s(?:pa\\s)?${COUNT}`), (_, v = '', n = '') => ` ${/^kw/i.test(v) ? 'up' : 'down'} from ${n} `],
  [words('chiwerengero\\schochepa'), ' minimum score '],
  // The tie-break's label: "Lamulo lothetsa kufanana" (the rule that ends a tie), "Nthawi ya tie-break" (the tie-break's time).
  [words('lamulo\\slothetsa\\skufanana'), ' Tie-breaking rule '],
  [words('nthawi\\sya\\stie-break'), ' Tie-break time '],
  // Programs.
  [words('ntchito\\szachipatala|zachipatala'), ' healthcare '],
  [words('Chifalansa'), ' French-language '],
  [words('chigawo'), ' province '],
  [words('ntchito\\szamanja'), ' trades '],
  [words('chokha|okha'), ' only '],
  [words('inali|chinali|kunali'), ' was '],
  [words('ndipo|ndi'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Chichewa writes among the languages the reader glosses (not "kuti", which Shona writes, nor "ya", "na", "kwa"). */
const CHICHEWA_WORD = words(
  `lero|dzulo|dzana|anthu|kujambula|chijambulo|zijambulo|maitanidwe|inaitana|yaitana|yayitana|chaitana|chinaitana|kunaitana|aitanidwa|kuitanidwa|yochepa|chochepa|chiwerengero|chinali|inali|sabata|ino|ndipo|ndi|Lolemba|Lachiwiri|Lachitatu|Lachinayi|Lachisanu|Loweruka|Lamlungu|Chifalansa|chigawo|nambala|koyamba|zachipatala|pafupifupi|oposa|mwachitsanzo|nkhani|alandira|ntchito|yachita|inachita|chachita|komaliza|palibe|chidule|onse|ambiri|chatsopano|kwatsopano|${monthStems(MONTHS)}`,
);
const NTHU = /nthu/;
const JAMBUL = /jambul/;
const ITANIDW = /itanidw/;
/**
 * A cheap first test: three literals, "nthu" ("anthu": people, the count's word), "jambul" ("kujambula", "chijambulo": draw)
 * or "itanidw" ("maitanidwe", "aitanidwa": invitations, invited), one of which a Chichewa draw report writes and an English page
 * about never.
 */
export const CHICHEWA_HINT = { test: (text: string): boolean => NTHU.test(text) || JAMBUL.test(text) || ITANIDW.test(text) };

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isChichewa = (text: string): boolean => writtenWith(text, CHICHEWA_WORD, 5);

/** A Chichewa page glossed into English. */
export const glossChichewa = (text: string): string => glossInTurn(text, CASED_RULES);
