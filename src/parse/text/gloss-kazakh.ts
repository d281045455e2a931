import { finishGloss, keepCase, markEarlier, monthNamer, mostlyScript, script, type GlossRule, type MonthTable, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Kazakh draw news glossed into the English the reader knows, as `gloss-ukrainian.ts` does for Ukrainian (docs/parser.md,
 * "Uzbek and Kazakh"): thousands with a space ("8 500 шақыру" → "8,500 invitations"), Kazakh months in their cases ("6 ақпан
 * 2026" → "February 6, 2026", "2026 жылғы 3 ақпан", "28 сәуірде"), "бүгін" (today), "кеше" (yesterday), rounds ("№394 раундты"),
 * counts ("4 750 үміткер шақыру алды" → "4,750 candidates received invitations", "1 518 үміткер … шақырылды"), cut-offs ("Ең
 * төменгі CRS ұпайы: 400" → "minimum CRS score: 400", "ұпай шегі 484-ке түсті" → "cut-off fell to 484"), the tie-break ("Тең
 * ұпай ережесі"), programs, and a guide's, forecast's or recap's words. What the glossary does not know is dropped; a sentence of
 * an earlier round ("алдыңғы", previous; "бұрын", before; "Еске салайық", let us recall; a pluperfect "болатын", "еді") is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Letters Kazakh writes and Russian, Ukrainian, Mongolian and Kyrgyz do not; Uzbek's own (ў, ҳ); Kazakh's vowels Uzbek does not write. */
const KAZAKH_OWN = /[әұқғӘҰҚҒ]/g;
/** A short post's word, counted as one more of Kazakh's letters: "шақыру" (invitation), "үміткер" (candidate), "ұпай" (points). */
const KAZAKH_WORD = /шақыру|үміткер|ұпай/iu;
const UZBEK_OWN = /[ўҳЎҲ]/g;
const KAZAKH_VOWELS = /[әңұүөіӘҢҰҮӨІ]/g;

/** Enough Cyrillic that it is the page's language, and Kazakh: two of its own letters, hardly any of Uzbek's. */
export function isKazakh(text: string): boolean {
  const own = (text.match(KAZAKH_OWN) ?? []).length + (KAZAKH_WORD.test(text) ? 1 : 0);
  return own >= 2 && (text.match(UZBEK_OWN) ?? []).length * 4 < (text.match(KAZAKH_VOWELS) ?? []).length && mostlyScript(text, CYRILLIC);
}

const { S, re, B, E, T } = scriptWords(C);

const MONTHS: MonthTable = [
  ['қаңтар', 'January'],
  ['ақпан', 'February'],
  ['наурыз', 'March'],
  ['сәуір', 'April'],
  ['мамыр', 'May'],
  ['маусым', 'June'],
  ['шілде', 'July'],
  ['тамыз', 'August'],
  ['қыркүйек', 'September'],
  ['қазан', 'October'],
  ['қараша', 'November'],
  ['желтоқсан', 'December'],
];
const MONTH = `(${MONTHS.map(([kk]) => kk).join('|')})${T}`;
const monthOf = monthNamer(MONTHS, 'i');
const WEEKDAYS: MonthTable = [
  ['дүйсенбі', 'Monday'],
  ['сейсенбі', 'Tuesday'],
  ['сәрсенбі', 'Wednesday'],
  ['бейсенбі', 'Thursday'],
  ['жұма', 'Friday'],
  ['сенбі', 'Saturday'],
  ['жексенбі', 'Sunday'],
];

const NUM = GLOSS_NUM;
/** A case ending on a figure: "6 000-ға", "484-ке". */
const CASE = `(?:-[${C}]{1,5}${E})?`;
const INVITATION = `шақыру${T}`;
const PEOPLE = `(?:үміткер|кандидат|адам)${T}`;
const ROUND = `(?:раунд|іріктеу)${T}`;
const POINTS = `ұпай${T}`;
const COUNTED: Readonly<Record<string, string>> = { екі: 'two', үш: 'three', төрт: 'four', бес: 'five' };

const RULES: readonly GlossRule[] = [
  // Thousands with a space: "8 500", "1 123" (bounded, so a day and a year stay apart).
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Places that hold their own draws, and pages that tell no news of a round.
  ...(
    [
      ['альберта', 'Alberta'],
      ['онтарио', 'Ontario'],
      ['британдық колумбия', 'British Columbia'],
      ['саскачеван', 'Saskatchewan'],
      ['манитоба', 'Manitoba'],
      ['квебек', 'Quebec'],
      ['австралия', 'Australia'],
    ] as const
  ).map(([kk, en]): GlossRule => [re(`${B}${kk}${T}`), ` ${en} `]),
  [re(`${B}провинция${T}`), ' province '],
  [re(`${B}федералдық${T}`), ' federal '],
  // Hedges: "шамамен 3 000" (about), "3 000-ға жуық" (nearly), "300-ге дейін" (up to), "шамасында" (around): no sure count.
  [re(`${B}(?:шамамен|шамалы|жуықтап|шамасы)${E}`), ' about '],
  [re(String.raw`(?<![\d,.])(\d{1,3}(?:,\d{3})*)-?[${C}]{0,3}${S}(жуық|дейін)${E}`), (_, n = '', w = '') => (/жуық/i.test(w) ? ` about ${n} ` : ` up to ${n} `)],
  [re(`${B}шамасында${E}`), ' around '],
  [re(`${B}болжам${T}`), ' Forecast '],
  [re(`${B}(?:күтілуде|күтілуі|күтілетін)${E}`), ' expected '],
  [re(`${B}мүмкін${E}`), ' could '],
  [re(`${B}талдау${E}`), ' Analysis '],
  [re(`${B}нұсқаулық${T}`), ' Guide '],
  [re(`${B}мысалы${E}`), ' For example, '],
  [re(`${B}аптаның${S}қорытындысы${E}`), ' Weekly recap '],
  [re(`${B}(?:айдың${S}қорытындысы|ай${S}қорытындысы)${E}`), ' monthly recap '],
  [re(`${B}${MONTH}${S}(?:айының${S})?қорытынды${T}`), (_, m = '') => ` ${monthOf(m)} recap `],
  [re(`${B}қорытынды${T}`), ' recap '],
  // Days: "6 ақпан 2026", "24 қараша 2022", "3 ақпанда", "8–12 желтоқсан", "2026 жылғы 3 ақпан".
  [re(String.raw`(?<!\d)(\d{4})${S}жылғы${S}(\d{1,2})${S}${MONTH}`), (_, y = '', d = '', m = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [
    re(String.raw`(?<![\d.,])(\d{1,2})(?:${S}?[–-]${S}?(\d{1,2}))?${S}${MONTH}(?:,?${S}(\d{4})(?!\d)(?:${S}ж\.|${S}жыл${T})?)?`),
    (_, d = '', to = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${to ? `-${to}` : ''}${y ? `, ${y}` : ''} `,
  ],
  [re(`${B}${MONTH}`), (_, m = '') => ` in ${monthOf(m)} `],
  [re(String.raw`(?<!\d)(\d{4})${S}(?:жыл${T}|ж\.)`), ' $1 '],
  ...WEEKDAYS.map(([kk, en]): GlossRule => [re(`${B}${kk}${T}`), ` ${en} `]),
  [re(`${B}бүгін${E}`), ' today '],
  [re(`${B}кеше${E}`), ' yesterday '],
  // "Алдыңгүні", "алдыңғы күні" (the day before yesterday), "екі күн бұрын" (two days ago): not "yesterday", not an earlier round.
  [re(`${B}(?:алдыңгүні|алдыңғы${S}күні|екі${S}күн${S}бұрын)${E}`), ' the day before yesterday '],
  [re(`${B}(?:осы|бұл)${S}апта${T}`), ' this week '],
  [re(`${B}өткен${S}апта${T}`), ' last week '],
  [re(`${B}келесі${S}апта${T}`), ' next week '],
  [re(`${B}(екі|үш|төрт)${S}апта${S}бұрын${E}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} weeks ago `],
  // A question about the next round: "Келесі раунд қашан өтеді?" (when is the next round?), "әдетте" (usually).
  [re(`${B}келесі${E}`), ' next '],
  [re(`${B}қашан${E}`), ' when '],
  [re(`${B}әдетте${E}`), ' Usually, '],
  // Rounds: "№394 раундты", "394-ші раунд", "үш раунд" (three rounds), "жаңа раунд" (a new round).
  [re(String.raw`(?:№|No\.)${S}?(\d{1,3})${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`(?<!\d)(\d{1,3})-?(?:ші|шы|інші|ыншы)${S}${ROUND}`), (_, n = '') => ` the ${n}th round `],
  [re(`${B}(екі|үш|төрт|бес)${S}${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}жаңа${S}(?=${ROUND})`), ' new '],
  [re(`${B}кезекті${E}`), ' regular '],
  [re(`${B}${INVITATION}${S}${ROUND}`), ' round of invitations '],
  [re(`${B}${ROUND}`), ' round '],
  // The tie-break: "Тең ұпай ережесі (tie-breaking rule):".
  [re(String.raw`${B}тең${S}ұпай${S}ереже${T}(?:${S}?\(tie-breaking rule\))?`), ' tie-breaking rule '],
  // Counts: "4 750 үміткер шақыру алды", "1 518 үміткер … шақырылды", "8 500 шақыру жіберді", "Шақырулар саны: 8 500".
  [re(String.raw`${NUM}${S}${PEOPLE}${S}${INVITATION}${S}алды${E}`), ' $1 candidates received invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}(?:${S}[^\s.:;\d]+){0,6}?${S}шақырылды${E}`), ' $1 candidates were invited '],
  [re(String.raw`((?:about|up to)${S}+)?${NUM}${S}${INVITATION}${S}жіберді${E}`), ' issued $1$2 invitations '],
  [re(String.raw`${NUM}${CASE}${S}${INVITATION}`), ' $1 invitations '],
  [re(String.raw`${NUM}${CASE}${S}${PEOPLE}`), ' $1 candidates '],
  [re(`${B}шақырулар${S}саны${E}`), ' Number of invitations '],
  [re(`${B}шақыру${S}саны${E}`), ' number of invitations '],
  // Cut-offs: "Ең төменгі CRS ұпайы: 400", "Ең төменгі ұпай — 484", "ұпай шегі 484-ке түсті", "Мин. CRS".
  [re(`${B}ең${S}төменгі${S}(?:(CRS)${S})?${POINTS}(?:${S}CRS)?`), ' minimum CRS score '],
  [re(String.raw`${B}(?:ұпай${S})?шег${T}${S}(\d{2,4})${CASE}${S}(?:түсті|төмендеді)${E}`), ' cut-off fell to $1 '],
  [re(String.raw`${B}(?:ұпай${S})?шег${T}${S}(\d{2,4})${CASE}${S}(?:өсті|көтерілді)${E}`), ' cut-off rose to $1 '],
  [re(`${B}шек${T}`), ' cut-off '],
  [re(`${B}мин\\.${S}?(?=CRS)`), ' Min. '],
  [re(String.raw`(?<![\d,])(\d{1,4})${CASE}${S}${POINTS}`), ' $1 points '],
  [re(`${B}${POINTS}`), ' score '],
  // Programs.
  [re(`${B}француз${S}тіл${T}${S}(?:білетін|меңгерген)${T}`), ' French-speaking candidates '],
  [re(`${B}француз${S}тіл${T}`), ' French-language '],
  [re(`${B}провинциялық${S}номинант${T}`), ' provincial nominees '],
  [re(`${B}денсаулық${S}сақтау${S}және${S}әлеуметтік${S}қызмет${T}`), ' healthcare and social services '],
  [re(`${B}денсаулық${S}сақтау${T}`), ' healthcare '],
  [re(`${B}дәрігер${T}`), ' physicians '],
  [re(`${B}құрылыс${S}маман${T}`), ' trades '],
  [re(`${B}барлық${S}бағдарлама${T}`), ' all programs '],
  [re(`${B}бағдарлама${T}`), ' program '],
  [re(`${B}санат${T}`), ' category '],
  [re(`${B}канада${T}`), ' Canada '],
  [re(`${B}күні${E}`), ' Date '],
  // What happened.
  [re(`${B}өткізді${E}`), ' held '],
  [re(`${B}жіберді${E}`), ' issued '],
  [re(`${B}жіберілді${E}`), ' were issued '],
  [re(`${B}шақырылды${E}`), ' were invited '],
  [re(`${B}${INVITATION}`), ' invitations '],
  [re(`${B}${PEOPLE}`), ' candidates '],
  // "Аптада барлығы 8 123 шақыру" (this week in all 8,123 invitations): a week's total, not a round.
  [re(`${B}аптада${S}барлығы${E}`), ' Total this week: '],
  [re(`${B}барлығы${E}`), ' in total '],
  // A figure's case ending left ("6,000-ға"): the figure alone.
  [re(`(?<=\\d)-[${C}]{1,5}${E}`), ''],
];

/** A sentence of an earlier round: "алдыңғы" (previous), "бұрын" (before), "Еске салайық" (let us recall), a pluperfect. */
const EARLIER = new RegExp(String.raw`алдыңғы(?![ \t]күні)|(?<!екі[ \t]күн[ \t])бұрын|[Ее]ске салайық|болатын|${B}еді${E}`, 'u');

const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepCase);

export function glossKazakh(text: string): string {
  return finishGloss(markEarlier(text, EARLIER, /([.\n]|,(?=[ \t]+(?:бұл|ол)[ \t]))/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
