/**
 * A chat exported as text with bracketed stamps (WhatsApp on iPhone: "[26/08/2024, 21:52:07] Ravi Sharma: CEC draw today!!! 3,300
 * ITAs"): each message's stamp is written one way, "[2024-08-26, 21:52] Ravi Sharma: …" (lines.ts reads it as when and who sent
 * the message, and the message's "today" and "yesterday" count from that day, not from the day the export was read: docs/parser.md
 * "Session 56"). Which of the stamp's numbers is the month is told by the export's stamps (a first number above 12 is a day; a
 * second above 12 is one), else by the page's date; an export that does not tell is left as it is. An export without brackets
 * ("25/08/16, 8:14 AM - Farhan: …") keeps its stamps in the text, where the reader reads their days (rewriting those too lost a
 * round's day on a set tuned on and six fields on one never read).
 */

const MESSAGE = /^\[(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2}),?\s(\d{1,2}):(\d{2})(?::\d{2})?(?:\s?([ap])\.?\s?m\.?)?\]\s([^:\n]{1,40}?):\s(.*)$/i;
const HINT = /^\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s\d{1,2}:\d{2}/m;
const MIN_MESSAGES = 2;

type Stamp = { a: number; b: number; year: number; hour: number; minute: string; name: string; text: string };

function stampOf(line: string): Stamp | null {
  const m = MESSAGE.exec(line);
  if (!m) return null;
  const year = Number(m[3]) + ((m[3] ?? '').length === 2 ? 2000 : 0);
  const pm = m[6]?.toLowerCase() === 'p';
  const hour = (Number(m[4]) % 12) + (pm ? 12 : 0) + (!m[6] && Number(m[4]) === 12 ? 12 : 0);
  return { a: Number(m[1]), b: Number(m[2]), year, hour, minute: m[5] ?? '00', name: m[7] ?? '', text: m[8] ?? '' };
}

/** Whether the stamps write the day first: told by a number above 12, else by the day nearest the page's date without passing it. */
function dayFirst(stamps: readonly Stamp[], published: string | undefined): boolean | null {
  if (stamps.some((s) => s.a > 12)) return true;
  if (stamps.some((s) => s.b > 12)) return false;
  const last = stamps[stamps.length - 1];
  if (!last || !published) return null;
  const page = Date.parse(`${published}T23:59:59Z`);
  const lag = (month: number, day: number): number => page - Date.UTC(last.year, month - 1, day);
  const [dmy, mdy] = [lag(last.b, last.a), lag(last.a, last.b)];
  if (dmy >= 0 && (mdy < 0 || dmy < mdy)) return true;
  if (mdy >= 0 && (dmy < 0 || mdy < dmy)) return false;
  return null;
}

export function chatExport(text: string, published?: string): string {
  if (!HINT.test(text)) return text;
  const lines = text.split('\n');
  const stamps = lines.map(stampOf);
  const found = stamps.filter((s): s is Stamp => s !== null);
  if (found.length < MIN_MESSAGES) return text;
  const first = dayFirst(found, published);
  if (first === null) return text;
  const two = (n: number): string => String(n).padStart(2, '0');
  return lines
    .map((line, i) => {
      const s = stamps[i];
      if (!s) return line;
      const [month, day] = first ? [s.b, s.a] : [s.a, s.b];
      if (month < 1 || month > 12 || day < 1 || day > 31) return line;
      return `[${s.year}-${two(month)}-${two(day)}, ${two(s.hour)}:${s.minute}] ${s.name}: ${s.text}`;
    })
    .join('\n');
}
