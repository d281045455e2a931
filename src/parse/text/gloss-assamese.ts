import { finishGloss, markEarlier, monthNamer, mostlyScript, script, type GlossRule, type MonthTable, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Assamese draw news glossed into the English the reader knows, as `gloss-bengali.ts` does for Bengali, whose script Assamese
 * writes with its own "ৰ" and "ৱ" (docs/parser.md, "Tajik and Assamese"): digits (০–৯), months in their cases ("১৯ আগষ্ট, ২০২৬"
 * → "August 19, 2026", "১৯ নৱেম্বৰত"), weekdays ("বৃহস্পতিবাৰে"), "আজি" (today), "কালি" (yesterday), rounds ("৪৩৭ নং ৰাউণ্ড" →
 * "round #437", "৬০ সংখ্যক ড্ৰত" → "the 60th draw"), counts ("৩,০০০ জনক আমন্ত্ৰণ দিয়া হয়" → "3,000 candidates were invited"),
 * cut-offs ("নিম্নতম CRS স্ক’ৰ আছিল ৩৮২" → "minimum CRS score was 382", "কাট-অফ"), the tie-break ("টাই-ব্ৰেকিং নিয়ম"), programs,
 * and a recap's ("সাৰাংশ"), forecast's ("আশা", "সম্ভাৱনা") or province's words. What the glossary does not know is dropped; a
 * sentence of an earlier draw ("আগদিনা", the day before; "যোৱা", last; "শেহতীয়া", latest; "…ছিল", had been) is context.
 */

/** Assamese's own letters (ৰ, ৱ), which a Bengali page never writes: the hint `gloss.ts` tests first. */
export const ASSAMESE_LETTER = /[\u09f0\u09f1]/;
const BENGALI_SCRIPT = /[\u0980-\u09e5\u09f0-\u09ff]/g;
const BENGALI_DIGIT = /[\u09e6-\u09ef]/g;

/** Enough of the script that it is the page's language (or most of a short post's letters), and three of Assamese's own letters. */
export const isAssamese = (text: string): boolean => (text.match(/[\u09f0\u09f1]/g) ?? []).length >= 3 && mostlyScript(text, BENGALI_SCRIPT);

const A = '\u0980-\u09ff';
const B = `(?<![${A}A-Za-z\\d])`;
const E = `(?![${A}A-Za-z])`;
const T = `[${A}]*`;
/** A pattern in the NFC form the glossary reads (য় and ড় as two code points). */
const re = (source: string): RegExp => new RegExp(source.normalize('NFC'), 'gu');

const MONTHS: MonthTable = [
  ['জানুৱাৰ', 'January'],
  ['ফেব্ৰুৱাৰ', 'February'],
  ['মাৰ্চ', 'March'],
  ['এপ্ৰিল', 'April'],
  ['মে', 'May'],
  ['জুন', 'June'],
  ['জুলাই', 'July'],
  ['আগষ্ট|আগস্ট', 'August'],
  ['ছেপ্টেম্বৰ|চেপ্টেম্বৰ|ছেপ্তেম্বৰ|চেপ্তেম্বৰ|সেপ্টেম্বৰ', 'September'],
  ['অক্টোবৰ|অক্তোবৰ', 'October'],
  ['নৱেম্বৰ|নভেম্বৰ', 'November'],
  ['ডিচেম্বৰ|ডিসেম্বৰ', 'December'],
];
const MONTH = `((?:জানুৱাৰী|জানুৱাৰি|ফেব্ৰুৱাৰী|ফেব্ৰুৱাৰি|মাৰ্চ|এপ্ৰিল|মে|জুন|জুলাই|আগষ্ট|আগস্ট|ছেপ্টেম্বৰ|চেপ্টেম্বৰ|ছেপ্তেম্বৰ|চেপ্তেম্বৰ|সেপ্টেম্বৰ|অক্টোবৰ|অক্তোবৰ|নৱেম্বৰ|নভেম্বৰ|ডিচেম্বৰ|ডিসেম্বৰ)(?:ত|ৰ|তে)?)${E}`;
const monthOf = monthNamer(MONTHS);
const WEEKDAYS: MonthTable = [
  ['সোমবাৰ', 'Monday'],
  ['মঙ্গলবাৰ', 'Tuesday'],
  ['বুধবাৰ', 'Wednesday'],
  ['বৃহস্পতিবাৰ', 'Thursday'],
  ['শুক্ৰবাৰ', 'Friday'],
  ['শনিবাৰ', 'Saturday'],
  ['দেওবাৰ', 'Sunday'],
];

const NUM = GLOSS_NUM;
const INVITATION = `(?:আমন্ত্ৰণ${T}|invitations?(?: to apply)?|ITAs?)`;
const PEOPLE = `(?:জনক|জন${E}(?:\\s?প্ৰাৰ্থী${T})?|প্ৰাৰ্থী${T})`;
const SCORE = `স্ক[’']?ৰ${T}`;

const RULES: readonly GlossRule[] = [
  [/।/g, '. '],
  // Places that hold their own draws, and other countries.
  ...(
    [
      ['ব্ৰিটিছ কলম্বিয়া', 'British Columbia'],
      ["অন্টাৰিঅ[’']?", 'Ontario'],
      ['আলবাৰ্টা', 'Alberta'],
      ['ছাস্কাচেৱান', 'Saskatchewan'],
      ['মেনিটোবা', 'Manitoba'],
      ['কুইবেক', 'Quebec'],
      ['অষ্ট্ৰেলিয়া', 'Australia'],
    ] as const
  ).map(([as, en]): GlossRule => [re(`${B}${as}${T}`), ` ${en} `]),
  [re(`${B}প্ৰাদেশিক${E}`), ' provincial '],
  [re(`${B}ফেডাৰেল${E}`), ' federal '],
  // The tie-break: "টাই-ব্ৰেকিং নিয়ম:", "টাই-ব্ৰেক:".
  [re(`টাই-?\\s?ব্ৰেক(?:িং)?\\s?(?:নিয়ম)?`), ' tie-breaking rule '],
  // Hedges and forecasts: "প্ৰায়" (about), "আশা" (expect), "সম্ভাৱনা" (likely), "পূৰ্বাভাস" (forecast).
  [re(`${B}(?:প্ৰায়|আনুমানিক)${E}`), ' about '],
  [re(`${B}আশা${T}`), ' expect '],
  [re(`${B}সম্ভাৱনা${T}`), ' likely '],
  [re(`${B}পূৰ্বাভাস${T}`), ' Forecast '],
  [re(`${B}সাৰাংশ${T}`), ' recap '],
  // Days: "১৯ আগষ্ট, ২০২৬", "১৯ নৱেম্বৰত", "(৮–১২ ডিচেম্বৰ ২০২৫)".
  [re(String.raw`(?<![\d.,])(\d{1,2})\s?[–-]\s?(\d{1,2})\s${MONTH}(?:,?\s(\d{4})(?!\d))?`), (_, a = '', b = '', m = '', y = '') => ` ${monthOf(m)} ${Number(a)}–${Number(b)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})\s${MONTH}(?:,?\s(\d{4})(?!\d)(?:\s?চন${T})?)?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<!\d)(\d{4})\sচন${T}`), ' $1 '],
  ...WEEKDAYS.map(([as, en]): GlossRule => [re(`${B}${as}(?:ে|ৰ)?${E}`), ` on ${en} `]),
  [re(`${B}আজি${E}`), ' today '],
  [re(`${B}কালি${E}`), ' yesterday '],
  [re(`${B}কাইলৈ${E}`), ' tomorrow '],
  [re(`${B}হ[’']?ব\\sপাৰে${E}`), ' could be '],
  [re(`${B}পৰহি${E}`), ' the day before yesterday '],
  [re(`${B}আগদিনা${E}`), ' the day before '],
  [re(`${B}শেহতীয়া${E}`), ' latest '],
  [re(`${B}এই\\sসপ্তাহ${T}`), ' this week '],
  [re(`${B}যোৱা\\sসপ্তাহ${T}`), ' last week '],
  // Rounds: "৪৩৭ নং ৰাউণ্ড", "৬০ সংখ্যক ড্ৰত".
  [re(String.raw`(?<![\d,])(\d{1,4})\s?নং\s?(?:ৰাউণ্ড|ড্ৰ)${T}`), ' round #$1 '],
  [re(String.raw`(?<![\d,])(\d{1,4})\s?সংখ্যক\s?(?:ৰাউণ্ড|ড্ৰ)${T}`), ' the $1th draw '],
  // Bounds: "৫০০ তকৈ অধিক" (more than 500), "৩,০০০ লৈকে" (up to 3,000): no count.
  [re(String.raw`${NUM}\s?(?:জনতকৈ|টাতকৈ|-?তকৈ|-?ৰো)\s?(?:অধিক|বেছি)${E}`), ' more than $1 '],
  [re(String.raw`${NUM}\s?(?:জন|টা)?\s?(?:লৈকে|পৰ্যন্ত)${E}`), ' up to $1 '],
  // Counts: "৩,০০০ জনক আমন্ত্ৰণ দিয়া হয়" (not "দিয়াৰ সম্ভাৱনা", the likelihood of inviting), "৩৬৬৫ জন প্ৰাৰ্থীক", "৫,০০০ টা Invitation to Apply", "৪৫০০ আমন্ত্ৰণ".
  [re(String.raw`${NUM}\s?${PEOPLE}(?=[^.\n]{0,60}?আমন্ত্ৰণ\s(?:দিয়া|জনায়|দিছে)${E})`), ' $1 candidates were invited '],
  [re(String.raw`${NUM}\s?${PEOPLE}`), ' $1 candidates '],
  [re(String.raw`${NUM}\s?(?:টা|টি)\s?(?=Invitation|ITA|আমন্ত্ৰণ)`), ' $1 '],
  [re(String.raw`${NUM}\s?${INVITATION}`), ' $1 invitations '],
  // A line of a draw: "৬,০০০ আমন্ত্ৰণ, স্ক’ৰ ৫২০" (6,000 invitations, score 520): the score right after the count is the round's CRS.
  [re(String.raw`(?<=\d invitations ),\s?${SCORE}\s?(\d{2,4})(?!\d)`), ', CRS $1 '],
  // Cut-offs: "নিম্নতম CRS স্ক’ৰ আছিল ৩৮২", "নিম্নতম স্ক’ৰ ৭২৯", "কাট-অফ স্ক’ৰ ৪৬৩", "৫৩৯ স্ক’ৰত".
  [re(`${B}(?:নিম্নতম|সৰ্বনিম্ন|ন্যূনতম)${E}`), ' minimum '],
  [re(`${B}কাট-?\\s?অফ${E}`), ' cut-off '],
  [re(String.raw`(?<![\d,])(\d{2,4})\s?(?:${SCORE}|পইণ্ট${T})`), ' $1 points '],
  [re(`${B}${SCORE}`), ' score '],
  [re(String.raw`${B}আছিল\s(\d{2,4})(?!\d)`), ' was $1 '],
  // Programs.
  [re(`${B}ফৰাচী\\sভাষা${T}(?:\\sদক্ষ${E})?`), ' French-language '],
  [re(`${B}স্বাস্থ্যসেৱা\\sআৰু\\sসামাজিক\\sসেৱা${E}`), ' healthcare and social services '],
  [re(`${B}(?:স্বাস্থ্যসেৱা|স্বাস্থ্যকৰ্মী)${T}`), ' healthcare '],
  [re(`${B}সাধাৰণ${E}`), ' general '],
  [re(`${B}সকলো\\sপ্ৰ[’']?গ্ৰাম${T}`), ' all programs '],
  [re(`${B}শ্ৰেণী${T}`), ' category '],
  [re(`${B}বৃত্তি${T}`), ' occupations '],
  [re(`${B}এক্সপ্ৰেছ\\sএণ্ট্ৰি${T}`), ' Express Entry '],
  [re(`${B}কানাডা${T}`), ' Canada '],
  [re(`${B}প্ৰকাশ\\s?:`), ' Published: '],
  [re(`${B}মুঠ${E}`), ' In total '],
  [re(`${B}মাত্ৰ${E}`), ' only '],
  // What happened.
  [re(`${B}অনুষ্ঠিত\\sকৰে${E}`), ' held '],
  [re(`${B}(?:ৰাউণ্ড|ড্ৰ)${T}`), ' draw '],
  [re(`${B}আমন্ত্ৰণ${T}`), ' invitations '],
  [re(`${B}আছিল${E}`), ' was '],
  [re(`${B}বাবে${E}`), ' for '],
];

/** A sentence of an earlier draw: "আগদিনা" (the day before), "যোৱা" (last), "পূৰ্বৱৰ্তী", "…ছিল" (had been); not "শেহতীয়া" (latest). */
const EARLIER = re(`${B}(?:আগদিনা|যোৱা|পূৰ্বৱৰ্তী|হৈছিল|দিছিল|কৰিছিল)${E}`);

const SCRIPT = script(A, '‘’');

export function glossAssamese(text: string): string {
  const out = text.normalize('NFC').replace(BENGALI_DIGIT, (d) => String(d.charCodeAt(0) - 0x09e6));
  return finishGloss(markEarlier(out, new RegExp(EARLIER.source, 'u'), /([।\n])/u), RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
