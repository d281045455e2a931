import { CYRILLIC_MONTHS, finishGloss, keepAnyCase, markEarlier, monthNamer, monthStems, ownWordsPage, script, type GlossRule, scriptWords, GLOSS_NUM, RUSSIAN_WEEKDAYS } from './gloss-rules.ts';

/**
 * Avar draw news glossed into the English the reader knows, in the shape of `gloss-chuvash.ts` (docs/parser.md "Ossetian and
 * Avar"): the palochka however it is typed ("Ӏ", or "I", "i", "І" beside a Cyrillic letter: "ахIи", "ахiун"), thousands with a
 * space ("4 000"), days ("23 июналъ", "19 февраль", "12 марталда", "2024 соналъул 12 марталда" → March 12, 2024, "21 февраль
 * 2026 с."), weekdays ("среда къоялъ" on Wednesday, "хамис" Thursday …), "жакъа" (today), "метер" (tomorrow), "гьаб анкьида" (this
 * week); rounds ("420-абилеб раунд" → round #420, "кӀиго раунд" → two rounds, "тӀобитӀана", "гьабуна" → held); counts ("391 ахӀи"
 * → 391 invitations, "3 900 чи ахӀана" → 3,900 candidates were invited); cut-offs ("минимальияб CRS балл" → minimum CRS score);
 * "французаб мацӀ" (French), "сахлъиялъул хӀалтӀухъабазе" (healthcare workers), "тохтурзабазе" (physicians); hedges ("гӀага-шагарго"
 * about, "-ялдаса цӀикӀкӀун" more than, "-ялде щвезегӀан" up to). What the glossary does not know is dropped; a sentence of an
 * earlier round ("цебесеб", previous; "цеве", before) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** The palochka as the pages type it: "Ӏ", "ӏ", or "I", "i", "І", "і" beside a Cyrillic letter ("ахIи", "ахiун", "МАГIАРУЛ"). */
const PALOCHKA = /\u04cf|(?<=[\u0410-\u044f\u0401\u0451])[\u0406\u0456Ii]|[\u0406\u0456Ii](?=[\u0410-\u044f\u0401\u0451])/g;
const withPalochka = (text: string): string => text.replace(PALOCHKA, 'Ӏ');

/** Letters and spellings Avar never writes: Ossetian's "ӕ", Chechen's "кх", Kazakh's, Tatar's, Bashkir's, Chuvash's, Sakha's, Tajik's, Ukrainian's. */
const OTHERS_OWN = /[ӕӔæÆқғұәңөүҗһҡҙҫҷӣӯўҳїєґјљњћђџӑӗӳҥҕҚҒҰӘҢӨҮҖҺҠҘҪҶӢӮЎҲЇЄҐЈЉЊЋЂЏӐӖӲҤҔ]|кх/gi;
/** Avar's own words of a draw report (today, invitation(s), invited, held, week, year, month, day, two, previous, "-th" …), and any word with "лъ". */
const AVAR_WORD =
  /(?<![\u0400-\u04ff])(?:жакъа|метер|ахӀи|ахӀана|ахӀун|ахӀулел|гьабуна|тӀобитӀана|минимальияб|анкь\p{L}*|сонал\p{L}*|моцӀ\p{L}*|къоялъ|кӀиго|буго|букӀана|гьеб|гьаб|гьечӀо|цебесеб|цеве|чи|ва|раундалд\p{L}*|\p{L}+абилеб|\p{L}*лъ\p{L}*)(?![\u0400-\u04ff])/giu;

/** A cheap first test: "лъ" (no English, Russian, Chechen or Ossetian page writes it), or "ахI" (invitation) with its palochka. */
export const AVAR_HINT = /лъ|ахӀ|ахI/i;

/** A figure of an Avar post: "500 ахӀи", "минимальияб балл 392". */
const AVAR_FIGURE = /\d\s?ахӀи|(?:минимальияб|CRS)\s(?:CRS\s|балл\s)?[—:≥–-]?\s?\d/i;

/** Four kinds of its words, one with "лъ", about none of the others' own letters, and enough Cyrillic that it is the page's language. */
export function isAvar(text: string): boolean {
  const t = withPalochka(text);
  const found = t.match(AVAR_WORD) ?? [];
  if ((t.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  if (!/лъ|ахӀ/i.test(t)) return false;
  // A short post of two kinds: "Жакъа CEC: 4 000 ахӀи, CRS 516." (today, invitations), as Chuvash's and Sakha's.
  return ownWordsPage(t, found, CYRILLIC, AVAR_FIGURE, (kinds) => kinds >= 2 && /\d\s?ахӀи/i.test(t) && (t.match(CYRILLIC) ?? []).length >= 8);
}

const { S, re, B, E, T } = scriptWords(C);
/** The months as the pages write them ("июналъ", "февраль", "марталда", "майалда"), on the Russian stems. */
const MONTH = `((?:${monthStems(CYRILLIC_MONTHS)})${T})`;
const monthOf = monthNamer(CYRILLIC_MONTHS, 'i');
const WEEKDAYS = [
  ['итни', 'Monday'],
  ['талат', 'Tuesday'],
  ['арбагӀ', 'Wednesday'],
  ['хамис', 'Thursday'],
  ['рузман', 'Friday'],
  ['шамат', 'Saturday'],
  ['гӀахьад', 'Sunday'],
  ...RUSSIAN_WEEKDAYS,
] as const;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { кӏиго: 'two', кӀиго: 'two', лъабго: 'three', ункъго: 'four', щуго: 'five', анлъго: 'six' };
const ROUND = `раунд${T}`;
const INVITATION = `ахӀи${T}`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Hedges, no count to the reader: "2 000-ялдаса цӀикӀкӀун" (more than), "5 000-ялде щвезегӀан" (up to), "гӀага-шагарго" (about).
  [re(String.raw`${NUM}-?(?:ялдаса|алдаса|даса)${S}цӀикӀкӀун${E}`), ' more than $1 '],
  [re(String.raw`${NUM}-?(?:ялде|алде|де)${S}щвезегӀан${E}`), ' up to $1 '],
  [re(`${B}гӀага-?шагарго${E}`), ' about '],
  [/(?<=[A-Za-z\d])-(?:ялъул|ялъ|алъул|алъ|ялда|алда|ялде|алде|ялдаса|ялъе)(?![\p{L}])/gu, ''],
  // Places that hold their own draws, and pages that tell no news of a round.
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}онтарио${T}`), ' Ontario '],
  [re(`${B}саскачеван${T}`), ' Saskatchewan '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}манитоб${T}`), ' Manitoba '],
  [re(`${B}британ${T}${S}колумби${T}`), ' British Columbia '],
  [re(`${B}австрали${T}`), ' Australia '],
  [re(`${B}цӀияб${S}зеланди${T}`), ' New Zealand '],
  [re(`${B}провинци${T}`), ' province '],
  [re(`${B}(?:жиндирго|жиндийго)${S}${ROUND}`), ' held its own draw '],
  [re(`${B}(?:хӀасил${T}|итог${T})`), ' recap '],
  [re(`${B}прогноз${T}`), ' we expect '],
  [re(`${B}мисалалъе${E}`), ' For example, '],
  [re(`${B}тай-?брейк${T}`), ' Tie-breaking rule '],
  [re(`${B}гьеб${S}(?:(?:IRCC|Express${S}Entry|федерал${T})${S})*${ROUND}${S}гьечӀо${E}`), ' This is not a federal round '],
  // Days: "2024 соналъул 12 марталда", "23 июналъ", "21 февраль 2026 с.", "28 ноябрь 2018", "2024 соналда" (in 2024).
  [re(String.raw`(?<!\d)(\d{4})${S}соналъул${S}(\d{1,2})${S}${MONTH}`), (_, y = '', d = '', m = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}(?:,?${S}(\d{4})(?!\d)(?:${S}с\.?(?![\u0400-\u04ff]))?)?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<!\d)(\d{4})${S}сонал(?:да|ъ)${E}`), ' in $1 '],
  [re(String.raw`(?<!\d)(\d{4})${S}соналъул${S}ахиралда${E}`), ' at the end of $1 '],
  [re(String.raw`(?<!\d)(\d{4})${S}соналъул${E}`), ' of $1 '],
  [re(`${B}тӀоцебесеб${E}`), ' first '],
  [re(String.raw`(?<!\d)(\d{4})${S}(?:сон${T}|с\.)`), ' $1 '],
  ...WEEKDAYS.map(([av, en]): GlossRule => [re(`${B}${av}${T}(?:${S}къо${T})?`), ` on ${en} `]),
  [re(`${B}${MONTH}`), (_, m = '') => ` ${monthOf(m)} `],
  [re(`${B}жакъа${E}`), ' today '],
  [re(`${B}метер${E}`), ' tomorrow '],
  [re(`${B}гьаб${S}анкь${T}`), ' this week '],
  [re(`${B}анкь${T}`), ' week '],
  // Rounds: "420-абилеб раунд" (the 420th round), "кӀиго раунд" (two rounds), "раунд букӀинчӀо" (no round was held).
  [re(String.raw`(?<![\d,.])(\d{1,4})-?абилеб${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`${ROUND}${S}№${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(String.raw`№${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [/\bExpress Entry #(\d{1,4})(?!\d)/g, 'Express Entry round #$1'],
  [re(`${B}(кӀиго|лъабго|ункъго|щуго|анлъго)${S}(?:[A-Za-z]+${S})*?${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}${ROUND}${S}(?:букӀинчӀо|гьабичӀо|тӀобитӀичӀо)${E}`), ' round was not held '],
  [re(`${B}ахирисеб${S}${ROUND}`), ' The last round '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}(?:гьабуна|тӀобитӀана)${E}`), ' held '],
  // Cut-offs: "минимальияб CRS балл – 516", "минимальияб балл 169".
  [re(`${B}(?:минимальияб|минимальный|цӀикӀкӀун${S}гъоркьисеб)${S}(?:CRS${S})?балл${T}`), ' minimum CRS score '],
  [re(`${B}минимальияб${S}(?=CRS)`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}баллалда${E}`), ' with $1 points '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}балл${T}`), ' $1 points '],
  [re(String.raw`${B}балл${S}?[–—:-]?${S}?(?=\d)`), ' CRS '],
  [re(`${B}балл${T}`), ' score '],
  // Counts: "391 ахӀи", "3 900 чи ахӀана" (invited 3,900 people), "ахӀун буго 4 000 чи" (4,000 people were invited).
  [re(String.raw`${NUM}${S}чи${S}(?:ахӀана|ахӀун${S}буго)${E}`), ' $1 candidates were invited '],
  [re(String.raw`${B}ахӀун${S}буго${S}${NUM}${S}чи${E}`), ' $1 candidates were invited '],
  [re(String.raw`${NUM}${S}${INVITATION}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}(?:чи|кандидат${T})${E}`), ' $1 candidates '],
  [re(`${B}${INVITATION}`), ' invitations '],
  [re(`${B}ахӀана${E}`), ' invited '],
  // Programs: "французаб мацӀ" (French), "тохтурзабазе" (physicians), "сахлъиялъул хӀалтӀухъабазе" (healthcare workers).
  [re(`${B}французаб${S}мацӀ${T}`), ' French-language '],
  [re(`${B}тохтурзаб${T}`), ' physicians '],
  [re(`${B}сахлъиялъул${S}хӀалтӀухъаб${T}`), ' healthcare workers '],
  [re(`${B}тарбия-гӀелмуялъул${S}хӀалтӀухъаб${T}`), ' education workers '],
  [re(`${B}киналго${S}программабазе${E}`), ' all programs '],
  [re(`${B}категори${T}`), ' category '],
  [re(`${B}программа${T}`), ' program '],
  [re(`${B}канада${T}`), ' Canada '],
  [re(`${B}ва${E}`), ' and '],
];

/** A sentence of an earlier round: "цебесеб" (previous), "цеве" (before). */
const EARLIER = new RegExp(String.raw`${B}(?:цебесеб|цеве)${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** An Avar page glossed into English. */
export function glossAvar(text: string): string {
  return finishGloss(markEarlier(withPalochka(text), EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
