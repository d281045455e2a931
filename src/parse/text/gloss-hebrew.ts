import { GLOSS_COUNT, finishGloss, glossDay, markEarlier, monthNamer, mostlyScript, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Hebrew draw news glossed into the English the reader knows, as `gloss-russian.ts` does for Russian (docs/parser.md, "Sinhala,
 * Greek and Hebrew"): months with their prefix ("19 באוגוסט 2026" → "August 19, 2026"), day-first numeric days ("17/01/2018"),
 * round numbers ("הגרלה מס' 437" → "draw #437"), counts ("5,000 הזמנות" → "5,000 invitations", "הוזמנו 1,000 מועמדים" → "1,000
 * candidates were invited"), cut-offs ("ציון CRS מינימלי", "סף" → "minimum CRS score"), the tie-break ("כלל שוויון") and the
 * words of a draw report. What the glossary does not know is dropped; a sentence that speaks of an earlier draw ("הקודמ…",
 * previous; "אחרי הגרלת …", after the draw of …) is context.
 */

const HEBREW = /[\u05d0-\u05ea]/g;

/** Enough Hebrew that it is the page's language, not a name (a short post counts when most of its letters are Hebrew). */
export const isHebrew = (text: string): boolean => mostlyScript(text, HEBREW);

const H = String.raw`\u05d0-\u05ea`;
/** Not inside a Hebrew word (its one-letter prefixes are matched by the rules themselves). */
const START = String.raw`(?<![${H}])`;
/** The one-letter prefixes a noun takes: in, to, the, and, from, that. */
const PREFIX = String.raw`(?:[בלהומש]{1,2}-?)?`;
const MONTHS: MonthTable = [
  ['ינואר', 'January'],
  ['פברואר', 'February'],
  ['מרץ|מרס', 'March'],
  ['אפריל', 'April'],
  ['מאי', 'May'],
  ['יוני', 'June'],
  ['יולי', 'July'],
  ['אוגוסט', 'August'],
  ['ספטמבר', 'September'],
  ['אוקטובר', 'October'],
  ['נובמבר', 'November'],
  ['דצמבר', 'December'],
];
const MONTH = `(${MONTHS.map(([he]) => he).join('|')})(?![${H}])`;
const monthOf = monthNamer(MONTHS);

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['ראשון', 'Sunday'],
  ['שני', 'Monday'],
  ['שלישי', 'Tuesday'],
  ['רביעי', 'Wednesday'],
  ['חמישי', 'Thursday'],
  ['שישי', 'Friday'],
];

const NUM = GLOSS_COUNT;
const DRAW = String.raw`${START}${PREFIX}(?:הגרל|סבב)[${H}]*`;
const INVITATION = String.raw`${START}${PREFIX}הזמנ(?:ות|ה|ת)(?![${H}])`;
const PEOPLE = String.raw`${START}${PREFIX}מועמד(?:ים|ות|ה)?(?![${H}])`;
const INVITED = String.raw`${START}(?:הוזמנו|זומנו|קיבלו\sהזמנה|קיבלו\sהזמנות)`;

const SCRIPT = script('\u0590-\u05ff');

/**
 * Words that tell a page speaks about rounds rather than announces one, read as the English that tells the reader so ("ניתוח" →
 * "Analysis", "תחזית" → "Forecast", "יום השנה" → "anniversary", "התפלגות המאגר" → "pool distribution", "ההגרלה הבאה" → "the next
 * draw", "האם …?" → "Will …?"); "ההגרלה האחרונה" is "the latest draw", as English tells it.
 */
const BACKGROUND: readonly GlossRule[] = [
  [/^(\s*)האם(?=\s[^\n?]{0,120}\?)/gm, '$1Will'],
  [new RegExp(String.raw`${START}(?:ו)?יום\sאחרי(?![${H}])`, 'g'), ' a day after '],
  [new RegExp(String.raw`${START}(?:ו|ש)?מתי(?![${H}])`, 'g'), ' when will '],
  [new RegExp(String.raw`${START}(?:ה|ב|ו)?ניתוח(?![${H}])`, 'g'), ' Analysis '],
  [new RegExp(String.raw`${START}(?:ה|ב|ו)?תחזית(?![${H}])`, 'g'), ' Forecast '],
  [new RegExp(String.raw`${START}(?:ל|ו)?מה\sלצפות`, 'g'), ' what to expect '],
  [new RegExp(String.raw`${START}(?:ב|ל|ו)?יום\sה(?:שנה|הולדת)(?![${H}])`, 'g'), ' anniversary '],
  [new RegExp(String.raw`${START}(?:ה|ב|ו)?התפלגות\s(?:ה)?ציונים`, 'g'), ' distribution of scores '],
  [new RegExp(String.raw`${START}(?:ה|ב|ו)?(?:עדכון|התפלגות)\s(?:ה)?מאגר(?![${H}])`, 'g'), (m = '') => (m.includes('עדכון') ? ' pool update ' : ' pool distribution ')],
  [new RegExp(String.raw`${START}(?:ה|ב|ו)?התפלגות(?![${H}])`, 'g'), ' distribution '],
  [new RegExp(String.raw`${START}(?:ב|ל|מ|ו)?-?(?:ה)?מאגר(?![${H}])`, 'g'), ' in the pool '],
  [new RegExp(String.raw`${DRAW}\s(?:של\s)?(?:ה-?)?(?:CEC|PNP|FSW|FST)?\s?(?:ה)?(?:הבאה|הבא)(?![${H}])`, 'g'), ' the next draw '],
  [new RegExp(String.raw`${DRAW}\s(?:ה)?(?:האחרונה|האחרון)(?![${H}])`, 'g'), ' the latest draw '],
  [new RegExp(String.raw`${START}(?:ה)?(?:הבאה|הבא|הבאים)(?![${H}])`, 'g'), ' next '],
  [new RegExp(String.raw`${START}(?:ו)?מאז(?![${H}])`, 'g'), ' since '],
  [new RegExp(String.raw`${START}(?:ו)?בהשוואה\sל-?`, 'g'), ' compared with '],
];

const RULES: readonly GlossRule[] = [
  // "17/01/2018", "06.12.2018": a Hebrew page writes the day first.
  [/(?<![\d./-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?![\d./-]\d)/g, (m: string, d = '', mo = '', y = '') => ` ${glossDay(y, mo, d) ?? m} `],
  // "ב-12 הגרלות" (in 12 draws: a count of rounds, not a round of its own).
  [new RegExp(String.raw`${START}ב-?(\d{1,3})\s(?:הגרלות|סבבים)(?![${H}])`, 'g'), ' in $1 draws '],
  // "19 באוגוסט 2026", "1 במרץ 2026", "24 בינואר": the day, then its month with "ב" (in).
  [new RegExp(String.raw`(?<!\d)(\d{1,2})\s?[בל]?-?${MONTH}(?:\s?,?\s?((?:19|20)\d\d))?(?!\d)`, 'g'), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [new RegExp(String.raw`${START}[בל]?-?${MONTH}\s((?:19|20)\d\d)`, 'g'), (_, m = '', y = '') => ` ${monthOf(m)} ${y} `],
  [new RegExp(String.raw`${START}[במ]-?(?=(?:19|20)\d\d(?!\d))`, 'g'), ' in '],
  ...WEEKDAYS.map(([he, en]): GlossRule => [new RegExp(String.raw`${START}[בו]?יום\s${he}(?![${H}])`, 'g'), ` ${en} `]),
  [new RegExp(String.raw`${START}(?:ו|ש)?היום(?![${H}])`, 'g'), ' today '],
  [new RegExp(String.raw`${START}(?:ו|ש)?אתמול(?![${H}])`, 'g'), ' yesterday '],
  // "שלשום" (the day before yesterday) is dropped, the day it names is read; "למחרת" (the day after).
  [new RegExp(String.raw`${START}(?:ו|ש)?שלשום(?![${H}])`, 'g'), ' '],
  [new RegExp(String.raw`${START}(?:ו|ש)?למחרת(?![${H}])`, 'g'), ' the next day '],
  [new RegExp(String.raw`${START}השבוע(?![${H}])`, 'g'), ' this week '],
  // Round numbers: "הגרלה מס' 437", "הגרלה מספר 82", "הגרלה #82".
  [new RegExp(String.raw`${DRAW}\s(?:מס'|מס\.|מספר)\s?(?=\d)`, 'g'), ' draw #'],
  [new RegExp(String.raw`${START}(?:מס'|מס\.)\s?(?=\d)`, 'g'), ' #'],
  // A hedged count is not an exact one: "כ-4,000" and "כ־4,000" (about 4,000), "בערך 4,000", "קרוב ל-4,000" (close to).
  [new RegExp(String.raw`${START}(?:כ[-\u05be]?|בערך\s|קרוב\sל[-\u05be]?)(?=\d)`, 'g'), ' about '],
  // "מספר הזמנות (ITA): 5,000" (the number of invitations), before the invitations alone.
  [new RegExp(String.raw`${START}מספר\s(?:ה)?הזמנות`, 'g'), ' Number of invitations '],
  // Counts: "הוזמנו 1,000 מועמדים", "1,000 מועמדים הוזמנו", "5,000 הזמנות".
  [new RegExp(String.raw`${INVITED}\s${NUM}\s${PEOPLE}`, 'g'), ' $1 candidates were invited '],
  [new RegExp(String.raw`${NUM}\s${PEOPLE}\s${INVITED}`, 'g'), ' $1 candidates were invited '],
  [new RegExp(String.raw`${NUM}\s${INVITATION}`, 'g'), ' $1 invitations '],
  [new RegExp(String.raw`${NUM}\s${PEOPLE}`, 'g'), ' $1 candidates '],
  // Cut-offs: "ציון CRS מינימלי: 382", "ציון מינימלי של 523", "סף 382 נקודות", "הסף של 382".
  [new RegExp(String.raw`${START}(?:ה|ב|עם\s)?(?:ציון|ניקוד)\s(?:ה?CRS\s)?ה?(?:מינימלי|מינימאלי|מינימום|הנמוך\sביותר)(\sשל)?`, 'g'), (_, of = '') => ` minimum CRS score${of ? ' of' : ''} `],
  [new RegExp(String.raw`${START}(?:ה|ב)?סף(?:\sה?CRS)?(\sשל)?(?=\s?\d)`, 'g'), (_, of = '') => ` minimum CRS score${of ? ' of' : ''} `],
  [new RegExp(String.raw`(\d{2,4})\s${PREFIX}נקודות(?![${H}])`, 'g'), ' $1 points '],
  // "כלל שוויון (tie-breaking rule)", "כלל שובר שוויון": the tie-break.
  [new RegExp(String.raw`${START}(?:כלל\s)?(?:שובר\s)?שוויון(?:\s\(tie-breaking rule\))?`, 'g'), ' tie-breaking rule '],
  // Programs.
  [new RegExp(String.raw`${START}(?:דוברי|דוברות|דובר)\s(?:ה)?צרפתית|${START}(?:ב|ל)?שפה\sהצרפתית|${START}[בל]?צרפתית`, 'g'), ' French-speaking '],
  [new RegExp(String.raw`${START}(?:כל\sהתוכניות|כל\sהתכניות|כללית)(?![${H}])`, 'g'), ' all programs '],
  [new RegExp(String.raw`${START}[בהל]?בריאות(?![${H}])`, 'g'), ' healthcare '],
  ...BACKGROUND,
  [new RegExp(DRAW, 'g'), ' draw '],
  [new RegExp(INVITATION, 'g'), ' invitations '],
  [new RegExp(PEOPLE, 'g'), ' candidates '],
  [new RegExp(INVITED, 'g'), ' were invited '],
  [new RegExp(String.raw`${START}(?:ערך|ערכה|קיים|קיימה|ערכו)(?![${H}])`, 'g'), ' held '],
  [new RegExp(String.raw`${START}משרד\sההגירה(?:\sהקנדי)?`, 'g'), ' IRCC '],
  [new RegExp(String.raw`${START}(?:צפוי|צפויה|צפויות|צפויים)(?![${H}])`, 'g'), ' expected '],
  [new RegExp(String.raw`${START}(?:ו|ב|ל)?קנדה(?![${H}])`, 'g'), ' Canada '],
  [new RegExp(String.raw`${START}עם(?![${H}])`, 'g'), ' with '],
];

/**
 * A sentence that speaks of an earlier draw ("הקודמ…", previous; "אחרי הגרלת …", after the draw of, but not "יום אחרי", a day
 * after; "שעבר", last; "לפני שבועיים", two weeks ago; "לפני שנה", a year ago): context.
 */
const EARLIER = /הקודמ|(?<!יום\s)אחרי\sהגרל|לפני\sכן|שעבר|(?<![\u05d0-\u05ea])לפני\s(?:שבוע|שבועיים|חודש|חודשיים|שנה|שנתיים|\d)/;

export function glossHebrew(text: string): string {
  return finishGloss(markEarlier(text, EARLIER, /([.\n])/), RULES, SCRIPT);
}
