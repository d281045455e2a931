import { glossInTurn, keepCase, ordinalNumber, words, type GlossRule, WORD_COUNT } from './gloss-rules.ts';

/**
 * Roman Urdu (Urdu, and the Hindi of the same posts, written in Latin letters) glossed into the English the reader knows
 * (docs/parser.md, "Roman Urdu and Turkish"). Such pages write most of a draw's facts in English ("3,000 ITAs", "CRS cut-off:
 * 409", "Tie-breaking rule"), which the reader reads as they are; the glossary turns only the Urdu phrases that place them:
 * "is hafte" (this week), "pichle hafte" (last week), "do draws" (two draws), "120va draw" (the 120th draw), "pichle draw" (the
 * previous draw), "pichli dafa" (last time), "Kam se kam CRS" (minimum CRS), "koi draw nahi hua" (no draw was held), "Umeed
 * hai" (it is expected). "Kal" is both yesterday and tomorrow: yesterday only in a sentence told in the past. Every other word stays as it is.
 *
 * The test is strict, as English pages quote Roman Urdu and share its script: ten of its own words, eight different, that
 * make up a sixth of the page's words (a Hinglish post mixes much English).
 */

const COUNTS: Readonly<Record<string, string>> = { do: 'two', teen: 'three', char: 'four', chaar: 'four', paanch: 'five', panch: 'five', chhe: 'six', chay: 'six', saat: 'seven', aath: 'eight' };

/** The rest of a sentence with a verb in the past ("kiya", "hua", "mile") and none in the future ("hoga", "karega"). */
const PAST_AHEAD = String.raw`(?![^.!?\n]*\b(?:hoga|hogi|honge|karega|karegi|karenge|jayega|jayegi|aayega)\b)(?=[^.!?\n]*\b(?:kiya|kiye|kia|hua|hue|hui|huwa|gaya|gaye|tha|thi|thay|mila|mile|mili|dekha|dekhi|dekhe)\b)`;

const RULES: readonly GlossRule[] = [
  [words('is\\s(?:hafte|haftay|week)'), ' this week '],
  [words('pic?hh?le\\s(?:hafte|haftay)'), ' last week '],
  // "Kal" and "parson" are yesterday and the day before yesterday when the sentence's verb is past, tomorrow and after when not.
  [words(`kal${PAST_AHEAD}`), ' yesterday '],
  [words(`parson${PAST_AHEAD}`), ' the day before yesterday '],
  // Hedged counts: "taqreeban 3,000" (about), "500 se zyada" (more than), "5,000 tak" (up to); "399 se 420 tak" is a range.
  [words('taqreeban|taqriban|lagbhag|andazan'), ' about '],
  [words(`${WORD_COUNT}\\sse\\s(?:zyada|ziada|zaida|ooper|upar)`), ' more than $1 '],
  [words(`${WORD_COUNT}\\sse\\s${WORD_COUNT}\\stak`), ' $1 to $2 '],
  [words(`${WORD_COUNT}\\s(ITAs?\\s)?tak`), ' up to $1 $2'],
  [words('kul(?:\\smila\\skar)?'), ' a total of '],
  // "at sirf 365 CRS" (at only 365).
  [words('sirf|sirif'), ' only '],
  [words('(?:mahana|maheene\\ska)\\skhulasa'), ' monthly recap '],
  [words('agle\\s(?:hafte|haftay)'), ' next week '],
  // "do draws" (two draws), "teen rounds".
  [
    words(String.raw`(do|teen|chaa?r|paa?nch|chhe|chay|saat|aath)\s((?:Express\sEntry\s)?)(draws|rounds)`),
    (_, n = '', ee = '', what = '') => ` ${COUNTS[n.toLowerCase()] ?? n} ${ee}${what.toLowerCase()} `,
  ],
  // "120va draw", "33wan round": an ordinal.
  [words(String.raw`(?:ye|yeh)\s(\d{1,3})-?(?:vaa?n?|waa?n?|ven|wen|vi|wi)\s(draw|round)\s(?:tha|thi)`), (_, n = '', what = '') => ` This was the ${ordinalNumber(n)} ${what.toLowerCase()} `],
  [words(String.raw`(\d{1,3})-?(?:vaa?n?|waa?n?|ven|wen|vi|wi)\s(draw|round)`), (_, n = '', what = '') => ` the ${ordinalNumber(n)} ${what.toLowerCase()} `],
  [words('pic?hh?le\\s(draw|round)'), ' the previous $1 '],
  [words('agle\\s(draw|round)'), ' the next $1 '],
  [words('pic?hh?li\\s(?:dafa|baar|bar)'), ' last time '],
  [words('kam\\s(?:se|az)\\skam'), ' minimum '],
  // "3,000 candidates ko ITA mila" (3,000 candidates received ITAs), "3,350 logon ko invite kiya" (3,350 people were invited).
  [words(`${WORD_COUNT}\\s(?:candidates|logon|logo|afraad|applicants)\\sko\\sITAs?\\s(?:mila|mile|mili|gaye|gaya)`), ' $1 candidates received ITAs '],
  [words(`${WORD_COUNT}\\s(?:candidates|logon|logo|afraad|applicants)\\sko\\sinvite\\s(?:kiya|kia)(?:\\sgaya)?`), ' $1 candidates were invited '],
  // "koi Express Entry draw nahi hua" (no Express Entry draw was held).
  [words(String.raw`koi\s(?:bhi\s)?((?:Express\sEntry\s)?(?:draw|round))\snahi\s(?:hua|hoa|kiya)`), ' no $1 was held '],
  [words('umeed\\shai'), ' It is expected '],
];

/** Words Roman Urdu writes often: its postpositions, verbs and adverbs (not "to", "the", "me", "na": English or others'). */
const URDU_WORDS = words(
  'aur|bhi|nahi|nahin|hai|hain|tha|thi|thay|kiya|karein|karo|kar|diya|gaya|gaye|hua|hui|hoga|aaj|pehle|pehla|doosra|pichle|pichli|agle|wala|wali|walon|yeh|woh|jis|jin|kya|kyun|kaise|hum|aap|apna|apne|bohat|bahut|sirf|zyada|liye|dosto|bhai|yaar|mila|aaya|aayega|khabar|raha|hafte|mubarak|umeed|karna|dekha|logon|baat|ke|ka|ki|ko|ne|se|mein',
);
/** A cheap first test: a page with none of these is not Roman Urdu. */
export const ROMAN_URDU_HINT = /\b(?:hai|hain|aur|nahi|kiya|tha|mein)\b/i;

/** Ten of its words, eight different, making up a sixth of the page's words (Hinglish posts mix much English): a page quoting a sentence of it is English. */
export function isRomanUrdu(text: string): boolean {
  const found = (text.match(URDU_WORDS) ?? []).map((w) => w.toLowerCase());
  if (found.length < 10 || new Set(found).size < 8) return false;
  return found.length * 6 >= (text.match(/\p{L}+/gu) ?? []).length;
}

const CASED_RULES = RULES.map(keepCase);

/** A Roman Urdu page with its Urdu phrases of time, order and score glossed into English. */
export const glossRomanUrdu = (text: string): string => glossInTurn(text, CASED_RULES);
