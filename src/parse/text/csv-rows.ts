/**
 * A CSV file pasted into a page (a data repository's view, a tracker's export): a header of four or more short fields
 * ("round,date,program,itas,min_crs,tiebreak_utc") and two or more rows of as many fields under it read as a table with
 * pipes between cells ("round | date | program | itas | min crs | tiebreak utc"), as tables.ts reads them. A row with another
 * number of fields (a count written "27,332") ends the block.
 */
/** A field, empty too ("…,2020-03-18 10:30:55,": a status column left blank but on the newest rows). */
const FIELD = /^[^,|\t]{0,40}$/;
const HEADER_FIELD = /^[A-Za-z][A-Za-z_ ]{0,30}$/;
const MIN_FIELDS = 4;
const MIN_ROWS = 2;

const fieldsOf = (line: string): string[] | null => {
  if (line.includes(', ') || line.includes('|')) return null;
  const f = line.trim().split(',');
  return f.filter((x) => x.trim() !== '').length >= MIN_FIELDS && f.every((x) => FIELD.test(x)) ? f : null;
};

export function csvRows(text: string): string {
  if (!/^[A-Za-z][A-Za-z_ ]{0,30}(?:,[A-Za-z][A-Za-z_ ]{0,30}){3,}$/m.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = fieldsOf(lines[i] ?? '');
    if (!header || !header.every((h) => HEADER_FIELD.test(h))) continue;
    let end = i + 1;
    while (end < lines.length && fieldsOf(lines[end] ?? '')?.length === header.length) end++;
    if (end - i - 1 < MIN_ROWS) continue;
    lines[i] = header.map((h) => h.replace(/_/g, ' ')).join(' | ');
    for (let j = i + 1; j < end; j++) lines[j] = (lines[j] ?? '').trim().split(',').join(' | ');
    i = end - 1;
  }
  return lines.join('\n');
}
