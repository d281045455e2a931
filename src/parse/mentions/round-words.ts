/** A round's word in the languages the reader reads in figures and Latin letters ("draw", "round", "tirage", "ronda", "sorteio"). */
export const ROUND_WORDS = String.raw`(?:draw|round|tirage|ronde|ronda|rodada|sorteo|sorteio)`;
/** A sentence with a round's word. */
export const ROUND_WORD = new RegExp(String.raw`\b${ROUND_WORDS}\b`, 'i');
