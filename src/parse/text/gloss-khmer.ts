import { clockOfPart, type DayPart } from './day-part-clock.ts';
import { orderNumericDates } from './numeric-dates.ts';
import { GLOSS_COUNT, dayOrdinal, finishGloss, glossDay, grouped, markEarlier, monthNamer, mostlyScript, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Khmer draw news glossed into the English the reader knows, as `gloss-thai.ts` does for Thai (docs/parser.md, "Burmese and
 * Khmer"): Khmer digits ("៣,៩០០" → 3,900), the Khmer names of the Gregorian months ("ថ្ងៃទី៣១ ខែមករា ឆ្នាំ២០២៥" → "January
 * 31, 2025", "ថ្ងៃព្រហស្បតិ៍ ទី៩ មេសា" → "Thursday, April 9"), counts with their counter ("៣,៩០០ នាក់" → "3,900 candidates"),
 * cut-offs ("ពិន្ទុ CRS អប្បបរមា" → "minimum CRS score"), rounds ("ជុំទី២០៤" → "draw #204", "ពីរជុំ" → "two draws"), the
 * tie-break ("ច្បាប់បំបែកពិន្ទុស្មើ"), programs and the words of a draw report. What the glossary does not know is dropped; a
 * sentence or clause that speaks of an earlier draw ("ជុំមុន", the previous round; "ប្រៀបធៀប", compared) is context.
 */

const K = String.raw`\u1780-\u17ff\u19e0-\u19ff`;
const LETTERS = new RegExp(`[${K}]`, 'g');

/** Enough Khmer that it is the page's language, not a name; a post's hashtags ("#ExpressEntry") are no English. */
export const isKhmer = (text: string): boolean => mostlyScript(text.replace(/#[A-Za-z]\w*/g, ''), LETTERS);

/** Not after a Khmer letter or sign; a word's end (no vowel or sign follows). */
const B = String.raw`(?<![\u1780-\u17d3])`;
const E = String.raw`(?![\u17b6-\u17d3])`;

const MONTHS: MonthTable = [
  ['មករា', 'January'],
  ['កុម្ភៈ|កុម្ភះ|កុម្ភ', 'February'],
  ['មីនា', 'March'],
  ['មេសា', 'April'],
  ['ឧសភា', 'May'],
  ['មិថុនា', 'June'],
  ['កក្កដា', 'July'],
  ['សីហា', 'August'],
  ['កញ្ញា', 'September'],
  ['តុលា', 'October'],
  ['វិច្ឆិកា', 'November'],
  ['ធ្នូ', 'December'],
];
/** A month, with "ខែ" (month) before it or not; not "តុលាការ" (a court). */
const MONTH = String.raw`(?:ខែ[ \t]?)?(${MONTHS.map(([km]) => km).join('|')})${E}(?!ការ)`;
const monthOf = monthNamer(MONTHS);
/** A year after its month, with "ឆ្នាំ" (year) or not. */
const YEAR = String.raw`(?:[ \t]?(?:ឆ្នាំ[ \t]?)?((?:19|20)\d\d)(?!\d))?`;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['ច័ន្ទ|ចន្ទ', 'Monday'],
  ['អង្គារ', 'Tuesday'],
  ['ពុធ', 'Wednesday'],
  ['ព្រហស្បតិ៍|ព្រហស្បត្តិ៍', 'Thursday'],
  ['សុក្រ', 'Friday'],
  ['សៅរ៍', 'Saturday'],
  ['អាទិត្យ', 'Sunday'],
];

const NUM = GLOSS_COUNT;
const SCRIPT = script(K);
const ROUNDS: Readonly<Record<string, string>> = { ពីរ: 'two', បី: 'three', បួន: 'four', ប្រាំ: 'five' };
const SEVERAL = `(${Object.keys(ROUNDS).join('|')})`;
const day = (m: string, d: string, y = ''): string => ` ${monthOf(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `;

/** "៤ ពាន់" (4 thousand), "៣ ពាន់ ៥ រយ" (3,500), "៤.៥ ពាន់", "១ ម៉ឺន" (10,000), "៤ សែន" (400,000): the figure. */
const scaled = (n: string, unit: string, hundreds = ''): string => {
  const value = Number(n) * (unit === 'សែន' ? 100_000 : unit === 'ម៉ឺន' ? 10_000 : 1_000) + Number(hundreds || 0) * 100;
  return Number.isInteger(value) ? ` ${grouped(value)}` : ' ';
};

/** The lunar calendar of a dateline ("១០រោច ខែបុស្ស ឆ្នាំរោង ឆស័ក ព.ស.២៥៦៨ ត្រូវនឹង …"): the moon's day, month, animal year, decade, Buddhist era. */
const LUNAR = [
  String.raw`\d{1,2}[ \t]?(?:កើត|រោច)(?![\u17b6-\u17d3]|ឡើង)`,
  'ខែ[ \t]?(?:មិគសិរ|បុស្ស|មាឃ|ផល្គុន|ចេត្រ|ពិសាខ|ជេស្ឋ|បឋមាសាឍ|ទុតិយាសាឍ|អាសាឍ|ស្រាពណ៍|ភទ្របទ|អស្សុជ|កត្តិក)',
  'ឆ្នាំ[ \t]?(?:ជូត|ឆ្លូវ|ខាល|ថោះ|រោង|ម្សាញ់|មមី|មមែ|វក|រកា|កុរ|ច)(?![\u1780-\u17d3])',
  '(?:ឯក|ទោ|ត្រី|ចត្វា|បញ្ច|ឆ|សប្ត|អដ្ឋ|នព្វ|សំរឹទ្ធិ)ស័ក',
  String.raw`ព\.[ \t]?ស\.[ \t]?\d{4}`,
  'ត្រូវ(?:នឹង|និង)',
].join('|');
const PARTS: Readonly<Record<string, DayPart>> = { ព្រឹក: 'morning', ថ្ងៃត្រង់: 'midday', រសៀល: 'afternoon', ល្ងាច: 'evening', យប់: 'night' };
const MONTHS_EN = MONTHS.map(([, en]) => en).join('|');

const RULES: readonly GlossRule[] = [
  [new RegExp(LUNAR, 'g'), ' '],
  // A time with the part of the day ("០១:៥៨ ព្រឹក", "ម៉ោង ១០:៣០ យប់") and Cambodian time ("ម៉ោងកម្ពុជា", Indochina time, UTC+7).
  [/(\d{1,2})(:\d\d(?::\d\d)?)[ \t]?(ព្រឹក|ថ្ងៃត្រង់|រសៀល|ល្ងាច|យប់)/g, (_, h = '', rest = '', part = '') => clockOfPart(h, rest, PARTS[part] ?? 'morning')],
  [/\(?[ \t]?ម៉ោង[ \t]?(?:នៅ[ \t]?)?(?:កម្ពុជា|ភ្នំពេញ|ខ្មែរ)[ \t]?\)?/g, ' ICT '],
  [/(?<![\d,.])(\d{1,3}(?:\.\d{1,3})?)[ \t]?(ពាន់|ម៉ឺន|សែន)(?:[ \t]?(\d)[ \t]?រយ)?/g, (_, n = '', unit = '', h = '') => scaled(n, unit, h)],
  [/(?<![\d,.])(\d)[ \t]?រយ(?![\u17b6-\u17d3])/g, (_, n = '') => ` ${String(Number(n) * 100)} `],
  [/\u17d4|\u17d5/g, '. '],
  [/\u17d6/g, ': '],
  // A month's recap ("សង្ខេបការចាប់ឆ្នោត Express Entry ខែកក្កដា", a summary of July's draws) announces none of its rounds.
  [/សង្ខេប(?:ការចាប់ឆ្នោត)?[ \t]?(?:Express Entry[ \t]?)?(?=ខែ)/g, ' Express Entry recap of '],
  // Days: "ថ្ងៃទី៣១ ខែមករា ឆ្នាំ២០២៥", "៣១ មករា ២០១៥", "ទី៩ មេសា", a span ("២៣–២៧ តុលា ២០២៣"); a month with its year ("ខែកញ្ញា ឆ្នាំ២០២៥").
  [
    new RegExp(String.raw`(?<![\d,])(\d{1,2})[ \t]?-[ \t]?(\d{1,2})[ \t]?${MONTH}${YEAR}`, 'g'),
    (_, a = '', b = '', m = '', y = '') => ` ${monthOf(m)} ${String(Number(a))}-${String(Number(b))}${y ? `, ${y}` : ''} `,
  ],
  [new RegExp(String.raw`(?:(?:ថ្ងៃ)?ទី[ \t]?)?(?<![\d,])(\d{1,2})(?!\d)[ \t]?${MONTH}${YEAR}`, 'g'), (_, d = '', m = '', y = '') => day(m, d, y)],
  // A month as a number ("ថ្ងៃទី១២ ខែ១១ ឆ្នាំ២០២៥", "១២ ខែ១១ ឆ្នាំ២០២៥"): after "ទី" (the day's) or before a year, not "៣ ខែ" (three months).
  [
    /(?:(?:ថ្ងៃ)?ទី[ \t]?(\d{1,2})[ \t]?ខែ[ \t]?(\d{1,2})(?!\d)(?:[ \t]?ឆ្នាំ[ \t]?((?:19|20)\d\d)(?!\d))?|(?<![\d,])(\d{1,2})[ \t]?ខែ[ \t]?(\d{1,2})[ \t]?ឆ្នាំ[ \t]?((?:19|20)\d\d)(?!\d))/g,
    (all, d = '', m = '', y = '', d2 = '', m2 = '', y2 = '') => (glossDay(y || y2 || undefined, m || m2, d || d2) ?? all).replace(/^|$/g, ' '),
  ],
  [new RegExp(String.raw`ខែ[ \t]?(${MONTHS.map(([km]) => km).join('|')})${E}(?:[ \t]?(?:ឆ្នាំ[ \t]?)?((?:19|20)\d\d)(?!\d))?`, 'g'), (_, m = '', y = '') => ` ${monthOf(m)}${y ? ` ${y}` : ''} `],
  [/(?:ក្នុង)?ឆ្នាំ[ \t]?((?:19|20)\d\d)(?!\d)/g, ' $1 '],
  // Weekdays, after "ថ្ងៃ" (day) or before a day's number ("អង្គារ ២៤ តុលា" in a table); "កាលពី" (on, in the past).
  ...WEEKDAYS.map(([km, en]): GlossRule => [new RegExp(String.raw`(?:កាលពី)?(?:ថ្ងៃ[ \t]?(?:${km})|${B}(?:${km})(?=[ \t]*(?:[A-Z][a-z]+ )?\d))${E}`, 'g'), ` ${en}, `]),
  // Spans: "១០ ឆ្នាំ" (ten years), "២ សប្តាហ៍មុន" (two weeks ago), "៦០ ថ្ងៃ" (60 days): no day, no count.
  [
    /(?<![\d,.])(\d{1,3})[ \t]?(ថ្ងៃ|សប្[តដ]ាហ៍|ខែ|ឆ្នាំ)(?!ទី)([ \t]?មុន(?!ៗ))?/g,
    (_, n = '', unit = '', ago = '') => ` ${n} ${{ ថ្ងៃ: 'days', ខែ: 'months', ឆ្នាំ: 'years' }[unit] ?? 'weeks'}${ago ? ' ago' : ''} `,
  ],
  [/(?:កាលពី)?ម្សិល(?:ម្ង៉ៃ|ម៉្ងៃ)/g, ' the day before yesterday '],
  [/(?:កាលពី)?ម្សិលមិញ/g, ' yesterday '],
  [/ថ្ងៃនេះ/g, ' today '],
  [/សប្[តដ]ាហ៍នេះ/g, ' this week '],
  [/សប្[តដ]ាហ៍មុន/g, ' last week '],
  [/សប្[តដ]ាហ៍ក្រោយ/g, ' next week '],
  [/កាលពី/g, ' on '],
  [/ម៉ោង[ \t]?(?=\d)/g, ' at '],
  // A card's labels: "កាលបរិច្ឆេទ" (date), "ប្រភេទ" (category).
  [/កាលបរិច្ឆេទ/g, ' Date '],
  [/ប្រភេទ(?=[ \t]*[:\u17d6|\t-])/g, ' Program '],
  // A table's header: "ថ្ងៃ | កម្មវិធី | ITA | CRS អប្បបរមា" (date, program, …).
  [/^([ \t]*)ថ្ងៃ(?=[ \t]*[|\t])/gm, '$1Date'],
  [/(?<=[|\t][ \t]*)កម្មវិធី(?=[ \t]*[|\t])/g, 'Program'],
  [/(?:ចុះ)?ផ្សាយ(?=[ \t]?:)/g, ' Published '],
  // A recap: "សង្ខេប … ប្រចាំសប្តាហ៍" (the week's), "ប្រចាំខែ" (the month's).
  [/សង្ខេប(?:[ \t]?Express Entry)?[ \t]?ប្រចាំខែ/g, ' monthly Express Entry recap '],
  [/ប្រចាំខែ/g, ' monthly '],
  [/ប្រចាំសប្[តដ]ាហ៍/g, ' weekly '],
  [/សង្ខេប/g, ' Recap '],
  [/ខួប(?:គម្រប់)?/g, ' anniversary '],
  // Rounds: "ជុំទី២០៤", "ជុំអញ្ជើញទី១" (draw #204, #1), "ពីរជុំ" (two rounds), "ជុំមុន" (the previous round).
  [/ជុំ(?:អញ្ជើញ)?[ \t]?(?:ទី|លេខ)[ \t]?(\d{1,3})(?![\d,])/g, ' draw #$1 '],
  // "ការចាប់ឆ្នោតលើកទី៣៣៣" (the 333rd draw) is round 333; "លើកទី២" (the second time) no round; "៧ ដង" (seven times) no round #7.
  [/(?:ការចាប់ឆ្នោត[ \t]?)?លើកទី[ \t]?(\d{1,3})(?![\d,])/g, (_, n = '') => (n.length === 3 ? ` draw #${n} ` : ` for ${dayOrdinal(n)} time `)],
  [/(?<![\d,])(\d{1,3})[ \t]?(?:ដង|លើក)(?!ទី|ឡើង)/g, ' $1 times '],
  // "ការចាប់ឆ្នោតចុងក្រោយនៃឆ្នាំ" (the year's last draw); a year's review ("ក្រឡេកមើលមួយឆ្នាំកន្លងមក", a look back at the year).
  [/(?:ការចាប់ឆ្នោត|ជុំ)[ \t]?ចុងក្រោយ[ \t]?(?:បង្អស់[ \t]?)?នៃ[ \t]?ឆ្នាំ(?:នេះ)?/g, ' the last draw of the year '],
  [/(?:ក្រឡេកមើល|ពិនិត្យ(?:មើល)?ឡើងវិញ)[ \t]?(?:មួយ)?ឆ្នាំ(?:[ \t]?(?:កន្លងមក|កន្លងទៅ|ចុងក្រោយ))?|សង្ខេបប្រចាំឆ្នាំ/g, ' year in review '],
  [new RegExp(`(?:ការចាប់ឆ្នោត)?${SEVERAL}ជុំ`, 'g'), (_, n = '') => ` ${ROUNDS[n] ?? 'two'} draws `],
  [new RegExp(`${SEVERAL}ថ្ងៃជាប់គ្នា`, 'g'), (_, n = '') => ` on ${ROUNDS[n] ?? 'two'} consecutive days `],
  [/ក្នុងថ្ងៃតែមួយ/g, ' on the same day '],
  // "(នេះគឺ) បីថ្ងៃក្រោយជុំ PNP ដែលបានអញ្ជើញ …" ((this is) three days after the PNP round that invited …): the earlier round's.
  [new RegExp(`(?:នេះគឺ)?(?:${SEVERAL}|មួយ)ថ្ងៃ[ \t]?ក្រោយ(?:ពី)?[ \t]?ជុំ`, 'g'), (_, n = '') => ` ${n ? `${ROUNDS[n] ?? 'two'} days` : 'a day'} after the draw `],
  [/ដែល[ \t]?បាន[ \t]?អញ្ជើញ/g, ' that invited '],
  [/(?:មិនមាន|គ្មាន)(?:ការ)?(?:ចាប់ឆ្នោត|ជុំ)/g, ' no draw '],
  [/ជុំ(?:អញ្ជើញ)?ដំបូង(?:បង្អស់)?/g, ' the first draw '],
  [/ជុំមុន/g, ' the previous draw '],
  [/ជុំនេះ/g, ' this draw '],
  [/ជុំចុងក្រោយ/g, ' the last draw '],
  [/នឹង[ \t]?ធ្វើ(?:ការ)?(?=ចាប់ឆ្នោត|ជុំ)/g, ' will hold '],
  [/(?:បាន)?ធ្វើ(?:ការ)?(?=ចាប់ឆ្នោត|ជុំ)/g, ' held '],
  // "IRCC នៅតែបន្តការចាប់ឆ្នោត" (IRCC still went on with the draws), "ទោះបីជា … ក៏ដោយ" (despite).
  [/(?:នៅតែ)?បន្ត(?:ការ)?ចាប់ឆ្នោត/g, ' continued the draws '],
  [/ទោះបីជា(?:មាន)?/g, ' despite '],
  [/(?:ការ)?ចាប់ឆ្នោត|ជុំ/g, ' draw '],
  // Counts: "៣,៩០០ នាក់" (persons), "ITA ចំនួន ៦៤៨" (a number of ITAs), a hedge ("ប្រហែល", about; "ជាង", more than; "ជិត", nearly).
  [new RegExp(String.raw`ប្រហែល[ \t]?${NUM}`, 'g'), ' about $1 '],
  // Bounds, no count: "រហូតដល់ ១០,០០០" (up to), "យ៉ាងហោចណាស់ ៦,០០០" (at least), "យ៉ាងច្រើន" (at most).
  [new RegExp(String.raw`រហូត(?:ដល់)?[ \t]?${NUM}`, 'g'), ' up to $1 '],
  [new RegExp(String.raw`(?:យ៉ាងហោចណាស់|យ៉ាងហោច|យ៉ាងតិច(?:បំផុត)?)[ \t]?${NUM}`, 'g'), ' at least $1 '],
  [new RegExp(String.raw`យ៉ាងច្រើន(?:បំផុត)?[ \t]?${NUM}`, 'g'), ' at most $1 '],
  [new RegExp(String.raw`ជាង[ \t]?${NUM}`, 'g'), ' more than $1 '],
  [new RegExp(String.raw`ជិត[ \t]?${NUM}`, 'g'), ' nearly $1 '],
  [new RegExp(String.raw`(?:ត្រឹម)?តែ[ \t]?${NUM}`, 'g'), ' only $1 '],
  [new RegExp(String.raw`(?:បេក្ខជន[ \t]?)?(?:ចំនួន[ \t]?)?${NUM}[ \t]?នាក់`, 'g'), ' $1 candidates '],
  [/ចំនួន(?:លិខិត)?អញ្ជើញ/g, ' Number of invitations '],
  [/ចំនួន[ \t]?(?=\d)/g, ' '],
  // Cut-offs: "ពិន្ទុ CRS អប្បបរមា" (the minimum CRS score), "៨៨៦ ពិន្ទុ" (886 points), "គឺ ៤៣៩" (is 439).
  [/ពិន្ទុ[ \t]?(?:CRS[ \t]?)?(?:អប្បបរមា|ទាបបំផុត)|CRS[ \t]?(?:អប្បបរមា|ទាបបំផុត)|ពិន្ទុ[ \t]?(?:កាត់|ដាច់)(?:[ \t]?CRS)?/g, ' minimum CRS score '],
  [/អប្បបរមា/g, ' minimum '],
  [/(\d{1,4})[ \t]?ពិន្ទុ/g, ' $1 points '],
  [/ពិន្ទុ/g, ' score '],
  [/(?:នៃ[ \t]?(?:this draw|draw)[ \t]?)?គឺ[ \t]?(?=\d)/g, ' was '],
  // The tie-break: "ច្បាប់បំបែកពិន្ទុស្មើ" (the rule that parts equal scores).
  [/ច្បាប់[ \t]?(?:បំបែក|កាត់សេចក្តី)?[ \t]?score[ \t]?ស្មើ(?:គ្នា)?/g, ' tie-breaking rule '],
  // "បេក្ខជនដែលមានពិន្ទុស្មើគ្នា … បានដាក់ profile មុនថ្ងៃទី២១ …" (tied candidates … who submitted a profile before the 21st …).
  [/(?:បេក្ខជន[ \t]?)?ដែល[ \t]?មាន[ \t]?score[ \t]?ស្មើ(?:គ្នា)?/g, ' tied candidates '],
  [/(?:បាន)?(?:ដាក់|បង្កើត)[ \t]?(?:Express Entry[ \t]?)?(?:profile|ប្រូហ្វាល់|ប្រវត្តិរូប)/gi, ' submitted their profile '],
  [new RegExp(String.raw`មុន(?=[ \t]*(?:${MONTHS_EN}) \d)`, 'g'), ' before '],
  // Programs.
  [/កម្មវិធី[ \t]?តែងតាំង[ \t]?(?:ដោយ|របស់)?[ \t]?ខេត្ត/g, ' Provincial Nominee Program '],
  [/(?:ការ)?តែងតាំង[ \t]?(?:ពី|ដោយ)?[ \t]?ខេត្ត/g, ' provincial nomination '],
  // "មានតែបេក្ខជនដែលមានការផ្តល់ការងារ (LMIA) ឬការតែងតាំងពីខេត្ត …" (only candidates with a job offer or a provincial
  // nomination …): the candidates', not the round's program.
  [/ដែលមានន័យថា/g, ', which means that '],
  [/មានតែ[ \t]?បេក្ខជន[ \t]?ដែលមាន/g, ' only candidates with '],
  [/(?:ការ)?ផ្តល់ការងារ/g, ' a job offer '],
  [/ឬ(?=\s|ការ)/g, ' or '],
  [/ខេត្ត/g, ' province '],
  [/ភាសា[ \t]?បារាំង/g, ' French-language '],
  [/(?:មុខរបរ[ \t]?)?សុខាភិបាល/g, ' healthcare '],
  // Rounds by occupation: "មុខរបរអប់រំ" (education), "មុខរបរជាងជំនាញ" (trades), "ដឹកជញ្ជូន" (transport), "កសិកម្ម" (agriculture).
  [/មុខរបរ[ \t]?(?:ក្នុងវិស័យ)?អប់រំ/g, ' education occupations '],
  [/(?:មុខរបរ[ \t]?)?(?:ជាងជំនាញ|ជាងបច្ចេកទេស|ពាណិជ្ជកម្មជំនាញ)/g, ' trade occupations '],
  [/(?:មុខរបរ[ \t]?)?(?:ក្នុងវិស័យ)?ដឹកជញ្ជូន/g, ' transport occupations '],
  [/(?:មុខរបរ[ \t]?)?(?:ក្នុងវិស័យ)?កសិកម្ម(?:[ \t]?(?:និង)?[ \t]?កសិ[- ]?អាហារ)?/g, ' agriculture and agri-food occupations '],
  // "វេជ្ជបណ្ឌិតដែលមានបទពិសោធន៍ការងារនៅកាណាដា" (physicians with Canadian work experience), "អ្នកគ្រប់គ្រងជាន់ខ្ពស់" (senior managers).
  [/វេជ្ជបណ្ឌិត[ \t]?ដែល[ \t]?មាន[ \t]?បទពិសោធន៍[ \t]?(?:ការងារ)?[ \t]?(?:នៅ)?[ \t]?កាណាដា|(?<=សម្រាប់[ \t]?)វេជ្ជបណ្ឌិត/g, ' Physicians with Canadian work experience '],
  [/វេជ្ជបណ្ឌិត/g, ' doctors '],
  [/អ្នកគ្រប់គ្រង[ \t]?ជាន់ខ្ពស់(?:[ \t]?ដែល[ \t]?មាន[ \t]?បទពិសោធន៍[ \t]?(?:ការងារ)?[ \t]?(?:នៅ)?[ \t]?កាណាដា)?/g, ' Senior managers with Canadian work experience '],
  [/ថ្នាក់[ \t]?បទពិសោធន៍[ \t]?កាណាដា/g, ' Canadian Experience Class '],
  [/គ្រប់[ \t]?កម្មវិធី/g, ' all programs '],
  [/មុខរបរ/g, ' occupations '],
  [/កម្មវិធី/g, ' program '],
  [/ក្រសួង[ \t]?អន្តោប្រវេសន៍[ \t]?ជនភៀសខ្លួន[ \t]?(?:និង)?[ \t]?សញ្ជាតិ[ \t]?កាណាដា/g, ' IRCC '],
  [/ក្រសួង[ \t]?ពលរដ្ឋភាព[ \t]?(?:និង)?[ \t]?អន្តោប្រវេសន៍[ \t]?កាណាដា/g, ' CIC '],
  // Provinces (their own rounds are not Express Entry rounds) and other countries, named in English.
  [/អុងតារីយ៉ូ|អូនតារីយ៉ូ|អន់តារីយ៉ូ/g, ' Ontario '],
  [/ប៊្រីទីស[ \t]?កូឡុំប៊ី|កូឡុំប៊ីអង់គ្លេស/g, ' British Columbia '],
  [/អាល់ប៊ឺតា|អាល់បឺតា|អាល់ប៊ើតា/g, ' Alberta '],
  [/សាស្កាតឈឺវ៉ាន|សាស្កាតឆេវ៉ាន់/g, ' Saskatchewan '],
  [/ម៉ានីតូបា/g, ' Manitoba '],
  [/ណូវ៉ា[ \t]?ស្កូស្យា|ណូវ៉ា[ \t]?ស្កូទា/g, ' Nova Scotia '],
  [/អូស្ត្រាលី/g, ' Australia '],
  [/នូវែល[ \t]?សេឡង់/g, ' New Zealand '],
  [/កេបិច/g, ' Quebec '],
  [/កាណាដា/g, ' Canada '],
  [/(?:ការ|លិខិត)អញ្ជើញ/g, ' invitations '],
  [/(?:បាន)?អញ្ជើញ/g, ' invited '],
  [/(?:បាន)?ផ្ញើ/g, ' sent '],
  [/(?:បាន)?ចេញ/g, ' issued '],
  [/សរុប/g, ' total '],
  [/មគ្គុទ្ទេសក៍/g, ' Guide '],
  [/ឧទាហរណ៍/g, ' For example, '],
  [/(?:ការ)?ព្យាករណ៍/g, ' forecast '],
  [/រំពឹង(?:ថា)?|ប្រហែលជា/g, ' expected '],
  [/អត្ថបទពាក់ព័ន្ធ/g, ' Related articles '],
];

/**
 * A clause that speaks of an earlier draw ("ជុំមុន", the previous round; "ជុំសុខាភិបាលមុន", "ជុំ CEC មុន", the previous healthcare or
 * CEC round, not "ជាងមុន", than before; "ប្រៀបធៀប", compared; "សប្តាហ៍មុន", last week): context from its start.
 */
const EARLIER = /ក្រោយ(?:ពី)?[ \t]?ជុំ|ជុំ(?:[^\s\u17d4]{0,20}|[ \t][A-Za-z]{2,12}[ \t]?)(?<!ជាង)មុន(?!ៗ)|ប្រៀបធៀប|សប្[តដ]ាហ៍មុន/;

export function glossKhmer(text: string): string {
  const out = orderNumericDates(text.replace(/[\u17e0-\u17e9]/g, (d) => String(d.charCodeAt(0) - 0x17e0)));
  // Clauses part at the full stop and at "ដែល" (which) before a comparison: "៤៣៩ ដែលទាបជាងជុំមុន (៤៤៥)" keeps 439 this round's.
  return finishGloss(markEarlier(out, EARLIER, /(\u17d4|\n|ដែល(?=ទាប|ខ្ពស់|កើន|ធ្លាក់|លើស|ស្មើ))/), RULES, SCRIPT).replace(/\b([A-Za-z][\w-]*(?: [\w-]+){0,3}) \((\1)\)/gi, '$1');
}
