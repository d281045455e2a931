import { applyGloss, keepCase, markEarlier, monthNamer, mostlyScript, script, tidyGloss, type GlossRule, type MonthTable, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Belarusian draw news glossed into the English the reader knows, as `gloss-ukrainian.ts` does for Ukrainian (docs/parser.md
 * "Welsh and Belarusian"): thousands with a space ("4 000 запрашэнняў" → "4,000 invitations"), months in the genitive ("18
 * сакавіка 2026" → "March 18, 2026", "24 сак 2020"), "сёння" (today), "учора" (yesterday), rounds ("раўнд № 405", "раўнд нумар
 * 226" → "round #405"), counts ("Атрымалі запрашэнні 1 500 кандыдатаў" → "1,500 candidates received invitations"), cut-offs
 * ("Мінімальны бал CRS", "з мінімальным балам 507", "прахадны бал"), the tie-break ("Правіла развязкі"), programs and the
 * words of a draw report. What the glossary does not know is dropped; a sentence of an earlier round ("папярэдн…", previous;
 * "Да гэтага", before that) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Belarusian's "ў" (Uzbek writes it too), and letters Belarusian never writes: Uzbek's, Kazakh's, Ukrainian's, Serbian's, Macedonian's. */
const SHORT_U = /[ўЎ]/g;
const CYRILLIC_WORD = /[\u0400-\u04ff]+/g;
const OTHERS = /[қғҳәңұүөһїєґјљњћђџѓќѕҚҒҲӘҢҰҮӨҺЇЄҐЈЉЊЋЂЏЃЌЅ]/g;
/** Words of a Belarusian draw report, in its own spelling (Russian writes "сегодня", "вчера", "приглашения", "раунд"). */
const BELARUSIAN_WORD = new RegExp(
  String.raw`(?<![${C}])(?:сёння|учора|ўчора|запрашэнн[${C}]*|раўнд[${C}]*|кандыдат[${C}]*|прахадн[${C}]*|мінімальн[${C}]*|правёў|правяла|правялі|адбыў[${C}]*|гэта|і|ў|у|для|толькі|праграм[${C}]*|сакавіка|красавіка|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня|студзеня|лютага|беларус[${C}]*|будзе|што|яшчэ|таксама|вельмі|зараз)(?![${C}])`,
  'giu',
);

/** Enough Cyrillic that it is the page's language, its "ў", none of the letters it never writes, and four of its words (a short post three). */
export function isBelarusian(text: string): boolean {
  if ((text.match(SHORT_U) ?? []).length < 2 || (text.match(OTHERS) ?? []).length > 0 || !mostlyScript(text, CYRILLIC)) return false;
  const found = (text.match(BELARUSIAN_WORD) ?? []).map((w) => w.toLowerCase());
  const kinds = new Set(found).size;
  // A short post ("Раўнд #436 сёння | 1 000 запрашэнняў"): three of its words, making up half of its Cyrillic words.
  return kinds >= 4 || (kinds >= 3 && found.length * 2 >= (text.match(CYRILLIC_WORD) ?? []).length);
}

const { S, re, B, E, T } = scriptWords(C, { apostrophe: true });

const MONTHS: MonthTable = [
  ['студз', 'January'],
  ['лют', 'February'],
  ['сак', 'March'],
  ['крас', 'April'],
  ['ма[яй]', 'May'],
  ['чэрв', 'June'],
  ['ліп', 'July'],
  ['жн', 'August'],
  ['вер', 'September'],
  ['кастр', 'October'],
  ['ліст', 'November'],
  ['снеж', 'December'],
];
const MONTH = String.raw`(студзен[ья]|лют(?:ага|ы)|сакавік[аі]?|красавік[аі]?|ма[яй]|чэрвен[ья]|ліпен[ья]|жніўн[яі]|жнівень|верас(?:ня|ень)|кастрычнік[аі]?|лістапад[аз]?|снеж(?:ня|ань)|(?:студз|лют|сак|крас|чэрв|ліп|жн|вер|кастр|ліст|снеж)\.?)`;
const monthOf = monthNamer(MONTHS, 'i');
const YEAR_WORD = String.raw`(?:${S}?г\.|${S}(?:года|год|годзе)${E})`;
/** A count: "3,000" (after the thousands rule) or "3000". */
const NUM = GLOSS_NUM;
const INVITATIONS = `запрашэнн${T}`;
const PEOPLE = `(?:кандыдат|чалавек|асоб|заяўнік)${T}`;
const ROUND = `раўнд${T}`;
const POINTS = String.raw`(?:бал(?:ы|аў|у|ам|амі|а)?|пункт${T})${E}`;
const MINIMUM = `(?:мінімальн${T}|мін\\.|прахадн${T})`;

const SCRIPT = script('\u0400-\u04ff', '«»');

const RULES: readonly GlossRule[] = [
  // Places that hold their own draws, and pages that tell no news of a round (a guide, a forecast, a recap).
  [re(`${B}(?:Антарыа|Антарыё)${E}`), ' Ontario '],
  [re(`${B}Брытанск${T}${S}Калумбі${T}`), ' British Columbia '],
  [re(`${B}Аўстралі${T}`), ' Australia '],
  [re(`${B}Нов${T}${S}Зеландыі?${T}`), ' New Zealand '],
  [re(`${B}Саскачэван${T}`), ' Saskatchewan '],
  [re(`${B}Альберт${T}`), ' Alberta '],
  [re(`${B}Манітоб${T}`), ' Manitoba '],
  [re(`${B}Квебек${T}`), ' Quebec '],
  [re(`${B}Нов${T}${S}Шатландыі?${T}`), ' Nova Scotia '],
  [re(`${B}Нью-Брансўік${T}`), ' New Brunswick '],
  [re(`${B}(?:востра${T}${S})?Прынца${S}Эдуарда${E}`), ' Prince Edward Island '],
  [re(`${B}Юкан${T}`), ' Yukon '],
  [re(`${B}правінцыі?${E}|${B}правінцы(?:я|ю|ях|ямі)${E}`), ' province '],
  [re(`${B}прагноз${T}`), ' Forecast '],
  [re(`${B}(?:чакаецца|чакаем|чакаюць|магчыма|верагодна)${E}`), ' expected '],
  [re(`${B}(?:гід|даведнік|інструкцы${T})${E}`), ' Guide '],
  [re(`${B}напрыклад${E}`), ' for example '],
  [re(`${B}тыднёв${T}${S}агляд${E}|${B}агляд${S}тыдня${E}`), ' weekly recap '],
  [re(`${B}(?:агляд|вынік${T})${S}(\\d{4})${S}год${T}`), ' $1 year in review '],
  [re(`${B}(?:агляд|вынік${T})${S}месяца${E}|${B}месячн${T}${S}агляд${E}`), ' monthly recap '],
  [re(`${B}тыдзень${S}у${S}(?=Express Entry)`), ' this week in '],
  [re(`${B}агляд${E}`), ' review '],
  [re(`${B}(?:каля|прыблізна|амаль|блізу)${S}(?=\\d)`), ' about '],
  [re(`${B}(?:не${S})?(?:больш${S}за|больш${S}чым|звыш|менш${S}за|менш${S}чым)${S}(?=\\d)`), ' more than '],
  [re(`${B}(?:да|аж${S}да)${S}(?=\\d{1,3}(?:[ \u00a0,]\\d{3})+(?!\\d)|\\d{3,6}(?!\\d))`), ' up to '],
  [re(`${B}(?:усяго|разам)${E}`), ' in total '],
  // Thousands with a space: "4 000", "3 232".
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  [re(`(?<=[A-Za-z])-[${C}]{1,4}${E}`), ''],
  // Days: "18 сакавіка 2026", "29 снежня 2025 г.", "24 сак 2020", "у 2025 годзе" (in 2025).
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}${E}(?:,?${S}(\d{4})(?!\d)(?:${YEAR_WORD})?)?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${d}${y ? `, ${y}` : ''} `],
  [re(String.raw`${B}(?:у|ў)${S}(\d{4})${YEAR_WORD}`), ' in $1 '],
  [re(String.raw`(?<!\d)(\d{4})${YEAR_WORD}`), ' $1 '],
  [re(`${B}(?:у|ў)${S}(?=\\d{1,2}:\\d{2})`), ' at '],
  [re(`${B}пазаўчора${E}`), ' the day before yesterday '],
  [re(`${B}(?:учора|ўчора)${E}`), ' yesterday '],
  [re(`${B}сёння${E}`), ' today '],
  [re(`${B}заўтра${E}`), ' tomorrow '],
  [re(`${B}(?:на${S}гэтым${S}тыдні|гэтага${S}тыдня)${E}`), ' this week '],
  [re(`${B}(?:на${S}мінулым${S}тыдні|мінулага${S}тыдня)${E}`), ' last week '],
  [re(`${B}за${S}тыдзень${E}`), ' this week '],
  [re(`${B}(?:на${S}гэты${S}раз|гэтым${S}разам)${E}`), ' this time '],
  // Rounds: "раўнд № 405", "раўнд нумар 226", "тры раўнды" (three rounds), "агульны раўнд" (a general round).
  [re(String.raw`${B}${ROUND}${S}(?:№|нумар)${S}?(\d{1,3})(?!\d)`), ' round #$1 '],
  [re(String.raw`${B}(два|дзве|тры|чатыры)${S}${ROUND}`), (_, n = '') => ` ${/^д/iu.test(n) ? 'two' : /^т/iu.test(n) ? 'three' : 'four'} rounds `],
  [re(`${B}першы${S}ў${S}гісторыі${E}`), ' first-ever '],
  [re(`${B}перш${T}`), ' first '],
  [re(`${B}апошн${T}`), ' last '],
  [re(`${B}агульн${T}`), ' general '],
  [re(`${B}наступн${T}${S}${ROUND}`), ' next round '],
  [re(`${B}наступн${T}`), ' next '],
  [re(`${B}(?:запросіць|запросяць|будзе${S}праведзены)${E}`), ' will invite '],
  [re(`${B}(?:раўнды|раўндаў|раўндах)${E}`), ' rounds '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}правіл${T}${S}развязкі${E}`), ' tie-breaking rule '],
  // Counts: "Атрымалі запрашэнні 1 500 кандыдатаў", "разаслала 779 запрашэнняў", "было выдадзена 7 500 запрашэнняў".
  [re(String.raw`${B}атрымал${T}${S}${INVITATIONS}${S}${NUM}${S}${PEOPLE}`), ' $1 candidates received invitations '],
  [re(String.raw`${B}${NUM}${S}${PEOPLE}${S}атрымал${T}${S}${INVITATIONS}`), ' $1 candidates received invitations '],
  [re(String.raw`${B}${INVITATIONS}${S}атрымал${T}${S}${NUM}${S}${PEOPLE}`), ' $1 candidates received invitations '],
  [re(String.raw`${B}(?:разаслал${T}|выдал${T}|адправіл${T})${S}${NUM}${S}${INVITATIONS}`), ' issued $1 invitations '],
  [re(String.raw`${B}(?:было${S})?(?:выдадзена|разаслана|адпраўлена)${S}${NUM}${S}${INVITATIONS}`), ' $1 invitations were issued '],
  [re(String.raw`${B}(?:запрасіў|запрасіла|запрасілі)${S}${NUM}${S}${PEOPLE}`), ' invited $1 candidates '],
  [re(String.raw`${NUM}${S}${INVITATIONS}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}`), ' $1 candidates '],
  // Cut-offs: "Мінімальны бал CRS: 393", "з мінімальным балам 507", "прахадны бал 467", "мінімальны бал — 557".
  [re(String.raw`${B}(?:з|са)${S}${MINIMUM}${S}${POINTS}(?:${S}CRS)?${S}(?=\d)`), ' with a minimum CRS score of '],
  [re(String.raw`${B}(?:з|са)${S}${POINTS}(?:${S}CRS)?${S}(?=\d)`), ' with a score of '],
  [re(String.raw`${B}${MINIMUM}${S}(?:(?:${POINTS})(?:${S}CRS)?|CRS)`), ' minimum CRS score '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}${POINTS}`), ' $1 points '],
  [re(`${B}${POINTS}`), ' score '],
  [re(`${B}(?:правёў|правяла|правялі|правяло)${E}`), ' held '],
  [re(`${B}(?:адбыўся|адбылася|адбыліся)${E}`), ' took place '],
  [re(`${B}(?:запрасіў|запрасіла|запрасілі|запрашалі)${E}`), ' invited '],
  [re(`${B}(?:быў|была|было)${E}`), ' was '],
  [re(`${B}${INVITATIONS}`), ' invitations '],
  [re(`${B}кандыдат${T}`), ' candidates '],
  // Programs.
  [re(`${B}(?:з${S}веданнем${S})?французск${T}${S}мов${T}`), ' French-language proficiency '],
  [re(`${B}франкамоўн${T}`), ' French-speaking '],
  [re(`${B}(?:для${S})?(?:ўсіх|усіх)${S}праграм${E}`), ' for all programs '],
  [re(`${B}без${S}праграмы${E}`), ' no program specified '],
  [re(`(STEM)-?${S}?прафес${T}`), ' $1 occupations '],
  [re(`${B}(?:медык${T}|ахов${T}${S}здароўя)`), ' healthcare '],
  [re(`${B}правінцыйн${T}${S}(?:праграм${T}|намінант${T})`), ' Provincial Nominee Program '],
  [re(`${B}(?:старэйш${T}${S})?кіраўнік${T}`), ' senior managers '],
  [re(`${B}(?:з${S})?канадск${T}${S}досвед${T}${S}працы${E}`), ' with Canadian work experience '],
  [re(`${B}вайскоўц${T}|${B}ваенн${T}`), ' military '],
  [re(`${B}транспартн${T}`), ' transport '],
  [re(`${B}урач${T}|${B}лекар${T}`), ' physicians '],
  [re(`${B}праграм${T}`), ' program '],
  [re(`${B}прафес${T}`), ' occupations '],
  [re(`${B}толькі${E}`), ' only '],
  [re(`${B}дата${E}`), ' Date '],
  [re(`${B}для${E}`), ' for '],
  [re(`${B}канад${T}`), ' Canada '],
  [re(`${B}(?:у|ў)${S}(?:папярэдн${T}|мінул${T})`), ' in the previous '],
  [re(`${B}мінул${T}${S}(?=round)`), ' previous '],
  [re(`${B}папярэдн${T}`), ' previous '],
];

const CASED_RULES = RULES.map(keepCase);

/** A sentence that speaks of an earlier round ("папярэдн…", previous; "Да гэтага", before that; "мінулага тыдня", last week): context. */
const EARLIER = /[Пп]апярэдн|[Дд]а гэтага|[Мм]інулага тыдня|[Нн]а мінулым тыдні/u;

export function glossBelarusian(text: string): string {
  const glossed = applyGloss(markEarlier(text, EARLIER, /([.\n]|,(?=\s*(?:чым|што|у|ў)\s))/), CASED_RULES)
    .replace(SCRIPT.glued, ' ')
    .replace(SCRIPT.run, ' ');
  return tidyGloss(glossed.replace(/(^|:)[ \t]*,(?=[ \t])/gm, '$1')).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
