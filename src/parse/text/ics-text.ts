/**
 * A calendar entry pasted as its file (RFC 5545: "BEGIN:VEVENT", "SUMMARY:…", "DESCRIPTION:Yesterday's round (#52\, held
 * January 11\, 2017) invited 3\,334 candidates.\n\nIf you…"): its summary, description and place as plain lines, their
 * escapes undone ("\," is a comma, "\n" a new line) and folded lines joined; the file's other properties (UID, DTSTAMP,
 * ORGANIZER, …) are no text of the page (docs/parser.md "Session 55").
 */

const CALENDAR = /^BEGIN:V(?:CALENDAR|EVENT)\s*$/m;
/** A property line: its name, its parameters (";LANGUAGE=en-US"), its value. */
const PROPERTY = /^([A-Z][A-Z-]*)((?:;[^:\n]*)?):(.*)$/;
const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT']);
/** The file's other properties: dropped (a page's own line in capitals, "CRS: 500", is no property and stays). */
const OTHER_PROPERTIES = new Set(
  'BEGIN END VERSION PRODID METHOD CALSCALE UID DTSTAMP DTSTART DTEND DURATION ORGANIZER ATTENDEE STATUS SEQUENCE CLASS TRANSP CREATED LAST-MODIFIED RRULE EXDATE CATEGORIES URL PRIORITY GEO TZID TZOFFSETFROM TZOFFSETTO TZNAME ACTION TRIGGER'.split(
    ' ',
  ),
);

export function icsText(text: string): string {
  if (!CALENDAR.test(text)) return text;
  const out: string[] = [];
  // A folded line goes on after one space or tab at the start of the next.
  for (const line of text.replace(/\n[ \t]/g, '').split('\n')) {
    const property = PROPERTY.exec(line);
    if (!property) out.push(line);
    else if (TEXT_PROPERTIES.has(property[1] ?? '')) out.push(unescape(property[3] ?? ''));
    else if (!OTHER_PROPERTIES.has(property[1] ?? '') && !property[1]?.startsWith('X-')) out.push(line);
  }
  return out.join('\n');
}

const unescape = (value: string): string => value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
