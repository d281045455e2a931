import { glossInTurn, keepAnyCase, monthStems, namedMonthDay, wholeMonthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Papiamento draw news glossed into the English the reader knows, in the shape of `gloss-judeo-spanish.ts` (docs/parser.md
 * "Papiamento and Sranan Tongo"): counts grouped by a dot ("3.300" → 3,300); dates with its months ("27 di ougùstùs 2024", "na 15
 * di mart" → on March 15, "17 di yüli"), weekdays ("djamars" → Tuesday), "awe" (today), "ayera" (yesterday); rounds ("ronda #312",
 * "ronda no. 365", "ronda number 245" → draw #312, "dos ronda" → two draws, "e ronda anterior" → the previous draw); counts ("a invitá
 * 750 kandidato" → invited 750 candidates, "a manda 3.300 invitashon" → issued 3,300 invitations); cut-offs ("e puntuashon CRS mínimo
 * tabata 507" → the minimum CRS score was 507, "ku un CRS mínimo di 694", "e puntuashon mas abou"); the tie-break ("e regla di
 * desempate"); hedges ("mas o ménos", "serka di" → about, "mas ku" → more than, "te ku" → up to: no count). Words it does not know stay.
 */

const MONTHS: MonthTable = [
  ['yanüari|yanuari|januari', 'January'],
  ['febrüari|febrewari|februari', 'February'],
  ['mart|maart', 'March'],
  ['aprel|april', 'April'],
  ['mei', 'May'],
  ['yüni|yuni|juni', 'June'],
  ['yüli|yuli|juli', 'July'],
  ['ougùstùs|ougustus|augustus', 'August'],
  ['sèptèmber|septèmber|september', 'September'],
  ['òktober|oktober', 'October'],
  ['novèmber|november', 'November'],
  ['desèmber|desember|december', 'December'],
];
const month = wholeMonthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  djaluna: 'Monday',
  djamars: 'Tuesday',
  djarason: 'Wednesday',
  djuebs: 'Thursday',
  djabièrnè: 'Friday',
  djabierne: 'Friday',
  djasabra: 'Saturday',
  djadumingu: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const COUNT = WORD_COUNT;
const NUMBERS: Readonly<Record<string, string>> = { dos: 'two', tres: 'three', kuater: 'four', sinku: 'five' };
const NUMBER_SIGN = '(?:no\\.|nr\\.|number|numero|#)';
const PEOPLE = '(?:kandidatonan|kandidato|personanan|persona|hende)';

const RULES: readonly GlossRule[] = [
  // Counts grouped by a dot: "3.300", "1.121" → 3,300, 1,121.
  [/(?<![\d.,:])(\d{1,3})\.(\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  // Hedged counts, no count to the reader.
  [words(`(?:mas\\so\\sménos|mas\\so\\smenos|serka\\sdi|aproksimadamente|kasi)\\s${COUNT}`), ' about $1 '],
  [words(`mas\\sku\\s${COUNT}`), ' more than $1 '],
  [words(`(?:te\\sku|te\\sna|te)\\s${COUNT}(?=\\s(?:invitashon|${PEOPLE}))`), ' up to $1 '],
  // Days: "27 di ougùstùs 2024", "na 15 di mart" (on March 15), "26 di ougùstùs".
  [
    words(`(?:(na)\\s)?(\\d{1,2})\\s(?:di\\s)?${MONTH}(?:,?\\s(?:di\\s)?${YEAR})?`),
    (all = '', na = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, month(m), y);
      return day ? `${na ? ' on' : ''}${day}` : ` ${all} `;
    },
  ],
  [words(`(${WEEKDAYS})`), (_, w = '') => ` on ${weekdayOf(w)} `],
  [words('awe'), ' today '],
  [words('antayera'), ' the day before yesterday '],
  [words('ayera'), ' yesterday '],
  [words('mañan'), ' tomorrow '],
  [words('un\\sdia\\spromé'), ' a day earlier '],
  [words('e\\ssiman\\saki'), ' this week '],
  [words('e\\ssiman\\spromé|siman\\spasá'), ' the week before '],
  // Guides, recaps, forecasts, provinces, others' rounds.
  [words('publiká|publiká\\sriba'), ' Published '],
  [words('guia'), ' Guide '],
  [words('resúmen\\sdi\\ssiman'), ' Draws this week '],
  [words(`resúmen\\sdi\\s${YEAR}`), ' Year in review $1 '],
  [words(`resúmen\\sdi\\s${MONTH}`), (_, m = '') => ` Monthly recap: ${month(m)} `],
  [words('resúmen'), ' recap '],
  [words('por\\sehèmpel|por\\sehempel|por\\sejemplo'), ' for example '],
  [words('pronóstiko|pronostiko|prediccion|predikshon'), ' forecast '],
  [words('provinsia'), ' province '],
  [words('Australia'), ' Australia '],
  [words('no\\sta\\s(?:un\\s)?ronda\\sdi\\sExpress\\sEntry'), ' This is not a federal draw '],
  [words('no\\stabatin\\s(?:ningun\\s)?ronda'), ' there was no draw '],
  // The tie-break's label, before the rounds ("ronda" in it).
  [words('(?:e\\s)?regla\\sdi\\sdesempate'), ' the tie-breaking rule '],
  [words('desempate'), ' tie-break '],
  // Rounds: "ronda #312", "ronda no. 365", "ronda number 245", "ronda 119", "dos ronda", "e ronda anterior".
  [words(`ronda\\s${NUMBER_SIGN}\\s?(\\d{1,3})(?![\\d,.]\\d)`), ' draw #$1 '],
  [words('ronda\\s(\\d{1,3})(?![\\d,.]\\d)(?!\\s(?:invitashon|kandidato))'), ' draw #$1 '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\sronda`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('(?:e\\s)?ronda\\s(?:anterior|pasá)'), ' the previous draw '],
  [words('(?:un\\s)?ronda\\snobo'), ' a new draw '],
  [words('rondanan|ronda'), ' draw '],
  // Counts: "a invitá 750 kandidato", "a manda 3.300 invitashon", "7000 kandidato".
  [words(`a\\sinvitá\\s${COUNT}`), ' invited $1 '],
  [words(`a\\s(?:manda|duna|parti)\\s${COUNT}`), ' issued $1 '],
  [words(`${COUNT}\\sinvitashon`), ' $1 invitations '],
  [words(`${COUNT}\\s${PEOPLE}`), ' $1 candidates '],
  [words('a\\shaña\\s(?:un\\s)?invitashon'), ' received invitations '],
  [words('invitashon'), ' invitations '],
  [words('a\\sinvitá'), ' invited '],
  [words('kandidatonan|kandidato'), ' candidates '],
  // Cut-offs: "E puntuashon CRS mínimo tabata 507", "ku un CRS mínimo di 694", "E puntuashon mas abou … tabata 446", "a subi te 538".
  [words('(?:(e|un)\\s)?puntuashon\\s(?:CRS\\s)?(?:mínimo|minimo|mas\\sabou)(?:\\sCRS)?(\\sdi)?'), (_, a = '', di = '') => ` ${/^un$/i.test(a) ? 'a' : 'the'} minimum CRS score${di ? ' of' : ''} `],
  [words('(?:(e|un)\\s)?CRS\\s(?:mínimo|minimo)(\\sdi)?'), (_, a = '', di = '') => ` ${/^un$/i.test(a) ? 'a' : 'the'} minimum CRS score${di ? ' of' : ''} `],
  [words(`(?:mínimo|minimo)(?:\\sdi)?(?=\\s${COUNT})`), ' minimum score '],
  [words(`(?:tabata|a\\ssubi\\ste|a\\sbaha\\ste)\\s${COUNT}`), (all = '', n = '') => ` ${/subi/i.test(all) ? 'rose to' : /baha/i.test(all) ? 'fell to' : 'was'} ${n} `],
  [words('puntuashon(?:\\sCRS)?'), ' CRS score '],
  [words(`${COUNT}\\spunto`), ' $1 points '],
  [words('tabata'), ' was '],
  [words('na(?=\\s\\d{1,2}:\\d\\d)'), ' at '],
  // Programs and who did what.
  [words('(?:idioma\\s)?franses'), ' French-language '],
  [words('gerente\\ssenior'), ' senior managers '],
  [words('sin\\sprograma\\sspesífiko'), ' for all programs '],
  [words('tur\\sprograma'), ' all programs '],
  [words('Fecha'), ' Date '],
  [words('Programa'), ' Program '],
  [words('a\\stene'), ' held '],
  [words('ku'), ' with '],
  [words('pa'), ' for '],
  [words('i'), ' and '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Papiamento's own words and spellings, which neither Spanish nor Portuguese, Judeo-Spanish, Dutch nor Haitian Creole writes. */
const PAPIAMENTO_WORD = words(
  'invitashon|puntuashon|migrashon|emigrashon|informashon|rondanan|ronda|\\p{L}{3,}[oeó]nan|awe|ayera|tabata|tabatin|siman|promé|esaki|mester|ku|djaluna|djamars|djarason|djuebs|djabièrnè|djasabra|djadumingu|ougùstùs|yanüari|febrüari|yüni|yüli|sèptèmber|òktober|novèmber|desèmber|aprel|mart|ehèmpel|hopi|tambe|papia|skohe|haña|aña|kiko|atrobe|a\\s(?:invitá|tene|manda|haña|subi|baha)',
);
const HINT = /ashon|\b[Rr]onda\b|\b[Aa]yera\b/;
/** A cheap first test: "…ashon" ("invitashon", "puntuashon", "migrashon"), "ronda" or "ayera" (yesterday), none of which an English page writes. */
export const PAPIAMENTO_HINT = { test: (text: string): boolean => HINT.test(text) };

/** English's small words: a page with as many of them as of Papiamento's quotes it ("papiamento speakers say 'invitashon'…"). */
const ENGLISH_WORD = /\b(?:the|and|of|on|for|was|were|with|to|in|held|wrote|said|says?|call)\b/gi;

/** A short post's words of its own: "awe", "ayera", "…ashon" (a count of invitations, the hashtag "#Migrashon"). */
const SHORT_OWN = words('awe|ayera|invitashon|migrashon|puntuashon|ronda');

/**
 * Five different of its words (eight in all, or a sixth of a short post's), or a post of at most 20 words with three different
 * of `SHORT_OWN`; and more of them than English small words.
 */
export function isPapiamento(text: string): boolean {
  const english = (text.match(ENGLISH_WORD) ?? []).length;
  if (writtenWith(text, PAPIAMENTO_WORD, 5)) return english < (text.match(PAPIAMENTO_WORD) ?? []).length;
  return (text.match(/\p{L}+/gu) ?? []).length <= 20 && new Set((text.match(SHORT_OWN) ?? []).map((w) => w.toLowerCase())).size >= 3 && english === 0;
}

/** A Papiamento page glossed into English. */
export const glossPapiamento = (text: string): string => glossInTurn(text, CASED_RULES);
