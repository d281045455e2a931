import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Hungarian draw news glossed into the English the reader knows, as `gloss-polish.ts` does for Polish (docs/parser.md
 * "Hungarian and Czech"): year-first dates ("2026. február 21." → "February 21, 2026", "2025. 10. 16." → "October 16, 2025"),
 * a day with its case ending ("február 20-án" → "February 20", "június 26-i" → "June 26"), weekdays ("pénteken" → "on Friday"),
 * counts grouped with a space ("4 250" → "4,250") with their noun ("meghívó" → "invitations", "jelölt" → "candidates"), cut-offs
 * ("legalacsonyabb CRS-pontszám", "ponthatár" → "minimum CRS score", "pont" → "points"), rounds ("A 398. körben" → "In draw
 * #398"), the tie-break ("döntetlenfeloldó szabály"), programs and the words of a draw report. Words the glossary does not know
 * stay as they are: they are Hungarian, and no English pattern reads them.
 */

const MONTHS: MonthTable = [
  ['jan', 'January'],
  ['feb', 'February'],
  ['márc', 'March'],
  ['ápr', 'April'],
  ['máj', 'May'],
  ['jún', 'June'],
  ['júl', 'July'],
  ['aug', 'August'],
  ['szep', 'September'],
  ['okt', 'October'],
  ['nov', 'November'],
  ['dec', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month's name, whole or shortened with its point ("febr.", "szept."). */
const MONTH =
  '(január|február|március|április|május|június|július|augusztus|szeptember|október|november|december|jan\\.|febr?\\.|márc\\.|ápr\\.|máj\\.|jún\\.|júl\\.|aug\\.|szept?\\.|okt\\.|nov\\.|dec\\.)';
/** A day's case ending: "-án"/"-én" (on), "-i" (of), "-ig" (until), "-tól"/"-től" (from); or its point ("október 14."). */
const DAY_END = '(?:-(j?[áé]n|j?[ae]i|i|ig|t[óő]l|j?[áé]t[óő]l)|\\.(?!\\d))?';
const YEAR = '((?:19|20)\\d\\d)\\.';

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['hétfő|hétfőn', 'Monday'],
  ['kedd|kedden', 'Tuesday'],
  ['szerda|szerdán', 'Wednesday'],
  ['csütörtök|csütörtökön', 'Thursday'],
  ['péntek|pénteken', 'Friday'],
  ['szombat|szombaton', 'Saturday'],
  ['vasárnap', 'Sunday'],
];
const WEEKDAY = `(${WEEKDAYS.map(([hu]) => hu).join('|')})`;
const weekdayOf = (w: string): string => WEEKDAYS.find(([hu]) => new RegExp(`^(?:${hu})$`, 'i').test(w))?.[1] ?? '';

/** "February 21, 2026", with "on" when the day's ending says so; "" when the day is no day of the month. */
const day = (y: string, m: string, d: string, end: string): string => {
  const n = Number(d);
  if (n < 1 || n > 31 || !month(m)) return '';
  const on = /n$/.test(end) ? 'on ' : /^ig$/.test(end) ? 'until ' : /l$/.test(end) ? 'from ' : '';
  return ` ${on}${month(m)} ${String(n)}${y ? `, ${y}` : ''} `;
};

const RULES: readonly GlossRule[] = [
  // Counts: "4 250", "98 000" (a space groups the thousands), "220 ezer" (220,000).
  [/(?<![\d,.:]|\d )(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d,.:]?\d)/g, '$1,$2'],
  [words(String.raw`(\d{1,3})\s?ezer`), (_, n = '') => `${n},000`],
  // A clock in Budapest's time beside the UTC one ("(budapesti idő szerint 02:27)"): the same moment, told twice.
  [/\(?budapesti idő szerint \d{1,2}:\d\d\)?/gi, ' '],
  // Numeric days, year first: "2025. 10. 16.", "2022.10.13." (a byline's day).
  [
    /(?<![\d.])((?:19|20)\d\d)\.\s?(\d{1,2})\.\s?(\d{1,2})\.(?!\d)/g,
    (all = '', y = '', m = '', d = '') => (Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? ` ${month(MONTHS[Number(m) - 1]?.[0] ?? '')} ${String(Number(d))}, ${y} ` : all),
  ],
  // A weekday after its day: "február 20-án, pénteken" or "2026. február 21., szombat" → "on Friday, February 20".
  [
    words(String.raw`(?:${YEAR}\s)?${MONTH}\s(\d{1,2})${DAY_END},?\s${WEEKDAY}(?![\p{L}])`),
    (_, y = '', m = '', d = '', end = '', w = '') => {
      const date = day(y, m, d, '');
      const on = /n$/.test(end) || /n$/.test(w) ? (/^\p{Lu}/u.test(_) ? 'On ' : 'on ') : '';
      return date ? ` ${on}${weekdayOf(w)}, ${date.trim()} ` : _;
    },
  ],
  // A weekday before its day: "pénteken, február 20-án" → "on Friday, February 20".
  [
    words(String.raw`${WEEKDAY},?\s${MONTH}\s(\d{1,2})${DAY_END}`),
    (all = '', w = '', m = '', d = '', end = '') => {
      const date = day('', m, d, '');
      const on = /n$/.test(end) || /n$/.test(w) ? (/^\p{Lu}/u.test(all) ? 'On ' : 'on ') : '';
      return date ? ` ${on}${weekdayOf(w)}, ${date.trim()} ` : all;
    },
  ],
  // Days: "2026. február 21.", "február 20-án", "június 26-i", "augusztus 15-én".
  [words(String.raw`(?:${YEAR}\s)?${MONTH}\s(\d{1,2})${DAY_END}`), (all = '', y = '', m = '', d = '', end = '') => day(y, m, d, end) || all],
  // Weekdays: "pénteken" (on Friday), "Kedd," (Tuesday).
  [words(WEEKDAY), (w = '') => ` ${/n$/.test(w) ? 'on ' : ''}${weekdayOf(w)} `],
  // "Márciusi összefoglaló" (a summary of March): a month's recap.
  [words('(január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)i\\s(?:összefoglaló|áttekintés)'), (_, m = '') => ` Summary of ${month(m)} `],
  // A month alone: "augusztusban" (in August), "Augusztus elején" (early August), "Július óta" (since July).
  [
    words('(január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)(ban|ben|ig|tól|től|i)?(\\selején|\\svégén|\\sóta)?'),
    (_ = '', m = '', end = '', when = '') =>
      ` ${when.includes('elején') ? 'early ' : when.includes('végén') ? 'late ' : when.includes('óta') || /t[óő]l/.test(end) ? 'since ' : /b[ae]n/.test(end) ? 'in ' : ''}${month(m)} `,
  ],
  [words('((?:19|20)\\d\\d)(?:-(?:ban|ben|ben|as|es|ös|os)|\\sóta)'), (all = '', y = '') => (/óta/.test(all) ? ` since ${y} ` : /b[ae]n$/.test(all) ? ` in ${y} ` : ` ${y} `)],
  [words('tegnapelőtt'), ' the day before yesterday '],
  [words('tegnap'), ' yesterday '],
  [words('ma'), ' today '],
  [words('a\\smai\\s(?:forduló|kör)'), " today's draw "],
  [words('egy\\snappal\\skorábban|előző\\snap'), ' a day earlier '],
  [words('(?:ezen\\sa|a|e)\\shéten'), ' this week '],
  [words('múlt\\shéten|a\\smúlt\\shéten|az\\selőző\\shéten'), ' last week '],
  [words('jövő\\shéten'), ' next week '],
  [words('múlt\\shónapban|az\\selőző\\shónapban'), ' last month '],
  [words('holnap'), ' tomorrow '],
  [words('korábban'), ' earlier '],
  // Hedged counts: "kb." (about), "több mint" (more than), "közel" (nearly).
  [words('kb\\.|körülbelül|mintegy|nagyjából'), ' about '],
  // "500 meghívó körül", "515 pont körüli" (around 500, around 515): the hedge after its number.
  [words(`${WORD_COUNT}(\\s(?:meghívó\\S*|pont\\S*))\\skörüli?`), ' about $1$2 '],
  [words('legfeljebb|akár'), ' up to '],
  [words('több\\smint'), ' more than '],
  [words('legalább'), ' at least '],
  [words('közel|majdnem'), ' nearly '],
  // Rounds: "A 398. körben", "121. Express Entry forduló", "a 233. Express Entry kört", "121. Express Entry kiválasztási kör".
  [
    words(String.raw`(?:(a|az)\s)?(\d{1,3})\.\s(Express\sEntry[\s-])?(?:kiválasztási\s)?(?:forduló|kör)(t|ben|ön|re|ról|nek|ja|e)?`),
    (all = '', a = '', n = '', ee = '', end = '') => ` ${/^b/.test(end) ? (a && /^A/.test(all) ? 'In ' : 'in ') : ''}${ee ? 'Express Entry ' : ''}draw #${n} `,
  ],
  [words(String.raw`(?:a\s)?(\d{1,3})-(?:a|e|o|ö)s\s(?:számú\s)?(?:forduló|kör)(?:t|ben|ön|re|ról|nek|ja|e)?`), ' draw #$1 '],
  [words('(?:az\\s)?előző(?:\\s(?:forduló|kör)(?:ben|nél|höz|t|ön)?)?'), ' the previous draw '],
  [words('(?:az\\s)?utolsó\\s(?:forduló|kör)'), ' the last draw '],
  [words('Express\\sEntry[\\s-](?:kiválasztási\\s)?(?:forduló|kör)(?:t|ben|ön|re|ról|nek|ja|e)?'), ' Express Entry draw '],
  [words('(?:kiválasztási\\s)?(?:fordulók|körök)(?:ben|et|ről)?|(?:kiválasztási\\s)?(?:fordulót|kört)'), ' draws '],
  [words('(?:kiválasztási\\s)?(?:forduló|kör)(?:ben|ön|re|ról|nek|ja|e)?'), ' draw '],
  [words('kategóriaalapú'), ' category-based '],
  [words('célzott'), ' targeted '],
  // Invitations: "4000 jelölt kapott meghívást", "4 250 jelöltet hívtak meg", "391 meghívót osztott ki".
  [words(`${WORD_COUNT}\\s(?:jelölt|fő)\\skapott\\smeghívást`), ' $1 candidates received invitations '],
  [words(`${WORD_COUNT}\\s(?:jelöltet|főt)\\shívtak\\smeg`), ' $1 candidates were invited '],
  [words('kapott\\smeghívást|kaptak\\smeghívást|meghívást\\skapott|meghívást\\skaptak'), ' received invitations '],
  [words('hívtak\\smeg|meghívtak|hívott\\smeg|meghívott(?=\\s\\d)'), ' invited '],
  [words('szemben'), ' compared with '],
  [words('(?:küldött|küldtek|osztott|osztottak)\\ski|kiküldött|küldött|küldtek'), ' issued '],
  [words('meghívó(?:t|k|kat)?|meghívás(?:t|ok|okat)?'), ' invitations '],
  [words('jelöltet|jelöltek|jelölteket|jelölt|főt|fő'), ' candidates '],
  [words('megtartották|tartották'), ' was held '],
  [words('tartott|tartotta'), ' held '],
  [words('összesen'), ' in total '],
  // Cut-offs: "a legalacsonyabb CRS-pontszám 467 volt", "A határpontszám 460 lett", "496-os minimális CRS-pontszám".
  [
    words('(?:legalacsonyabb|legkisebb|minimális|minimum)\\s(?:CRS[-\\s])?pontszám\\s(\\d{2,4})(?:\\spont)?\\s(?:volt|lett)|(?:határpontszám|ponthatár)\\s(\\d{2,4})(?:\\spont)?\\s(?:volt|lett)'),
    (_, a = '', b = '') => ` minimum CRS score was ${a || b} `,
  ],
  [
    words('(két|három|\\d{1,3})\\sponttal\\s(alacsonyabb|magasabb)'),
    (_, n = '', how = '') => ` ${n === 'két' ? 'two' : n === 'három' ? 'three' : n} points ${how === 'alacsonyabb' ? 'lower' : 'higher'} than `,
  ],
  [words('(\\d{2,4})\\spontra\\s(?:esett|csökkent)'), ' dropped to $1 points '],
  [words('(\\d{3})\\spontos\\s(?:ponthatárral|minimummal|minimális\\spontszámmal)'), ' with a minimum CRS score of $1 '],
  [words('(\\d{3})-(?:a|e|o|ö)s\\s(?:minimális|legalacsonyabb)\\s(?:CRS-)?pontszám'), ' minimum CRS score $1 '],
  [words('legalacsonyabb\\sponthatár'), ' the lowest cut-off '],
  [words('(?:legalacsonyabb|legkisebb|minimális|minimum)\\s(?:CRS[-\\s])?pontszám|határpontszám|ponthatár|CRS-ponthatár'), ' minimum CRS score '],
  [words('minimum(?=\\s\\d)'), ' minimum CRS score '],
  [words('volt|lett'), ' was '],
  [words('pontnál'), ' points '],
  [words('pontra\\sesett'), ' dropped to points '],
  [words('pont(?:ot|tal|ra|ról|ja|jánál|os)?'), ' points '],
  [
    words('(?:A\\s)?(?:döntetlen\\sesetén\\salkalmazott\\sszabály(?:\\sidőpontja)?|döntetlenfeloldó\\sszabály|holtverseny[-\\s]?szabály(?:\\sdátuma|\\sidőpontja)?|döntetlen[-\\s]?szabály)'),
    ' tie-breaking rule ',
  ],
  // A byline's day: "Közzétéve:" (published), "Frissítve:" (updated), "Írta:" (by).
  [words('közzétéve|publikálva'), ' Published '],
  [words('frissítve'), ' Updated '],
  [words('írta'), ' By '],
  // A recap, a forecast, a guide.
  [words('éves\\sáttekintés'), ' year in review '],
  [words('heti'), ' weekly '],
  [words('három'), ' three '],
  [words('várhatóan'), ' expected '],
  [words('(?:a\\s)?következő'), ' the next '],
  [words('összefoglal(?:om|ó|ja)'), ' summary '],
  [words('előrejelzés|várható|valószínűleg'), ' expected '],
  [words('hogyan'), ' how to '],
  // Programs.
  [words('egészségügyi\\sés\\sszociális(?:\\s(?:ágazatban\\sdolgozók?|szolgáltatások|ágazat))?|egészségügyi|egészségügy'), ' healthcare '],
  [words('tartományi\\sjelöltek|tartományi\\sjelölés'), ' provincial nominees '],
  [words('tartományi'), ' provincial '],
  [words('francia\\snyelvtudás(?:ú)?|francia\\snyelv(?:ű)?'), ' French-language proficiency '],
  [words('szakmunkák|szakmunkások|szakmák'), ' trades '],
  [words('mezőgazdaság(?:i)?'), ' agriculture '],
  [words('oktatás(?:i)?'), ' education '],
  [words('szállítás(?:i)?|közlekedés(?:i)?'), ' transport '],
  [words('katonai'), ' military '],
  [words('minden\\sprogramból'), ' from all programs '],
  [words('program(?:\\smegjelölése)?\\snélkül(?:i)?'), ' no program specified '],
  [words('Kanada|Kanadában'), ' Canada '],
  [words('kanadai'), ' Canadian '],
  [words('és'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Hungarian writes often (not names or words English pages have). */
const HUNGARIAN_WORD = words(
  'és|az|hogy|csak|pedig|lesz|van|nincs|újabb|összefoglaló|fordulók|fordulókban|körök|meghívót|meghívott|jelöltek|jelölteket|tartotta|tartott|egy|nem|volt|lett|meghívó|meghívót|meghívást|forduló|fordulót|körben|kört|pont|pontszám|ponthatár|jelölt|jelöltet|tegnap|összesen|kanadai|között|után|szerint|már|még|vagy|ez|ezt|is|ma|kör|meg|ki|küldtek|hívott|hívtak|számára|legalacsonyabb|szabály|időpontja|tartományi|jelöltjei|kedden|hétfőn|szerdán|csütörtökön|pénteken|sok|sikert|mindenkinek',
);
/** A cheap first test: a page with none of these is not Hungarian. */
export const HUNGARIAN_HINT = /[őű]|meghív|forduló|pontszám|ponthatár|jelölt/i;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isHungarian = (text: string): boolean => writtenWith(text, HUNGARIAN_WORD, 5);

/** A Hungarian page glossed into English. */
export const glossHungarian = (text: string): string => glossInTurn(text, CASED_RULES);
