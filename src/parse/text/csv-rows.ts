import { roleOf } from './tables.ts';

/**
 * A CSV file pasted into a page (a data repository's view, a tracker's export): a header of four or more short fields
 * ("round,date,program,itas,min_crs,tiebreak_utc") and two or more rows of as many fields under it read as a table with
 * pipes between cells ("round | date | program | itas | min crs | tiebreak utc"), as tables.ts reads them. A row with another
 * number of fields (a count written "27,332") ends the block. Fields may be quoted ("\"July 21, 2017 at 07:01:28 UTC\"", a
 * comment with commas), and a spreadsheet of Europe separates them with semicolons ("date;round;program;ITAs;CRS"). One row
 * is enough under a header that names three of a round's figures ("Draw #,Date,ITAs,CRS,tie-break,Comment").
 */
/** A field, empty too ("…,2020-03-18 10:30:55,": a status column left blank but on the newest rows); a quoted one may be longer. */
const FIELD = /^(?:[^,;|\t"]{0,40}|"[^"]{0,120}")$/;
const HEADER_FIELD = /^[A-Za-z][A-Za-z_ #.()/-]{0,30}$/;
const MIN_FIELDS = 4;
const MIN_ROWS = 2;
/** How many of a round's figures a header must name for one row under it to be read. */
const ROLES_OF_ONE_ROW = 3;
const HEADER_LINE = /^[A-Za-z][A-Za-z_ #.()/-]{0,30}(?:([,;])[A-Za-z][A-Za-z_ #.()/-]{0,30})(?:\1[A-Za-z][A-Za-z_ #.()/-]{0,30}){2,}$/m;

/** The line's fields split at `sep` outside double quotes, or null where it is no CSV row. */
function fieldsOf(line: string, sep: string): string[] | null {
  if ((sep === ',' && line.includes(', ') && !line.includes('"')) || line.includes('|')) return null;
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (const ch of line.trim()) {
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return !quoted && fields.filter((x) => x.trim() !== '').length >= MIN_FIELDS && fields.every((x) => FIELD.test(x)) ? fields : null;
}

const unquoted = (field: string): string => field.replace(/^"(.*)"$/, '$1').trim();

export function csvRows(text: string): string {
  const found = HEADER_LINE.exec(text);
  if (!found) return text;
  const sep = found[1] ?? ',';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = fieldsOf(lines[i] ?? '', sep);
    if (!header || !header.every((h) => HEADER_FIELD.test(h))) continue;
    let end = i + 1;
    while (end < lines.length && fieldsOf(lines[end] ?? '', sep)?.length === header.length) end++;
    const rows = end - i - 1;
    if (rows < MIN_ROWS && !(rows === 1 && header.filter((h) => roleOf(h) !== null).length >= ROLES_OF_ONE_ROW)) continue;
    lines[i] = header.map((h) => h.replace(/_/g, ' ')).join(' | ');
    for (let j = i + 1; j < end; j++) lines[j] = (fieldsOf(lines[j] ?? '', sep) ?? []).map(unquoted).join(' | ');
    i = end - 1;
  }
  return lines.join('\n');
}
