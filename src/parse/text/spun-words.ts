/**
 * Reworded copies of draw news ("article spinners" replace words by synonyms): "At present's draw" for
 * "Today's draw", "Categorical Entry" and "Specific Entry" for "Express Entry", "Complete Rating System"
 * for "Comprehensive Ranking System". Each phrase is one no plain English text writes, so putting the
 * original back changes nothing else (docs/parser.md, "Thirteenth round").
 */
const SPUN: readonly (readonly [RegExp, string])[] = [
  [/\b(?:at present|at this time|at the moment)'s (?=(?:[\w-]+ ){0,2}(?:draw|round|attract))/gi, "today's "],
  [/\b(?:Categorical|Specific) Entry\b/g, 'Express Entry'],
  [/\bComplete Rating System\b/g, 'Comprehensive Ranking System'],
];

export function unspin(text: string): string {
  if (!/\b(?:at present|at this time|at the moment)'s|\b(?:Categorical|Specific) Entry\b|\bComplete Rating System\b/i.test(text)) return text;
  return SPUN.reduce((t, [pattern, to]) => t.replace(pattern, (m) => (/^[A-Z]/.test(m) && to === "today's " ? "Today's " : to)), text);
}
