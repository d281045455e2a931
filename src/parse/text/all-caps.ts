/**
 * A page written all in capitals (a TV news broadcast's closed captions, a teletext page, a telex): "OTTAWA HELD AN EXPRESS
 * ENTRY DRAW TODAY … THE FEDERAL GOVERNMENT INVITED 3,232 CANDIDATES FROM THE CANADIAN EXPERIENCE CLASS". Read in the case
 * ordinary text has, so that patterns made for sentences ("Invited 3,232 candidates", "on Wednesday", "March 23") read it: each
 * word in lower case but for acronyms (CRS, CEC, IRCC, …), names of days and months and a sentence's first word. Only a page
 * whose lines are mostly in capitals changes: a headline in capitals over ordinary text stays as written (docs/parser.md
 * "Session 55").
 */

const ACRONYMS = new Set([
  'CRS',
  'CEC',
  'PNP',
  'FSW',
  'FSWP',
  'FST',
  'FSTP',
  'IRCC',
  'CIC',
  'ITA',
  'ITAS',
  'STEM',
  'UTC',
  'GMT',
  'ET',
  'EST',
  'EDT',
  'PT',
  'NOC',
  'PR',
  'IELTS',
  'CELPIP',
  'TEF',
  'TCF',
  'CLB',
  'EE',
  'AM',
  'PM',
  'OINP',
  'BC',
  'PEI',
  'NB',
  'NS',
  'ON',
  'AB',
  'SK',
  'MB',
  'QC',
  'NL',
]);
const NAMES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|canada|canadian|ottawa|express|entry|experience|class|provincial|nominee|program|federal|skilled|worker|trades|comprehensive|ranking|system)$/;
/** Words that are a province's abbreviation only in a list or after a place ("ON", "AB"): lower case in a sentence. */
const SENTENCE_WORDS = new Set(['ON', 'AM', 'PM', 'PT', 'AB', 'NB', 'NS', 'PR', 'EE', 'BC', 'SK', 'MB', 'QC', 'NL']);

/** A line of words in capitals (three words at least: not a table's row, "150,2020-05-28,CEC,3515,440,NEW"). */
const CAPS_LINE = /^[^a-z]*[A-Z]{2}[^a-z]*$/;
const isCapsProse = (line: string): boolean => CAPS_LINE.test(line) && (line.match(/[A-Z]{2,}/g) ?? []).length >= 3;

/**
 * The fewest lines in capitals a page read as shouted has: at least five lines of words, four in five of them in capitals. A page
 * with fewer lines that have two capitals and no lower-case letter (what CAPS_LINE asks, tested in one pass each) is left as it is
 * before its words are counted.
 */
const MIN_CAPS_LINES = 4;
const LOWER = /[a-z]/;
const TWO_CAPITALS = /[A-Z]{2}/;
const mayBeCaps = (line: string): boolean => !LOWER.test(line) && TWO_CAPITALS.test(line);

export function unshoutCaps(text: string): string {
  const lines = text.split('\n');
  if (lines.filter(mayBeCaps).length < MIN_CAPS_LINES) return text;
  const worded = lines.filter((l) => (l.match(/[A-Za-z]{2,}/g) ?? []).length >= 3);
  if (worded.length < 5) return text;
  const caps = worded.filter(isCapsProse).length;
  if (caps * 10 < worded.length * 8) return text;
  let sentenceStart = true;
  return lines
    .map((line) => {
      if (!isCapsProse(line)) return line;
      return line.replace(/[A-Z][A-Z']*|[.!?:]/g, (word) => {
        if (/^[.!?:]$/.test(word)) {
          sentenceStart = true;
          return word;
        }
        const start = sentenceStart;
        sentenceStart = false;
        if (ACRONYMS.has(word) && !SENTENCE_WORDS.has(word)) return word;
        const lower = word.toLowerCase();
        return start || NAMES.test(lower.replace(/'s$/, '')) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
      });
    })
    .join('\n');
}
