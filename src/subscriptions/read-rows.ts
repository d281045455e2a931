import { parse } from 'csv-parse/sync';

/** One row of an import file, with the line it starts on. */
export interface ImportRow {
  line: number;
  fields: Record<string, unknown>;
}

/** A row the import refuses, and why, in words an operator can act on. */
export interface RowProblem {
  line: number;
  message: string;
}

export type ImportFormat = 'jsonl' | 'csv';

const BOM = /^\uFEFF/;

/** JSON lines when the first non-blank character is `{`, else CSV with a header. */
export function detectFormat(text: string): ImportFormat {
  return text.replace(BOM, '').trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

function jsonRows(text: string): { rows: ImportRow[]; problems: RowProblem[] } {
  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  text
    .replace(BOM, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      if (!raw.trim()) return;
      try {
        const value: unknown = JSON.parse(raw);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) problems.push({ line, message: 'a line must hold one JSON object' });
        else rows.push({ line, fields: value as Record<string, unknown> });
      } catch (err) {
        problems.push({ line, message: `not valid JSON (${(err as Error).message})` });
      }
    });
  return { rows, problems };
}

interface CsvRecord {
  record: Record<string, string>;
  info: { lines: number };
  raw: string;
}

/**
 * CSV through csv-parse: quoted fields with commas, quotes and line breaks, a BOM and CRLF are
 * its job, and hand-written splitting gets exactly those wrong. A malformed record is reported
 * with its line and the others are still read, so every problem shows at once.
 */
function csvRows(text: string): { rows: ImportRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const records = parse(text, {
    bom: true,
    columns: (header: string[]) => header.map((h) => h.trim()),
    info: true,
    raw: true,
    skip_empty_lines: true,
    trim: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      if (err) problems.push({ line: (err as Error & { lines?: number }).lines ?? 0, message: err.message.replace(/ on line \d+$/, '') });
    },
  }) as unknown as CsvRecord[];
  // info.lines is where a record ends; a quoted field with line breaks started that many lines earlier.
  const rows = records.map((r) => ({ line: r.info.lines - (r.raw.trimEnd().match(/\n/g)?.length ?? 0), fields: r.record }));
  return { rows, problems };
}

/** The rows of an import file in either format, and the lines that could not be read at all. */
export function readRows(text: string): { format: ImportFormat; rows: ImportRow[]; problems: RowProblem[] } {
  const format = detectFormat(text);
  try {
    return { format, ...(format === 'jsonl' ? jsonRows(text) : csvRows(text)) };
  } catch (err) {
    // A broken header (e.g. a duplicated column) stops csv-parse before any record.
    return { format, rows: [], problems: [{ line: (err as Error & { lines?: number }).lines ?? 1, message: (err as Error).message }] };
  }
}
