import { finishGloss, hasEnough, markEarlier, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Punjabi (Gurmukhi) draw news glossed into the English the reader knows, as `gloss.ts` does for Korean and
 * Chinese (docs/parser.md, "Thirteenth round"): Gurmukhi digits, months ("14 ਸਤੰਬਰ 2022" → "14 September
 * 2022"), counts with their noun ("7000 ਬਿਨੈਕਾਰਾਂ" → "7000 candidates"), scores ("490 ਅੰਕਾਂ" → "490 points"),
 * and the words of a draw report. What the glossary does not know is dropped, so a sentence it cannot place
 * gives no fact. "ਲਗਭਗ" (about) stays a hedge: "ਸਕੋਰ ਲਗਭਗ 533" gives no cut-off.
 */

const GURMUKHI = /[\u0a00-\u0a7f]/g;
const GURMUKHI_DIGIT = /[\u0a66-\u0a6f]/g;

/** Enough Gurmukhi that it is the page's language, not a name. */
export const isPunjabi = (text: string): boolean => hasEnough(text, GURMUKHI);

const MONTHS: MonthTable = [
  ['ਜਨਵਰੀ', 'January'],
  // February also with its nukta, as a mark (ਫ + ਼) or precomposed (ਫ਼).
  ['ਫਰਵਰੀ|ਫ\u0a3cਰਵਰੀ|\u0a5eਰਵਰੀ', 'February'],
  ['ਮਾਰਚ', 'March'],
  ['ਅਪ੍ਰੈਲ|ਅਪਰੈਲ', 'April'],
  ['ਮਈ', 'May'],
  ['ਜੂਨ', 'June'],
  ['ਜੁਲਾਈ', 'July'],
  ['ਅਗਸਤ', 'August'],
  ['ਸਤੰਬਰ', 'September'],
  ['ਅਕਤੂਬਰ', 'October'],
  ['ਨਵੰਬਰ', 'November'],
  ['ਦਸੰਬਰ', 'December'],
];

const PERSON = String.raw`(?:ਉਮੀਦਵਾਰਾਂ|ਉਮੀਦਵਾਰ|ਬਿਨੈਕਾਰਾਂ|ਬਿਨੈਕਾਰ|ਪਰਵਾਸੀਆਂ|ਪ੍ਰਵਾਸੀਆਂ|ਵਿਅਕਤੀਆਂ|ਲੋਕਾਂ|ਵਿਦੇਸ਼ੀਆਂ|ਵਿਦੇਸ਼ੀ ਨਾਗਰਿਕਾਂ)`;
const INVITATION = String.raw`(?:ਸੱਦਾ ਪੱਤਰ|ਸੱਦੇ|ਸੱਦਾ|ਇਨਵੀਟੇਸ਼ਨ|ਆਈਟੀਏ|ITAs?)`;
const SENT = String.raw`(?:ਭੇਜੇ|ਭੇਜਿਆ|ਭੇਜ|ਜਾਰੀ ਕੀਤੇ|ਜਾਰੀ|ਦਿੱਤਾ|ਦਿਤਾ|ਮਿਲਿਆ|ਪ੍ਰਾਪਤ ਹੋਏ)`;

const SCRIPT = script('\u0a00-\u0a7f', '‘’');

const RULES: readonly GlossRule[] = [
  [/।/g, '. '],
  // Dates: "14 ਸਤੰਬਰ 2022", "28 ਅਪ੍ਰੈਲ, 2025"; a month alone.
  ...MONTHS.map(([pa, en]): GlossRule => [new RegExp(`(?:${pa})`, 'g'), ` ${en} `]),
  // "27 ਹਜ਼ਾਰ" is 27,000.
  [/((?<!\d)\d{1,9})\s?ਹਜ਼ਾਰ/g, ' $1,000 '],
  // Bounds, not a round's figures: "੪੫੭ ਤੋਂ ਉਪਰ ਸਕੋਰ" (a score of 457 and above), "500 ਤੋਂ ਥੱਲੇ" (below 500), "3500 ਦੇ ਆਸ ਪਾਸ" (about 3,500).
  [/(\d{2,4})\s?ਤੋਂ\s?(?:ਉਪਰ|ਉੱਪਰ|ਵੱਧ)\s?(?:ਸਕੋਰ|ਅੰਕ\S*)/g, ' $1 or more points '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?ਤੋਂ\s?(?:ਥੱਲੇ|ਹੇਠਾਂ|ਘੱਟ)/g, ' below $1 '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?ਦੇ\s?ਆਸ\s?ਪਾਸ/g, ' about $1 '],
  [/(?:ਲਗਭਗ|ਲਗੜਗ|ਕਰੀਬ)/g, ' about '],
  // Totals and days: "ਦੋ ਦਿਨਾਂ ’ਚ 4,421 ਉਮੀਦਵਾਰਾਂ" (4,421 candidates in two days), "ਕੁੱਲ 4,421" (a total of 4,421), "ਲਗਾਤਾਰ ਦੋ …
  // ਡਰਾਅ" (two draws in a row), "ਅਗਲੇ ਦਿਨ ਮੰਗਲਵਾਰ" (the next day, Tuesday), "ਇਸ ਹਫ਼ਤੇ" (this week).
  [/ਦੋ ਦਿਨਾਂ\s?(?:['‘’]ਚ|ਵਿੱਚ|ਵਿਚ)/g, ' in two days '],
  [/ਕੁੱਲ/g, ' a total of '],
  [/ਲਗਾਤਾਰ ਦੋ\s?(?:ਐਕਸਪ੍ਰੈ[ੱ]?ਸ ਐਂਟਰੀ\s?)?ਡਰਾਅ/g, ' two consecutive Express Entry draws '],
  [/ਦੋ\s?(?:ਐਕਸਪ੍ਰੈ[ੱ]?ਸ ਐਂਟਰੀ\s?)?ਡਰਾਅ/g, ' two Express Entry draws '],
  [/ਟਾਈ-ਬ੍ਰੇਕਿੰਗ ਨਿਯਮ/g, ' Tie-breaking rule '],
  [/ਅਗਲੇ ਦਿਨ/g, ' the next day, '],
  [/ਇਸ ਹਫ਼ਤੇ/g, ' this week '],
  [/ਸੋਮਵਾਰ/g, ' Monday '],
  [/ਮੰਗਲਵਾਰ/g, ' Tuesday '],
  [/ਬੁੱਧਵਾਰ/g, ' Wednesday '],
  [/ਵੀਰਵਾਰ/g, ' Thursday '],
  [/ਸ਼ੁੱਕਰਵਾਰ/g, ' Friday '],
  [/ਸ਼ਨੀਵਾਰ|ਸ਼ਨਿੱਚਰਵਾਰ|ਛਨਿੱਚਰਵਾਰ/g, ' Saturday '],
  [/ਐਤਵਾਰ/g, ' Sunday '],
  // "ਦਸੰਬਰ 2020 ਤੋਂ ਬਾਅਦ ਪਹਿਲੀ ਵਾਰ" (for the first time since December 2020), after the month is glossed: an earlier month, no round's day.
  [/([A-Z][a-z]+\s+\d{4})\s+ਤੋਂ\s?ਬਾਅਦ\s+ਪਹਿਲੀ\s+ਵਾਰ/g, ', for the first time since $1, '],
  // "ਰਾਊਂਡ ਨੰਬਰ 176" (round number 176).
  [/(?:ਰਾਊਂਡ|ਡਰਾਅ)\s?ਨੰਬਰ\s?(\d{1,3})(?!\d)/g, ' round number $1 '],
  [/ਕੱਟ-ਆਫ਼/g, ' cut-off '],
  // "490 ਅੰਕਾਂ ਵਾਲੇ ਬਿਨੈਕਾਰਾਂ ਨੂੰ ਇਨਵੀਟੇਸ਼ਨ ਭੇਜੇ ਗਏ" (applicants with 490 points were sent invitations).
  [new RegExp(String.raw`(\d{2,4})\s?ਅੰਕਾਂ\s?ਵਾਲੇ\s?${PERSON}\s?ਨੂੰ\s?(?:[^\s.]+\s){0,4}?${INVITATION}\s?(?:[^\s.]+\s){0,3}?${SENT}`, 'g'), ' candidates with a score of $1 were sent invitations '],
  // "7000 ਬਿਨੈਕਾਰਾਂ ਨੂੰ ਇਨਵੀਟੇਸ਼ਨ ਭੇਜੇ ਗਏ" (invitations were sent to 7,000 applicants), "6,300 ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਕੈਨੇਡਾ ਦੀ ਪੀ.ਆਰ. ਲਈ
  // ਅਰਜ਼ੀਆਂ ਦਾਖਲ ਕਰਨ ਦਾ ਸੱਦਾ ਦਿਤਾ ਗਿਆ" (6,300 candidates were invited to apply for Canada's PR).
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?${PERSON}\s?ਨੂੰ\s?(?:[^\s।]+\s){0,8}?${INVITATION}\s?(?:[^\s.]+\s){0,3}?${SENT}`, 'g'), ' $1 candidates were sent invitations '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?${INVITATION}\s?(?:ਕੀਤੇ\s)?${SENT}`, 'g'), ' issued $1 invitations '],
  [new RegExp(String.raw`((?<!\d,?)\d[\d,]{0,15})\s?${PERSON}`, 'g'), ' $1 candidates '],
  // "ਨਾਮਜ਼ਦਗੀ ਦੇ 600 ਅੰਕ ਜੁੜਨ ਕਾਰਨ" (as a nomination's 600 points are added): points added, no cut-off.
  [/(\d{2,4})\s?ਅੰਕ\s?(?:ਜੁੜਨ|ਜੁੜਦੇ|ਜੋੜੇ|ਮਿਲਦੇ)/g, ' $1 additional points '],
  [/(\d{2,4})\s?(?:ਅੰਕਾਂ|ਅੰਕ)/g, ' $1 points '],
  // The round's facts.
  [/(?:ਘੱਟੋ-ਘੱਟ|ਘੱਟ ਤੋਂ ਘੱਟ)/g, ' minimum '],
  [/(?:ਸੀ\.?ਆਰ\.?ਐ[ੱ]?ਸ|ਕੌਂਪਰਹੈਂਸਿਵ ਰੈਂਕਿੰਗ ਸਿਸਟਮ|ਕੰਪਰੀਹੈਂਸਿਵ ਰੈਂਕਿੰਗ ਸਿਸਟਮ|ਵਿਆਪਕ ਰੈਂਕਿੰਗ ਸਿਸਟਮ)(?:\s?ਦਾ)?\s?ਸਕੋਰ/g, ' CRS score '],
  // "ਸੀ.ਆਰ.ਐਸ. 515 ਦਰਜ ਕੀਤਾ ਗਿਆ" (a CRS of 515 was recorded).
  [/(?:ਸੀ\.?ਆਰ\.?ਐ[ੱ]?ਸ\.?)\s?(\d{2,4})\s?ਦਰਜ ਕੀਤਾ ਗਿਆ/g, ' the CRS cut-off was $1 '],
  [/ਸਕੋਰ/g, ' score '],
  [/ਪਿਛਲੇ\s?(?:ਡਰਾਅ|ਰਿਕਾਰਡ)/g, ' the previous draw '],
  [/(?:ਇਸ ਵਾਰ|ਇਸ ਡਰਾਅ)(?:\s?(?:ਵਿੱਚ|ਵਿਚ|[‘’]ਚ))?/g, ' In this draw, '],
  [/(?:ਤਾਜ਼ਾ|ਨਵੇਂ)\s?(?:ਐਕਸਪ੍ਰੈ[ੱ]?ਸ ਐਂਟਰੀ\s?)?ਡਰਾਅ/g, ' the latest draw '],
  [/ਐਕਸਪ੍ਰੈ[ੱ]?ਸ ਐਂਟਰੀ/g, ' Express Entry '],
  [/ਡਰਾਅ/g, ' draw '],
  [/ਕੈਨੇਡੀਅਨ ਐਕਸਪੀਰੀ(?:ਅ|ਐ)ਂਸ ਕਲਾਸ/g, ' Canadian Experience Class '],
  // "ਕੈਨੇਡੀਅਨ ਤਜਰਬੇ ਵਾਲੇ ਉਮੀਦਵਾਰਾਂ" (candidates with Canadian experience).
  [/ਕੈਨੇਡੀਅਨ ਤਜਰਬੇ ਵਾਲੇ/g, ' Canadian Experience Class '],
  [/ਫੈਡਰਲ ਸਕਿ[ੱ]?ਲਡ ਵਰਕਰ/g, ' Federal Skilled Worker '],
  [/ਫੈਡਰਲ ਸਕਿ[ੱ]?ਲਡ ਟਰੇਡ(?:ਜ਼|ਸ)/g, ' Federal Skilled Trades '],
  [/ਪ੍ਰੋਵਿੰਸ਼ੀਅਲ ਨੌਮ(?:ਿ|ੀ)ਨੀ ਪ੍ਰੋਗਰਾਮ/g, ' Provincial Nominee Program '],
  [/ਸੂਬਾਈ ਨਾਮਜ਼ਦਗੀ ਪ੍ਰੋਗਰਾਮ/g, ' Provincial Nominee Program '],
  [/(?:ਇਮੀਗ੍ਰੇਸ਼ਨ,?\s?ਰਫਿਊਜੀ(?:ਜ਼)?\s?(?:ਐਂਡ|ਅਤੇ)\s?ਸਿਟੀਜ਼ਨਸ਼ਿਪ ਕੈਨੇਡਾ|ਇਮੀਗ੍ਰੇਸ਼ਨ ਮੰਤਰਾਲੇ)/g, ' IRCC '],
  [/(?:ਰਿਹਾ|ਰਹਿ ਗਿਆ|ਨੋਟ ਕੀਤਾ ਗਿਆ)/g, ' was '],
  [/(?:ਚੋਣ ਕੀਤੀ ਗਈ|ਚੁਣੇ ਗਏ)/g, ' were selected '],
];

/**
 * A sentence that speaks of an earlier draw or record ("ਪਿਛਲੇ", previous; "ਆਖਰੀ", last; "ਇਸ ਤੋਂ ਪਹਿਲਾਂ", before
 * this) anywhere, as Punjabi puts its verb last: told as context from its start ("This draw surpassed the previous
 * record of 5,500 in the last all-program draw on 18 January").
 */
const EARLIER = /ਪਿਛਲੇ|ਆਖਰੀ|ਇਸ ?ਤੋਂ ਪਹਿਲਾਂ/;

export function glossPunjabi(text: string): string {
  const out = text.replace(GURMUKHI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0a66));
  return finishGloss(
    markEarlier(out, EARLIER, /([।\n])/, (part) => part.replace(/ਇਸ ਡਰਾਅ|ਇਸ ਵਾਰ/g, ' ')),
    RULES,
    SCRIPT,
  );
}
