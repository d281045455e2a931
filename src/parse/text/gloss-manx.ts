import { wholeMonthNamer, glossInTurn, keepAnyCase, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Manx draw news glossed into the English the reader knows, in the shape of `gloss-occitan.ts` (docs/parser.md "Manx and
 * Sardinian"): dates with its months ("17 Luanistyn 2026" → "August 17, 2026", "8 Jerrey Souree 2024", "12 Mee Houney", "6/12" day
 * first), weekdays ("Jelune" → Monday, "Jecrean 6/12" → Wednesday, December 6), "jiu" (today), "jea" (yesterday), "'sy tiaghtey shoh"
 * (this week); rounds ("cruinnaght" → draw, "Cruinnaght: #302", "y 41oo cruinnaght" → the 41st draw, "y chruinnaght roish" → the
 * previous draw); counts ("442 cuirraghyn" → 442 invitations, "hug IRCC magh" → IRCC issued); cut-offs ("scoar CRS s'injil" →
 * minimum CRS score); the tie-break's label ("Rial scughey-daa"); hedges ("mysh" → about, "ny smoo na" → more than, "derrey" → up
 * to). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['Jerrey\\sGeuree', 'January'],
  ['Toshiaght\\sArree', 'February'],
  ['Mart', 'March'],
  ['Avr?il', 'April'],
  ['Boaldyn', 'May'],
  ['Mean\\sSouree', 'June'],
  ['Jerrey\\sSouree', 'July'],
  ['Luanistyn', 'August'],
  ['Mean\\sFouyir', 'September'],
  ['Jerrey\\sFouyir', 'October'],
  ['Mee\\sHouney', 'November'],
  ['Mee\\sny\\sNollick', 'December'],
];
const month = wholeMonthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  jelune: 'Monday',
  jemayrt: 'Tuesday',
  jecrean: 'Wednesday',
  jerdein: 'Thursday',
  jeheiney: 'Friday',
  jesarn: 'Saturday',
  jedoonee: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const COUNT = WORD_COUNT;
const NUMBERS: Readonly<Record<string, string>> = { daa: 'two', three: 'three', tree: 'three', kiare: 'four', queig: 'five' };
const DRAW = '(?:ch?ruinnaght|ch?ruinnaghyn)';

const RULES: readonly GlossRule[] = [
  // Days: "17 Luanistyn 2026", "(Jelune 8 Jerrey Souree 2024)", "12 Mee Houney 2025", "Jecrean 6/12" (day first).
  [
    words(`(?:(${WEEKDAYS}),?\\s)?(\\d{1,2})\\s${MONTH}(?:,?\\s${YEAR})?`),
    (all = '', w = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, month(m), y);
      return day ? ` ${w ? `${weekdayOf(w)}, ` : ''}${day}` : ` ${all} `;
    },
  ],
  [
    words(`(${WEEKDAYS})\\s(\\d{1,2})\\/(\\d{1,2})(?:\\/((?:19|20)\\d\\d))?(?![\\d/])`),
    (all = '', w = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, monthOrNone(m), y);
      return day ? ` ${weekdayOf(w)},${day}` : ` ${all} `;
    },
  ],
  [words(`(?:ayns\\s)?${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [words(`(${WEEKDAYS})`), (_, w = '') => ` ${weekdayOf(w)} `],
  [words('Er(?=\\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))'), ' On '],
  // "jiu" (today), "jea" (yesterday), "arroo" (the day before yesterday), "mairagh" (tomorrow), "'sy tiaghtey shoh" (this week).
  [words(`${DRAW}\\s(\\p{Lu}{2,4}\\s)?jiu`), (_, p = '') => ` today's ${p}draw `],
  [words('jiu'), ' today '],
  [words('arroo'), ' the day before yesterday '],
  [words('jea'), ' yesterday '],
  [words('mairagh'), ' tomorrow '],
  [words("(?:'sy|ayns\\sy)\\stiaghtey\\sshoh|yn\\stiaghtey\\sshoh"), ' this week '],
  [words('yn\\stiaghtey\\sroish|yn\\stiaghtey\\sskeayllt'), ' last week '],
  [words('Naightyn\\sy\\sTiaghtey'), ' Weekly news '],
  // Guides, recaps, forecasts.
  [words('Coyrle|Kys\\sta'), ' Guide '],
  [words('Jeeagh\\ser\\sash'), ' Monthly recap '],
  [words('Lioar-naight'), ' Newsletter '],
  [words('Cha\\snel\\sfys\\sain'), ' we do not know '],
  [words(`Cha\\srow\\s${DRAW}(?:\\s(Express\\sEntry))?\\serbee`), (_, e = '') => ` There was no ${e ? 'Express Entry ' : ''}draw `],
  [words(`Blein\\s${YEAR}`), ' $1 in review '],
  // Hedged counts, no count to the reader.
  [words(`(?:mysh|bunnys|faggys\\sda)\\s${COUNT}`), ' about $1 '],
  [words(`(?:ny\\ssmoo\\sna|erskyn)\\s${COUNT}`), ' more than $1 '],
  [words(`(?:derrey|gys)\\s${COUNT}`), ' up to $1 '],
  // Rounds: "Cruinnaght: #302", "y 41oo cruinnaght", "daa chruinnaght", "y chruinnaght roish", "cruinnaght noa".
  [words(`(?:y\\s)?(\\d{1,3})(?:oo|od|s)\\s${DRAW}(?:\\sExpress\\sEntry)?`), ' Express Entry draw #$1 '],
  [words(`${DRAW}\\s(?:#|nr\\.?\\s?)(\\d{1,3})`), ' draw #$1 '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\s${DRAW}`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`Va['’]n\\s${DRAW}\\sroish(?:\\sshen)?\\ser`), ' The previous draw was on '],
  [words(`(?:y\\s|yn\\s)?${DRAW}(\\s\\p{Lu}{2,4})?\\sroish(?:\\sshen)?`), (_, p = '') => ` the previous${p} draw `],
  [words(`Va['’]n\\s${DRAW}\\s(?:s'jerree|jerrinagh)\\ser`), ' The latest draw was on '],
  [words(`(?:y\\s)?${DRAW}\\s(?:s'jerree|jerrinagh)`), ' the latest draw '],
  [words(`(?:y\\s)?chied\\s${DRAW}`), ' the first meeting '],
  [words(`${DRAW}\\snoa`), ' new draw '],
  [words(`${DRAW}\\s(Frangish|CEC|PNP|STEM)`), ' $1 draw '],
  [words('ch?ruinnaghyn'), ' draws '],
  [words('ch?ruinnaght'), ' draw '],
  // Counts: "442 cuirraghyn", "Cuirraghyn: 3,200", "hug IRCC magh 442 cuirraghyn".
  [words(`(?:er\\s(?:choyrt|chur)\\s)?cuirraghyn\\sda\\s${COUNT}\\sfir-(?:aarlee|reillee)`), ' invited $1 candidates '],
  [words(`${COUNT}\\scuirraghyn`), ' $1 invitations '],
  [words('cuirraghyn'), ' invitations '],
  [words('cuirrey'), ' invitation '],
  [words('hug\\s([\\p{L}\\s]{2,30}?)\\smagh'), ' $1 issued '],
  [words('fir-aarlee|fir-reillee'), ' candidates '],
  // Cut-offs: "scoar CRS s'injil", "scoar s'injil", "Va'n scoar … 538".
  [words("(?:Va['’]n\\s)scoar(\\sCRS)?\\ss['’]injil"), (_, c = '') => ` the minimum${c ? ' CRS' : ''} score was `],
  [words("scoar(\\sCRS)?\\ss['’]injil"), (_, c = '') => ` the minimum${c ? ' CRS' : ''} score `],
  [words("CRS\\ss['’]injil"), ' minimum CRS '],
  [words('scoar'), ' score '],
  [words(`ec\\s${COUNT}`), ' at $1 '],
  [words("ny\\ss['’]yrjey\\sna"), ' higher than '],
  [words("er\\sn['’]gholl\\sseose(?:\\sdys)?"), ' went up to '],
  // The tie-break's label.
  [words('Rial\\sscughey-daa'), ' Tie-breaking rule '],
  // Programs.
  [words('Frangish'), ' French '],
  [words('Cadjin(?:\\s\\(gyn\\sprogram\\))?'), ' General '],
  [words('ass\\sny\\sProvinsyn'), ' provincial nominees '],
  [words('Reiltys\\sChanada|Immigration\\sCanada'), ' IRCC '],
  [words('Chanada'), ' Canada '],
  [words('son\\sy|son'), ' for '],
  [words("Va['’]n"), ' The '],
  [words('Screeuit\\sliorish'), ' By '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Manx's words: its spelling (English-like letters in Gaelic words) no English, Irish, Scottish Gaelic or Welsh page writes. */
const MANX_WORD = words(
  "cuirraghyn|cuirrey|ch?ruinnaght|ch?ruinnaghyn|scoar|s['’]injil|jiu|jea|shoh|shen|roish|tiaghtey|Luanistyn|Boaldyn|Souree|Fouyir|Houney|Nollick|Geuree|Arree|Jelune|Jemayrt|Jecrean|Jerdein|Jeheiney|Jesarn|Jedoonee|hug|magh|ayns|ooilley|Frangish|Gaelg|Gaelgagh|Vannin|naightyn|Chanada|cadjin|dagh|neesht|Va['’]n|Ta['’]n",
);
/** The language's own words (its invitations, its rounds, its days and its cut-off). */
const MANX_OWN = words("cuirraghyn|cuirrey|ch?ruinnaght|ch?ruinnaghyn|s['’]injil|tiaghtey|Luanistyn|Jelune|Jemayrt|Jecrean|Jerdein|Jeheiney|Vannin|Gaelgagh");
/** A cheap first test: "(c)uirraghyn" (invitations) or "(c)ruinnag(ht)" (draw), which no other language writes (two string searches). */
export const MANX_HINT = { test: (text: string): boolean => text.includes('uirraghyn') || text.includes('ruinnag') };

/** A short channel post: a figure, sixteen words at most and none of the English a note quoting its words writes ("🇨🇦 Cruinnaght #435 · PNP · 442 cuirraghyn · 760"). */
const isShortPost = (text: string): boolean => /\d/.test(text) && !/\b(?:invitations?|draws?|score|minimum|ITAs?)\b/i.test(text) && (text.match(/\p{L}+/gu) ?? []).length <= 16;

/** Five different of the words (three in a short post), eight in all or a sixth of a short post's, two of them its own. */
export const isManx = (text: string): boolean => writtenWith(text, MANX_WORD, isShortPost(text) ? 3 : 5) && new Set((text.match(MANX_OWN) ?? []).map((w) => w.toLowerCase())).size >= 2;

/** A Manx page glossed into English. */
export const glossManx = (text: string): string => glossInTurn(text, CASED_RULES);
