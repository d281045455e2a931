import { findDates } from '../mentions/date-mentions.ts';
import { isDayRef, type DayRef } from '../types.ts';

/**
 * A summary table whose cells the page glued together when its cell breaks were lost: a header such as "DateDraw
 * TypeNumber of ITAsMinimum CRS", then rows such as "February 16Agriculture and agri-food occupations150437". The rows are
 * kept from the prose reader, where a row's day would settle the day the story tells ("February 13General1,490535" under
 * "today's draw"), and read as table rows where their figures can be told apart.
 */

const MAX_LINE = 160;

/** Letters glued across a cell break: a lower-case letter (or "s" of "ITAs") followed at once by a capital. */
const GLUED = /[a-z][A-Z]/;
const COUNT = /ITAs?|invit|size/i;
const CUT_OFF = /CRS|cut-?\s?off|cutoff|minimum|score/i;

/**
 * "#Date…", "Draw NumberDate…", "Draw #Date…", and "DrawDate…" glued at a cell break (not "Draw dateDraw Type…", the draw's
 * date): the round's number is the first column.
 */
const NUMBER_FIRST = /^(?:#|(?:draw|round)\s*(?:#|no\.?|number))\s*(?=(?:draw\s+)?date)|^(?:Draw|Round)(?=Date[A-Z])/i;

export interface GluedHeader {
  /** The count comes before the cut-off. */
  readonly invFirst: boolean;
  /** The round's number opens each row ("254July 5, 2023STEM occupations (2023-1)500486"). */
  readonly numbered: boolean;
}

/**
 * "DateDraw TypeNumber of ITAsMinimum CRS", "Draw dateDraw TypeCRS cut-off scoreITAs issued", "Draw NumberDateRound TypeITAs
 * Issued…": a header with glued cells, and the order of its columns.
 */
export function gluedHeader(line: string): GluedHeader | null {
  const whole = line.trim();
  const numbered = NUMBER_FIRST.exec(whole);
  const text = numbered ? whole.slice(numbered[0].length) : whole;
  if (whole.length > MAX_LINE || /\d/.test(whole) || !GLUED.test(whole) || !/^(?:draw\s+)?date/i.test(text)) return null;
  const inv = text.search(COUNT);
  const crs = text.search(CUT_OFF);
  return inv >= 0 && crs >= 0 ? { invFirst: inv < crs, numbered: numbered !== null } : null;
}

export interface GluedRow {
  readonly date: DayRef;
  readonly drawNumber: string | null;
  readonly program: string;
  /** Null when the two figures cannot be told apart for sure. */
  readonly invitations: number | null;
  readonly minCrs: number | null;
}

const digits = (s: string): number => Number(s.replace(/,/g, ''));

/** The count and the three-digit cut-off glued in the header's order: "1,490535" is 1,490 and 535, "4674,000" (cut-off first) 467 and 4,000. */
function splitFigures(program: string, blob: string, invFirst: boolean): [number, number] | null {
  if (!/[A-Za-z)]$/.test(program)) return null;
  const m = invFirst ? /^(\d{1,3}(?:,\d{3})+|\d{1,5}?)(\d{3})$/.exec(blob) : /^(\d{3})(\d{1,3}(?:,\d{3})+|\d{1,5})$/.exec(blob);
  if (!m?.[1] || !m[2]) return null;
  const [inv, crs] = invFirst ? [digits(m[1]), digits(m[2])] : [digits(m[2]), digits(m[1])];
  return crs >= 100 && inv > 0 ? [inv, crs] : null;
}

/**
 * "February 16Agriculture and agri-food occupations150437", "Dec 18All-program1,325542": a day, then glued cells, most often
 * ending in figures; under a numbered header, the round's number first ("313September 9th, 2024Provincial Nominee…").
 */
export function gluedRow(line: string, header: GluedHeader): GluedRow | null {
  const whole = line.trim();
  const number = header.numbered ? /^(\d{1,3})\s?(?=[A-Z])/.exec(whole) : null;
  const text = number ? whole.slice(number[0].length) : whole;
  if (text.length > MAX_LINE || /[.!?]\s/.test(text)) return null;
  const lead = findDates(text, { published: null, lastMonth: null })[0];
  if (!lead || lead.start !== 0 || !isDayRef(lead.value)) return null;
  // Cells glued: the program to the figures ("proficiency1,000446"), or two figures to each other ("Program 1,085727",
  // no one number). A row the page cut short after its program ("January 7Canadian Experience Class") is still a row: its
  // day belongs to no story. (The clean text has parted the day from the program: "February 16 Agriculture".) A line
  // ending in one number ("February 13: IRCC invited … a cut-off of 535") is prose.
  const rest = text.slice(lead.end);
  const m = /^(.*?)(\d[\d,]*)?$/.exec(rest);
  const blob = m?.[2];
  if (blob !== undefined && !/[A-Za-z)]\d/.test(rest) && /^(?:\d{1,3}(?:,\d{3})+|\d{1,4})$/.test(blob)) return null;
  const program = (m?.[1] ?? '').replace(/^[,\s]+/, '');
  // With a space before the figures, the program's own name may end in a digit ("…2026-Version 28,500400" is version 2
  // and 8,500): they stay unread.
  const figures = blob ? splitFigures(program, blob, header.invFirst) : null;
  return { date: lead.value, drawNumber: number?.[1] ?? null, program: program.trim(), invitations: figures?.[0] ?? null, minCrs: figures?.[1] ?? null };
}
