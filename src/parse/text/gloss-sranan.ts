import { glossInTurn, keepAnyCase, monthStems, namedMonthDay, wholeMonthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Sranan Tongo draw news glossed into the English the reader knows, in the shape of `gloss-tok-pisin.ts` (docs/parser.md
 * "Papiamento and Sranan Tongo"): counts grouped by a dot ("3.000" → 3,000); dates with its (Dutch) months ("10 december 2025",
 * "4 augustus 2022"), weekdays ("Munde" → Monday, "tudewroko" → Tuesday), "tide" (today), "esde" (yesterday); rounds ("lontu #384",
 * "Lontu 327", "Lontu nomru 397" → draw #384, "Tu lontu" → two draws, "a laatste lontu" → the previous draw); counts ("IRCC seni 6000
 * kari" → issued 6,000 invitations, "ben kari 8000 sma" → invited 8,000 candidates, "sma kisi kari" → candidates received
 * invitations); cut-offs ("a moro lage CRS ben de 463" → the minimum CRS score was 463, "moro lage skor 729"); the tie-break
 * ("tie-break regel"); hedges ("sowan", "kande" → about, "moro leki" → more than, "te go miti" → up to: no count). Words it does not
 * know stay.
 */

const MONTHS: MonthTable = [
  ['januari|yanuari', 'January'],
  ['februari|februwari', 'February'],
  ['maart|maarti', 'March'],
  ['april', 'April'],
  ['mei', 'May'],
  ['juni|yuni', 'June'],
  ['juli|yuli', 'July'],
  ['augustus|agustus', 'August'],
  ['september', 'September'],
  ['oktober', 'October'],
  ['november', 'November'],
  ['december|desember', 'December'],
];
const month = wholeMonthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  munde: 'Monday',
  tudewroko: 'Tuesday',
  dridewroko: 'Wednesday',
  fodewroko: 'Thursday',
  freyda: 'Friday',
  frayda: 'Friday',
  satra: 'Saturday',
  sonde: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const COUNT = WORD_COUNT;
const NUMBERS: Readonly<Record<string, string>> = { tu: 'two', dri: 'three', fo: 'four', feifi: 'five' };
const MINIMUM = '(?:moro\\slage|moro\\spikin|lagiwan)';

const RULES: readonly GlossRule[] = [
  // Counts grouped by a dot: "3.000", "27.332" → 3,000, 27,332.
  [/(?<![\d.,:])(\d{1,3})\.(\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  // Hedged counts, no count to the reader.
  [words(`(?:sowan|kande|pikinmoro)\\s${COUNT}`), ' about $1 '],
  [words(`(?:moro\\sleki|moro\\sbigi\\sleki|moro\\sleki\\sfu)\\s${COUNT}`), ' more than $1 '],
  [words(`te\\sgo\\s(?:miti\\s)?${COUNT}`), ' up to $1 '],
  // Days: "10 december 2025", "Munde 8 december", "tapu 13 februari 2021" (on February 13, 2021).
  [
    words(`(?:(tapu|na)\\s)?(\\d{1,2})\\s${MONTH}(?:,?\\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, month(m), y);
      return day ? `${on ? ' on' : ''}${day}` : ` ${all} `;
    },
  ],
  [words(`(${WEEKDAYS})`), (_, w = '') => ` on ${weekdayOf(w)} `],
  [words('esde'), ' yesterday '],
  [words('tide|tiday|tidey|tiydey'), ' today '],
  [words('tamara'), ' tomorrow '],
  [words('wan\\sdei\\sfosi'), ' a day earlier '],
  [words('(?:na\\s)?a\\swiki\\sdisi'), ' this week '],
  [words('a\\swiki\\sdi\\spasa|a\\sfosi\\swiki'), ' last week '],
  [words(`(feifi|tu|dri|fo|wan)\\syari\\sbaka`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? 'one'} years ago `],
  // Guides, recaps, forecasts, provinces, others' rounds.
  [words('fa\\sfu'), ' how to '],
  [words('gidi|leri'), ' Guide '],
  [words('provinsi'), ' province '],
  [words('no\\shori\\sno\\swan\\slontu'), ' held no draw '],
  [words('no\\swan\\slontu'), ' no draw '],
  // The tie-break: "tie-break regel".
  [words('(?:a\\s)?tie-?break(?:ing)?(?:\\sregel)?'), ' the tie-breaking rule '],
  // Rounds: "lontu #384", "Lontu 327", "lontu nomru 397", "Tu lontu", "a laatste lontu".
  [words('(?:lontu\\s)?nomru\\s(\\d{1,3})(?![\\d,.]\\d)'), ' draw #$1 '],
  [words('lontu\\s#?(\\d{1,3})(?![\\d,.]\\d)'), ' draw #$1 '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\slontu`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('(?:a\\s)?(?:laatste|lasti|fosi)\\slontu(?=\\sben)|a\\slontu\\sfosi'), ' the previous draw '],
  [words('(?:a\\s)?(?:laatste|lasti)\\slontu'), ' the last draw '],
  [words('(?:wan\\s)?nyun\\slontu'), ' a new draw '],
  [words('(?:a\\s)?moro\\sbigi(?=\\sExpress\\sEntry\\slontu)'), ' the biggest '],
  [words('(?:wan\\s)?spesrutu\\slontu'), ' a special draw '],
  [words('lontu'), ' draw '],
  // Counts: "IRCC seni 6000 kari", "ben kari 8000 sma", "391 datra kisi kari", "1123 kari".
  [words(`(?:ben\\s)?seni\\s${COUNT}\\skari`), ' issued $1 invitations '],
  [words(`(?:ben\\s)?kari\\s${COUNT}\\s(?:sma|datra)`), ' invited $1 candidates '],
  [words(`${COUNT}\\s(?:sma|datra)\\skisi\\s(?:wan\\s)?kari`), ' $1 candidates received invitations '],
  [words(`${COUNT}\\skari`), ' $1 invitations '],
  [words('kisi\\s(?:a\\s|wan\\s)?kari'), ' receive invitations '],
  [words('kari'), ' invitations '],
  // Cut-offs: "A moro lage CRS-skor ben de 520", "a moro lage CRS ben de 463", "moro lage skor 729", "wan skor fu 511".
  [
    words(`(?:(a|wan)\\s)?${MINIMUM}\\s(?:CRS-?skor|CRS|skor)(\\sfu)?(?:\\sben\\sde|\\sde)?(?=\\s\\d)`),
    (all = '', a = '', fu = '') => ` ${/^wan$/i.test(a) ? 'a' : 'the'} minimum ${/CRS/i.test(all) ? 'CRS ' : ''}score ${fu ? 'of' : /\bde$/i.test(all) ? 'was' : ''} `,
  ],
  [words(`(?:wan\\s)?skor\\sfu(?=\\s${COUNT})`), ' a score of '],
  [words('CRS-?skor|skor'), ' CRS score '],
  [words('ben\\sde(?=\\s\\p{Lu}|\\s\\d)'), ' was '],
  [words(`${COUNT}\\spunt`), ' $1 points '],
  // Who did what, programs.
  [words('(?:ben\\s)?hori'), ' held '],
  [words('(?:ben\\s)?seni'), ' issued '],
  [words('ala\\sprogramma'), ' all programs '],
  [words('datra'), ' doctors '],
  [words('nomo'), ' only '],
  [words('Kanada'), ' Canada '],
  [words('nanga'), ' with '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Sranan's own words, which neither Dutch, Tok Pisin, Bislama, Haitian Creole nor English writes ("nomo", Bislama's too, is not one). */
const SRANAN_WORD = words(
  'lontu|kari|sma|hori|seni|nanga|moro|lage|wiki|disi|esde|tide|tiday|tiydey|nomru|fosi|yari|nyun|leki|kisi|wroko|datra|munde|tudewroko|dridewroko|fodewroko|freyda|satra|sonde|kaba|sensi|fu|gi|ben\\sde|efu|luku|spesrutu|wakti|taki|sowan|tamara',
);
const HINT = /[Ll]ontu|\bkari\b|\bsma\b/;
/** A cheap first test: "lontu" (a round), "kari" (invitations) or "sma" (people), which English never writes. */
export const SRANAN_HINT = { test: (text: string): boolean => HINT.test(text) };

/** English's small words: a page with as many of them as of Sranan's quotes it. */
const ENGLISH_WORD = /\b(?:the|and|of|on|for|was|were|with|to|in|held|wrote|said|says?|call)\b/gi;
/** Tok Pisin's and Bislama's own words: a page with as many of them is theirs. */
const PIDGIN_WORD = words('bilong|blong|tude|tede|asde|yestedei|holim|holem|singautim|singaotem|manmeri|oli|raon|wetem|hemia|kasem|dispela|liklik|tasol|wanpela');

/** Five different of its words (eight in all, or a sixth of a short post's), and more of them than English small words or Tok Pisin's and Bislama's. */
export function isSranan(text: string): boolean {
  const own = (text.match(SRANAN_WORD) ?? []).length;
  return writtenWith(text, SRANAN_WORD, 5) && (text.match(ENGLISH_WORD) ?? []).length < own && (text.match(PIDGIN_WORD) ?? []).length * 2 < own;
}

/** A Sranan Tongo page glossed into English. */
export const glossSranan = (text: string): string => glossInTurn(text, CASED_RULES);
