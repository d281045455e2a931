import { CYRILLIC_MONTHS, finishGloss, keepAnyCase, markEarlier, monthNamer, monthStems, ownWordsPage, script, type GlossRule, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Kalmyk draw news glossed into the English the reader knows, in the shape of `gloss-sakha.ts` (docs/parser.md "Buryat and
 * Kalmyk"): thousands with a space ("5 000"), days ("2024 җилин февралин 15" → February 15, 2024, "декабрин 16-д" → December 16,
 * "июнин 23-н шат" → the round of June 23), weekdays ("Пүрвә" Thursday …), "өнөдр" (today), "өцклдүр" (yesterday), "урҗудур" (the
 * day before yesterday); rounds ("284-гч шат" → round #284, "№388", "хойр шат" → two rounds, "кеһв" → held); counts ("5 000 урилг" →
 * 5,000 invitations, "6 000 күн урилг авв" → 6,000 candidates received invitations); cut-offs ("хамгин бага CRS", "хамгин бага
 * оноһ" → minimum CRS score); "франц келнә" (French-language), "эмнлһнә" (healthcare), "транспортын" (transport); hedges ("шаху"
 * about, "гаран" more than, "күртл" up to). What the glossary does not know is dropped; a sentence of an earlier round ("билә", had
 * been; "өмнк", previous) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Letters Kalmyk never writes: Kazakh's, Bashkir's, Sakha's, Chuvash's, Tajik's, Uzbek's, Ukrainian's, Serbian's, Chechen's palochka. */
const OTHERS_OWN = /[қғұіҡҙҫҥҕӑӗӳҷӣӯўҳїєґјљњћђџӀӏҚҒҰІҠҘҪҤҔӐӖӲҶӢӮЎҲЇЄҐЈЉЊЋЂЏ]/g;
/** Kalmyk's own words of a draw report (today, yesterday, round, invitation, lowest, points, year, held, sent, was …), "җилин", "бәәнә", "билә". */
const KALMYK_WORD =
  /(?<![\u0400-\u04ff])(?:өнөдр|өцклдүр|урҗудур|маңһдур|шат|шатд|шатин|урилг|хамгин|оноһ\p{L}*|кеһв|йовул\p{L}*|авв|күн|болн|уга|эн|дарук|өмнк|\d{1,4}-гч|җил\p{L}*|бәә\p{L}*|дәкәд|келнә|медән|мергҗл\p{L}*|жишәнь|кемҗән|билә|эврә)(?![\u0400-\u04ff])/giu;

/** A cheap first test: "ә", "җ", "һ", "ө" or "ү", which no English or Russian page writes. */
export const KALMYK_HINT = /[әҗһөүӘҖҺӨҮ]/;

/** A figure of a Kalmyk post: "500 урилг", "хамгин бага CRS 392". */
const KALMYK_FIGURE = /\d\s?(?:урилг|ITA)(?![\u0400-\u04ff])|(?:бага|CRS)\s(?:CRS\s|оноһ\s)?[—:≥-]?\s?\d/i;

/** Four kinds of its words, about none of the others' own letters, and enough Cyrillic that it is the page's language. */
export function isKalmyk(text: string): boolean {
  const found = text.match(KALMYK_WORD) ?? [];
  if ((text.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  return ownWordsPage(text, found, CYRILLIC, KALMYK_FIGURE, (kinds) => kinds >= 3 && KALMYK_FIGURE.test(text) && fewLettersOfItsOwn(text));
}

/** Ten Cyrillic letters or more, and at least half as many as the Latin ones ("🇨🇦 Өнөдр 433-гч шат! French 5 000 ITA, CRS 391."). */
function fewLettersOfItsOwn(text: string): boolean {
  const n = (text.match(CYRILLIC) ?? []).length;
  return n >= 10 && n * 2 >= (text.match(/[A-Za-z]/g) ?? []).length;
}

const { S, re, B, E, T } = scriptWords(C);
const MONTH = `((?:${monthStems(CYRILLIC_MONTHS)})${T})`;
const monthOf = monthNamer(CYRILLIC_MONTHS, 'i');
const WEEKDAYS = [
  ['сарң', 'Monday'],
  ['мигмр', 'Tuesday'],
  ['үлмҗ', 'Wednesday'],
  ['пүрвә', 'Thursday'],
  ['басң', 'Friday'],
  ['бембә', 'Saturday'],
  ['нарн', 'Sunday'],
] as const;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { хойр: 'two', һурвн: 'three', дөрвн: 'four', тавн: 'five', зурһан: 'six' };
const ROUND = `шат${T}`;
const DAY = String.raw`(\d{1,2})(?:-[\u0400-\u04ff]{1,3})?(?![\d\u0400-\u04ff])`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Hedges, no count to the reader: "3 000 шаху" (about), "250 000 гаран" (more than), "3 000 күртл" (up to).
  [
    re(String.raw`${NUM}(?:-?(?:әс|ас|эс|ос))?${S}(шаху|орчм|гаран|гаруй|күртл|күртә)${E}`),
    (_, n = '', w = '') => (/гар/i.test(w) ? ` more than ${n} ` : /күрт/i.test(w) ? ` up to ${n} ` : ` about ${n} `),
  ],
  [re(`${B}(?:шаху|орчм)${E}`), ' about '],
  [re(`${B}(?:гаран|гаруй)${E}`), ' more than '],
  [/(?<=[A-Za-z)])-(?:н|ин|д|ид|т|ас|әс)(?![\p{L}])/gu, ''],
  // Places that hold their own draws, and pages that tell no news of a round.
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}онтарио${T}`), ' Ontario '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}манитоб${T}`), ' Manitoba '],
  [re(`${B}британск${T}${S}колумби${T}`), ' British Columbia '],
  [re(`${B}австрали${T}`), ' Australia '],
  [re(`${B}шин${S}зеланди${T}`), ' New Zealand '],
  [re(`${B}провинци${T}`), ' province '],
  [re(`${B}(?:эврәннь|эврә)${S}${ROUND}`), ' its own draw '],
  [re(String.raw`${B}(?:энд${S})?ямр${S}чигн${S}шин${S}${ROUND}${S}уга${E}`), ' This is not news '],
  [re(String.raw`${B}шин${S}${ROUND}${S}уга${E}`), ' This is not news '],
  [re(`${B}эн${S}(?:Express${S}Entry${S}|канадын${S})?(?:${ROUND}|медән|мэдән)${S}биш${E}`), ' This is not a federal round '],
  [re(`${B}(?:тоолвр|дүң)${E}`), ' recap '],
  [re(`${B}юн${S}болхв${E}`), ' we expect '],
  [re(`${B}яһҗ${E}`), ' How to '],
  [re(`${B}жишәнь${E}`), ' For example, '],
  [re(`${B}(?:прогноз${T}|бәәхмн|болхмн)${E}`), ' we expect '],
  [re(`${B}(?:кемҗән|тай-?брейк${T})${E}:?`), ' Tie-breaking rule: '],
  [re(`${B}дарук${S}${ROUND}`), ' The next round '],
  [re(`${B}(?:өмнк|урдк)${S}${ROUND}`), ' The previous round '],
  // Days: "2024 җилин февралин 15", "декабрин 16-д", "Майн 18-н өдрт"; "июнин 23-н шат" (the round of June 23).
  [re(String.raw`(?<!\d)(\d{4})${S}җилин${S}${MONTH}${S}${DAY}`), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`${B}${MONTH}${S}${DAY}(?:${S}өдрт)?`), (_, m = '', d = '') => ` ${monthOf(m)} ${Number(d)} `],
  [re(String.raw`(?<!\d)(\d{4})${S}җил${T}`), ' in $1 '],
  [re(`${B}${MONTH}`), (_, m = '') => ` in ${monthOf(m)} `],
  ...WEEKDAYS.map(([xal, en]): GlossRule => [re(`${B}${xal}${E}`), ` ${en} `]),
  [re(`${B}урҗудур${E}`), ' the day before yesterday '],
  [re(`${B}өнөдр${T}`), ' today '],
  [re(`${B}өцклдүр${E}`), ' yesterday '],
  [re(`${B}маңһдур${E}`), ' tomorrow '],
  [re(`${B}эн${S}долан${S}хонгт${E}`), ' this week '],
  // Rounds: "284-гч шат" (the 284th round), "(№388)", "хойр шат" (two rounds), "кеһв" (held).
  [re(String.raw`(?<![\d,.])(\d{1,4})-гч${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`${ROUND}${S}\(?№${S}?(\d{1,4})\)?(?!\d)`), ' round #$1 '],
  [re(String.raw`№${S}?(\d{1,4})(?!\d)`), ' #$1 '],
  [re(`${B}(хойр|һурвн|дөрвн|тавн|зурһан)${S}(?:Express${S}Entry${T}${S})?${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}(?:кеһв|болв)${E}`), ' held '],
  // Cut-offs: "хамгин бага CRS", "хамгин бага оноһ — 399".
  [re(`${B}хамгин${S}бага${S}(?:CRS${S})?оноһ${T}`), ' minimum CRS score '],
  [re(`${B}хамгин${S}бага${S}(?=CRS)`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}оноһ${T}`), ' $1 points '],
  [re(`${B}оноһ${T}`), ' score '],
  // Counts: "5 000 урилг" (invitations), "6 000 күн урилг авв" (received invitations), "йовулв" (sent).
  [re(String.raw`${NUM}${S}урилг${T}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}(?:күн${E}|кандидат${T})`), ' $1 candidates '],
  [re(`${B}урилг${T}${S}авв${E}`), ' received invitations '],
  [re(`${B}урилг${T}`), ' invitations '],
  [re(`${B}(?:йовулв|йовулгдв)${E}`), ' issued '],
  // Programs: "франц келнә" (French-language), "франц келтнрт" (French speakers), "эмнлһнә" (healthcare), "транспортын".
  [re(`${B}франц${S}келтн${T}`), ' French-speaking '],
  [re(`${B}франц${S}кел${T}`), ' French-language '],
  [re(`${B}эмнлһнә${E}`), ' healthcare '],
  [re(`${B}социальн${E}`), ' social services '],
  [re(`${B}транспорт${T}`), ' transport '],
  [re(`${B}категори${T}`), ' category '],
  [re(`${B}канад${T}`), ' Canada '],
  [re(`${B}болн${E}`), ' and '],
];

/** A sentence of an earlier round: "билә" (had been), "өмнк", "урдк" (previous). */
const EARLIER = new RegExp(String.raw`${B}(?:билә|өмнк${T}|урдк${T})${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** A Kalmyk page glossed into English. */
export function glossKalmyk(text: string): string {
  return finishGloss(markEarlier(text, EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
