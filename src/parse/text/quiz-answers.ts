/**
 * A quiz's or a FAQ's question with its answer, a bare figure, in brackets or labelled "A:" (after clean-text.ts joined a "Q:"
 * line and its "A:" line): read as the statement it answers. A question alone tells no fact (docs/parser.md "Session 54").
 *
 *     "an all-program round invited how many candidates? (700)"            → "an all-program round invited 700 candidates."
 *     "Q: How many CEC candidates were invited? A: 5,956."                   → "Q: 5,956 CEC candidates were invited."
 *     "What was its cut-off? (511)", "Q: What was the minimum CRS score? A: 380 — …" → "its cut-off: 511.", "Q: the minimum CRS score: 380 — …"
 */

/** A bare figure: not a day ("28/05/2021"), a time or a decimal. */
const FIGURE = String.raw`(\d[\d,]*)(?![\d/:]|[.,]\d)`;
const ANSWER = String.raw`[ \t]*(?:\(${FIGURE}\)[ \t]*$|A[:.][ \t]*${FIGURE})`;
const HOW_MANY = new RegExp(String.raw`\bhow many ([A-Za-z][\w -]{0,60}?(?: (?:were|was) [a-z]+)?)\?${ANSWER}`, 'gim');
const WHAT_WAS = new RegExp(String.raw`^([ \t]*(?:\d{1,2}[.)][ \t]*)?(?:Q[:.][ \t]*)?)(?:what (?:was|were) )?([^?\n]{2,80})\?${ANSWER}`, 'gim');

/** A multiple-choice question's options on one line ("a) 779   b) 1,361   c) 1,501   d) 2,000"): figures of no round. */
const OPTIONS = /^[ \t]*\(?a\)[ \t]*[^\n]{1,60}?[ \t]\(?b\)[ \t]*[^\n]{1,60}?[ \t]\(?c\)[ \t]*[^\n]*$/gim;

/**
 * An online quiz's answered options as radio buttons ("( ) 676   ( ) 739   (•) 791   ( ) 812"): the chosen one alone, in brackets after
 * its question when it is a figure ("What was its cut-off? (791)"); the others are no one's (docs/parser.md "Session 55").
 */
const RADIO_OPTIONS = /(\?[ \t]*\n)?^[ \t]*\([ \u2022\u25cfxX*]\)[^\n]*\([ \u2022\u25cfxX*]\)[^\n]*\([ \u2022\u25cfxX*]\)[^\n]*$/gm;
const CHOSEN = /\([\u2022\u25cfxX*]\)[ \t]*(.+?)[ \t]*(?=\([ \u2022\u25cfxX*]\)|$)/;

function chosenOption(options: string, afterQuestion: string | undefined): string {
  const chosen = CHOSEN.exec(options)?.[1] ?? '';
  if (afterQuestion === undefined) return chosen;
  return /^\d[\d,]*$/.test(chosen) ? `? (${chosen})` : `?\n${chosen}`;
}

export function quizAnswers(text: string): string {
  if (!text.includes('?')) return text;
  return (
    text.includes('( )') ? text.replace(RADIO_OPTIONS, (options: string, afterQuestion?: string) => chosenOption(afterQuestion ? options.slice(afterQuestion.length) : options, afterQuestion)) : text
  )
    .replace(OPTIONS, '')
    .replace(HOW_MANY, (_, what: string, inBrackets?: string, labelled?: string) => `${inBrackets ?? labelled ?? ''} ${what}${inBrackets ? '.' : ''}`)
    .replace(WHAT_WAS, (_, lead: string, what: string, inBrackets?: string, labelled?: string) => `${lead}${what}: ${inBrackets ?? labelled ?? ''}${inBrackets ? '.' : ''}`);
}
