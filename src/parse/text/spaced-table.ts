import { roleOf } from './tables.ts';

/**
 * A table whose columns are lined up with spaces (a newsletter's plain text, a terminal's output):
 *
 *     Day   Date          Round   Program                 ITAs    Cut-off
 *     Wed   05 Aug 2020   #158    All programs            3,900   476
 *
 * read as a table with pipes between cells ("Wed | 05 Aug 2020 | #158 | All programs | 3,900 | 476"), as tables.ts reads
 * them. Cells are parted by two spaces or more; a header of four cells or more that names a table's columns (or three that all
 * do), then one row or more of as many cells; or, with no header, two rows or more whose cells label their own figures ("920
 * ITAs", "CRS 739").
 */
const GAP = / {2,}|\t/;
const MIN_CELLS = 4;
const MAX_CELL = 30;
/** A row's cell that labels its own figure: "920 ITAs", "CRS 739", "1,800 invitations". */
const SELF_LABELLED = /^(?:\d[\d,]*\s(?:ITAs?|invitations)|CRS\s\d{3}|\d{3}\spoints)$/i;

function cellsOf(line: string, width?: number): string[] | null {
  if (!/\S {2,}\S/.test(line) || line.includes('|')) return null;
  const cells = width === undefined ? line.trim().split(GAP) : fitted(line.trim().split(GAP), width);
  return cells.length >= MIN_CELLS - 1 && cells.every((c) => c.length <= MAX_CELL) ? cells : null;
}

/** A terminal's header writes its labels with underscores ("MIN_CRS", "TIE_BREAK_UTC"). */
const spaced = (label: string): string => label.replace(/(?<=[A-Za-z])_(?=[A-Za-z])/g, ' ');

/**
 * A row whose long name ran into the next column ("Education occupations (v1) 2,500", one space before the count) has one cell
 * fewer than its table: that cell is the name and the figure.
 */
function fitted(cells: string[], width: number): string[] {
  if (cells.length !== width - 1) return cells;
  const runOn = cells.flatMap((c, k) => (/^[A-Za-z].*[A-Za-z)] \d[\d,]*$/.test(c) ? [k] : []));
  if (runOn.length !== 1) return cells;
  const k = runOn[0] ?? 0;
  const cell = cells[k] ?? '';
  const space = cell.lastIndexOf(' ');
  return [...cells.slice(0, k), cell.slice(0, space), cell.slice(space + 1), ...cells.slice(k + 1)];
}

/** A header names three columns at least; one of three cells names all three ("Round   Invitations   Minimum CRS"). */
const isHeader = (cells: readonly string[]): boolean => {
  // The columns tables.ts knows by their headers.
  const named = cells.filter((c) => roleOf(spaced(c.trim())) !== null).length;
  return cells.length >= MIN_CELLS ? named >= 3 : named === cells.length;
};

export function spacedTables(text: string): string {
  if (!/\S {2,}\S.* {2,}\S/.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const first = cellsOf(lines[i] ?? '');
    if (!first) continue;
    let end = i + 1;
    while (end < lines.length && cellsOf(lines[end] ?? '', first.length)?.length === first.length) end++;
    const rows = lines.slice(i, end).map((l) => cellsOf(l, first.length) ?? []);
    const headed = isHeader(first) && end - i >= 2;
    const labelled = end - i >= 2 && rows.every((r) => r.some((c) => SELF_LABELLED.test(c)));
    if (!headed && !labelled) continue;
    // A terminal's header writes its labels with underscores ("MIN_CRS", "TIE_BREAK_UTC").
    if (headed) rows[0] = first.map(spaced);
    for (let j = i; j < end; j++) lines[j] = (rows[j - i] ?? []).join(' | ');
    i = end - 1;
  }
  return lines.join('\n');
}
