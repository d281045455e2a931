import { ethiopianToGregorian } from './ethiopian-calendar.ts';
import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Oromo (Afaan Oromoo) draw news glossed into the English the reader knows, as `gloss-somali.ts` does for Somali (docs/parser.md
 * "Oromo and Kinyarwanda"): its months, written month first as English does ("Hagayya 18, 2026" → "August 18, 2026"), weekdays
 * ("Kibxata" → "Tuesday"), "har'a" (today), "kaleessa" (yesterday); rounds ("filannoo lakk. 312 gaggeesse" → "held draw #312",
 * "filannoo CEC keessatti" → "in a CEC draw"); counts ("namoota 1,000 affeere" → "invited 1,000 candidates", "affeerraa 264" →
 * "264 invitations"); cut-offs ("Qabxiin CRS xiqqaan 523 ture" → "the minimum CRS score was 523", "qabxii 357 irratti" → "with a
 * minimum CRS score of 357"); the tie-break ("Seera walqixxummaa"); programs; guide, forecast and recap words. The verb comes last
 * in Oromo: the rules that place a count or a score take the verb with them. Words the glossary does not know stay as they are.
 */

const MONTHS: MonthTable = [
  ['amajj', 'January'],
  ['guraandh', 'February'],
  ['bitootess', 'March'],
  ['ebla|elba', 'April'],
  ['caamsa', 'May'],
  ['waxabajj', 'June'],
  ['adoole|adoolessa', 'July'],
  ['hagayy', 'August'],
  ['fuulban|fulbaan', 'September'],
  ['onkolole|onkoloole', 'October'],
  ['sadaas', 'November'],
  ['mudd', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** The months, as written and as often spelled ("Fulbaana", "Onkoloolessa", "Adoolessa", "Elba", "Mudde"). */
const MONTH_NAMES = [
  'Amajjii',
  'Guraandhala',
  'Bitootessa|Bitooteessa',
  'Ebla|Elba',
  'Caamsaa|Caamsa',
  'Waxabajjii',
  'Adooleessa|Adoolessa',
  'Hagayya',
  'Fuulbana|Fulbaana',
  'Onkololeessa|Onkoloolessa',
  'Sadaasa',
  'Muddee|Mudde',
];
const MONTH = `(${MONTH_NAMES.join('|')})`;
/** Ethiopian-calendar months by the same names, Fulbaana (Meskerem) first, and Qaammee (Pagume). */
const ETHIOPIAN_ORDER = [8, 9, 10, 11, 0, 1, 2, 3, 4, 5, 6, 7].map((i) => MONTH_NAMES[i] ?? '');
const ethiopianMonth = (m: string): number => (/^qaammee$/i.test(m) ? 13 : ETHIOPIAN_ORDER.findIndex((names) => new RegExp(`^(?:${names})$`, 'i').test(m)) + 1);

const ENGLISH_MONTHS = MONTHS.map(([, english]) => english);
/** A day of the Ethiopian calendar ("Hagayya 12, 2018 ALI", "12 Hagayya 2018 A.L.I."): its Gregorian day as English writes it. */
const ETHIOPIAN_DAY = words(String.raw`(?:(${MONTH_NAMES.join('|')}|Qaammee)\s(\d{1,2})|(\d{1,2})\s(${MONTH_NAMES.join('|')}|Qaammee)),?\s(?:bara\s)?((?:19|20)\d\d)\s?(?:A\.L\.I\.?|ALI)`);
function glossEthiopianDay(monthFirst: string, dayAfter: string, dayBefore: string, monthAfter: string, year: string): string {
  const g = ethiopianToGregorian(Number(year), ethiopianMonth(monthFirst || monthAfter), Number(dayAfter || dayBefore));
  return g ? ` ${ENGLISH_MONTHS[g.month - 1] ?? ''} ${String(g.day)}, ${String(g.year)} ` : ' ';
}
const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Wiixata', 'Monday'],
  ['Kibxata', 'Tuesday'],
  ['Roobii', 'Wednesday'],
  ['Kamiisa', 'Thursday'],
  ['Jimaata', 'Friday'],
  ['Sanbata', 'Saturday'],
  ['Dilbata', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { lama: 'two', sadii: 'three', afur: 'four', shan: 'five' };
const COUNT = WORD_COUNT;
/** People: "namoota", "namoonni" (the subject), "hayyamamtoota", "iyyattoota" (applicants). */
const PEOPLE = '(?:namoota|namoonni|nama|hayyamamtoota|iyyattoota|iyyattootaa)';
/** The verb of inviting: "affeere", "affeerte", "affeeree", "affeeraman" (were invited). */
const INVITED = String.raw`affeer(?:e|te|ee|ame|amani?|amaniiru|aniiru|eera)`;

const RULES: readonly GlossRule[] = [
  // A day of the Ethiopian calendar, which Ethiopian media write with "ALI" (Akka Lakkoobsa Itoophiyaa).
  [ETHIOPIAN_DAY, (_, m1 = '', d1 = '', d2 = '', m2 = '', y = '') => glossEthiopianDay(m1, d1, d2, m2, y)],
  // Days: "Hagayya 18, 2026", "Bitootessa 2–6, 2026" (a week), a month alone.
  [words(String.raw`${MONTH}\s(\d{1,2})(?![\d:])`), (_, m = '', d = '') => ` ${month(m)} ${String(Number(d))}`],
  [words(MONTH), (m = '') => ` ${month(m)} `],
  ...WEEKDAYS.map(([om, en]): GlossRule => [words(om), ` ${en} `]),
  [words(String.raw`sa['’]aatii(?=\s\d{1,2}:\d{2})`), ' at '],
  [words(String.raw`har['’]a`), ' today '],
  // "kaleessa dura" / "kaleessaa dura" (the day before yesterday) is no yesterday.
  [words('(?:guyyaa\\s)?kaleessa(?:a)?\\sdura'), ' the day before yesterday '],
  [words('kaleessa(?:a)?'), ' yesterday '],
  [words('guyyaa\\sdura'), ' the day before '],
  [words('torban\\skana(?:\\skeessa)?'), ' this week '],
  [words('torban\\sdhufu'), ' next week '],
  [words('torban\\sdarbe(?:e)?'), ' last week '],
  // Bylines and labels.
  [/(?<![\p{L}])(?:Barreessaa|Barreesse)\s?:\s(?=\p{Lu})/gu, ' By '],
  [words('maxxanfame'), ' Published '],
  [words('guyyaa'), ' Date '],
  [words('sagantaa'), ' Program '],
  // Guides, recaps and forecasts.
  [words('qajeelfama|qajeelfamni'), ' Guide '],
  [words('fakkeenyaaf'), ' for example '],
  [words('xiinxala'), ' Analysis '],
  [words("cuunfaa\\sji['’]aa|gabaasa\\sji['’]aa"), ' monthly recap '],
  [words('tilmaam\\p{L}*'), ' forecast '],
  [words('ni\\seegama|eegama'), ' expected '],
  // Rounds: "filannoo lakk. 312 gaggeesse" (held round 312), "filannoo X keessatti" (in an X draw), "filannoowwan afur" (four draws).
  [words(String.raw`filannoo\s(?:Express\sEntry\s)?(?:lakk\.?|lakkoofsa)\s?(\d{1,3})\s(?:gaggeess\p{L}*|taasis\p{L}*)`), ' held draw #$1 '],
  [words(String.raw`filannoo\s(?:Express\sEntry\s)?(?:lakk\.?|lakkoofsa)\s?(\d{1,3})(?!\d)`), ' draw #$1 '],
  // "filannoo (kan) darbe keessatti 517 ture" (517 in the previous draw): the previous draw, before "filannoo X keessatti" makes
  // "darbe" a draw's name and its score a round number.
  [
    words(`filannoo(?:n)?\\s(?:kan\\s)?darbe(?:e)?\\skeessatti\\s${COUNT}\\sirraa\\s(gadi\\sbu['’]\\p{L}*|ol\\ska['’]\\p{L}*)`),
    (_, n = '', way = '') => ` ${/^gadi/i.test(way) ? 'down' : 'up'} from ${n} in the previous draw `,
  ],
  [words(`filannoo(?:n)?\\s(?:kan\\s)?darbe(?:e)?\\skeessatti\\s${COUNT}\\sture`), ' compared with $1 in the previous draw '],
  [words('filannoo(?:n)?\\s(?:kan\\s)?darbe(?:e)?(?:\\skeessatti)?'), ' in the previous draw '],
  [
    words(String.raw`filannoo(?:wwan)?\s(?:\(draw\)\s)?(Express\sEntry\s)?(lama|sadii|afur|shan)\s(?:gaggeess\p{L}*|taasis\p{L}*)`),
    (_, ee = '', n = '') => ` held ${NUMBERS[n.toLowerCase()] ?? n} ${ee}draws `,
  ],
  [words(String.raw`guyyoota\s(lama|sadii)\swalitti\saansee`), (_, n = '') => ` on ${NUMBERS[n.toLowerCase()] ?? n} consecutive days `],
  [words(`filannoo(?:wwan)?\\s(lama|sadii|afur|shan)`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(String.raw`filannoo\s(?:\(draw\)\s)?([^\n.;:]{1,70}?)\s(?:gaggeess\p{L}*|taasis\p{L}*)`), ' held a $1 draw '],
  [words(String.raw`filannoo\s(?:\(draw\)\s)?([^\n.;:]{1,70}?)\skeessatti`), ' in a $1 draw '],
  [words('filannoo(?:n)?\\s(?:darbe(?:e)?|kan\\sdarbe(?:e)?)'), ' the previous draw '],
  [words('filannoowwan'), ' draws '],
  [words('filannoo(?:n|le)?'), ' draw '],
  [words('(?:ni\\s)?gaggeess\\p{L}*'), ' held '],
  [words('gaggeeffame'), ' which was held '],
  // The tie-break: "Seera walqixxummaa (tie-breaking rule)", "Seerri walqixxummaa:".
  [words(String.raw`seer(?:a|ri)\swalqixxummaa(?:\s\(tie-?breaking\srule\))?`), ' tie-breaking rule '],
  // Hedged counts: "namoota 900 ol" / "namoota 900 caalaa" (more than 900), "namoota gara 5,000" (about): no exact count.
  [words(`${PEOPLE}\\s${COUNT}\\s(?:ol|caalaa|caala)(?!\\s(?:ka|ba)['’])`), ' more than $1 candidates '],
  [words(`${PEOPLE}\\s(?:gara|naannoo|hanga)\\s${COUNT}`), ' about $1 candidates '],
  // Counts and cut-offs, the verb last: "namoota 6,000 qabxii 357 irratti affeerte", "namoota 1,000 affeere", "Namoonni 3,300 affeerraa … argatan".
  [
    words(`${PEOPLE}\\s${COUNT}\\s(qofa\\s)?qabxii\\s${COUNT}\\sirratti\\s${INVITED}`),
    (_, n = '', only = '', s = '') => ` invited ${only ? 'only ' : ''}${n} candidates with a minimum CRS score of ${s} `,
  ],
  [words(`${PEOPLE}\\s${COUNT}\\s(qofa\\s)?${INVITED}`), (_, n = '', only = '') => ` invited ${only ? 'only ' : ''}${n} candidates `],
  [words(`${PEOPLE}\\s${COUNT}\\saffeerraa`), ' $1 candidates received invitations '],
  [words(`${PEOPLE}\\s${COUNT}`), ' $1 candidates '],
  [words(`affeerraa\\s${COUNT}`), ' $1 invitations '],
  [words(`${COUNT}\\saffeerraa`), ' $1 invitations '],
  [words('affeerraa|affeerrii'), ' invitations '],
  [words(INVITED), ' invited '],
  [words('argatan|argataniiru'), ' received '],
  // "Qabxiin CRS xiqqaan 523 ture", "Qabxii CRS xiqqaa: 382", "qabxiin xiqqaan 760 ture", "CRS xiqqaa" (a column).
  [words(`qabxii(?:n)?\\s(?:CRS\\s)?xiqqaa(?:n)?\\s${COUNT}\\sture`), ' the minimum CRS score was $1 '],
  [words('qabxii(?:n)?\\s(?:CRS\\s)?xiqqaa(?:n)?|CRS\\sxiqqaa(?:n)?'), ' minimum CRS score '],
  [words(`qabxii\\s${COUNT}\\sirratti`), ' with a minimum CRS score of $1 '],
  [words(`qabxii\\s${COUNT}`), ' $1 points '],
  [words('qabxii(?:n)?'), ' score '],
  [words("ol\\ska['’]eera"), ' rose '],
  [words("gadi\\sbu['’]eera"), ' fell '],
  // Programs.
  [words(String.raw`afaan\sFaransaayii|Faransaayii`), ' French-language '],
  [words('hoggantoota\\solaanoo'), ' senior managers '],
  [words('ogeeyyota\\sfayyaa|fayyaa'), ' healthcare '],
  [words('barnoota'), ' education '],
  [words('jiraataa\\sdhaabbataa'), ' permanent residence '],
  [words('sagantaalee\\shunda'), ' all programs '],
  [words('kutaa\\sbiyyaa'), ' provincial '],
  // Joining words the English patterns lean on.
  [words('Awustiraaliyaa(?:n)?'), ' Australia '],
  [words('Niwu\\sZiilaand(?:ii)?'), ' New Zealand '],
  [words('Kanaadaa(?:n|tti)?'), ' Canada '],
  [words('miti'), ' not '],
  [words('ture|tureera'), ' was '],
  [words('qofa'), ' only '],
  [words('waliigalatti'), ' in total '],
  [words('immoo'), ' also '],
  [words('fi'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Oromo writes (its draw words, months, and short words no other language the reader glosses has). */
const OROMO_WORD = words(
  "affeer\\p{L}*|qabxii\\p{L}*|filannoo\\p{L}*|har['’]a|kaleessa|torban|kana|keessatti|keessa|ture|namoota|namoonni|gaggeess\\p{L}*|xiqqaa\\p{L}*|immoo|kanaaf|irratti|Kanaadaa\\p{L}*|Amajjii|Guraandhala|Bitootessa|Caamsaa|Waxabajjii|Adooleessa|Hagayya|Fuulbana|Onkololeessa|Sadaasa|Muddee|Faransaayii|afaan|qofa|Wiixata|Kibxata|Roobii|Kamiisa|Jimaata|Sanbata|Dilbata|godaansa\\p{L}*|walqixxummaa|akka|jedhu|itti|irraa|kun|miti|yeroo|hunda",
);
/**
 * A cheap first test (two literals, about as costly as a single character's search on an English page): "aa", which Oromo writes in
 * most of its words ("affeerraa", "Kanaadaa", "Hagayya" aside) and English about never, or "ffeer" (inviting) for a short report
 * without it ("Kaleessa dura … namoota 442 qabxii 760 irratti affeere"). Then a word of a draw report.
 */
export const OROMO_HINT = /ffeer|aa/;
const OROMO_DRAW_WORD = /ffeer|abxii|ilannoo|aleessa|agayya/;

/** A draw word, then eight of the words, four of them different, or (a short post) four different making up a sixth of its words. */
export const isOromo = (text: string): boolean => OROMO_DRAW_WORD.test(text) && writtenWith(text, OROMO_WORD, 4);

/** An Oromo page glossed into English. */
export const glossOromo = (text: string): string => glossInTurn(text, CASED_RULES);
