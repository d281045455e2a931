import { finishGloss, markEarlier, monthNamer, mostlyScript, script, type GlossRule, type MonthTable, writtenWithout, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Macedonian draw news glossed into the English the reader knows, in the shape of `gloss-bulgarian.ts` (docs/parser.md
 * "Slovenian and Macedonian"): counts grouped with a dot ("2.500 покани" → "2,500 invitations"), dates ("29 февруари 2024
 * година" → "February 29, 2024", "01.06.2017"), weekdays ("Во средата, 5 август 2020" → "On Wednesday, August 5, 2020"), rounds
 * ("рунда #158", "рунда бр. 397", "65-тата рунда", "реден број 287" → "draw #158"), counts ("Покани добија 3.877 кандидати" →
 * "3,877 candidates received invitations"), cut-offs ("минимален CRS резултат од 336 поени", "минималниот број бодови беше 413"),
 * the tie-break ("Правило за изедначување"), programs and the words of a draw report. What the glossary does not know is
 * dropped; a sentence that speaks of an earlier round ("претходната рунда") is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Words Macedonian writes and Serbian, Bulgarian and Russian do not ("во", "со", the articles "-та", "-от"). */
const MACEDONIAN_WORD = new RegExp(
  `(?<![${C}])(?:во|со|покани|поканата|покана|поени|бода|бодови|одржа|одржаа|беше|беа|денес|вчера|оваа|ова|овој|кои|ќе|рундата|рундите|рунди|минималниот|минимален|недела|неделата|јануари|февруари|мај|јуни|јули|септември|октомври|ноември|декември|добија|испрати|испратени|јазик)(?![${C}])`,
  'giu',
);
/** Words none of its neighbours writes, which a page without "ј" still shows ("Вчера IRCC испрати 1.000 покани … 523 поени"). */
const OWN_WORDS = new RegExp(`(?<![${C}])(?:поени|поен|денес|завчера|прекувчера|испрати|испратени|добија|минималниот|рундата|рундите|оваа|овој|изедначување)(?![${C}])`, 'giu');
/** Letters only Macedonian writes. */
const OWN_LETTERS = /[ѓќѕЃЌЅ]/;
/** Letters Macedonian does not write, which Serbian (ћ, ђ), Bulgarian, Russian or Ukrainian pages do. */
const OTHER_LETTERS = /[ћђъщыэёіїєґяюйьЋЂЪЩЫЭЁІЇЄҐЯЮЙЬ]/g;

/** Enough Cyrillic, its "ј" or its own letters, its words (four different, three in a short post) and next to none of the others' letters. */
export function isMacedonian(text: string): boolean {
  if (!/[јЈ]/.test(text) && !OWN_LETTERS.test(text) && new Set((text.match(OWN_WORDS) ?? []).map((w) => w.toLowerCase())).size < 2) return false;
  if (!mostlyScript(text, CYRILLIC)) return false;
  return writtenWithout(text, MACEDONIAN_WORD, OTHER_LETTERS, 4);
}

const { S, re, B, E, T } = scriptWords(C);

const MONTHS: MonthTable = [
  ['јануари', 'January'],
  ['февруари', 'February'],
  ['март', 'March'],
  ['април', 'April'],
  ['мај', 'May'],
  ['јуни', 'June'],
  ['јули', 'July'],
  ['август', 'August'],
  ['септември', 'September'],
  ['октомври', 'October'],
  ['ноември', 'November'],
  ['декември', 'December'],
];
const MONTH = `(${MONTHS.map(([mk]) => mk).join('|')})`;
const monthOf = monthNamer(MONTHS, 'i');
const ENGLISH_MONTHS = MONTHS.map(([, en]) => en);
const YEAR_WORD = String.raw`(?:${S}?г\.|${S}година${E})?`;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['понеделник(?:от)?', 'Monday'],
  ['вторник(?:от)?', 'Tuesday'],
  ['среда(?:та)?', 'Wednesday'],
  ['четврток(?:от)?', 'Thursday'],
  ['петок(?:от)?', 'Friday'],
  ['сабота(?:та)?', 'Saturday'],
  ['недела(?:та)?', 'Sunday'],
];
const COUNTED: Readonly<Record<string, string>> = { два: 'two', две: 'two', три: 'three', четири: 'four', пет: 'five' };

const NUM = GLOSS_NUM;
const DRAW = `(?:рунд|круг)${T}`;
const PEOPLE = `(?:кандидат|лица|луѓе)${T}`;
const POINTS = `(?:поени|поен|бода|бодови)${E}`;

const dayOf = (d: string, m: number, y: string): string => {
  const n = Number(d);
  const month = ENGLISH_MONTHS[m - 1];
  return month && n >= 1 && n <= 31 ? ` ${month} ${String(n)}${y ? `, ${y}` : ''} ` : '';
};

const SCRIPT = script('\u0400-\u04ff', '«»„“');

const RULES: readonly GlossRule[] = [
  // Thousands with a dot or a space: "2.500", "380.000", "5 000".
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d]|[.,]\d)/g, '$1,$2'],
  [/(?<![\d,.:/])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:/]\d)/g, '$1,$2'],
  // Days: "Во средата, 5 август 2020" (on Wednesday, August 5, 2020), "Понеделник, 17 февруари", a weekday alone only before its day.
  ...WEEKDAYS.map(([mk, en]): GlossRule => [re(`${B}(?:(во)${S})?${mk}${E}(?=,?${S}\\d{1,2}${S}${MONTH})`), (_, on = '') => ` ${on ? 'On ' : ''}${en} `]),
  [re(String.raw`${B}на${S}(?=\d{1,2}${S}${MONTH}${E})`), ' on '],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}${E}(?:,?${S}(\d{4})(?!\d)${YEAR_WORD})?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [/(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?!\d)(?:\s?г\.)?/g, (all, d = '', _sep = '', m = '', y = '') => dayOf(d, Number(m), y) || all],
  [re(String.raw`${B}(?:во${S})?${MONTH}${E}${S}(\d{4})(?!\d)${YEAR_WORD}`), (all = '', m = '', y = '') => ` ${/^во/i.test(all) ? 'In ' : ''}${monthOf(m)} ${y} `],
  [re(`${B}во${S}(?=\\d{1,2}:\\d\\d)`), ' at '],
  // Its zone: "по централноевропско (летно) време" (Central European (Summer) Time).
  [re(`${B}по${S}централноевропско${S}летно${S}време${E}`), ' Central European Summer Time '],
  [re(`${B}по${S}централноевропско${S}време${E}`), ' Central European Time '],
  [re(String.raw`${B}во${S}(\d{4})${S}(?:година${E}|г\.)`), ' in $1 '],
  [re(String.raw`(?<!\d)(\d{4})${S}?(?:г\.|година${E})`), '$1 '],
  // A forecast, a guide, a weekly review.
  [re(`${B}(?:што${S}да${S}очекуваме|прогноза${T}|очекуваат|очекува|се${S}очекува)${E}`), ' expected '],
  [re(`${B}(?:водич${T})${E}`), ' Guide '],
  [re(`${B}на${S}пример${E}`), ' For example '],
  [re(`${B}неделен${S}преглед${E}`), ' Weekly review '],
  // A month's recap: "Месечен преглед: јули 2026" (Summary of July 2026).
  [re(`${B}месечен${S}преглед${E}:?${S}*(?:за${S})?(?=${MONTH})`), ' Summary of '],
  [re(`${B}месечен${S}преглед${E}`), ' Summary of the month '],
  [re(`${B}(?:околу|приближно)${S}(?=\\d)`), ' about '],
  [re(`${B}(?:над|повеќе${S}од)${S}(?=\\d)`), ' more than '],
  // Time words.
  [re(`${B}објавено${E}`), ' Published '],
  [re(`${B}денес${E}`), ' today '],
  [re(`${B}вчера${E}`), ' yesterday '],
  [re(`${B}завчера${E}`), ' the day before yesterday '],
  [re(`${B}(?:оваа|во${S}текот${S}на${S}оваа)${S}недела${E}`), ' this week '],
  [re(`${B}минатата${S}недела${E}`), ' last week '],
  // Rounds: "рунда #158", "рунда бр. 397", "65-тата рунда", "Рундата носи реден број 287".
  [re(String.raw`${B}рундата${S}носи${S}реден${S}број${S}(\d{1,3})(?!\d)`), ' This is draw #$1 '],
  [re(String.raw`${B}${DRAW}${S}(?:#|бр\.|број|№)${S}?(\d{1,3})(?!\d)`), ' draw #$1 '],
  [re(String.raw`(?<![\d,.])(\d{1,3})-(?:тата|ата|та|иот|от)${S}${DRAW}`), ' draw #$1 '],
  [re(`${B}(?:претходн${T}|минат${T})${S}${DRAW}`), ' the previous draw '],
  [re(`${B}последн${T}${S}${DRAW}`), ' the latest draw '],
  [re(`${B}нова${S}(?:Express Entry${S})?рунда${E}`), (all = '') => ` a new ${/Express/.test(all) ? 'Express Entry ' : ''}draw `],
  [re(`${B}рунда${S}на${S}покани${E}`), ' round of invitations '],
  [re(`${B}(два|две|три|четири|пет)${S}рунди${E}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? n} draws `],
  [re(`${B}(?:рунди|рундите)${E}`), ' draws '],
  [re(`${B}${DRAW}`), ' draw '],
  [re(`${B}(?:ова|тоа)${S}не${S}е${S}+(?=draw)`), ' This is not '],
  [re(`${B}(?:ова|тоа)${S}е${S}+(?=draw)`), ' This is '],
  [re(`${B}имаше${S}неколку${E}`), ' there were several '],
  [re(`${B}(?:одржа|одржаа|спроведе)${E}`), ' held '],
  [re(`${B}(?:беше${S})?одржан${T}${E}`), ' was held '],
  // Counts: "Беа испратени 2.500 покани", "Покани добија 3.877 кандидати", "3.900 кандидати добија покана", "покани 391 лекар".
  [re(String.raw`${B}(?:беа${S})?испратени${S}${NUM}${S}покани${E}`), ' $1 invitations were issued '],
  [re(String.raw`${B}покани${S}добија${S}${NUM}${S}${PEOPLE}`), ' $1 candidates received invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}${S}добија${S}покан${T}`), ' $1 candidates received invitations '],
  [re(String.raw`${B}покани${S}${NUM}${S}лекар${T}`), ' invited $1 physicians '],
  [re(String.raw`${B}покани${S}(?=\d)`), ' invited '],
  [re(String.raw`${NUM}${S}(?:покани|поканите)${E}`), ' $1 invitations '],
  [re(`${B}(?:покани|поканите|поканата|покана)${E}`), ' invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}`), ' $1 candidates '],
  [re(`${B}кандидат${T}`), ' candidates '],
  [re(`${B}испрати${E}`), ' issued '],
  [re(`${B}добија${E}`), ' received '],
  [re(`${B}вкупно${E}`), ' in total '],
  // Cut-offs: "со минимален CRS резултат од 336 поени", "минималниот број бодови беше 413", "Минималниот CRS беше само 169 бода".
  [re(String.raw`${B}со${S}минимален${S}(?:CRS${S})?резултат(?:${S}CRS)?${S}од${S}(\d{2,4})(?!\d)(?:${S}${POINTS})?`), ' with a minimum CRS score of $1 '],
  [re(String.raw`${B}минималниот${S}(?:CRS${S}|број${S}(?:на${S})?(?:бодови|поени)${S}|резултат${S}(?:CRS${S})?)(?:беше|е|изнесуваше)${E}`), ' the minimum CRS score was '],
  [re(String.raw`${B}минимален${S}(?:CRS${S})?резултат(?:${S}CRS)?`), ' minimum CRS score '],
  // "минимум 744 поени", "минимум: 516" (at least).
  [re(String.raw`${B}(?:минимум|најмалку)${E}:?${S}?(?:CRS${S})?(?=\d{2,4}${S}${POINTS})`), ' minimum CRS score '],
  [re(`${B}прагови${T}|${B}праг${T}`), ' cut-off '],
  [re(`${B}само${E}`), ' only '],
  [re(`${B}од${S}почетокот${S}на${E}`), ' since the start of '],
  [re(`${B}и${S}втората${E}`), ' and the second '],
  [re(`${B}по${S}+(?=\\d)`), ' after '],
  [re(String.raw`(?<![\d,.])(\d{2,4})${S}${POINTS}`), ' $1 points '],
  [re(`${B}${POINTS}`), ' points '],
  [re(`${B}(?:правило(?:то)?${S}за${S}(?:изедначување|изедначени${S}резултати))(?:${S}(?:е|беше)${E}|${S}?:)?`), ' tie-breaking rule: '],
  // Programs.
  [re(`${B}(?:кандидати${S})?што${S}зборуваат${S}француски${E}`), ' French-speaking candidates '],
  [re(`${B}француски${S}јазик${E}`), ' French-language proficiency '],
  [re(`${B}за${S}сите${S}програми${E}`), ' for all programs '],
  [re(`${B}провинциска${S}номинација${E}`), ' Provincial nomination '],
  [re(`${B}провинциск${T}`), ' provincial '],
  [re(`${B}лекар${T}`), ' physicians '],
  [re(`${B}со${S}канадско${S}(?:работно${S})?искуство${E}`), ' with Canadian work experience '],
  [re(`${B}здравств${T}`), ' healthcare '],
  [re(`${B}занает${T}`), ' trades '],
  [re(`${B}Онтарио${E}`), ' Ontario '],
  [re(`${B}Британска${S}Колумбија${E}`), ' British Columbia '],
  [re(`${B}Австралија${E}`), ' Australia '],
  [re(`${B}Нов${S}Зеланд${E}`), ' New Zealand '],
  [re(`${B}системот${E}`), ' the system '],
  [re(`${B}канадск${T}`), ' Canadian '],
  [re(`${B}канада${E}`), ' Canada '],
];

/**
 * A clause (up to a full stop, a comma or a line's end; not the dot of "4.000") that speaks of an earlier round ("претходната
 * рунда", the previous round): context. "по 3.687 покани на 17 мај" (after …) is left to the rule "по" → "after", which keeps
 * the rest of its sentence ("Ова е 65-тата рунда … по 3.687 покани на 17 мај") the page's own.
 */
const EARLIER = /претходн/i;

/** A Macedonian page glossed into English. */
export const glossMacedonian = (text: string): string => finishGloss(markEarlier(text, EARLIER, /((?<!\d)\.|\.(?!\d)|,(?!\d)|\n)/), RULES, SCRIPT);
