import { glossInTurn, keepCase, markEarlier, monthNamer, ordinalNumber, words, writtenWith, type GlossRule, type MonthTable, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Azerbaijani (Latin letters) draw news glossed into the English the reader knows, in the shape of the Turkish and Uzbek
 * glossaries (docs/parser.md, "Azerbaijani and Albanian"): thousands with a space ("7 500 nəfər" → "7,500 candidates"), months
 * with their case endings ("19 avqust 2026", "17 avqustda", "avqustun 5-də" → "August 5", "24 iyul 2019 tarixində"), "bu gün"
 * (today), "dünən" (yesterday), "bu həftə" (this week); rounds ("435-ci raundda" → "the 435th round", "raund №253", "raund
 * #437"), counts ("442 namizədə dəvət göndərilib" → "442 candidates were invited", "3,600 nəfər dəvət aldı", "5,000 dəvət"),
 * cut-offs ("Minimal bal 760 olub", "minimum CRS balı 523", "keçid balı 379"), the tie-break ("Tie-breaking qaydası", "Bərabər
 * bal halında tətbiq olunan qayda"), programs, and a guide's, forecast's or recap's words ("Məsələn", "gözlənilir", "aylıq
 * icmal"). Words the glossary does not know stay as they are. A sentence with "Xatırladaq ki" (let us recall), "əvvəlki"
 * (previous), a pluperfect ("olmuşdu") or "idi" (was) speaks of an earlier round.
 */

/** A cheap first test: the schwa, which Azerbaijani writes in most sentences and the reader's other languages not at all. */
export const AZERBAIJANI_HINT = /[əƏ]/;
const AZERBAIJANI_WORD = words(
  String.raw`və|üçün|üzrə|dəvət\p{L}*|namizəd\p{L}*|raund\p{L}*|bal[ıi]?\p{L}*|dünən|bu\sgün|həftə\p{L}*|göndəril\p{L}*|keçiril\p{L}*|keçirdi|əvvəlki|ilə|isə|olub|oldu|idi|ki|bu|cəmi|hər|nəfər\p{L}*|proqram\p{L}*|kateqoriya\p{L}*|əyalət\p{L}*|sinfi|tarix\p{L}*|qayda\p{L}*|Kanada\p{L}*|ildə|gözlənilir`,
);

/** Azerbaijani: its schwa, and eight of its words, five different (or a short post's sixth of its words). */
export const isAzerbaijani = (text: string): boolean => (text.match(/[əƏ]/g) ?? []).length >= 3 && writtenWith(text, AZERBAIJANI_WORD, 5);

const MONTHS: MonthTable = [
  ['yanvar', 'January'],
  ['fevral', 'February'],
  ['mart', 'March'],
  ['aprel', 'April'],
  ['may', 'May'],
  ['iyun', 'June'],
  ['iyul', 'July'],
  ['avqust', 'August'],
  ['sentyabr', 'September'],
  ['oktyabr', 'October'],
  ['noyabr', 'November'],
  ['dekabr', 'December'],
];
const monthOf = monthNamer(MONTHS, 'i');
const MONTH_WORD = String.raw`(yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)`;
/** A month with its case ending ("avqustda", "iyunda", "avqustun", "dekabrın"). */
const MONTH = String.raw`${MONTH_WORD}(?:da|də|dan|dən|ın|in|un|ün|a|ə)?`;
/** A number's case ending after a hyphen or an apostrophe ("5-də", "400-dən", "5 000-ə"). */
const CASE = String.raw`(?:[-'’](?:d[aə]|d[aə]n|[aəyı]|y[aə]|n[iıuü]n|[iıuü]))?`;
const WEEKDAYS: MonthTable = [
  ['bazar\\sertəsi', 'Monday'],
  ['çərşənbə\\saxşamı', 'Tuesday'],
  ['çərşənbə', 'Wednesday'],
  ['cümə\\saxşamı', 'Thursday'],
  ['cümə', 'Friday'],
  ['şənbə', 'Saturday'],
  ['bazar', 'Sunday'],
];
const L = String.raw`\p{L}*`;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { iki: 'two', üç: 'three', dörd: 'four', beş: 'five' };
const PEOPLE = String.raw`(?:namizəd|nəfər|şəxs)${L}`;

const RULES: readonly GlossRule[] = [
  // "7 500", "3 600", "1 204": thousands with a space (not a time "10:15" nor a phone number's groups).
  [/(?<![\d,.:+])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d|[ \u00a0]\d)/g, '$1,$2'],
  // Hedged counts: "5,000-ə yaxın" (close to), "81,000-dən çox" (more than), "400-dən aşağı" (below), "təxminən" (about).
  [words(String.raw`${NUM}[-'’]?(?:[əa]|y[əa])\syaxın`), ' about $1 '],
  [words(String.raw`${NUM}[-'’]?d[əa]n\s(?:çox|artıq)`), ' more than $1 '],
  [words(String.raw`${NUM}[-'’]?d[əa]n\s(?:aşağı|az)`), ' below $1 '],
  [words('təxminən|təqribən|təxmini'), ' about '],
  // Background: a guide, a forecast, a recap.
  [words('Məsələn'), ' For example '],
  [words(`məsləhət${L}`), ' tips '],
  [words(String.raw`(CRS\s)?bal[ıi]n[ıi]\snecə\sartırmaq\solar`), ' How to improve your $1score '],
  [words('necə'), ' how '],
  // "507 ilə 549 arasında dəyişdi" (ranged between 507 and 549): no cut-off of one round.
  [words(String.raw`(\d{2,4})\silə\s(\d{2,4})\sarasında(?:\sdəyişdi)?`), ' ranged between $1 and $2 '],
  [words(`keçirilmədi|keçirilməyib`), ' were not held '],
  [words(`gözlənil${L}|gözləyir${L}`), ' expected '],
  [words(`proqnoz${L}`), ' Forecast '],
  [words(`(?:aylıq|ayın)\\sicmal${L}`), ' monthly recap '],
  // "Avqust ayının yekunları" (August's results), "2025-ci ilin yekunları" (the year's): a recap.
  [words(`${MONTH_WORD}\\say[ıi]n[ıi]n\\syekun${L}`), (_, m = '') => ` monthly recap of ${monthOf(m)} `],
  [words(`(?:ilin|illik)\\syekun${L}`), ' year in review '],
  [words(`yekun${L}`), ' recap '],
  // A question or a forecast: "nə vaxt olacaq?" (when will it be?), "keçiriləcək" (will be held), "ola bilər" (could be).
  [words('nə\\svaxt'), ' when will '],
  [words(`keçiriləcə${L}`), ' will be held '],
  [words(`göndəriləcə${L}`), ' will be sent '],
  [words('ola\\sbilər'), ' could be '],
  [words(`(?:həftənin|həftəlik)\\sicmal${L}`), ' Weekly summary '],
  [words(`icmal${L}`), ' recap '],
  // Days: "19 avqust 2026", "17 avqustda", "24 iyul 2019 tarixində", "avqustun 5-də", "dekabrın 3-də".
  [words(String.raw`(\d{1,2})\s${MONTH}(?:,?\s((?:19|20)\d\d))?(?:\s(?:tarixində|tarixli|tarixdə))?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [words(String.raw`${MONTH_WORD}(?:ın|in|un|ün)\s(\d{1,2})${CASE}`), (_, m = '', d = '') => ` ${monthOf(m)} ${Number(d)} `],
  [words(String.raw`(\d{2}\.\d{2}\.\d{4})\s(?:tarixində|tarixli|tarixdə)`), ' on $1 '],
  [words(String.raw`${MONTH_WORD}\s(?:ayında|ayı)`), (_, m = '') => ` in ${monthOf(m)} `],
  [words(String.raw`${MONTH}(?=\s(?:19|20)\d\d)`), (_, m = '') => ` ${monthOf(m)} `],
  [words(String.raw`((?:19|20)\d\d)-(?:c[iıuü])\sil(?:də|in|i)?`), ' in $1 '],
  ...WEEKDAYS.map(([az, en]): GlossRule => [words(`${az}(?:\\sgünü)?`), ` ${en} `]),
  [words('bu\\sgün|bugün'), ' today '],
  [words('dünən'), ' yesterday '],
  [words('srağagün|sırağagün'), ' the day before yesterday '],
  [words(`bu\\shəftə${L}`), ' this week '],
  [words(`keçən\\shəftə${L}`), ' last week '],
  [words(`gələn\\shəftə${L}`), ' next week '],
  [words('saat(?=\\s\\d{1,2}:\\d{2})'), ' at '],
  // Programs.
  [words('fransız\\sdili\\sbiliyi(?:\\skateqoriyası)?'), ' French-language proficiency '],
  [words(`fransız\\sdil${L}`), ' French-language '],
  [words(`Kanada\\sTəcrübə\\sSinf${L}`), ' Canadian Experience Class '],
  [words(`Əyalət\\sNamizədlik\\sProqram${L}|əyalət\\snamizədliyi`), ' Provincial Nominee Program '],
  [words(`əyalət\\snamizədləri${L}`), ' provincial nominees '],
  [words(`bütün\\sproqramlar${L}`), ' all programs '],
  [words(`proqram\\sgöstərilməyən`), ' no program specified '],
  // Rounds: "435-ci raundda" (the 435th round), "raund №253", "raund #437", "iki Express Entry raundu" (two rounds).
  [words(String.raw`(\d{1,3})-(?:c[iıuü]|[iıuü]nc[iıuü])\s(?:Express\sEntry\s)?(?:dəvət\s)?raund${L}`), (_, n = '') => ` the ${ordinalNumber(n)} round `],
  [words(String.raw`raund${L}\s(?:№|#|No\.?\s?)\s?(\d{1,3})`), ' round #$1 '],
  [words(String.raw`(?:Bu|O),\s(\d{1,3})-(?:c[iıuü]|[iıuü]nc[iıuü])\sraund${L}`), (_, n = '') => ` This was the ${ordinalNumber(n)} round `],
  [words(String.raw`(iki|üç|dörd|beş)\s(?:Express\sEntry\s)?(?:dəvət\s)?raund${L}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [words(String.raw`əvvəlki\s((?:[A-Z]{2,4}\s)?)raund${L}`), ' the previous $1round '],
  [words(String.raw`növbəti\s(?:Express\sEntry\s)?raund${L}`), (all = '') => (/Express/i.test(all) ? ' a regular Express Entry round ' : ' a regular round ')],
  [words(`(?:dəvət\\s)?raund${L}`), ' round '],
  [words(`(?:tie-?break(?:ing)?|bərabərlik|bərabər\\sbal\\shalında\\stətbiq\\solunan)\\s(?:qayda${L})(?:\\s\\(tie-breaking\\srule\\))?(?:\\starixi)?`), ' Tie-breaking rule '],
  // Counts: "442 namizədə dəvət göndərilib", "7 500 nəfərə dəvət göndərildi", "3,600 nəfər dəvət aldı", "5,000 dəvət".
  [words(String.raw`${NUM}\s${PEOPLE}((?:\s[^\s.;:\d]+){0,8}?)\sdəvət\s(?:göndərilib|göndərildi)`), ' $1 candidates were invited $2 '],
  [words(String.raw`${NUM}\s${PEOPLE}\sdəvət\s(?:aldı|alıb|almışdır)`), ' $1 candidates received invitations '],
  [words(String.raw`${NUM}\s(?:dəvət${L}|ITA)`), ' $1 invitations '],
  [words(String.raw`${NUM}\s${PEOPLE}`), ' $1 candidates '],
  [words('dəvət\\sgöndərildi|dəvət\\sgöndərilib'), ' invitations were sent '],
  [words(`dəvət${L}`), ' invitations '],
  [words(`namizəd${L}`), ' candidates '],
  // Cut-offs: "Minimal bal 760 olub", "minimum CRS balı 523", "keçid balı cəmi 379" (the pass mark, only 379).
  [words(String.raw`(?:minimal|minimum|ən\saşağı|keçid)\s(CRS\s)?bal[ıi]?(?:\s(?:cəmi|isə))?\s(\d{2,4})\s(?:olub|oldu|olmuşdur)`), ' the minimum CRS score was $2 '],
  [words(String.raw`(?:minimal|minimum|ən\saşağı|keçid)\s(?:CRS\s)?bal[ıi]?(?:\scəmi)?`), ' minimum CRS score '],
  [words(String.raw`(\d{2,4})\sbal${L}`), ' $1 points '],
  [words(`bal${L}`), ' score '],
  [words(`səhiyyə(?:\\speşələri)?`), ' healthcare '],
  [words(`STEM\\speşələri`), ' STEM occupations '],
  [words(`həkim${L}`), ' physicians '],
  [words(`kateqoriya${L}`), ' category '],
  [words(`əyalət${L}`), ' province '],
  [words(`proqram${L}`), ' program '],
  [words(`Britaniya\\sKolumbiya${L}`), ' British Columbia '],
  [words(`Avstraliya${L}`), ' Australia '],
  [words(`Yeni\\sZelandiya${L}`), ' New Zealand '],
  [words(`Kanada${L}`), ' Canada '],
  // What happened.
  [words(`keçirilən|keçirilib|keçirildi|keçirdi|keçirib`), ' held '],
  [words(`göndərildi|göndərilib`), ' were sent '],
  [words(`göndərdi`), ' sent '],
  [words('cəmi'), ' only '],
  [words('yeni'), ' new '],
  [words('əvvəlki'), ' previous '],
  [words('üçün'), ' for '],
  [words('üzrə'), ' '],
  [words('və'), ' and '],
];

/**
 * A comparison with the previous round told in the round's own sentence: "əvvəlki CEC raundundakı 517 baldan 1 bal aşağıdır"
 * (1 point below the 517 of the previous CEC round) → "down from 517 in the previous CEC round", before the sentence is taken
 * for an earlier round's.
 */
const COMPARED = words(String.raw`əvvəlki\s((?:[A-Z]{2,4}\s)?)raund\p{L}*\s(\d{2,4})(?:\sbal|[-'’])d[aə]n(?:\s\d{1,3}\sbal)?\s(aşağı|yüksək)\p{L}*`);
const compared = (text: string): string => text.replace(COMPARED, (_: string, p: string, n: string, way: string) => ` ${/aşağı/i.test(way) ? 'down' : 'up'} from ${n} in the previous ${p}round `);

/** A sentence of an earlier round: "Xatırladaq ki" (let us recall), "əvvəlki" (previous), a pluperfect ("olmuşdu"), "idi" (was). */
const EARLIER = /Xatırladaq|əvvəlki|m[ıiuü]şd[ıiuü]|\bidi\b|m[ıiuü]ş,/iu;
const CASED_RULES = RULES.map(keepCase);

/** An Azerbaijani page glossed into English, a sentence of an earlier round first told as context. */
export const glossAzerbaijani = (text: string): string => glossInTurn(markEarlier(compared(text), EARLIER, /((?<=[.!?;])\s+|\n)/), CASED_RULES);
