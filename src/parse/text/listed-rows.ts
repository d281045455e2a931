import type { Programs } from '../../config/programs.ts';
import { findDates } from '../mentions/date-mentions.ts';
import { readNumber } from '../mentions/number-tokens.ts';
import { isDayRef } from '../types.ts';

/**
 * A draw listed on one line with its facts between dashes or pipes, and no header to name them ("Round 404 – May 13,
 * 2026 – Healthcare – 2,600 invitations – 461 points", "Ronde 404 – 13 mai 2026 – Soins de santé – 2 600 invitations –
 * 461 points"): each cell says what it is by its own words. A row needs its day and a count or a cut-off, and every cell
 * must be one of these; a sentence with dashes in it is none. The line goes back to the prose reader written out in the
 * words it reads ("Round 404, May 13, 2026: Healthcare, 2,600 invitations, minimum CRS score 461."), so a list of the week's
 * draws is read as such a list told in sentences is.
 */

const SEPARATOR = /\s[-|\u2013\u2014]\s/;
const NUMBER_CELL = /^(?:(?:round|draw|ronde|tirage|ronda|rodada|sorteo|sorteio)\s*(?:#|no\.?\s?|n°\s?)?|#\s?)(\d{1,3}[ab]?)$/i;
const COUNT_CELL = /^(\d{1,3}(?:[,. \u202f]\d{3})*|\d+)\s*(?:invitations?|ITAs?|IPDs?|invited|invit[ée]s|candidates|candidats|invitaciones|invitados|convites|convidados|candidatos)$/i;
const CUTOFF_CELL = /^(?:(?:min(?:imum)?\.?\s)?(?:CRS|SCG|score|cut-?off|seuil)\s?:?\s?(\d{2,4})(?:\s?(?:points?|pts))?|(\d{2,4})\s?(?:points?|pts|CRS|SCG|puntos|pontos))$/i;
/** A row's day may follow its weekday: "Monday, March 2", "lunes 2 de marzo", "segunda-feira, 2 de março", "mardi 3 mars". */
const WEEKDAY_FIRST =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+/i;
/** A row's number in brackets at the end of a cell: "CRS 772 (#363)", "PNP (n° 308)". */
const NUMBER_AFTER = /\s?\(\s?(?:#|n[°o]\.?\s?|no\.\s?)(\d{1,3}[ab]?)\s?\)$/i;
const MAX_LINE = 200;

export function listedRowAsProse(line: string, programs: Programs): string | null {
  if (line.length > MAX_LINE || !SEPARATOR.test(line)) return null;
  const cells = line.split(SEPARATOR).map((c) => c.trim().replace(/\.$/, ''));
  if (cells.length < 4) return null;
  let date: string | null = null;
  let drawNumber: string | null = null;
  let program: string | null = null;
  let invitations: string | null = null;
  let minCrs: number | null = null;
  for (const whole of cells) {
    const bracketed = NUMBER_AFTER.exec(whole);
    if (bracketed && drawNumber === null) drawNumber = bracketed[1] ?? '';
    const cell = bracketed ? whole.slice(0, bracketed.index) : whole;
    const number = NUMBER_CELL.exec(cell);
    const count = COUNT_CELL.exec(cell);
    const cutoff = CUTOFF_CELL.exec(cell);
    const weekday = WEEKDAY_FIRST.exec(cell)?.[0].length ?? 0;
    const day = findDates(cell.slice(weekday), { published: null, lastMonth: null })[0];
    if (number && drawNumber === null) drawNumber = number[1] ?? '';
    else if (count && invitations === null) invitations = cell;
    else if (cutoff && minCrs === null) minCrs = readNumber(cutoff[1] ?? cutoff[2] ?? '');
    else if (day && isDayRef(day.value) && day.start === 0 && date === null) date = cell;
    else if (program === null && !/\d/.test(cell) && cell.length <= 80 && (programs.resolveExact(cell) ?? programs.classify(cell)) !== 'other') program = cell;
    else return null;
  }
  if (date === null || (invitations === null && minCrs === null) || (minCrs !== null && (minCrs < 50 || minCrs > 1200))) return null;
  const facts = [program, invitations, minCrs !== null ? `minimum CRS score ${String(minCrs)}` : null].filter((f) => f !== null);
  return `${drawNumber !== null ? `Round #${drawNumber}, ` : ''}${date}: ${facts.join(', ')}.`;
}
