import type { CommandContext } from './types.ts';
import type { ProgramFilter } from '../domain/subscription.ts';
import { UserError } from './user-error.ts';

const ALL_WORDS = new Set(['all', 'tous', 'toutes', 'everything', '*']);

/**
 * "cec pnp", "cec, provincial nominee", "Canadian Experience Class", "all" → a program filter.
 * A comma-separated part is first read whole (full names), else word by word. Unknown words are
 * a UserError listing the valid codes. Empty → null (the caller decides what that means).
 */
export function programsArg(ctx: CommandContext, raw: string | undefined): ProgramFilter | null {
  const text = raw?.trim() ?? '';
  if (!text) return null;
  const whole = ctx.programs.resolveExact(text);
  if (ALL_WORDS.has(text.toLowerCase())) return 'all';
  if (whole) return [whole];
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of text
    .split(/[,;]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (ALL_WORDS.has(part.toLowerCase())) return 'all';
    const asWhole = ctx.programs.resolveExact(part);
    if (asWhole) {
      codes.push(asWhole);
      continue;
    }
    for (const word of part.split(/\s+/)) {
      if (ALL_WORDS.has(word.toLowerCase())) return 'all';
      const code = ctx.programs.resolveExact(word);
      if (code) codes.push(code);
      else unknown.push(word);
    }
  }
  if (unknown.length > 0) {
    throw new UserError(ctx.t('errors.unknownProgram', { input: unknown.join(' ').slice(0, 60), valid: ctx.programs.all.map((p) => p.code).join(', ') }));
  }
  return [...new Set(codes)];
}

/** "CEC, PNP" or "all programs", in the reply's language. */
export function describeFilter(ctx: CommandContext, filter: ProgramFilter): string {
  if (filter === 'all') return ctx.t('subs.allPrograms');
  return filter.map((c) => ctx.programs.shortName(c, ctx.lang)).join(', ');
}
