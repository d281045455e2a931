import { FALLBACK_PROGRAM, type Programs } from '../../config/programs.ts';
import { findDates } from '../mentions/date-mentions.ts';
import { findTieBreaks } from '../mentions/tie-break.ts';
import { readNumber } from '../mentions/number-tokens.ts';
import type { ArticleLine } from './lines.ts';
import { gluedHeader, gluedRow, type GluedHeader } from './glued-rows.ts';
import { listedRowAsProse } from './listed-rows.ts';
import { pipeCardPairs } from './pipe-card.ts';
import { transposedTables } from './transposed-table.ts';
import { unlabelledRoles } from './unlabelled-rows.ts';
import { isDayRef, type DayRef, type TieBreakMention } from '../types.ts';

/**
 * Summary tables of draws: HTML tables (tab-separated cells after html-to-text), Markdown pipes,
 * and text tables with one space between columns ("May 30 Provincial Nominee Program 2,985 676")
 * under a header naming the columns, or with cells glued together ("February 16Agriculture and agri-food
 * occupations150437", glued-rows.ts). Two-cell rows are label/value pairs and go back to the prose reader as "label: value".
 */

export interface TableRow {
  readonly line: number;
  readonly date: DayRef | null;
  readonly drawNumber: string | null;
  readonly program: string | null;
  readonly invitations: number | null;
  readonly minCrs: number | null;
  readonly tieBreak: TieBreakMention | null;
  /** A tracker marks it as its newest row ("★ 5", "312 🆕", "(new)", "NEW", "latest"). */
  readonly marked?: boolean;
}

type Role = 'date' | 'number' | 'program' | 'invitations' | 'crs' | 'tieBreak' | null;

export interface TableRead {
  readonly rows: TableRow[];
  /** Lines the tables took (headers and rows), which the prose reader skips. */
  readonly taken: Set<number>;
  /** Lines rewritten for the prose reader ("Number of invitations issued\t1,000" → "…: 1,000"). */
  readonly rewritten: Map<number, string>;
}

/** The role of a table's column by its header ("ITAs", "Min. CRS", "Fecha", …); null when it names none. */
export function roleOf(header: string): Role {
  const h = header.toLowerCase();
  // Also Spanish and Portuguese headers: "Fecha | Ronda | Programa | Invitaciones | CRS mínimo | Desempate".
  if (/\btie[- ]?break|\bd[ée]partage\b|\bdesempate\b/.test(h)) return 'tieBreak';
  // "Who was invited", "Who got invited": the round's group, not its count.
  if (/\bwho\s(?:was|were|got|gets|is|are)\s(?:invited|eligible)\b/.test(h)) return 'program';
  if (/\b(?:itas?|invitations?|invites|invited|size|ipd)\b|(?<![\p{L}])(?:invitaciones|convites|invitados|convidados)(?![\p{L}])/u.test(h)) return 'invitations';
  if (/\b(?:crs|cut-?\s?off|cutoff|minimum|score|lowest)\b|(?<![\p{L}])(?:puntaje|pontua[çc][ãa]o|corte|nota m[íi]nima|note min(?:imale|\.)?|seuil|pointage)(?![\p{L}])/u.test(h)) return 'crs';
  if (/\b(?:date|day|when)\b|(?<![\p{L}])(?:fecha|data|d[íi]a)(?![\p{L}])/u.test(h)) return 'date';
  if (
    /^(?:#|no\.?|round|rnd|draw|round #|draw #|round number|draw number|draw no\.?|round no\.?|number|numéro|n°|ronde|tirage|(?:numéro|n°|no) du tirage|numéro de la ronde|ronda|rodada|sorteo|sorteio|n\.?º|n[úu]mero)$/.test(
      h.trim(),
    )
  )
    return 'number';
  if (/\b(?:program(?:me)?|type|category|stream|class|draw|ticker|symbol)\b|(?<![\p{L}])(?:programa|categor[íi]a|cat[ée]gorie|tipo|volet)(?![\p{L}])/u.test(h)) return 'program';
  return null;
}

function splitCells(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  if ((line.match(/\|/g) ?? []).length >= 2)
    return line
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .split('|')
      .map((c) => c.trim());
  return null;
}

/** A column of people ("Username", "Member", "Applicant"): the table tracks applicants, not rounds (not "Name": a round's program in IRCC's data). */
const PERSON_HEADER = /^(?:user(?:\s?name)?|member|applicant|candidate|handle|nick(?:name)?|poster|forum (?:user|name))$/i;

const isRule = (line: string): boolean => /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/.test(line.trim());

function cellDate(cell: string): DayRef | null {
  const d = findDates(cell, { published: null, lastMonth: null })[0];
  return d && isDayRef(d.value) ? d.value : null;
}

/** A cell that is a day and nothing else but its weekday ("Mon 18 Dec", "Tuesday (2024-07-02)"; not "October 7 #316"). */
function onlyDate(cell: string): boolean {
  const d = findDates(cell, { published: null, lastMonth: null })[0];
  return d !== undefined && isDayRef(d.value) && d.end >= cell.replace(/[\s)]+$/, '').length && /^[\p{L}\s.,(]*$/u.test(cell.slice(0, d.start));
}

/** A tie-break cell ("April 13, 2026 at 23:10:05 UTC") read as the prose reader reads "Tie-breaking rule: …". */
function cellTieBreak(cell: string): TieBreakMention | null {
  if (!cell) return null;
  const sentence = `Tie-breaking rule: ${cell}`;
  return findTieBreaks(sentence, findDates(sentence, { published: null, lastMonth: null }))[0] ?? null;
}

function withYear(day: DayRef | null, year: number | null): DayRef | null {
  return day && day.year === null && year !== null ? { ...day, year } : day;
}

/** A round's cell that names it and gives its number: "STEM occupations (#254)", "Healthcare – #255", "Santé (ronde n° 327)". */
const NAMED_ROUND_CELL = /^([A-Za-zÀ-ÿ][^#()]{1,60}?)\s*(?:\(\s*(?:(?:ronde|round|draw|tirage|ronda|rodada)\s)?(?:#|no\.?\s?)(\d{1,3}[ab]?)\s*\)|[\u2013\u2014-]\s*#(\d{1,3}[ab]?))$/i;

/** A tracker's mark of its newest row. */
const NEW_MARK = /[★⭐🆕]|\((?:[Nn]ew|[Ll]atest)\)|\bNEW\b|\b(?:[Ll]atest|LATEST)\b/u;

const knownProgram = (code: string): string | null => (code === FALLBACK_PROGRAM ? null : code);

function rowFromCells(cells: string[], roles: Role[], ctx: Ctx): TableRow | null {
  const get = (role: Role): string | undefined => cells[roles.indexOf(role)];
  const date = withYear(cellDate(get('date') ?? ''), ctx.year);
  const numberCell = get('number') ?? '';
  // "STEM occupations (#254)" under a "Draw" header: the round's program and its number.
  const named = NAMED_ROUND_CELL.exec(numberCell);
  // "PNP (#308)" under a "Program" header, in a table with no column of numbers: the program and its round's number.
  const programNamed = numberCell === '' ? NAMED_ROUND_CELL.exec(get('program') ?? '') : null;
  // A "Round" column that names each round's program, with no number ("General (all programs)", "Trade occupations").
  const programInNumberColumn = !roles.includes('program') && numberCell !== '' && !/\d/.test(numberCell) ? numberCell : undefined;
  const programText = programNamed ? programNamed[1] : (get('program') ?? (named ? named[1] : programInNumberColumn));
  // "2.000" in a column of invitations is two thousand (a Spanish, Portuguese or French table's thousands).
  const inv = readNumber((get('invitations') ?? '').replace(/^(\d{1,3})[.\s\u00a0\u202f](\d{3})$/, '$1,$2'));
  const crs = readNumber(get('crs') ?? '');
  if (!date || (inv === null && crs === null)) return null;
  // "366", "#366", "draw no. 366", "Round 366"; "312 🆕", "312 (new)", "312*", "★ 5": a tracker's mark of a new row.
  const num =
    /^(?:[★☆⭐🆕]\s*)?(?:(?:draw|round)\s?)?(?:#|no\.?|n°)?\s?(\d{1,3}[ab]?)(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|[*†]|\(?new\)?))*$/iu.exec(numberCell)?.[1] ??
    named?.[2] ??
    named?.[3] ??
    programNamed?.[2] ??
    programNamed?.[3] ??
    null;
  return {
    line: ctx.line,
    date,
    drawNumber: num?.toLowerCase() ?? null,
    // A short cell names its program exactly ("Français", "PCP", "Santé") before any wording is guessed from.
    // A cell nothing names ("Gerentes (managers)" before the catalogue knew it) gives no program rather than "other".
    program: programText ? (ctx.programs.resolveExact(programText) ?? knownProgram(ctx.programs.classify(programText))) : null,
    invitations: inv,
    minCrs: crs !== null && crs >= 50 && crs <= 1200 ? crs : null,
    tieBreak: cellTieBreak(get('tieBreak') ?? ''),
    marked: NEW_MARK.test(cells.join(' ')),
  };
}

interface Ctx {
  readonly line: number;
  readonly year: number | null;
  readonly programs: Programs;
}

/** Whether a cell holds what its column says: a day, a round number, a program, a count, a score. */
function cellFits(cell: string, role: Role, programs: Programs): boolean {
  switch (role) {
    case 'date':
      return cellDate(cell) !== null;
    case 'number':
      return /^#?\s?\d{1,3}[ab]?$/i.test(cell);
    case 'program':
      return (programs.resolveExact(cell) ?? programs.classify(cell)) !== null;
    case 'invitations':
      return /^\d{1,3}(?:,\d{3})*$|^\d+$/.test(cell);
    case 'crs':
      return /^\d{2,4}$/.test(cell);
    default:
      return true;
  }
}

/** The header's roles without the one column a short row leaves out, when exactly one choice fits every cell. */
function rolesWithoutGap(cells: readonly string[], roles: readonly Role[], programs: Programs): Role[] | null {
  const fits = roles.map((_, gap) => roles.filter((__, i) => i !== gap)).filter((candidate) => candidate.every((role, i) => cellFits(cells[i] ?? '', role, programs)));
  // Two columns of the same kind (two unnamed ones) leave the same reading whichever is dropped.
  const readings = new Set(fits.map((f) => f.join('|')));
  return readings.size === 1 ? (fits[0] ?? null) : null;
}

/** Header of a text table with single spaces: "Date Draw Type Number of ITAs Minimum CRS". */
function spacedHeader(line: string): { invFirst: boolean } | null {
  if (/\d/.test(line) || line.length > 90 || !/\bdate\b/i.test(line)) return null;
  const inv = line.search(/\b(?:ITAs?|invitations|invites|size)\b/i);
  const crs = line.search(/\b(?:CRS|cut-?\s?off|cutoff|minimum|score)\b/i);
  return inv >= 0 && crs >= 0 ? { invFirst: inv < crs } : null;
}

const SPACED_ROW = /^(.+?)\s(\d{1,3}(?:,\d{3})+|\d+)\s(\d{1,3}(?:,\d{3})+|\d+)$/;

function spacedRow(line: string, invFirst: boolean, ctx: Ctx): TableRow | null {
  const m = line.length <= 200 ? SPACED_ROW.exec(line) : null;
  if (!m) return null;
  const lead = findDates(m[1] ?? '', { published: null, lastMonth: null })[0];
  if (!lead || lead.start !== 0 || !isDayRef(lead.value)) return null;
  const program = (m[1] ?? '').slice(lead.end).trim();
  const a = readNumber(m[2] ?? '');
  const b = readNumber(m[3] ?? '');
  const [inv, crs] = invFirst ? [a, b] : [b, a];
  return { line: ctx.line, date: withYear(lead.value, ctx.year), drawNumber: null, program: program ? ctx.programs.classify(program) : null, invitations: inv, minCrs: crs, tieBreak: null };
}

function captionYear(lines: readonly ArticleLine[], at: number): number | null {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const y = /\b(20\d\d)\b/.exec(lines[i]?.text ?? '');
    if (y) return Number(y[1]);
  }
  return null;
}

/** A header cell on a line of its own: short, no figure, a column role. */
const stackedCell = (text: string | undefined): Role => (text !== undefined && text.length <= 30 && !/\d/.test(text) ? roleOf(text) : null);

/**
 * A table whose cells the page put one per line ("Date", "Draw Type", "ITAs Issued", "CRS Cut-off",
 * then "Dec 17, 2025", "French Language Proficiency", "6,000", "399", …): a header of three to six
 * such lines naming a day and a count or a score, then its rows, as many lines each.
 */
function readStacked(lines: readonly ArticleLine[], programs: Programs, rows: TableRow[], taken: Set<number>): void {
  for (let i = 0; i < lines.length; i++) {
    let k = 0;
    while (k < 6 && stackedCell(lines[i + k]?.text) !== null) k++;
    if (k < 3) continue;
    const roles = lines.slice(i, i + k).map((l) => stackedCell(l.text));
    if (!roles.includes('date') || !(roles.includes('invitations') || roles.includes('crs')) || new Set(roles).size !== k) continue;
    const year = captionYear(lines, i);
    let j = i + k;
    for (; j + k <= lines.length; j += k) {
      const cells = lines.slice(j, j + k).map((l) => l.text.trim());
      const row = cells.every((c, n) => cellFits(c, roles[n] ?? null, programs)) ? rowFromCells(cells, roles, { line: lines[j]?.index ?? 0, year, programs }) : null;
      if (!row) break;
      rows.push(row);
    }
    if (j === i + k) continue;
    for (let n = i; n < j; n++) taken.add(lines[n]?.index ?? -1);
    i = j - 1;
  }
}

/**
 * Label and value on lines of their own ("CRS Score", then "437"; "ITA's Issued", then "150"; "Program
 * Specified", then "Agriculture and agri-food occupations"): read as the two-cell row "CRS Score: 437" is.
 * The value must be what its label names; a day is not taken this way (a byline's date sits under any heading), but a tie-break's
 * day and time under its label ("Tie-breaking rule", then "28 Dec 2021 · 11:03:15 UTC") is.
 */
function readStackedPairs(lines: readonly ArticleLine[], programs: Programs, taken: Set<number>, rewritten: Map<number, string>): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const label = lines[i];
    const value = lines[i + 1];
    if (!label || !value || taken.has(label.index) || taken.has(value.index)) continue;
    // Rows of cells ("Program\tNo program specified", "Invitations | 1,500") are read as rows, not as stacked labels.
    if (splitCells(label.text) || splitCells(value.text)) continue;
    const role = stackedCell(label.text.trim());
    // "Tie-breaking rule", then "28 Dec 2021 · 11:03:15 UTC": a tie-break is a day with its time, no byline's.
    const fits = role === 'program' ? cellDate(value.text) === null : role === 'tieBreak' ? cellTieBreak(value.text) !== null : (role === 'invitations' || role === 'crs') && /\d/.test(value.text);
    if (!fits || value.text.length > 80 || stackedCell(value.text.trim()) !== null || !cellFits(value.text.trim(), role, programs)) continue;
    rewritten.set(label.index, `${label.text.trim()}: ${value.text.trim()}`);
    taken.add(value.index);
    i++;
  }
}

/** A day cell that names only the weekday: "Monday", "Wed". */
const WEEKDAY_ONLY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$/i;

/** A column of a table of totals or of periods: "Rounds", "Draws", "Total", "Average", "Month", "Year". */
const TOTALS_HEADER = /\b(?:rounds|draws|totals?|average|avg|count|sum|month|year|quarter|period)\b/i;

/** The words a labelled line uses for each column ("Round: #75, Program: …, Invitations: 290, Minimum CRS: 673"). */
const LABELS: Record<Exclude<Role, null>, string> = { date: 'Date', number: 'Round', program: 'Program', invitations: 'Invitations', crs: 'Minimum CRS', tieBreak: 'Tie-break' };

function labelledRow(cells: readonly string[], roles: readonly Role[]): string {
  return cells
    .map((c, i) => {
      const role = roles[i];
      return c && role ? `${LABELS[role]}: ${role === 'number' ? c.replace(/^#\s?/, '#') : c}` : c;
    })
    .filter(Boolean)
    .join(', ');
}

/** Reads every table of the article. */
export function readTables(lines: readonly ArticleLine[], programs: Programs): TableRead {
  const rows: TableRow[] = [];
  const taken = new Set<number>();
  const rewritten = new Map<number, string>();
  readStacked(lines, programs, rows, taken);
  readStackedPairs(lines, programs, taken, rewritten);
  let roles: Role[] | null = null;
  let totals = false;
  let spaced: { invFirst: boolean } | null = null;
  let glued: GluedHeader | null = null;
  let year: number | null = null;
  lines.forEach((l, i) => {
    const ctx: Ctx = { line: l.index, year, programs };
    const cells = splitCells(l.text);
    if (cells && isRule(l.text)) return void taken.add(l.index);
    if (cells && cells.filter(Boolean).length === 2 && !roles) {
      return void rewritten.set(l.index, cells.filter(Boolean).join(': '));
    }
    if (cells && cells.length >= 3) {
      const headerRoles = cells.map(roleOf);
      if (!cells.some((c) => /\d/.test(c)) && headerRoles.filter(Boolean).length >= 2) {
        // A tracker of applicants ("Username | Stream | CRS | ITA date | Comments"): each row is a person's own score and day,
        // no round's; the prose reader reads the row, its notes included.
        if (cells.some((c) => PERSON_HEADER.test(c))) {
          roles = null;
          return void taken.add(l.index);
        }
        roles = headerRoles;
        totals = cells.some((c) => TOTALS_HEADER.test(c));
        year = captionYear(lines, i);
        return void taken.add(l.index);
      }
      // A row with more cells than its header cannot say which value is which; with one fewer, only when
      // exactly one column can be the missing one (an empty "Round" cell the page dropped).
      // A tracker's mark in a cell past the header's last ("… | 491 | 13/10/2022 11:22:17 | 2 | ◀ NEW") marks the row, as in a cell.
      const marked = roles && cells.length === roles.length + 1 && NEW_MARK.test(cells[cells.length - 1] ?? '');
      // A row that ends with an empty cell of an unnamed last column ("… | 744 |" under "… | CRS | BADGE"; a spreadsheet's row
      // whose empty "Notes" cell lost its tab with the line's end): that column is the gap.
      const trailingGap = roles && cells.length === roles.length - 1 && roles[roles.length - 1] === null && (/\|\s*$/.test(l.text) || !l.text.includes('|')) ? roles.slice(0, -1) : null;
      const fitted =
        trailingGap ??
        (roles && cells.length === roles.length - 1 ? rolesWithoutGap(cells, roles, programs) : marked ? [...(roles ?? []), null] : (roles ?? unlabelledRoles(cells, programs, onlyDate)));
      const row = fitted && cells.length === fitted.length ? rowFromCells(cells, fitted, ctx) : null;
      if (row) {
        rows.push(row);
        return void taken.add(l.index);
      }
      if (!roles) rewritten.set(l.index, cells.filter(Boolean).join(', '));
      // A row of a table with no day column ("Round | Program | Invitations | Minimum CRS" under "two rounds on November 1"): the
      // prose reader takes it, labelled, and gives it the day the text tells.
      // Not a year's table of totals ("Program | Rounds | ITAs"): a row of one round has its cut-off.
      // So is a row whose day is a weekday alone ("#366 | Monday | PNP | 228 | 746"): the prose reader counts it back from the page.
      else if (fitted && cells.length === fitted.length && fitted.includes('crs') && !totals && (!fitted.includes('date') || WEEKDAY_ONLY.test(cells[fitted.indexOf('date')] ?? '')))
        rewritten.set(l.index, labelledRow(cells, fitted));
      return;
    }
    roles = null;
    const listed = listedRowAsProse(l.text, ctx.programs);
    if (listed) return void rewritten.set(l.index, listed);
    const header = spacedHeader(l.text);
    const gluedCells = header ? null : gluedHeader(l.text);
    if (header || gluedCells) {
      spaced = header;
      glued = gluedCells;
      year = captionYear(lines, i);
      return void taken.add(l.index);
    }
    const row = spaced ? spacedRow(l.text, spaced.invFirst, ctx) : null;
    if (row) {
      rows.push(row);
      return void taken.add(l.index);
    }
    const gluedCellsRow = glued ? gluedRow(l.text, glued) : null;
    if (gluedCellsRow) {
      const { date, drawNumber, program, invitations, minCrs } = gluedCellsRow;
      if (invitations !== null) rows.push({ line: l.index, date: withYear(date, year), drawNumber, program: program ? ctx.programs.classify(program) : null, invitations, minCrs, tieBreak: null });
      return void taken.add(l.index);
    }
    spaced = null;
    glued = null;
  });
  const label = (cell: string): string | null => {
    const role = roleOf(cell);
    return role ? LABELS[role] : null;
  };
  for (const [i, text] of transposedTables(lines, { cells: splitCells, label }, taken)) rewritten.set(i, text);
  for (const [i, text] of pipeCardPairs(lines, (label) => roleOf(label) !== null)) if (!taken.has(i) && !rewritten.has(i)) rewritten.set(i, text);
  return { rows, taken, rewritten };
}
