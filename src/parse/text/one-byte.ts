/** Any character V8 cannot keep in a one-byte (Latin-1) string. */
const WIDE = /[\u0100-\uffff]/;

/**
 * The same text, kept by V8 one byte a character when every character fits in one. V8 keeps the result of a replace, a slice
 * or a join in its input's width, so a page that had one ’ or — stays two-byte after the clean-up has made it plain Latin-1;
 * every pattern then runs on it in its two-byte form, and V8 compiles each pattern's machine code a second time for that
 * width: about half of the reader's 24 MB of regexp code, past V8's 16 MB after which it stops optimizing patterns
 * (compiledNow in matches.ts). The copy costs microseconds; the characters are the same, so every answer is.
 */
export function oneByte(text: string): string {
  return WIDE.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

/**
 * The text's lines, each kept one byte a character when it can be: on a page with a bullet (•) or an emoji, only those lines
 * are read two bytes a character (a slice keeps its text's width), and only the patterns asked about them compile twice.
 */
export function linesOneByte(text: string): string[] {
  const lines = text.split('\n');
  return WIDE.test(text) ? lines.map(oneByte) : lines;
}
