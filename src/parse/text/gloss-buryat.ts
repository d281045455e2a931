import { CYRILLIC_MONTHS, dayOrAsWritten, finishGloss, keepAnyCase, markEarlier, monthNamer, monthStems, ownWordsPage, script, type GlossRule, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Buryat draw news glossed into the English the reader knows, in the shape of `gloss-sakha.ts` (docs/parser.md "Buryat and
 * Kalmyk"): thousands with a space ("3 300"), days ("2024 оной августын 28" → August 28, 2024, "октябриин 14-дэ" → October 14),
 * weekdays ("пүрэгтэ" Thursday …), "мүнөөдэр" (today), "үсэгэлдэр" (yesterday), "уржардаа" (the day before yesterday), "энэ долоо
 * хоногто" (this week); rounds ("312-дохи урилгын шата" → round #312, "гурбан шата" → three rounds, "үнгэргэбэ" → held); counts
 * ("3 300 урилга" → 3,300 invitations, "2 095 хүн … урилга абаа" → 2,095 candidates received invitations); cut-offs ("доодо оноо",
 * "эгээл бага CRS оноо" → minimum CRS score); "франц хэлэнэй" (French-language), "Можын номинациин программа" (Provincial Nominee
 * Program), "ерээнхы" (general); the tie-break ("Тэнсүү оноотой хүнүүдэй хоорондо …"); hedges ("шахуу" about, "гаран" more than,
 * "хүрэтэр" up to). What the glossary does not know is dropped; a sentence of an earlier round ("урда", previous; "байһан", was) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Letters Buryat never writes: Kalmyk's and Tatar's "ә", "җ", "ң", Kazakh's, Bashkir's, Sakha's, Chuvash's, Tajik's, Ukrainian's, Serbian's. */
const OTHERS_OWN = /[әҗңқғұіҡҙҫҥҕӑӗӳҷӣӯўҳїєґјљњћђџӀӏӘҖҢҚҒҰІҠҘҪҤҔӐӖӲҶӢӮЎҲЇЄҐЈЉЊЋЂЏ]/g;
/** Buryat's own words of a draw report (today, yesterday, round, year's, lowest, sent, held, people, previous …), none of Mongolian's spellings but "урилга" (invitation), which a Mongolian page alone never brings to three kinds. */
const BURYAT_WORD =
  /(?<![\u0400-\u04ff])(?:мүнөөдэр|үсэгэлдэр|уржардаа|үглөөдэр|шата\p{L}*|оной|ондо|доодо|эгээл|тэнсүү|эльгээ\p{L}*|үнгэргэ\p{L}*|үнгэрөө|үнгэргөө|хүнүүд\p{L}*|ерээнхы|бүхы|урда|урдахи|абаа|шэнэ|мүнөө|урилга\p{L}*|\d{1,4}-д[аоэ]хи|\p{L}*һ\p{L}*)(?![\u0400-\u04ff])/giu;

/** A cheap first test: "ү", "ө" or "һ", which no English or Russian page writes. */
export const BURYAT_HINT = /[үөһҮӨҺ]/;

/** A figure of a Buryat post: "500 урилга", "доодо оноо 392". */
const BURYAT_FIGURE = /\d\s?(?:урилга|ITA)|(?:доодо|CRS)\s(?:CRS\s|оноо\s)?[—:≥-]?\s?\d/i;

/** Four kinds of its words, about none of the others' own letters, and enough Cyrillic that it is the page's language. */
export function isBuryat(text: string): boolean {
  const found = text.match(BURYAT_WORD) ?? [];
  if ((text.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  return ownWordsPage(text, found, CYRILLIC, BURYAT_FIGURE);
}

const { S, re, B, E, T } = scriptWords(C);
const MONTH = `((?:${monthStems(CYRILLIC_MONTHS)})${T})`;
const monthOf = monthNamer(CYRILLIC_MONTHS, 'i');
const WEEKDAYS = [
  ['даваа', 'Monday'],
  ['мягмар', 'Tuesday'],
  ['һагба', 'Wednesday'],
  ['(?:пүрбэ|пүрэв|пүрэг)', 'Thursday'],
  ['баасан', 'Friday'],
  ['бямба', 'Saturday'],
  ['ниндаа', 'Sunday'],
] as const;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { хоёр: 'two', гурбан: 'three', дүрбэн: 'four', табан: 'five', зургаан: 'six' };
const ROUND = `шата${T}`;
const DAY = String.raw`(\d{1,2})(?:-[\u0400-\u04ff]{1,3})?(?![\d\u0400-\u04ff])`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Hedges, no count to the reader: "3 000 шахуу" (about), "1 000 гаран", "507-һоо дээшэ" (more than), "3 000 хүрэтэр" (up to).
  [re(String.raw`${NUM}(?:-?һ[оа]{2})?${S}дээшэ${E}`), ' more than $1 '],
  [
    re(String.raw`${NUM}${S}(шахуу|оршом|гаран|гаруй|хүрэтэр|болотор)${E}`),
    (_, n = '', w = '') => (/гар/i.test(w) ? ` more than ${n} ` : /хүрэтэр|болотор/i.test(w) ? ` up to ${n} ` : ` about ${n} `),
  ],
  [re(`${B}(?:шахуу|оршом)${E}`), ' about '],
  [re(`${B}(?:гаран|гаруй)${E}`), ' more than '],
  [/(?<=[A-Za-z)])-(?:гэй|гай|ай|эй|ой|ын|ин|тэ|та|да|дэ|до|то)(?![\p{L}])/gu, ''],
  // Places that hold their own draws, and pages that tell no news of a round.
  // "2025.05.11" (year first, as a tie-break line writes it) → May 11, 2025.
  [/(?<![\d.])(\d{4})\.(\d{2})\.(\d{2})(?![\d.]\d|\d)/g, (_, y = '', m = '', d = '') => ` ${dayOrAsWritten(y, m, d)} `],
  [re(`${B}улаан-үдэ${E}`), ' Ulan-Ude '],
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}онтарио${T}`), ' Ontario '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}манитоб${T}`), ' Manitoba '],
  [re(`${B}британи${T}${S}колумби${T}`), ' British Columbia '],
  [re(`${B}австрали${T}`), ' Australia '],
  [re(`${B}шэнэ${S}зеланди${T}`), ' New Zealand '],
  [re(`${B}можын${S}номинаци${T}${S}программ${T}`), ' Provincial Nominee Program '],
  [re(`${B}(?:провинци${T}|можо${T})`), ' province '],
  [re(`${B}(?:өөрынгөө|өөрын)${S}${ROUND}`), ' its own draw '],
  [re(`${B}энэ${S}(?:Express${S}Entry${T}${S}|канадын${S})?(?:${ROUND}|мэдээ${T})${S}бэшэ${E}`), ' This is not a federal round '],
  [re(String.raw`(?<!\d)(\d{4})${S}оной${S}дүн${T}`), ' $1 recap '],
  [re(`${B}(?:һарын${S})?дүн${E}`), ' recap '],
  [re(`${B}яажа${E}`), ' How to '],
  [re(`${B}жэшээнь${E}`), ' For example, '],
  [re(`${B}(?:таамаг${T}|прогноз${T}|хүлеэгдэнэ|хүлеэнэбди)`), ' we expect '],
  [re(`${B}тэнсүү${S}оноотой${S}хүнүүдэй${S}(?:хоорондо|хэмжүүр)${E}:?`), ' Tie-breaking rule: '],
  [re(`${B}тай-?брейк${T}`), ' Tie-breaking rule '],
  [re(`${B}(?:сагые${S})?харгалза${T}`), ' '],
  // Days: "2024 оной августын 28", "октябриин 14-дэ", "2022 оной мартын 29".
  [re(String.raw`(?<!\d)(\d{4})${S}оной${S}${MONTH}${S}${DAY}`), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`${B}${MONTH}${S}${DAY}`), (_, m = '', d = '') => ` ${monthOf(m)} ${Number(d)} `],
  [re(String.raw`(?<!\d)(\d{4})${S}(?:оной|ондо|он)${E}`), ' in $1 '],
  [re(`${B}${MONTH}`), (_, m = '') => ` in ${monthOf(m)} `],
  ...WEEKDAYS.map(([bxr, en]): GlossRule => [re(`${B}${bxr}${T}(?:${S}гараг${T})?`), ` ${en} `]),
  [re(`${B}уржардаа${E}`), ' the day before yesterday '],
  [re(`${B}мүнөөдэр${T}`), ' today '],
  [re(`${B}үсэгэлдэр${T}`), ' yesterday '],
  [re(`${B}үглөөдэр${T}`), ' tomorrow '],
  [re(`${B}энэ${S}долоо${S}хоног${T}`), ' this week '],
  // Rounds: "312-дохи урилгын шата" (the 312th round), "Энэ шата — 240-дэхи", "гурбан шата" (three rounds), "үнгэргэбэ" (held).
  [re(String.raw`(?<![\d,.])(\d{1,4})-д[аоэ]хи${S}(?:урилгын${S})?(?:ээлжээтэ${S})?${ROUND}`), ' round #$1 '],
  [re(String.raw`${B}энэ${S}${ROUND}${S}[—–-]${S}(\d{1,4})-д[аоэ]хи${E}`), ' This is round #$1 '],
  [re(String.raw`${ROUND}${S}\(?№${S}?(\d{1,4})\)?(?!\d)`), ' round #$1 '],
  [re(String.raw`№${S}?(\d{1,4})(?!\d)`), ' #$1 '],
  [re(`${B}(хоёр|гурбан|дүрбэн|табан|зургаан)${S}(?:Express${S}Entry${T}${S})?(?:${ROUND}|урилга${E})`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}урда${T}${S}${ROUND}`), ' The previous round '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}(?:үнгэргэбэ|үнгэргөө|үнгэрөө|үнгэрбэ)${E}`), ' held '],
  // Cut-offs: "доодо оноо", "Эгээл бага CRS оноо — 507", "доодо CRS 507".
  [re(`${B}(?:доодо|эгээл${S}бага|хамгийн${S}бага)${S}(?:CRS${S})?оноо${T}`), ' minimum CRS score '],
  [re(`${B}(?:доодо|эгээл${S}бага|хамгийн${S}бага)${S}(?=CRS)`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}оноо${T}`), ' $1 points '],
  [re(`${B}оноо${T}`), ' score '],
  // Counts: "3 300 урилга" (invitations), "Урилгын тоо: 3 300", "2 095 хүн … урилга абаа" (received invitations).
  [re(`${B}урилгын${S}тоо${E}`), ' Invitations '],
  [re(String.raw`${NUM}${S}урилга${T}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}(?:хүн${T}|кандидат${T})`), ' $1 candidates '],
  [re(`${B}урилга${T}${S}абаа${E}`), ' received invitations '],
  [re(`${B}урилга${T}`), ' invitations '],
  [re(`${B}эльгээгдээ${E}`), ' were issued '],
  [re(`${B}эльгээгээ${E}`), ' issued '],
  // Programs: "франц хэлэнэй" (French-language), "франц хэлэ мэдэдэг" (French-speaking), "ерээнхы", "бүхы программануудта" (all programs).
  [re(`${B}франц${S}хэлэ${S}мэдэдэг${E}`), ' French-speaking '],
  [re(`${B}франц${S}хэлэ${T}`), ' French-language '],
  [re(`${B}ерээнхы${E}`), ' general '],
  [re(`${B}бүхы${S}программ${T}`), ' all programs '],
  [re(`${B}(?:элүүр${S}мэндын|эмнэлгын)${E}`), ' healthcare '],
  [re(`${B}транспорт${T}`), ' transport '],
  [re(`${B}категори${T}`), ' category '],
  [re(`${B}канада${T}`), ' Canada '],
  [re(`${B}(?:ба|болон)${E}`), ' and '],
];

/** A sentence of an earlier round: "урда" (previous), "байһан" (was), "үнгэрһэн" (past). */
const EARLIER = new RegExp(String.raw`${B}(?:урда${T}|байһан|үнгэрһэн)${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** A Buryat page glossed into English. */
export function glossBuryat(text: string): string {
  return finishGloss(markEarlier(text, EARLIER, /([.\n])/u), CASED_RULES, SCRIPT)
    .replace(/^[^\p{L}\d\n]+$/gmu, '')
    .replace(/^[ \t]*[-–],[ \t]*/gm, '');
}
