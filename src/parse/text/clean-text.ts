import { WEEKDAY_NAMES } from '../mentions/masks.ts';
import { csvRows } from './csv-rows.ts';
import { unfoldColumns } from './print-columns.ts';
import { spacedTables } from './spaced-table.ts';
import { withoutThreadNumbers } from './thread-numbers.ts';
import { joinTranscript } from './transcript.ts';
import { romanizedWords } from './romanized-words.ts';
import { jsonLines } from './json-lines.ts';
import { orderNumericDates } from './numeric-dates.ts';
import { glossForeign } from './gloss.ts';
import { unspin } from './spun-words.ts';
import { htmlToText, looksLikeHtml } from './html-to-text.ts';
import { joinProgramBullets } from './program-bullets.ts';
import { numberWordsAsFigures } from './number-words.ts';
import { quizAnswers } from './quiz-answers.ts';
import { figureFirst } from './figure-first.ts';
import { ocrDigits } from './ocr-digits.ts';
import { icsText } from './ics-text.ts';
import { feedXml } from './feed-xml.ts';
import { withoutArchiveBar } from './web-archive.ts';
import { chatExport } from './chat-export.ts';
import { unshoutCaps } from './all-caps.ts';
import { oneByte } from './one-byte.ts';

/** Raw input beyond this is not an article; the rest is ignored. */
export const MAX_INPUT_CHARS = 8_000_000;
/** Article text beyond this (after markup is gone) is ignored: real articles are under 100 000. */
export const MAX_TEXT_CHARS = 300_000;

/**
 * Any input (plain text, HTML, binary noise) → lines of plain text with one kind of space,
 * straight quotes and ASCII dashes, so later patterns need to know only one spelling.
 * Tabs survive: they separate table cells.
 */
export function toCleanText(input: string, published?: string): string {
  let text = input.length > MAX_INPUT_CHARS ? input.slice(0, MAX_INPUT_CHARS) : input;
  // A feed pasted as its file (feed-xml.ts): its items' titles, days and texts.
  text = feedXml(text);
  if (looksLikeHtml(text)) text = htmlToText(text);
  // A web archive's bar over a captured page (web-archive.ts); a chat's messages each under its stamp (chat-export.ts).
  text = chatExport(withoutArchiveBar(text), published);
  if (text.length > MAX_TEXT_CHARS) text = text.slice(0, MAX_TEXT_CHARS);
  // A pasted JSON response reads as labelled lines (json-lines.ts), a pasted CSV file as a table (csv-rows.ts), a printed page's
  // two columns one after the other (print-columns.ts), a table lined up with spaces as one with pipes (spaced-table.ts), a video's
  // transcript without its stamps (transcript.ts), a thread's posts without their "2/5" (thread-numbers.ts).
  text = csvRows(jsonLines(spacedTables(unfoldColumns(joinTranscript(withoutThreadNumbers(unshoutCaps(ocrDigits(icsText(text.replace(/\r\n?/g, '\n'))))))))))
    // A print headline's letters spaced out ("N A T I O N A L   B R I E F S", "I N   R E V I E W"): its words.
    .replace(/^[ \t]*[A-Z](?: [A-Z])+(?: {2,}[A-Z](?: [A-Z])+)*[ \t]*$/gm, (line) =>
      /[A-Z] [A-Z] [A-Z]/.test(line) ? line.trim().replace(/ {2,}/g, '\t').replace(/ /g, '').replace(/\t/g, ' ') : line,
    )
    // "n.º 77", "Nº 272", "N° 5" (Spanish, Portuguese, French): "No. 77", before NFKC makes "º" a plain "o" ("la ronda no 500 …" is a word).
    .replace(/\b([Nn])\.?\s?[\u00ba\u00b0](?=\s?\d)/g, '$1o.')
    // "раунд №240": the numero sign, which NFKC makes a bare "No".
    .replace(/\u2116\s?(?=\d)/g, 'No. ')
    // A print page's footnote marks ("…Canadian Experience Class (CEC).¹", "¹ Ministerial Instructions …"): no figures.
    .replace(/[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g, '')
    .normalize('NFKC')
    // A line (or a bullet) opened by a weekday's abbreviation, then a pointer or a label ("Wed 👉 PNP: 893 ITAs", "Thu - CEC: …",
    // "• Tue: all programs, 3,200 invitations"): the weekday.
    .replace(
      /^([ \t]*(?:[\u2022*][ \t]*)?)(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?=[ \t]*(?:\p{Extended_Pictographic}|[-\u2013\u2014:|]))/gmu,
      (m, lead: string, day: string) => `${lead}${fullWeekday(day) ?? day}`,
    )
    // A keycap digit ("4️⃣0️⃣0️⃣0️⃣" in a channel's post) is the digit; one opening a line ("1️⃣ Federal Skilled Trades – 500 ITA")
    // numbers a list's item (also before a day: "1️⃣ 17.08 — PNP …").
    .replace(/^([ \t]*\d)\ufe0f?\u20e3[ \t]+(?=\D|\d{1,2}[./]\d{1,2}\b)/gm, '$1. ')
    .replace(/(\d)\ufe0f?\u20e3/g, '$1')

    .replace(/\r\n?/g, '\n')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    // Swiss thousands: "3'350 invitations" is 3,350.
    .replace(/(?<![\d'])(\d{1,3})'(\d{3})(?![\d'])/g, '$1,$2')
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    // An em dash sets a phrase off ("a cut-off of 467\u2014roughly 20 points above…"): spaced, so it parts clauses as " - " does.
    .replace(/[ \t]*\u2014[ \t]*/g, ' - ')
    .replace(/[\u2010\u2011\u2012\u2013\u2015\u2212]/g, '-')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    // A post's emoji before a label ("📅 Date: December 7, 2023", "✅ ITAs issued: 1,000"): the line starts with its label
    // (not before a bare day, "📅 15 April 2026", which a post gives as its draw's: bare, it would be a dateline).
    .replace(/(?<=^|\n)[ \t]*(?:\p{Extended_Pictographic}\ufe0f?[ \t]*)+(?=[A-Za-zÀ-ÿ][\wÀ-ÿ '()-]{0,30}:)/gu, '')
    // eslint-disable-next-line no-control-regex -- binary input: control characters become spaces
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g, ' ')
    // Runs of spaces, and any other space, become one space (a lone " " is left as it is: no match for each word).
    .replace(/[ \u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    // A bot's dot leaders between a label and its value ("Program ........ Federal Skilled Trades", "Invitations .... 500", "Min. CRS ........ 475").
    .replace(/^([ \t]*[A-Za-z][\w ()/-]{1,30}?(?:\.[\w ()/-]{1,30}?)?)[ \t]?\.{3,}[ \t]?(?=\S)/gm, '$1: ')
    // A pause before the figure: "avec un score minimal de… 75 points", "a minimum score of... 75" (a word, then the ellipsis).
    .replace(/(?<=[a-zà-ÿ])[ \t]?(?:\u2026|\.{3})[ \t]?(?=\d)/g, ' ')
    // Text glued where a page's blocks met: "…resumed on July 6.Invitations were issued", "…invited 727Canada's …". The dot
    // first, what goes before it after (a lookbehind first is tried at every position; this, only at dots: half the time).
    .replace(/\.(?<=(?:[a-z]{2}|\d)\.)(?=[A-Z][a-z]{2})/g, '. ')
    .replace(/(\d)([A-Z][a-z]{2})/g, '$1 $2')
    // A guide's "Example: in the October 23, 2024 trades draw (1,800 invitations, …)": an example, as "For example, …" is.
    .replace(/^([ \t]*)(?:An? )?[Ee]xample:[ \t]*/gm, '$1For example, ')
    // "(prev. CEC June 23: 516)": the previous round's, in full (the abbreviation's dot would end the sentence).
    .replace(/\b([Pp])rev\.?(?= [A-Za-z])/g, '$1revious')
    // "4 (four!) invitations": a figure said again in words, an exclamation in its parenthesis (it would end the sentence there).
    .replace(/!+(?<=\d[ \t]?\([A-Za-z][A-Za-z -]{0,40}?!+)(?=\))/g, '')
    // A change told with an arrow, old value first: "Minimum CRS: 522 → 515" reads as "515 (from 522)" (not "draw #374 → 302 ITAs",
    // a round's number pointing at its figures).
    .replace(/(?<![\d,.#-])(\d{1,3}(?:,\d{3})+|\d+)[ \t]*(?:\u2192|->|\u27f6|\u21d2)[ \t]*(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.-]\d)/g, '$2 (from $1)')
    // A day glued to its month: "16thApril 2020" (only before a month's name: "1stClass" stays). The month first: the look-behind runs only there.
    .replace(/(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?<=\b\d{1,2}(?:st|nd|rd|th))/g, ' ')
    // A glued table's label and its day: "Date and TimeFebruary 3, 2026Number of Invitations…", "Tie-Breaking RuleDecember 16, 2025 at…".
    .replace(/\b(Date|Time|Rule|Timestamp)((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, (?:19|20)\d\d)/g, '$1: $2')
    .replace(/(?=(?:Tie-?[Bb]reaking [Rr]ule|Number of [Ii]nvitations|CRS [Ss]core|Date and [Tt]ime|Rank [Rr]equired|Minimum CRS)\b)(?<=[a-z\d])/g, ' ')
    // A question labelled "Q:" and its answer labelled "A:" on the next line are one sentence ("Q: How many … were invited?" /
    // "A: 5,956."), as on one line.
    .replace(/(?<=(?:^|\n)[ \t]*Q[:.][^\n?]{1,160}\?)[ \t]*\n(?=[ \t]*A[:.][ \t])/g, ' ')
    // A FAQ's question on its line and its answer on the next: "What was the tie-breaking rule?\nMarch 4, 2019 at 20:36:42 UTC."
    // reads as one sentence, as "Q: …? A: …" does (sentences.ts).
    .replace(/(?<=(?:^|\n)[ \t]*(?:Q[:.][ \t]*)?(?:what|when)\b[^?\n]{0,60}\btie[- ]?break\w*[^?\n]{0,30}\?)[ \t]*\n(?=[ \t]*(?:A[:.][ \t]*)?(?:[A-Z][a-z]{2,8}\.? \d|\d))/gi, ' A: ');
  // Quotes, dashes and spaces are plain now: a page that had only those beyond Latin-1 is read in one byte a character (one-byte.ts).
  // A "by the numbers" piece's figures before their labels (figure-first.ts).
  text = figureFirst(quizAnswers(oneByte(text)));
  // A message's or markdown's emphasis around words and figures ("*5,956*", "**380**", "_Broadcast_"): the words alone (not a
  // footnote's star, "503*", nor a bullet's "* ").
  if (text.includes('*') || text.includes('_')) text = text.replace(/(?<![\w*])(\*{1,2}|_{1,2})(?=[^\s*_])([^*_\n]{1,80}?)(?<=[^\s*_])\1(?![\w*])/g, '$2');
  text = glossForeign(unspin(romanizedWords(latinLookalikes(orderNumericDates(numberWordsAsFigures(text), published)))));
  // Each line without the spaces around its tabs and at its ends (on the whole text at once: one pass, not two a line).
  return joinProgramBullets(
    joinHardWraps(
      text
        .replace(/ *\t */g, '\t')
        .replace(/(?<=^|\n)[ \t]+|[ \t]+(?=\n|$)/g, '')
        .split('\n'),
    ),
  ).join('\n');
}

/** "Wed" → "Wednesday": the full name of a weekday's abbreviation (masks.ts's names). */
const fullWeekday = (abbreviation: string): string | undefined => WEEKDAY_NAMES.split('|').find((w) => w.toLowerCase().startsWith(abbreviation.trim().slice(0, 3).toLowerCase()));

/** Greek and Cyrillic letters drawn like Latin ones. */
const LOOKALIKES: Readonly<Record<string, string>> = Object.fromEntries([...'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοАВЕКМНОРСТХаеорсухіјѕ'].map((c, i) => [c, 'ABEZHIKMNOPTYXoABEKMHOPCTXaeopcyxijs'[i] ?? c]));
const GREEK_OR_CYRILLIC = /[\u0370-\u04ff]/;

/**
 * "Οn March 29th, 2023, Immigratiοn, Rеfugееs…": a copy whose Latin letters were swapped for Greek and
 * Cyrillic look-alikes (to dodge copy checks) reads as Latin. Only words mixing both scripts change:
 * Greek and Russian text stay as written.
 */
function latinLookalikes(text: string): string {
  if (!GREEK_OR_CYRILLIC.test(text)) return text;
  return text.replace(/\p{L}+/gu, (word) => (/[A-Za-z]/.test(word) && GREEK_OR_CYRILLIC.test(word) && !palochkaTyped(word) ? [...word].map((c) => LOOKALIKES[c] ?? c).join('') : word));
}

/** A Cyrillic word whose only Latin letter is an "I" or "i" typed for the palochka ("ахIи", "ЦIАКЪ"): a letter no look-alike copy writes (и, д, л …) keeps it Cyrillic. */
const palochkaTyped = (word: string): boolean => !/[A-HJ-Za-hj-z]/.test(word) && [...word].some((c) => /[\u0400-\u04ff]/.test(c) && LOOKALIKES[c] === undefined);

const STOPS_MID_SENTENCE = /[a-z,]$/;
/** A print page's word broken at a line's end ("issuing 849 Invita-" / "tions to Apply"): one word again, without its hyphen. */
const HYPHENATED = /[a-z]{2}-$/i;
/** A wrapped sentence's line ending on a word a figure follows ("…on Thursday, August 3, inviting" / "1,500 candidates …"). */
const BEFORE_A_FIGURE = /\b(?:inviting|invited|issuing|issued|sent|of|at|to|was|were|with|than|from|by)$/;
/** The next line a figure opens and words in lower case go on ("1,500 candidates to apply …"; not "2: French-language rounds"). */
const FIGURE_GOES_ON = /^\d[\d,.]*\s+[a-z]/;
/** Not a byline, nor a post's stamp ("rana_ee • Jul 8, 2025 12:47 PM" under a post ending "… lol"). */
const GOES_ON = /^(?!(?:by|updated|posted|published|posté|publié|mis à jour)\b|[\w.-]{2,30}\s[\u2022\u00b7\u00bb|]\s)[a-z]/;
const MONTH_WORD = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** A print column's line broken before a day ("…submitted their profile before" / "Oct. 26, 2020 at 22:44:19 UTC", "…was Aug." / "19, 2025 at …"). */
const BEFORE_A_DAY = new RegExp(String.raw`\b(?:before|of|on|at|until|by|since|from|was|date|dated)$`);
const DAY_GOES_ON = new RegExp(String.raw`^(?:${MONTH_WORD}\.?\s\d{1,2}\b|\d{1,2}\s${MONTH_WORD}\b)`);
const MONTH_BROKEN = new RegExp(String.raw`\b${MONTH_WORD}\.?$`);
/** A tie-break's label at a print line's end, its day on the next ("The lowest score was 467. Tie-breaking rule:" / "November 25, 2019 at …"). */
const TIE_BREAK_LABEL_END = /\btie[- ]?break(?:ing|er)?(?:\s(?:rule|date|time))?\s?:$/i;
const brokenDay = (previous: string, line: string): boolean =>
  ((BEFORE_A_DAY.test(previous) || TIE_BREAK_LABEL_END.test(previous)) && DAY_GOES_ON.test(line)) || (MONTH_BROKEN.test(previous) && /^\d{1,2},\s(?:19|20)\d\d\b/.test(line));

/** A print column's line broken before a round's number ("…in Express Entry draw" / "No. 61 on Thursday, May 4, …"). */
// The sentence goes on in lower case after the number, and the line above is prose, not a heading over a list's "#312 CEC …".
// The next line is tested first: its pattern is anchored at its start and rarely holds, while the line above's, anchored at
// its end, is tried from every position of the line (0.6 % of the reader's time when asked of every line).
const numberGoesOn = (previous: string, line: string): boolean => /^(?:No\.|#)\s?\d{1,3},?\s[a-z]/.test(line) && /\s\S+\s\S+\s\S+\s\S+\s(?:draw|round)$/.test(previous);

/** A row of facts between dashes or pipes ("lunes 2 de marzo - PNP - 264 invitaciones - 710 puntos"): three cells at least. */
const ROW_OF_CELLS = /\s[-|]\s.*\s[-|]\s/;
/** Two such rows one under the other, the second in lower case ("… 710 puntos" / "martes 3 de marzo - CEC - …"), are two lines. */
const rowsOfAList = (previous: string, line: string): boolean => ROW_OF_CELLS.test(line) && ROW_OF_CELLS.test(previous);

/** Names a hard wrap may break after any of their words ("…invited 2,500 Canadian" / "Experience Class candidates"). */
const WRAPPED_NAMES = ['Canadian Experience Class', 'Federal Skilled Worker', 'Federal Skilled Trades', 'Provincial Nominee Program', 'Comprehensive Ranking System', 'Express Entry'];
/** For each break inside a name: [what the line ends with, what the next line starts with]. */
const NAME_BREAKS: readonly (readonly [RegExp, RegExp])[] = WRAPPED_NAMES.flatMap((name) => {
  const words = name.split(' ');
  return words.slice(1).map((_, i) => [new RegExp(`\\b${words.slice(0, i + 1).join(' ')}$`), new RegExp(`^${words.slice(i + 1).join(' ')}\\b`)] as const);
});

/** The words a name's first part can end with, capitalised: most lines end otherwise and are passed over at once. */
const NAME_PART_END = /(?:Canadian|Federal|Skilled|Provincial|Nominee|Comprehensive|Ranking|Express|Experience)$/;

function breaksAName(line: string, next: string): boolean {
  const tail = line.slice(-40); // the longest first part is 21 characters: a long line is not scanned whole
  return NAME_PART_END.test(tail) && NAME_BREAKS.some(([end, start]) => start.test(next) && end.test(tail));
}

/**
 * Hard-wrapped text ("conducted the 27th round of invitations" / "under Express Entry in 2016"): a line
 * that stops mid-sentence and a next line that goes on in lower case are one line, and so are a line and
 * the next that a program's name runs across ("…2,500 Canadian" / "Experience Class candidates"). Not the
 * first line (a headline), nor before a byline ("…latest draw" / "by CIC News"). One pass.
 */
function joinHardWraps(lines: string[]): string[] {
  // Pieces of each output line, joined once at the end (a growing string tested at every line would be quadratic).
  const out: string[][] = [];
  let previous = '';
  for (const line of lines) {
    const current = out[out.length - 1];
    if (out.length >= 2 && current && HYPHENATED.test(previous) && /^[a-z]/.test(line)) current.push(`${current.pop()?.slice(0, -1) ?? ''}${line}`);
    else if (
      out.length >= 2 &&
      current &&
      ((STOPS_MID_SENTENCE.test(previous) && (GOES_ON.test(line) || (BEFORE_A_FIGURE.test(previous) && FIGURE_GOES_ON.test(line))) && !rowsOfAList(previous, line)) ||
        breaksAName(previous, line) ||
        brokenDay(previous, line) ||
        numberGoesOn(previous, line))
    )
      current.push(line);
    else out.push([line]);
    previous = line;
  }
  return out.map((pieces) => pieces.join(' '));
}
