import { glossInTurn, keepCase, monthNamer, monthOrNone, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';
import { englishDay } from './gloss-dotted-days.ts';

/**
 * Maltese draw news glossed into the English the reader knows, in the shape of `gloss-slovenian.ts` (docs/parser.md "Icelandic
 * and Maltese"): dates ("27 ta' Marzu 2024" → "March 27, 2024", "fit-28 ta' Awwissu 2024" → "on August 28, 2024", "27/08/2024",
 * a weekday's "It-Tlieta 4/8" → "Tuesday, August 4"), "il-bieraħ" (yesterday), "illum" (today), counts with their nouns
 * ("stedina", "stediniet" → "invitations", "kandidat" → "candidates", "punt" → "points"), cut-offs ("il-punteġġ minimu CRS kien
 * ta'", "b'minimu ta'"), rounds ("draw numru 291", "(numru 290)" → "draw #291"), programs and the words of a draw report (Maltese
 * writes "draw", "cut-off" and "tie-break" in English). Words the glossary does not know stay as they are.
 */

const MONTHS: MonthTable = [
  ['jan', 'January'],
  ['fra', 'February'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['mej', 'May'],
  ['ġun', 'June'],
  ['lul', 'July'],
  ['aww', 'August'],
  ['set', 'September'],
  ['ott', 'October'],
  ['nov', 'November'],
  ['diċ', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = '(Jannar|Frar|Marzu|April|Mejju|Ġunju|Lulju|Awwissu|Settembru|Ottubru|Novembru|Diċembru)';
const YEAR = '((?:19|20)\\d\\d)';
/** "ta'" (of), its apostrophe straight or curly. */
const TA = "ta['’ʼ]";
/** "f'" (in) and "b'" (with) before a word. */
const APOS = "['’ʼ]";

const WEEKDAYS: MonthTable = [
  ['(?:it-)?tnejn', 'Monday'],
  ['(?:it-)?tlieta', 'Tuesday'],
  ['(?:l-)?erbgħa', 'Wednesday'],
  ['(?:il-)?ħamis', 'Thursday'],
  ['(?:il-)?ġimgħa', 'Friday'],
  ['(?:is-)?sibt', 'Saturday'],
  ['(?:il-)?ħadd', 'Sunday'],
];
/** A weekday with its article, no day after it (Friday's "il-Ġimgħa" left out). */
const WEEKDAYS_ALONE: MonthTable = [
  ['it-tnejn', 'Monday'],
  ['it-tlieta', 'Tuesday'],
  ['l-erbgħa', 'Wednesday'],
  ['il-ħamis', 'Thursday'],
  ['is-sibt', 'Saturday'],
  ['il-ħadd', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { żewġ: 'two', tliet: 'three', erba: 'four', ħames: 'five' };
const PEOPLE = '(?:kandidati|kandidat|persuni|persuna|applikanti|applikant)';
const INVITATIONS = '(?:stediniet|stedina)';
const POINTS = '(?:punti|punt)';

/** "August 4" (with its year when given) from a day and a numeric month, day first; "" when they are no day. */
const numericDay = (d: string, m: string, y = ''): string => englishDay(d, monthOrNone(m), y);

const RULES: readonly GlossRule[] = [
  [words('u'), ' and '],
  // A weekday with its day: "It-Tlieta 4/8" (Tuesday, August 4), "It-Tnejn, 25 ta' Marzu", "Sibt, 8 ta' Awwissu 2026".
  ...WEEKDAYS.map(([word, en]): GlossRule => [
    words(String.raw`(?:nhar\s)?${word}(?=,?\s\d)(,?\s(\d{1,2})/(\d{1,2})(?![/\d]))?`),
    (all = '', date = '', d = '', m = '') => {
      const when = date ? numericDay(d, m) : '';
      return date && !when ? all : ` ${en}${when ? `, ${when}` : ''} `;
    },
  ]),
  // Days: "27 ta' Marzu 2024", "fit-28 ta' Awwissu 2024" (on), "25/08/2016".
  [
    words(String.raw`(?:(fi[tlsdnrżxċ]?)-)?(\d{1,2})\s(?:${TA}\s?)?${MONTH}(?:,?\s${YEAR})?`),
    (all = '', fi = '', d = '', m = '', y = '') => {
      const when = englishDay(d, month(m), y);
      return when ? ` ${fi ? 'on ' : ''}${when} ` : all;
    },
  ],
  [/(?<![\p{L}\d])fi[tlsdnrżxċ]?-(\d{1,2})\/(\d{1,2})(?![/\d])/gu, (all = '', d = '', m = '') => (numericDay(d, m) ? ` on ${numericDay(d, m)} ` : all)],
  [/(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => (numericDay(d, m, y) ? ` ${numericDay(d, m, y)} ` : all)],
  [words(`(?:(f)${APOS}|(fl)-)${YEAR}`), ' in $3 '],
  [words(`(?:(f)${APOS}\\s?)?${MONTH}(?:\\s${YEAR})?`), (_, f = '', m = '', y = '') => ` ${f ? 'in ' : ''}${month(m)}${y ? ` ${y}` : ''} `],
  // A clock: "fl-14:45:22 UTC" (at).
  [/(?<![\p{L}\d])fl-(?=\d{1,2}:\d\d)/gu, ' at '],
  [words(`(?:il-?|l)?bieraħ\\s(?:l-ieħor|${TA}\\squddiem)`), ' the day before yesterday '],
  [words('(?:il-?|l)?bieraħ'), ' yesterday '],
  [words('illum|dalgħodu|illejla'), ' today '],
  [words('l-għada'), ' the next day '],
  [words('għada'), ' tomorrow '],
  [words('din\\sil-ġimgħa'), ' this week '],
  [words('il-ġimgħa\\sli\\sgħaddiet'), ' last week '],
  // A weekday alone, with its article or "nhar": "It-Tlieta IRCC għamlet …" (on Tuesday); bare "tnejn", "tlieta", "erbgħa" are
  // two, three, four, and "il-Ġimgħa" is the week too, so Friday only after "nhar".
  ...WEEKDAYS_ALONE.map(([word, en]): GlossRule => [words(`(?:nhar\\s)?${word}|nhar\\s${word.replace(/^\p{L}+-/u, '')}`), ` on ${en} `]),
  [words('nhar\\s(?:il-)?ġimgħa'), ' on Friday '],
  [words(`il-ġimgħa\\sf${APOS}ħarsa\\swaħda`), ' the week at a glance '],
  [words(`f${APOS}ġimgħa\\swaħda`), ' in one week '],
  // A guide, a forecast, an example: "Gwida", "Per eżempju", "X'nistennew" (what do we expect), "tbassir" (forecast).
  [words('gwida'), ' Guide '],
  [words('per\\seżempju|pereżempju'), ' For example '],
  [words(`x${APOS}nistennew|x${APOS}għandna\\snistennew`), ' What to expect '],
  [words('nistennew|jistennew|mistenni|mistennija|tbassir|previżjoni\\p{L}*'), ' expected '],
  [words('sommarju|ħarsa\\slura'), ' Summary '],
  // Hedged counts: "kważi 6,000" (nearly), "madwar" (about), "aktar minn" (more than), "sa" (up to).
  [words('kważi'), ' nearly '],
  [words('madwar(?=\\s\\d)'), ' about '],
  [words('(?:aktar|iktar)\\sminn(?=\\s\\d)'), ' more than '],
  [words('sa(?=\\s\\d)'), ' up to '],
  [words('biss'), ' only '],
  // Rounds: "draw numru 291", "(numru 290)", "Id-draw numru 190", "żewġ draws", "l-aħħar draw".
  [words('(?:(?:id|il)-)?(?:draw|round)\\s(?:numru|nru\\.?|n\\.)\\s?(\\d{1,3})'), ' draw #$1 '],
  [words('(?:numru|nru\\.?)\\s?(\\d{1,3})'), ' draw #$1 '],
  [words(`(żewġ|tliet|erba${APOS}?|ħames)\\s(?:draws|rounds)`), (_, n = '') => ` ${NUMBERS[n.replace(/['’ʼ]$/, '').toLowerCase()] ?? n} draws `],
  [words(`(?:id-)?(?:draw|round)\\s(?:ta${APOS}\\squddiem|ta${APOS}\\sqabel|preċedenti|li\\sgħadda)|(?:il-)?(?:draw|round)\\sl-ieħor`), ' the previous draw '],
  [words(`meta\\s(?:se|ser|sejra)\\s(?:ssir|issir|isir)\\s(?:id-)?(?:draw|round)\\sli\\sjmiss`), ' When will the next draw be held '],
  [words('fid-(?:draw|round)\\sli\\sjmiss'), ' in the next draw '],
  [words('(?:id-|d-)?(?:draw|round)\\sli\\sjmiss'), ' the next draw '],
  [words('fl-aħħar\\s(?:draw|round)'), ' in the latest draw '],
  [words('l-aħħar\\s(?:draw|round)'), ' the latest draw '],
  [words('(?:id-|fid-)?draws?\\sġenerali|draw\\sġenerali'), ' a general draw '],
  [words('round\\sieħor|draw\\sieħor'), ' another round '],
  [words('saret|seħħet|sar'), ' was held '],
  [words('għamel|għamlet|għamlu|għamlitu'), ' held '],
  // Physicians: "għat-tobba" (for the doctors), "271 tabib".
  [words('(?:(?:it|għat)-)?(?:tobba|tabib)'), ' physicians '],
  // Invitations: "1,980 kandidat irċevew stedina", "ġew mistiedna", "ħarġet 3,300 stedina", "tistieden 1,200".
  [words(`${WORD_COUNT}\\s${PEOPLE}(?:\\s(?:biss))?\\s(?:irċevew|irċieva|ħadu)`), ' $1 candidates received '],
  [words(`${WORD_COUNT}\\sphysicians\\s(?:irċevew|irċieva|ħadu)`), ' $1 physicians received '],
  [words(`irċevew\\s${INVITATIONS}|irċevew|ħadu\\s${INVITATIONS}`), ' received invitations '],
  [words('ġew\\smistiedna|kienu\\smistiedna'), ' were invited '],
  [words('tistieden|stiednet|stieden|stiednu|mistiedna|mistieden'), ' invited '],
  [words('ħarġet|ħareġ|ħarġu|toħroġ'), ' issued '],
  [words(`${WORD_COUNT}\\s${INVITATIONS}`), ' $1 invitations '],
  [words(INVITATIONS), ' invitations '],
  [words(`${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates '],
  [words(`(?:il-|l-|lil\\s)?${PEOPLE}`), ' candidates '],
  [words("l-għadd\\s(?:baxx\\s)?ta['’ʼ]\\sstediniet"), ' the number of invitations '],
  // Cut-offs: "Il-punteġġ minimu CRS kien ta' 524", "b'minimu ta' 388 punt", "b'punteġġ ta' 380", "kellha minimu ta' 507".
  [words(`(?:il-|l-)?(?:punteġġ\\s)?minimu(?:\\sCRS)?\\skien(?:\\s(?:ta${APOS}|għoli:?))?`), ' the minimum CRS score was '],
  [words(`b${APOS}(?:punteġġ\\s)?minimu(?:\\sCRS)?\\sta${APOS}|b${APOS}punteġġ(?:\\sminimu)?(?:\\sCRS)?\\sta${APOS}`), ' with a minimum CRS score of '],
  [words(`kellh?a\\sminimu\\sta${APOS}|kellhom\\sminimu\\sta${APOS}`), ' had a minimum CRS score of '],
  [words(`(?:il-|l-)?punteġġ(?:i)?\\smin(?:imu|imi)(?:\\sCRS)?|minimu(?:\\sta${APOS})?`), ' minimum CRS score '],
  [words('(?:il-|l-)?punteġġ(?:i)?'), ' score '],
  [words(POINTS), ' points '],
  [words('kien|kienet|kienu'), ' was '],
  [words('miktub|ippubblikat|pubblikat'), ' Published '],
  // Programs.
  [words('għal\\sdawk\\sli\\sjitkellmu\\sbil-Franċiż|(?:(?:bil|tal|il|fil|għall)-)?(?:Franċiż|Franċiża)'), ' French-language proficiency '],
  [words('(?:is-)?saħħa|kura\\ssaħħa'), ' healthcare '],
  [words(`(?:is-)?snajja${APOS}?`), ' trades '],
  [words('(?:l-)?edukazzjoni'), ' education '],
  [words('trasport'), ' transport '],
  [words('(?:ir-|għar-)?residenza\\spermanenti'), ' permanent residence '],
  [words('nomina\\sprovinċjali|nominazzjoni\\sprovinċjali'), ' provincial nomination '],
  [words("il-provinċja\\sta['’ʼ]"), ' the province of '],
  [words('(?:(?:il|tal|fil|mill)-)?provinċja|provinċjali'), ' province '],
  [words('federali'), ' federal '],
  [words('mhix|mhuwiex|mhijiex'), ' is not '],
  [words('(?:l-)?Awstralja'), ' Australia '],
  [words('(?:il-|fil-|lill-|mill-)?Kanada(?![.-]\\p{L})'), ' Canada '],
  [words('Kanadiż|Kanadiża|Kanadiżi'), ' Canadian '],
  // What is left of an article or preposition before an English name: "fl-Express Entry", "għall-CEC", "tal-Canadian …".
  [/(?<![\p{L}\d])(?:fl|fil)-(?=[\p{Lu}\d])/gu, 'in the '],
  [/(?<![\p{L}\d])għall?-(?=[\p{Lu}\d])/gu, 'for the '],
  [/(?<![\p{L}\d])tal-(?=\p{Lu})/gu, 'of the '],
  [/(?<![\p{L}\d])(?:il|l|id|is|it|ir)-(?=\p{Lu})/gu, 'the '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words Maltese writes and Italian, Polish and English do not. */
const MALTESE_WORD = words(
  `stedina|stediniet|illum|dalgħodu|(?:il-?|l)bieraħ|punteġġ\\p{L}*|punti|punt|kandidat|kandidati|irċevew|għamel|għamlet|saret|kien|kienet|kellha|minimu|numru|biex|fejn|dawk|din|dan|hija|huwa|ukoll|tagħha|tagħhom|għal|ġimgħa|ġenerali|Franċiż|provinċja|Kanadiż|il-Kanada|${TA}|Jannar|Frar|Marzu|Mejju|Ġunju|Lulju|Awwissu|Settembru|Ottubru|Novembru|Diċembru`,
);
/** The words a Maltese page writes that none of its neighbours does: one of them must be there. */
const MALTESE_CORE = new RegExp(words('stedin\\p{L}*|illum|dalgħodu|(?:il-?|l)bieraħ|punteġġ\\p{L}*|irċevew|ġimgħa|Kanadiż|il-Kanada').source, 'iu');
/** A cheap first test, one letter class: Maltese's own "ħ", "ġ", "ċ" (Polish writes "ż" too, but none of these). */
export const MALTESE_HINT = /[ħġċĦĠĊ]/;

/** Eight of the words, five of them different (or a short post, three making up a sixth of its words), and one of its own. */
export const isMaltese = (text: string): boolean => MALTESE_CORE.test(text) && writtenWith(text, MALTESE_WORD, 5 - (text.length < 400 ? 2 : 0));

/** A Maltese page glossed into English. */
export const glossMaltese = (text: string): string => glossInTurn(text, CASED_RULES);
