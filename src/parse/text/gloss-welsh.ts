import { glossInTurn, keepCase, monthNamer, monthOrNone, namedMonthDay, type GlossRule, type MonthTable, WORD_COUNT, words } from './gloss-rules.ts';

/**
 * Welsh draw news glossed into the English the reader knows (docs/parser.md "Welsh and Belarusian"): dates with their months,
 * mutated or cut short ("5 Awst 2026" → "August 5, 2026", "21 Rhag 2017", "mis Chwefror", "20/12/2017", day first), "ddoe"
 * (yesterday), "heddiw" (today), rounds ("Rownd rhif 432" → "draw #432"), counts and their nouns ("2,985 o wahoddiadau" → "2,985
 * invitations", "507 o ymgeiswyr" → "507 candidates"), cut-offs ("Sgôr CRS isaf", "isafswm CRS o 522", "sgôr o 752 neu uwch"),
 * the tie-break ("Rheol torri clymau"), programs and the words of a draw report. Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['ion', 'January'],
  ['chwef', 'February'],
  ['[mf]awrth', 'March'],
  ['ebr', 'April'],
  ['[mf]ai', 'May'],
  ['[mf]eh', 'June'],
  ['g?orff', 'July'],
  ['awst', 'August'],
  ['[mf]edi', 'September'],
  ['hyd', 'October'],
  ['[td]ach', 'November'],
  ['r?hag', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month, whole or cut short, in its mutated forms too ("Fawrth", "Orffennaf", "Dachwedd", "Ragfyr"). */
const MONTH = '(Ionawr|Chwefror|[MF]awrth|Ebrill|[MF]ai|[MF]ehefin|G?orffennaf|Awst|[MF]edi|Hydref|[TD]achwedd|R?hagfyr|(?:Ion|Chwef|Ebr|[MF]eh|G?orff|Hyd|[TD]ach|R?hag)\\.?)';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = { llun: 'Monday', mawrth: 'Tuesday', mercher: 'Wednesday', iau: 'Thursday', gwener: 'Friday', sadwrn: 'Saturday', sul: 'Sunday' };
const PEOPLE = '(?:ymgeiswyr|ymgeisydd|bobl|pobl)';
const INVITATIONS = '(?:g?wahoddiadau|g?wahoddiad|ITA)';
const ROUND = '(?:rownd|rowndiau)';

const RULES: readonly GlossRule[] = [
  // Weekdays beside their day: "dydd Mawrth, 5 Awst" (on Tuesday), a forum's "Iau 21 Rhag 2017" (Thursday).
  [words(String.raw`dydd\s(Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)|(Llun|Mercher|Iau|Gwener|Sadwrn|Sul)(?=,?\s\d{1,2}\s)`), (_, a = '', b = '') => ` ${WEEKDAY[(a || b).toLowerCase()] ?? ''} `],
  // Days: "5 Awst 2026", "21 Rhag 2017", "30 Mai", month first in a table "Mawrth 21 |", day first "20/12/2017".
  [words(String.raw`(?:ar\s(?:y\s)?)?(\d{1,2})(?:af|il|ydd|ed|fed)?\s(?:o\s)?${MONTH}(?:\s${YEAR})?`), (all = '', d = '', m = '', y = '') => namedMonthDay(d, month(m), y) || all],
  [words(String.raw`${MONTH}\s(\d{1,2})(?![\d,.:]?\d)(?:,?\s${YEAR})?`), (all = '', m = '', d = '', y = '') => namedMonthDay(d, month(m), y) || all],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`(?:ym\\s)?mis\\s${MONTH}`), (_, m = '') => ` in ${month(m)} `],
  [words(`${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [words(`am\\s(?=\\d{1,2}:\\d{2})`), ' at '],
  [words(`adolygiad\\s${YEAR}|${YEAR}\\sadolygiad`), (_, a = '', b = '') => ` ${a || b} year in review `],
  [words('adolygiad\\s(?:y\\s)?mis|crynodeb\\s(?:y\\s)?mis'), ' monthly recap '],
  [words('adolygiad\\s(?:yr\\s)?wythnos|crynodeb\\s(?:yr\\s)?wythnos'), ' weekly recap '],
  [words('adolygiad|crynodeb'), ' review '],
  [words('canllaw'), ' Guide '],
  [words('er\\senghraifft'), ' for example '],
  [words('rhagolwg|rhagolygon|rhagfynegiad'), ' forecast '],
  [words('disgwyl|disgwylir|rhagweld'), ' expected '],
  [words('echdoe'), ' the day before yesterday '],
  [words('ddoe'), ' yesterday '],
  [words('heddiw'), ' today '],
  [words('yfory'), ' tomorrow '],
  [words('ddiwrnod\\sar\\sôl\\si'), ' a day after '],
  [words('ddiwrnod\\synghynt|y\\sdiwrnod\\scynt'), ' a day earlier '],
  [words('yr\\swythnos\\sddiwethaf|wythnos\\sdiwethaf'), ' last week '],
  [words('yr\\swythnos\\shon|wythnos\\shon'), ' this week '],
  [words('y\\stro\\syma'), ' this time '],
  [words('(?:tua|oddeutu)(?=\\s\\d)'), ' about '],
  [words('dros(?=\\s\\d)|[mf]wy\\sna(?=\\s\\d)|o\\sleiaf(?=\\s\\d)'), ' more than '],
  [words('bron(?:\\si)?(?=\\s\\d)'), ' about '],
  [words('nesaf'), ' next '],
  [words('[bf]ydd'), ' will '],
  [words('hyd\\sat(?=\\s\\d)'), ' up to '],
  [words('Seland\\sNewydd'), ' New Zealand '],
  [words('Awstralia'), ' Australia '],
  // Rounds: "Rownd rhif 432", "rownd Express Entry rhif 40", "Rownd #80", "yn rownd 312".
  [words(String.raw`(yn\s)?${ROUND}\s(Express\sEntry\s)?(?:rhif\s|#\s?)(\d{1,3})(?!\d)`), (_, at = '', ee = '', n = '') => ` ${at ? 'in ' : ''}${ee ? 'Express Entry ' : ''}draw #${n} `],
  [words(String.raw`yn\s${ROUND}\s(?=\d{1,3}(?!\d))`), ' in draw #'],
  [words(`${ROUND}\\s(?:o\\s)?wahoddiadau`), (all = '') => (/rowndiau/i.test(all) ? ' rounds of invitations ' : ' round of invitations ')],
  [words('(dau|dwy|tair|tri)\\s(?:rownd|rowndiau)'), (_, n = '') => ` ${/^d/i.test(n) ? 'two' : 'three'} rounds `],
  [words('rowndiau'), ' rounds '],
  [words('rownd'), ' round '],
  [words('rhif(?=\\s?\\d)'), ' #'],
  [words('(round)\\solaf\\sy\\sflwyddyn'), ' the last $1 of the year '],
  [words('olaf'), ' last '],
  [words('newydd'), ' new '],
  [words('arall'), ' another '],
  [words('blaenorol'), ' previous '],
  // Invitations: "Cafodd 754 o wahoddiadau eu rhoi", "2,985 o wahoddiadau", "507 o ymgeiswyr", "Nifer y gwahoddiadau".
  [words(`cafodd\\s${WORD_COUNT}\\so\\s${INVITATIONS}\\seu\\s(?:rhoi|cyhoeddi|anfon)`), ' $1 invitations were issued '],
  [words(`${WORD_COUNT}\\s(?:o\\s)?${INVITATIONS}`), ' $1 invitations '],
  [words(`${WORD_COUNT}\\so\\s${PEOPLE}`), ' $1 candidates '],
  [words(`nifer\\sy\\s${INVITATIONS}`), ' Number of invitations '],
  [words('gael\\seu\\sgwahodd|gwahoddwyd'), ' were invited '],
  [words('wedi\\sgwahodd|yn\\sgwahodd|gwahoddodd'), ' invited '],
  [words('g?wahodd'), ' invite '],
  [words('wedi\\scynnal|cynhaliodd|cynhaliwyd'), ' held '],
  [words('g?wahoddiadau|g?wahoddiad'), ' invitations '],
  [words(PEOPLE), ' candidates '],
  // The tie-break: "Rheol torri clymau", "Rheol gyfartal".
  [words('rheol\\storri\\s(?:clymau|cwlwm)|rheol\\sclymu'), ' tie-breaking rule '],
  // Cut-offs: "Sgôr CRS isaf", "sgôr isaf o 768", "isafswm CRS o 522", "yr isafswm sgôr oedd 401", "sgôr o 752 neu uwch".
  [words(String.raw`(?:gyda\s)?sgôr\so\s(\d{2,4})\sneu\suwch`), ' with a minimum CRS score of $1 '],
  [words(String.raw`(?:gyda\s)?(?:sgôr\s(?:CRS\s)?isaf|isafswm\s(?:sgôr|CRS)(?:\sCRS)?)\so(?=\s\d)`), ' with a minimum CRS score of '],
  [words(String.raw`(?:yr\s)?(?:sgôr\s(?:CRS\s)?isaf|isafswm(?:\ssgôr)?(?:\sCRS)?)(?:\s(oedd))?`), (_, was = '') => ` minimum CRS score${was ? ' was' : ''} `],
  [words('terfyn|trothwy'), ' cut-off '],
  [words('sgôr|sgoriau'), ' score '],
  [words('pwynt|pwyntiau'), ' points '],
  // Programs.
  [words('Dosbarth\\sProfiad\\sCanadaidd'), ' Canadian Experience Class '],
  [words('Rhaglen\\s(?:Enwebai|Enwebeion)\\s(?:D|T)aleithiol'), ' Provincial Nominee Program '],
  [words('Gweithwyr\\sMedrus\\sFfederal'), ' Federal Skilled Worker '],
  [words('Crefftau\\sMedrus\\sFfederal'), ' Federal Skilled Trades '],
  [words('(?:sydd\\s)?(?:eisoes\\s)?wedi\\sgweithio\\s(?:yn\\sy\\swlad|yng\\sNghanada)'), ' with Canadian work experience '],
  [words('â\\sphrofiad\\sgwaith\\s(?:yng\\sNghanada|Canadaidd)'), ' with Canadian work experience '],
  [words('uwch\\s[rR]eolwyr'), ' senior managers '],
  [words('[mf]eddygon'), ' physicians '],
  [words('(?:galwedigaethau\\s)?trafnidiaeth'), ' transport occupations '],
  [words('(?:galwedigaethau\\s)?(?:crefft|crefftau)(?!\\sMedrus)'), ' trade occupations '],
  [words('(?:galwedigaethau\\s)?addysg'), ' education occupations '],
  [words('iaith\\sFfrangeg'), ' French-language proficiency '],
  [words('Ffrangeg'), ' French '],
  [words('gofal\\siechyd'), ' healthcare '],
  [words('pob\\srhaglen'), ' all programs '],
  [words('ar\\sgyfer'), ' for '],
  [words('yn\\sunig'), ' only '],
  [words('Canada|Nghanada|Ganada'), ' Canada '],
  [words('(?:D|T)aleithiol|talaith'), ' provincial '],
  [words('gyda'), ' with '],
  [words('ac'), ' and '],
  [words('oedd'), ' was '],
  [words('gan(?=\\s\\p{Lu})'), ' By '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words of a Welsh draw report, and Welsh's short words that an English page does not write. */
const WELSH_WORD = words(
  'yn|y|yr|ac|mae|roedd|oedd|gyda|wedi|hefyd|hon|hyn|dyma|eich|ein|ym|yng|o|heddiw|ddoe|rownd|rowndiau|gwahoddiad|gwahoddiadau|wahoddiadau|gwahodd|ymgeiswyr|sgôr|isaf|isafswm|pwynt|rhif|Canllaw|mewnfudo|newyddion|ar\\sgyfer|flwyddyn|rhaglen',
);
/** A cheap first test (one literal-led pattern, about a microsecond on an English page): "ddoe", "heddiw", "gwahoddiad", "gwahoddwyd", "rownd". */
export const WELSH_HINT = /dd(?:oe|iw|ia|wy)|ownd/;

/** Four of the words different, making up a fifth of the page's words: an English page quoting Welsh names has few. */
export function isWelsh(text: string): boolean {
  const found = (text.match(WELSH_WORD) ?? []).map((w) => w.toLowerCase());
  return new Set(found).size >= 4 && found.length * 5 >= (text.match(/\p{L}+/gu) ?? []).length;
}

/** A Welsh page glossed into English. */
export const glossWelsh = (text: string): string => glossInTurn(text, CASED_RULES);
