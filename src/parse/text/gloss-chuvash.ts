import { CYRILLIC_MONTHS, finishGloss, keepAnyCase, markEarlier, monthNamer, monthStems, ownWordsPage, script, type GlossRule, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Chuvash draw news glossed into the English the reader knows, in the shape of `gloss-chechen.ts` (docs/parser.md "Chuvash and
 * Sakha"): its letters however typed (Cyrillic "ӑ", "ӗ", "ҫ", "ӳ" or the Latin "ă", "ĕ", "ç", "ÿ" beside a Cyrillic letter),
 * thousands with a space ("5 000"), days ("августăн 17-мĕшĕнче", "2026 çулхи август уйăхĕн 18-мĕшĕ", "4 август 2022", "(август
 * 5)", native months "çурлан 17-мĕшĕ"), weekdays ("юн кунĕнче" on Wednesday), "паян" (today), "ĕнер" (yesterday), "виçĕм кун"
 * (the day before yesterday), "ку эрнере" (this week); rounds ("Раунд №437", "390-мĕш раунд", "икĕ раунд" → two rounds, "раунд
 * иртнĕ" → round was held); counts ("5 000 чĕнӳ" → 5,000 invitations, "442 çынна чĕннĕ" → 442 candidates were invited); cut-offs
 * ("минимум CRS 760 балл", "Минимум балл — 511", "касса" → minimum CRS score); "Франци чĕлхи" (French), "сывлăх сыхлавĕ"
 * (healthcare); hedges ("яхăн", "пек" about, "ытла" more than, "таран", "çитиех" up to). What the glossary does not know is
 * dropped; a sentence of an earlier round ("иртнĕ …", previous) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Chuvash's letters as the pages type them in Latin ("ă", "ĕ", "ç", "ÿ") beside a Cyrillic letter. */
const LATIN_LOOKALIKE = /[\u0103\u0115\u00e7\u00ff\u0102\u0114\u00c7\u0178]/g;
const CYRILLIC_OF: Readonly<Record<string, string>> = { ă: 'ӑ', ĕ: 'ӗ', ç: 'ҫ', ÿ: 'ӳ', Ă: 'Ӑ', Ĕ: 'Ӗ', Ç: 'Ҫ', Ÿ: 'Ӳ' };
/** A word of Cyrillic and those Latin letters ("ĕçлерĕ") written in Cyrillic; a Latin word ("Français") is left. */
const MIXED_WORD = /[\u0400-\u04ff\u0103\u0115\u00e7\u00ff\u0102\u0114\u00c7\u0178]+/g;
const cyrillicLetters = (text: string): string => text.replace(MIXED_WORD, (w) => (/[\u0400-\u04ff]/.test(w) ? w.replace(LATIN_LOOKALIKE, (l) => CYRILLIC_OF[l] ?? l) : w));

/** Letters Chuvash never writes: Kazakh's, Tatar's, Bashkir's, Kyrgyz's, Mongolian's, Sakha's, Tajik's, Ukrainian's, Serbian's. */
const OTHERS_OWN = /[қғұәңөүіҗһҡҙҷӣӯўҳїєґјљњћђџҥҕӀӏҚҒҰӘҢӨҮІҖҺҠҘҶӢӮЎҲЇЄҐЈЉЊЋЂЏҤҔ]/g;
/** Chuvash's own words of a draw report (today, yesterday, invitation(s), round, for, held, week, year, month, "-th" …), and any word with its letters. */
const CHUVASH_WORD =
  /(?<![\u0400-\u04ff])(?:паян|ӗнер|ыран|чӗнӳ\p{L}*|чӗнн\p{L}*|раунч\p{L}*|касса\p{L}*|валли|ирттер\p{L}*|иртнӗ|янӑ|ячӗ|балпа|эрне\p{L}*|ҫул\p{L}*|уйӑх\p{L}*|\p{L}+-?мӗш\p{L}*|тата|хушшинче|пулч\p{L}*|пулнӑ\p{L}*|яхӑн|ытла|таран|пирӗн|ҫак|ҫынна|чӗлхи|Франци|кандидач\p{L}*|каллех|вара|хыпар\p{L}*|кун\p{L}*|\p{L}*[ӑӗҫӳ]\p{L}*)(?![\u0400-\u04ff])/giu;

/** A cheap first test: "ӑ", "ӗ", "ҫ", "ӳ", or the Latin "ă", "ĕ" the pages type for them (no English page writes them). */
export const CHUVASH_HINT = /[ӑӗҫӳӐӖҪӲ\u0103\u0115\u0102\u0114]/;

/** A figure of a Chuvash post: "500 чĕнӳ", "минимум балл 392". */
const CHUVASH_FIGURE = /\d\s?(?:чӗнӳ|ITA)|(?:минимум|касса|CRS)\s(?:CRS\s|балл\s)?[—:≥-]?\s?\d/i;

/** Four kinds of its words, about none of the others' own letters, and enough Cyrillic that it is the page's language. */
export function isChuvash(text: string): boolean {
  const t = cyrillicLetters(text);
  const found = t.match(CHUVASH_WORD) ?? [];
  if ((t.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  if (!/[ӑӗҫӳ]/i.test(t)) return false;
  return ownWordsPage(t, found, CYRILLIC, CHUVASH_FIGURE, (kinds) => kinds >= 2 && /\d\s?чӗнӳ/i.test(t) && (t.match(CYRILLIC) ?? []).length >= 8);
}

const { S, re, B, E, T } = scriptWords(C);
/** The Russian months the pages write ("август", "ноябрĕн", "декабрьте") and Chuvash's own, each with its case ending. */
const NATIVE_MONTHS = [
  ['кӑрлач', 'January'],
  ['нарӑс', 'February'],
  ['пуш', 'March'],
  ['ака', 'April'],
  ['ҫу', 'May'],
  ['ҫӗртме', 'June'],
  ['утӑ', 'July'],
  ['ҫурла', 'August'],
  ['авӑн', 'September'],
  ['юпа', 'October'],
  ['чӳк', 'November'],
  ['раштав', 'December'],
] as const;
const MONTH = `((?:${monthStems(CYRILLIC_MONTHS)})${T})`;
const NATIVE = `((?:${NATIVE_MONTHS.map(([m]) => m).join('|')})${T})`;
const monthOf = monthNamer(CYRILLIC_MONTHS, 'i');
const nativeOf = monthNamer(NATIVE_MONTHS, 'iu');
const WEEKDAYS = [
  ['тунти', 'Monday'],
  ['ытлари', 'Tuesday'],
  ['юн', 'Wednesday'],
  ['кӗҫнерни', 'Thursday'],
  ['эрне', 'Friday'],
  ['шӑмат', 'Saturday'],
  ['вырсарни', 'Sunday'],
] as const;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { икӗ: 'two', иккӗ: 'two', виҫӗ: 'three', тӑватӑ: 'four', пилӗк: 'five', улттӑ: 'six' };
const ORDINAL = `-?мӗш${T}`;
const ROUND = `(?:раунд|раунч)${T}`;
const INVITATION = `чӗнӳ${T}`;
/** A day: "17-мĕшĕнче" (the 17th), after its month. */
const DAY = String.raw`(?<![\d.,])(\d{1,2})${ORDINAL}`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  [/(?<=[A-Za-z\d])-(?:[ёе]н|ӑн|па|пе|ра|ре|та|те|ри|сем|тен|тан|ӗн|ӗн)(?![\p{L}])/gu, ''],
  // Places that hold their own draws, and pages that tell no news of a round.
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}онтари${T}`), ' Ontario '],
  [re(`${B}саскачеван${T}`), ' Saskatchewan '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}манитоб${T}`), ' Manitoba '],
  [re(`${B}британи${T}${S}колумби${T}`), ' British Columbia '],
  [re(`${B}австрали${T}`), ' Australia '],
  [re(`${B}ҫӗнӗ${S}зеланди${T}`), ' New Zealand '],
  [re(`${B}провинци${T}`), ' province '],
  [re(`${B}хӑйӗн${S}(?:${ROUND})`), ' its own draw '],
  [re(`${B}(?:итог|пӗтӗмлет)${T}`), ' recap '],
  [re(`${B}(?:прогноз${T}|шухӑш${T}|кӗтетпӗр|кӗтетӗп|кӗтме${S}пулать)`), ' we expect '],
  [re(`${B}(?:тӗслӗхрен|сӑмахран)${E}`), ' For example, '],
  [re(`${B}тай-?брейк${T}(?:${S}правил${T})?`), ' Tie-breaking rule '],
  [re(`${B}ку${S}(?:IRCC${S}|Express${S}Entry${S}|федераци${T}${S})?${ROUND}${S}мар${E}`), ' This is not a federal round '],
  [re(`${B}ку${S}канада${S}хыпар${T}${S}мар${E}`), ' This is not news of Canada '],
  // Hedges, no count to the reader: "3 000 яхăн", "3 000 пек" (about), "2 000-тен ытла" (more than), "5 000 таран" (up to).
  [
    re(String.raw`${NUM}(?:-?[тч][еаӗӑ]н)?${S}(яхӑн|пек|ытла|таран|ҫитиех|ҫити)${E}`),
    (_, n = '', w = '') => (/ытла/i.test(w) ? ` more than ${n} ` : /таран|ҫити/i.test(w) ? ` up to ${n} ` : ` about ${n} `),
  ],
  [re(`${B}ҫавӑн${S}пек${S}хыпар${T}`), ' Related news '],
  [re(`${B}ҫавӑн${S}пек${E}`), ' such '],
  [re(`${B}(?:пӗр${S})?(?:яхӑн|пек)${E}`), ' about '],
  [re(`${B}ытла${E}`), ' more than '],
  // Days: "2026 çулхи август уйăхĕн 18-мĕшĕ", "августăн 17-мĕшĕнче", "4 август 2022", "(август 5)", "çурлан 17-мĕшĕ".
  [re(String.raw`(?<!\d)(\d{4})${S}ҫулхи${S}${MONTH}${S}(?:уйӑх${T}${S})?${DAY}`), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`(?<!\d)(\d{4})${S}ҫулхи${S}${NATIVE}${S}(?:уйӑх${T}${S})?${DAY}`), (_, y = '', m = '', d = '') => ` ${nativeOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`${B}${MONTH}${S}(?:уйӑх${T}${S})?${DAY}`), (_, m = '', d = '') => ` ${monthOf(m)} ${Number(d)} `],
  [re(String.raw`${B}${NATIVE}${S}(?:уйӑх${T}${S})?${DAY}`), (_, m = '', d = '') => ` ${nativeOf(m)} ${Number(d)} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}(?:,?${S}(\d{4})(?!\d))?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`${B}${MONTH}${S}(\d{1,2})(?![\d.,]\d|\d)`), (_, m = '', d = '') => ` ${monthOf(m)} ${Number(d)} `],
  [re(String.raw`(?<!\d)(\d{4})${S}ҫулта${E}`), ' in $1 '],
  [re(String.raw`(?<!\d)(\d{4})${S}ҫул${T}`), ' $1 '],
  [re(`${B}${MONTH}(?:те|та)${E}`), (_, m = '') => ` in ${monthOf(m)} `],
  [re(`${B}${MONTH}`), (_, m = '') => ` ${monthOf(m)} `],
  ...WEEKDAYS.map(([cv, en]): GlossRule => [re(`${B}${cv}${S}кун${T}`), ` on ${en} `]),
  [re(`${B}виҫӗм${S}кун${T}`), ' the day before yesterday '],
  [re(`${B}ыран${S}мар${E}`), ' '],
  [re(`${B}паян${E}`), ' today '],
  [re(`${B}ӗнер${E}`), ' yesterday '],
  [re(`${B}ыран${E}`), ' tomorrow '],
  [re(`${B}(?:ку|ҫак)${S}эрнере${E}`), ' this week '],
  [re(`${B}(?:кашни${S})?(?:икӗ${S})?эрне${T}`), ' week '],
  // Rounds: "Раунд №437", "390-мĕш раунд", "икĕ раунд" (two rounds), "раунд иртнĕ" (a round was held).
  [re(String.raw`${ROUND}${S}№${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(String.raw`(?<![\d,.])(\d{1,4})${ORDINAL}${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`№${S}?(\d{1,4})(?!\d)`), ' #$1 '],
  [re(`${B}(икӗ|иккӗ|виҫӗ|тӑватӑ|пилӗк|улттӑ)${S}${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}${ROUND}${S}(?:иртмен|пулман)${E}`), ' round was not held '],
  [re(`${B}юлашки${S}${ROUND}`), ' The last round '],
  [re(`${B}${ROUND}${S}иртнӗ${E}`), ' round was held '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}ирттерчӗ${E}`), ' held '],
  // Cut-offs: "минимум CRS 760 балл", "Минимум балл — 511", "касса" (the cut-off).
  [re(`${B}(?:минимум|минимальн${T}|чи${S}пӗчӗк)${S}(?:CRS${S})?балл${T}`), ' minimum CRS score '],
  [re(`${B}(?:минимум|минимальн${T}|чи${S}пӗчӗк)${S}(?=CRS)`), ' minimum '],
  // A change from the round before: "7 балл ҫӳллӗрех" (7 points higher), "5 балл пӗчӗкрех" (lower).
  [re(String.raw`(?<![\d,])(\d{1,3})${S}балл?${T}${S}(?:ҫӳллӗрех|ӳсрӗ|хӑпарчӗ)${E}`), ' $1 points higher '],
  [re(String.raw`(?<![\d,])(\d{1,3})${S}балл?${T}${S}(?:пӗчӗкрех|сахалрах|аяларах|анчӗ|ӳкрӗ)${E}`), ' $1 points lower '],
  [re(`${B}касса${T}`), ' minimum CRS score '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}балл?${T}`), ' $1 points '],
  [re(`${B}балл${T}`), ' score '],
  // Counts: "5 000 чĕнӳ янă", "442 çынна чĕннĕ" (invited 442 people), "кандидачĕсем валли 8000 чĕнӳ ячĕ".
  [re(String.raw`${NUM}${S}(?:ҫынна|кандидата?)${S}чӗнн${T}`), ' $1 candidates were invited '],
  [re(String.raw`${NUM}${S}${INVITATION}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}(?:ҫынна|ҫын|кандидат${T})`), ' $1 candidates '],
  [re(`${B}${INVITATION}`), ' invitations '],
  [re(`${B}(?:янӑ|ячӗ|ярнӑ|ячӗҫ)${E}`), ' were issued '],
  [re(`${B}чӗнн${T}`), ' invited '],
  // Programs: "Франци чĕлхи" (French), "французла калаçакан" (French-speaking), "сывлăх сыхлавĕ" (healthcare).
  [re(`${B}франци${S}чӗлхи${T}`), ' French-language '],
  [re(`${B}французла${S}калаҫакан${T}`), ' French-speaking '],
  [re(`${B}сывлӑх${S}сыхлав${T}`), ' healthcare '],
  [re(`${B}пур${S}программӑсемшӗн${E}`), ' all programs '],
  [re(`${B}программ${T}`), ' program '],
  [re(`${B}канад${T}`), ' Canada '],
  [re(`${B}тата${E}`), ' and '],
];

/** A sentence of an earlier round: "иртнĕ CEC раунчĕ" (the previous round), "унччен" (before), "малтанхи" (the previous). */
const EARLIER = new RegExp(String.raw`${B}(?:иртнӗ(?=${S}+[\p{L}A-Z])|унччен|малтанхи|умӗнхи)${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** A Chuvash page glossed into English. */
export function glossChuvash(text: string): string {
  return finishGloss(markEarlier(cyrillicLetters(text), EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
