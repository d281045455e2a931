import { finishGloss, markEarlier, monthNamer, mostlyScript, script, type GlossRule, type MonthTable, writtenWithout, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Bulgarian draw news glossed into the English the reader knows, as `gloss-ukrainian.ts` does for Ukrainian (docs/parser.md
 * "Serbian, Croatian and Bulgarian"): thousands with a space ("5 000 покани" → "5,000 invitations"), dates ("15 декември 2025 г."
 * → "December 15, 2025", "19.12.2025", "19/02/2026"), weekdays ("В четвъртък" → "On Thursday"), rounds ("тираж №146" → "draw
 * #146", "57-ия тираж" → "draw #57"), counts ("поканени са 391 кандидати" → "391 candidates were invited"), cut-offs ("минимален
 * CRS 731", "минималният резултат … е 441 точки", "праг 491 точки"), the tie-break ("Тай-брейк"), programs and the words of a
 * draw report. What the glossary does not know is dropped; a sentence that speaks of an earlier round ("Предходният тираж") is
 * context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Words Bulgarian writes and Russian, Ukrainian, Kazakh, Mongolian and Uzbek do not ("вчера" is Russian too). */
const BULGARIAN_WORD = new RegExp(
  `(?<![${C}])(?:покани|поканени|поканен|поканена|поканата|днес|седмица|седмицата|седмици|точки|кандидати|кандидатите|проведе|провежда|праг|здравеопазване|здравеопазването|прагът|през|също|към|във|тиражът|тиражите|тиража|минималният|минимален|беше|бяха|са|ще|този|тази|това|които|който|която|година|годината|какво|след|последва|кръг|кръгът|имаше|само|насам|първи|първия|коментари|коментара|коментарите|сподели|споделете|януари|февруари|април|юни|юли|септември|октомври|ноември|декември)(?![${C}])`,
  'giu',
);
/** Letters Bulgarian does not write, which Russian, Ukrainian, Kazakh, Mongolian or Uzbek pages do. */
const OTHER_LETTERS = /[ыэёіїєґәңұүөқғҳўһЫЭЁІЇЄҐӘҢҰҮӨҚҒҲЎҺ]/g;

/** Enough Cyrillic that it is the page's language, Bulgarian's words (five different, or four in a short post) and none of the others' letters. */
export function isBulgarian(text: string): boolean {
  if (!mostlyScript(text, CYRILLIC)) return false;
  return writtenWithout(text, BULGARIAN_WORD, OTHER_LETTERS, 5);
}

const { S, re, B, E, T } = scriptWords(C);

const MONTHS: MonthTable = [
  ['януари', 'January'],
  ['февруари', 'February'],
  ['март', 'March'],
  ['април', 'April'],
  ['май', 'May'],
  ['юни', 'June'],
  ['юли', 'July'],
  ['август', 'August'],
  ['септември', 'September'],
  ['октомври', 'October'],
  ['ноември', 'November'],
  ['декември', 'December'],
];
const MONTH = `(${MONTHS.map(([bg]) => bg).join('|')})`;
const monthOf = monthNamer(MONTHS, 'i');
const ENGLISH_MONTHS = MONTHS.map(([, en]) => en);
const YEAR_WORD = String.raw`(?:${S}?г\.|${S}година${E})?`;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['понеделник', 'Monday'],
  ['вторник', 'Tuesday'],
  ['сряда', 'Wednesday'],
  ['четвъртък', 'Thursday'],
  ['петък', 'Friday'],
  ['събота', 'Saturday'],
  ['неделя', 'Sunday'],
];
const COUNTED: Readonly<Record<string, string>> = { два: 'two', две: 'two', три: 'three', четири: 'four', пет: 'five', шест: 'six', седем: 'seven', осем: 'eight', девет: 'nine', десет: 'ten' };

const NUM = GLOSS_NUM;
const DRAW = `(?:тираж|кръг)${T}`;
const PEOPLE = `(?:кандидат|души|човека)${T}`;
const POINTS = `(?:точки|точка)${E}`;

const dayOf = (d: string, m: number, y: string): string => {
  const n = Number(d);
  const month = ENGLISH_MONTHS[m - 1];
  return month && n >= 1 && n <= 31 ? ` ${month} ${String(n)}${y ? `, ${y}` : ''} ` : '';
};

/** The last Sunday of a month (March, October: the days Europe's summer time begins and ends). */
const lastSunday = (y: number, m: number): number => {
  const last = new Date(Date.UTC(y, m, 0));
  return last.getUTCDate() - last.getUTCDay();
};
/** Bulgarian time on a day: UTC+3 in Europe's summer time (last Sunday of March to last Sunday of October), else UTC+2. */
const bulgarianZone = (month: string, d: string, y: string): string => {
  const m = ENGLISH_MONTHS.indexOf(month) + 1;
  const [day, year] = [Number(d), Number(y)];
  const summer = (m > 3 && m < 10) || (m === 3 && day >= lastSunday(year, 3)) || (m === 10 && day < lastSunday(year, 10));
  return summer ? 'UTC+3' : 'UTC+2';
};

const SCRIPT = script('\u0400-\u04ff', '«»„“');

const RULES: readonly GlossRule[] = [
  // Thousands with a space: "5 000", "3 749", "110 000".
  [/(?<![\d,.:/])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:/]\d)/g, '$1,$2'],
  // Days: "15 декември 2025 г.", "1 март", numeric "19.12.2025", "19/02/2026".
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}${E}(?:,?${S}(\d{4})(?!\d)${YEAR_WORD})?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [/(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?!\d)(?:\s?г\.)?/g, (all, d = '', _sep = '', m = '', y = '') => dayOf(d, Number(m), y) || all],
  [re(String.raw`${B}${MONTH}${E}${S}(\d{4})(?!\d)${YEAR_WORD}`), (_, m = '', y = '') => ` ${monthOf(m)} ${y} `],
  ...WEEKDAYS.map(([bg, en]): GlossRule => [re(`${B}(?:(в|във)${S})?${bg}${E}`), (_, on = '') => ` ${on ? 'On ' : ''}${en} `]),
  [re(`${B}(?:в|във|от)${S}(?=\\d{1,2}:\\d\\d)`), ' at '],
  // A recap, a guide, a forecast.
  [re(String.raw`(?<!\d)(\d{4})${S}година${S}в${S}Express Entry`), ' Year in review: Express Entry in $1 '],
  [re(`${B}равносметка${T}`), ' year in review '],
  [re(String.raw`(?<!\d)(\d{4})${S}?(?:г\.|година${E})`), '$1 '],
  [re(`${B}(?:пълно${S})?ръководство${T}`), ' Guide '],
  [re(`${B}(?:какво${S}да${S}очакваме|очаква${T}|прогноза${T})`), ' expected '],
  [re(`${B}например${E}`), ' For example '],
  [re(`${B}най-гол[яе]м${T}${S}${DRAW}`), ' The largest draw '],
  [re(`${B}най-висок${T}${S}праг${T}`), ' The highest cut-off '],
  [re(`${B}най-нис${T}${S}праг${T}`), ' The lowest cut-off '],
  [re(`${B}(?:първи${T}|първия${T})${S}${DRAW}`), ' The first draw '],
  [re(`${B}предходни${T}${S}${DRAW}`), ' The previous draw '],
  [re(`${B}(?:около|приблизително)${S}(?=\\d)`), ' about '],
  [re(`${B}(?:над|повече${S}от)${S}(?=\\d)`), ' more than '],
  [re(String.raw`${B}до${S}(?=\d{1,3}(?:[, \u00a0]\d{3})*${S}(?:${PEOPLE}|покани))`), ' up to '],
  [re(`${B}(?:през|в)${S}(?=\\d{4}${E})`), ' In '],
  // A month's recap: "През юли" (during July).
  [re(`${B}през${S}${MONTH}${E}(?!${S}\\d)`), (_, m = '') => ` During ${monthOf(m)} `],
  // Time words.
  [re(`${B}днес${E}`), ' today '],
  [re(`${B}вчера${E}`), ' yesterday '],
  [re(`${B}завчера${E}`), ' the day before yesterday '],
  [re(`${B}(?:тази${S}седмица|за${S}седмицата)${E}`), ' this week '],
  [re(`${B}в${S}края${S}на${S}седмицата${E}`), ' at the end of the week '],
  [re(`${B}миналата${S}седмица${E}`), ' last week '],
  // Rounds: "тираж №146", "57-ия тираж", "три тиража".
  [re(String.raw`${B}${DRAW}${S}(?:№|#|номер${S})${S}?(\d{1,3})(?!\d)`), ' draw #$1 '],
  [re(String.raw`(?<![\d,.])(\d{1,3})-(?:ия|ият|и|ти|ри|ви|ми)${S}${DRAW}`), ' draw #$1 '],
  // A tie-break line of two rounds: "№397 — 03.01.2026 03:25 UTC; №398 — …" (draw #397 — January 3, 2026 at 03:25 UTC).
  [/№\s?(\d{1,3})(?=\s?[—–])/g, ' draw #$1'],
  // A day the reader wrote year first before the glossary ran ("2026-01-03 03:25 UTC"): its English, and the clock "at".
  [/(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])(?=\s+\d{1,2}:\d\d)/g, (all, y = '', m = '', d = '') => dayOf(d, Number(m), y) || all],
  [/(?<=(?:19|20)\d\d)\s+(?=\d{1,2}:\d\d)/g, ' at '],
  [/№\s?(?=\d)/g, '#'],
  // A clock in Bulgarian time ("20:33:03 българско време", "по българско време"): UTC+3 in summer, UTC+2 in winter.
  [
    re(String.raw`(?<=(${ENGLISH_MONTHS.join('|')}) (\d{1,2}), (\d{4})\s+at\s+\d{1,2}:\d\d(?::\d\d)?)${S}(?:ч\.${S})?(?:по${S})?българско(?:то)?${S}време${E}`),
    (_, m = '', d = '', y = '') => ` ${bulgarianZone(m, d, y)}`,
  ],
  [re(`${B}(два|две|три|четири|пет|шест|седем|осем|девет|десет)${S}${DRAW}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? n} draws `],
  [re(`${B}последва${S}(?=draw)`), ' was held '],
  [re(`${B}(?:тиражи|тиражите|кръгове)${E}`), ' draws '],
  [re(`${B}${DRAW}`), ' draw '],
  // A round not held: "Канада не проведе тираж" (did not hold), "няма тираж" (no draw).
  [re(`${B}не${S}(?:се${S})?(?:проведе|проведоха|провежда|покани)${E}`), ' did not hold '],
  [re(`${B}(?:няма|нямаше)${S}(?=(?:нов${T}${S})?(?:тираж|кръг))`), ' no '],
  [re(`${B}имаше${E}`), ' there was '],
  [re(`${B}(?:проведе|проведоха)${E}`), ' held '],
  [re(`${B}(?:се${S})?проведен${T}${E}`), ' was held '],
  [re(`${B}(?:провежда|провеждат)${E}`), ' holds '],
  // Counts: "поканени са 391 кандидати", "бяха поканени 3 300 кандидати", "3 884 кандидати бяха поканени", "покани 1 000 кандидати".
  [re(String.raw`${B}(?:поканени${S}са|бяха${S}поканени|са${S}поканени)${S}${NUM}${S}${PEOPLE}`), ' $1 candidates were invited '],
  [re(String.raw`${NUM}${S}${PEOPLE}${S}(?:бяха|са)${S}поканени${E}`), ' $1 candidates were invited '],
  [re(`${B}(?:покани|покани${S}общо)${S}(?=\\d)`), ' invited '],
  [re(String.raw`${NUM}${S}(?:покани|поканите)${E}`), ' $1 invitations '],
  [re(`${B}(?:покани|поканите|поканата|покана)${E}`), ' invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}`), ' $1 candidates '],
  [re(`${B}кандидат${T}`), ' candidates '],
  [re(`${B}изпрати${E}`), ' issued '],
  [re(`${B}получи${E}`), ' received '],
  // Cut-offs: "минимален CRS 731", "минималният резултат по Comprehensive Ranking System е 441 точки", "с минимум 507 точки", "праг 491 точки".
  [re(String.raw`${B}минималн${T}${S}резултат${T}${S}(?:по${S})?(?:Comprehensive Ranking System|CRS)${S}(?:е|беше|бе)${S}(?=\d)`), ' the minimum CRS score was '],
  [re(String.raw`${B}(?:с|при)${S}минимум${S}(\d{2,4})${S}${POINTS}`), ' with a minimum CRS score of $1 '],
  [re(String.raw`${B}(?:минимален|минимум|минимална)${S}(?:CRS${S})?(?:резултат${S})?(\d{2,4})(?!\d)(?:${S}${POINTS})?`), ' minimum CRS score $1 '],
  [re(String.raw`${B}праг${T}${S}(?:от${S})?(\d{2,4})(?!\d)(?:${S}${POINTS})?`), ' minimum CRS score $1 '],
  [re(`${B}праг${T}`), ' cut-off '],
  [re(String.raw`(?<![\d,.])(\d{2,4})${S}${POINTS}`), ' $1 points '],
  [re(`${B}${POINTS}`), ' points '],
  [re(`${B}(?:тай-?брейк${T})${S}правила${E}`), ' Tie-breaking rules '],
  [re(`${B}(?:тай-?брейк${T})(?:${S}правил${T})?`), ' Tie-breaking rule '],
  // Programs.
  [re(`${B}провинциална${S}програма${E}`), ' Provincial Nominee Program '],
  [re(`${B}(?:владеене${S}на${S})?френски${S}език${E}`), ' French-language proficiency '],
  [re(`${B}франкоговорящ${T}`), ' French-speaking '],
  [re(`${B}лекари${S}с${S}канадски${S}опит${E}`), ' physicians with Canadian work experience '],
  [re(`${B}(?:професии${S}в${S})?здравеопазване(?:то)?${S}и${S}социални(?:те)?${S}услуги${E}`), ' healthcare and social services occupations '],
  [re(`${B}здравни${S}професии${E}|${B}здравеопазван${T}`), ' healthcare '],
  [re(`${B}професии${E}`), ' occupations '],
  [re(`${B}селско${S}стопанство${E}`), ' agriculture '],
  [re(`${B}образование${E}`), ' education '],
  [re(`${B}(?:провинция|провинцията)${E}`), ' province '],
  // Another country's round: "Австралия", "австралийското министерство" (the Australian ministry), "Нова Зеландия".
  [re(`${B}(?:Австралия|австралийск${T})${E}`), ' Australia '],
  [re(`${B}Нова${S}Зеландия${E}`), ' New Zealand '],
  [re(`${B}Великобритания${E}`), ' United Kingdom '],
  [re(`${B}само${S}за${E}`), ' only for '],
  [re(`${B}за${E}`), ' for '],
  [re(`${B}канадск${T}`), ' Canadian '],
  [re(`${B}канада${E}`), ' Canada '],
];

/** A sentence that speaks of an earlier round ("Предходният тираж", the previous round; "този от 1 март", the one of March 1): context. */
const EARLIER = /предходн|след\s+този\s+от/i;

/** A Bulgarian page glossed into English. */
export const glossBulgarian = (text: string): string => finishGloss(markEarlier(text, EARLIER, /([.\n])/), RULES, SCRIPT);
