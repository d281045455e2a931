import { applyGloss, glossDay, markEarlier, monthNamer, type GlossRule, type MonthTable } from './gloss-rules.ts';
import { ARABIC_SCRIPT_RUN, arabicScriptNumerals, withoutArabicScript } from './arabic-script.ts';

/**
 * Uyghur draw news (in its Arabic script) glossed into the English the reader knows (docs/parser.md, "Tibetan and Uyghur"): days
 * ("2026-يىلى 7-ئاينىڭ 23-كۈنى", the 23rd day of the 7th month of 2026; "8-دېكابىر", "10-ئىيۇل"), weekdays ("سەيشەنبە"), "بۈگۈن"
 * (today), "تۈنۈگۈن" (yesterday), rounds ("430-نومۇرلۇق سىزىش", "274-قېتىملىق سىزىش" → "draw #430"), counts ("5,900 كاندىداتقا",
 * "500 تەكلىپنامە"), cut-offs ("ئەڭ تۆۋەن CRS نومۇرى" → "minimum CRS score"), the tie-break ("باراۋەر نومۇر قائىدىسى"), programs and
 * the words of a draw report. What the glossary does not know is dropped; a sentence of an earlier round ("ئىلگىرى", before;
 * "ئالدىنقى", previous; "… ئىدى", had been) is context. A page is Uyghur by its own letters (ۇ ۈ ڭ ۋ), which Persian, Arabic,
 * Urdu, Pashto, Sindhi and Kurdish do not write, with "ئ" and its words.
 */

/** Letters only Uyghur writes among the languages the reader glosses in this script. */
const UYGHUR_LETTERS = /[\u06c7\u06c8\u06ad\u06cb]/g;
const UYGHUR_WORDS = /(?<![\u0600-\u06ff])(?:تۈنۈگۈن|بۈگۈن|تەكلىپنام|نومۇر|سىزىش|كانادا|قېتىم|يىلى|ئاينىڭ|كۈنى|ئەڭ\sتۆۋەن|ئەۋەت)/g;

/** Uyghur: 6 of its own letters, "ئ" in 2 words at least, 8 words of the script, and two kinds of its words. */
export const isUyghur = (text: string): boolean =>
  (text.match(UYGHUR_LETTERS) ?? []).length >= 6 && (text.match(/\u0626/g) ?? []).length >= 2 && (text.match(ARABIC_SCRIPT_RUN) ?? []).length >= 8 && new Set(text.match(UYGHUR_WORDS) ?? []).size >= 2;

const P = String.raw`\u0600-\u06ff`;
const B = `(?<![${P}])`;
const E = `(?![${P}])`;
/** A word's Uyghur suffixes. */
const W = `[${P}]*`;
const re = (source: string): RegExp => new RegExp(source, 'g');

const MONTHS: MonthTable = [
  ['يانۋار', 'January'],
  ['فېۋرال', 'February'],
  ['مارت', 'March'],
  ['ئاپرېل', 'April'],
  ['ماي', 'May'],
  ['ئىيۇن', 'June'],
  ['ئىيۇل', 'July'],
  ['ئاۋغۇست', 'August'],
  ['سېنتەبىر|سېنتەبر', 'September'],
  ['ئۆكتەبىر|ئۆكتەبر', 'October'],
  ['نويابىر|نويابر', 'November'],
  ['دېكابىر|دېكابر', 'December'],
];
const MONTH = `(${MONTHS.map(([w]) => w).join('|')})(?:دا|نىڭ|غىچە|ئېيىدا|ئېيى)?${E}`;
const monthOf = monthNamer(MONTHS);

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['دۈشەنبە', 'Monday'],
  ['سەيشەنبە', 'Tuesday'],
  ['چارشەنبە', 'Wednesday'],
  ['پەيشەنبە', 'Thursday'],
  ['جۈمە', 'Friday'],
  ['يەكشەنبە', 'Sunday'],
  ['شەنبە', 'Saturday'],
];

const NUM = String.raw`((?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,.:/-])\d{1,6}(?![\d,.:/]\d))`;
const DRAW = `سىزىش${W}`;
const INVITATION = `تەكلىپنام${W}`;
const PEOPLE = `(?:كاندىدات|ئادەم|كىشى|ئىلتىماسچى)${W}`;

const PLACES: readonly (readonly [string, string])[] = [
  ['ئونتارىيو|ئونتارىئو', 'Ontario'],
  ['بىرىتانىيە\\sكولۇمبىيە|برىتانىيە\\sكولۇمبىيە', 'British Columbia'],
  ['ئالبېرتا', 'Alberta'],
  ['كۋېبېك|كېبېك', 'Quebec'],
  ['ئاۋسترالىيە|ئاۋىستىرالىيە', 'Australia'],
  ['يېڭى\\sزېلاندىيە', 'New Zealand'],
];

const COUNTS: Readonly<Record<string, string>> = { ئىككى: 'two', ئۈچ: 'three', تۆت: 'four' };

const RULES: readonly GlossRule[] = [
  // Days: "2026-يىلى 7-ئاينىڭ 23-كۈنى", "2020-يىلى 24-دېكابىر", "8-دېكابىر", "2026-يىلى ئىيۇن" (June 2026), "ئىيۇن ئېيىدا" (in June).
  [re(String.raw`(\d{4})-?يىلى\s(\d{1,2})-?ئاينىڭ\s(\d{1,2})-?كۈنى${E}`), (_, y = '', m = '', d = '') => ` ${glossDay(y, m, d) ?? ''} `],
  [re(String.raw`(?<![\d.])(\d{1,2})-?ئاينىڭ\s(\d{1,2})-?كۈنى${E}`), (_, m = '', d = '') => ` ${glossDay(undefined, m, d) ?? ''} `],
  [re(String.raw`(\d{4})-?يىلى\s(\d{1,2})-${MONTH}`), (_, y = '', d = '', m = '') => ` ${monthOf(m)} ${String(Number(d))}, ${y} `],
  [re(String.raw`(?<![\d.])(\d{1,2})-${MONTH}`), (_, d = '', m = '') => ` ${monthOf(m)} ${String(Number(d))} `],
  [re(String.raw`(\d{4})-?يىلى\s${MONTH}`), (_, y = '', m = '') => ` ${monthOf(m)} ${y} `],
  [re(String.raw`(?<![\d.])(\d{1,2})-ئايلىق\sخۇلاسە${W}`), (_, m = '') => ` ${glossDay(undefined, m, '1')?.replace(/ 1$/, '') ?? 'monthly'} recap `],
  [re(`${B}ئايلىق\\sخۇلاسە${W}`), ' monthly recap '],
  [re(`${B}${MONTH}`), (_, m = '') => ` ${monthOf(m)} `],
  // A year's summary: "2025-يىللىق … يەكۈنى" (2025 annual summary).
  [re(String.raw`(\d{4})-?يىللىق${E}`), ' $1 annual '],
  [re(`${B}يىللىق${E}`), ' annual '],
  [re(String.raw`(\d{4})-?يىل${W}`), ' $1 '],
  ...WEEKDAYS.map(([ug, en]): GlossRule => [re(`${B}${ug}(?:\\sكۈنى)?${E}`), ` ${en} `]),
  [re(`${B}(?:ئالدىنقى\\sكۈنى|ئۈلۈشكۈن${W})${E}`), ' the day before yesterday '],
  [re(`${B}بۈگۈن${W}`), ' today '],
  [re(`${B}تۈنۈگۈن${W}`), ' yesterday '],
  [re(`${B}بۇ\\sھەپتە${W}`), ' this week '],
  [re(`${B}يەنى${E}`), ' '],
  ...PLACES.map(([ug, en]): GlossRule => [re(`${B}(?:${ug})${W}`), ` ${en} `]),
  // Programs.
  [re(`${B}(?:ئۆلكە|ئۆلكىلىك)\\sنامزات${W}`), ' Provincial Nominee Program '],
  [re(`${B}ئۆلك[ەى]${W}`), ' province '],
  [re(`${B}كانادا\\sتەجرىبە\\sتۈر${W}`), ' Canadian Experience Class '],
  [re(`${B}فرانسۇز\\sتىلى(?:\\s(?:ماھارىتى|ماھارەت${W}|بىلىدىغان${W}))?`), ' French-language proficiency '],
  [re(`${B}ساغلاملىق(?:\\sۋە\\sئىجتىمائىي\\sمۇلازىمەت${W})?`), ' healthcare and social services '],
  [re(`${B}(?:ماھارەتلىك\\s)?ھەربىي\\s(?:خادىم|ئەسكەر)${W}`), ' skilled military recruits '],
  [re(`${B}يۇقىرى\\sدەرىجىلىك\\sباشقۇرغۇچى${W}`), ' senior managers '],
  [re(`${B}پەن،?\\sتېخنىكا،?\\sقۇرۇلۇش\\sۋە\\sماتېماتىكا`), ' STEM '],
  [re(`${B}دوختۇرلار${W}`), ' physicians '],
  [re(`${B}بارلىق\\sتۈر${W}`), ' all programs '],
  [re(`${B}كانادا${W}`), ' Canada '],
  // Guides, forecasts, recaps.
  [re(`${B}خۇلاسە${W}`), ' recap '],
  [re(`${B}يەكۈن${W}`), ' recap '],
  [re(`${B}(?:قوللانما|يېتەكچى|يېتەكلىمە)${W}`), ' guide '],
  [re(`${B}مەسىلەن${E}،?`), ' For example, '],
  [re(`${B}(?:مۆلچەر|پەرەز)${W}`), ' forecast '],
  [re(`${B}(?:كۈتۈلمەكتە|كۈتۈلىدۇ|كۈتۈلۈۋاتىدۇ)${E}`), ' expected '],
  [re(`${B}كېيىنكى\\sئاي${W}`), ' next month '],
  [re(`${B}كېيىنكى${E}`), ' next '],
  [re(`${B}(?:ئالدىنقى|ئاۋۋالقى)${E}`), ' previous '],
  [re(`${B}(?:پەقەت|ئاران)${E}`), ' only '],
  [re(`${B}(?:تەخمىنەن|تەخمىنىي)${E}`), ' about '],
  [re(`${NUM}\\s(?:ئەتراپىدا|ئەتراپىدىكى|چامىسىدا)${E}`), ' about $1 '],
  // Rounds: "430-نومۇرلۇق سىزىش", "274-قېتىملىق سىزىشىدا", "(#394)".
  [re(String.raw`(?<!\d)(\d{1,3})-?(?:نومۇرلۇق|قېتىملىق)\s${DRAW}`), ' draw #$1 '],
  // The tie-break and the cut-off: "باراۋەر نومۇر قائىدىسى (ۋاقتى)", "ئەڭ تۆۋەن CRS نومۇرى", "ئەڭ تۆۋەن نومۇر 392".
  [re(`${B}باراۋەر\\sنومۇر\\sقائىدى${W}(?:\\sۋاقتى${E})?`), ' tie-breaking rule '],
  [re(`${B}ئەڭ\\sتۆۋەن(?:\\sCRS)?(?:\\sنومۇر${W})?`), ' minimum CRS score '],
  [re(`${NUM}\\s(?:بولدى|ئىدى|بولۇپ)${E}`), ' was $1 '],
  // Counts: "5,900 كاندىداتقا تەكلىپنامە ئەۋەتىلدى", "4 ئادەمگە … تەكلىپنامىسى ئەۋەتىلدى", "500 تەكلىپنامە", "تەكلىپنامە سانى: 8500".
  [re(`${NUM}\\s${PEOPLE}\\s(?:[${P}]+\\s){0,4}?${INVITATION}\\s(?:ئەۋەتىلدى|ئەۋەتتى|بېرىلدى)`), ' $1 candidates were invited '],
  [re(`${B}${INVITATION}\\sسانى`), ' number of invitations '],
  [re(`${NUM}\\s${INVITATION}`), ' $1 invitations '],
  [re(`${NUM}\\s${PEOPLE}`), ' $1 candidates '],
  [re(`${B}${INVITATION}`), ' invitations '],
  [re(`${B}(?:ئەۋەتىلدى|ئەۋەتتى)${E}`), ' sent '],
  // Several rounds: "سىزىشلىرى" (its draws), "ئۈچ قېتىم سىزىش" (three draws).
  [re(`${B}(ئىككى|ئۈچ|تۆت)\\sقېتىم(?:لىق)?\\s${DRAW}`), (_, n = '') => ` ${COUNTS[n] ?? ''} draws `],
  [re(`${B}سىزىش(?:لار|لەر|لىرى)${W}`), ' draws '],
  [re(`${B}${DRAW}`), ' draw '],
  [re(`${B}ئېلىپ\\sباردى${E}`), ' held '],
  [re(`${B}(?:چېسلا|ۋاقىت)${E}`), ' Date '],
  [re(`${B}تۈر${W}`), ' category '],
];

/** A sentence of an earlier round: "ئىلگىرى" (before), "ئالدىنقى" (previous), "ئىدى" (had been). */
const EARLIER = /ئىلگىرى|ئالدىنقى|ئاۋۋالقى|(?<![\u0600-\u06ff])ئىدى(?![\u0600-\u06ff])/;

/**
 * A comparison in the round's own sentence, "516 بولۇپ، ئالدىنقى قېتىمدىكى 517 دىن 1 نومۇر تۆۋەن" (516, 1 point below the 517 of the
 * previous round): written as the English reader knows it ("down from 517 in the previous round") before "ئالدىنقى" would make
 * the whole sentence an earlier round's.
 */
const COMPARED = re(`(?:ئالدىنقى|ئاۋۋالقى)\\sقېتىم${W}\\s(?:${DRAW}\\s)?${NUM}\\s?(?:دىن|تىن)(?:\\s\\d{1,3}\\s(?:نومۇر${W}\\s)?)?\\s?(تۆۋەن|چۈش|ئاش|ئۆس|يۇقىرى)?${W}`);
const compared = (_: string, n = '', way = ''): string => {
  const dir = way === '' ? 'against' : /تۆۋەن|چۈش/.test(way) ? 'down from' : 'up from';
  return ` ${dir} ${n} in the previous round `;
};

export function glossUyghur(text: string): string {
  const marked = markEarlier(arabicScriptNumerals(text).replace(COMPARED, compared), EARLIER, /([.!?\n])/);
  return withoutArabicScript(applyGloss(marked, RULES)).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
