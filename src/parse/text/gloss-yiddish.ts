import { GLOSS_COUNT, finishGloss, glossDay, markEarlier, monthNamer, mostlyScript, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Yiddish draw news (Hebrew script) glossed into the English the reader knows (docs/parser.md, "Kashmiri and Yiddish"), read
 * without its points and ligatures ("פֿאַרבעטונגען" as "פארבעטונגען", "װ" as "וו"): days ("16טן דעצעמבער 2025", "19 נאָוועמבער
 * 2020"), weekdays, "הײַנט" (today), "נעכטן" (yesterday), rounds ("ציונג נומער 243", "ציונג #399", "דער 167סטער ציונג" → "draw
 * #167"), counts ("5,000 פֿאַרבעטונגען", "2,500 קאַנדידאַטן", "… האָבן באַקומען אַ פֿאַרבעטונג" → "received invitations"), cut-offs
 * ("מינימאַלער CRS", "מינימום", "שוועל" → "minimum CRS score"), the tie-break ("טיי־ברייק כּלל"), programs and the words of a
 * draw report. What the glossary does not know is dropped; a sentence of an earlier round ("פֿריִער", earlier; "לעצטע וואָך",
 * last week) is context. A page is Yiddish by its pointed letters and ligatures (אַ אָ פֿ װ ײ ײַ), which a Hebrew page does
 * not write, or, unpointed, by its words ("איז", "געווען", "נעכטן", "הײַנט", "פֿון").
 */

const HEBREW = /[\u05d0-\u05ea]/g;
/** Yiddish's pointed alef, rafe'd pe, and ligatures (in the NFKC form the reader's text is in: "אַ" is alef and patah). */
const YIDDISH_MARKS = /[\u05f0-\u05f2]|\u05d0[\u05b7\u05b8]|\u05e4\u05bf/g;
/** Its points and ligatures, gone before the rules (the unpointed spelling is read the same). */
const POINTS = /[\u05b0-\u05bd\u05bf\u05c1\u05c2\u05c7]/g;
const unpointed = (text: string): string =>
  text
    .replace(POINTS, '')
    .replace(/\u05f0/g, 'וו')
    .replace(/\u05f1/g, 'וי')
    .replace(/\u05f2/g, 'יי')
    .replace(/\u05be/g, '-')
    .replace(/\u05f3/g, "'");

const H = String.raw`\u05d0-\u05ea`;
const B = `(?<![${H}])`;
const E = `(?![${H}])`;
const re = (source: string): RegExp => new RegExp(source, 'g');

/** Words a Yiddish page writes and a Hebrew one does not (unpointed). */
const YIDDISH_WORDS = re(`${B}(?:איז|געווען|נעכטן|היינט|פון|האט|האבן|ציונג|ציונגען|פארבעטונג|פארבעטונגען|קאנאדע|דער|מיט|זענען|זיינען|וואך)${E}`);

/** Words of a Hebrew page that a Yiddish one does not write: "של" (of), "את", "היום" (today), "אתמול" (yesterday), "הגרלה" (draw), "הוזמנו" (were invited). */
const HEBREW_WORDS = new RegExp(`${B}(?:של|את|היום|אתמול|הגרלה|הגרלת|הוזמנו|נקודות)${E}`);

/**
 * Yiddish: five of its pointed letters or ligatures, or four kinds of its words, or (a short post) two of each and no word of
 * Hebrew's; and enough of the script that it is the page's language.
 */
export const isYiddish = (text: string): boolean => {
  if (!mostlyScript(text, HEBREW)) return false;
  const marks = (text.match(YIDDISH_MARKS) ?? []).length;
  const words = new Set(unpointed(text).match(YIDDISH_WORDS) ?? []).size;
  return marks >= 5 || words >= 4 || (marks >= 2 && words >= 2 && !HEBREW_WORDS.test(unpointed(text)));
};

const MONTHS: MonthTable = [
  ['יאנואר', 'January'],
  ['פעברואר', 'February'],
  ['מערץ|מארץ', 'March'],
  ['אפריל', 'April'],
  ['מיי', 'May'],
  ['יוני', 'June'],
  ['יולי', 'July'],
  ['אויגוסט', 'August'],
  ['סעפטעמבער', 'September'],
  ['אקטאבער|אקטאבר', 'October'],
  ['נאוועמבער', 'November'],
  ['דעצעמבער', 'December'],
];
const MONTH = `(${MONTHS.map(([w]) => w).join('|')})${E}`;
const monthOf = monthNamer(MONTHS);
/** A day's ordinal ending: "16טן", "27סטן", "3טער". */
const ORD = '(?:סטן|טן|סטער|טער|סטע|טע)';

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['זונטיק', 'Sunday'],
  ['מאנטיק', 'Monday'],
  ['דינסטיק', 'Tuesday'],
  ['מיטוואך', 'Wednesday'],
  ['דאנערשטיק', 'Thursday'],
  ['פרייטיק', 'Friday'],
];

const NUM = GLOSS_COUNT;
const DRAW = `${B}(?:ציונג|ציונגען|ראונד)${E}`;
const PEOPLE = `${B}(?:קאנדידאטן|מענטשן|אפליקאנטן|עולים)${E}`;
const INVITATIONS = `${B}(?:פארבעטונגען|פארבעטונג|איינלאדונגען)${E}`;
const SCRIPT = script('\u0590-\u05ff');

/** Pages that speak about rounds rather than announce one, or of another country's or a province's. */
const BACKGROUND: readonly GlossRule[] = [
  ...(
    [
      ['אנטאריא', 'Ontario'],
      ['בריטיש\\sקאלומביע', 'British Columbia'],
      ['אלבערטא', 'Alberta'],
      ['סאסקאטשעוואן', 'Saskatchewan'],
      ['מאניטאבא', 'Manitoba'],
      ['קוויבעק', 'Quebec'],
      ['אויסטראליע', 'Australia'],
      ['ניו\\sזילאנד', 'New Zealand'],
      ['ענגלאנד|בריטאניע', 'the United Kingdom'],
    ] as const
  ).map(([yi, en]): GlossRule => [re(`${B}(?:אין\\s)?(?:${yi})${E}`), ` ${en} `]),
  [re(`${B}(?:די\\s)?(?:פראווינץ|פראווינציעלע\\sרעגירונג)${E}`), ' the province '],
  [re(`${B}(?:פראגנאז|פאראויסזאג|פאראויסזאגן)${E}`), ' forecast '],
  [re(`${B}(?:וועגווייזער|אנווייזער|גייד)${E}`), ' Guide '],
  [re(`${B}צום\\sביישפיל${E}`), ' For example, '],
  [re(`${B}ווי\\sאזוי${E}`), ' how '],
  [re(`${B}(?:מאנאטלעכער|חודשלעכער)\\s(?:איבערבליק|סך-הכל)${E}`), ' monthly recap '],
  [re(`${B}(?:וועכנטלעכער|וועכנטלעכע)\\s(?:איבערבליק|איבערזיכט|סך-הכל)${E}`), ' Weekly roundup '],
  [re(`${B}(?:די|דער|דעם)\\s(?:קומענדיקע|קומענדיקער|נעקסטע)\\sוואך${E}`), ' next week '],
  [re(`${B}(?:די|דער|דעם)\\s(?:קומענדיקע|קומענדיקן|נעקסטע|נעקסטן)\\s(?:ציונג|ראונד)${E}`), ' the next draw '],
  [re(`${B}(?:די|דער|דעם)\\s(?:פריערדיקע|פריערדיקן|פאריקע|פאריקן|לעצטע|לעצטן)\\s(?:ציונג|ראונד)${E}`), ' the previous draw '],
  [re(`${B}(?:לעצטע|פאריקע|פארגאנגענע)\\sוואך${E}`), ' last week '],
  [re(`${B}די\\s(?:דאזיקע\\s)?וואך${E}`), ' this week '],
  [re(`${B}(?:ערווארטן|ערווארט|דערווארט|דערווארטן|ערווארטעט)${E}`), ' expected '],
];

const RULES: readonly GlossRule[] = [
  ...BACKGROUND,
  // Days: "16טן דעצעמבער 2025", "דעם 15טן מערץ", "19 נאוועמבער 2020"; numeric ones are day-first ("16/03/2023", "19.06.2023").
  [
    re(String.raw`${B}(?:דעם\s)?(?<!\d)(\d{1,2})${ORD}?\s${MONTH}(?:,?\s((?:19|20)\d\d))?(?!\d)`),
    (_, d = '', m = '', y = '') => (Number(d) >= 1 && Number(d) <= 31 ? ` ${monthOf(m)} ${String(Number(d))}${y ? `, ${y}` : ''} ` : ' '),
  ],
  [/(?<![\d./-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?![\d./-]\d)/g, (all, d = '', m = '', y = '') => (Number(d) >= 1 && Number(d) <= 31 ? ` ${glossDay(y, m, d) ?? all} ` : all)],
  [re(`${B}(?:אין\\s)?${MONTH}`), (_, m = '') => ` ${monthOf(m)} `],
  ...WEEKDAYS.map(([w, en]): GlossRule => [re(`${B}(?:${w})${E}`), ` ${en} `]),
  // "אייערנעכטן" (the day before yesterday) before "נעכטן" (yesterday).
  [re(`${B}(?:אייערנעכטן|איינערנעכטן)${E}`), ' the day before yesterday '],
  [re(`${B}נעכטן${E}`), ' yesterday '],
  [re(`${B}היינט${E}`), ' today '],
  [re(`${B}מארגן${E}`), ' tomorrow '],
  // Rounds: "ציונג נומער 243", "ציונג נומ' 255", "ציונג #399"; "דער 167סטער ציונג" (the 167th draw), not the year's ("דער 5טער
  // ציונג אין 2024", "… פון יאר").
  [re(String.raw`${DRAW}\s?(?:נומער|נומ'|נו'|#)\s?:?\s?(\d{1,3})(?!\d)`), ' draw #$1 '],
  [re(String.raw`(?<![\d,])(\d{1,3})${ORD}\s(?:ציונג|ראונד)${E}(?=\s(?:אין\s(?:19|20)\d\d|(?:פון|אין)\s(?:דעם\s|הייַ\s)?יאר))`), ' '],
  [re(String.raw`(?<![\d,])(\d{1,3})${ORD}\s(?:ציונג|ראונד)${E}`), ' draw #$1 '],
  [re(`${B}צוויי\\sציונג(?:ען)?${E}`), ' two draws '],
  [re(`${B}דריי\\sציונג(?:ען)?${E}`), ' three draws '],
  // The tie-break: "טיי-ברייק כלל", "דאטע און צייט פון טיי-ברייק כלל".
  [re(`${B}(?:דאטע\\sאון\\sצייט\\sפון\\s)?(?:דער\\s)?טיי-?\\s?ברייק(?:\\sכלל)?${E}`), ' tie-breaking rule '],
  // Hedges: "ארום 4,000" / "בערך 4,000" (about), "מער ווי 510" / "איבער 500" (more than), "ביז 4,000" (up to).
  [re(String.raw`${B}(?:ארום|בערך|אומגעפער|כמעט)\s(?=\d)`), ' about '],
  [re(String.raw`${B}(?:מער\sווי|איבער)\s(?=\d)`), ' more than '],
  [re(String.raw`${B}(?:ווייניקער|וויניקער)\sווי\s(?=\d)`), ' fewer than '],
  [re(String.raw`${B}ביז\s(?=\d[\d,]*(?![\d,])(?!${ORD}))`), ' up to '],
  // Counts: "5,000 קאנדידאטן האבן באקומען א פארבעטונג" (received an invitation), "1,500 ניאניעס, דאקטוירים און אנדערע האבן באקומען
  // …", "האט פארבעטן 2,500 קאנדידאטן" (invited), "אויסגעשיקט 5,000 פארבעטונגען" (sent out).
  [re(String.raw`${NUM}\s(?:[^\d.\n]{1,60}?\s)?(?:האבן|האט)\sבאקומען\s(?:א\s)?(?:פארבעטונג|פארבעטונגען|ITA|ITAs)${E}`), ' $1 candidates received invitations '],
  // "האבן 1,000 קאנדידאטן פון דער CEC באקומען א פארבעטונג" (the verb before its subject).
  [re(String.raw`${B}(?:האבן|האט)\s${NUM}\s(?:קאנדידאטן|מענטשן|אפליקאנטן)(?:\s[^\d.\n]{1,40}?)?\sבאקומען\s(?:א\s)?(?:פארבעטונג|פארבעטונגען|ITA|ITAs)${E}`), ' $1 candidates received invitations '],
  [re(`${NUM}\\s${INVITATIONS}`), ' $1 invitations '],
  [re(`${NUM}\\s${PEOPLE}`), ' $1 candidates '],
  [re(`${B}(?:אויסגעשיקט|ארויסגעשיקט)${E}`), ' issued '],
  [re(`${B}(?:פארבעטן|איינגעלאדן)${E}`), ' invited '],
  [re(INVITATIONS), ' invitations '],
  // Cut-offs: "מיט א מינימאלן CRS פון 515 פונקטן", "דער מינימאלער באל איז געווען 490", "מינימום: 463", "די שוועל: 462 CRS".
  [
    re(String.raw`${B}(?:דער\s|די\s|א\s)?(?:מינימאלער|מינימאלן|מינימאלע|מינימאל|מינימום|שוועל)(?:\sCRS)?(?:\s(?:באל|ציון|פונקטן))?(\sפון)?${E}`),
    (_, of = '') => ` minimum CRS score${of ? ' of' : ''} `,
  ],
  [re(String.raw`(\d{2,4})\s(?:פונקטן|באלן|פונקט)${E}`), ' $1 points '],
  [re(`${B}איז\\sגעווען${E}`), ' was '],
  // Programs.
  [re(`${B}(?:די\\s)?(?:פראווינציעלע|פראווינציאלע)\\s(?:נאמינאנטן|נאמינאציע)${E}`), ' provincial nominees '],
  [re(`${B}(?:אלע\\sפראגראמען|אלגעמיינע)${E}`), ' all programs '],
  [re(`${B}(?:פראנצייזיש|פראנצויזיש|פראנצייזישן|פראנצייזישע|פראנצויזישן)(?:-רעדנדיקע)?${E}`), ' French-language '],
  [re(`${B}געזונט(?:-?(?:ארבעטער|באשעפטיקונגען|וועזן|פאך))?${E}`), ' healthcare '],
  [re(`${B}בילדונג(?:-?(?:פראפעסיעס|באשעפטיקונגען))?${E}`), ' education '],
  [re(`${B}פאר\\sדאקטוירים${E}`), ' for physicians '],
  [re(`${B}(?:בעלי-מלאכות|האנטווערקער)${E}`), ' trades '],
  [re(`${B}(?:די\\s)?קאנאדישע\\s(?:אימיגראציע-?\\s?מיניסטעריום|רעגירונג)${E}`), ' IRCC '],
  [re(`${B}קאנאדע(?:'ס)?${E}`), ' Canada '],
  // What happened: "האט דורכגעפירט" (held), "איז פארגעקומען" (took place).
  [re(`${B}(?:האט\\s(?:היינט\\s)?)?(?:דורכגעפירט|געהאלטן)${E}`), ' held '],
  [re(`${B}(?:איז\\s)?פארגעקומען${E}`), ' was held '],
  [re(`${B}האלט${E}`), ' holds '],
  [re(DRAW), ' draw '],
  [re(`${B}פאר${E}`), ' for '],
  [re(`${B}מיט${E}`), ' with '],
  [re(`${B}זינט${E}`), ' since '],
];

/**
 * A sentence of an earlier round: "פריער" (earlier), "פריערדיק" (previous), "לעצטע וואך" (last week), "… צוריק" (ago), "די ערשטע
 * אזא" (the first such).
 */
const EARLIER = /פריער|(?<![\u05d0-\u05ea])(?:לעצטע|פארגאנגענע)\sוואך|(?<![\u05d0-\u05ea])צוריק(?![\u05d0-\u05ea])|ערשטע\sאזא/;

/**
 * This round's figure beside the previous one's: "אראפ פון 522 אין דער פריערדיקער ציונג" (down from 522 in the previous draw),
 * read before a sentence with "פריער" is taken for an earlier round's.
 */
const COMPARED = re(
  String.raw`${B}(?:(אראפ|ארויף)\s)?(?:פון|אין\sפארגלייך\sמיט|קעגן)\s${NUM}(?:\s(?:פונקטן|פונקט))?\s(?:אין|ביי)\s(?:דער|דעם)\s(?:פריערדיקער|פריערדיקן|לעצטער|לעצטן|פאריקער|פאריקן)\s(?:ציונג|ראונד)${E}`,
);
const compared = (text: string): string => text.replace(COMPARED, (_, way = '', n = '') => ` ${way === 'אראפ' ? 'down from' : way ? 'up from' : 'compared with'} ${n} in the previous draw `);

export function glossYiddish(text: string): string {
  return finishGloss(markEarlier(compared(unpointed(text)), EARLIER, /([.\n])/), RULES, SCRIPT);
}
