import { GEORGIAN_LATIN, romanizeSpeakers } from './speaker-names.ts';
import { applyGloss, grouped, markEarlier, monthNamer, mostlyScript, script, tidyGloss, type GlossRule, type MonthTable, ordinalNumber, scriptWords } from './gloss-rules.ts';

/**
 * Georgian draw news (Mkhedruli script) glossed into the English the reader knows, as `gloss-armenian.ts` does for Armenian
 * (docs/parser.md, "Ukrainian and Georgian"): thousands with a space ("5 000 მოწვევა" → "5,000 invitations"), months with their
 * case endings ("10 აპრილს" → "on April 10,", "2015 წლის 31 იანვარს", "27 ოქტ. 2023"), weekdays, rounds ("#292 საერთო
 * რაუნდში" → "general round #292"), counts ("მოწვევა 1 280 კანდიდატმა მიიღო" → "1,280 candidates received invitations", "4 500
 * მოწვევა გაიგზავნა"), cut-offs ("მინიმალური CRS ქულა 549 იყო" → "minimum CRS score was 549", "ზღვარი - 491 ქულა"), programs
 * and the words of a draw report. What the glossary does not know is dropped; a sentence that speaks of an earlier round
 * ("წინა", previous; "შეგახსენებთ", let us remind; "ბოლო", the last) is context, but not a comparison inside the round's own
 * sentence ("7 ქულით მეტი, ვიდრე წინა რაუნდში" → "7 points more than in the previous round"). Ordinals ("436-ე რაუნდი" → "the
 * 436th round"); a tie-break "თბილისის დროით" (Tbilisi time) is "(UTC+4)".
 */

const G = String.raw`\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f`;
const GEORGIAN = /[\u10a0-\u10ff\u1c90-\u1cbf]/g;

/** Enough Georgian that it is the page's language, not a name (or, a short post, more Georgian letters than Latin ones). */
export const isGeorgian = (text: string): boolean => mostlyScript(text, GEORGIAN);

/** A space inside a line (a pattern never runs across lines). */
const { S, re, B, E, T } = scriptWords(G, { flags: 'gu' });
/** Not inside a Georgian or Latin word, nor a number; a word's Georgian ending. */

const MONTHS: MonthTable = [
  ['იან', 'January'],
  ['თებ', 'February'],
  ['მარ', 'March'],
  ['აპრ', 'April'],
  ['მაი', 'May'],
  ['ივნ', 'June'],
  ['ივლ', 'July'],
  ['აგვ', 'August'],
  ['სექ', 'September'],
  ['ოქტ', 'October'],
  ['ნოე', 'November'],
  ['დეკ', 'December'],
];
const monthOf = monthNamer(MONTHS);
/** A month with its case ending ("აპრილი", "აპრილს" on, "იანვრიდან" from, "დეკემბრის" of), or its abbreviation ("ოქტ."). */
const MONTH = String.raw`((?:იანვა?რ|თებერვა?ლ|მარტ|აპრილ|მაის|ივნის|ივლის|სექტემბე?რ|ოქტომბე?რ|ნოემბე?რ|დეკემბე?რ)(?:ი|ს|ის|ით|იდან|ში|ამდე|მდე)?|აგვისტო(?:ს|დან|ში|მდე)?|(?:იან|თებ|მარ|აპრ|ივნ|ივლ|აგვ|სექ|ოქტ|ნოე|დეკ)\.)${E}`;
/** "on April 10" for a month in the dative ("აპრილს"), "since" for "-დან" (from), else the day as written. */
const caseOf = (m: string): string => (/დან$/u.test(m) ? 'since ' : /(?<!ი)ს$|ოს$/u.test(m) && !/ის$/u.test(m) ? 'on ' : '');

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['ორშაბათ', 'Monday'],
  ['სამშაბათ', 'Tuesday'],
  ['ოთხშაბათ', 'Wednesday'],
  ['ხუთშაბათ', 'Thursday'],
  ['პარასკევ', 'Friday'],
  ['შაბათ', 'Saturday'],
];

/** A count: "3,000" (after the thousands rule) or "3000", with a Georgian ending after a hyphen ("5 000-მა", "779-მა"). */
const NUM = String.raw`((?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,.])\d{1,6}(?![\d,.]\d))(?:-(?:მა|ს|ით|ი)${E})?`;
const INVITATIONS = `მოწვევ${T}`;
const PEOPLE = `(?:კანდიდატ|ადამიან|პირ|განმცხადებ)${T}`;
const ROUND = `რაუნდ${T}`;
const POINTS = `ქულ${T}`;
/** A cut-off that fell ("შემცირდა", "დაეცა", "დაიკლო", "ჩამოვიდა") or rose ("გაიზარდა", "აიწია", "ავიდა"). */
const FELL = 'შემცირდა|დაეცა|დაიკლო|ჩამოვიდა';
const ROSE = 'გაიზარდა|აიწია|ავიდა';
/** An ordinal's English ending ("436" → "436th"). */
const nth = ordinalNumber;
const COUNTED: Readonly<Record<string, string>> = { ორ: 'two', ორი: 'two', სამ: 'three', სამი: 'three', ოთხ: 'four', ოთხი: 'four', ხუთ: 'five', ხუთი: 'five' };

const SCRIPT = script(G, '„“');

/** Places that hold their own draws, and pages that tell no news of a round (a guide, a forecast, a recap, an anniversary). */
const BACKGROUND: readonly GlossRule[] = [
  ...(
    [
      ['ონტარიო', 'Ontario'],
      ['ბრიტანეთის კოლუმბი', 'British Columbia'],
      ['ალბერტ', 'Alberta'],
      ['სასკაჩევან', 'Saskatchewan'],
      ['მანიტობ', 'Manitoba'],
      ['ახალ შოტლანდი', 'Nova Scotia'],
      ['კვებეკ', 'Quebec'],
      ['ავსტრალი', 'Australia'],
      ['ახალ ზელანდი', 'New Zealand'],
      ['აშშ', 'the United States'],
    ] as const
  ).map(([ka, en]): GlossRule => [re(`${B}(?:${ka})${T}`), ` ${en} `]),
  [re(`${B}პროვინციულ${T}${S}ნომინანტ${T}${S}პროგრამ${T}`), ' provincial nominee program '],
  [re(`${B}პროვინციულ${T}${S}ნომინაცი${T}`), ' provincial nomination '],
  [re(`${B}პროვინციულ${T}${S}პროგრამ${T}`), ' provincial programs '],
  // "დასაქმების შეთავაზების (LMIA) ან პროვინციული ნომინაციის მქონე პირები" (holders of a job offer or a nomination): candidates, not the round's program.
  [re(`${B}დასაქმების${S}შეთავაზებ${T}`), ' job offer '],
  [re(`${B}მქონე${S}(?:პირ|ადამიან|კანდიდატ)${T}`), ' holders '],
  [re(`${B}მქონე${E}`), ' holding '],
  [re(`${B}მხოლოდ${E}`), ' only '],
  [re(`${B}პროგნოზ${T}`), ' Forecast '],
  [re(`${B}(?:მოსალოდნელია|სავარაუდოდ|ვარაუდობენ|ალბათ|შესაძლოა)${E}`), ' expected '],
  [re(`${B}(?:ანალიტიკა|ანალიზი)${E}`), ' Analysis '],
  [re(`${B}სტატისტიკა${E}`), ' Statistics '],
  [re(`${B}(?:სახელმძღვანელო|გზამკვლევი|ინსტრუქცია)${E}`), ' Guide '],
  [re(`${B}როგორ${E}`), ' how to '],
  [re(`${B}რატომ${E}`), ' why is '],
  [re(`${B}როდის${S}იქნება${E}`), ' when will there be '],
  [re(`${B}როდის${E}`), ' when will '],
  // "რა არის CRS ქულა" (what is the CRS score): a guide's headline in the words the reader knows one by.
  [re(`${B}რა${S}არის${S}(?:CRS${S}ქულ${T}|ქულ${T}${S}CRS|CRS)(?![A-Za-z])`), ' what is the CRS score '],
  [re(`${B}რა${S}არის${E}`), ' what is '],
  [re(`${B}(?:შემდეგი|მომდევნო)${S}(?=რაუნდ)`), ' next '],
  [re(`${B}(?:იუბილე${T}|წლისთავ${T})`), ' anniversary '],
  [re(`${B}თაღლით${T}`), ' scam '],
  [re(`${B}პულ(?:ში|ი|ის)${E}`), ' pool '],
  [re(`${B}რჩევ${T}`), ' Tips '],
  [re(`${B}(?:მაგ\\.|მაგალითად)`), ' for example '],
  [re(`${B}(\\d{1,2})${S}წლისაა${E}`), ' is $1 years old: anniversary '],
  [re(`${B}(?:ათი|ხუთი)${S}წლის${S}წინ${E}`), (m) => ` ${m.startsWith('ათი') ? 'ten' : 'five'} years ago `],
  [re(`${B}(?:ერთი${S})?წლის${S}წინ${E}`), ' a year ago '],
  [re(`${B}(?:შარშან|გასულ${S}წელს)${E}`), ' last year '],
  [re(`${B}${POINTS}${S}(?:განაწილება|განაწილებას)${E}`), ' distribution of CRS scores '],
  [re(`${B}(?:კვირის|კვირის${S}ბოლოს)${S}(?:შეჯამება|მიმოხილვა)${E}`), ' Weekly recap '],
  // A month's recap: "მარტის შეჯამება" (March's summary), "2025 წლის მარტის მიმოხილვა".
  [re(String.raw`${B}(?:(\d{4})${S}წლის${S})?${MONTH}${S}(?:შეჯამება|მიმოხილვა)${E}`), (_, y = '', m = '') => ` ${monthOf(m)}${y ? ` ${y}` : ''} recap `],
  [re(`${B}(?:თვის|ყოველთვიური)${S}(?:შეჯამება|მიმოხილვა)${E}`), ' monthly recap '],
  [re(`${B}(?:შეჯამება|მიმოხილვა)${E}`), ' recap '],
  [re(`${B}(?:დაახლოებით|თითქმის|დაახ\\.)${S}(?=\\d)`), ' about '],
  // "5 ათასი" (5 thousand), "5,5 ათასი" (a decimal comma): the count; "20 ათასზე მეტი" (more than 20 thousand).
  [re(String.raw`(?<![\d,.])(\d{1,3})(?:,(\d))?${S}ათასზე${S}მეტ${T}`), (_, n = '', tenth = '') => ` more than ${grouped(Number(n) * 1000 + Number(tenth || 0) * 100)} `],
  [re(String.raw`(?<![\d,.])(\d{1,3})(?:,(\d))?${S}ათას${T}`), (_, n = '', tenth = '') => ` ${grouped(Number(n) * 1000 + Number(tenth || 0) * 100)} `],
  [re(`(?<!\\d-)${B}(?:ათასზე${S}მეტი|ზე${S}მეტი)${E}`), ' more than '],
];

const RULES: readonly GlossRule[] = [
  ...BACKGROUND,
  // Thousands with a space: "5 000", "249 012" (a number's start and end bounded, so a day and a year stay apart).
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[„“”«»]/g, ' '],
  // Latin words with a Georgian ending: "Express Entry-ის" (of Express Entry), "IRCC-მ", "CEC-ის", "Class-ის".
  [re(`(?<=[A-Za-z)])-[${G}]{1,8}${E}`), ''],
  // Days: "2015 წლის 31 იანვარს" (on January 31, 2015), "12 აპრილი, 2024", "27 ოქტ. 2023", "10 აპრილს" (on April 10).
  [re(String.raw`(?<!\d)(\d{4})${S}წლის${S}(\d{1,2})${S}${MONTH}`), (_, y = '', d = '', m = '') => ` ${caseOf(m)}${monthOf(m)} ${d}, ${y}, `],
  [re(String.raw`(?<!\d)(\d{4})${S}წლის${S}${MONTH}(?:${S}(შემდეგ))?`), (_, y = '', m = '', after = '') => ` ${after ? 'since ' : ''}${monthOf(m)} ${y} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}${S}მდგომარეობით${E}`), (_, d = '', m = '') => ` as of ${monthOf(m)} ${d} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}(?:,?${S}(\d{4})(?!\d))?`), (_, d = '', m = '', y = '') => ` ${caseOf(m)}${monthOf(m)} ${d}${y ? `, ${y}` : ''}${caseOf(m) ? ',' : ''} `],
  [re(String.raw`${B}${MONTH}${S}(\d{4})(?!\d)`), (_, m = '', y = '') => ` ${monthOf(m)} ${y} `],
  [re(String.raw`(?<!\d)(\d{4})${S}(?:წლის|წელს|წელი|წელიწადს)${E}`), ' $1 '],
  [re(String.raw`(?<![\d,])(\d{1,2})${S}(?:დღე|დღის)${E}`), ' $1 days '],
  [re(String.raw`(?<![\d,])(\d{1,2})${S}(?:თვ${T})`), ' $1 months '],
  [re(`${B}(?:მდგომარეობით)${E}`), ' as of '],
  [re(`${B}${MONTH}`), (all, m = '') => (/ში$/u.test(m) ? ` in ${monthOf(m)} ` : all)],
  [re(`${B}თვის${S}განმავლობაში${E}`), ' during the month '],
  // "სამშაბათს" (on Tuesday, the dative), "ოთხშაბათს კი …" (and on Wednesday …, "კი" setting it against the clause before).
  ...WEEKDAYS.map(([ka, en]): GlossRule => [re(`${B}${ka}(ი|ს)?${E}(${S}კი${E})?`), (_, ending = '', but = '') => ` ${but ? 'and ' : ''}${ending === 'ს' ? 'on ' : ''}${en} `]),
  [re(`${B}მის${S}წინა${S}დღეს${E}`), ' the day before '],
  [re(`${B}დღეს${E}`), ' today '],
  // "რაუნდი არ ჩაუტარებია" (has held no round), "იქნება თუ არა" (will there be), plans ("ჩაატარებს", will hold).
  [re(`${B}იქნება${S}თუ${S}არა${E}`), ' Will there be '],
  [re(`${B}არ${S}(?:ჩაუტარებია|ჩატარებულა|ყოფილა)${E}`), ' has not held '],
  [re(`${B}(?:ჩაატარებს|ჩატარდება|ჩატარდეს|გაიმართება)${E}`), ' will hold '],
  [re(`${B}იქნება${E}`), ' will be '],
  [re(`${B}(?:ჩვენი${S})?შეფასებით${E}`), ' by estimates '],
  [re(`${B}გუშინდელ${T}`), " yesterday's "],
  [re(`${B}გუშინ${E}`), ' yesterday '],
  [re(`${B}გუშინწინ${E}`), ' the day before yesterday '],
  [re(`${B}ახლახან(?:ს)?${E}`), ' just in '],
  // "ოტავის დროით" (Ottawa time), "ვანკუვერის დროით": Canada's zones, as the reader knows them.
  [re(`\\(?${B}(?:ოტავ(?:ის|ას)|ტორონტოს|მონრეალის|(?:კანადის${S})?აღმოსავლეთის)${S}დროით${E}\\)?`), ' Eastern Time '],
  [re(`\\(?${B}ვანკუვერის${S}დროით${E}\\)?`), ' Pacific Time '],
  // "თბილისის დროით" (Tbilisi time): UTC+4 all year since 2005, which the reader turns into UTC.
  [re(`\\(?${B}(?:თბილისის|საქართველოს)${S}დროით${E}\\)?`), ' (UTC+4) '],
  [re(`${B}ამ${S}კვირ(?:აში|ას|ის)${E}`), ' this week '],
  [re(`${B}(?:გასულ|წინა)${S}კვირ(?:აში|ას)${E}`), ' last week '],
  [re(`${B}(?:მომდევნო|შემდეგი)${S}კვირ${T}`), ' next week '],
  [re(`${B}ერთი${S}დღის${S}შემდეგ${E}`), ' a day later '],
  [re(`${B}ამჯერად${E}`), ' this time '],
  [re(`${B}ყოველდღე${E}`), ' every day '],
  // "რაც წინა რაუნდთან შედარებით 2 ქულით ნაკლებია" (which is 2 points lower than in the previous round).
  [
    re(String.raw`${B}(?:რაც${S})?(?:(წინა)${S})?(?:რაუნდ|შერჩევ)${T}თან${S}შედარებით(?:${S}(?:(\d{1,3})${S})?${POINTS}ით${S}(მეტ|მაღალ|ნაკლებ|დაბალ)(?:ი|ია)${E})?`),
    (_, previous = '', n = '', w = '') =>
      w ? `, ${n ? `${n} ` : ''}points ${/^(?:მეტ|მაღალ)$/u.test(w) ? 'higher' : 'lower'} than in the ${previous ? 'previous ' : ''}round ` : ` compared with the ${previous ? 'previous ' : ''}round `,
  ],
  [re(`${B}რაუნდის${S}ნომერი${E}`), ' Round number '],
  // Rounds: "#292 საერთო რაუნდში" (in general round #292), "რაუნდი #269", "ოთხი რაუნდი" (four rounds).
  [re(String.raw`#(\d{1,3})${S}(საერთო${S})?${ROUND}`), (_, n = '', general = '') => ` ${general ? 'general ' : ''}round #${n} `],
  // Ordinals: "436-ე რაუნდი" (the 436th round), "მე-294 საერთო რაუნდი" (general round #294, as the reader knows a general one).
  [
    re(String.raw`(?:${B}მე-(\d{1,3})|(?<![\d,.])(\d{1,3})-ე)${E}(?:${S}(საერთო)(?=${S}${ROUND}))?(?:${S}(${ROUND}))?`),
    (_, a = '', b = '', general = '', round = '') => (general ? ` general round #${a || b} ` : ` the ${nth(a || b)}${round ? ' round' : ''} `),
  ],
  [re(`${B}(ორ|ორი|სამ|სამი|ოთხ|ოთხი|ხუთ|ხუთი)${S}${ROUND}`), (_, n = '') => ` ${COUNTED[n] ?? ''} rounds `],
  [re(`${B}რაუნდებ${T}`), ' rounds '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}შერჩევ${T}`), ' selection '],
  [re(`${B}ახალი${E}`), ' new '],
  [re(`${B}პირველ${T}`), ' first '],
  [re(`${B}წინა${E}`), ' previous '],
  [re(`${B}ბოლო${E}`), ' last '],
  [re(`${B}(?:ჩაატარა|ჩატარდა|გაიმართა|ჩაატარეს)${E}`), ' held '],
  // Counts: "მოწვევა 1 280 კანდიდატმა მიიღო" (1,280 candidates received invitations), "4 500 მოწვევა გაიგზავნა" (were sent).
  [re(String.raw`${INVITATIONS}${S}${NUM}${S}${PEOPLE}${S}მიიღო${E}`), ' $1 candidates received invitations '],
  [re(String.raw`${NUM}${S}${INVITATIONS}${S}(?:გაიგზავნა|გაიცა)${E}`), ' $1 invitations were sent '],
  [re(String.raw`${NUM}${S}${PEOPLE}${S}მიიწვიეს${E}`), ' $1 candidates were invited '],
  [re(String.raw`${NUM}${S}${PEOPLE}${S}მიიწვია${E}`), ' invited $1 candidates '],
  [re(String.raw`${NUM}${S}${INVITATIONS}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}`), ' $1 candidates '],
  // Bounds, not counts: "5 000-ზე მეტი" (more than 5,000), "50-მდე" (up to 50), "600-დან" (from 600).
  // "518-დან 516-მდე შემცირდა" (fell from 518 to 516), "516-მდე შემცირდა" (fell to 516): "-მდე" is no bound there.
  [
    re(String.raw`(?<![\d,.])(?:(\d{2,4})(?:-დან|${S}ქულიდან)${S})?(\d{2,4})(?:-მდე|${S}ქულამდე)${S}(${FELL}|${ROSE})${E}`),
    (_, from = '', to = '', verb = '') => ` ${new RegExp(`^(?:${FELL})$`, 'u').test(verb) ? 'fell' : 'rose'}${from ? ` from ${from}` : ''} to ${to} `,
  ],
  [re(String.raw`(?<![\d,.])(\d[\d,]*)-ზე${S}მეტ${T}`), ' more than $1 '],
  [re(String.raw`(?<![\d,.])(\d[\d,]*)-ზე${S}ნაკლებ${T}`), ' fewer than $1 '],
  [re(String.raw`(?<![\d,.])(\d[\d,/]*)-მდე${E}`), ' up to $1 '],
  [re(String.raw`(?<![\d,.])(\d[\d,]*)-დან${E}`), ' from $1 '],
  [re(`${B}სულ${E}`), ' total '],
  [re(String.raw`${NUM}${S}${PEOPLE}${S}${INVITATIONS}${S}გაუგზავნა${E}`), ' sent invitations to $1 candidates '],
  [re(`${B}${INVITATIONS}${S}რაოდენობა${T}`), ' Number of invitations '],
  [re(`${B}კანდიდატ${T}${S}რაოდენობა${T}`), ' Number of candidates '],
  [re(`${B}(?:თანაბარ${T}${S}ქულ${T}${S}წეს${T}|თაი-?ბრეიკ${T})`), ' tie-breaking rule '],
  // Cut-offs: "მინიმალური CRS ქულა 549 იყო" (was 549), "მინიმალური ქულით 886" (with a minimum of 886), "ზღვარი - 491 ქულა".
  [re(String.raw`(?<![\d,])(\d{2,4})${S}(?:${POINTS}${S})?იყო${E}`), ' was $1 '],
  [re(String.raw`${B}მინიმალურ${T}${S}${POINTS}ით${S}(?=\d)`), ' with a minimum CRS score of '],
  [re(String.raw`${B}(?:მინიმალურ${T}|მინ\.|ყველაზე${S}დაბალ${T})${S}(?:გამსვლელ${T}${S})?(?:(CRS)${S})?(?:${POINTS})?`), ' minimum CRS score '],
  [re(`${B}ზღვარ${T}`), ' cut-off '],
  [re(`${B}წეს${T}`), ' rule '],
  [re(String.raw`(?<![\d,])(\d{2,4})${S}${POINTS}მდე${S}(?:შემცირდა|დაეცა|დაიკლო)${E}`), ' fell to $1 points '],
  [re(String.raw`(?<![\d,])(\d{2,4})${S}${POINTS}მდე${S}(?:გაიზარდა|აიწია)${E}`), ' rose to $1 points '],
  // A comparison: "(7) ქულით მეტი, ვიდრე …" (7 points more than …), "წინა რაუნდთან შედარებით" (compared with the previous round).
  [
    re(String.raw`(?:(?<![\d,])(\d{1,3})${S})?(?<![${G}])${POINTS}ით${S}(მეტ|მაღალ|ნაკლებ|დაბალ)(?:ი|ია)(?:,?${S}ვიდრე${E})?`),
    (_, n = '', w = '') => ` ${n ? `${n} ` : ''}points ${w === 'მეტ' ? 'more' : w === 'მაღალ' ? 'higher' : w === 'ნაკლებ' ? 'fewer' : 'lower'} than `,
  ],
  [re(`${B}ვიდრე${E}`), ' than '],
  [re(`${B}შედარებით${E}`), ' compared with '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}${POINTS}ით${E}`), ' with $1 points '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}${POINTS}`), ' $1 points '],
  [re(`${B}${POINTS}`), ' score '],
  [re(`${B}მიიწვიეს${E}`), ' were invited '],
  [re(`${B}(?:მიიწვია|მოიწვია)${E}`), ' invited '],
  [re(`${B}მოწვეულ${T}${S}იქნა${E}`), ' were invited '],
  [re(`${B}რაც${S}ნიშნავს${E}`), ' which means '],
  [re(`${B}ან${E}`), ' or '],
  [re(`${B}და${E}`), ' and '],
  [re(`${B}მიიღო${E}`), ' received '],
  [re(`${B}${INVITATIONS}`), ' invitations '],
  [re(`${B}კანდიდატებისთვის${E}`), ' for candidates '],
  [re(`${B}კანდიდატ${T}`), ' candidates '],
  // Programs.
  [re(`${B}საერთო${E}`), ' general '],
  [re(`${B}ყველა${S}პროგრამ${T}`), ' all programs '],
  [re(`${B}ფრანგულ${T}${S}ენ${T}`), ' French-language proficiency '],
  [re(`${B}ფრანგულენოვ(?:ა)?ნ${T}`), ' French-speaking '],
  [re(`${B}ჯანდაცვ${T}`), ' healthcare '],
  // 2026's categories: "ექიმები" (physicians; "ექიმები და ექთნები", "ექიმები, ექთნები", physicians and nurses, is health care),
  // "სამხედრო რეკრუტები" (military recruits), "მკვლევრები" (researchers).
  [re(`${B}(ექიმ|ექთ)${T}(,(?=${S}(?:ექიმ|ექთ)))?`), (_, who = '', comma = '') => ` ${who === 'ექიმ' ? 'physicians' : 'nurses'}${comma ? ' and' : ''} `],
  [re(`${B}(?:კვალიფიციურ${T}${S})?სამხედრო${S}(?:რეკრუტ|მოსამსახურე|კადრ)${T}`), ' military recruits '],
  [re(`${B}მკვლევ${T}`), ' researchers '],
  [re(`${B}სოციალურ${T}${S}მომსახურებ${T}`), ' social services '],
  [re(`${B}სოფლის${S}მეურნეობ${T}(?:${S}და${S}აგრო-საკვებ${T}${S}პროდუქტ${T})?`), ' Agriculture and agri-food '],
  [re(`${B}უფროს${T}${S}მენეჯერ${T}`), ' senior managers '],
  [re(`${B}პროფესიულ${T}${S}ხელობ${T}`), ' trades '],
  [re(`${B}კანადურ${T}${S}გამოცდილებ${T}${S}კლას${T}`), ' Canadian Experience Class '],
  [re(`${B}ფედერალურ${T}${S}კვალიფიციურ${T}${S}(?:მუშაკ|სპეციალისტ)${T}${S}პროგრამ${T}`), ' Federal Skilled Worker Program '],
  [re(`${B}ფედერალურ${T}${S}(?:კვალიფიციურ${T}${S})?ხელობ${T}${S}პროგრამ${T}`), ' Federal Skilled Trades Program '],
  [re(`${B}ტრანსპორტ${T}`), ' transport '],
  [re(`${B}განათლებ${T}`), ' education '],
  [re(`${B}პროფესი${T}`), ' occupations '],
  [re(`${B}კატეგორი${T}`), ' category '],
  [re(`${B}პროგრამ${T}`), ' program '],
  [re(`${B}(?:თარიღი)${E}`), ' Date '],
  [re(`${B}(?:კანადის${S}იმიგრაციის,${S}ლტოლვილთა${S}და${S}მოქალაქეობის${S}სამინისტრო|კანადის${S}მოქალაქეობისა${S}და${S}იმიგრაციის${S}სამინისტრო)${T}`), ' the ministry '],
  [re(`${B}კანად(?:ამ|ა|ის|აში|ას)${E}`), ' Canada '],
];

/**
 * A sentence that speaks of an earlier round ("წინა", previous; "შეგახსენებთ", let us remind; "ბოლო", the last; "მოჰყვა",
 * followed; "მაშინ", then): context from its start.
 */
const EARLIER =
  /(?<![\u10d0-\u10ff])(?:(?<!ვიდრე\s(?:[\d\s,]+(?:-ით|\sქულით)?\s)?)წინა(?!\s[\u10d0-\u10ff]+თან\sშედარებით)|შეგახსენებთ|ბოლო|მოჰყვა|მაშინ|^\s*(?:(?:ერთი )?წლის წინ|შარშან|გასულ წელს))(?![\u10d0-\u10ff])/u;

export function glossGeorgian(text: string): string {
  const glossed = applyGloss(markEarlier(romanizeSpeakers(text, '\u10d0-\u10ff', GEORGIAN_LATIN), EARLIER, /([.\n])/), RULES)
    .replace(SCRIPT.glued, ' ')
    .replace(SCRIPT.run, ' ');
  // Each line and sentence starts with a capital (the reader sees where it ends); a line left with no word or figure is empty.
  // A comma left doubled, or where a dropped word stood at a line's or a message's start (", yesterday …"), goes.
  return tidyGloss(glossed.replace(/,(?:[ \t]*,)+/g, ',').replace(/(^|:)[ \t]*,(?=[ \t])/gm, '$1'))
    .replace(/^([^\p{L}\d\n]*)(\p{Ll})|([.!?] )(\p{Ll})/gmu, (all, lead: string | undefined, a: string | undefined, stop: string | undefined, b: string | undefined) =>
      a ? (lead ?? '') + a.toUpperCase() : b ? (stop ?? '') + b.toUpperCase() : all,
    )
    .replace(/^[^\p{L}\d\n]+$/gmu, '');
}
