import { CYRILLIC_MONTHS, finishGloss, keepAnyCase, markEarlier, monthNamer, monthStems, ownWordsPage, script, type GlossRule, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Sakha (Yakut) draw news glossed into the English the reader knows, in the shape of `gloss-chechen.ts` (docs/parser.md "Chuvash
 * and Sakha"): thousands with a space ("4 000"), its months ("кулун тутар 2 күнүгэр" → March 2, "2026 сыл кулун тутар 3 күнэ" →
 * March 3, 2026, "ыам ыйын 2 күнэ", "атырдьах ыйын 27 күнүгэр", "от ыйыгар" → in July) and the Russian ones ("28 августа 2024"),
 * weekdays ("бэнидиэнньик" Monday …), "бүгүн" (today), "бэҕэһээ" (yesterday), "иллэрээ күн" (the day before yesterday), "бу
 * нэдиэлэҕэ" (this week); rounds ("312-с тиһэҕи" → round #312, "икки тиһэх" → two rounds, "тиһэх оҥордо" → held a round); counts
 * ("264 ыҥырыы" → 264 invitations, "500 ыҥырыыны ыытта" → issued 500 invitations, "Ыҥырыы: 3,300"); cut-offs ("алын CRS — 710",
 * "Алын баал: 510", "минимальнай баал 508" → minimum CRS score); "француз тылын" (French), "доруобуйа харыстабыла" (healthcare);
 * hedges ("курдук", "кэриҥэ" about, "тахса" more than, "диэри", "тиийэ" up to). What the glossary does not know is dropped; a
 * sentence of an earlier round ("ааспыт", previous; "санатыы", a reminder) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Letters Sakha never writes: Kazakh's, Tatar's, Bashkir's, Kyrgyz's "ң", Chuvash's, Tajik's, Ukrainian's, Serbian's, Chechen's palochka. */
const OTHERS_OWN = /[қғұәңіҗҡҙҫҷӣӯўҳїєґјљњћђџӑӗӳӀӏҚҒҰӘҢІҖҠҘҪҶӢӮЎҲЇЄҐЈЉЊЋЂЏӐӖӲ\u0103\u0115]/g;
/** Sakha's own words of a draw report (yesterday, round, invitation(s), minimum, score, held, sent, day, month, was, previous …), and any word with its "ҥ" or "ҕ". */
const SAKHA_WORD =
  /(?<![\u0400-\u04ff])(?:бүгүн|бэҕэһээ|иллэрээ|канадаҕа|сарсын|тиһэх\p{L}*|тиһэҕ\p{L}*|ыҥыр\p{L}*|алын|баал\p{L}*|ааспыт\p{L}*|күнэ|күнүгэр|ыйын|ыйыгар|сыл|сыллаахха|оҥордо|ыытта|этэ|этилэр|буолбута|буолбатах|курдук|кэриҥэ|тахса|диэри|тиийэ|нэдиэлэ\p{L}*|биһиги\p{L}*|уонна|кандидаттар\p{L}*|үлэһит\p{L}*|саха|санатыы|бастакы|холобур|\p{L}*[ҥҕ]\p{L}*)(?![\u0400-\u04ff])/giu;

/** A cheap first test: "ҥ" or "ҕ", which no English page writes and none of Russian, Kazakh, Kyrgyz, Mongolian, Tatar or Bashkir. */
export const SAKHA_HINT = /[ҥҕҤҔ]/;

/** A figure of a Sakha post: "500 ыҥырыы", "алын баал 392". */
const SAKHA_FIGURE = /\d\s?(?:ыҥырыы|ITA)|(?:алын|CRS)\s(?:CRS\s|баал\s)?[—:≥-]?\s?\d/i;

/** Four kinds of its words, about none of the others' own letters, and enough Cyrillic that it is the page's language. */
export function isSakha(text: string): boolean {
  const found = text.match(SAKHA_WORD) ?? [];
  if ((text.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  return ownWordsPage(text, found, CYRILLIC, SAKHA_FIGURE, (kinds) => kinds >= 2 && /\d\s?ыҥырыы/i.test(text) && (text.match(CYRILLIC) ?? []).length >= 8);
}

const { S, re, B, E, T } = scriptWords(C);
/** Sakha's months: "ыйа" (month) goes with five of them ("от ыйа" July), the Russian ones as the pages write them too. */
const NATIVE_MONTHS = [
  ['тохсунньу', 'January'],
  ['олунньу', 'February'],
  [`кулун${S}тутар`, 'March'],
  [`муус${S}устар`, 'April'],
  [`ыам${S}ый`, 'May'],
  [`бэс${S}ый`, 'June'],
  [`от${S}ый`, 'July'],
  ['атырдьах', 'August'],
  ['балаҕан', 'September'],
  ['алтынньы', 'October'],
  ['сэтинньи', 'November'],
  ['ахсынньы', 'December'],
] as const;
const NATIVE = `((?:${NATIVE_MONTHS.map(([m]) => m).join('|')})${T})(?:${S}ый${T})?`;
const nativeOf = monthNamer(NATIVE_MONTHS, 'iu');
const MONTH = `((?:${monthStems(CYRILLIC_MONTHS)})${T})`;
const monthOf = monthNamer(CYRILLIC_MONTHS, 'i');
const WEEKDAYS = [
  ['бэнидиэнньик', 'Monday'],
  ['оптуорунньук', 'Tuesday'],
  ['сэрэдэ', 'Wednesday'],
  ['чэппиэр', 'Thursday'],
  ['бээтинсэ', 'Friday'],
  ['субуота', 'Saturday'],
  ['баскыһыанньа', 'Sunday'],
] as const;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { икки: 'two', үс: 'three', түөрт: 'four', биэс: 'five', алта: 'six' };
const ROUND = `(?:тиһэх|тиһэҕ|түһүмэх|түһүмэҕ|раунд)${T}`;
const INVITATION = `ыҥырыы${T}`;
const DAY = String.raw`(\d{1,2})(?:-?с)?${S}күн(?:э|үгэр|үнэн|үнээҕи)?(?![\u0400-\u04ff])`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  [/(?<=[A-Za-z\d])-(?:[ёе]н|тан|тэн|ҕа|гэ|ка|кэ)(?![\p{L}])/gu, ''],
  // Places that hold their own draws, and pages that tell no news of a round.
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}онтарио${T}`), ' Ontario '],
  [re(`${B}саскачеван${T}`), ' Saskatchewan '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}манитоб${T}`), ' Manitoba '],
  [re(`${B}британск${T}${S}колумби${T}`), ' British Columbia '],
  [re(`${B}австрали${T}`), ' Australia '],
  [re(`${B}саҥа${S}зеланди${T}`), ' New Zealand '],
  [re(`${B}провинци${T}`), ' province '],
  [re(`${B}(?:бэйэтин|бэйэтэ)${S}${ROUND}`), ' its own draw '],
  [re(`${B}${NATIVE}${S}түмүг${T}`), (_, m = '') => ` Monthly recap: ${nativeOf(m)} `],
  [re(`${B}(?:түмүк${T}|түмүг${T}|итог${T})`), ' recap '],
  [re(`${B}хайдах${E}`), ' How to '],
  [re(`${B}аныгыскы${S}${ROUND}${S}хаһан${S}буолуо${T}`), ' When is the next round? '],
  [re(`${B}(?:санаабытыгар|буолуон${S}сөп)${E}`), ' we expect '],
  [re(`${B}тай-?брейк${T}(?:${S}(?:правил|быраабыл)${T})?`), ' Tie-breaking rule '],
  [re(`${B}холобур${T}`), ' For example, '],
  [re(`${B}бу${S}(?:IRCC${S}|Express${S}Entry${S}|федеральнай${S})?${ROUND}${S}буолбатах${E}`), ' This is not a federal round '],
  [re(`${B}(?:сабаҕалааһын${T}|прогноз${T}|күүтүллэр${T}|күүтэбит)`), ' we expect '],
  [re(`${B}(?:официальнай${S}сонуна${S})?буолбатах${E}`), ' This is not news '],
  // Hedges, no count to the reader: "3 000 курдук", "кэриҥэ" (about), "1 000-тан тахса" (more than), "3 000-ҕа диэри" (up to).
  [
    re(String.raw`${NUM}(?:-?(?:тан|тэн|ттан))?${S}(курдук|кэриҥэ|тахса|диэри|тиийэ)${E}`),
    (_, n = '', w = '') => (/тахса/i.test(w) ? ` more than ${n} ` : /диэри|тиийэ/i.test(w) ? ` up to ${n} ` : ` about ${n} `),
  ],
  [re(String.raw`${NUM}-?(?:ҕа|гэ|ка|кэ)${S}(?:диэри|тиийэ)${E}`), ' up to $1 '],
  [re(`${B}(?:курдук|кэриҥэ)${E}`), ' about '],
  [re(`${B}тахса${E}`), ' more than '],
  // Days: "2026 сыл кулун тутар 3 күнэ", "ыам ыйын 2 күнэ", "атырдьах ыйын 27 күнүгэр", "28 августа 2024", "от ыйыгар" (in July).
  [re(String.raw`(?<!\d)(\d{4})${S}сыл${T}${S}${NATIVE}${S}${DAY}`), (_, y = '', m = '', d = '') => ` ${nativeOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`${B}${NATIVE}${S}${DAY}`), (_, m = '', d = '') => ` ${nativeOf(m)} ${Number(d)} `],
  [re(String.raw`${B}${NATIVE}${S}(\d{1,2})(?![\d.,]\d|\d)`), (_, m = '', d = '') => ` ${nativeOf(m)} ${Number(d)} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}(?:,?${S}(\d{4})(?!\d))?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<!\d)(\d{4})${S}сыл(?:лаахха|га)?${E}`), ' in $1 '],
  [re(`${B}${NATIVE}`), (_, m = '') => ` in ${nativeOf(m)} `],
  [re(`${B}${MONTH}`), (_, m = '') => ` ${monthOf(m)} `],
  ...WEEKDAYS.map(([sa, en]): GlossRule => [re(`${B}${sa}${T}`), ` ${en} `]),
  [re(`${B}иллэрээ${S}күн${T}`), ' the day before yesterday '],
  [re(`${B}бүгүн${T}`), ' today '],
  [re(`${B}бэҕэһээ${T}`), ' yesterday '],
  [re(`${B}сарсын${T}`), ' tomorrow '],
  [re(`${B}бу${S}нэдиэлэ${T}`), ' this week '],
  [re(`${B}нэдиэлэ${T}`), ' week '],
  // Rounds: "312-с тиһэҕи" (the 312th round), "икки тиһэх" (two rounds), "тиһэх оҥордо" (held a round).
  [re(String.raw`(?<![\d,.])(\d{1,4})-?с${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`${ROUND}${S}№${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(String.raw`№${S}?(\d{1,4})(?!\d)`), ' #$1 '],
  [re(`${B}(икки|үс|түөрт|биэс|алта)${S}${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(String.raw`(?<![\d,.])(\d{1,3})${S}${ROUND}`), ' $1 rounds '],
  [re(`${B}${ROUND}${S}(?:буолбата${T}|оҥоһуллубата${T})`), ' round was not held '],
  [re(`${B}ааспыт${S}${ROUND}`), ' The previous round '],
  [re(`${B}бүтэһик${S}${ROUND}`), ' The last round '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}(?:оҥордо|ыытта|ыытыллыбыта)${E}`), ' held '],
  // Cut-offs: "алын CRS — 710", "Алын баал: 510", "минимальнай баал 508".
  [re(`${B}(?:алын|минимальнай|саамай${S}намыһах)${S}(?:CRS${S})?баал${T}`), ' minimum CRS score '],
  [re(`${B}(?:алын|минимальнай)${S}(?=CRS)`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}баал${T}`), ' $1 points '],
  [re(`${B}баал${T}`), ' score '],
  // Counts: "264 ыҥырыы", "500 ыҥырыыны ыытта" (sent 500 invitations), "6 000 киһи … ыҥырыллыбыта" (were invited).
  [re(String.raw`${NUM}${S}${INVITATION}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}(?:киһи${T}|кандидат${T})`), ' $1 candidates '],
  [re(`${B}${INVITATION}`), ' invitations '],
  [re(`${B}ыҥырыллыбыт${T}`), ' were invited '],
  // Programs: "француз тылын" (French), "доруобуйа харыстабыла" (healthcare), "транспорт" (transport).
  [re(`${B}француз${T}${S}тыл${T}`), ' French-language '],
  [re(`${B}французскай${E}`), ' French '],
  [re(`${B}доруобуйа${S}харыстабыл${T}`), ' healthcare '],
  [re(`${B}транспорт${E}`), ' transport '],
  [re(`${B}категория${T}`), ' category '],
  [re(`${B}канада${T}`), ' Canada '],
  [re(`${B}уонна${E}`), ' and '],
];

/** A sentence of an earlier round: "ааспыт" (previous), "урукку" (former), "санатыы" (a reminder), "иннинэ" (before). */
const EARLIER = new RegExp(String.raw`${B}(?:ааспыт${T}|урукку|санатыы|иннинэ|күнүнээҕи)${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** A Sakha page glossed into English. */
export function glossSakha(text: string): string {
  return finishGloss(markEarlier(text, EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
