import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Polish draw news glossed into the English the reader knows, as `gloss-romanian.ts` does for Romanian (docs/parser.md "Polish
 * and Italian"): day-first dates in any case of the month ("16 marca" → "March 16", "19 kwi 2017" → "April 19, 2017", "2025 r."
 * → "2025"), weekdays ("We wtorek, 17 marca" → "On Tuesday, March 17"), counts grouped with a space ("6 000" → "6,000", "4 tys."
 * → "4,000") with their noun ("zaproszeń" → "invitations", "kandydatów", "osoby" → "candidates"), cut-offs ("minimalny wynik
 * CRS", "próg punktowy" → "minimum CRS score", "pkt" → "points"), rounds ("runda nr 404" → "draw #404"), the tie-break ("Zasada
 * rozstrzygania remisów"), programs and the words of a draw report. Words the glossary does not know stay as they are: they are
 * Polish, and no English pattern reads them.
 */

const MONTHS: MonthTable = [
  ['sty', 'January'],
  ['lut', 'February'],
  ['mar', 'March'],
  ['kwi', 'April'],
  ['maj', 'May'],
  ['cze', 'June'],
  ['lip', 'July'],
  ['sie', 'August'],
  ['wrz', 'September'],
  ['pa[źz]', 'October'],
  ['lis', 'November'],
  ['gru', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month after its day: the genitive ("16 marca"), the nominative of a table, or three letters ("19 kwi 2017"). */
const MONTH_OF_DAY =
  '(stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień|sty|lut|mar|kwi|cze|lip|sie|wrz|paź|lis|gru)\\.?';
/** A month alone: "w lutym" (in February), "od listopada" (from November), "Luty był…" (February was). */
const MONTH_ALONE =
  'stycz(?:eń|nia|niu)|lut(?:y|ego|ym)|mar(?:zec|ca|cu)|kwie(?:cień|tnia|tniu)|maj(?:a|u)?|czerw(?:iec|ca|cu)|lip(?:iec|ca|cu)|sierp(?:ień|nia|niu)|wrze(?:sień|śnia|śniu)|październik(?:a|u)?|listopad(?:a|zie)?|grud(?:zień|nia|niu)';
const YEAR = String.raw`((?:19|20)\d\d)(?:\s?roku|\s?r\.(?!\s*(?:\n|$|\p{Lu})))?`;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['poniedziałek|poniedziałku', 'Monday'],
  ['wtorek|wtorku', 'Tuesday'],
  ['środa|środę|środy|środzie', 'Wednesday'],
  ['czwartek|czwartku', 'Thursday'],
  ['piątek|piątku', 'Friday'],
  ['sobota|sobotę|soboty', 'Saturday'],
  ['niedziela|niedzielę|niedzieli', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { dwa: 'two', dwie: 'two', dwóch: 'two', trzy: 'three', trzech: 'three', cztery: 'four', pięć: 'five' };
const NUMBER = '(dwa|dwie|dwóch|trzy|trzech|cztery|pięć)';

const RULES: readonly GlossRule[] = [
  // Counts: "6 000", "11 601" (a space groups the thousands), "4 tys." (4,000).
  [/(?<![\d,.:]|\d )(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d,.:]?\d)/g, '$1,$2'],
  [words(String.raw`(\d{1,3})\s?tys\.?`), (_, n = '') => `${n},000`],
  // Days: "16 marca 2026 r.", "19 kwi 2017", "W poniedziałek, 16 marca" (on Monday, March 16), "W środę 10 grudnia".
  ...WEEKDAYS.map(([pl, en]): GlossRule => [
    words(String.raw`(?:we?\s)?(?:${pl})(,?\s(\d{1,2})\s${MONTH_OF_DAY}(?:\s${YEAR})?)?`),
    (all = '', date = '', d = '', m = '', y = '') => {
      const on = /^we?\s/.test(all) ? 'on ' : /^We?\s/.test(all) ? 'On ' : '';
      return ` ${on}${en}${date ? `, ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''}` : ''} `;
    },
  ]),
  [words(String.raw`(\d{1,2})\s${MONTH_OF_DAY}(?:\s${YEAR})?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [
    words(String.raw`(?:we?|od|do|z)\s(${MONTH_ALONE})(?:\s${YEAR})?`),
    (all = '', m = '', y = '') => ` ${/^od/i.test(all) ? 'since' : /^\p{Lu}/u.test(all) ? 'In' : 'in'} ${month(m)}${y ? ` ${y}` : ''} `,
  ],
  [words(String.raw`(?:w|na)\s${YEAR}`), ' in $1 '],
  // "w grudniu 2020 r." (in December 2020): the year's "r." and the full stop it may also be.
  [/(?<=(?:19|20)\d\d)\s?r\.(?![\p{L}\d])(?=(\s*(?:\n|$|\p{Lu}))?)/gu, (_, end = '') => (end ? '.' : ' ')],
  [words('godz\\.?(?=\\s\\d{1,2}:\\d\\d)'), ' at '],
  // A clock's zone: "czasu polskiego" (Polish time) is Central European time, summer or winter; "czasu wschodniego" Eastern.
  [words('(?:według\\s)?czasu\\s(?:polskiego|warszawskiego|środkowoeuropejskiego)|czasu\\sw\\sPolsce'), ' Central European time '],
  [words('(?:według\\s)?czasu\\s(?:wschodniego|Ottawy|Toronto)'), ' Eastern time '],
  // A byline's time ("11.06.2021 | 08:40 | Tomasz Nowicki"): the hour it was posted, not a draw's.
  [/^([ \t]*(?:\d{4}-\d\d-\d\d|\d{1,2}\.\d{1,2}\.\d{4}))[ \t]*\|[ \t]*\d{1,2}:\d\d[ \t]*(?=\|)/gm, '$1 '],
  // A byline's author after the day ("· 12.04.2024 · autor: Marta K."): a name, no fact.
  [/[ \t]*[·|][ \t]*autor(?:ka)?:[^\n]*/gi, ''],
  // A month's adjective: "od lutowej rekordowej rundy" (since February's record round); "rekordowy" (a record).
  [words('(styczniow|lutow|marcow|kwietniow|majow|czerwcow|lipcow|sierpniow|wrześniow|październikow|listopadow|grudniow)(?:ej|ego|ym|a|y|e)'), (_, m = '') => ` ${month(m)}'s `],
  [words("od(?=\\s(?:January|February|March|April|May|June|July|August|September|October|November|December)'s)"), ' since '],
  [words('rekordow(?:ej|ego|ym|a|y|e)'), ' record '],
  [words('ostatni(?:a|ej|ego|e|ą)?'), ' the last '],
  [words('wczoraj'), ' yesterday '],
  [words('przedwczoraj'), ' the day before yesterday '],
  [words('dzisiaj|dziś'), ' today '],
  [words('dzisiejsze\\slosowanie|dzisiejsza\\srunda'), " today's draw "],
  [words('dzień\\swcześniej|poprzedniego\\sdnia'), ' the day before '],
  [words('dzień\\spóźniej|następnego\\sdnia'), ' the next day '],
  [words(`${NUMBER}\\sdni\\swcześniej`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} days earlier `],
  [words('wcześniej'), ' earlier '],
  [words('w\\stym\\stygodniu'), ' this week '],
  [words('w\\s(?:zeszłym|ubiegłym|poprzednim)\\stygodniu'), ' last week '],
  [words('w\\s(?:zeszłym|ubiegłym|poprzednim)\\smiesiącu'), ' last month '],
  [words('dla\\sporównania'), ' for comparison '],
  // Hedged counts: "około 5 000" (about), "ponad 500" (more than), "do 5 000" (up to), "prawie" (nearly).
  [words('około|ok\\.(?=\\s\\d)'), ' about '],
  [words('ponad|przeszło|powyżej|więcej\\sniż'), ' more than '],
  [words('do(?=\\s\\d[\\d,]*\\s(?:zaprosze|kandydat|os(?:ób|oby)))'), ' up to '],
  [words('prawie|niemal|blisko'), ' nearly '],
  // Rounds: "runda nr 60", "w rundzie nr 404", "losowanie nr 403", "dwie rundy zaproszeń", "kolejna runda zaproszeń".
  [words(String.raw`w\s(?:rundzie|losowaniu)\s(?:nr\.?|#)\s?(\d{1,3})`), ' in draw #$1 '],
  [words(String.raw`(?:rund(?:a|y|zie|ę)|losowani(?:e|a|u))\s(?:nr\.?|#)\s?(\d{1,3})`), ' draw #$1 '],
  // "odbyła się runda nr 192" (round 192 took place): the draw first, as English has it.
  [words(String.raw`odbył(?:o|a)\ssię\s(draw\s#\d{1,3})`), ' $1 was held '],
  [words(String.raw`nr\.?(?=\s?\d)`), ' no. '],
  [words(`${NUMBER}\\s(?:rundy|losowania|losowań|rund)(?:\\szaproszeń)?`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('(?:w\\s)?(?:ostatniej|poprzedniej)\\srundzie|(?:w\\s)?(?:ostatnim|poprzednim)\\slosowaniu'), ' in the previous draw '],
  [words('rund(?:a|ę|zie)\\szaproszeń'), ' round of invitations '],
  [words('rund(?:y|ach)?\\szaproszeń'), ' rounds of invitations '],
  [words('losowania|losowań|rundy|rund|rundach'), ' draws '],
  [words('losowanie|losowaniu|rund(?:a|ę|zie)'), ' draw '],
  [words('ogóln(?:e|a|ej|ego|ym)'), ' all-program '],
  [words('wszystki(?:e|ch)\\sprogram(?:y|ów)'), ' all programs '],
  // Invitations: "Zaproszenia otrzymały 362 osoby", "zaproszono 400 kandydatów", "IRCC zaprosiło 6 000 kandydatów", "wysłano".
  [words(`zaproszenia\\sotrzymał(?:y|o)\\s${WORD_COUNT}\\s(?:osoby|osób|kandydatów)`), ' $1 candidates received invitations '],
  [words(`zaproszono\\s${WORD_COUNT}\\s(?:osoby|osób|kandydatów)`), ' $1 candidates were invited '],
  [words('zaprosił(?:o|a|)|zaprasza'), ' invited '],
  [words('zaproszono'), ' were invited '],
  [words('wysłano|wydano'), ' were issued '],
  [words('wysłał(?:o|a|)'), ' issued '],
  [words('przeprowadził(?:o|a|)|zorganizował(?:o|a|)'), ' held '],
  [words('odbył(?:o|a)\\ssię|odbyły\\ssię'), ' was held '],
  [words('otrzymał(?:y|o|a|)|dostał(?:am|em|a|o|y)'), ' received '],
  [words('liczba\\szaproszeń'), ' number of invitations '],
  [words('zaproszeń|zaproszenia|zaproszenie'), ' invitations '],
  [words('kandydatów|kandydaci|kandydatom|osoby|osób'), ' candidates '],
  // Cut-offs: "minimalny wynik CRS wyniósł 742 punkty", "Próg punktowy wyniósł 507 pkt", "przy progu 368 pkt".
  // "Najniższy próg roku (354 pkt)", "To najniższy wynik dla CEC od …": a record, not the round's cut-off.
  [
    words('najniższ(?:y|ego)\\s(?:próg|wynik)(?!\\skwalifikujący)(\\s(?:w\\s(?:tym\\s)?)?roku)?(\\sw\\s(?:tym\\s)?miesiącu)?'),
    (_, y = '', m = '') => ` the lowest cut-off${y ? ' of the year' : m ? ' of the month' : ''} `,
  ],
  [words('najwyższ(?:y|ego)\\s(?:próg|wynik)'), ' the highest cut-off '],
  [words('najniższy|najwyższy'), (m = '') => (/^najn/i.test(m) ? ' the lowest ' : ' the highest ')],
  [words('(?:minimalny|najniższy)\\swynik(?:\\skwalifikujący)?(?:\\sCRS)?|minimaln(?:a|ą)\\sliczb(?:a|ą)\\spunktów(?:\\sCRS)?|próg(?:\\spunktowy)?(?:\\sCRS)?|min\\.\\sCRS'), ' minimum CRS score '],
  [words('przy\\sprogu|z\\sprogiem'), ' with a minimum CRS score of '],
  [words('progu|progiem|progi'), ' cut-off '],
  [words('wyniósł|wyniosła|wynosił|wynosiła'), ' was '],
  [words('spadł|spadła'), ' dropped '],
  [words('wzrósł|wzrosła'), ' rose '],
  // "775 pkt." ending a sentence keeps its full stop.
  [words('pkt(?=\\.)|pkt|punkty|punktów|punkt'), ' points '],
  [words('(?:Zasada|Reguła)\\s(?:rozstrzygania\\sremisów|remisowa)|data\\si\\sgodzina\\stie-?breaku'), ' tie-breaking rule '],
  [words('łącznie|w\\ssumie'), ' in total '],
  // A recap, a forecast, a guide: "Podsumowanie lutego", "Prognoza", "spodziewamy się" (we expect), "Jak obliczyć".
  [words('podsumowanie'), ' summary '],
  [words('prognoza|prognozy'), ' forecast '],
  [words('czego\\s(?:się\\s)?spodziewać(?:\\ssię)?'), ' what to expect '],
  [words('spodziewamy\\ssię|oczekujemy|przewiduje|przewidujemy'), ' expected '],
  // Programs.
  [words('(?:z\\s)?nominacją\\sprowincj(?:i|onalną|alną|yjną)|nominowanych\\sprzez\\sprowincje'), ' Provincial Nominee Program '],
  [words('francuskojęzycznych|francuskojęzyczni|(?:języka|język)\\sfrancusk(?:i|iego)'), ' French-speaking '],
  [words('ochron(?:a|y)\\szdrowia|opiek(?:a|i)\\szdrowotn(?:a|ej)|służb(?:a|y)\\szdrowia|zawodów\\smedycznych'), ' healthcare '],
  [words('zawod(?:y|ów)\\srzemieślnicz(?:e|ych)|fachowców|fachowcy'), ' trades '],
  [words('zawody\\sedukacyjne|zawodów\\sedukacyjnych|sektora\\sedukacji'), ' education '],
  [words('nauczyciel(?:i|e)'), ' teachers '],
  [words('pierwsz(?:a|y|e)\\sw\\shistorii'), ' first-ever '],
  [words('rolnictw(?:o|a)(?:\\si\\sprzetwórstwo)?'), ' agriculture '],
  [words('Kanady'), ' Canada '],
  // Joining words the English patterns lean on.
  [words('aż|zaledwie|tylko'), ' '],
  [words('dla'), ' for '],
  [words('i'), ' and '],
  [words('w|we'), ' in '],
  [words('oraz|a\\stakże'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Polish writes often (not "na", "do", "i", "w": English pages and names have them). */
const POLISH_WORD = words(
  'się|jest|był|była|było|oraz|przez|dla|jak|też|także|który|która|które|tym|od|po|przy|już|aż|czy|lub|zaproszeń|zaproszenia|losowanie|losowania|rundy|runda|rundzie|kandydatów|wynik|wyniósł|próg|punktów|pkt|wczoraj|dzisiaj|dziś|Kanady|Kanadzie|liczba|minimalny|minimalna|godzina',
);
/** A cheap first test: a page with none of these letters is not Polish. */
export const POLISH_HINT = /[ąęłńóśźż]/i;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isPolish = (text: string): boolean => writtenWith(text, POLISH_WORD, 5);

/** A Polish page glossed into English. */
export const glossPolish = (text: string): string => glossInTurn(text, CASED_RULES);
