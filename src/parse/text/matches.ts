/**
 * Every match of a global regular expression in `text`, as `text.matchAll(re)` gives them, in an array.
 *
 * `String.prototype.matchAll` copies the expression on every call (the specification's species constructor),
 * and for the reader's long patterns the copy cost more than the matching itself: about 7 µs a call against
 * 0.1 µs for the same search by `exec`, with some 180 calls an article (docs/parser-speed.md).
 * This runs `exec` on the expression itself from the start of the text and leaves its `lastIndex` at 0, so a
 * caller may run it again inside the loop over the results.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regular expression: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match: step past it as matchAll does (by a whole code point under the u or v flag).
    if (m[0] === '') re.lastIndex = re.unicode || re.flags.includes('v') ? nextCodePoint(text, re.lastIndex) : re.lastIndex + 1;
  }
  re.lastIndex = 0;
  return out;
}

function nextCodePoint(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? at + 2 : at + 1;
}

/**
 * A test of a text that remembers its last `size` texts and answers. The reader asks some long patterns about one sentence
 * several times (by its clauses, then whole): the answer is taken from memory, not searched again. `test` must answer by
 * the text alone (a pattern neither global nor sticky).
 */
export function remembered(test: (text: string) => boolean, size = 4): (text: string) => boolean {
  const texts: string[] = [];
  const answers: boolean[] = [];
  let next = 0;
  return (text) => {
    const at = texts.indexOf(text);
    if (at >= 0) return answers[at] === true;
    const answer = test(text);
    texts[next] = text;
    answers[next] = answer;
    next = (next + 1) % size;
    return answer;
  };
}

/** The top-level alternatives of a pattern's source ("a|(b|c)|d" → "a", "(b|c)", "d"). */
function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * The same pattern with the alternatives that open with `\b` behind one `\b`, first, the others after them in their order
 * ("\ba|,b|\bc" → "\b(?:a|c)|,b"). V8 tries every alternative at each position of a text; grouped, a position inside a word (most
 * are) fails once instead of once per alternative: the long cue lists run up to twice as fast. A test answers the same. When every
 * alternative opens with `\b`, their order and their groups' numbers are kept, and a search finds the same too; otherwise a search
 * (a global pattern) finds the same only when no alternative left outside the group can match where one inside it does.
 */
export function wordStartsGrouped(re: RegExp): RegExp {
  const alternatives = alternativesOf(re.source);
  const atWord = alternatives.filter((a) => a.startsWith('\\b'));
  if (atWord.length < 2) return re;
  const others = alternatives.filter((a) => !a.startsWith('\\b'));
  return new RegExp([`\\b(?:${atWord.map((a) => a.slice(2)).join('|')})`, ...others].join('|'), re.flags);
}

/**
 * A short text in V8's one-byte (Latin-1) width, the width the reader reads nearly every page in (one-byte.ts): see compiledNow.
 * No two-byte sample: a pattern's two-byte code (for the few lines with a bullet or an emoji) is larger than its one-byte code,
 * and made here for the 84 hottest patterns it took 5 of the 16 MB before the first page was read.
 */
const WIDTH_SAMPLES = ['IRCC invited 1,500 candidates in the draw on March 3.'];

/**
 * The pattern, its machine code made now, as its module loads. V8 stops optimizing a pattern's code (no quick checks, no
 * skipping ahead) once the process holds 16 MB of machine code (regexp.cc, TooMuchRegExpCode), and the reader's patterns alone
 * take about 24 MB: a pattern first compiled late in the first article read then ran, for the whole process, up to twenty
 * times slower than the same pattern compiled first. The reader's hottest patterns go through here, so they compile while
 * little code exists. V8 interprets a pattern's first run and compiles machine code on the next, once for each string width:
 * each is run three times on the one-byte sample. Nothing is kept of the runs and `lastIndex` is left at 0: the pattern answers as before.
 */
export function compiledNow<T extends RegExp>(re: T): T {
  for (const sample of WIDTH_SAMPLES)
    for (let i = 0; i < 3; i++) {
      re.lastIndex = 0;
      re.exec(sample);
    }
  re.lastIndex = 0;
  return re;
}
