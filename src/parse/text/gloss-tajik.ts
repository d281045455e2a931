import { CYRILLIC_MONTHS, finishGloss, keepCase, markEarlier, monthNamer, monthStems, mostlyScript, script, type GlossRule, type MonthTable, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Tajik draw news glossed into the English the reader knows, as `gloss-kyrgyz.ts` does for Kyrgyz (docs/parser.md, "Tajik and
 * Assamese"): thousands with a space ("8 500" → "8,500"), months of Russian stock with the izafat ("14 ноябри 2019" → "November
 * 14, 2019"), weekdays ("Рӯзи чоршанбе" → "On Wednesday"), "имрӯз" (today), "дирӯз" (yesterday), rounds ("даври № 436-и" →
 * "round #436", "даври 130-уми" → "the 130th round"), counts ("1 000 даъватнома" → "1,000 invitations"), cut-offs ("Ҳадди ақали
 * хол" → "minimum score"), the tie-break ("Қоидаи баробарии хол"), programs, and a guide's ("Дастур"), forecast's ("Пешгӯӣ") or
 * recap's ("Ҷамъбаст") words. What the glossary does not know is dropped; a sentence of an earlier round ("қаблӣ", previous;
 * "гузашта", past) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Tajik's own letters, which no other Cyrillic language the reader glosses writes, or its "даъватнома" (invitation), which a short post
 * typed on a Russian keyboard writes without them (the hint `gloss.ts` tests first). */
export const TAJIK_LETTER = /[ҷӣӯҶӢӮ]|даъватнома/i;
/** Tajik's words of a draw report: today, yesterday, invitation, round, points, candidate, minimum, migrant, program, for, held, sent, recap, guide, forecast, in all. */
const TAJIK_WORD = /имрӯз|дирӯз|даъват|давр|хол|номзад|ҳадди|муҳоҷир|барнома|барои|гузаронд|фиристод|ҷамъбаст|дастур|пешгӯӣ|ҳамагӣ/giu;

/** Enough Cyrillic that it is the page's language, the hint tested before, and three kinds of its words (two with "даъватнома"). */
export function isTajik(text: string): boolean {
  const kinds = new Set((text.match(TAJIK_WORD) ?? []).map((w) => w.toLowerCase()));
  return (kinds.size >= 3 || (kinds.size >= 2 && /даъватнома/i.test(text))) && mostlyScript(text, CYRILLIC);
}

const { S, re, B, E, T } = scriptWords(C);

const MONTHS: MonthTable = CYRILLIC_MONTHS;
/** A month with its izafat or case ending ("ноябри", "июли", "августи"). */
const MONTH = `((?:${monthStems(MONTHS)})${T})`;
const monthOf = monthNamer(MONTHS, 'i');
const WEEKDAYS: MonthTable = [
  ['душанбе', 'Monday'],
  ['сешанбе', 'Tuesday'],
  ['чоршанбе', 'Wednesday'],
  ['панҷшанбе', 'Thursday'],
  ['ҷумъа', 'Friday'],
  ['шанбе', 'Saturday'],
  ['якшанбе', 'Sunday'],
];

const NUM = GLOSS_NUM;
const INVITATION = `даъватнома${T}`;
const PEOPLE = `(?:номзад|нафар|муҳоҷир|довталаб)${T}`;
const ROUND = `(?:даври|давр)${E}`;
const POINTS = `хол${T}`;
const MINIMUM = `ҳадди${S}ақал${T}`;

const RULES: readonly GlossRule[] = [
  // Thousands with a space: "8 500", "1 000" (bounded, so a day and a year stay apart).
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Places that hold their own draws, and other countries.
  ...(
    [
      ['алберта', 'Alberta'],
      ['онтарио', 'Ontario'],
      ['колумбияи' + S + 'бритониё', 'British Columbia'],
      ['саскачеван', 'Saskatchewan'],
      ['манитоба', 'Manitoba'],
      ['квебек', 'Quebec'],
      ['австралия', 'Australia'],
      ['зеландияи' + S + 'нав', 'New Zealand'],
    ] as const
  ).map(([tg, en]): GlossRule => [re(`${B}${tg}${T}`), ` ${en} `]),
  [re(`${B}музофот(?!ӣ)${T}`), ' province '],
  // Hedges: "тақрибан 3 000" (about), "зиёда аз 20 000" (more than): no sure count.
  [re(`${B}(?:тақрибан|қариб)${E}`), ' about '],
  [re(`${B}(?:зиёда|бештар|беш)${S}аз${E}`), ' more than '],
  [re(`${B}(?:пешгӯӣ|пешгӯии)${E}`), ' Forecast '],
  [re(`${B}интизор${S}меравад${E}`), ' is expected '],
  [re(`${B}метавонад${E}`), ' could '],
  [re(`${B}дастур${T}`), ' Guide '],
  [re(`${B}(?:масалан|мисол)${E}`), ' For example, '],
  [re(`${B}ҷамъбасти${S}(?=моҳи${S})`), ' Monthly recap of '],
  [re(`${B}ҷамъбасти${S}моҳ${T}`), ' Monthly recap '],
  [re(`${B}ҷамъбасти${S}ҳафта${T}`), ' Weekly recap '],
  [re(`${B}ҷамъбаст${T}`), ' recap '],
  // Days: "14 ноябри 2019", "17 августи 2026", "6 феврал", "моҳи июли 2024" (the month of July 2024).
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}(?:,?${S}(\d{4})(?!\d)(?:${S}сол${T})?)?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`${B}моҳи${S}${MONTH}(?:${S}(\d{4})(?!\d))?`), (_, m = '', y = '') => ` ${monthOf(m)}${y ? ` ${y}` : ''} `],
  [re(String.raw`${B}соли${S}(\d{4})(?!\d)`), ' $1 '],
  ...WEEKDAYS.map(([tg, en]): GlossRule => [re(`${B}(?:рӯзи${S})?${tg}${E}`), ` on ${en} `]),
  [re(`${B}рӯзи${S}(?=\\d)`), ' on '],
  [re(`${B}имрӯз${T}`), ' today '],
  [re(`${B}дирӯз${T}`), ' yesterday '],
  [re(`${B}парерӯз${T}`), ' the day before yesterday '],
  [re(`${B}як${S}рӯз${S}пеш${E}`), ' the day before '],
  [re(`${B}ин${S}ҳафта${E}`), ' this week '],
  [re(`${B}ҳафтаи${S}гузашта${E}`), ' last week '],
  // Rounds: "даври № 436-и", "даври умумии №272" (general), "даври 130-уми", "даври № 394-ро" (NFKC writes "№" as "No").
  [re(String.raw`${B}${ROUND}(?:${S}(умумии))?${S}*(?:№|No\.?)${S}?(\d{1,4})(?:-[${C}]+)?`), (_, g = '', n = '') => ` ${g ? 'general ' : ''}round #${n} `],
  [re(String.raw`${B}${ROUND}${S}(\d{1,4})-(?:ум|юм)${T}`), (_, n = '') => ` the ${n}th round `],
  [re(String.raw`(?:№|(?<![A-Za-z])No\.?)${S}?(\d{1,4})(?:-[${C}]+)?(?!\d)`), ' #$1 '],
  [re(`${B}${ROUND}${S}нав${E}`), ' new round '],
  [re(`${B}${ROUND}${S}навбатӣ${E}`), ' next round '],
  [re(`${B}даврҳо${T}`), ' rounds '],
  [re(`${B}${ROUND}`), ' round '],
  // The tie-break: "Қоидаи баробарии хол:", "Вақти қоидаи баробарӣ:", "Тибқи қоидаи баробарӣ, профилҳое, ки то 8 октябри 2019, 10:46:01 UTC пешниҳод шуда буданд".
  [re(String.raw`${B}(?:вақти${S})?қоидаи${S}баробар(?:ӣ|ии)(?:${S}${POINTS})?`), ' tie-breaking rule '],
  [re(String.raw`,?${S}*профилҳое,?${S}ки${S}то${S}([^\n]{6,40}?),?${S}(\d{1,2}:\d{2}(?::\d{2})?)${S}UTC${S}пешниҳод${S}шуда${S}буданд,?`), ': $1 at $2 UTC, '],
  [re(String.raw`(?<=\d{4}),${S}+(?=\d{1,2}:\d{2}:\d{2}${S}UTC)`), ' at '],
  [re(String.raw`(?<=\d{4}),${S}+соати${S}+(?=\d{1,2}:\d{2})`), ' at '],
  // A bound: "то 3 000 даъватнома" (up to), not a day ("то 21.07.2026", until).
  [re(String.raw`${B}то${S}(?=\d)(?!\d{1,2}\.\d{1,2}\.\d{2,4})`), ' up to '],
  // Counts: "1 000 даъватнома", "3 600 номзад", "Шумораи даъватномаҳо:".
  [re(`${B}шумораи${S}${INVITATION}`), ' number of invitations '],
  [re(String.raw`${NUM}${S}${INVITATION}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}`), ' $1 candidates '],
  // Cut-offs: "Ҳадди ақали хол (CRS) 523 буд", "ҳадди ақал 760 хол", "Холи ҳадди ақал: 400", "ба 561 расид".
  [re(`${B}(?:${MINIMUM}${S}${POINTS}|холи${S}${MINIMUM})`), ' minimum score '],
  [re(`${B}${MINIMUM}`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{2,4})${S}${POINTS}`), ' $1 points '],
  [re(`${B}баландтарин${S}${POINTS}`), ' highest score '],
  [re(`${B}${POINTS}`), ' score '],
  [re(String.raw`${B}ба${S}(\d{2,4})${S}расид${E}`), ' reached $1 '],
  [re(String.raw`(\d{2,4})${S}буд${E}`), ' was $1 '],
  // Programs.
  [re(`${B}синфи${S}таҷрибаи${S}канада${E}`), ' Canadian Experience Class '],
  [re(`${B}барномаи${S}номзадҳои${S}музофотӣ${E}`), ' Provincial Nominee Program '],
  [re(`${B}коргарони${S}ихтисосманди${S}федералӣ${E}`), ' Federal Skilled Worker '],
  [re(`${B}ҳунармандони${S}ихтисосманди${S}федералӣ${E}`), ' Federal Skilled Trades '],
  [re(`${B}номзадҳои${S}донандаи${S}забони${S}фаронсавӣ${E}`), ' French-speaking candidates '],
  [re(`${B}фаронсавизабон${T}`), ' French-speaking candidates '],
  [re(`${B}(?:забони${S})?фаронсавӣ${E}`), ' French-language '],
  [re(`${B}(?:соҳаи${S})?тандурустӣ${E}`), ' healthcare '],
  [re(`${B}омӯзгор${T}`), ' teachers '],
  [re(`${B}ҳамаи${S}барномаҳо${E}`), ' all programs '],
  [re(`${B}барнома${T}`), ' program '],
  [re(`${B}категория${T}`), ' category '],
  [re(`${B}канада${T}`), ' Canada '],
  [re(`${B}(?:умумӣ|умумии)${E}`), ' general '],
  [re(`${B}нашр${E}`), ' Published '],
  // What happened.
  [re(`${B}(?:гузаронд|доир${S}кард)${E}`), ' held '],
  [re(`${B}баргузор${S}(?:гардид|шуд)${E}`), ' was held '],
  [re(`${B}фиристода${S}шуд${E}`), ' were issued '],
  [re(`${B}фиристод${E}`), ' issued '],
  [re(`${B}даъват${S}гирифтанд${E}`), ' received invitations '],
  [re(`${B}даъват${S}кард${E}`), ' invited '],
  [re(`${B}${INVITATION}`), ' invitations '],
  [re(`${B}${PEOPLE}`), ' candidates '],
  [re(`${B}танҳо${E}`), ' only '],
  [re(`${B}ҳамагӣ${E}`), ' in total '],
  [re(`${B}барои${E}`), ' for '],
];

/** A sentence of an earlier round: "қаблӣ" (previous), "гузашта" (past), "пештар" (earlier); a clause after ", ки" (which) is one of its own. */
const EARLIER = new RegExp(String.raw`${B}(?:қаблӣ|гузашта|пештар)${E}`, 'iu');

const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepCase);

export function glossTajik(text: string): string {
  return finishGloss(markEarlier(text, EARLIER, /([.\n]|,(?=[ \t]ки[ \t]))/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
