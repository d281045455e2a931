import { GLOSS_COUNT, dayOrdinal, finishGloss, markEarlier, monthNamer, mostlyScript, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Sinhala draw news glossed into the English the reader knows, as `gloss-russian.ts` does for Russian (docs/parser.md, "Sinhala,
 * Greek and Hebrew"): dates year first ("2020 අප්‍රේල් 10" → "April 10, 2020", "ජනවාරි 31 වනදා" → "January 31"), counts with
 * their suffix ("ආරාධනා 3,294ක්" → "3,294 invitations", "606 දෙනෙකුට ආරාධනා ලැබුණු" → "606 candidates received invitations"),
 * cut-offs ("අවම CRS ලකුණු 698" → "minimum CRS score 698"), round numbers ("වටය අංක 141" → "round #141", "100 වන වටය" → "the
 * 100th round"), a card's labels and the words of a draw report. What the glossary does not know is dropped; a sentence that
 * speaks of an earlier draw ("මීට පෙර", before this) is context. The reader's text has no zero-width joiner ("ප්‍ර" is "ප්ර").
 */

const SINHALA = /[\u0d80-\u0dff]/g;

/** Enough Sinhala that it is the page's language, not a name (a short post counts when most of its letters are Sinhala). */
export const isSinhala = (text: string): boolean => mostlyScript(text, SINHALA);

const S = String.raw`\u0d80-\u0dff`;
const START = String.raw`(?<![${S}])`;
const MONTHS: MonthTable = [
  ['ජනවාරි', 'January'],
  ['පෙබරවාරි', 'February'],
  ['මාර්තු', 'March'],
  ['අප්රේල්', 'April'],
  ['මැයි', 'May'],
  ['ජූනි', 'June'],
  ['ජූලි', 'July'],
  ['අගෝස්තු', 'August'],
  ['සැප්තැම්බර්', 'September'],
  ['ඔක්තෝබර්', 'October'],
  ['නොවැම්බර්', 'November'],
  ['දෙසැම්බර්', 'December'],
];
const MONTH = `(${MONTHS.map(([si]) => si).join('|')})`;
const monthOf = monthNamer(MONTHS);
/** "31 වනදා", "24 වැනිදා" (the 31st day): the day's own suffix. */
const DAY_WORD = String.raw`(?:\s?(?:වන|වැනි|වෙනි)\s?(?:දා|දින)(?:ය|යි)?|\s?දා)`;
const DAY_SUFFIX = `${DAY_WORD}?`;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['සඳුදා', 'Monday'],
  ['අඟහරුවාදා', 'Tuesday'],
  ['බදාදා', 'Wednesday'],
  ['බ්රහස්පතින්දා', 'Thursday'],
  ['සිකුරාදා', 'Friday'],
  ['සෙනසුරාදා', 'Saturday'],
  ['ඉරිදා', 'Sunday'],
];

const NUM = GLOSS_COUNT;
/** A count's suffix: "3,294ක්" (a count of), "3,294කට" (to a count of), "464කි" (is 464). */
const COUNT_SUFFIX = String.raw`(?:ක්|කට|කි|යි|ක)?`;
const DRAW_WORDS = String.raw`(?:දිනුම්\s?)?ඇදීම[${S}]*`;
const DRAW = `${START}${DRAW_WORDS}`;
const PEOPLE = String.raw`(?:දෙනෙකුට|දෙනාට|දෙනෙක්|අපේක්ෂකයින්ට|අපේක්ෂකයන්ට|අයදුම්කරුවන්ට)`;
const RECEIVED = String.raw`(?:\(ITA\)\s)?(?:ලැබුණු|ලැබිණි|ලැබුණි|ලැබුණා|ලැබූ|ලැබී(?:\sඇත)?)`;

const SCRIPT = script('\u0d80-\u0dff');

const RULES: readonly GlossRule[] = [
  // Dates: "2020 අප්රේල් 10", "2018 සැප්තැම්බර් 24, 05:34:21", "ජනවාරි 31 වනදා", "ඔක්තෝබර් 24-26" (a span), "2024 ජූලි".
  [new RegExp(String.raw`(?<!\d)((?:19|20)\d\d)\s${MONTH}\s(\d{1,2})(?!\d)${DAY_SUFFIX}`, 'g'), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${String(Number(d))}, ${y} `],
  [new RegExp(String.raw`${MONTH}\s(\d{1,2})(?![\d-])${DAY_SUFFIX}`, 'g'), (_, m = '', d = '') => ` ${monthOf(m)} ${String(Number(d))} `],
  [new RegExp(String.raw`${MONTH}\s(\d{1,2}-\d{1,2})(?!\d)`, 'g'), (_, m = '', d = '') => ` ${monthOf(m)} ${d} `],
  [new RegExp(String.raw`(?<!\d)((?:19|20)\d\d)\s${MONTH}`, 'g'), (_, m = '', y = '') => ` ${monthOf(y)} ${m} `],
  // "464කි" (is 464), "886ක්" (a count of 886): a figure with its suffix is the figure (left glued, it would be dropped).
  [new RegExp(String.raw`(\d)(?:ක්|කට|කි|යි)(?![${S}])`, 'g'), '$1 '],
  ...WEEKDAYS.map(([si, en]): GlossRule => [new RegExp(String.raw`${START}${si}(?:ට|දින)?`, 'g'), ` ${en} `]),
  [new RegExp(String.raw`${START}එදිනම`, 'g'), ' the same day '],
  [new RegExp(String.raw`${START}අද(?![${S}])`, 'g'), ' today '],
  [new RegExp(String.raw`${START}ඊයේ(?![${S}])`, 'g'), ' yesterday '],
  [new RegExp(String.raw`${START}මේ\sසතියේ(?:ත්|ද)?`, 'g'), ' this week '],
  // Rounds: "වටය අංක 141" (round number 141), "100 වන වටය" (the 100th round), "වටය: #100" (a card's label).
  [new RegExp(String.raw`(?<!\d)(\d{1,3})\s?(?:වන|වැනි|වෙනි)\s(?:ආරාධනා\s)?(?:වට(?:ය|යේ)|${DRAW_WORDS})`, 'g'), (_, n = '') => ` ${dayOrdinal(n)} round `],
  [new RegExp(String.raw`${START}(?:ආරාධනා\s)?වට(?:ය|යේ)\sඅංක\s?(?=\d)`, 'g'), ' round #'],
  [new RegExp(String.raw`${START}අංක\s?(?=\d)`, 'g'), ' #'],
  [new RegExp(String.raw`${START}වටය\s?:`, 'g'), ' Round: '],
  [new RegExp(String.raw`${START}වැඩසටහන\s?:`, 'g'), ' Program: '],
  [new RegExp(String.raw`${START}දිනය\sසහ\sවේලාව\s?:`, 'g'), ' Date and time: '],
  [new RegExp(String.raw`${START}දිනය\s?:`, 'g'), ' Date: '],
  // "දිනුම් ඇදීම් දෙකක්" (two draws), "දිනුම් ඇදීම් තුනක්" (three).
  [new RegExp(String.raw`${DRAW}(?:\s\(draws\))?\s(දෙකක්|තුනක්)`, 'g'), (_, n = '') => ` ${n.startsWith('ද') ? 'two' : 'three'} draws `],
  // Counts: "ආරාධනා ලැබුණු සංඛ්යාව: 779" (the number who received invitations), "606 දෙනෙකුට ආරාධනා ලැබුණු", "ආරාධනා 3,294ක්
  // නිකුත් කළ", "ආරාධනා 400ක්", "ආරාධනා (ITA): 3,000".
  [new RegExp(String.raw`${START}ආරාධනා\s(?:${RECEIVED})\sසංඛ්යාව`, 'g'), ' Number of invitations '],
  [new RegExp(String.raw`${NUM}${COUNT_SUFFIX}\s${PEOPLE}`, 'g'), ' $1 candidates '],
  [new RegExp(String.raw`${START}ආරාධනා\s(?:${RECEIVED})`, 'g'), ' received invitations '],
  [new RegExp(String.raw`${START}ආරාධනා\s${NUM}${COUNT_SUFFIX}\s(?:නිකුත්\s(?:කළ|කෙරිණි|කරන\sලදී|කර\sඇත|විය))`, 'g'), ' $1 invitations were issued '],
  [new RegExp(String.raw`${START}ආරාධනා\s${NUM}${COUNT_SUFFIX}(?![\d,])`, 'g'), ' $1 invitations '],
  [new RegExp(String.raw`${NUM}${COUNT_SUFFIX}\s?ආරාධනා`, 'g'), ' $1 invitations '],
  [new RegExp(String.raw`(?:^|(?<=\n))([ \t]*(?:[\u2022*-][ \t]*)?)ආරාධනා(?=\s?(?:\(ITA\)\s?)?:)`, 'gm'), '$1Invitations'],
  // Cut-offs: "අවම CRS ලකුණු 698", "අවම ලකුණු 464කි", "අවම CRS: 529", "අවම Comprehensive Ranking System ලකුණු: 886".
  [new RegExp(String.raw`${START}අවම\s(?:CRS\s)?ලකුණු`, 'g'), ' minimum CRS score '],
  [new RegExp(String.raw`${START}අවම\s(?=CRS|Comprehensive)`, 'g'), ' minimum '],
  [/(Comprehensive Ranking System)\sලකුණු/g, '$1 score'],
  // "ලකුණු 441ට" (at 441 points), "ලකුණු 886ක්" (886 points), "(600 ලකුණු)", "529ට වඩා වැඩි" (above 529).
  [new RegExp(String.raw`${START}ලකුණු\s(\d{2,4})\s?ට(?![${S}])`, 'g'), ' at $1 points '],
  [new RegExp(String.raw`${START}ලකුණු\s(\d{2,4})${COUNT_SUFFIX}(?![\d,])`, 'g'), ' $1 points '],
  [new RegExp(String.raw`(?<!\d)(\d{2,4})${COUNT_SUFFIX}\sලකුණු`, 'g'), ' $1 points '],
  [new RegExp(String.raw`(?<!\d)(\d{2,4})ට\sවඩා\s(?:වැඩි|ඉහළ)`, 'g'), ' above $1 '],
  [new RegExp(String.raw`(?<![\d,.])(\d{1,2})${DAY_WORD}`, 'g'), (_, d = '') => ` on ${dayOrdinal(d)} `],
  // Programs.
  [new RegExp(String.raw`${START}ප්රංශ\sභාෂා\s(?:ප්රවීණතාව|ප්රවීණතා)?`, 'g'), ' French-language proficiency '],
  [new RegExp(String.raw`${START}සෞඛ්ය(?:\sහා\sසමාජ\sසේවා)?`, 'g'), ' healthcare '],
  [new RegExp(String.raw`${START}පළාත්\sනාමයෝජිත\sවැඩසටහන[${S}]*`, 'g'), ' Provincial Nominee Program '],
  [new RegExp(String.raw`${START}එක්ස්ප්රස්\sඑන්ට්රි`, 'g'), ' Express Entry '],
  [new RegExp(String.raw`${START}සම\sලකුණු\sනීති(?:ය)?(?:\s\(tie-breaking rule\))?`, 'g'), ' tie-breaking rule '],
  [new RegExp(String.raw`${START}පොදු(?=\s${DRAW_WORDS})`, 'g'), ' general '],
  [new RegExp(DRAW, 'g'), ' draw '],
  [new RegExp(String.raw`${START}ආරාධනා`, 'g'), ' invitations '],
  [new RegExp(String.raw`${START}(?:අපේක්ෂකයින්|අපේක්ෂකයන්|අයදුම්කරුවන්)[${S}]*`, 'g'), ' candidates '],
  [new RegExp(String.raw`${START}කැනඩා[${S}]*`, 'g'), ' Canada '],
];

/** A sentence that speaks of an earlier draw ("මීට පෙර", before this; "පෙර", previous; "අවසන් වරට", the last time): context. */
const EARLIER = /මීට\sපෙර|(?<![\u0d80-\u0dff])පෙර(?![\u0d80-\u0dff])|අවසන්\sවරට/;

export function glossSinhala(text: string): string {
  return finishGloss(markEarlier(text.replace(/\u200d/g, ''), EARLIER, /([.\n])/), RULES, SCRIPT);
}
