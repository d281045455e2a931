import { glossInTurn, keepCase, ordinalNumber, words, type GlossRule, WORD_COUNT } from './gloss-rules.ts';

/**
 * Roman Urdu (Urdu, and the Hindi of the same posts, written in Latin letters) glossed into the English the reader knows
 * (docs/parser.md, "Roman Urdu and Turkish"). Such pages write most of a draw's facts in English ("3,000 ITAs", "CRS cut-off:
 * 409", "Tie-breaking rule"), which the reader reads as they are; the glossary turns only the Urdu phrases that place them:
 * "is hafte" (this week), "pichle hafte" (last week), "do draws" (two draws), "120va draw" (the 120th draw), "pichle draw" (the
 * previous draw), "pichli dafa" (last time), "Kam se kam CRS" (minimum CRS), "koi draw nahi hua" (no draw was held), "Umeed
 * hai" (it is expected). "Kal" is both yesterday and tomorrow, and is left. Every other word stays as it is.
 *
 * The test is strict, as English pages quote Roman Urdu and share its script: twelve of its own words, eight different, that
 * make up a fifth of the page's words.
 */

const COUNTS: Readonly<Record<string, string>> = { do: 'two', teen: 'three', char: 'four', chaar: 'four', paanch: 'five', panch: 'five' };

const RULES: readonly GlossRule[] = [
  [words('is\\s(?:hafte|haftay|week)'), ' this week '],
  [words('pichle\\s(?:hafte|haftay)'), ' last week '],
  [words('agle\\s(?:hafte|haftay)'), ' next week '],
  // "do draws" (two draws), "teen rounds".
  [words(String.raw`(do|teen|chaa?r|paa?nch)\s(draws|rounds)`), (_, n = '', what = '') => ` ${COUNTS[n.toLowerCase()] ?? n} ${what.toLowerCase()} `],
  // "120va draw", "33wan round": an ordinal.
  [words(String.raw`(?:ye|yeh)\s(\d{1,3})-?(?:vaa?n?|waa?n?|ven|wen|vi|wi)\s(draw|round)\s(?:tha|thi)`), (_, n = '', what = '') => ` This was the ${ordinalNumber(n)} ${what.toLowerCase()} `],
  [words(String.raw`(\d{1,3})-?(?:vaa?n?|waa?n?|ven|wen|vi|wi)\s(draw|round)`), (_, n = '', what = '') => ` the ${ordinalNumber(n)} ${what.toLowerCase()} `],
  [words('pichle\\s(draw|round)'), ' the previous $1 '],
  [words('agle\\s(draw|round)'), ' the next $1 '],
  [words('pichli\\s(?:dafa|baar|bar)'), ' last time '],
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

/** Twelve of its words, eight different, making up a fifth of the page's words: a page quoting a sentence of it is English. */
export function isRomanUrdu(text: string): boolean {
  const found = (text.match(URDU_WORDS) ?? []).map((w) => w.toLowerCase());
  if (found.length < 12 || new Set(found).size < 8) return false;
  return found.length * 5 >= (text.match(/\p{L}+/gu) ?? []).length;
}

const CASED_RULES = RULES.map(keepCase);

/** A Roman Urdu page with its Urdu phrases of time, order and score glossed into English. */
export const glossRomanUrdu = (text: string): string => glossInTurn(text, CASED_RULES);
