import { compiledNow, wordStartsGrouped } from './matches.ts';

/**
 * Reworded copies of draw news ("article spinners" replace words by synonyms): "At present's draw" for
 * "Today's draw", "Categorical Entry" and "Specific Entry" for "Express Entry", "Complete Rating System"
 * for "Comprehensive Ranking System". Each phrase is one no plain English text writes, so putting the
 * original back changes nothing else (docs/parser.md, "Thirteenth round").
 */
/** "Today's" at a sentence's start, "today's" within it. */
const today = (m: string): string => (/^[A-Z]/.test(m) ? "Today's " : "today's ");

const SPUN: readonly (readonly [RegExp, string | ((m: string) => string)])[] = [
  [/\b(?:at present|at this time|at the moment)'s (?=(?:[\w-]+ ){0,2}(?:draw|round|attract))/gi, today],
  [/\b(?:Categorical|Specific) Entry\b/g, 'Express Entry'],
  [/\bComplete Rating System\b/g, 'Comprehensive Ranking System'],
  // "The minimal Complete Rating System (CRS) rating held by those that obtained an ITA in the present day's draw was 437".
  [/\bthe present day['\u2019]s (?=(?:[\w-]+ ){0,2}(?:draw|round))/gi, today],
  [/\bminimal (?=Comprehensive Ranking System|CRS\b)/gi, 'minimum '],
  [/\b(Comprehensive Ranking System(?: \(CRS\))?|CRS) rating\b/g, '$1 score'],
  // A machine translation from Portuguese ("pontuação mínima"): "with the minimal punctuation of 510 points".
  [/\b(?:minimum|minimal|lowest) punctuation\b/gi, 'minimum score'],
];

const ANY_SPUN = compiledNow(
  wordStartsGrouped(
    /\b(?:at present|at this time|at the moment)'s|\b(?:Categorical|Specific) Entry\b|\bComplete Rating System\b|\bpresent day['\u2019]s\b|\bminimal (?:Comprehensive|CRS)|\bCRS\)? rating\b|\b(?:minimum|minimal|lowest) punctuation\b/i,
  ),
);

export function unspin(text: string): string {
  if (!ANY_SPUN.test(text)) return text;
  // Two calls, one per overload of `replace` (a string with its $1, or a function).
  return SPUN.reduce((t, [pattern, to]) => (typeof to === 'string' ? t.replace(pattern, to) : t.replace(pattern, to)), text);
}
