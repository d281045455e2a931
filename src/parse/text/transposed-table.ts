import type { ArticleLine } from './lines.ts';

/**
 * A table turned on its side: one round per column, one fact per row ("Date | Aug 18 | Aug 19", "Program | CEC | French",
 * "ITAs | 1,000 | 5,000", "Min. CRS | 523 | 382"), often under a row of column titles ("Field | Today (Aug 18) | Previous
 * (Aug 5)"). Each round's column is written as the prose reader reads a labelled line ("Date: Aug 18, Program: CEC, …"), one
 * column per line of the table; a column titled as an earlier round ("Previous", "Last French round") is left out: it is
 * the comparison, not a round of the page (docs/parser.md "Session 39").
 */

/** What the table reader needs: its cell splitter and the column role of a label (tables.ts). */
export interface CellReader {
  readonly cells: (line: string) => string[] | null;
  readonly label: (cell: string) => string | null;
}

/** At least this many fact rows, each labelled with a different fact. */
const MIN_ROWS = 3;
const EARLIER_COLUMN = /\b(?:previous|last|prior|earlier|before|former|anterior|pr[ée]c[ée]dente?|dernier|derni[eè]re)\b/i;

interface Row {
  readonly index: number;
  readonly cells: string[];
}

function columnsText(rows: readonly Row[], labels: readonly string[], titles: readonly string[] | null, width: number): string[] {
  const out: string[] = [];
  for (let j = 1; j < width; j++) {
    const title = titles?.[j] ?? '';
    if (EARLIER_COLUMN.test(title)) continue;
    const facts = rows.map((r, i) => `${labels[i] ?? ''}: ${r.cells[j] ?? ''}`).join(', ');
    out.push(`${title ? `${title} – ` : ''}${facts}.`);
  }
  return out;
}

/** Each sideways table's lines, rewritten as its rounds' labelled lines (one line each; the others left empty). */
export function transposedTables(lines: readonly ArticleLine[], reader: CellReader, taken: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  let block: Row[] = [];
  // The line before the block: a row of titles whose empty first cell the page dropped ("\tPrevious draw\tThis draw").
  let beforeText: string | null = null;
  let previous: string | null = null;
  const flush = (): void => {
    if (block.length < MIN_ROWS) return void (block = []);
    const width = block[0]?.cells.length ?? 0;
    const first = block[0];
    // A first row of titles: no label in its first cell ("Field", "", "Program" over "This week | Last week" is not read).
    const titled = first !== undefined && reader.label(first.cells[0] ?? '') === null;
    const rows = titled ? block.slice(1) : block;
    const before =
      beforeText === null
        ? null
        : (reader.cells(beforeText) ??
          beforeText
            .split(/\t|\s{2,}/)
            .map((c) => c.trim())
            .filter(Boolean));
    const titles = titled ? (first?.cells ?? null) : before && before.length === width - 1 ? ['', ...before] : null;
    const labels = rows.map((r) => reader.label(r.cells[0] ?? ''));
    const named = labels.filter((l): l is string => l !== null);
    if (width >= 3 && rows.length >= MIN_ROWS && named.length === rows.length && new Set(named).size === rows.length && rows.some((r) => r.cells.slice(1).some((c) => /\d/.test(c)))) {
      const texts = columnsText(rows, named, titles, width);
      block.forEach((r, i) => out.set(r.index, texts[i] ?? ''));
    }
    block = [];
  };
  for (const l of lines) {
    const cells = l.meta || taken.has(l.index) ? null : reader.cells(l.text);
    const row = cells !== null && cells.length >= 3;
    if (!row || (block.length > 0 && cells.length !== block[0]?.cells.length)) flush();
    if (row) {
      if (block.length === 0) beforeText = previous;
      block.push({ index: l.index, cells });
    }
    previous = /\S/.test(l.text) ? l.text : null;
  }
  flush();
  return out;
}
