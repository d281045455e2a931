import {
  CYRILLIC_MONTHS,
  finishGloss,
  keepAnyCase,
  markEarlier,
  monthNamer,
  monthStems,
  ownWordsPage,
  script,
  type GlossRule,
  scriptWords,
  GLOSS_NUM,
  RUSSIAN_WEEKDAYS,
  monthOrNone,
} from './gloss-rules.ts';

/**
 * Komi (Komi-Zyrian) draw news glossed into the English the reader knows, in the shape of `gloss-avar.ts` (docs/parser.md "Komi
 * and Lezgian"): its "і" however typed (the Latin "i" beside a Cyrillic letter: "сiдзжӧ"), thousands with a space ("6 000"),
 * days ("август 18 лунӧ", "2026 вося август 19 лун" → August 19, 2026, "Январь 22, 2026"), weekdays ("выльлун" Monday …),
 * "талун" (today), "тӧрыт" (yesterday), "аски" (tomorrow), "тайӧ вежонӧ" (this week); rounds ("436-ӧд корӧм" → round #436,
 * "кык корӧм" → two rounds, "нуӧдіс" → held); counts ("5 000 корӧм" → 5,000 invitations, "корисны 1000 морт" → invited 1,000
 * candidates); cut-offs ("медічӧт CRS балл" → minimum CRS score); "французскӧй кыв" (French), "здоровье видзӧм" (healthcare);
 * hedges ("гӧгӧр" about, "-ысь унджык" more than, "-ӧдз" up to). What the glossary does not know is dropped; a sentence of an
 * earlier round ("водзджык", earlier; "водзвылын", before; "мӧдлаполадор" …) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Komi's "і" as the pages type it: the Latin "i"/"I" beside a Cyrillic letter ("сiдзжӧ"). */
const LATIN_I = /(?<=[\u0400-\u04ff])[iI]|[iI](?=[\u0400-\u04ff])/g;
const withI = (text: string): string => text.replace(LATIN_I, (i) => (i === 'i' ? 'і' : 'І'));

/** Letters Komi never writes: Udmurt's, Mari's, Ossetian's, Kazakh's, Tatar's, Bashkir's, Chuvash's, Sakha's, Tajik's, the palochka. */
const OTHERS_OWN = /[ӝӟӵӥӱҥӓӹӕқғұәңөүҗһҡҙҫҷӣӯўҳїєґјљњћђџӑӗӳҕӀӏӜӞӴӤӰҤӒӸӔҚҒҰӘҢӨҮҖҺҠҘҪҶӢӮЎҲЇЄҐЈЉЊЋЂЏӐӖӲҔ]|лъ|кх/gi;
/** Komi's own words of a draw report (today, yesterday, invitation(s), invited, held, person, day, year, week, month, minimum, "-th" …). */
const KOMI_WORD =
  /(?<![\u0400-\u04ff])(?:талун|тӧрыт|аски|корӧм\p{L}*|корис\p{L}*|корӧны|нуӧд\p{L}*|морт\p{L}*|йӧз\p{L}*|лун|лунӧ|вося|вежон\p{L}*|тӧлысь\p{L}*|медічӧт|вӧлі|тайӧ|серти|\d+-ӧд)(?![\u0400-\u04ff])/giu;

/** A cheap first test: "ӧ", which no English, Russian, Avar or Ossetian page writes (Udmurt and Mari do, and are refused). */
export const KOMI_HINT = /[\u04e6\u04e7]/;

/** A figure of a Komi post: "5 000 корӧм", "медічӧт балл 391". */
const KOMI_FIGURE = /\d\s?корӧм|(?:медічӧт|CRS)\s(?:CRS\s|балл\s)?[—:≥–-]?\s?\d/i;

/** Four kinds of its words, one with "ӧ", about none of the others' own letters, and enough Cyrillic that it is the page's language. */
export function isKomi(text: string): boolean {
  const t = withI(text);
  const found = t.match(KOMI_WORD) ?? [];
  if ((t.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  return ownWordsPage(t, found, CYRILLIC, KOMI_FIGURE, (kinds) => kinds >= 2 && KOMI_FIGURE.test(t) && (t.match(CYRILLIC) ?? []).length >= 10);
}

const { S, re, B, E, T } = scriptWords(C);
/** The months as the pages write them ("август", "январын", "декабрын"), on the Russian stems. */
const MONTH = `((?:${monthStems(CYRILLIC_MONTHS)})${T})`;
const monthOf = monthNamer(CYRILLIC_MONTHS, 'i');
const WEEKDAYS = [
  ['выльлун', 'Monday'],
  ['воторник', 'Tuesday'],
  ['среда', 'Wednesday'],
  ['середа', 'Wednesday'],
  ['пекнича', 'Friday'],
  ['субӧта', 'Saturday'],
  ['вежалун', 'Sunday'],
  ...RUSSIAN_WEEKDAYS,
] as const;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { кык: 'two', куим: 'three', нёль: 'four', вит: 'five', квайт: 'six' };
const ROUND = `корӧм${T}`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Day first, as Russian writes it: "14/04/2026" is April 14, 2026.
  [/(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g, (all, d = '', m = '', y = '') => (Number(m) >= 1 && Number(m) <= 12 && Number(d) <= 31 ? `${monthOrNone(m)} ${Number(d)}, ${y}` : all)],
  // A month's account opens on the month: "Июль тӧлысьын IRCC нуӧдіс квайт корӧм …" (in the month of July).
  [re(String.raw`(?<=^|\n)${MONTH}${S}тӧлысь${T}`), (_, m = '') => ` Monthly recap: in ${monthOf(m)} `],
  // Hedges, no count to the reader: "2 000-ысь унджык" (more than), "5 000-ӧдз" (up to), "3 000 гӧгӧр", "пӧшти" (about).
  [re(String.raw`${NUM}-?(?:ысь|сь)${S}(?:унджык|уна)${E}`), ' more than $1 '],
  [re(String.raw`${NUM}-?(?:ысь|сь)${S}этшаджык${E}`), ' fewer than $1 '],
  [re(String.raw`${NUM}-?ӧдз${E}`), ' up to $1 '],
  [re(String.raw`${NUM}${S}гӧгӧр${E}`), ' about $1 '],
  [re(`${B}(?:гӧгӧр|пӧшти|примерно|около)${E}`), ' about '],
  // Places that hold their own draws, and pages that tell no news of a round.
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}онтарио${T}`), ' Ontario '],
  [re(`${B}саскачеван${T}`), ' Saskatchewan '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}манитоб${T}`), ' Manitoba '],
  [re(`${B}британ${T}${S}колумби${T}`), ' British Columbia '],
  [re(`${B}австрали${T}`), ' Australia '],
  [re(`${B}выль${S}зеланди${T}`), ' New Zealand '],
  [re(`${B}провинцияса${S}программа${T}`), ' Provincial Nominee Program '],
  [re(`${B}провинция${T}`), ' province '],
  [re(`${B}(?:ассьыс|аслас)${S}${ROUND}`), ' its own draw '],
  [re(`${B}(?:итог${T}|ӧтлаӧн)`), ' recap '],
  [re(`${B}(?:прогноз${T}|виччысьӧны|виччысям)`), ' we expect '],
  [re(`${B}(?:велӧдчан${S}небӧг${T}|небӧг)`), ' guide '],
  [re(`${B}шуам${E}`), ' For example, '],
  [re(`${B}кор${S}(?:лоас|вӧлас)${S}(?:мӧд|локтан|воан)${S}${ROUND}`), ' When is the next round '],
  [re(`${B}локтан${S}вежон${T}`), ' next week '],
  [re(`${B}бӧрын${E}`), ' after '],
  [re(`${B}тай-?брейк${T}`), ' Tie-breaking rule '],
  // Days: "2026 вося август 19 лун", "август 18 лунӧ", "Январь 22, 2026", "18 августа", "2023 вося сентябрын" (in September 2023).
  [re(String.raw`(?<!\d)(\d{4})${S}вося${S}${MONTH}${S}(\d{1,2})(?!\d)(?:${S}лун${T})?`), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`${B}${MONTH}${S}(\d{1,2})(?!\d)${S}лун${T}`), (_, m = '', d = '') => ` ${monthOf(m)} ${Number(d)} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}(?:,?${S}(\d{4})(?!\d))?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<!\d)(\d{4})${S}вося${S}${MONTH}`), (_, y = '', m = '') => ` in ${monthOf(m)} ${y} `],
  [re(String.raw`(?<!\d)(\d{4})${S}(?:вося|воын|воӧ)${E}`), ' in $1 '],
  // A time after the day: "2026 вося август 17 лун, 22:09:00 UTC".
  [/(?<=\d{4} ?),[ \t]+(?=\d{1,2}:\d{2}:\d{2})/g, ' at '],
  ...WEEKDAYS.map(([kv, en]): GlossRule => [re(`${B}${kv}${T}`), ` on ${en} `]),
  [re(`${B}${MONTH}`), (_, m = '') => ` ${monthOf(m)} `],
  [re(`${B}кык${S}лун${S}сайын${E}`), ' the day before yesterday '],
  [re(`${B}талун${E}`), ' today '],
  [re(`${B}тӧрыт${E}`), ' yesterday '],
  [re(`${B}аски${E}`), ' tomorrow '],
  [re(`${B}тайӧ${S}вежон${T}`), ' this week '],
  [re(`${B}вежон${T}`), ' week '],
  // Rounds: "436-ӧд корӧм" (the 436th round), "кык корӧм" (two rounds), "корӧм эз вӧв" (no round was held).
  [re(String.raw`(?<![\d,.])(\d{1,4})-?ӧд${S}+${ROUND}`), ' round #$1 '],
  [re(String.raw`${ROUND}${S}(?:№|No\.)${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(String.raw`(?:№|(?<![A-Za-z])No\.)${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [/\bExpress Entry #(\d{1,4})(?!\d)/g, 'Express Entry round #$1'],
  [re(`${B}(кык|куим|нёль|вит|квайт)${S}${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}${ROUND}${S}(?:эз${S}вӧв|абу${S}вӧлӧм)${E}`), ' round was not held '],
  [re(`${B}(?:медбӧръя|бӧръя)${S}${ROUND}`), ' The last round '],
  [/(?<=[A-Za-z\d])-(?:ын|ӧн|ӧ|ысь|лы|са|ас|ӧдз)(?![\p{L}])/gu, ''],
  // Cut-offs: "медічӧт CRS балл — 523", "минимальнӧй балл 746", "511 балла" (with 511 points).
  [re(`${B}(?:медічӧт|минимальнӧй|минимальн${T})${S}(?:CRS${S})?балл${T}`), ' minimum CRS score '],
  [re(`${B}(?:медічӧт|минимальнӧй)${S}(?=CRS)`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}балла${E}`), ' with $1 points '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}балл${T}`), ' $1 points '],
  [re(`${B}балл${T}`), ' score '],
  // Counts: "5 000 корӧм", "корисны 1000 морт" (1,000 people were invited), "2 500 лечитысьӧс".
  [re(String.raw`${B}корисны${S}${NUM}${S}(?:морт${T}|йӧз${T})`), ' $1 candidates were invited '],
  [re(String.raw`${NUM}${S}${ROUND}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}морт(?=${S}?[,;)])`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}(?:морт${T}|кандидат${T})`), ' $1 candidates '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}(?:корисны|корис)${E}`), ' invited '],
  [re(`${B}(?:нуӧдіс|нуӧдісны)${E}`), ' held '],
  // Programs: "французскӧй кыв" (French), "здоровье видзӧм" (healthcare), "став программаяс" (all programs).
  [re(`${B}(?:французскӧй|франция)${S}кыв${T}`), ' French-language '],
  [re(`${B}французскӧй${E}`), ' French '],
  [re(`${B}здоровье${S}видзӧм${T}`), ' healthcare '],
  [re(`${B}став${S}программаяс${E}`), ' all programs '],
  [re(`${B}категория${T}`), ' category '],
  [re(`${B}программа${T}`), ' program '],
  [re(`${B}канада${T}`), ' Canada '],
  [re(`${B}(?:да|а)${E}`), ' and '],
];

/** A sentence of an earlier round: "водзджык" (earlier), "водзвылын" (before), "мӧдлаын" … */
const EARLIER = new RegExp(String.raw`${B}(?:водзджык|водзвылын|водзынджык|водзся)${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** A Komi page glossed into English. */
export function glossKomi(text: string): string {
  return finishGloss(markEarlier(withI(text), EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
