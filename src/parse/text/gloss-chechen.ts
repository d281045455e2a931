import { CYRILLIC_MONTHS, finishGloss, keepAnyCase, markEarlier, monthNamer, monthStems, mostlyScript, script, type GlossRule, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Chechen draw news glossed into the English the reader knows, in the shape of `gloss-tatar.ts` (docs/parser.md "Kikuyu and
 * Chechen"): the palochka however it is typed ("Ӏ", "І", "I" beside a Cyrillic letter), thousands with a space ("250 000"),
 * months in their cases ("9 июлехь", "4 март 2026", "2017 шеран 19 апрелехь" → "April 19, 2017", "Сентябрехь" → in
 * September), weekdays ("Оршот" Monday), "тахана" (today), "селхана" (yesterday), "кху кӀиранахь" (this week); rounds ("Раунд
 * № 425", "401-гӀа раунд" → round #401, "кхо раунд дира" → held three rounds); counts ("5,000 кхайкхам" → 5,000 invitations,
 * "3,600 кандидатана кхайкхам белла" → 3,600 candidates received invitations); cut-offs ("лахара балл 472" → minimum CRS score
 * 472); "французийн мотт" (French); hedges ("гергга" about, "сов" more than, "кхаччалц" up to). What the glossary does not know
 * is dropped; a sentence of an earlier round ("хьалхара", previous) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Letters Chechen never writes: Kazakh's, Tatar's, Bashkir's, Kyrgyz's and Mongolian's, Tajik's, Ukrainian's, Serbian's. */
const OTHERS_OWN = /[қғұәңөүҗһҡҙҫҷӣӯўҳїєґјљњћђџѓќѕҚҒҰӘҢӨҮҖҺҠҘҪҶӢӮЎҲЇЄҐЈЉЊЋЂЏЃЌЅ]/g;
/** Chechen's own words of a draw report: today, yesterday, invitation(s), minimum, previous, held, given, was, week, year, month… */
const CHECHEN_WORD =
  /(?<![\u0400-\u04ff])(?:тахана|селхана|кхана|кхайкхам\p{L}*|лахара|хьалхара|дира|белла|делла|хилла|кӀир\p{L}*|кху|шо|шарахь|шеран|бутт|хаамаш|кхин|цкъа|ткъа|яра|ю|болчарна|нахана|масала|жамӀ|хир|хета|вайна|тхан|хьажа|\p{L}+ехь|гергга|сов|кхаччалц|стомара|хьалхарчу)(?![\u0400-\u04ff])/giu;
/** The palochka as the pages type it: "Ӏ", "ӏ", or a capital "І" or Latin "I" beside a Cyrillic letter ("кӀира", "могІанаш", "жамI"). */
const PALOCHKA = /[\u04c0\u04cf]|(?<=[\u0430-\u044f\u0451])[\u0406I]|[\u0406I](?=[\u0430-\u044f\u0451])/g;

/**
 * A cheap first test: a palochka ("Ӏ", or "І" as the pages type it) or "кх", "хь", which no Russian, Kazakh, Tatar, Bashkir,
 * Kyrgyz, Tajik or Mongolian page writes (a Ukrainian or Kazakh page's capital "І" passes it, and none of Chechen's words).
 */
export const CHECHEN_HINT = /[\u04c0\u04cf\u0406]|кх|хь/i;

/** An English sentence quoting the words: quotation marks, "is", "means". */
const QUOTING = /["“”]|\b(?:is|are|was|were|means)\b/i;
/** A figure of a Chechen post: "500 кхайкхам", "лахара балл 392". */
const CHECHEN_FIGURE = /\d\s?кхайкхам|лахара\sбалл\s\d/i;

/** Four kinds of its words, about none of the others' own letters, and enough Cyrillic that it is the page's language. */
export function isChechen(text: string): boolean {
  const t = text.replace(PALOCHKA, 'Ӏ');
  const found = t.match(CHECHEN_WORD) ?? [];
  if ((t.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  const kinds = new Set(found.map((w) => w.toLowerCase())).size;
  // A short post: three kinds making up a sixth of its words ("Express Entry тахана: … 500 кхайкхам, лахара балл 392").
  if (kinds >= 4) return mostlyScript(t, CYRILLIC);
  // A short post: three kinds making up a sixth of its words and a figure of its own ("500 кхайкхам, лахара балл 392").
  return kinds >= 3 && t.length <= 300 && found.length * 6 >= (t.match(/\p{L}+/gu) ?? []).length && CHECHEN_FIGURE.test(t) && !QUOTING.test(t) && mostlyScript(t, CYRILLIC, 15);
}

const { S, re, B, E, T } = scriptWords(C);
const MONTH = `((?:${monthStems(CYRILLIC_MONTHS)})${T})`;
const monthOf = monthNamer(CYRILLIC_MONTHS, 'i');
const WEEKDAYS = [
  ['оршот', 'Monday'],
  ['шинара', 'Tuesday'],
  ['кхаара', 'Wednesday'],
  ['еара', 'Thursday'],
  ['пӀераска', 'Friday'],
  ['шот', 'Saturday'],
  ['кӀиранде', 'Sunday'],
] as const;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { ши: 'two', шина: 'two', кхо: 'three', диъ: 'four', пхи: 'five', ялх: 'six' };
const INVITATION = `кхайкхам${T}`;
const ROUND = `раунд${T}`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  [/(?<=[A-Za-z])-[нс](?![\p{L}])/gu, ' '],
  // Places that hold their own draws, and pages that tell no news of a round.
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}онтари${T}`), ' Ontario '],
  [re(`${B}австрали${T}`), ' Australia '],
  [re(`${B}британ${T}${S}колумби${T}`), ' British Columbia '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}керла${S}зеланди${T}`), ' New Zealand '],
  [re(`${B}провинци${T}`), ' province '],
  [re(`${B}(?:шен|шайн)${S}(?:${ROUND}|кхайкхам${T})${S}дира${E}`), ' held its own draw '],
  [re(`${B}(?:шен|шайн)${S}(?:${ROUND}|кхайкхам${T})`), ' its own draw '],
  [re(`${B}(?:шен|шайн)${E}`), ' its own '],
  [re(`${B}(?:жамӀ|истори)${T}`), ' recap '],
  // "Иза IRCC-н раунд яц" (this is not IRCC's round) after a province's own round.
  [re(`${B}иза${S}(?:IRCC${S}+|Express${S}Entry${S}+|федералан${S})?${ROUND}${S}(?:яц|бац)${E}`), ' This is not a federal round '],
  [re(`${B}масала${E}`), ' For example, '],
  [re(`${B}(?:хир${S}ю|хир${S}бу|хир${S}ду)${S}аьлла${S}хета${S}(?:вайна|тхуна)${E}`), ' will be held, we expect '],
  [re(`${B}хета${S}(?:вайна|тхуна)${E}`), ' we expect '],
  // Hedges, no count to the reader: "3,000 гергга" (about), "250,000 сов" (more than), "5,000 кхаччалц" (up to).
  [re(String.raw`${NUM}${S}гергга${E}`), ' about $1 '],
  [re(`${B}гергга${E}`), ' about '],
  [re(String.raw`${NUM}${S}сов${E}`), ' more than $1 '],
  [re(String.raw`${NUM}${S}(?:кхаччалц|тӀекхаччалц)${E}`), ' up to $1 '],
  // Days: "2017 шеран 19 апрелехь", "21–25 октябрь 2024", "9 а, 10 а июлехь", "4 март 2026", "Сентябрехь" (in September).
  [re(String.raw`(?<!\d)(\d{4})${S}шеран${S}(\d{1,2})${S}${MONTH}`), (_, y = '', d = '', m = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})[–-](\d{1,2})${S}${MONTH}(?:${S}(\d{4})(?!\d))?`), (_, a = '', b = '', m = '', y = '') => ` ${monthOf(m)} ${Number(a)}–${Number(b)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}а,${S}(\d{1,2})${S}а${S}${MONTH}`), (_, a = '', b = '', m = '') => ` ${monthOf(m)} ${Number(a)} and ${monthOf(m)} ${Number(b)} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}(?:,?${S}(\d{4})(?!\d))?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<!\d)(\d{4})${S}шарахь${E}`), ' in $1 '],
  [re(String.raw`(?<!\d)(\d{4})${S}(?:шо|шеран)${E}`), ' $1 '],
  [re(`${B}${MONTH}ехь${E}`), (_, m = '') => ` in ${monthOf(m)} `],
  [re(`${B}${MONTH}`), (_, m = '') => ` ${monthOf(m)} `],
  ...WEEKDAYS.map(([ce, en]): GlossRule => [re(`${B}${ce}${T}`), ` ${en} `]),
  [re(`${B}тахана${E}`), ' today '],
  [re(`${B}селхана${E}`), ' yesterday '],
  [re(`${B}стомара${E}`), ' the day before yesterday '],
  [re(`${B}кхана${E}`), ' tomorrow '],
  [re(`${B}кху${S}кӀиранахь${S}Express${S}Entry${S}+раундаш${E}`), ' Express Entry draws this week '],
  [re(`${B}кху${S}кӀиранахь${E}`), ' this week '],
  [re(`${B}кӀиран${T}`), ' weekly '],
  // A table's head: "| Терахь | Де | Программа |" (number, day, program).
  [re(`(?<=\\|${S}*)терахь(?=${S}*\\|)`), ' Round '],
  [re(`(?<=\\|${S}*)де(?=${S}*\\|)`), ' Date '],
  // Rounds: "Раунд № 425", "401-гӀа раунд", "№ 60", "кхо раунд дира" (held three rounds).
  [re(String.raw`${ROUND}${S}№${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(String.raw`(?<![\d,.])(\d{1,4})-?гӀа${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`№${S}?(\d{1,4})(?!\d)`), ' #$1 '],
  [re(`${B}(ши|шина|кхо|диъ|пхи|ялх)${S}(?:${ROUND}|${INVITATION})`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  // "раунд хилла дац" (no round was held), "ТӀаьххьара раунд … яра" (the last round was …).
  [re(`${B}${ROUND}${S}(?:хилла|дина)${S}(?:дац|яц)${E}`), ' round was not held '],
  [re(`${B}тӀаьххьара${S}${ROUND}`), ' The last round '],
  [re(`${B}${ROUND}${S}хилла${E}`), ' round was held '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}дира${E}`), ' held '],
  // Cut-offs: "CRS лахара балл 420", "лахара балл — 472", "Лахара CRS: 476".
  [re(String.raw`${B}(?:лахара${S}балл${S})?${NUM}${S}балл${T}${S}тӀетоьх${T}`), ' adds $1 points '],
  [re(`${B}(?:CRS${S})?лахара${S}(?:CRS${S})?балл${T}`), ' minimum CRS score '],
  [re(`${B}лахара${S}(?=CRS)`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}балл${T}`), ' $1 points '],
  [re(`${B}балл${T}`), ' score '],
  // Counts: "3,600 кандидатана кхайкхам белла", "5,000 кхайкхам", "Кхайкхамаш: 1,000", "кхайкхамаш (ITA) делла".
  [re(String.raw`${NUM}${S}кандидат${T}${S}${INVITATION}${S}(?:белла|делла)${E}`), ' $1 candidates received invitations '],
  [re(String.raw`${NUM}${S}${INVITATION}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}кандидат${T}`), ' $1 candidates '],
  [re(`${B}${INVITATION}`), ' invitations '],
  [re(`${B}(?:белла|делла)${E}`), ' were issued '],
  // Programs: "французийн мотт хууш болчарна" (French-speaking), "французийн" (French).
  [re(`${B}французийн${S}мотт${S}хууш${S}болчарна${E}`), ' French-speaking candidates '],
  [re(`${B}французийн${S}мотт${E}`), ' French-language '],
  [re(`${B}французийн${E}`), ' French '],
  [re(`${B}программа${T}`), ' program '],
  [re(`${B}канад${T}`), ' Canada '],
];

/** A sentence of an earlier round: "хьалхара", "хьалхарчу" (previous), "хьалха" (before). */
const EARLIER = new RegExp(String.raw`${B}(?:хьалхара|хьалхарчу|хьалха)${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** A Chechen page glossed into English. */
export function glossChechen(text: string): string {
  return finishGloss(markEarlier(text.replace(PALOCHKA, 'Ӏ'), EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
