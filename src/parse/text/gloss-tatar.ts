import { CYRILLIC_MONTHS, finishGloss, keepAnyCase, markEarlier, monthNamer, monthStems, mostlyScript, script, type GlossRule, type MonthTable, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Tatar draw news glossed into the English the reader knows, as `gloss-kyrgyz.ts` does for Kyrgyz (docs/parser.md, "Tatar and
 * Hmong"): thousands with a space ("1 280" → "1,280"), months in their cases ("17 августта", "5 гыйнвардагы", "2026 елның 1
 * марты" → "March 1, 2026"), weekdays ("дүшәмбе", "җомга көнне"), "бүген" (today), "кичә" (yesterday), rounds ("№435 турда" →
 * "round #435", "341 нче турын"), counts ("442 кешегә чакыру җибәрелде" → "442 candidates received invitations", "5,000 кеше
 * чакырылды", "1,000 чакыру"), cut-offs ("минималь балл", "иң түбән CRS балы" → "minimum CRS score"), the tie-break ("тигезлек
 * кагыйдәсе"), programs, and a recap's ("йомгак"), forecast's or guide's words. What the glossary does not know is dropped; a
 * sentence of an earlier round ("алдагы", previous; "элек", before; "Искә төшерәбез", let us recall) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** A letter Tatar writes and Russian does not: the cheap first test of the Cyrillic pages. */
export const TATAR_LETTER = /[әөүҗңһӘӨҮҖҢҺ]/;
/** Letters Tatar writes and Russian does not, and of them those Kyrgyz and Mongolian do not write (Kazakh and Bashkir write "ә", "һ" too). */
const TATAR_LETTERS = /[әөүҗңһӘӨҮҖҢҺ]/g;
const TATAR_OWN = /[әҗһӘҖҺ]/;
/** Letters Tatar never writes: Kazakh's, Bashkir's, Uzbek's, Tajik's, Ukrainian's, Belarusian's, Serbian's and Macedonian's. */
const OTHERS_OWN = /[қғұіҡҙҫўҳҷӣӯїєґјљњћђџѓќѕҚҒҰІҠҘҪЎҲҶӢӮЇЄҐЈЉЊЋЂЏЃЌЅ]/g;
/**
 * Tatar's own words of a draw report, none of them Kyrgyz's ("бүгүн", "кечээ", "чакыруу", "упай", "боюнча", "болду", "киши") or
 * Kazakh's: today, yesterday, invitation, invited, points, for, and, with, by, was sent, held, was, tie, rule, person, round,
 * minimum, on the day.
 */
const TATAR_WORD =
  /(?<![\u0400-\u04ff])(?:бүген|кичә|чакыру|чакырулар|чакырылды|чакырды|балл\p{L}*|балы|өчен|һәм|белән|буенча|җибәрелде|үткәр\p{L}*|уздыр\p{L}*|узды|үтте|булды|иде|тигезлек|кагыйдә\p{L}*|кеше\p{L}*|тур\p{L}*|минималь|көнне)(?![\u0400-\u04ff])/giu;

/**
 * Enough Cyrillic that it is the page's language, about none of the others' own letters, and three kinds of Tatar's words with
 * two of its letters (four kinds when the page writes none of "ә", "җ", "һ", which Kyrgyz and Mongolian never write, or only
 * one of its letters, as a short post's "Яңа тур!" does).
 */
export function isTatar(text: string): boolean {
  const own = (text.match(TATAR_LETTERS) ?? []).length;
  if ((text.match(OTHERS_OWN) ?? []).length * 20 > own) return false;
  const kinds = new Set((text.match(TATAR_WORD) ?? []).map((w) => w.toLowerCase())).size;
  return kinds >= (own >= 2 && TATAR_OWN.test(text) ? 3 : 4) && mostlyScript(text, CYRILLIC);
}

const { S, re, B, E, T } = scriptWords(C);

const MONTHS: MonthTable = [['гыйнвар|январ', 'January'], ...CYRILLIC_MONTHS.slice(1)];
const MONTH = `((?:${monthStems(MONTHS)})${T})`;
const monthOf = monthNamer(MONTHS, 'i');
const WEEKDAYS: MonthTable = [
  ['дүшәмбе', 'Monday'],
  ['сишәмбе', 'Tuesday'],
  ['чәршәмбе', 'Wednesday'],
  ['пәнҗешәмбе', 'Thursday'],
  ['җомга', 'Friday'],
  ['шимбә', 'Saturday'],
  ['якшәмбе', 'Sunday'],
];

const NUM = GLOSS_NUM;
const INVITATION = `чакыру${T}`;
const PEOPLE = `(?:кеше|кандидат|табиб)${T}`;
/** A round: "тур", "туры", "турда", "турлар"; not "турында" (about). */
const ROUND = `тур(?!ында|ыдан)${T}`;
const POINTS = `(?:балл${T}|балы${E})`;
/** A figure's case ending written apart: "400 дән", "379 га". */
const FROM = `(?:-?${S}?(?:дән|дан|тән|тан|нән|нан)${E})`;
const COUNTED: Readonly<Record<string, string>> = { ике: 'two', өч: 'three', дүрт: 'four', биш: 'five' };

const RULES: readonly GlossRule[] = [
  // Thousands with a space: "1 280" (bounded, so a day and a year stay apart).
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Places that hold their own draws, and pages that tell no news of a round.
  ...(
    [
      ['альберта', 'Alberta'],
      ['онтарио', 'Ontario'],
      ['британия' + S + 'колумбия', 'British Columbia'],
      ['саскачеван', 'Saskatchewan'],
      ['манитоба', 'Manitoba'],
      ['квебек', 'Quebec'],
      ['австралия', 'Australia'],
      ['яңа' + S + 'зеландия', 'New Zealand'],
      ['бөек' + S + '?британия', 'United Kingdom'],
    ] as const
  ).map(([tt, en]): GlossRule => [re(`${B}${tt}${T}`), ` ${en} `]),
  [re(`${B}провинция${S}номинант${T}(?:${S}программа${T})?`), ' Provincial Nominee Program '],
  [re(`${B}провинция${T}`), ' province '],
  [re(String.raw`${B}(?:(бу)${S})?федераль${S}([^.\n]{0,40}?)${S}түгел${E}`), (_, bu = '', what = '') => ` ${bu ? 'this is ' : ''}not a federal ${what} `],
  [re(`${B}үз${S}(?=сайла)`), ' its own '],
  [re(`${B}федераль${E}`), ' federal '],
  // Hedges and what is not news: about, around, forecast, expected, guide, recap.
  [re(`${B}якынча${E}`), ' about '],
  [re(String.raw`${NUM}${S}тирәсендә${E}`), ' about $1 '],
  [re(String.raw`${NUM}${FROM}${S}(түбән|ким|югары|артык)${T}`), (_, n = '', way = '') => ` ${/^[тк]/iu.test(way) ? 'below' : 'above'} ${n} `],
  [re(String.raw`${NUM}${S}мең${E}`), ' $1 thousand '],
  [re(`${B}(?:фараз|прогноз)${T}`), ' Forecast '],
  [re(`${B}(?:көтелә|көтелгән)${E}`), ' expected '],
  [re(`${B}(?:кулланма|белешмә)${T}`), ' Guide '],
  [re(`${B}мәсәлән${E}`), ' For example, '],
  [re(`${B}(?:айлык${S}йомгак${T}|${MONTH}(?:${S}а[ея]${T})?${S}йомгак${T})`), ' monthly recap '],
  [re(`${B}атна${S}йомгак${T}`), ' Weekly recap '],
  [re(`${B}йомгак${T}`), ' recap '],
  // Days: "2026 елның 1 марты", "19 август 2026", "17 августта", "5 гыйнвардагы".
  [re(String.raw`(?<!\d)(\d{4})${S}елны?ң${S}(\d{1,2})${S}${MONTH}`), (_, y = '', d = '', m = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}(?:,?${S}(\d{4})(?!\d)(?:${S}ел${T})?)?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<!\d)(\d{4})${S}ел(?:да|дә|ны?ң)${E}`), ' in $1 '],
  [re(`${B}${MONTH}${S}а[ея]${T}`), (_, m = '') => ` in ${monthOf(m)} `],
  ...WEEKDAYS.map(([tt, en]): GlossRule => [re(`${B}${tt}${T}(?:${S}көнне${E})?`), ` ${en} `]),
  [re(`${B}өченче${S}көн${T}`), ' the day before yesterday '],
  [re(`${B}көнне${E}`), ' '],
  [re(`${B}бүген${T}`), ' today '],
  [re(`${B}кичә${E}`), ' yesterday '],
  [re(`${B}бу${S}атна${T}`), ' this week '],
  [re(`${B}узган${S}атна${T}`), ' last week '],
  [re(`${B}киләсе${S}атна${T}`), ' next week '],
  [re(`${B}киләсе${E}`), ' next '],
  [re(`${B}бу${S}юлы${E}`), ' this time '],
  // Rounds: "№435 турда", "341 нче турын", "өч чакыру турын" (three rounds of invitations).
  [re(String.raw`(?:№|No\.?)${S}?(\d{1,4})${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`(?<![\d,.])(\d{1,4})-?${S}?(?:нче|нчы|енче|ынчы)${S}${ROUND}`), ' round #$1 '],
  [re(String.raw`(?:№|(?<![A-Za-z])No\.?)${S}?(\d{1,4})(?!\d)`), ' #$1 '],
  [re(`${B}(ике|өч|дүрт|биш)${S}(?:${INVITATION}${S})?${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}яңа${S}(?=${ROUND})`), ' new '],
  [re(`${B}${INVITATION}${S}${ROUND}`), ' round of invitations '],
  [re(`${B}гомуми${S}${ROUND}`), ' general round '],
  [re(`${B}${ROUND}${S}да${S}булды${E}`), ' round was also held '],
  [re(`${B}${ROUND}${S}булды${E}`), ' round was held '],
  [re(`${B}турлар${T}`), ' rounds '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}сайла(?:у|в)${T}`), ' draw '],
  // The tie-break: "Тигезлек кагыйдәсе (вакыты)".
  [re(`${B}тигезлек${S}кагыйдә${T}(?:${S}вакыты${E})?`), ' tie-breaking rule '],
  // Counts: "442 кешегә чакыру җибәрелде" (or "җибәрде", sent), "2,250 кешегә ITA җибәрелде", "5,000 кеше чакырылды", "1,000 чакыру".
  [re(String.raw`${NUM}${S}${PEOPLE}(?:${S}[^\s.:;\d]+){0,5}?${S}(?:${INVITATION}|ITA)${S}җибәр(?:елде|де)${E}`), ' $1 candidates received invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}${S}чакырылды${E}`), ' $1 candidates were invited '],
  [re(String.raw`${NUM}${S}(?:кеше|кандидат)(?:не|ны)${S}чакырды${E}`), ' invited $1 candidates '],
  [re(String.raw`${NUM}${S}${INVITATION}`), ' $1 invitations '],
  // A summary's count beside its cut-off: "4,000 кандидат, минималь балл 516".
  [re(String.raw`${NUM}${S}${PEOPLE}(?=,${S}(?:минималь|иң${S}түбән|балл))`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}`), ' $1 candidates '],
  [re(`${B}чакырулар${S}саны${E}`), ' number of invitations '],
  // Cut-offs: "минималь балл 523", "иң түбән CRS балы — 760", "Минималь CRS балы 379 булды".
  [re(`${B}(?:минималь|иң${S}түбән)${S}(?:CRS${S})?${POINTS}`), ' minimum CRS score '],
  [re(String.raw`${NUM}-?${S}?(?:га|гә|ка|кә)${S}кадәр${S}төште${E}`), ' fell to $1 '],
  [re(`(?<=CRS${S})${POINTS}`), ' score '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}${POINTS}`), ' $1 points '],
  [re(`${B}${POINTS}`), ' score '],
  // Programs.
  [re(`${B}канада${S}тәҗрибәсе${S}сыйныф${T}`), ' Canadian Experience Class '],
  [re(`${B}француз${S}тел${T}${S}белүчеләр${T}`), ' French-speaking candidates '],
  [re(`${B}(?:француз${S}тел${T}|французча)`), ' French-language '],
  [re(`${B}транспорт${T}`), ' transport '],
  [re(`${B}хәрби${T}`), ' military '],
  [re(`${B}сәламәтлек${S}саклау${T}`), ' healthcare '],
  [re(`${B}укытучы${T}`), ' teachers '],
  [re(`${B}авыл${S}хуҗалыгы${T}`), ' agriculture '],
  [re(`${B}һөнәр${T}`), ' occupations '],
  [re(`${B}табиб${T}`), ' physicians '],
  [re(`${B}барлык${S}программа${T}`), ' all programs '],
  [re(`${B}программа${T}`), ' program '],
  [re(`${B}категория${T}`), ' category '],
  [re(`${B}канада${T}`), ' Canada '],
  // What happened.
  [re(`${B}(?:үткәрде|уздырды)${E}`), ' held '],
  [re(`${B}(?:үткәрелде|уздырылды|узды|үтте)${E}`), ' was held '],
  [re(`${B}чакырды${E}`), ' invited '],
  [re(`${B}җибәрелде${E}`), ' were issued '],
  [re(`${B}чакырылды${E}`), ' were invited '],
  [re(`${B}${INVITATION}`), ' invitations '],
  [re(`${B}${PEOPLE}`), ' candidates '],
  [re(`${B}бары${S}тик${E}|${B}гына${E}`), ' only '],
];

/** A sentence of an earlier round: "алдагы" (previous), "элек" (before), "Искә төшерәбез" (let us recall), "моңа кадәр" (until now). */
const EARLIER = new RegExp(String.raw`${B}(?:алдагы|элек|элеккеге|узган${S}тур${T})${E}|искә${S}төшер|моңа${S}кадәр`, 'iu');

const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** A comparison with the previous round, this round's figure before it: "алдагы турдагы 517 дән (бер балга) түбән" (down from 517). */
const COMPARED = new RegExp(String.raw`${B}алдагы${S}тур\p{L}*${S}(\d{1,5})${FROM}(?:${S}[^\s\d.,]+${S}бал\p{L}*)?${S}(түбән|ким|югары|артык)\p{L}*`, 'giu');
const compared = (_: string, n = '', way = ''): string => ` (${/^[тк]/iu.test(way) ? 'down' : 'up'} from ${n} in the previous round) `;

export function glossTatar(text: string): string {
  return finishGloss(markEarlier(text.replace(COMPARED, compared), EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
