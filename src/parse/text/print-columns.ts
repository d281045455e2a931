/**
 * Text copied from a printed page laid out in two columns (a PDF's text, a newspaper's page): each line holds a piece of the
 * left column, a run of spaces, then a piece of the right one ("Immigration, Refugees and Citizenship Canada on Friday     of
 * Canadian work experience in a senior management"). Three such lines or more in a run read as the left column's lines, then
 * the right's; a line of the run with only the right column is indented far, one with only the left is not. A table with
 * columns aligned by spaces has cells parted by two spaces or more, or too short to be prose: it is left as it is.
 */
const TWO_COLUMNS = /^ {0,3}(\S.{24,}?\S) {4,}(\S.{14,})$/;
/** A line of the right column alone: indented twenty spaces or more. */
const RIGHT_ONLY = /^ {20,}(\S.*)$/;
const GAP = / {4,}/;
const MIN_LINES = 3;

/** A column's piece of prose: three words at least, one space between each (a table's cells are parted by more). */
const prose = (piece: string): boolean => !/ {2}/.test(piece) && piece.split(' ').length >= 3;

type Piece = { left: string | null; right: string | null };

function pieceOf(line: string): Piece | null {
  const two = TWO_COLUMNS.exec(line);
  if (two) {
    const [left = '', right = ''] = [two[1], two[2]];
    return prose(left) && prose(right) ? { left, right } : null;
  }
  const right = RIGHT_ONLY.exec(line);
  if (right) return / {2}/.test(right[1] ?? '') ? null : { left: null, right: right[1] ?? '' };
  return null;
}

export function unfoldColumns(text: string): string {
  if (!/\S {4,}\S/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const run: Piece[] = [];
    let end = i;
    // The run: two-column lines and right-only lines, and left-only lines (no gap) between two-column lines.
    while (end < lines.length) {
      const line = lines[end] ?? '';
      const piece = pieceOf(line);
      if (piece) run.push(piece);
      else if (run.length > 0 && line.trim() !== '' && !GAP.test(line.trim()) && /^ {0,3}\S/.test(line) && pieceOf(lines[end + 1] ?? '')?.left) run.push({ left: line, right: null });
      else break;
      end++;
    }
    if (run.filter((p) => p.left !== null && p.right !== null).length >= MIN_LINES) {
      out.push(...run.flatMap((p) => (p.left === null ? [] : [p.left])), ...run.flatMap((p) => (p.right === null ? [] : [p.right])));
      i = end;
    } else {
      out.push(lines[i] ?? '');
      i++;
    }
  }
  return out.join('\n');
}
