import { CYRILLIC_MONTHS, finishGloss, keepAnyCase, markEarlier, monthNamer, monthStems, ownWordsPage, script, type GlossRule, scriptWords, GLOSS_NUM, RUSSIAN_WEEKDAYS } from './gloss-rules.ts';

/**
 * Ossetian (Iron) draw news glossed into the English the reader knows, in the shape of `gloss-chuvash.ts` (docs/parser.md
 * "Ossetian and Avar"): its "ӕ" however typed (the Latin "æ" the pages type beside a Cyrillic letter), thousands with a space
 * ("1 000"), days ("18 августы", "21 мартъийы", "1 март 2026", "2026 азы 17 августы" → August 17, 2026), weekdays ("дыццӕг"
 * Tuesday …), "абон" (today), "знон" (yesterday), "ӕндӕрӕбон" (the day before yesterday), "ацы къуыри" (this week); rounds
 * ("341-ӕм ӕрхонд" → round #341, "дыууӕ ӕрхонды" → two rounds, "сарӕзта" → held); counts ("1 000 хуынды" → 1,000 invitations,
 * "7500 адӕймаджы бахуыдта" → invited 7,500 candidates); cut-offs ("минимумон CRS балл" → minimum CRS score); "францаг ӕвзаг"
 * (French), "ӕнӕниздзинад" (healthcare); hedges ("ӕввахсӕй" about, "-ӕй фылдӕр" more than, "-мӕ онг" up to). What the glossary
 * does not know is dropped; a sentence of an earlier round ("раздӕры …", previous) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** A word of Cyrillic and the Latin "æ" ("Канадæйы") written in Cyrillic; a Latin word ("Æsir", "Cæsar") is left. */
const MIXED_WORD = /[\u0400-\u04ff\u00e6\u00c6]+/g;
const cyrillicLetters = (text: string): string => text.replace(MIXED_WORD, (w) => (/[\u0400-\u04ff]/.test(w) ? w.replace(/\u00e6/g, 'ӕ').replace(/\u00c6/g, 'Ӕ') : w));

/** Letters Ossetian never writes: Chechen's palochka, Kazakh's, Tatar's, Bashkir's, Chuvash's, Sakha's, Kyrgyz's, Tajik's, Ukrainian's, Serbian's. */
const OTHERS_OWN = /[қғұәңөүіҗһҡҙҫҷӣӯўҳїєґјљњћђџӑӗӳҥҕӀӏҚҒҰӘҢӨҮІҖҺҠҘҪҶӢӮЎҲЇЄҐЈЉЊЋЂЏӐӖӲҤҔ]|лъ/gi;
/** Ossetian's own words of a draw report (today, yesterday, invitation(s), round, held, invited, week, year, month, "-th" …), and any word with "ӕ". */
const OSSETIAN_WORD =
  /(?<![\u0400-\u04ff])(?:абон|знон|хуынд\p{L}*|бахуыд\p{L}*|къуыри\p{L}*|азы|аз|мӕй\p{L}*|уыд|уыдис|уый|ацы|фыццаг|дыккаг|минимумон|балл[иы]\p{L}*|адӕймаг\p{L}*|францаг\p{L}*|иумӕйаг|райстой|\p{L}*ӕ\p{L}*)(?![\u0400-\u04ff])/giu;

/**
 * A cheap first test: "ӕ", or the Latin "æ" the pages type for it (no English, Russian or Chechen page writes them), or a count of
 * "хуынд…" (invitations), which a short post typing no "ӕ" writes ("Абон CEC: 4 000 хуынды").
 */
export const OSSETIAN_HINT = /[\u04d4\u04d5\u00e6\u00c6]|\d\s?хуынд/i;

/** A figure of an Ossetian post: "500 хуынды", "минимумон балл 392". */
const OSSETIAN_FIGURE = /\d\s?хуынд|(?:минимумон|CRS)\s(?:CRS\s|балл\s)?[—:≥–-]?\s?\d/i;

/** Four kinds of its words, one with "ӕ", about none of the others' own letters, and enough Cyrillic that it is the page's language. */
export function isOssetian(text: string): boolean {
  const t = cyrillicLetters(text);
  if (!/[ӕ]|\d\s?хуынд/i.test(t)) return false;
  const found = t.match(OSSETIAN_WORD) ?? [];
  if ((t.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  // A short post of two kinds: "Абон CEC: 4 000 хуынды, CRS 516." (today, invitations), as Chuvash's and Sakha's.
  return ownWordsPage(t, found, CYRILLIC, OSSETIAN_FIGURE, (kinds) => kinds >= 2 && /\d\s?хуынд/i.test(t) && (t.match(CYRILLIC) ?? []).length >= 8);
}

const { S, re, B, E, T } = scriptWords(C);
/** The months as the pages write them ("августы", "мартъийы", "февралы"), on the Russian stems. */
const MONTH = `((?:${monthStems(CYRILLIC_MONTHS)})${T})`;
const monthOf = monthNamer(CYRILLIC_MONTHS, 'i');
const WEEKDAYS = [
  ['къуырисӕр', 'Monday'],
  ['дыццӕ(?:г|дж)', 'Tuesday'],
  ['ӕртыццӕ(?:г|дж)', 'Wednesday'],
  ['цыппӕрӕм', 'Thursday'],
  ['майрӕмбон', 'Friday'],
  ['сабат', 'Saturday'],
  ['хуыцаубон', 'Sunday'],
  ...RUSSIAN_WEEKDAYS,
] as const;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { дыууӕ: 'two', ӕртӕ: 'three', цыппар: 'four', фондз: 'five', ӕхсӕз: 'six' };
const ROUND = `ӕрхонд${T}`;
const INVITATION = `хуынд${T}`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Hedges, no count to the reader: "2 000-ӕй фылдӕр" (more than), "5 000-мӕ онг" (up to), "ӕввахсӕй 3 000" (about).
  [re(String.raw`${NUM}-?(?:ӕй|йӕ)${S}(?:фылдӕр|уӕлдай)${E}`), ' more than $1 '],
  [re(String.raw`${NUM}-?(?:ӕй|йӕ)${S}къаддӕр${E}`), ' fewer than $1 '],
  [re(String.raw`${NUM}-?(?:ӕй|йӕ)${S}${NUM}-?мӕ${E}`), ' from $1 to $2 '],
  [re(String.raw`${NUM}-?(?:йы|ы)?мӕ${S}(?:онг|йонг)${E}`), ' up to $1 '],
  [re(String.raw`${NUM}(?:-?(?:йы|ы))?${S}бӕрц${E}`), ' about $1 '],
  [re(`${B}(?:ӕввахсӕй|ӕппӕтӕй${S}ӕввахсдӕр)${E}`), ' about '],
  [re(String.raw`${B}кӕмӕн${S}уыд${S}(\d{3})${S}балл${T}${S}кӕнӕ${S}уымӕй${S}фылдӕр${E}`), ' minimum CRS score $1 '],
  [re(`${B}кӕнӕ${S}уымӕй${S}фылдӕр${E}`), ' or more '],
  [/(?<=[A-Za-z\d])-(?:йы|ы|ӕн|мӕ|ӕй|йӕн)(?![\p{L}])/gu, ''],
  // Places that hold their own draws, and pages that tell no news of a round.
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}онтари${T}`), ' Ontario '],
  [re(`${B}саскачеван${T}`), ' Saskatchewan '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}манитоб${T}`), ' Manitoba '],
  [re(`${B}британ${T}${S}колумби${T}`), ' British Columbia '],
  [re(`${B}австрали${T}`), ' Australia '],
  [re(`${B}ног${S}зеланди${T}`), ' New Zealand '],
  [re(`${B}провинци${T}`), ' province '],
  [re(`${B}(?:йӕхи|сӕхи)${S}${ROUND}`), ' held its own draw '],
  [re(`${B}(?:бӕрӕггӕнӕнтӕ|хатдзӕгт${T}|итог${T})`), ' recap '],
  [re(`${B}(?:прогноз${T}|ӕнхъӕлмӕ${S}кӕсӕм)`), ' we expect '],
  [re(`${B}(?:зӕгъӕм|цӕвиттонӕн)${E}`), ' For example, '],
  [re(`${B}тай-?брейк${T}`), ' Tie-breaking rule '],
  [re(`${B}ай${S}(?:IRCC${S}|Express${S}Entry${S}|федералон${S})?${ROUND}${S}нӕу${E}`), ' This is not a federal round '],
  // Days: "2026 азы 17 августы", "18 августы", "22 мартъийы 2025", "1 март 2026", "(9 мартъи)", "2024 азы" (in 2024).
  [re(String.raw`(?<!\d)(\d{4})${S}азы${S}(\d{1,2})${S}${MONTH}`), (_, y = '', d = '', m = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}(?:,?${S}(\d{4})(?!\d)(?:${S}аз${T})?)?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<!\d)(\d{4})${S}азы${E}`), ' in $1 '],
  [re(String.raw`(?<!\d)(\d{4})${S}аз${T}`), ' $1 '],
  ...WEEKDAYS.map(([os, en]): GlossRule => [re(`${B}${os}${T}(?:${S}бон${T})?`), ` on ${en} `]),
  [re(`${B}${MONTH}`), (_, m = '') => ` ${monthOf(m)} `],
  [re(`${B}ӕндӕрӕбон${E}`), ' the day before yesterday '],
  [re(`${B}абон${E}`), ' today '],
  [re(`${B}знон${E}`), ' yesterday '],
  [re(`${B}райсом${E}`), ' tomorrow '],
  [re(`${B}ацы${S}къуыри${T}`), ' this week '],
  [re(`${B}къуыри${T}`), ' week '],
  // Rounds: "341-ӕм ӕрхонд" (the 341st round), "дыууӕ ӕрхонды" (two rounds), "ӕрхонд нӕ уыд" (no round was held).
  [re(String.raw`(?<![\d,.])(\d{1,4})-?ӕм${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`${ROUND}${S}№${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(String.raw`№${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [/\bExpress Entry #(\d{1,4})(?!\d)/g, 'Express Entry round #$1'],
  [re(`${B}(дыууӕ|ӕртӕ|цыппар|фондз|ӕхсӕз)${S}${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}${ROUND}${S}нӕ${S}(?:уыд|уыдис|сарӕзтой|сарӕзта)${E}`), ' round was not held '],
  [re(`${B}фӕстаг${S}${ROUND}`), ' The last round '],
  [re(`${B}иумӕйаг${S}${ROUND}`), ' general round '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}(?:сарӕзта|саразтой|сарӕзтой|арӕзта)${E}`), ' held '],
  // Cut-offs: "минимумон CRS балл: 379", "CRS-ы минимумон балл – 523", "ӕппӕты къаддӕр балл".
  [re(`${B}(?:минимумон|минималон|минимальн${T}|ӕппӕты${S}къаддӕр)${S}(?:CRS${S})?балл${T}`), ' minimum CRS score '],
  [re(`${B}(?:минимумон|минималон|минимальн${T})${S}(?=CRS)`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}баллимӕ${E}`), ' with $1 points '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}балл${T}`), ' $1 points '],
  [re(`${B}балл${T}`), ' score '],
  // Counts: "1 000 хуынды", "Хуынды нымӕц: 7 500", "7500 адӕймаджы бахуыдта", "Хуынд райстой 1 014 адӕймаджы".
  [re(`${B}${INVITATION}${S}нымӕц${E}`), ' invitations '],
  [re(String.raw`${B}${INVITATION}${S}райстой${S}${NUM}${S}адӕйма(?:г|дж)${T}`), ' $1 candidates received invitations '],
  [re(String.raw`${NUM}${S}${INVITATION}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}(?:адӕйма(?:г|дж)${T}|кандидат${T})`), ' $1 candidates '],
  [re(`${B}${INVITATION}`), ' invitations '],
  [re(`${B}бахуыд${T}`), ' invited '],
  [re(`${B}радтой${E}`), ' were issued '],
  // Programs: "францаг ӕвзаг" (French), "францагау дзурджыты" (French-speaking), "ӕнӕниздзинад" (health), "куысты дӕсныйӕдты" (trades).
  [re(`${B}францаг${S}ӕвзаг${T}`), ' French-language '],
  [re(`${B}францагау${S}дзурдж${T}`), ' French-speaking '],
  [re(`${B}францаг${T}`), ' French '],
  [re(`${B}ӕнӕниздзинад${T}`), ' healthcare '],
  [re(`${B}куысты${S}дӕсныйӕдт${T}`), ' trades '],
  [re(`${B}ӕппӕт${S}программӕтӕн${E}`), ' all programs '],
  [re(`${B}категори${T}`), ' category '],
  [re(`${B}программ${T}`), ' program '],
  [re(`${B}канадӕ${T}`), ' Canada '],
  [re(`${B}ӕмӕ${E}`), ' and '],
];

/** A sentence of an earlier round: "раздӕры ӕрхонд" (the previous round), "раздӕр" (before). */
const EARLIER = new RegExp(String.raw`${B}раздӕр${T}${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** An Ossetian page glossed into English. */
export function glossOssetian(text: string): string {
  return finishGloss(markEarlier(cyrillicLetters(text), EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
