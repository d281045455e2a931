import { glossInTurn, keepCase, monthNamer, monthOrNone, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Fula (Pulaar, Fulfulde) draw news glossed into the English the reader knows, in the shape of `gloss-shona.ts` (docs/parser.md
 * "Fula and Kirundi"): day-first dates with its months, taken from French ("7 Saawiyee 2026" → "January 7, 2026", "ñalnde 7 …" →
 * "on …", "lewru Marse 2024" → "in March 2024"), weekdays ("Talaata 13 Mee" → "Tuesday, May 13"), "hannde" (today), "hanki"
 * (yesterday); rounds ("taƴre" → draw, "taƴe ɗiɗi" → two draws, "taƴre no 262" → draw #262, "taƴre ɓennunde" → the previous draw);
 * counts ("Noddaandi 8,000 njaltinaama" → 8,000 invitations were issued, "hokkii noddaandi 8,000" → issued 8,000 invitations,
 * "noddii cafroowo'en 271" → invited 271 physicians); cut-offs ("limoore CRS ɓurnde famɗude ko 468" → the minimum CRS score was
 * 468, "CRS ɓurɗo famɗude: 496"); hedges ("ko ɓuri" more than, "hedde" about, "haa" up to). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['sa(?:a|n)?wiye|janwiye|yanwiye', 'January'],
  ['fe(?:e)?(?:b|w)ariye|fewriye', 'February'],
  ['mars', 'March'],
  ['a(?:b|w)ri(?:i)?l', 'April'],
  ['mee', 'May'],
  ['suwe', 'June'],
  ['sul(?:y)?e|juye', 'July'],
  ['u(?:u)?t', 'August'],
  ['se(?:p|t)(?:t)?aa?mbar', 'September'],
  ['o(?:k|g)too?bar', 'October'],
  ['noo?waa?mbar', 'November'],
  ['dee?saa?mbar', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH =
  '(Saawiyee|Sanwiyee|Sawiyee|Janwiyee|Feebariyee|Febariyee|Feewariyee|Fewriyee|Marse|Mars|Abriil|Awril|Abril|Mee|Suwee|Suwe|Sulyee|Sulee|Juyee|Uut|Ut|Septaambar|Settaambar|Oktoobar|Ogtoobar|Nowaambar|Noowaambar|Desaambar|Deesaambar)';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  altine: 'Monday',
  aaltine: 'Monday',
  talaata: 'Tuesday',
  alarba: 'Wednesday',
  allarba: 'Wednesday',
  alkamiisa: 'Thursday',
  alkhamiisa: 'Thursday',
  aljuma: 'Friday',
  aljumaa: 'Friday',
  asaweere: 'Saturday',
  aset: 'Saturday',
  dewo: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const NUMBERS: Readonly<Record<string, string>> = { ɗiɗi: 'two', tati: 'three', nay: 'four', jowi: 'five' };
const COUNT = WORD_COUNT;

const RULES: readonly GlossRule[] = [
  // Weekdays beside their day: "Talaata 13 Mee", "Alarba 16 Uut 2023"; alone ("Hannde Alarba," → today, Wednesday).
  [words(`(${WEEKDAYS}),?(?=\\s\\d)`), (_, w = '') => ` ${WEEKDAY[w.toLowerCase()] ?? ''}, `],
  [words(`(${WEEKDAYS})`), (w = '') => ` ${WEEKDAY[w.toLowerCase()] ?? ''} `],
  // Days: "7 Saawiyee 2026", "ñalnde 7 Saawiyee 2026" (on January 7, 2026); "lewru Marse 2024" (in March 2024).
  [words(String.raw`(?:ñalnde\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`), (all = '', d = '', m = '', y = '') => (/^ñ/i.test(all) ? ' on' : '') + (namedMonthDay(d, month(m), y) || ` ${all} `)],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  // A month's account: "Ko waɗi e lewru Mee 2026" (what happened in May 2026) is a monthly recap, not news.
  [words(`ko\\swaɗi\\s(?:e\\s)?(?:nder\\s)?lewru\\s${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` Monthly recap: what happened in ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`(?:e\\s)?lewru\\s${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` in ${month(m)}${y ? ` ${y}` : ''} `],
  [words('deftere\\slewru'), ' Monthly recap '],
  // A guide's heading: "Jaŋde: …" (lesson) opening a line; a site's menu ("Jaŋde | Kabaruuji") stays.
  [/(^|\n)([^\S\n]*)Jaŋde(?=[^\S\n]*:)/giu, '$1$2Guide'],
  [words('binndaama'), ' Published '],
  [words('ñalnde\\shannde|hannde'), ' today '],
  [words('keeŋe|keeñe'), ' the day before yesterday '],
  [words('hanki'), ' yesterday '],
  [words('jaŋngo|jango'), ' tomorrow '],
  // A round-up's heading: "Taƴe (Express Entry) (e nder) yontere ndee:" (the heading the English reader's round-ups read).
  [words('taƴe\\s(?:(Express\\sEntry)\\s)?(?:e\\snder\\s)?yontere\\sndee'), (_, ee = '') => (ee ? ' Express Entry draws this week ' : ' Draws this week ')],
  [words('(?:e\\snder\\s)?yontere\\sndee|ndee\\syontere'), ' this week '],
  [words('yontere\\sɓennunde'), ' last week '],
  [words('yontere\\sarannde|yontere\\sgarannde'), ' next week '],
  [words(`(?:e\\snder\\s)?hitaande\\s${YEAR}\\sfof`), ' in all of $1 '],
  [words('yeewtere|tijjere|miijo\\sko\\sjokki'), ' forecast '],
  [words('misal'), ' for example '],
  // Rounds: "taƴe ɗiɗi" (two draws), "taƴre #262", "taƴre no 262", "taƴre ɓennunde" (the previous draw), "taƴre sakkitorde hitaande 2020".
  [words(`taƴe\\s(${Object.keys(NUMBERS).join('|')})`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('taƴre\\s(?:no\\.?\\s?|#)(\\d{1,3})(?![\\d,.])'), ' draw #$1 '],
  [words('taƴre\\sɓennunde|taƴre\\sɓennuɗo'), ' the previous draw '],
  [words('taƴre\\s(?:(Express\\sEntry)\\s)?(?:garooy?nde|garoowo|arannde)'), (_, ee = '') => ` the next ${ee ? `${ee} ` : ''}draw `],
  [words(`taƴre\\ssakkitorde\\shitaande\\s${YEAR}`), ' the last draw of $1 '],
  [words('taƴre\\ssakkitorde|taƴre\\scakkitiinde'), ' the previous draw '],
  [words('taƴre'), ' draw '],
  [words('taƴe'), ' draws '],
  [words('waɗii|rewi'), ' held '],
  // Hedged counts, no count to the reader: "ko ɓuri yimɓe 100,000" (more than), "hedde 4,000" (about), "haa 5,000" (up to).
  [words(`(?:ko\\s)?ɓuri\\syimɓe\\s${COUNT}`), ' more than $1 candidates '],
  [words(`(?:ko\\s)?ɓuri\\s${COUNT}`), ' more than $1 '],
  [words(`hedde\\s${COUNT}`), ' about $1 '],
  [words(`haa\\s${COUNT}`), ' up to $1 '],
  // Counts: "Noddaandi 8,000 (ITAs) njaltinaama", "hokkii noddaandi 8,000", "noddii cafroowo'en (physicians) 271", "Noddaandi: 4,300".
  [words(`(?:hokkii|njaltini|neldii)\\snoddaandi\\s${COUNT}`), ' issued $1 invitations '],
  [words(`noddii\\s(?:cafroowo['’]en|cafrooɓe)(?:\\s\\(physicians\\))?\\s${COUNT}`), ' invited $1 physicians '],
  [words(`noddii\\syimɓe\\s${COUNT}`), ' invited $1 candidates '],
  [words(`yimɓe\\s${COUNT}\\snoddaama`), ' $1 candidates were invited '],
  [words(`noddaandi\\s${COUNT}`), ' $1 invitations '],
  [words('njaltinaama|neldaama|ndokkaama'), ' were issued '],
  [words('noddaandi'), ' invitations '],
  [words('noddii'), ' invited '],
  [words('noddaama'), ' were invited '],
  // Cut-offs: "limoore CRS ɓurnde famɗude ko 468", "CRS ɓurɗo famɗude: 496", "limoore ɓurnde famɗude: 511 poyndi".
  [words(`(?:limoore\\s)?(?:CRS\\s)?ɓur(?:nde|ɗo)\\sfamɗude\\sko\\s${COUNT}`), ' the minimum CRS score was $1 '],
  [words('(?:limoore\\s)?(?:CRS\\s)?ɓur(?:nde|ɗo)\\sfamɗude'), ' minimum CRS score '],
  [words('limoore'), ' score '],
  [words('poyndi'), ' points '],
  // The tie-break's label: "Sarɗi nawtagol (tie-breaking rule)".
  [words('sarɗi\\snawtagol(?:\\s\\(tie-?breaking\\srule\\))?'), ' tie-breaking rule '],
  // Programs.
  [words('(?:ɓeen\\s)?mbaawɓe\\shaalde\\sFaransiire'), ' French-speaking candidates '],
  [words('Faransiire'), ' French-language '],
  [words("cafroowo['’]en|cafrooɓe"), ' physicians '],
  [words('yimɓe'), ' candidates '],
  [words('Kanadaa'), ' Canada '],
  [words('e\\snder'), ' in '],
  [words('ngam'), ' for '],
  [words('tan'), ' only '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Fula writes among the languages the reader glosses (its draw words, months, days and short words). */
const FULA_WORD = words(
  'hannde|hanki|noddaandi|noddii|taƴre|taƴe|limoore|yimɓe|ɓurnde|ɓurɗo|famɗude|nder|ngam|waɗii|njaltinaama|neldaama|hokkii|hitaande|lewru|yontere|ɓennunde|ɗum|ɗuum|ñalnde|binndaama|kabaruuji|heɓii|ɓeen|poyndi|Faransiire|ɗiɗi|ɗiɗmere|mbaawɓe|haalde|fof|sakkitorde|maɓɓe|Saawiyee|Feebariyee|Abriil|Suwee|Sulyee|Uut|Septaambar|Oktoobar|Nowaambar|Desaambar|Alarba|Alkamiisa',
);
const FULA_LETTER = /[ɓɗƴƁƊƳ]/;
/**
 * A cheap first test: one letter class, Fula's hooked letters "ɓ", "ɗ", "ƴ" ("taƴre", "yimɓe", "famɗude"), which an English page
 * never writes (Hausa writes "ɓ" and "ɗ" too, and none of the words below).
 */
export const FULA_HINT = FULA_LETTER;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isFula = (text: string): boolean => writtenWith(text, FULA_WORD, 5);

/** A Fula page glossed into English. */
export const glossFula = (text: string): string => glossInTurn(text, CASED_RULES);
