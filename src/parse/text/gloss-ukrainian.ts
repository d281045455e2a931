import { CYRILLIC_LATIN, romanizeSpeakers } from './speaker-names.ts';
import { applyGloss, grouped, markEarlier, monthNamer, mostlyScript, script, tidyGloss, type GlossRule, type MonthTable, ordinalNumber, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Ukrainian draw news glossed into the English the reader knows, as `gloss-russian.ts` does for Russian (docs/parser.md,
 * "Ukrainian and Georgian"): thousands with a space ("7 500 запрошень" → "7,500 invitations"), months in their cases ("19 липня
 * 2024 р." → "July 19, 2024", "у січні" → "in January"), weekdays ("У понеділок" → "On Monday"), rounds ("59-й раунд" → "the
 * 59th round", "Раунд №236"), counts ("запрошення отримали 174 кандидати" → "174 candidates received invitations"), cut-offs
 * ("мінімальний бал становив 816" → "the minimum CRS score was 816", "прохідний бал - 539", "поріг"), the tie-break ("Правило
 * тай-брейку"), programs and the words of a draw report. What the glossary does not know is dropped; a sentence that speaks of
 * an earlier round ("попередн…", previous; "Для порівняння", for comparison; "Тиждень тому", a week ago) is context, but not a
 * comparison inside the round's own sentence ("на 7 балів вище, ніж у попередньому раунді" → "7 points higher than in the
 * previous round"). A tie-break "за київським часом" (Kyiv time) after its day gets that day's offset ("(UTC+3)").
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Letters Ukrainian writes and Russian does not, and the reverse. */
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/g;
const RUSSIAN_LETTERS = /[ыэъёЫЭЪЁ]/g;

/** Enough Cyrillic that it is the page's language, and Ukrainian: its own letters, none of Russian's. */
export function isUkrainian(text: string): boolean {
  const own = (text.match(UKRAINIAN_LETTERS) ?? []).length;
  return own >= 2 && own > 4 * (text.match(RUSSIAN_LETTERS) ?? []).length && mostlyScript(text, CYRILLIC);
}

/** A space inside a line (a pattern never runs across lines). */
const { S, re, B, E, T } = scriptWords(C, { apostrophe: true });
/** Not inside a Cyrillic or Latin word, nor a number; a word's Cyrillic ending. */

/** Months in every case: "липня" (of July), "липень", "у липні" (in July). */
const MONTHS: MonthTable = [
  ['січ', 'January'],
  ['лют', 'February'],
  ['берез', 'March'],
  ['квіт', 'April'],
  ['трав', 'May'],
  ['черв', 'June'],
  ['лип', 'July'],
  ['серп', 'August'],
  ['верес', 'September'],
  ['жовт', 'October'],
  ['листопад', 'November'],
  ['груд', 'December'],
];
const MONTH = String.raw`((?:січ|берез|квіт|трав|черв|лип|серп|верес|жовт|груд)(?:ень|ня|ні)|лют(?:ий|ого|ому|ім)|листопад(?:а|і|ом)?)`;
const monthOf = monthNamer(MONTHS, 'i');
const ENGLISH_MONTHS = MONTHS.map(([, en]) => en);
/** The year's word after its figure: "2024 р.", "2022 року", "у 2022 році", "2026 рік", "2025-й", "у 2026-му". */
const YEAR_WORD = String.raw`(?:${S}?р\.|${S}(?:року|рік|році|роки)${E}|-(?:й|му|го|ий)${E})`;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['понеділ(?:ок|ка)', 'Monday'],
  ['вівтор(?:ок|ка)', 'Tuesday'],
  ['серед(?:а|у|и)', 'Wednesday'],
  ['четвер(?:га)?', 'Thursday'],
  ["п'ятниц(?:я|ю|і)", 'Friday'],
  ['субот(?:а|у|и)', 'Saturday'],
  ['неділ(?:я|ю|і)', 'Sunday'],
];

/** A count: "3,000" (after the thousands rule) or "3000". */
const NUM = GLOSS_NUM;
const INVITATIONS = `запрошен${T}`;
const PEOPLE = `(?:кандидат|заявник|ос[іо]б|людин|люд)${T}`;
const ROUND = `(?:раунд|відб[оі]р|драв)${T}`;
const POINTS = String.raw`(?:бал(?:и|ів|у|і|ом|ами|ах|а)?|пункт${T})${E}`;
const MINIMUM = `(?:мінімальн${T}|мін\\.|прохідн${T})`;
const COUNTED: Readonly<Record<string, string>> = { два: 'two', дві: 'two', двома: 'two', три: 'three', трьома: 'three', чотири: 'four', "п'ять": 'five' };
const COMPARATIVE: Readonly<Record<string, string>> = { вище: 'higher', нижче: 'lower', більше: 'more', менше: 'fewer' };
/** An ordinal's English ending ("59" → "59th"). */
const nth = ordinalNumber;

const SCRIPT = script('\u0400-\u04ff', '«»');

/** Kyiv's offset from UTC on a day, in hours: 3 in summer (Europe's rule, last Sunday of March to last Sunday of October), else 2. */
function kyivOffset(year: number, month: number, day: number): number {
  const lastSunday = (m: number): number => {
    const last = new Date(Date.UTC(year, m, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const key = month * 100 + day;
  return key >= 300 + lastSunday(3) && key < 1000 + lastSunday(10) ? 3 : 2;
}

/** Places that hold their own draws, and pages that tell no news of a round (a guide, a forecast, a recap). */
const BACKGROUND: readonly GlossRule[] = [
  ...(
    [
      ['онтаріо', 'Ontario'],
      ['британськ[а-яі]* колумбі[а-яії]*', 'British Columbia'],
      ['альберт[аиіу]', 'Alberta'],
      ['саскачеван[а-яі]*', 'Saskatchewan'],
      ['манітоб[аиіу]', 'Manitoba'],
      ['нов[аоуі] шотланді[яїю]', 'Nova Scotia'],
      ['квебек[а-яі]*', 'Quebec'],
      ['австралі[яїю]', 'Australia'],
      ['нов[аоуі] зеланді[яїю]', 'New Zealand'],
    ] as const
  ).map(([uk, en]): GlossRule => [re(`${B}(?:${uk})${E}`), ` ${en} `]),
  [re(`${B}провінці(?:я|ї|ю|єю|й|ям|ях)${E}`), ' province '],
  [re(`${B}прогноз${T}`), ' Forecast '],
  [re(`${B}(?:очікуємо|очікується|очікують|імовірно|ймовірно|мабуть|можливо)${E}`), ' expected '],
  [re(`${B}(?:інструкці${T}|путівник${T}|довідник${T}|покроково)`), ' Guide '],
  [re(`${B}як${S}(?=[${C}']+(?:ти|тися)${E})`), ' how to '],
  [re(`${B}як${S}(?=працю)`), ' how does '],
  // "Що таке бал CRS" (what is the CRS score): a guide's headline in the words the reader knows one by.
  [re(`${B}що${S}таке${S}(?:бал${T}${S}CRS|CRS(?:${S}бал${T})?)(?![A-Za-z])`), ' what is the CRS score '],
  [re(`${B}(?:що${S}таке|що${S}означає)${E}`), ' what is '],
  [re(`${B}чи${S}буде${E}`), ' Will there be '],
  [re(`${B}коли${S}(?:буде|чекати|відбудеться)${E}`), ' when will '],
  [re(`${B}наступн${T}${S}(?=(?:раунд|відб[оі]р|драв))`), ' next '],
  [re(`${B}(?:річниц${T}|ювіле${T})`), ' anniversary '],
  [re(String.raw`(?<![\d,])(\d{1,2})${S}(?:років|роки)${S}(?=Express Entry)`), ' $1 years of '],
  [re(`${B}розподіл${S}(?:за${S})?бал${T}`), ' distribution of CRS scores '],
  [re(`${B}(?:шахрай${T}|попередженн${T})`), ' scam warning '],
  [re(`${B}приклад${E}\\.?`), ' For example, '],
  [re(`${B}наприклад${E}`), ' for example '],
  [re(`${B}(?:що${S}це${S}таке|пояснюємо)${E}`), ' explained '],
  [re(`${B}аналітика${E}`), ' Analysis '],
  [re(`${B}(?:чому|навіщо)${E}`), ' why is '],
  [re(`${B}підсумки${S}тижня${E}`), ' Weekly recap '],
  [re(String.raw`${B}підсумк${T}${S}(\d{4})${S}рок${T}|${B}(?:огляд|підсумк${T})${S}рок${T}`), (_, y = '') => ` ${y ? `${y} ` : ''}year in review `],
  [
    re(String.raw`${B}${MONTH}${S}підсумк${T}|${B}(?:підсумк${T}|огляд)${S}${MONTH}(?:${S}(\d{4})(?!\d)(?:${YEAR_WORD})?)?`),
    (_, a = '', b = '', y = '') => ` ${monthOf(a || b)}${y ? ` ${y}` : ''} recap `,
  ],
  // "огляд місяця" (the month's review), "місячний огляд", "підсумки місяця".
  [re(`${B}(?:(?:огляд|підсумк${T})${S}(?:за${S})?місяц${T}|місячн${T}${S}(?:огляд|підсумк)${T})`), ' monthly recap '],
  [re(`${B}підсумк${T}`), ' recap '],
  [re(`${B}тиждень${S}в${S}(?=Express Entry)`), ' this week in '],
  [re(`${B}(?:близько|приблизно|орієнтовно)${S}(?=\\d)`), ' about '],
  [re(`${B}(?:понад|більше${S}ніж|більш${S}ніж)${S}(?=\\d)`), ' more than '],
  [re(`${B}(?:майже|майже${S}що)${S}(?=\\d)`), ' nearly '],
  // "5,5 тис." (5.5 thousand, a decimal comma): 5,500; else "тисяч" is the word "thousand".
  [re(String.raw`(?<![\d,.])(\d{1,3}),(\d)${S}?(?:тисяч${T}|тис\.)`), (_, n = '', tenth = '') => ` ${grouped(Number(n) * 1000 + Number(tenth) * 100)} `],
  [re(`${B}(?:тисяч${T}|тис\\.)`), ' thousand '],
  [re(`${B}(?:щонайменше|не${S}менше${S}(?:ніж${S})?)(?=${S}?\\d)`), ' at least '],
  [re(`${B}разом${E}`), ' in total '],
  [re(`${B}за${S}місяць${E}`), ' this month '],
];

const RULES: readonly GlossRule[] = [
  // An apostrophe inside a word ("здоров’я", "п'ятниця") keeps it one word.
  [re(`(?<=[${C}])[’ʼ](?=[${C}])`), "'"],
  ...BACKGROUND,
  // Thousands with a space: "3 000", "218 940" (a number's start and end bounded, so a day and a year stay apart).
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Latin words with a Ukrainian ending: "CEC-у", "IRCC-шних".
  [re(`(?<=[A-Za-z])-[${C}]{1,4}${E}`), ''],
  // A time "за київським часом" (Kyiv time) after its day: the offset of that day, which the reader turns into UTC.
  [
    re(String.raw`(?<![\d.,])(\d{1,2})(?:${S}${MONTH}${E},?${S}|\.(\d{2})\.)(\d{4})(?:${YEAR_WORD})?,?${S}(?:(?:о|об)${S})?(\d{1,2}:\d{2}(?::\d{2})?)${S}\(?за${S}київським${S}часом\)?`),
    (all, d = '', m = '', dotted = '', y = '', time = '') => {
      const month = dotted ? Number(dotted) : MONTHS.findIndex(([uk]) => m.toLowerCase().startsWith(uk)) + 1;
      const english = ENGLISH_MONTHS[month - 1];
      return english ? ` ${english} ${Number(d)}, ${y} at ${time} (UTC+${kyivOffset(Number(y), month, Number(d))}) ` : all;
    },
  ],
  // "з 17 по 19 серпня" (from the 17th to the 19th of August): a span of days, as "17-19 серпня" is.
  [re(String.raw`${B}(?:з|від)${S}(\d{1,2})${S}(?:по|до)${S}(\d{1,2})(?=${S}${MONTH}${E})`), '$1-$2'],
  // Days: "19 липня 2024 р.", "25-29 вересня 2023 р." (a span), "18 листопада", "18-го серпня", "травня 2018", "у січні" (in January).
  [
    re(String.raw`(?<![\d.,])(\d{1,2})(?:-(?:го|е))?(?:${S}?[-–]${S}?(\d{1,2})(?:-(?:го|е))?)?${S}${MONTH}${E}(?:,?${S}(\d{4})(?!\d)(?:${YEAR_WORD})?)?`),
    (_, d = '', to = '', m = '', y = '') => ` ${monthOf(m)} ${d}${to ? `-${to}` : ''}${y ? `, ${y}` : ''} `,
  ],
  [re(String.raw`${B}(?:(з|від)${S})?${MONTH}${S}(\d{4})(?!\d)(?:${YEAR_WORD})?`), (_, since = '', m = '', y = '') => ` ${since ? 'since ' : ''}${monthOf(m)} ${y} `],
  [re(String.raw`${B}(?:у|в)${S}${MONTH}${E}`), (_, m = '') => ` in ${monthOf(m)} `],
  [re(String.raw`${B}на${S}початку${S}${MONTH}${E}`), (_, m = '') => ` early ${monthOf(m)} `],
  [re(String.raw`(?<!\d)(\d{4})${YEAR_WORD}`), ' $1 '],
  // "22.06 - PNP: …": a list's day, day first, without its year.
  [/(?<![\d.])(\d{2})\.(\d{2})(?![.\d])(?=\s?[—–-])/g, (all, d = '', m = '') => (Number(m) >= 1 && Number(m) <= 12 ? ` ${ENGLISH_MONTHS[Number(m) - 1] ?? ''} ${Number(d)} ` : all)],
  // Spans: "за 18 місяців" (in 18 months), "60 днів" (60 days).
  [re(String.raw`(?<![\d,])(\d{1,3})${S}(?:місяц${T}|місяці)`), ' $1 months '],
  [re(String.raw`(?<![\d,])(\d{1,3})${S}(?:днів|дні|день|дня)${E}`), ' $1 days '],
  [re(String.raw`${B}(?:о|об)${S}(?=\d{1,2}:\d{2})`), ' at '],
  [re(`${B}за${S}східним${S}часом${E}`), ' Eastern Time '],
  [re(`${B}за${S}київським${S}часом${E}`), ' Kyiv time '],
  [re(`${B}за${S}(?:UTC|${C}+ським)${S}часом${E}`), ' '],
  // Weekdays: "У понеділок" (on Monday), "з вівторка по четвер" (from Tuesday to Thursday).
  // "а в середу — 4 000 …" (and on Wednesday, 4,000 …): the dash stands for the verb left out.
  [re(`,${S}а${S}(?=(?:у|в)${S})`), ', and '],
  ...WEEKDAYS.map(([uk, en]): GlossRule => [
    re(`${B}(?:(у|в)${S}${uk}${E}(?:${S}[-—–]${S}(?=\\d))?|(?:(з|по)${S})?${uk}${E})`),
    (_, on = '', at = '') => ` ${on ? 'on ' : at === 'з' ? 'from ' : at === 'по' ? 'to ' : ''}${en} `,
  ]),
  [re(`${B}позавчора${E}`), ' the day before yesterday '],
  [re(`${B}напередодні${E}`), ' the day before '],
  // "не проводила жодного раунду" (held no round), plans ("проведе", will hold; "може", may; "за нашими оцінками", by our estimates).
  [re(`${B}не${S}(?:проводил${T}|провел${T})${S}жодн${T}${S}(?:раунд|відбор|відбір|драв)${T}`), ' held no rounds '],
  [re(`${B}(?:раунд|відбор|відбір|драв)${T}${S}не${S}(?:було|відбулося|відбувся)${E}`), ' no rounds '],
  [re(`${B}(?:проведе|проведуть)${E}`), ' will hold '],
  [re(`${B}відбудеться${E}`), ' will take place '],
  [re(`${B}(?:може|можуть|могла${S}б|міг${S}би)${E}`), ' could '],
  [re(`${B}(?:за${S})?(?:нашими${S})?оцінк${T}`), ' estimates '],
  [re(`${B}(?:вчора|учора)${E}`), ' yesterday '],
  [re(`${B}сьогодні${E}`), ' today '],
  [re(`${B}щойно${E}`), ' just in '],
  [re(`${B}(?:цього|на${S}цьому)${S}тижн${T}`), ' this week '],
  [re(`${B}(?:минулого|на${S}минулому)${S}тижн${T}`), ' last week '],
  [re(`${B}(?:наступного|на${S}наступному)${S}тижн${T}`), ' next week '],
  [re(`${B}тиждень${S}тому${E}`), ' a week ago '],
  [re(`${B}рік${S}тому${E}`), ' a year ago '],
  [re(`${B}(?:(з|від)${S})?(?:торік|минулого${S}року)${E}`), (_, since = '') => ` ${since ? 'since ' : ''}last year `],
  [re(`${B}(двома|трьома)${S}тижнями${S}раніше${E}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} weeks earlier `],
  [re(`${B}за${S}день${S}до${S}цього${E}`), ' a day earlier '],
  [re(`${B}цього${S}разу${E}`), ' this time '],
  [re(`${B}(?:минулого|попереднього)${S}разу${E}`), ' last time '],
  [re(`${B}коли${E}`), ' when '],
  [re(`${B}номер${S}(?:раунд${T}|відбору)`), ' Round number '],
  // Rounds: "59-й раунд" (the 59th round), "Раунд №236" ("No. 236" by then), "три раунди" (three rounds), "один за одним".
  // "294-й загальний раунд" (general round #294, as the reader knows a general one), "294-й черговий раунд" (the 294th).
  [
    re(String.raw`(?<!\d)(\d{1,3})-?(?:й|го|му|ий)${S}(?:(загальн${T})${S}|(?:черг${T}|за${S}рахунком)${S})?(?:${INVITATIONS}${S})?${ROUND}(?:${S}${INVITATIONS})?`),
    (_, n = '', general = '') => (general ? ` general round #${n} ` : ` the ${nth(n)} round `),
  ],
  [re(`${B}(два|дві|три|чотири|п'ять)${S}(?:${ROUND})(${S}${INVITATIONS})?`), (_, n = '', of = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds${of ? ' of invitations' : ''} `],
  [re(`${B}(?:${ROUND})${S}${INVITATIONS}`), (m) => (/^(?:раунд|відб[оі]р|драв)(?:и|ів|ах|ами)\s/iu.test(m) ? ' rounds of invitations ' : ' round of invitations ')],
  [re(`${B}за${S}(два|три|чотири)${S}дн${T}`), (_, n = '') => ` in ${COUNTED[n.toLowerCase()] ?? ''} days `],
  [re(`${B}один${S}за${S}одним${E}|${B}поспіль${E}`), ' in a row '],
  [re(`${B}(?:раунд|відбір|драв)(?:и|ів|ах|ами)${E}`), ' rounds '],
  [re(`${B}(?:раунд|відбор|відбір|драв)(?:у|і|ом)?${E}`), ' round '],
  [re(`${B}(?:новий|нового|новому)${S}(?=round)`), ' new '],
  [re(`${B}(?:перший|першого|першому)${E}`), ' first '],
  [re(`${B}(?:другий|другого)${E}`), ' second '],
  [re(`${B}(?:останній|останнього|останньому|останні|останніх)${E}`), ' last '],
  // The tie-break: "Правило тай-брейку", "Тай-брейк", "дата тай-брейку".
  [re(`${B}(?:(?:правил${T}|дата)${S})?тай-?брейк${T}(?:${S}для${S}(?:нього|неї|них))?`), ' tie-breaking rule '],
  // Counts: "запрошення отримали 174 кандидати" (174 candidates received invitations), "отримали 1 500 кандидатів".
  [re(String.raw`${INVITATIONS}${S}(?:[^ \t.:;]+${S}){0,6}?отрима(?:ли|ло|в|ла)${S}${NUM}${S}${PEOPLE}`), ' $1 candidates received invitations '],
  [re(String.raw`отрима(?:ли|ло|в|ла)${S}${NUM}${S}${PEOPLE}`), ' $1 candidates received invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}${S}отрима(?:ли|ло|в|ла)${S}${INVITATIONS}`), ' $1 candidates received invitations '],
  [re(String.raw`(?:запросил[аои]?|запросив)${S}${NUM}${S}${PEOPLE}`), ' invited $1 candidates '],
  [re(String.raw`запрошено${S}${NUM}${S}${PEOPLE}`), ' $1 candidates were invited '],
  [re(String.raw`(?:(?:було|було${S}вже)${S})?(?:розіслано|надіслано|видано|відправлено)${S}${NUM}${S}${INVITATIONS}`), ' $1 invitations were issued '],
  [re(String.raw`(?:надіслал[аои]?|розіслал[аои]?|видал[аои]?)${S}${NUM}${S}${INVITATIONS}`), ' issued $1 invitations '],
  [re(String.raw`${NUM}${S}${INVITATIONS}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}`), ' $1 candidates '],
  [re(`${B}кількість${S}(?:виданих${S}|надісланих${S})?${INVITATIONS}`), ' Number of invitations '],
  // Cut-offs: "Мінімальний бал CRS: 379", "мінімальний бал становив 816", "з мінімальним балом 463", "прохідний бал - 539".
  [re(String.raw`${B}(?:з|із|зі|при)${S}${MINIMUM}${S}${POINTS}(?:${S}CRS)?(?:${S}у)?${S}(?=\d)`), ' with a minimum CRS score of '],
  [re(String.raw`${B}(?:з|із|зі)${S}${POINTS}(?:${S}CRS)?${S}від${S}(?=\d)`), ' with a minimum CRS score of '],
  [re(String.raw`${B}(?:${MINIMUM}${S}){1,2}(?:(CRS)${S})?${POINTS}(?:${S}(CRS))?|${B}найнижч${T}${S}(?:прохідн${T}${S})?${POINTS}(?:${S}CRS)?`), ' minimum CRS score '],
  [re(`${B}(?:бал${S}відсічення|відсічк${T})`), ' cut-off '],
  [re(String.raw`${B}мінімум${S}(?=\d{2,4}${S}(?:бал|пункт))`), ' minimum '],
  [re(String.raw`${B}мінімум${E}`), ' minimum '],
  [re(`${B}(?:при${S})?(?:поріг|порогу|порогом|порозі|пороги)${E}`), ' cut-off '],
  [re(String.raw`${B}у${S}(?=\d{2,4}${S}бал)`), ' of '],
  [re(`${B}(?:становив|становила|становило|склав|склала|був|була|було)${S}(?=\\d)`), ' was '],
  // "знизився з 518 у попередньому раунді до 516" (fell from 518 in the previous round to 516): "до" is no bound there.
  [
    re(String.raw`${B}(знизи${T}|опусти${T}|впа${T}|зр[іо]с${T}|підня${T}|підвищи${T})${S}(?:з|із|від)${S}(\d{2,4})((?:${S}+[^\s.;:\d]+){0,5}?)${S}+до${S}(?=\d)`),
    (_, verb = '', from = '', between = '') => ` ${/^(?:зн|оп|вп)/iu.test(verb) ? 'fell' : 'rose'} from ${from}${between} to `,
  ],
  [re(`${B}(?:знизився|знизилася|знизився${S}вже|опустився|опустилася|впав)${S}(?:до${S})?(?=\\d)`), ' fell to '],
  [re(`${B}(?:зріс|зросла|піднявся|підвищився)${S}(?:до${S})?(?=\\d)`), ' rose to '],
  [re(`${B}до${S}(?=\\d)`), ' up to '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}${POINTS}`), ' $1 points '],
  [re(`${B}${POINTS}`), ' score '],
  // What happened: "провела" (held), "відбувся" (took place), "запросила" (invited).
  [re(`${B}(?:провел[аои]|провів|проводить)${E}`), ' held '],
  [re(`${B}(?:відбувся|відбулася|відбулося|відбулись|відбулися)${E}`), ' took place '],
  [re(`${B}(?:запросил[аои]?|запросив)${E}`), ' invited '],
  [re(`${B}(?:отримали|отримало|отримав|отримала)${E}`), ' received '],
  [re(`${B}${INVITATIONS}`), ' invitations '],
  [re(`${B}кандидат${T}`), ' candidates '],
  // Programs.
  [re(`${B}(?:знання${S})?французьк${T}${S}мов${T}`), ' French-language proficiency '],
  [re(`${B}франкомовн${T}`), ' French-speaking '],
  [re(`${B}французьк${T}`), ' French '],
  [re(`${B}(?:в${S}|у${S})?охорон${T}${S}здоров'я${E}`), ' healthcare '],
  [re(`${B}медичн${T}${S}працівник${T}`), ' healthcare workers '],
  [re(`${B}(?:старш${T}${S}менеджер${T}|керівник${T}${S}вищ${T}${S}ланк${T})`), ' senior managers '],
  // 2026's categories: "лікарів із канадським досвідом роботи" (not "медсестри та лікарі", health care), "військових рекрутів".
  [re(`(?<!(?:медсест|медбрат|фармацевт)${T},?${S}(?:(?:та|і|й)${S})?)${B}лікар${T}(?!,?${S}(?:(?:та|і|й)${S})?(?:медсест|медбрат|фармацевт))`), ' physicians '],
  [re(`${B}(?:кваліфікован${T}${S})?військов${T}${S}(?:рекрут|новобран|кадр)${T}|${B}військовослужбовц${T}`), ' military recruits '],
  [re(`${B}(?:науков${T}${S})?дослідник${T}`), ' researchers '],
  // The education category: "професії у сфері освіти" (occupations in education), "освітні професії", "освітяни" (educators).
  [re(`${B}(?:у|в)${S}(?:сфері|галузі)${S}освіти${E}|${B}освітн${T}${S}(?=професі)|${B}освітян${T}`), ' education '],
  [re(`${B}(?:клас${T}${S}канадськ${T}${S}досвід${T}|канадськ${T}${S}клас${T}${S}досвід${T})`), ' Canadian Experience Class '],
  [re(`${B}федеральн${T}${S}програм${T}${S}кваліфікован${T}${S}(?:працівник${T}|спеціаліст${T})`), ' Federal Skilled Worker Program '],
  [re(`${B}федеральн${T}${S}програм${T}${S}(?:кваліфікован${T}${S})?(?:робітник${T}|ремісник${T}|робітнич${T}${S}професі${T})`), ' Federal Skilled Trades Program '],
  [re(`${B}сільськ${T}${S}господарств${T}(?:${S}та${S}агрохарчов${T}${S}галуз${T})?|${B}аграрн${T}`), ' Agriculture and agri-food '],
  [re(`${B}транспортн${T}${S}професі${T}`), ' transport occupations '],
  [re(`${B}робітнич${T}${S}професі${T}`), ' trades '],
  [re(`${B}(?:провінційн${T}${S}номінант${T}|провінційн${T}${S}програм${T}(?=${S}\\(PNP\\)))`), ' Provincial Nominee Program '],
  [re(`${B}провінційн${T}${S}номінаці${T}`), ' provincial nomination '],
  [re(`${B}номінант${T}`), ' nominees '],
  [re(`${B}(?:для${S})?(?:усіх|всіх)${S}(?:трьох${S})?(?:федеральних${S})?програм${E}|${B}усі${S}програми${E}`), ' all programs '],
  [re(`${B}загальн${T}`), ' general '],
  [re(`${B}професі${T}`), ' occupations '],
  [re(`${B}категорі${T}`), ' category '],
  [re(`${B}програм${T}`), ' program '],
  [re(`${B}(?:міністерств${T}${S}імміграції(?:,${S}біженців${S}та${S}громадянства)?${S}Канади|канадськ${T}${S}імміграційн${T}${S}служб${T})`), ' IRCC '],
  [re(`${B}канад${T}`), ' Canada '],
  [re(`${B}дата${E}`), ' Date '],
  [re(`${B}для${S}порівняння${E}`), ' For comparison, '],
  [re(`${B}порівняно${S}(?:з|із|зі)${E}`), ' compared with '],
  // A comparison in the round's own sentence: "на 7 балів вище, ніж у попередньому раунді" (7 points higher than in the previous round).
  [re(`${B}(вище|нижче|більше|менше),?${S}ніж${E}`), (_, w = '') => ` ${COMPARATIVE[w.toLowerCase()] ?? ''} than `],
  [re(`${B}ніж${E}`), ' than '],
  [re(`${B}(?:(у|в)${S})?попередн${T}`), (_, at = '') => (at ? ' in the previous ' : ' previous ')],
];

/**
 * "ніж (516) у попередньому раунді" (than in the previous round), "порівняно з 518 у попередньому", "з 518 у попередньому …
 * до 516" (from 518 in the previous … to 516): a comparison inside the round's own sentence, which the rules gloss ("higher
 * than in the previous round"), not a sentence of an earlier round.
 */
const COMPARED = String.raw`(?:(?:ніж|порівняно\s(?:з|із|зі)|проти)\s(?:\d[\d\s,]*(?:бал[а-яії]*\s)?)?|(?:з|із|від)\s\d[\d\s,]*(?:бал[а-яії]*\s)?)(?:(?:у|в)\s)?`;

/**
 * A sentence that speaks of an earlier round ("Попередній", previous; "Для порівняння", for comparison; "Нагадаємо", let us
 * recall; "Тиждень тому", a week ago; "тижнями раніше", weeks earlier; "минулого тижня", last week; "За день до цього", a day
 * before): context from its start.
 */
const EARLIER = new RegExp(
  String.raw`(?<!${COMPARED})[Пп]опередн|[Нн]апередодні|[Дд]ля порівняння|Нагадаємо|[Тт]иждень тому|тижнями раніше|[Мм]инулого тижня|[Зз]а день до цього|[Оо]станні раунди|^\s*(?:Рік тому|Торік(?![а-яіїє]))`,
  'u',
);

/** A rule whose English starts with a capital where the word it stands for did ("Вчора" → "Yesterday"). */
const keepingCase = ([pattern, to]: GlossRule): GlossRule => [
  pattern,
  (...m: string[]) => {
    const english = typeof to === 'string' ? to.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '') : to(...m);
    return /^\p{Lu}/u.test(m[0] ?? '') ? english.replace(/^(\s*)(\p{Ll})/u, (_, space: string, letter: string) => space + letter.toUpperCase()) : english;
  },
];
const CASED_RULES = RULES.map(keepingCase);

export function glossUkrainian(text: string): string {
  const glossed = applyGloss(markEarlier(romanizeSpeakers(text, C, CYRILLIC_LATIN), EARLIER, /([.\n])/), CASED_RULES)
    .replace(SCRIPT.glued, ' ')
    .replace(SCRIPT.run, ' ');
  // A line left with no word or figure (a masthead, a menu) is empty, not a headline of stops.
  // A comma left where a dropped word stood at a line's or a message's start (", yesterday …", "Olena: , …") goes too.
  return tidyGloss(glossed.replace(/(^|:)[ \t]*,(?=[ \t])/gm, '$1')).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
