import { wholeMonthNamer, glossInTurn, keepAnyCase, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Judeo-Spanish (Ladino, in the Latin spelling of Aki Yerushalayim) draw news glossed into the English the reader knows, in the
 * shape of `gloss-ladin.ts` (docs/parser.md "Judeo-Spanish and Kabardian"): counts grouped by a dot ("3.300" → 3,300); dates with
 * its months ("27 de agosto", "6 de djulio", "22 de disiembre", "13 djulio 2023"), weekdays ("el miercoles" → on Wednesday,
 * "djueves" → Thursday), "oy" (today), "ayer" (yesterday); rounds ("la vuelta de envitasyones No. 312" → round #312, "vuelta #424",
 * "dos vueltas" → two rounds); counts ("envito a 534 kandidatos" → invited 534 candidates, "2,000 envitasyones" → 2,000 invitations);
 * cut-offs ("el punto minimo CRS fue 507", "kon un minimo de 708 puntos", "el punto mas basho"); the tie-break ("la regla de
 * desempate"); hedges ("serka de" → about, "mas de" → more than, "asta" → up to). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['enero|djenero', 'January'],
  ['febrero|fevrero', 'February'],
  ['marso|mars', 'March'],
  ['avril|abril', 'April'],
  ['mayo|mayis', 'May'],
  ['djunio|junio|yunio', 'June'],
  ['djulio|julio|yulio', 'July'],
  ['agosto|avgusto', 'August'],
  ['septiembre|setiembre|septembre', 'September'],
  ['oktubre|oktobre', 'October'],
  ['noviembre|novembre', 'November'],
  ['disiembre|desiembre|desembre|disembre', 'December'],
];
const month = wholeMonthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  lunes: 'Monday',
  martes: 'Tuesday',
  miercoles: 'Wednesday',
  mierkoles: 'Wednesday',
  djueves: 'Thursday',
  jueves: 'Thursday',
  viernes: 'Friday',
  shabat: 'Saturday',
  sabado: 'Saturday',
  alhad: 'Sunday',
  domingo: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const COUNT = WORD_COUNT;
const NUMBERS: Readonly<Record<string, string>> = { dos: 'two', tres: 'three', kuatro: 'four', sinko: 'five' };
const NUMBER_SIGN = '(?:No\\.|Nr\\.|numero|#)';

const RULES: readonly GlossRule[] = [
  // Counts grouped by a dot or a space: "3.300", "100.000", "4 000" → 3,300, 100,000, 4,000.
  [/(?<![\d.,])(\d{1,3})[.  ](\d{3})(?![\d]|[.,]\d)/g, '$1,$2'],
  // Hedged counts, no count to the reader.
  [words(`(?:serka\\sde|aproksimadamente|mas\\so\\smenos)\\s${COUNT}`), ' about $1 '],
  [words(`mas\\sde\\s${COUNT}`), ' more than $1 '],
  [words(`(?:asta|fin\\sa)\\s${COUNT}`), ' up to $1 '],
  // Days: "Ayer, 27 de agosto", "28 de agosto 2024", "13 djulio 2023", "el 22 de disiembre", "7 de enero 2026".
  [
    words(`(?:(el)\\s)?(\\d{1,2})\\s(?:de\\s)?${MONTH}(?:,?\\s(?:de\\s)?${YEAR})?`),
    (all = '', el = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, month(m), y);
      return day ? `${el ? ' on' : ''}${day}` : ` ${all} `;
    },
  ],
  [words(`(?:(?:el|en)\\s)?(${WEEKDAYS})`), (_, w = '') => ` on ${weekdayOf(w)} `],
  [words('antes\\sde\\s?ayer|anti?ayer|antiyer|antier|anteayer'), ' the day before yesterday '],
  [words('ayer'), ' yesterday '],
  [words('oy'), ' today '],
  [words('amanyana'), ' tomorrow '],
  [words('esta\\ssemana'), ' this week '],
  // Guides, recaps, forecasts, provinces.
  [words('gia|guia'), ' Guide '],
  [words(`rezumen\\sdel\\smez\\sde\\s${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` Monthly recap: ${month(m)} ${y} `],
  [words('rezumen\\sde\\s(?:la\\s)?semana'), ' Draws this week '],
  [words('rezumen'), ' recap '],
  [words(`(?:recap\\sdel\\s|el\\s)?anyo\\s${YEAR}\\sen(?=\\sExpress\\sEntry)`), ' Year in review $1: '],
  [words(`el\\sanyo\\s${YEAR}`), ' the year $1 '],
  [words('por\\segzempio|por\\sejemplo'), ' for example '],
  [words('previzion|prevision|pronostiko'), ' forecast '],
  [words('(?:la\\sprovinsia\\sde\\s)?Kolumbia\\sBritanika'), ' British Columbia '],
  [words('provinsia'), ' province '],
  [words('(?:Mueva|Nueva)\\sZelanda'), ' New Zealand '],
  [words('no\\ses\\s(?:una\\s)?vuelta\\sde\\sExpress\\sEntry'), ' This is not a federal draw '],
  [words('no\\s(?:uvo|huvo|ay)\\s(?:ninguna\\s)?vuelta'), ' there was no draw '],
  [words('su\\s(?:propia\\s)?vuelta'), ' its own draw '],
  [words('la\\sultima\\svuelta'), ' the last round '],
  // Rounds: "la vuelta de envitasyones No. 312", "vuelta #424", "dos vueltas", "mueva vuelta".
  [words(`(?:la\\s)?vuelta\\sde\\senvitasyones\\s${NUMBER_SIGN}\\s?(\\d{1,3})`), ' round #$1 '],
  [words(`(?:la\\s)?vuelta\\s${NUMBER_SIGN}\\s?(\\d{1,3})`), ' round #$1 '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\svueltas`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} rounds `],
  [words('(?:la\\s)?vuelta\\s(?:pasada|presedente|anterior)'), ' the previous round '],
  [words('(?:una\\s)?mueva\\svuelta'), ' a new round '],
  [words('la\\sprimera\\svuelta'), ' the first round '],
  [words('(?:la\\s)?vuelta\\sespesiala'), ' a special round '],
  [words('la\\svuelta'), ' the round '],
  [words('vueltas'), ' rounds '],
  [words('vuelta'), ' round '],
  // Counts: "envito a 534 kandidatos", "Fueron envitados 3.300 kandidatos", "2,000 envitasyones".
  [words(`(IRCC|Kanada)\\senvit[oó]\\sa\\s${COUNT}`), ' $1 invited $2 '],
  [words(`fueron\\senvitados\\s${COUNT}`), ' were invited $1 '],
  [words(`${COUNT}\\senvitasyon(?:es)?`), ' $1 invitations '],
  [words('envitasyon(?:es)?'), ' invitations '],
  [words('envit[oó]|envita|envitaron'), ' invited '],
  [words('envitados'), ' invited '],
  [words('kandidatos|personas'), ' candidates '],
  // Cut-offs: "El punto minimo CRS fue 507", "kon un minimo de 708 puntos CRS", "El punto mas basho fue 462".
  [words('(?:(el|un)\\s)?punto\\s(?:minimo|mas\\sbasho)(?:\\sCRS)?(\\sde)?'), (_, a = '', de = '') => ` ${/^un$/i.test(a) ? 'a' : 'the'} minimum CRS score${de ? ' of' : ''} `],
  [words(`kon\\sun\\sminimo\\sde\\s${COUNT}`), ' with a minimum of $1 '],
  [words('minimo(?:\\sCRS)?(?=\\s\\d)'), ' minimum CRS score '],
  [words(`fue\\s${COUNT}`), ' was $1 '],
  [words(`${COUNT}\\spuntos(\\sCRS)?`), (_, n = '', c = '') => ` ${n}${c ? ' CRS' : ''} points `],
  [words('puntos'), ' points '],
  // The tie-break's label.
  [words('(?:la\\s)?(?:regla\\sde\\s)?desempate'), ' tie-breaking rule '],
  [words('a\\slas(?=\\s\\d)'), ' at '],
  // Programs.
  [words('(?:la\\s)?(?:Klasa\\sde\\s)?Eksperiensia\\sKanadieza'), ' Canadian Experience Class '],
  [words('Programa\\sProvinsial\\sde\\sNominados'), ' Provincial Nominee Program '],
  [words('(?:lingua\\s)?fransez[a]?'), ' French '],
  [words('todos\\slos\\sprogramas'), ' all programs '],
  [words('(?:el\\sgoverno\\sde\\s)?Kanada'), ' Canada '],
  [words('izo|aze'), ' held '],
  [words('kon'), ' with '],
  [words('para'), ' for '],
  [words('i'), ' and '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Judeo-Spanish's words, many shared with Spanish ("de", "la", "el", "fue"): they count only beside three of its own. */
const LADINO_WORD = words(
  'vueltas?|envit\\p{L}*|kandidat\\p{L}*|puntos?|minimo|oy|ayer|antiyer|antier|mueva|desempate|de|la|el|los|las|del|kon|ke|fue|fueron|izo|uvo|para|por|mas|djulio|djunio|disiembre|agosto|avril|anyo|mez|Kanada|Kanadieza|Kanadiense',
);
/** The language's own words and spellings, which neither Spanish nor Portuguese, Galician, Catalan nor Occitan writes. */
const LADINO_OWN = words(
  'envit\\p{L}*|kandidat\\p{L}*|kon|ke|oy|izo|uvo|aze|djulio|djunio|djueves|disiembre|anyo|mez|Kanadieza|Kanadiense|eksperiensia|rezidensia|rezumen|egzempio|komo|kozas|basho|fransez[a]?|antiyer|antier|antiayer|avlan|ansina|amanyana|serka|sefaradim|ladino|djudeo\\p{L}*|mueva|espesiala|provinsial',
);
const HINT = /[Ee]nvit|[Kk]andidat|[Vv]uelta/;
/** A cheap first test: "envit…" (invitations, invited), "kandidat…" or "vuelta" (a round), none of which an English page writes. */
export const LADINO_HINT = { test: (text: string): boolean => HINT.test(text) };

/** English's small words, as many as half the language's words make an English page quoting it ("Ladino speakers say 'vuelta'…"). */
const ENGLISH_WORD = /\b(?:the|and|of|on|for|was|were|with|to|in|held|wrote|said|says?|call)\b/gi;

/** A figure no neighbour writes: "1.000 envitasyones", "442 kandidatos". */
const LADINO_FIGURE = /\d\s(?:envitasyon|kandidat)/i;

/**
 * Three different of its own words (two in a post with a figure of its own: "4 envitasyones"), and five different of the words
 * (eight in all or a sixth of a short post's); fewer than half as many English small words as its words.
 */
export function isJudeoSpanish(text: string): boolean {
  const own = new Set((text.match(LADINO_OWN) ?? []).map((w) => w.toLowerCase())).size;
  return (own >= 3 || (own >= 2 && LADINO_FIGURE.test(text))) && writtenWith(text, LADINO_WORD, 5) && (text.match(ENGLISH_WORD) ?? []).length * 2 < (text.match(LADINO_WORD) ?? []).length;
}

/** A Judeo-Spanish page glossed into English. */
export const glossJudeoSpanish = (text: string): string => glossInTurn(text, CASED_RULES);
