import type { CommandContext } from './types.ts';
import type { Draw, ProgramCode } from '../domain/draw.ts';
import { formatDate, formatShortDate } from '../i18n/format.ts';
import { inPeriod, parsePeriod, type Period } from './period.ts';
import { UserError } from './user-error.ts';

/** The period a user typed (default 6 months, ending today); a UserError listing what works otherwise. */
export function periodArg(ctx: CommandContext, raw: string | undefined): Period {
  const today = ctx.now();
  const period = parsePeriod(raw, today);
  if (period) return period;
  throw new UserError(ctx.t('args.unknownPeriod', { input: (raw ?? '').trim().slice(0, 20), year: today.getUTCFullYear() }));
}

/** "the last 6 months", "2025", "every draw since 2015", in the reply's language. */
export function periodName(ctx: CommandContext, period: Period): string {
  if (period.kind === 'all') return ctx.t('period.all');
  if (period.kind === 'year') return ctx.t('period.year', { year: period.amount });
  if (period.amount % 12 === 0) return ctx.t('period.years', { count: period.amount / 12 });
  return ctx.t('period.months', { count: period.amount });
}

/** "Feb 20, 2026 – Aug 20, 2026" */
export const periodRange = (ctx: CommandContext, period: Period): string => ctx.t('period.range', { from: formatShortDate(period.from, ctx.lang), to: formatShortDate(period.to, ctx.lang) });

/** Draws of one program (or all) inside the period, newest first as the store lists them. */
export const drawsIn = (draws: readonly Draw[], program: ProgramCode | null, period: Period): Draw[] => draws.filter((d) => (program === null || d.program === program) && inPeriod(period, d.date));

/**
 * The answer when a period holds no draw: say so, and point at the latest draw and a longer
 * period, so the user is not left with a bare "nothing".
 */
export function noDrawsText(ctx: CommandContext, all: readonly Draw[], program: ProgramCode | null, period: Period, example: string): string {
  const vars = { from: formatDate(period.from, ctx.lang), to: formatDate(period.to, ctx.lang), period: periodName(ctx, period) };
  const lines = [program ? ctx.t('stats.none', { ...vars, program: ctx.programs.name(program, ctx.lang) }) : ctx.t('stats.noneAll', vars)];
  const latest = all.find((d) => program === null || d.program === program);
  if (latest) lines.push(ctx.t('stats.latestWas', { round: latest.drawNumber ?? '?', date: formatDate(latest.date, ctx.lang), example }));
  return lines.join(' ');
}
