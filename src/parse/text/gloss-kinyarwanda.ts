import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Kinyarwanda draw news glossed into the English the reader knows, as `gloss-swahili.ts` does for Swahili (docs/parser.md
 * "Oromo and Kinyarwanda"): day-first dates with its months ("21 Nyakanga 2026" → "July 21, 2026", "ku wa 24 Kamena" → "on June
 * 24"), weekdays ("ku wa Gatanu" → "Friday"), "uyu munsi" (today), "ejo hashize" and "ejo" (yesterday); rounds ("tombola ya 250"
 * → "draw #250", "tombola ebyiri" → "two draws"); counts ("yatumiye abantu 2,000" → "invited 2,000 candidates", "ubutumire 271"
 * → "271 invitations", "Abantu 4 gusa ni bo batumiwe" → "Only 4 candidates were invited"); cut-offs ("Amanota make ya CRS yari
 * 516" → "the minimum CRS score was 516", "ku manota 471" → "with a minimum CRS score of 471"); the tie-break ("Itegeko ryo
 * gukemura amanota angana"); programs; recap and forecast words. Words the glossary does not know stay as they are.
 */

const MONTHS: MonthTable = [
  ['mutarama', 'January'],
  ['gashyantare', 'February'],
  ['werurwe', 'March'],
  ['mata', 'April'],
  ['gicurasi', 'May'],
  ['kamena', 'June'],
  ['nyakanga', 'July'],
  ['kanama', 'August'],
  ['nzeri', 'September'],
  ['ukwakira', 'October'],
  ['ugushyingo', 'November'],
  ['ukuboza', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = '(Mutarama|Gashyantare|Werurwe|Mata|Gicurasi|Kamena|Nyakanga|Kanama|Nzeri|Ukwakira|Ugushyingo|Ukuboza)';
/** "ku wa mbere" (Monday) … "ku wa gatandatu" (Saturday), "ku cyumweru" (Sunday). */
const WEEKDAY: Readonly<Record<string, string>> = {
  mbere: 'Monday',
  kabiri: 'Tuesday',
  gatatu: 'Wednesday',
  kane: 'Thursday',
  gatanu: 'Friday',
  gatandatu: 'Saturday',
};
const NUMBERS: Readonly<Record<string, string>> = { ebyiri: 'two', eshatu: 'three', enye: 'four', eshanu: 'five' };
const COUNT = WORD_COUNT;
const PEOPLE = '(?:abantu|abakandida|abasaba|abaganga)';
/** Inviting: "yatumiye" (invited), "itumira" (inviting), "yahaye ubutumire" (gave invitations to). */
const INVITING = '(?:yatumiye|itumira|yahaye\\subutumire)';

const RULES: readonly GlossRule[] = [
  // A count with a dot between its thousands, as Rwanda writes it ("abantu 3.000"): the comma the reader reads.
  [words(`(${PEOPLE}|ubutumire)\\s(\\d{1,3})\\.(\\d{3})(?![.,]?\\d)`), '$1 $2,$3'],
  // "Incamake y'ukwezi kwa Gicurasi" (May's monthly recap), before the month takes its "ukwezi kwa".
  [words("incamake\\sy['’]ukwezi(?:\\skwa)?"), ' monthly recap '],
  // Weekdays before their day: "ku wa Kane tariki 8 Kamena" (Thursday, June 8), "Ku wa Gatanu, 21 Werurwe".
  [words(`(?:ku\\s)?wa\\s(${Object.keys(WEEKDAY).join('|')})(?=[,\\s]+(?:tariki\\s)?\\d)`), (_, w = '') => ` ${WEEKDAY[w.toLowerCase()] ?? ''}, `],
  [words('ku\\scyumweru(?=[,\\s]+(?:tariki\\s)?\\d)'), ' Sunday, '],
  // A weekday alone, "Ku wa Mbere IRCC yatumiye …" (on Monday).
  [words(`ku\\swa\\s(${Object.keys(WEEKDAY).join('|')})`), (_, w = '') => ` on ${WEEKDAY[w.toLowerCase()] ?? ''} `],
  // Days: "21 Nyakanga 2026", "ku wa 24 Kamena 2026", "tariki 8 Kamena 2023"; a month alone ("muri Gicurasi 2025").
  [
    words(String.raw`(?:(?:ku\swa|tariki(?:\sya)?)\s)?(\d{1,2})\s${MONTH}(?:,?\s((?:19|20)\d\d))?`),
    (all = '', d = '', m = '', y = '') => ` ${/^(?:ku|tariki)/i.test(all) ? 'on ' : ''}${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `,
  ],
  [words(`ukwezi\\skwa\\s${MONTH}`), (_, m = '') => ` ${month(m)} `],
  [words(`muri\\s${MONTH}`), (_, m = '') => ` in ${month(m)} `],
  [words('Mutarama|Gashyantare|Werurwe|Gicurasi|Kamena|Nyakanga|Kanama|Nzeri|Ukwakira|Ugushyingo|Ukuboza'), (m = '') => ` ${month(m)} `],
  [words('saa(?=\\s\\d{1,2}:\\d{2})'), ' at '],
  [words('ku\\swa(?=\\s\\d)'), ' on '],
  // "uyu munsi" (today), "ejo hashize" (yesterday); "ejo" alone is yesterday or tomorrow: yesterday only beside a verb of the past.
  [words('uyu\\smunsi'), ' today '],
  [words('ejo\\shashize'), ' yesterday '],
  [words('ejo\\s(?:hazaza|bundi)'), ' '],
  [words('ejo(?=[\\s,(]+[^\\n.]{0,60}(?:yakoze|yatumiye|batumiwe|habaye))'), ' yesterday '],
  [words('muri\\siki\\scyumweru|iki\\scyumweru'), ' this week '],
  [words('icyumweru\\sgitaha'), ' next week '],
  [words('icyumweru\\sgishize'), ' last week '],
  [words("nyuma\\sy['’]umunsi\\sumwe(?:\\sgusa)?"), ' a day after '],
  [words('mbere\\syaho,?'), ' Previously, '],
  // Bylines, recaps and forecasts.
  [/(?<![\p{L}])(?:Yanditswe|Byanditswe)\sna\s(?=\p{Lu})/gu, ' By '],
  [words('byanditswe|yanditswe'), ' Published '],
  [words('incamake'), ' recap '],
  [words('ibiteganijwe|biteganijwe|biteganyijwe|iteganyagihe'), ' forecast '],
  [words('urugero'), ' for example '],
  [words('amabwiriza|inyobora'), ' Guide '],
  [words('itariki'), ' Date '],
  // Rounds: "tombola ya 250", "tombola ebyiri", "tombola ya mbere" (the first), "tombola y'Igifaransa".
  [words(String.raw`tombola\sya\s(\d{1,3})(?![\d,.])`), ' draw #$1 '],
  [words('tombola\\sya\\smbere'), ' the first draw '],
  [words(`tombola\\s(${Object.keys(NUMBERS).join('|')})`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words("tombola\\sy['’]Igifaransa"), ' French-language draw '],
  [words('habaye\\sindi(?:\\stombola)?(?:\\sya)?'), ' there was another draw '],
  [words('habaye\\stombola'), ' there was a draw '],
  [words('tombola'), ' draw '],
  [words('yakoze'), ' held '],
  // The tie-break: "Itegeko ryo gukemura amanota angana (tie-breaking rule)".
  [words(String.raw`itegeko\sryo\sgukemura\samanota\sangana(?:\s\(tie-?breaking\srule\))?`), ' tie-breaking rule '],
  // Counts: "yatumiye abantu 2,000", "Abantu 2,000 bahawe ubutumire", "Abantu 4 gusa ni bo batumiwe", "ubutumire 271".
  // Hedged: "hafi abantu 5,000" / "abantu bagera ku 5,000" (about), "abantu barenga 900" (more than): no exact count.
  [words(`(?:${INVITING}\\s)?hafi\\s(?:${PEOPLE}\\s)?${COUNT}`), ' about $1 candidates '],
  [words(`${PEOPLE}\\sbagera\\sku\\s${COUNT}`), ' about $1 candidates '],
  [words(`${PEOPLE}\\s(?:barenga|basaga)\\s${COUNT}`), ' more than $1 candidates '],
  [words(`${INVITING}\\s${PEOPLE}\\s${COUNT}`), ' invited $1 candidates '],
  [words(`hatumiwe\\s${PEOPLE}\\s${COUNT}`), ' $1 candidates were invited '],
  [words(`${PEOPLE}\\s${COUNT}\\sgusa\\s(?:ni\\sbo\\s)?batumiwe`), ' only $1 candidates were invited '],
  [words(`${PEOPLE}\\s${COUNT}\\s(?:ni\\sbo\\s)?batumiwe`), ' $1 candidates were invited '],
  [words(`${PEOPLE}\\s${COUNT}\\sbahawe\\subutumire`), ' $1 candidates received invitations '],
  [words(`${PEOPLE}\\s${COUNT}`), ' $1 candidates '],
  [words(`ubutumire\\s${COUNT}`), ' $1 invitations '],
  [words('ubutumire'), ' invitations '],
  [words('yatumiye'), ' invited '],
  [words('batumiwe|abatumiwe'), ' were invited '],
  // Cut-offs: "Amanota make ya CRS yari 516", "amanota make akaba 486", "amanota make 223", "ku manota 471".
  [words(`amanota\\sma(?:ke|cye)(?:\\sya\\sCRS)?\\s(?:yari|ni|akaba)\\s${COUNT}`), ' the minimum CRS score was $1 '],
  [words('amanota\\sma(?:ke|cye)(?:\\sya\\sCRS)?'), ' minimum CRS score '],
  [words(`(?:ku\\smanota|bafite\\snibura\\samanota)\\s${COUNT}`), ' with a minimum CRS score of $1 '],
  [words('amanota'), ' score '],
  // Programs.
  [words("(?:abavuga\\s(?:neza\\s)?|bavuga\\s(?:neza\\s)?|y['’])?Igifaransa"), ' French-language '],
  [words('abaganga'), ' physicians '],
  [words('ubuvuzi'), ' healthcare '],
  // Not in a site's menu ("Imibereho | Uburezi | Ubukungu"), where it names a section.
  [words('uburezi(?!\\s\\|)'), ' education '],
  [words('itarebye\\sicyiciro\\srunaka'), ' open to all programs '],
  [words('abasirikare'), ' military '],
  [words('bafite\\suburambe\\smuri\\sKanada'), ' with Canadian work experience '],
  [words('ubwenegihugu\\sbuhoraho'), ' permanent residence '],
  [words("Minisiteri\\sy['’]Abinjira\\sn['’]Abasohoka"), ' Immigration Ministry '],
  // Joining words the English patterns lean on.
  [words('intara\\sya'), ' the province of '],
  [words('intara'), ' province '],
  [words('Ositaraliya'), ' Australia '],
  [words('Kanada'), ' Canada '],
  [words('gusa'), ' only '],
  [words('muri\\srusange'), ' in total '],
  [words('yari'), ' was '],
  [words('kandi'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Kinyarwanda writes (its draw words, months, and short words no other language the reader glosses has). */
const KINYARWANDA_WORD = words(
  "yatumiye|batumiwe|abatumiwe|ubutumire|amanota|tombola|munsi|ejo|hashize|yakoze|cyane|ariko|iyi|iki|icyiciro|ibyiciro|abakandida|muri|kandi|ukwezi|icyumweru|gusa|yari|habaye|nyuma|mbere|Mutarama|Gashyantare|Werurwe|Gicurasi|Kamena|Nyakanga|Kanama|Nzeri|Ukwakira|Ugushyingo|Ukuboza|Igifaransa|amakuru|y['’]|ku|abantu|intara|uko|ntabwo",
);
/**
 * A cheap first test (two literals, about as costly as a single character's search on an English page): "tumi", of the words of
 * inviting ("yatumiye", "batumiwe", "ubutumire"), or "manota" (points) for a round-up that names no verb ("abantu 511, amanota
 * make 744"), which a Kinyarwanda draw report writes and English about never.
 */
export const KINYARWANDA_HINT = /manota|tumi/;

/** Eight of the words, four of them different, or (a short post) four different making up a sixth of its words. */
export const isKinyarwanda = (text: string): boolean => writtenWith(text, KINYARWANDA_WORD, 4);

/** A Kinyarwanda page glossed into English. */
export const glossKinyarwanda = (text: string): string => glossInTurn(text, CASED_RULES);
