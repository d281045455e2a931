import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Yoruba draw news glossed into the English the reader knows, as `gloss-swahili.ts` does for Swahili (docs/parser.md, "Yoruba,
 * Hausa and Zulu"). Tone marks and dots below are dropped first ("Ìyípo" → "Iyipo", "Ọjọ́rú" → "Ojoru"): pages write them, or
 * some of them, or none, and the words are read alike. Yoruba months ("29 Ọwẹ́wẹ̀", "ọjọ́ kìíní oṣù Òkúdù, ọdún 2017" → "June
 * 1, 2017") and borrowed ones ("26 Sẹ́tẹ́ńbà"), weekdays ("Ọjọ́ Ìṣẹ́gun" → "Tuesday", "Ọjọ́ Ẹtì tó kọjá" → "last Friday"),
 * "Òní", "Lánàá"; rounds ("Ìyípo #337", "Ìyípo 292" → "draw #…", "ìyípo méjì" → "two draws", "ìyípo … tó ṣáájú" → "the
 * previous … draw"); counts ("ìpè 3,000" → "3,000 invitations", "ènìyàn 3,877" → "3,877 candidates"), cut-offs ("CRS tó kéré
 * jù" → "minimum CRS score"; "tó kéré jù lọ", the lowest of a span, is no round's), the tie-break ("Òfin ìdọ́gba"), programs.
 * Words the glossary does not know stay as they are: no English pattern reads them.
 */

const MONTHS: MonthTable = [
  ['seere|sere|jan', 'January'],
  ['erele|feb', 'February'],
  ['erena|mar', 'March'],
  ['igbe|apr|ebr', 'April'],
  ['ebibi|may|mey', 'May'],
  ['okudu|jun', 'June'],
  ['agemo|jul', 'July'],
  ['ogun|aug|ogo', 'August'],
  ['owewe|set|sep', 'September'],
  ['owara|okt|oct', 'October'],
  ['belu|nof|nov', 'November'],
  ['ope|des|dec', 'December'],
];
/** Yoruba months (after a day's number: "Ogun", "Ope" and "Igbe" are words too) and the borrowed names. */
const MONTH = '(Seere|Sere|Erele|Erena|Igbe|Ebibi|Okudu|Agemo|Ogun|Owewe|Owara|Belu|Ope|Setenba|Septemba|Okitoba|Oktoba|Nofemba|Novemba|Desemba|Disemba)';
const month = monthNamer(MONTHS, 'i');
/** The days of a month as Yoruba counts them, the few pages write ("ọjọ́ kìíní", the first). */
const ORDINALS: Readonly<Record<string, number>> = { kiini: 1, keji: 2, keta: 3, kerin: 4, karun: 5, kefa: 6, keje: 7, kejo: 8, kesan: 9, kewa: 10, ogun: 20, ogbon: 30, kokanlelogbon: 31 };

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Ojo\\sAje', 'Monday'],
  ['Ojo\\sIsegun', 'Tuesday'],
  ['Ojoru', 'Wednesday'],
  ['Ojobo', 'Thursday'],
  ['Ojo\\sEti', 'Friday'],
  ['Abameta', 'Saturday'],
  ['Ojo\\sAiku', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { meji: 'two', meta: 'three', merin: 'four', marun: 'five' };
/** "odun mewaa seyin" (ten years ago). */
const YEARS: Readonly<Record<string, string>> = { meji: 'two', meta: 'three', merin: 'four', marun: 'five', mewaa: 'ten', mewa: 'ten' };

const RULES: readonly GlossRule[] = [
  // Days: "26 Setenba", "29 Owewe (Setenba) 2023", "ojo kiini osu Okudu, odun 2017".
  [words(String.raw`(\d{1,2})\s${MONTH}(?:\s\((?:Setenba|Septemba|September)\))?(?:,?\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [
    words(String.raw`ojo\s(${Object.keys(ORDINALS).join('|')})\sosu\s${MONTH}(?:,?\sodun\s((?:19|20)\d\d))?`),
    (_, d = '', m = '', y = '') => ` ${month(m)} ${String(ORDINALS[d.toLowerCase()] ?? '')}${y ? `, ${y}` : ''} `,
  ],
  // "Akojopo osu Okudu" (June's summary): a month's recap, no news.
  [words(String.raw`akojopo\s(?:osu\s)?${MONTH}`), (_, m = '') => ` ${month(m)} recap `],
  [words('akojopo'), ' recap '],
  [words(String.raw`(?:ojo\s\p{L}+\s)?osu\s${MONTH}`), (_, m = '') => ` ${month(m)} `],
  // "Ni ojo oni ni odun mewaa seyin" (on this day ten years ago): an anniversary, no today's round.
  [words(String.raw`(?:ni\s)?ojo\soni\sni(?=\sodun\s\p{L}+\sseyin)`), ' On this day '],
  [words(String.raw`odun\s(${Object.keys(YEARS).join('|')})\sseyin`), (_, n = '') => ` ${YEARS[n.toLowerCase()] ?? ''} years ago `],
  [words('odun(?=\\s(?:19|20)\\d\\d)'), ' '],
  // Weekdays: "Ni Ojo Eti to koja" (last Friday: the reader takes "on Friday" as the last before the page's day); "Aje 20/07",
  // "Isegun 21/07" on a list, before their day.
  ...WEEKDAYS.map(([yo, en]): GlossRule => [words(`(?:ni\\s)?${yo}(?:\\sto\\skoja)?`), (all = '') => (/^ni\s|koja$/i.test(all) ? ` ${all.startsWith('N') ? 'On' : 'on'} ${en} ` : ` ${en} `)]),
  [words('(Aje|Isegun)(?=\\s\\d{1,2}/\\d)'), (d = '') => (/aje/i.test(d) ? ' Monday ' : ' Tuesday ')],
  [words('oni|lonii'), ' today '],
  [words('lanaa'), ' yesterday '],
  [words('(?:ni\\s)?ose\\s(?:yii|yi)'), ' this week '],
  [words('(?:ni\\s)?aago(?=\\s\\d)'), ' at '],
  // Bylines: "Lati owo Adebayo Ogunleye |".
  [/(?<![\p{L}])Lati\sowo\s(?=\p{Lu})/gu, ' By '],
  // Rounds: "Iyipo #337", "Iyipo 292", "Iyipo kogorun-un (#100)", "iyipo meji", "ìyípo CEC to saaju" (the previous CEC draw).
  [words(String.raw`(?:tun\s)?se(?=\siyipo)`), ' held '],
  [words(String.raw`iyipo\s(?:\p{L}+(?:-\p{L}+)?\s)?\(?#(\d{1,3})\)?`), ' draw #$1 '],
  [words(String.raw`iyipo\s(\d{3})(?![\d,.])`), ' draw #$1 '],
  [words(String.raw`iyipo\s(meji|meta|merin|marun|[2-9])`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(String.raw`iyipo(?:\sipe)?\s((?:[A-Z]{2,5}\s)?)to\s(?:saaju|koja)`), (_, p = '') => ` the previous ${p}draw `],
  [words(String.raw`iyipo\s((?:[A-Z]{2,5}\s)?)ti\s(?:ijoba\s\p{L}+\s)?se\skeyin`), (_, p = '') => ` the latest ${p}draw `],
  [words('iyipo\\sakoko'), ' the first draw '],
  // A list's "Aje 20/07 — #427 Provincial Nominee Program": the round's number after the dash.
  [/(?<=[-\u2013\u2014]\s)#(\d{3})(?=\s)/g, 'draw #$1'],
  [words('iyipo(?:\\sipe)?'), ' draw '],
  // The tie-break: "Ofin idogba (tie-breaking)".
  [words(String.raw`ofin\sidogba(?:\s\(tie-?breaking(?:\srule)?\))?`), ' tie-breaking rule '],
  // "Tie-break: 21/3/2024 03:37:24 UTC (292) ati 25/2/2024 11:55:12 UTC (293)": each round's own, on its own line.
  [
    /\b(Tie-?break(?:ing)?(?:\srule)?):\s([^()\n]{6,40}?)\s\((\d{3})\)\sati\s([^()\n]{6,40}?)\s\((\d{3})\)/gi,
    (_, label = '', a = '', n = '', b = '', m = '') => `${label} (#${n}): ${a}\n${label} (#${m}): ${b}`,
  ],
  // Invitations and candidates: "ipe 3,000", "Ipe (ITAs): 6,500", "ipe 4 pere" (only 4), "7,000 ipe", "pe eniyan 3,877".
  [words(String.raw`apapo\sipe`), ' total invitations '],
  [words(`ipe\\s${WORD_COUNT}\\spere`), ' only $1 invitations '],
  [words(`ipe\\s${WORD_COUNT}`), ' $1 invitations '],
  [words(`${WORD_COUNT}\\sipe`), ' $1 invitations '],
  [words('ipe'), ' invitations '],
  [words(`(?:ti\\s)?pe\\sawon\\solubere\\s([^\\d\\n]{0,60}?)\\s?${WORD_COUNT}`), ' invited $2 $1 candidates '],
  [words(`eniyan\\s${WORD_COUNT}\\sni\\swon\\spe`), ' $1 candidates were invited '],
  [words(`(?:ti\\s)?pe\\s(?:eniyan\\s)?${WORD_COUNT}`), ' invited $1 candidates '],
  [words(`eniyan\\s${WORD_COUNT}`), ' $1 candidates '],
  [words('olubere|eniyan'), ' candidates '],
  // Cut-offs: "CRS to kere ju" (the lowest CRS: the round's), "Ami CRS to kere ju ti won gba je 413"; "to kere ju lo" (the
  // lowest of a span) and "to ga ju lo" (the highest) are no round's.
  [words(String.raw`(?:ami\s)?CRS\sto\skere\sju\slo`), ' lowest CRS '],
  [words(String.raw`(?:ami\s)?CRS\sto\sga\sju\slo`), ' highest CRS '],
  [words(String.raw`(?:ami\s)?CRS\sto\skere\sju(?:\sti\swon\sgba)?(?:\ssi)?(?:\sje)?`), ' minimum CRS score '],
  [words(String.raw`(?:ami\s)?CRS\s(?:dinku|wale)\ssi`), ' CRS fell to '],
  [words(String.raw`ami\sCRS`), ' CRS score '],
  [words('(?:o\\s)?wale\\s(?:gan-an\\s)?lati'), ' fell from '],
  // Programs.
  [words(String.raw`gbogbo\seto`), ' all programs '],
  [words(String.raw`(?:imo\s)?ede\sFaranse|Faranse`), ' French-language '],
  [words(String.raw`ise\sagbe(?:\sati\sounje)?`), ' agriculture '],
  [words('osise\\silera'), ' healthcare workers '],
  [words('ilera'), ' healthcare '],
  [words('ologun'), ' military '],
  [words('ibugbe\\stiti\\slae|igbeluu\\stiti\\slae'), ' permanent residence '],
  // Joining words the English patterns lean on.
  [words('Ijoba\\sKanada'), ' the Government of Canada '],
  [words('Kanada'), ' Canada '],
  [words('ati'), ' and '],
  [words('lati\\sinu'), ' from '],
  [words('fun'), ' for '],
  [words('je'), ' was '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Yoruba writes often, its marks dropped (not "ni", "ti", "si", "je", "won", "ami", "oni": other languages have them). */
const YORUBA_WORD = words(
  'awon|ati|iyipo|ipe|ojo|ojoru|ojobo|abameta|odun|osu|ose|yii|lati|nipa|tabi|sugbon|eniyan|ninu|naa|lanaa|lonii|ijoba|olubere|pataki|kere|tuntun|gbogbo|eto|iroyin|ede|Faranse|yin|ise|akanti|nikan|pere|ologun',
);
/** Tone marks and dots below gone: "Ìyípo" → "Iyipo". */
const bare = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** A cheap first test: a letter with a dot below ("ọ", "ẹ", "ṣ"), which Yoruba writes and English never. */
export const YORUBA_HINT = /[\u1ecc\u1ecd\u1eb8\u1eb9\u1e62\u1e63]|\u0323/;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isYoruba = (text: string): boolean => writtenWith(bare(text), YORUBA_WORD, 5);

/** A Yoruba page glossed into English. */
export const glossYoruba = (text: string): string => glossInTurn(bare(text), CASED_RULES);
