import { finishGloss, hasEnough, markEarlier, monthNamer, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Bengali draw news glossed into the English the reader knows, as `gloss-punjabi.ts` does for Punjabi
 * (docs/parser.md, "Fourteenth round"). Bengali pages write much of the news in English words ("Comprehensive
 * Ranking System (CRS) স্কোর", "invitation to apply"), so the glossary gives the rest: Bengali digits, months
 * ("২ সেপ্টেম্বর, ২০২৫ তারিখে" → "on 2 September, 2025"), counts with their noun ("২৪৯ জন প্রার্থীকে" → "249
 * candidates"), scores ("স্কোর ৭৭১ ছিল" → "score was 771"), and the words of a draw report. What the glossary
 * does not know is dropped; a sentence that speaks of an earlier draw ("আগের", previous; "গত", last) is context.
 */

const BENGALI = /[\u0980-\u09e5\u09f0-\u09ff]/g;
const BENGALI_DIGIT = /[\u09e6-\u09ef]/g;

/** Enough Bengali that it is the page's language, not a name. */
export const isBengali = (text: string): boolean => hasEnough(text, BENGALI);

const MONTHS: MonthTable = [
  ['জানুয়ারি|জানুয়ারী', 'January'],
  ['ফেব্রুয়ারি|ফেব্রুয়ারী', 'February'],
  ['মার্চ', 'March'],
  ['এপ্রিল', 'April'],
  ['মে', 'May'],
  ['জুন', 'June'],
  ['জুলাই', 'July'],
  ['আগস্ট', 'August'],
  ['সেপ্টেম্বর', 'September'],
  ['অক্টোবর', 'October'],
  ['নভেম্বর', 'November'],
  ['ডিসেম্বর', 'December'],
];
/** A month's name with its case ending ("মার্চের", of March; "জুলাইয়ের"). */
const MONTH_WORD = new RegExp(`(?<![\\u0980-\\u09ff])(?:${MONTHS.map(([bn]) => bn).join('|')})(?:ে?র|য়ের)?(?![\\u0980-\\u09ff])`, 'g');
const monthOf = monthNamer(MONTHS);

const PERSON = String.raw`(?:জন\s?)?(?:ইমিগ্রেশন\s?)?(?:বিদেশি নাগরিককে|বিদেশি নাগরিক|প্রার্থীকে|প্রার্থীদের|প্রার্থী|আবেদনকারীকে|আবেদনকারীদের|আবেদনকারী|জনকে|জন)`;
const INVITATION = String.raw`(?:আমন্ত্রণপত্র|আমন্ত্রণ|আইটিএ|invitations? to apply|invitations?|ITAs?)`;

const SCRIPT = script('\u0980-\u09ff', '‘’');

/** A time of day told with its part of the day ("সন্ধ্যা ৭টা ৭ মিনিট", 7:07 in the evening) on a 24-hour clock. */
function clock(part: string, hour: string, minute: string): string {
  const h = Number(hour);
  const afternoon = part === 'বিকেল' || part === 'সন্ধ্যা' || (part === 'রাত' && h >= 6 && h < 12) || (part === 'দুপুর' && h < 12);
  return `${String(afternoon && h < 12 ? h + 12 : h).padStart(2, '0')}:${(minute || '0').padStart(2, '0')}`;
}

const RULES: readonly GlossRule[] = [
  [/।/g, '. '],
  // "টাই-ব্রেকিং নিয়ম: ৮ জানুয়ারি ২০২২, ১০:২৪:৫২ (ইউটিসি)": the tie-breaking rule, its time in UTC.
  [/টাই-?\s?ব্রেক(?:িং|ার)?\s?(?:নিয়ম)?/g, ' tie-breaking rule '],
  [/ইউটিসি/g, ' UTC '],
  // "১৫২ নম্বর ড্রতে" (in draw number 152), "(সিইসি)" (CEC), weekdays ("বৃহস্পতিবার, ১১ জুন"), "দুটি … ড্র" (two draws).
  [/(\d{1,3})\s?নম্বর\s?ড্র[\u0980-\u09ff]*/g, ' draw number $1 '],
  [/সিইসি/g, ' CEC '],
  [/(?:ক্যানাডিয়ান|কানাডিয়ান)\s?এক্সপেরিয়েন্স\s?ক্লাস/g, ' Canadian Experience Class '],
  [/দুটি(?=\s(?:[\u0980-\u09ff]+\s){0,3}ড্র)/g, ' two '],
  ...(
    [
      ['সোমবার', 'Monday'],
      ['মঙ্গলবার', 'Tuesday'],
      ['বুধবার', 'Wednesday'],
      ['বৃহস্পতিবার', 'Thursday'],
      ['শুক্রবার', 'Friday'],
      ['শনিবার', 'Saturday'],
      ['রবিবার', 'Sunday'],
    ] as const
  ).map(([bn, en]): GlossRule => [new RegExp(`${bn}(?![\u0980-\u09ff])`, 'g'), ` ${en} `]),
  // "৭ই জানুয়ারী", "২১ শে জানুয়ারী": the day's ordinal endings.
  [/(\d{1,2})\s?(?:ই|শে|লা|রা|ঠা)(?![\u0980-\u09ff])/g, ' $1 '],
  // "১৬০ তম Express Entry draw" (the 160th).
  [/((?<!\d)\d{1,9})\s?তম(?![\u0980-\u09ff])/g, ' $1th '],
  // Months, then "তারিখে" (on the date): "মার্চের ২০ তারিখে" (on the 20th of March).
  [MONTH_WORD, (m = '') => ` ${monthOf(m)} `],
  [/\s(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})\s?তারিখ(?:ে|ের)?/g, ' $2 $1 '],
  [/তারিখ(?:ে|ের)?/g, ' '],
  // The tie-break: "১৩ জুন ২০২৫ তারিখ সন্ধ্যা ৭টা ৭ মিনিটের (UTC) আগে … প্রোফাইল" (a profile made before 7:07 in the evening).
  [
    /(\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+\d{4})?)\s*(?:(সকাল|ভোর|দুপুর|বিকেল|সন্ধ্যা|রাত)\s?)?(\d{1,2})\s?টা\s?(?:(\d{1,2})\s?মিনিট(?:ের|ে)?)?\s*\(?UTC\)?\s*(?:এর\s)?আগে/g,
    (_, date = '', part = '', h = '', m = '') => ` profiles created before ${date} at ${clock(part, h, m)} (UTC) `,
  ],
  // "১৮ ই মার্চের পর থেকে" (since 18 March): a start, not a draw's day.
  [/(\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\s*(?:এর\s?)?পর\s?থেকে/g, ' since $1 '],
  // Bounds: "৭৩৪ বা তার চেয়ে বেশি" (734 or more), "৪৫০ বা তার বেশী".
  [/(\d{2,4})\s?বা\s?তার(?:\s?চেয়ে|\s?চাইতে)?\s?(?:বেশি|বেশী|উপরে)/g, ' $1 or more '],
  [/(?:প্রায়|আনুমানিক)/g, ' about '],
  // Thousands in words: "৪ হাজার ৫০০ প্রার্থীকে" is 4,500 (read as a round "4" and 500 before).
  [/(?<![\d,])(\d{1,3})\s?হাজার\s?(\d{1,3})(?![\d,])/g, (_, k = '', r = '') => ` ${k},${r.padStart(3, '0')}`],
  [/(?<![\d,])(\d{1,3})\s?হাজার(?![\u0980-\u09ff])/g, ' $1,000'],
  // A byline: "প্রকাশ: ০৭ অক্টোবর ২০২৫" (published on).
  [/প্রকাশ(?:িত)?\s?:/g, ' Published: '],
  [/কমপক্ষে|অন্তত/g, ' at least '],
  // "সব প্রোগ্রামের ড্র" (a draw of all programs), "226তম রাউন্ড" (the 226th round).
  [/সব\s?প্রোগ্রাম(?:ের|েই|ে)?/g, ' all programs '],
  [/রাউন্ড(?:ে|ের)?(?![\u0980-\u09ff])/g, ' round '],
  [/প্রোগ্রাম(?:গুলোর|গুলো|গুলি|সমূহ)(?:\s?জন্য)?/g, ' programs '],
  [/ফ্রেঞ্চ ভাষা(?:য়|র)?\s?(?:জানা|দক্ষতা|দক্ষ)|ফরাসি ভাষা(?:য়|র)?\s?(?:জানা|দক্ষতা|দক্ষ)/g, ' French-language proficiency '],
  // "Federal Skilled Worker Program এর প্রার্থীরা এই draw এর সফল প্রার্থীদের মধ্যে ছিলেন": one group among the invited.
  [/\s?এর প্রার্থীরা\s?(?:[^\s.]+\s){0,6}?মধ্যে ছিলেন/g, ' candidates were among the invited '],
  // Counts: "২৪৯ জন বিদেশি নাগরিককে … আমন্ত্রণ", "৩,৩৫০ টি invitation to apply", "4,000 আমন্ত্রণ জারি করেছে".
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?(?:টি|সংখ্যক)\s?${INVITATION}`, 'g'), ' $1 invitations '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?${INVITATION}\s?(?:জারি|ইস্যু|পাঠানো)`, 'g'), ' issued $1 invitations '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?${PERSON}(?=[^.]{0,80}?আমন্ত্রণ)`, 'g'), ' $1 candidates were invited '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?${PERSON}`, 'g'), ' $1 candidates '],
  // Scores: "স্কোর ৭৭১ ছিল" (the score was 771), "কাট অফ পয়েন্ট ছিলো ৪৬১", "cut-off ছিল ৪৫২".
  [/(?:কাট\s?অফ(?:\s?পয়েন্ট)?|cut-?off)\s?(?:ছিল|ছিলো|হয়)?\s?(\d{2,4})/g, ' cut-off of $1 '],
  [/(?:স্কোর|score)\s?(\d{2,4})\s?(?:ছিল|ছিলো)/g, ' score was $1 '],
  [/(?:স্কোর|score)\s?(?:ছিল|ছিলো)\s?(\d{2,4})/g, ' score was $1 '],
  [/(\d{2,4})\s?(?:পয়েন্ট|পয়েন্ট)/g, ' $1 points '],
  [/(?:সর্বনিম্ন|ন্যূনতম|ন্যূনতম)/g, ' minimum '],
  [/সিআরএস/g, ' CRS '],
  [/স্কোর(?:ের|ে)?/g, ' score '],
  [/এক্সপ্রেস এন্ট্রি/g, ' Express Entry '],
  [/ড্র(?:-এর|য়ের|য়ে|তে|টি)?(?![\u0980-\u09ff])/g, ' draw '],
  [/কানাডিয়ান এক্সপেরিয়েন্স ক্লাস(?:ের)?/g, ' Canadian Experience Class '],
  [/পিএনপি/g, ' PNP '],
  [/কানাডা(?:র|য়)?/g, ' Canada '],
];

/** A clause that speaks of an earlier draw ("আগের", previous; "গত", last; "এর আগে", before; "পূর্ববর্তী", preceding) anywhere: context from its start. */
const EARLIER = /আগের|গত\s|এর আগে|পূর্ববর্তী/;

export function glossBengali(text: string): string {
  // One spelling of letters written two ways (য় as one code point or two).
  const out = text.normalize('NFC').replace(BENGALI_DIGIT, (d) => String(d.charCodeAt(0) - 0x09e6));
  return finishGloss(markEarlier(out, EARLIER, /([।\n,])/), RULES, SCRIPT);
}
