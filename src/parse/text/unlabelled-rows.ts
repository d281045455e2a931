import { FALLBACK_PROGRAM, type Programs } from '../../config/programs.ts';

/**
 * A row of a table the page gave no header ("Mon 18 Dec | General | 1,325 | 542", under "four rounds:"): a day, a program, then two
 * figures in IRCC's own order, the invitations before the cut-off. Read only when nothing else fits: the second figure is a
 * score a round can have (no thousands group, 50–1,200) and the first a count; a row whose figures could be the other way round
 * ("670 | 1,391") is left to the prose reader, which gives a bare figure no role (docs/parser.md "Session 68").
 */
export type UnlabelledRole = 'date' | 'program' | 'invitations' | 'crs';

const COUNT = /^\d{1,3}(?:,\d{3})+$|^\d{1,5}$/;
const SCORE = /^\d{2,4}$/;

export function unlabelledRoles(cells: readonly string[], programs: Programs, isDay: (cell: string) => boolean): UnlabelledRole[] | null {
  if (cells.length !== 4) return null;
  const [day = '', program = '', count = '', score = ''] = cells;
  if (!COUNT.test(count) || !SCORE.test(score) || !isDay(day)) return null;
  const cutOff = Number(score);
  if (cutOff < 50 || cutOff > 1200) return null;
  const code = programs.resolveExact(program) ?? programs.classify(program);
  return code === FALLBACK_PROGRAM ? null : ['date', 'program', 'invitations', 'crs'];
}
