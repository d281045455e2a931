import { finishGloss, keepAnyCase, markEarlier, ownWordsPage, script, type GlossRule, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Kabardian draw news glossed into the English the reader knows, in the shape of `gloss-avar.ts` (docs/parser.md "Judeo-Spanish and
 * Kabardian"): the palochka however it is typed ("Ӏ", or "I", "І" beside a Cyrillic letter: "щIыху", "шыщхьэIу"), thousands with a
 * space ("4 000"); days with its own months ("шыщхьэIум и 19" → August 19, "14 мэлыжьыхь 2022", "2022 гъэ, мэлыжьыхьым и 7"),
 * weekdays ("Бэрэжьей" Wednesday, "Махуэку" Thursday …), "нобэ" (today), "дыгъуасэ" (yesterday), "мы тхьэмахуэм" (this week); rounds
 * ("хэхыныгъэ №220" → round #220); counts ("4,000 ирагъэхьащ", "787 къреджэ", "5,000 къраджащ" → invitations, "цIыху" people);
 * cut-offs ("CRS нэхъ мащIэ дыдэр" → minimum CRS score); "французыбзэ" (French), "узыншагъэ" (healthcare), "дзэ лэжьакIуэхэр"
 * (military); hedges ("хуэдэ" about, "нэхърэ нэхъыбэ" more than, "нэс" up to). What the glossary does not know is dropped; a sentence
 * of an earlier round ("блэкIа", previous) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** The palochka as the pages type it: "Ӏ", "ӏ", or "I", "І", "і" beside a Cyrillic letter. */
const PALOCHKA = /\u04cf|(?<=[\u0410-\u044f\u0401\u0451])[\u0406\u0456I1l]|[\u0406\u0456I](?=[\u0410-\u044f\u0401\u0451])/g;
const withPalochka = (text: string): string => text.replace(PALOCHKA, 'Ӏ');

/** Letters Kabardian never writes: Ossetian's "ӕ", Chechen's "кх", Kazakh's, Tatar's, Bashkir's, Chuvash's, Tajik's, Ukrainian's, Lezgian's "уь". */
const OTHERS_OWN = /[ӕӔæÆқғұәңөүҗһҡҙҫҷӣӯўҳїєґјљњћђџӑӗӳҥҕҚҒҰӘҢӨҮҖҺҠҘҪҶӢӮЎҲЇЄҐЈЉЊЋЂЏӐӖӲҤҔ]|кх|уь/gi;
/** Kabardian's own words of a draw report (today, yesterday, round, invited, people, least, tie, week, year, its months and weekdays). */
const KABARDIAN_WORD =
  /(?<![\u0400-\u04ff])(?:нобэ|дыгъуасэ|дыгъуасэнэхъапэ|пщэдей|хэхыныгъ\p{L}*|къреджэ\p{L}*|къраджа\p{L}*|къыхуагъэхьа|ирагъэхьащ|цӀыху\p{L}*|нэхъ|мащӀэ\p{L}*|зэхуэдэ|щыхъум|тхьэмахуэ\p{L}*|канадэ\p{L}*|илъэс\p{L}*|гъэм?|иригъэкӀуэкӀащ|ирегъэкӀуэкӀ|екӀуэкӀащ|французыбзэ\p{L}*|лэжьакӀуэ\p{L}*|хъыбар\p{L}*|адыгэ\p{L}*|щӀышылэ\p{L}*|мазае\p{L}*|гъатхэпэ\p{L}*|мэлыжьыхь\p{L}*|накъыгъэ\p{L}*|мэкъуауэгъуэ\p{L}*|бадзэуэгъуэ\p{L}*|шыщхьэӀу\p{L}*|фокӀадэ\p{L}*|жэпуэгъуэ\p{L}*|щэкӀуэгъуэ\p{L}*|дыгъэгъазэ\p{L}*|блыщхьэ|гъубж|бэрэжьей|махуэку|мэрем|щэбэт|программэ\p{L}*|провинцэ\p{L}*)(?![\u0400-\u04ff])/giu;

/** A cheap first test: "щӀ" with its palochka (typed "щI" too), a word ending in "-эм" ("Канадэм"), or a short post's "хэхыныгъэ", "къраджащ", "дыгъуасэ", "нобэ". */
export const KABARDIAN_HINT = /[щЩ][ӀӏIІ]|[\u0430-\u044f]эм(?![\u0400-\u04ff])|[Хх]эхыныгъ|[Кк]ъраджа|[Кк]ъреджэ|[Дд]ыгъуасэ|[Нн]обэ/;

/** A figure of a Kabardian post: "5,000 къраджащ", "CRS нэхъ мащӀэр 284". */
const KABARDIAN_FIGURE = /\d\s?(?:къреджэ|къраджа|ирагъэхьащ|цӀыху)|(?:мащӀэ\p{L}*|CRS)\s?[—:–-]?\s?\d/iu;

/** Four kinds of its words, about none of the others' own letters, and enough Cyrillic that it is the page's language. */
export function isKabardian(text: string): boolean {
  const t = withPalochka(text);
  const found = t.match(KABARDIAN_WORD) ?? [];
  if (found.length === 0 || (t.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  return ownWordsPage(t, found, CYRILLIC, KABARDIAN_FIGURE, (kinds) => kinds >= 2 && KABARDIAN_FIGURE.test(t));
}

const { S, re, B, E, T } = scriptWords(C);
const MONTHS = [
  ['щӀышылэ', 'January'],
  ['мазае', 'February'],
  ['гъатхэпэ', 'March'],
  ['мэлыжьыхь', 'April'],
  ['накъыгъэ', 'May'],
  ['мэкъуауэгъуэ', 'June'],
  ['бадзэуэгъуэ', 'July'],
  ['шыщхьэӀу', 'August'],
  ['фокӀадэ', 'September'],
  ['жэпуэгъуэ', 'October'],
  ['щэкӀуэгъуэ', 'November'],
  ['дыгъэгъазэ', 'December'],
] as const;
const MONTH = `(${MONTHS.map(([m]) => m).join('|')})${T}`;
const monthOf = (word: string): string => MONTHS.find(([m]) => word.toLowerCase().startsWith(m.toLowerCase()))?.[1] ?? '';
const WEEKDAYS = [
  ['блыщхьэ', 'Monday'],
  ['гъубж', 'Tuesday'],
  ['бэрэжьей', 'Wednesday'],
  ['махуэку', 'Thursday'],
  ['мэрем', 'Friday'],
  ['щэбэт', 'Saturday'],
] as const;
const NUM = GLOSS_NUM;
const ROUND = `хэхыныгъэ${T}`;
const INVITED = `(?:къреджэ${T}|къраджа${T}|къыхуагъэхьа${T}|ирагъэхьащ|ирагъэхьа${T})`;
const YEAR = String.raw`(\d{4})${S}гъэ(?:м)?,?`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Hedges, no count to the reader: "5,000 хуэдэ" (about), "2,000 нэхърэ нэхъыбэ" (more than), "5,000 нэс" (up to).
  [re(String.raw`${NUM}${S}(?:хуэдиз|хуэдэ)${E}`), ' about $1 '],
  [re(String.raw`${NUM}${S}нэхърэ${S}нэхъыбэ${E}`), ' more than $1 '],
  [re(String.raw`${NUM}${S}(?:нэс|нэсыху)${E}`), ' up to $1 '],
  [/(?<=[A-Za-z\d])-(?:мкӀэ|м|р|хэм|хэр)(?![\p{L}])/gu, ''],
  // Pages that tell no news of a round: a forecast, a history, a province's.
  [re(`${B}(?:прогноз${T}|къэгъэлъэгъуэныгъэ${T})`), ' we expect '],
  [re(`${B}тхыдэ${E}`), ' history '],
  [re(`${B}щапхъэ${T}:?`), ' For example, '],
  [re(`${B}илъэсым${S}и${S}(?:хъыбархэр|зэфӀэкӀхэр|кӀэщӀу)${E}`), ' Year in review '],
  [re(`${B}мазэм${S}и${S}(?:хъыбархэр|зэфӀэкӀхэр|кӀэщӀу)${E}`), ' Monthly recap '],
  [re(String.raw`(?<!\d)(\d{4})${S}гъэм${S}и${S}(?:хъыбархэр|зэфӀэкӀхэр|кӀэщӀу)${E}`), ' Year in review $1 '],
  [re(`${B}${MONTH}${S}и${S}(?:хъыбархэр|зэфӀэкӀхэр|кӀэщӀу)${E}`), (_, m = '') => ` Monthly recap: ${monthOf(m)} `],
  [re(`${B}(?:чэнджэщ${T}|гид)${E}`), ' Guide '],
  [re(`${B}(?:британскэ|британие)${S}колумбие${T}(?:${S}провинцэ${T})?`), ' British Columbia '],
  [re(`${B}(?:зеландие${S}щӀэ${T}|новэ${S}зеландие${T}|зеландие${T})`), ' New Zealand '],
  [re(`${B}онтарио${T}`), ' Ontario '],
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}австралие?${T}`), ' Australia '],
  [re(`${B}хэхыныгъэкъым${E}`), ' is not a round '],
  [re(`${B}провинцэ${T}${S}программэ${T}`), ' Provincial Nominee Program '],
  [re(`${B}провинцэ${T}`), ' province '],
  [re(`${B}тай-?брейк${E}:?`), ' Tie-breaking rule: '],
  [re(`${B}зэхуэдэ${S}щыхъум(?:${S}и${S}хабзэр)?:?`), ' Tie-breaking rule: '],
  // Days: "2022 гъэ, мэлыжьыхьым и 7", "шыщхьэӀум и 19", "Мэлыжьыхьым и 13-м", "14 мэлыжьыхь 2022", "2015 гъэм щӀышылэм и 31-м".
  [re(String.raw`(?<!\d)${YEAR}${S}${MONTH}${S}и${S}(\d{1,2})(?:-м)?(?!\d)`), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`${B}${MONTH}${S}и${S}(\d{1,2})(?:-м)?(?!\d)`), (_, m = '', d = '') => ` ${monthOf(m)} ${Number(d)} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}(?:,?${S}(\d{4})(?!\d)(?:${S}гъэ)?)?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<!\d)(\d{4})${S}гъэм${E}`), ' in $1 '],
  [re(String.raw`(?<!\d)(\d{4})${S}гъэ${E}`), ' $1 '],
  ...WEEKDAYS.map(([kbd, en]): GlossRule => [re(`${B}${kbd}${T}`), ` on ${en} `]),
  [re(`${B}${MONTH}`), (_, m = '') => ` ${monthOf(m)} `],
  [re(`${B}(?:${ROUND}${S})?(дыгъуасэ|нобэ)${S}(?:иригъэкӀуэкӀащ|екӀуэкӀащ)${E}`), (_, d = '') => ` the round was held ${/^д/i.test(d) ? 'yesterday' : 'today'} `],
  [re(`${B}дыгъуасэ${S}?нэхъапэ${E}`), ' the day before yesterday '],
  [re(`${B}нобэ${E}`), ' today '],
  [re(`${B}дыгъуасэ${E}`), ' yesterday '],
  [re(`${B}пщэдей${E}`), ' tomorrow '],
  [re(`${B}мы${S}тхьэмахуэ${T}`), ' this week '],
  [re(`${B}тхьэмахуэ${T}`), ' week '],
  // Rounds: "хэхыныгъэ №220", "зэхэтыкӀэ №437", "япэ хэхыныгъэр" (the first round).
  [re(String.raw`(?:${ROUND}|зэхэтыкӀэ)${S}№${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(String.raw`№${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(`${B}япэ${S}${ROUND}`), ' the first round '],
  [re(`${B}${ROUND}${S}щыӀакъым${E}`), ' there was no draw '],
  [re(`${B}иужьрей${T}${S}${ROUND}`), ' the last round '],
  [re(`${B}(?:езым|езыр)${S}и${S}${ROUND}`), ' its own draw '],
  [re(`${B}${ROUND}${S}блэкӀа${T}`), ' the previous round '],
  [re(`${B}${ROUND}${S}зыбжанэ${E}`), ' several rounds '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}(?:иригъэкӀуэкӀащ|ирегъэкӀуэкӀ|екӀуэкӀащ)${E}`), ' held '],
  // Cut-offs: "CRS нэхъ мащӀэ дыдэр: 382", "CRS балл нэхъ мащӀэр — 475", "CRS нэхъ мащӀэр 284".
  [re(`(?:CRS${S})?(?:балл${T}${S})?нэхъ${S}мащӀэ${T}(?:${S}дыдэ${T})?`), ' minimum CRS score '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}балл${T}`), ' $1 points '],
  [re(`${B}балл${T}`), ' score '],
  // Counts: "787 къреджэ", "5,000 къраджащ", "4,000 ирагъэхьащ", "ЕджэнкӀэ къыхуагъэхьа: 5,000 цӀыху".
  [re(String.raw`${NUM}${S}${INVITED}`), ' $1 invitations '],
  [re(String.raw`${B}(?:еджэнкӀэ${S})?${INVITED}:?${S}${NUM}${S}цӀыху${T}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}цӀыху${T}${S}${INVITED}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}цӀыху${T}`), ' $1 candidates '],
  // Programs: "французыбзэ" (French), "узыншагъэ" (healthcare), "дзэ лэжьакӀуэхэр" (military).
  [re(`${B}французыбзэ${T}`), ' French-language '],
  [re(`${B}узыншагъэ${T}`), ' healthcare '],
  [re(`${B}медицинэ${T}`), ' healthcare '],
  [re(`${B}дзэ${S}лэжьакӀуэ${T}`), ' military '],
  [re(`${B}программэ${T}`), ' program '],
  [re(`${B}канадэ${T}`), ' Canada '],
  [re(`${B}икӀи${E}`), ' and '],
];

/** A sentence of an earlier round: "блэкӀа" (previous), "ипэкӀэ" (before). */
const EARLIER = new RegExp(String.raw`${B}(?:блэкӀа${T}|ипэкӀэ)${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** A Kabardian page glossed into English. */
export function glossKabardian(text: string): string {
  return finishGloss(markEarlier(withPalochka(text), EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
