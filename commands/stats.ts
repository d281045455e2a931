import { PERIOD_OPTION, PROGRAM_OPTION } from '../src/commands/options.ts';
import { formatDate, formatNumber, signed } from '../src/i18n/format.ts';
import { longerPeriod } from '../src/commands/period.ts';
import { drawsIn, noDrawsText, periodArg, periodName, periodRange } from '../src/commands/period-arg.ts';
import { programArg } from '../src/commands/program-arg.ts';
import { summarize, trendDirection, type CutoffSummary } from '../src/commands/stats-math.ts';
import type { Draw } from '../src/domain/draw.ts';
import type { CommandContext, CommandDefinition, ReplyField } from '../src/commands/types.ts';

const points = (draws: readonly Draw[]) => draws.map((d) => ({ date: d.date, value: d.minCrs, invitations: d.invitations }));

/** "517" or "516.5" / "516,5": a median of an even count can fall between two cutoffs. */
const crs = (ctx: CommandContext, n: number): string => formatNumber(Math.round(n * 10) / 10, ctx.lang);

/** "523 (#436, August 18, 2026)": the first draw (newest first) with that cutoff. */
function atDraw(ctx: CommandContext, draws: readonly Draw[], value: number): string {
  const d = draws.find((x) => x.minCrs === value);
  return d ? ctx.t('stats.atDraw', { crs: value, round: d.drawNumber ?? '?', date: formatDate(d.date, ctx.lang) }) : String(value);
}

function trendText(ctx: CommandContext, draws: readonly Draw[], summary: CutoffSummary): string {
  const first = draws[draws.length - 1];
  const last = draws[0];
  if (summary.slope === null || !first || !last) return ctx.t('stats.trendNone');
  const slope = signed(Math.round(summary.slope * 10) / 10, ctx.lang);
  return ctx.t(`stats.trend_${trendDirection(summary.slope)}`, { slope, first: first.minCrs, last: last.minCrs });
}

function programFields(ctx: CommandContext, draws: readonly Draw[], s: CutoffSummary): ReplyField[] {
  const average = formatNumber(Math.round(s.invitations / s.count), ctx.lang);
  return [
    { name: ctx.t('stats.draws'), value: formatNumber(s.count, ctx.lang), inline: true },
    { name: ctx.t('stats.lowest'), value: atDraw(ctx, draws, s.lowest), inline: true },
    { name: ctx.t('stats.median'), value: crs(ctx, s.median), inline: true },
    { name: ctx.t('stats.highest'), value: atDraw(ctx, draws, s.highest), inline: true },
    { name: ctx.t('stats.invitations'), value: ctx.t('stats.invitationsValue', { total: formatNumber(s.invitations, ctx.lang), average }), inline: true },
    { name: ctx.t('stats.trend'), value: trendText(ctx, draws, s) },
  ];
}

/**
 * Every program at once: one line each, because one median over PNP cutoffs (which include
 * 600 nomination points) and French-language cutoffs together would mean nothing.
 */
function byProgramLines(ctx: CommandContext, draws: readonly Draw[]): string[] {
  const codes = [...new Set(draws.map((d) => d.program))];
  return codes.flatMap((code) => {
    const own = draws.filter((d) => d.program === code);
    const s = summarize(points(own));
    if (!s) return [];
    const vars = { program: ctx.programs.shortName(code, ctx.lang), count: s.count, lowest: s.lowest, highest: s.highest, median: crs(ctx, s.median) };
    return [ctx.t('stats.programLine', { ...vars, invitations: formatNumber(s.invitations, ctx.lang) })];
  });
}

export const stats = {
  name: 'stats',
  description: { en: 'Lowest, median and highest cutoff, invitations and trend over a period', fr: 'Seuils le plus bas, médian et le plus haut, invitations et tendance sur une période' },
  options: [PROGRAM_OPTION, PERIOD_OPTION],
  examples: ['/stats cec 1y', '/stats french', '/stats pnp 2025'],
  async run(ctx, args) {
    const { t, lang } = ctx;
    const period = periodArg(ctx, args['period']);
    const program = programArg(ctx, args['program']);
    const all = await ctx.draws.list();
    const draws = drawsIn(all, program, period);
    const summary = summarize(points(draws));
    const range = periodRange(ctx, period);
    if (!summary) return { text: noDrawsText(ctx, all, program, period, ['/stats', program, longerPeriod(period)].filter(Boolean).join(' ')) };
    const title = program ? t('stats.title', { program: ctx.programs.name(program, lang), period: periodName(ctx, period) }) : t('stats.titleAll', { period: periodName(ctx, period) });
    const fields: ReplyField[] = program
      ? programFields(ctx, draws, summary)
      : [
          { name: t('stats.draws'), value: formatNumber(summary.count, lang), inline: true },
          { name: t('stats.invitations'), value: formatNumber(summary.invitations, lang), inline: true },
          { name: t('stats.byProgram'), value: byProgramLines(ctx, draws).join('\n') },
        ];
    fields.push({ name: t('stats.period'), value: range });
    if (program === 'pnp' || (program === null && draws.some((d) => d.program === 'pnp'))) fields.push({ name: t('draw.note'), value: t('draw.pnpNote') });
    return {
      title,
      fields,
      buttons: [{ label: t('history.chartButton'), command: `/chart ${program ? `${program} ` : ''}${period.input}` }],
      ...(program ? { colour: ctx.programs.get(program)?.colour } : {}),
    };
  },
} satisfies CommandDefinition;
