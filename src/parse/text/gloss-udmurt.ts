import { CYRILLIC_MONTHS, finishGloss, keepAnyCase, markEarlier, monthNamer, monthStems, ownWordsPage, script, type GlossRule, type MonthTable, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Udmurt draw news glossed into the English the reader knows, in the shape of `gloss-kalmyk.ts` (docs/parser.md "Udmurt and
 * Meadow Mari"): thousands with a space ("1 000"), days ("гудырикошкон толэзьлэн 18-тӥ нуналаз" → August 18, "2019 арын шуркынмон
 * 13-тӥ нуналаз" → November 13, 2019, "Пӧсьтолэзь 20-тӥ нуналаз" → July 20), weekdays, "туннэ" (today), "толон" (yesterday),
 * "толон азьвылаз" (the day before yesterday); "Тай-брейк" (tie-breaking rule), "Выль Зеландия" (New Zealand); rounds ("436-тӥ
 * раунд" → round #436, "№274", "кык раунд" → two rounds, "ортчытӥз" → held); counts ("1 000 ӧтён" → 1,000 invitations, "3 600
 * адями" → 3,600 candidates, "ӧтиз" → invited); cut-offs ("ичигес CRS балл" → minimum CRS score); "француз кыл"
 * (French-language); hedges ("пала", "котырын" about, "трос" more than, "-озь" up to). What the glossary does not know is
 * dropped; a sentence of an earlier round ("вал", was; "азьло", before) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Letters Udmurt never writes: Mari's "ӱ", "ҥ", Komi's "і", Kazakh's, Bashkir's, Tatar's, Chuvash's, Sakha's, the palochka. */
const OTHERS_OWN = /[ӱҥіқғұҡҙҫәҗһңӑӗӳҕүӀӏӰҤІҚҒҰҠҘҪӘҖҺҢӐӖӲҔҮ]/g;
/** Udmurt's own words of a draw report: today, yesterday, invitation(s), invited, least, held, sent, person, day, month, for. */
const UDMURT_WORD =
  /(?<![\u0400-\u04ff])(?:туннэ|толон|чуказе|ӧтён\p{L}*|ӧт(?:из|ӥз|ӥзы|ьымын|ьыны|емын)|ичигес|ортчыт\p{L}*|ортчиз|лэз(?:из|ӥз|ьыны|емын)|адями\p{L}*|нунал\p{L}*|толэзь\p{L}*|\d{1,4}-тӥ\p{L}*|понна|арня\p{L}*|гудырикошкон|шуркынмон|куарусён|коньывуон|инвожо|толсур|толшор|тулыспал)(?![\u0400-\u04ff])/giu;

/** A cheap first test: Udmurt's "ӝ", "ӟ", "ӥ", "ӵ" (no other page writes them) or its "ӧтён" (invitation), "туннэ" (today). */
export const UDMURT_HINT = /[ӝӟӥӵӜӞӤӴ]|ӧтён|[Тт]уннэ/;

/** A figure of an Udmurt post: "1 000 ӧтён", "ичигес балл 744". */
const UDMURT_FIGURE = /\d\s?(?:ӧтён|ITA)(?![\u0400-\u04ff])|(?:ичигес|CRS)\s(?:CRS\s|балл\s)?[—:≥-]?\s?\d/i;

/** Four kinds of its words, about none of the others' own letters, and enough Cyrillic; a short post of two kinds with a figure. */
export function isUdmurt(text: string): boolean {
  const found = text.match(UDMURT_WORD) ?? [];
  if ((text.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  // A name in quotes ("Кошкон", a channel's) is no English quoting.
  return ownWordsPage(text.replace(QUOTED_NAME, ''), found, CYRILLIC, UDMURT_FIGURE, (kinds) => kinds >= 2 && UDMURT_FIGURE.test(text) && (text.match(CYRILLIC) ?? []).length >= 8);
}

/** A quoted name in the script: a channel's, a paper's ("Кошкон"). */
const QUOTED_NAME = /"[\u0400-\u04ff \t-]{1,40}"/g;

const { S, re, B, E, T } = scriptWords(C);
const MONTHS: MonthTable = [
  ['толшор', 'January'],
  ['тулыспал', 'February'],
  ['южтолэзь', 'March'],
  ['оштолэзь', 'April'],
  ['куартолэзь', 'May'],
  ['инвожо', 'June'],
  ['п[ӧө]сьтолэзь', 'July'],
  ['гудырикошкон', 'August'],
  ['куарусён', 'September'],
  ['коньывуон', 'October'],
  ['шуркынмон', 'November'],
  ['толсур', 'December'],
  ...CYRILLIC_MONTHS,
];
const MONTH = `((?:${monthStems(MONTHS)})${T})`;
const monthOf = monthNamer(MONTHS, 'iu');
const WEEKDAYS = [
  ['вордӥськон', 'Monday'],
  ['пуксён', 'Tuesday'],
  ['вирнунал', 'Wednesday'],
  ['покчиарня', 'Thursday'],
  ['удмуртарня', 'Friday'],
  ['кӧснунал', 'Saturday'],
  ['арнянунал', 'Sunday'],
] as const;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { кык: 'two', куинь: 'three', ньыль: 'four', вить: 'five', куать: 'six' };
const ROUND = `раунд${T}`;
const DAY = String.raw`(\d{1,2})(?:-тӥ)?(?:${S}нунал${T})?(?![\d\u0400-\u04ff])`;
const MONTH_WORD = `(?:${S}толэзь${T})?`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Hedges, no count to the reader: "400 пала", "400 котырын" (about), "3 000-лэсь трос" (more than), "5 000-озь" (up to).
  [re(String.raw`${NUM}(?:-?(?:лэсь|ысь))?${S}(пала|котырын|ёрос|трос${T})${E}`), (_, n = '', w = '') => (/трос/i.test(w) ? ` more than ${n} ` : ` about ${n} `)],
  [re(String.raw`${NUM}-?(?:ы|ӧтён)?озь${E}`), ' up to $1 '],
  [re(`${B}(?:ёрос|пала)${E}`), ' about '],
  [re(`${B}(?:тросгес|уно)${E}`), ' more than '],
  // Places that hold their own draws, and pages that tell no news of a round.
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}онтарио${T}`), ' Ontario '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}австрали${T}`), ' Australia '],
  [re(`${B}(?:выль${S})?зеланди${T}`), ' New Zealand '],
  [re(`${B}провинци${T}`), ' province '],
  [re(`${B}тай-брейк${T}`), ' tie-breaking rule '],
  [re(`${B}(?:ас${S})?аспӧртэм${S}${ROUND}`), ' its own draw '],
  [re(`${B}та${S}(?:Express${S}Entry${S}|канада${T}${S})?${ROUND}${S}ӧвӧл${E}`), ' This is not a federal round '],
  [re(`${B}(?:итог${T}|анализ)${E}`), ' recap '],
  [re(String.raw`${B}арлэн${S}нырысетӥ${S}джыны${T}`), ' Half-year recap '],
  [re(`${B}прогноз${T}`), ' we expect '],
  [re(`${B}кызьы${E}`), ' How to '],
  [re(`${B}кылем${S}арня${T}`), ' Previously last week '],
  [re(`${B}та${S}арня${T}`), ' this week '],
  [re(`${B}арняен${E}`), ' this week '],
  // Days: "2019 арын шуркынмон 13-тӥ нуналаз", "гудырикошкон толэзьлэн 18-тӥ нуналаз", "Шуркынмон 14, 2019", "инвожо 23".
  [re(String.raw`(?<!\d)(\d{4})${S}арын${S}${MONTH}${MONTH_WORD}${S}${DAY}`), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`${B}${MONTH}${MONTH_WORD}${S}${DAY}`), (_, m = '', d = '') => ` ${monthOf(m)} ${Number(d)} `],
  [re(String.raw`(?<!\d)(\d{4})${S}арын${S}${MONTH}${MONTH_WORD}`), (_, y = '', m = '') => ` in ${monthOf(m)} ${y} `],
  [re(String.raw`(?<!\d)(\d{4})${S}ар${T}`), ' in $1 '],
  [re(`${B}${MONTH}${MONTH_WORD}`), (_, m = '') => ` in ${monthOf(m)} `],
  ...WEEKDAYS.map(([udm, en]): GlossRule => [re(`${B}${udm}${T}`), ` ${en} `]),
  [re(`${B}толон${S}азьвыла${T}`), ' the day before yesterday '],
  [re(`${B}туннэ${T}`), ' today '],
  [re(`${B}толон${E}`), ' yesterday '],
  [re(`${B}чуказе${E}`), ' tomorrow '],
  // Rounds: "436-тӥ раунд", "Та раунд — 436-тӥез", "Раундлэн лыдпусэз: №274", "кык раунд" (two rounds), "ортчытӥз" (held).
  [re(String.raw`(?<![\d,.])(\d{1,4})-тӥ${T}${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`${B}та${S}${ROUND}${S}—${S}(\d{1,4})-тӥ${T}`), ' This is round #$1 '],
  [re(String.raw`${B}${ROUND}${S}лыдпус${T}:?${S}№${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(String.raw`№${S}?(\d{1,4})(?!\d)`), ' #$1 '],
  [re(`${B}(кык|куинь|ньыль|вить|куать)${S}(?:${ROUND}|пол${E})`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}выль${S}${ROUND}`), ' a new round '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}(?:ортчытӥз|ортчиз)${E}`), ' held '],
  // Cut-offs: "ичигес CRS балл — 523", "ичигес балл 744".
  [re(`${B}ӧтён${S}басьтон${S}понна${E}`), ' '],
  [re(`${B}ӧтён${S}басьтӥсь${T}`), ' '],
  [re(String.raw`(?<![\d,])(\d{1,3})${S}нунал${T}`), ' $1 days '],
  [re(`${B}ичигес${S}(?:CRS${S})?балл${T}`), ' minimum CRS score '],
  [re(`${B}ичигес${S}(?=CRS)`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}балл${T}`), ' $1 points '],
  [re(`${B}балл${T}`), ' score '],
  // Counts: "1 000 ӧтён" (invitations), "Ӧтёнъёслэн лыдзы — 5 900", "8500 адямиез ӧтиз" (invited 8,500 candidates).
  [re(String.raw`${B}ӧтён${T}${S}лыд${T}`), ' number of invitations '],
  [re(String.raw`${NUM}${S}ӧтён${T}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}адями${T}${S}ӧт(?:из|ӥз|ӥзы)${E}`), ' invited $1 candidates '],
  [re(String.raw`${NUM}${S}адями${T}`), ' $1 candidates '],
  [re(`${B}ӧт(?:из|ӥз|ӥзы|ьымын|емын)${E}`), ' invited '],
  [re(`${B}ӧтён${T}`), ' invitations '],
  [re(`${B}лэз(?:из|ӥз|ьыны|емын)${E}`), ' issued '],
  // Programs: "француз кылъя" (French-language), "француз кыл тодӥсьёслы" (French speakers), "программа чаклантэк".
  [re(`${B}француз${T}${S}кыл${T}${S}тодӥсь${T}`), ' French-speaking '],
  [re(`${B}француз${T}${S}кыл${T}`), ' French-language '],
  [re(`${B}программа${S}чаклантэк${E}`), ' no program specified '],
  [re(`${B}ужпумъя${E}`), ' category-based '],
  [re(`${B}канада${T}`), ' Canada '],
  [re(`${B}понна${E}`), ' for '],
];

/** A sentence of an earlier round: "вал" (was), "азьло" (before, earlier). */
const EARLIER = new RegExp(String.raw`${B}(?:вал|азьло)${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** An Udmurt page glossed into English. */
export function glossUdmurt(text: string): string {
  return finishGloss(markEarlier(text, EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
