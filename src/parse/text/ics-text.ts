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

/** An event's start: "DTSTART:20260806T150000Z", "DTSTART;VALUE=DATE:20260806", "DTSTART;TZID=America/Toronto:20260806T110000". */
const START = /^(\d{4})(\d\d)(\d\d)(?:T(\d\d)\d{4}(Z?))?$/;
/** A start in UTC before this hour may be the evening before in Canada: its day is not told. */
const UTC_EVENING_HOURS = 5;

/** The day an event starts on ("2026-08-06"), or null where its UTC time may fall on the day before in Canada. */
function startDay(value: string): string | null {
  const m = START.exec(value.trim());
  if (!m) return null;
  if (m[5] === 'Z' && Number(m[4]) < UTC_EVENING_HOURS) return null;
  return `${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''}`;
}

export function icsText(text: string): string {
  if (!CALENDAR.test(text)) return text;
  const out: string[] = [];
  // An event's day opens its first line of text ("2026-08-06: French-language round – 5,000 ITAs / min. 391"), wherever its start is written.
  let event: { day: string | null; lines: string[] } | null = null;
  // A folded line goes on after one space or tab at the start of the next.
  for (const line of text.replace(/\n[ \t]/g, '').split('\n')) {
    const property = PROPERTY.exec(line);
    const name = property?.[1] ?? '';
    if (name === 'BEGIN' && property?.[3]?.trim() === 'VEVENT') event = { day: null, lines: [] };
    else if (name === 'END' && property?.[3]?.trim() === 'VEVENT' && event) {
      const [first, ...rest] = event.lines;
      if (first !== undefined) out.push(event.day ? `${event.day}: ${first}` : first, ...rest);
      event = null;
    } else if (name === 'DTSTART' && event) event.day = startDay(property?.[3] ?? '');
    else if (!property) (event?.lines ?? out).push(line);
    else if (TEXT_PROPERTIES.has(name)) (event?.lines ?? out).push(unescape(property[3] ?? ''));
    else if (!OTHER_PROPERTIES.has(name) && !name.startsWith('X-')) (event?.lines ?? out).push(line);
  }
  if (event) out.push(...event.lines);
  return out.join('\n');
}

const unescape = (value: string): string => value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
