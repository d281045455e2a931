import type { CommandOption } from './types.ts';
import { PERIOD_SHAPE } from './period.ts';

/** `program`: one program, code or name; takes the remaining words ("Canadian Experience Class"). */
export const PROGRAM_OPTION = {
  name: 'program',
  type: 'string',
  rest: true,
  names: { en: 'program', fr: 'programme' },
  suggest: 'program',
  description: { en: 'Program code or name, e.g. cec, pnp, french', fr: 'Code ou nom du programme, p. ex. cec, pnp, french' },
} as const satisfies CommandOption;

/** `programs`: codes or names separated by spaces or commas, or "all". */
export function programsOption(description: CommandOption['description']): CommandOption {
  return { name: 'programs', type: 'string', rest: true, names: { en: 'programs', fr: 'programmes' }, suggest: 'programs', description };
}

/** `period`: 3m, 6m, 1y, 2y, a year, or all. */
export const PERIOD_OPTION = {
  name: 'period',
  type: 'string',
  pattern: PERIOD_SHAPE,
  names: { en: 'period', fr: 'période' },
  suggest: 'period',
  description: { en: '3m, 6m, 1y, 2y, a year such as 2025, or all (default 6m)', fr: '3m, 6m, 1y, 2y, une année comme 2025, ou all (6m par défaut)' },
} as const satisfies CommandOption;
