import { CYRILLIC_MONTHS, finishGloss, keepAnyCase, markEarlier, monthNamer, monthStems, ownWordsPage, script, type GlossRule, type MonthTable, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Meadow Mari draw news glossed into the English the reader knows, in the shape of `gloss-kalmyk.ts` (docs/parser.md "Udmurt and
 * Meadow Mari"): thousands with a space ("5 000"), days ("2026 ий 19 сорла" → August 19, 2026, "Пеледыш 24" → June 24, "Идым
 * тылзын 21 кечыштыже" → September 21), weekdays, "таче" (today), "теҥгече" (yesterday), "кумышто" (the day before yesterday);
 * "Тай-брейк" (tie-breaking rule), "У Зеландий" (New Zealand); rounds ("437-ше раунд" → round #437, "(№404)", "кок раунд" → two
 * rounds, "эртарен" → held); counts ("5 000 ӱжмаш" → 5,000 invitations, "1 288 еҥым ӱжын" → invited 1,288 candidates); cut-offs
 * ("эн шагал CRS балл" → minimum CRS score); "французла" (French); hedges ("наре" about, "утла" more than, "марте" up to). What
 * the glossary does not know is dropped; a sentence of an earlier round ("ыле", was; "ончычсо", previous) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Letters Meadow Mari never writes: Udmurt's "ӝ", "ӟ", "ӥ", "ӵ", Komi's "і", Kazakh's, Bashkir's, Tatar's, Chuvash's, the palochka. */
const OTHERS_OWN = /[ӝӟӥӵіқғұҡҙҫәҗһңӑӗӳҕүөӀӏӜӞӤӴІҚҒҰҠҘҪӘҖҺҢӐӖӲҔҮӨ]/g;
/** Mari's own words of a draw report: today, yesterday, invitation, invited, least, held, year, month, day, person, was, previous. */
const MARI_WORD =
  /(?<![\u0400-\u04ff])(?:таче|теҥгече|тенгече|эрла|ӱжмаш\p{L}*|ӱж(?:ын|ыныт|алтын)|шагал|эртарен|эртарыме|эртен|ий|ийыште|ыле|тылз\p{L}*|кечыште\p{L}*|еҥ\p{L}*|деч|огыл|тиде|утла|наре|марте|ончычсо|\d{1,4}-(?:ше|шо|шӧ)|\p{L}+-влак\p{L}*|сорла\p{L}*|пеледыш|идым|шыжа|кылме|шорыкйол|пургыж|вӱдшор|сӱрем)(?![\u0400-\u04ff])/giu;

/** A cheap first test: Mari's "ӱ" or "ҥ", which no English, Russian, Tatar, Bashkir or Udmurt page writes. */
export const MARI_HINT = /[ӱҥӰҤ]/;

/** A figure of a Mari post: "5 000 ӱжмаш", "эн шагал балл 516". */
const MARI_FIGURE = /\d\s?(?:ӱжмаш|ITA)|(?:шагал|CRS)\s(?:CRS\s|балл\s)?[—:≥-]?\s?\d/i;

/** Four kinds of its words, about none of the others' own letters, and enough Cyrillic; a short post of two kinds with a figure. */
export function isMari(text: string): boolean {
  const found = text.match(MARI_WORD) ?? [];
  if ((text.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  // A name in quotes ("Кошкон", a channel's) is no English quoting.
  return ownWordsPage(text.replace(QUOTED_NAME, ''), found, CYRILLIC, MARI_FIGURE, (kinds) => kinds >= 2 && MARI_FIGURE.test(text) && (text.match(CYRILLIC) ?? []).length >= 8);
}

/** A quoted name in the script: a channel's, a paper's ("Кошкон"). */
const QUOTED_NAME = /"[\u0400-\u04ff \t-]{1,40}"/g;

const { S, re, B, E, T } = scriptWords(C);
const MONTHS: MonthTable = [
  ['шорыкйол', 'January'],
  ['пургыж', 'February'],
  ['ӱярня', 'March'],
  ['вӱдшор', 'April'],
  ['ага', 'May'],
  ['пеледыш', 'June'],
  ['сӱрем', 'July'],
  ['сорла', 'August'],
  ['идым', 'September'],
  ['шыжа', 'October'],
  ['кылме', 'November'],
  ['теле', 'December'],
  ...CYRILLIC_MONTHS,
];
/** A month is read only beside a day or "тылзе" (month): "теле" is also winter, "ага" a plough, "ӱярня" a feast. */
const MONTH = `((?:${monthStems(MONTHS)})${T})`;
const monthOf = monthNamer(MONTHS, 'iu');
const WEEKDAYS = [
  ['шочмо', 'Monday'],
  ['кушкыжмо', 'Tuesday'],
  ['вӱргече', 'Wednesday'],
  ['изарня', 'Thursday'],
  ['кугарня', 'Friday'],
  ['шуматкече', 'Saturday'],
  ['рушарня', 'Sunday'],
] as const;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { кок: 'two', кум: 'three', ныл: 'four', вич: 'five', куд: 'six' };
const ROUND = `раунд${T}`;
const DAY = String.raw`(\d{1,2})(?:-[\u0400-\u04ff]{1,3})?(?:${S}кече${T})?(?![\d\u0400-\u04ff])`;
const MONTH_WORD = `(?:${S}тылз${T})?`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Hedges, no count to the reader: "400 наре" (about), "24 000 утла" (more than), "5 000 марте" (up to).
  [re(String.raw`${NUM}${S}(наре|утла|марте)${E}`), (_, n = '', w = '') => (/утла/i.test(w) ? ` more than ${n} ` : /марте/i.test(w) ? ` up to ${n} ` : ` about ${n} `)],
  [re(`${B}наре${E}`), ' about '],
  [re(`${B}утла${E}`), ' more than '],
  // Places that hold their own draws, and pages that tell no news of a round.
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}онтарио${T}`), ' Ontario '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}австрали${T}`), ' Australia '],
  [re(`${B}(?:у${S})?зеланди${T}`), ' New Zealand '],
  [re(`${B}провинци${T}`), ' province '],
  [re(`${B}тай-брейк${T}`), ' tie-breaking rule '],
  [re(`${B}шке${S}${ROUND}`), ' its own draw '],
  [re(`${B}(?:тиде${S})?(?:федерал${S}|Express${S}Entry${S}|канад${T}${S})${ROUND}${S}огыл${E}`), ' This is not a federal round '],
  [re(`${B}(?:итог${T}|анализ)${E}`), ' recap '],
  [re(`${B}прогноз${T}`), ' we expect '],
  [re(`${B}кузе${E}`), ' How to '],
  [re(`${B}тиде${S}арня${T}`), ' this week '],
  // Days: "2026 ий 19 сорла", "2022 ий 31 сорлаште", "Пеледыш 24", "Идым тылзын 21 кечыштыже", "2025 ий теле тылзе".
  [re(String.raw`(?<!\d)(\d{4})${S}ий${T}${S}${DAY}${S}${MONTH}`), (_, y = '', d = '', m = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`(?<!\d)(\d{4})${S}ий${T}${S}${MONTH}${S}тылз${T}`), (_, y = '', m = '') => ` Monthly recap: ${monthOf(m)} ${y} `],
  [re(String.raw`${B}${MONTH}${MONTH_WORD}${S}${DAY}`), (_, m = '', d = '') => ` ${monthOf(m)} ${Number(d)} `],
  [re(String.raw`(?<![\d,.])(\d{1,2})${S}${MONTH}(?![\d])`), (_, d = '', m = '') => ` ${monthOf(m)} ${Number(d)} `],
  [re(String.raw`${B}${MONTH}${S}тылз${T}`), (_, m = '') => ` in ${monthOf(m)} `],
  [re(String.raw`(?<!\d)(\d{4})${S}ий${T}`), ' in $1 '],
  ...WEEKDAYS.map(([mhr, en]): GlossRule => [re(`${B}${mhr}${T}`), ` ${en} `]),
  [re(`${B}кумышто${E}`), ' the day before yesterday '],
  [re(`${B}таче${E}`), ' today '],
  [re(`${B}(?:теҥгече|тенгече)${E}`), ' yesterday '],
  [re(`${B}эрла${E}`), ' tomorrow '],
  // Rounds: "437-ше раунд", "(№404)", "Express Entry: 230 раунд" (a head), "кок раунд" (two rounds), "эртарен" (held).
  [re(String.raw`(?<![\d,.])(\d{1,4})-(?:ше|шо|шӧ)${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`(?<![\d,.])(\d{1,4})-(?:ше|шо|шӧ)${E}`), ' round #$1 '],
  [re(String.raw`(Express${S}Entry:?${S})(\d{1,4})${S}${ROUND}(?=[ \t]*(?:\n|$))`), '$1round #$2'],
  [re(String.raw`№${S}?(\d{1,4})(?!\d)`), ' #$1 '],
  [re(`${B}(кок|кум|ныл|вич|куд)${S}${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}у${S}${ROUND}`), ' a new round '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}(?:эртарен|эртарыме)${E}`), ' held '],
  [re(`${B}эртен${E}`), ' was held '],
  // Cut-offs: "Эн шагал CRS балл — 382", "эн шагал балл 516", "Эн шагал CRS — 483 балл".
  [re(`${B}эн${S}шагал${S}(?:CRS${S})?балл${T}`), ' minimum CRS score '],
  [re(`${B}эн${S}шагал${S}(?=CRS)`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}балл${T}`), ' $1 points '],
  [re(`${B}балл${T}`), ' score '],
  // Counts: "5 000 ӱжмаш" (invitations), "Ӱжмаш-влак: 5 000", "1 288 еҥым ӱжын" (invited 1,288 candidates), "колтен" (sent).
  [re(String.raw`${NUM}${S}ӱжмаш${T}(?:-влак)?`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}еҥ${T}${S}ӱж(?:ын|ыныт|алтын)${E}`), ' invited $1 candidates '],
  [re(String.raw`${NUM}${S}еҥ${T}`), ' $1 candidates '],
  [re(`${B}ӱжмаш${T}(?:-влак)?`), ' invitations '],
  [re(`${B}ӱж(?:ын|ыныт|алтын)${E}`), ' invited '],
  [re(`${B}(?:колтен|пуэн)${E}`), ' issued '],
  // Programs: "французла йылме ончыкто кӱлеш" (French-language proficiency), "французла ойлышо-влаклан" (French-speaking).
  [re(`${B}французла${S}ойлышо${T}(?:-влак${T})?`), ' French-speaking candidates '],
  [re(`${B}французла${S}йылме${S}ончыкто${S}кӱлеш${E}`), ' French-language proficiency '],
  [re(`${B}француз${T}${S}йылме${T}`), ' French-language '],
  [re(`${B}французла${E}`), ' French-language '],
  [re(`${B}тазалык${S}пашаеҥ${T}(?:-влак${T})?`), ' healthcare workers '],
  [re(`${B}врач${T}(?:-влак${T})?`), ' physicians '],
  [re(`${B}программым${S}ойыртыде${E}`), ' with no program specified '],
  [re(`${B}канад${T}`), ' Canada '],
  [re(`${B}да${E}`), ' and '],
];

/** A sentence of an earlier round: "ыле" (was), "ончычсо" (previous), "ончыч" (before). */
const EARLIER = new RegExp(String.raw`${B}(?:ыле|ончычсо|ончыч)${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** A Meadow Mari page glossed into English. */
export function glossMari(text: string): string {
  return finishGloss(markEarlier(text, EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
