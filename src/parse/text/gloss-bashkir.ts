import { CYRILLIC_MONTHS, finishGloss, keepAnyCase, markEarlier, monthNamer, monthStems, script, type GlossRule, type MonthTable, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Bashkir draw news glossed into the English the reader knows, in the shape of `gloss-tatar.ts` (docs/parser.md "Bashkir and
 * Luxembourgish"): thousands with a space ("3 300" → "3,300"), months in their cases ("2 мартта", "14 авгусы", "2024 йылдың 17
 * апреле" → "April 17, 2024"), weekdays ("Дүшәмбе", "Йома"), "бөгөн" (today), "кисә" (yesterday), rounds ("№312 раундты" →
 * "round #312", "58-се раунд", "Раунд номеры — 341"), counts ("Саҡырыуҙар һаны: 3 300", "264 саҡырыу", "4 300 кандидат …
 * саҡырыу алды" → "4,300 candidates received invitations"), cut-offs ("иң түбәнге CRS балы", "минималь балл" → "minimum CRS
 * score", "сик — 431 балл"), the tie-break ("Тигеҙ баллы кандидаттар (өсөн ҡағиҙә)", "Тай-брейк"), programs, hedges and a
 * recap's, forecast's or guide's words. What the glossary does not know is dropped; a sentence of an earlier round ("алдағы",
 * previous; "элек", before) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Letters only Bashkir writes among the Cyrillic languages the reader glosses (ҡ, ҙ, ҫ): the cheap first test. */
export const BASHKIR_LETTER = /[ҡҙҫҠҘҪ]/;
const BASHKIR_LETTERS = /[ҡҙҫҠҘҪ]/g;
/** Letters Bashkir never writes: Kazakh's қ, ұ, і, Tatar's җ, Uzbek's ў, ҳ, Tajik's, Ukrainian's, Serbian's and Macedonian's. */
const OTHERS_OWN = /[құіҗўҳҷӣӯїєґјљњћђџѓќѕҚҰІҖЎҲҶӢӮЇЄҐЈЉЊЋЂЏЃЌЅ]/g;
/** Bashkir's own words of a draw report: today, yesterday, invitation, round, points, for, with, and, by, held, tie, rule, year, week. */
const BASHKIR_WORD =
  /(?<![\u0400-\u04ff])(?:бөгөн|кисә|саҡырыу\p{L}*|саҡыр\p{L}*|раунд\p{L}*|балл\p{L}*|өсөн|менән|һәм|буйынса|ебәрелде|үткәр\p{L}*|үтте|уҙҙы|булды|ине|тигеҙ|ҡағиҙә\p{L}*|кеше\p{L}*|минималь|түбәнге|йыл\p{L}*|аҙна\p{L}*)(?![\u0400-\u04ff])/giu;
const LATIN = /[A-Za-z]/g;

/**
 * One of Bashkir's own letters, about none of the others' letters, and three kinds of its words (two on a short post whose
 * Cyrillic is at least half its Latin letters, as "Express Entry №123 — бөгөн! 3 600 саҡырыу, CRS 466." is); enough Cyrillic.
 */
export function isBashkir(text: string): boolean {
  const own = (text.match(BASHKIR_LETTERS) ?? []).length;
  if (own === 0 || (text.match(OTHERS_OWN) ?? []).length * 20 > own) return false;
  const kinds = new Set((text.match(BASHKIR_WORD) ?? []).map((w) => w.toLowerCase())).size;
  const cyrillic = (text.match(CYRILLIC) ?? []).length;
  if (kinds >= 3 && cyrillic >= 40) return true;
  return kinds >= 2 && cyrillic >= 15 && cyrillic * 2 >= (text.match(LATIN) ?? []).length;
}

const { S, re, B, E, T } = scriptWords(C);

const MONTHS: MonthTable = [['ғинуар|январ', 'January'], ...CYRILLIC_MONTHS.slice(1, 7), ['авгус', 'August'], ...CYRILLIC_MONTHS.slice(8)];
const MONTH = `((?:${monthStems(MONTHS)})${T})`;
const monthOf = monthNamer(MONTHS, 'i');
const WEEKDAYS: MonthTable = [
  ['дүшәмбе', 'Monday'],
  ['шишәмбе', 'Tuesday'],
  ['шаршамбы', 'Wednesday'],
  ['кесаҙна', 'Thursday'],
  ['йома', 'Friday'],
  ['шәмбе', 'Saturday'],
  ['йәкшәмбе', 'Sunday'],
];

const NUM = GLOSS_NUM;
const INVITATION = `саҡырыу${T}`;
const PEOPLE = `(?:кеше|кандидат|табип)${T}`;
const ROUND = `раунд${T}`;
const POINTS = `(?:балл${T}|балы${E})`;
/** A figure's case ending, written apart or after a hyphen: "700-ҙән", "510 дан". */
const FROM = `(?:-?${S}?(?:ҙән|ҙан|дән|дан|тән|тан|нән|нан)${E})`;
const TO = `(?:-?${S}?(?:ға|гә|ҡа|кә)${E})`;
const COUNTED: Readonly<Record<string, string>> = { ике: 'two', өс: 'three', дүрт: 'four', биш: 'five' };

const RULES: readonly GlossRule[] = [
  // Thousands with a space: "3 300" (bounded, so a day and a year stay apart).
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Places that hold their own draws, and pages that tell no news of a round.
  ...(
    [
      ['альберта', 'Alberta'],
      ['онтарио', 'Ontario'],
      ['британ' + T + S + 'колумбия', 'British Columbia'],
      ['саскачеван', 'Saskatchewan'],
      ['манитоба', 'Manitoba'],
      ['квебек', 'Quebec'],
      ['австралия', 'Australia'],
      ['яңы' + S + 'зеландия', 'New Zealand'],
      ['бөйөк' + S + '?британия', 'United Kingdom'],
    ] as const
  ).map(([ba, en]): GlossRule => [re(`${B}${ba}${T}`), ` ${en} `]),
  [re(`${B}провинция${S}номинант${T}(?:${S}программа${T})?`), ' Provincial Nominee Program '],
  [re(`${B}провинция${T}`), ' province '],
  [re(String.raw`${B}(?:(был)${S})?федераль${S}([^.\n]{0,40}?)${S}түгел${E}`), (_, bu = '', what = '') => ` ${bu ? 'this is ' : ''}not a federal ${what} `],
  [re(`${B}үҙ(?:е|ен|енең)?${S}(?=${ROUND}|иммиграция)`), ' its own '],
  [re(`${B}федераль${E}`), ' federal '],
  // Hedges and what is not news: about, more than, up to, forecast, expected, guide, recap.
  [re(`${B}(?:яҡынса|яҡын${S}тирәһе)${E}`), ' about '],
  [re(String.raw`${NUM}${S}(?:${POINTS}${S})?тирәһе${T}`), ' about $1 '],
  [re(String.raw`${NUM}${FROM}${S}(?:ашыу|артыҡ|күберәк|юғары)${T}`), ' more than $1 '],
  [re(String.raw`${NUM}${FROM}${S}(?:кәм|түбән)${T}`), ' below $1 '],
  [re(String.raw`${NUM}${S}балл(?:ға|ға)${S}тиклем${E}`), ' up to $1 points '],
  [re(String.raw`${NUM}${TO}${S}тиклем${E}`), ' up to $1 '],
  [re(String.raw`${NUM}${S}мең${E}`), ' $1 thousand '],
  [re(`${B}(?:фараз|прогноз)${T}`), ' Forecast '],
  [re(`${B}(?:көтөлә|көтөлгән|көтөлөүсе)${E}`), ' expected '],
  [re(`${B}(?:ҡулланма|белешмә)${T}`), ' Guide '],
  [re(`${B}мәҫәлән${E}`), ' For example, '],
  [re(`${B}(?:айлыҡ${S}йомғаҡ${T}|${MONTH}(?:${S}айы${T})?${S}йомғаҡ${T})`), ' monthly recap '],
  [re(`${B}(?:йыллыҡ${S}йомғаҡ${T}|йыл${S}йомғағы${E})`), ' Year in review '],
  [re(`${B}аҙналыҡ${S}йомғаҡ${T}`), ' Weekly recap '],
  [re(`${B}(?:йомғаҡ|йомғағ)${T}`), ' recap '],
  // Days: "2024 йылдың 17 апреле", "2026 йыл, 3 март", "27 август 2024", "2 мартта", "14 авгусы".
  [re(String.raw`(?<!\d)(\d{4})${S}йыл(?:ды?ң|,)${S}(\d{1,2})${S}${MONTH}`), (_, y = '', d = '', m = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}(?:,?${S}(\d{4})(?!\d)(?:${S}йыл${T})?)?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<!\d)(\d{4})${S}йыл(?:да|ғы|ды?ң)${E}`), ' in $1 '],
  [re(`${B}${MONTH}${S}айында${E}`), (_, m = '') => ` in ${monthOf(m)} `],
  [re(`${B}((?:${monthStems(MONTHS)})[^\\s\\d.,;:]*?(?:ҙә|ҙа|да|дә|та|тә))${E}`), (_, m = '') => ` in ${monthOf(m)} `],
  ...WEEKDAYS.map(([ba, en]): GlossRule => [re(`${B}${ba}${T}(?:${S}көнө${E})?`), ` ${en} `]),
  [re(`${B}бөгөн${T}`), ' today '],
  [re(`${B}(?:өсөнсө${S}көн|кисә${S}алдынан)${E}`), ' the day before yesterday '],
  [re(`${B}кисә${E}`), ' yesterday '],
  [re(`${B}иртәгә${E}`), ' tomorrow '],
  [re(`${B}был${S}аҙнала${S}(раундтар)(?=${S}?:)`), ' rounds this week '],
  [re(`${B}был${S}аҙна${T}`), ' this week '],
  [re(`${B}үткән${S}аҙна${T}`), ' last week '],
  [re(`${B}киләһе${S}аҙна${T}`), ' next week '],
  [re(`${B}киләһе${E}`), ' next '],
  [re(`${B}был${S}юлы${E}`), ' this time '],
  // Rounds: "№312 раундты", "58-се раунд", "Раунд номеры — 341", "ике раунд" (two rounds).
  [re(String.raw`(?:№|No\.?)${S}?(\d{1,4})${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`(?<![\d,.])(\d{1,4})-?(?:се|сы|нсе|нсы|енсе|ынсы)${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`${B}${ROUND}${S}номеры${S}?[—:-]?${S}?(\d{1,4})(?!\d)`), ' Round #$1 '],
  [re(String.raw`(?:№|(?<![A-Za-z])No\.?)${S}?(\d{1,4})(?!\d)`), ' #$1 '],
  [re(`${B}(ике|өс|дүрт|биш)${S}(?:${INVITATION}${S})?${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}яңы${S}(?=${ROUND}|${INVITATION})`), ' new '],
  [re(`${B}${INVITATION}${S}${ROUND}`), ' round of invitations '],
  [re(`${B}дөйөм${S}${ROUND}`), ' general round '],
  [re(`${B}раундтар${T}`), ' rounds '],
  [re(`${B}${ROUND}`), ' round '],
  // The tie-break: "Тигеҙ баллы кандидаттар (өсөн ҡағиҙә):", "Тай-брейк:", "тигеҙлек ҡағиҙәһе".
  [re(`${B}(?:тигеҙ${S}баллы${S}кандидат${T}(?:${S}өсөн)?(?:${S}ҡағиҙә${T})?|тигеҙлек${S}ҡағиҙә${T}|тай-брейк${T})`), ' tie-breaking rule '],
  // Counts: "4 300 кандидат … саҡырыу алды" (received), "7 500 кандидат саҡырылды", "7 500 кешене … саҡырҙы", "264 саҡырыу".
  [re(String.raw`${NUM}${S}${PEOPLE}(?:${S}[^\s.:;\d]+){0,5}?${S}(?:${INVITATION}|ITA)${S}(?:алды|алған${T}|ебәрелде)${E}`), ' $1 candidates received invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}${S}саҡырылды${E}`), ' $1 candidates were invited '],
  [re(String.raw`${NUM}${S}(?:кеше|кандидат)(?:не|ны|ҙы|ҙе|ты|те)${S}саҡырҙы${E}`), ' invited $1 candidates '],
  [re(String.raw`${NUM}${S}${INVITATION}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}(?=,${S}(?:минималь|иң${S}түбән|балл))`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}`), ' $1 candidates '],
  [re(`${B}саҡырыу(?:ҙар)?${S}һаны${E}`), ' number of invitations '],
  // Cut-offs: "Иң түбәнге CRS балы: 507", "иң түбәнге балл — 710", "минималь CRS — 508", "сик — 431 балл".
  [re(`${B}(?:минималь|иң${S}түбәнге?)${S}(?:CRS${S})?${POINTS}`), ' minimum CRS score '],
  [re(`${B}(?:минималь|иң${S}түбәнге?)${S}CRS${E}`), ' minimum CRS score '],
  [re(String.raw`${B}сик${S}?[—:-]${S}?(\d{1,4})${S}${POINTS}`), ' minimum CRS score $1 points '],
  [re(String.raw`${NUM}${TO}${S}тиклем${S}төштө${E}`), ' fell to $1 '],
  [re(`(?<=CRS${S})${POINTS}`), ' score '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}${POINTS}`), ' $1 points '],
  [re(`${B}${POINTS}`), ' score '],
  // Programs.
  [re(`${B}канада${S}тәжрибә${T}${S}класы${E}`), ' Canadian Experience Class '],
  [re(`${B}француз${S}тел${T}${S}белеүсе${T}`), ' French-speaking candidates '],
  [re(`${B}(?:француз${S}тел${T}|французса)`), ' French-language '],
  [re(`${B}транспорт${T}`), ' transport '],
  [re(`${B}һаулыҡ${S}һаҡлау${T}`), ' healthcare '],
  [re(`${B}уҡытыусы${T}`), ' teachers '],
  [re(`${B}ауыл${S}хужалығы${T}`), ' agriculture '],
  [re(`${B}табип${T}`), ' physicians '],
  [re(`${B}(?:барлыҡ|бөтә)${S}программа${T}`), ' all programs '],
  [re(`${B}программа${T}`), ' program '],
  [re(`${B}категория${T}`), ' category '],
  [re(`${B}канада${T}`), ' Canada '],
  // What happened.
  [re(`${B}(?:үткәрҙе|уҙғарҙы)${E}`), ' held '],
  [re(`${B}(?:үткәрелде|уҙғарылды|уҙҙы|үтте)${E}`), ' was held '],
  [re(`${B}саҡырҙы${E}`), ' invited '],
  [re(`${B}ебәрелде${E}`), ' were issued '],
  [re(`${B}саҡырылды${E}`), ' were invited '],
  [re(`${B}${INVITATION}`), ' invitations '],
  [re(`${B}${PEOPLE}`), ' candidates '],
  [re(`${B}тик${E}|${B}генә${E}|${B}ғына${E}`), ' only '],
];

/** A sentence of an earlier round: "алдағы" (previous), "элек" (before), "моңа тиклем" (until now), "иҫкә төшөрәбеҙ" (let us recall). */
const EARLIER = new RegExp(String.raw`${B}(?:алдағы|элек|элекке|үткән${S}раунд${T})${E}|иҫкә${S}төшөр|моңа${S}тиклем`, 'iu');

const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** A comparison with the previous round, this round's figure before it: "алдағы раундтағы 517-ҙән түбән" (down from 517). */
const COMPARED = new RegExp(String.raw`${B}алдағы${S}раунд\p{L}*${S}(\d{1,5})${FROM}(?:${S}[^\s\d.,]+${S}балл\p{L}*)?${S}(түбән|кәм|юғары|артыҡ)\p{L}*`, 'giu');
const compared = (_: string, n = '', way = ''): string => ` (${/^[тк]/iu.test(way) ? 'down' : 'up'} from ${n} in the previous round) `;

export function glossBashkir(text: string): string {
  return finishGloss(markEarlier(text.replace(COMPARED, compared), EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
