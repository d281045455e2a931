import type { CommandContext } from './types.ts';
import type { ProgramCode } from '../domain/draw.ts';
import { UserError } from './user-error.ts';

/** A program typed by a user (code, alias or full name) → code; unknown → a UserError listing the valid codes. */
export function programArg(ctx: CommandContext, raw: string | undefined): ProgramCode | null {
  if (raw === undefined || raw.trim() === '') return null;
  const code = ctx.programs.resolve(raw);
  if (code) return code;
  const valid = ctx.programs.all.map((p) => p.code).join(', ');
  throw new UserError(ctx.t('errors.unknownProgram', { input: raw.trim().slice(0, 60), valid }));
}
