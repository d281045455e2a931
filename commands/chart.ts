import { PERIOD_OPTION, PROGRAM_OPTION } from '../src/commands/options.ts';
import { drawsIn, noDrawsText, periodArg, periodName, periodRange } from '../src/commands/period-arg.ts';
import { programArg } from '../src/commands/program-arg.ts';
import type { ChartSeries, ChartSpec } from '../src/chart/spec.ts';
import type { Draw } from '../src/domain/draw.ts';
import type { CommandContext, CommandDefinition, Reply } from '../src/commands/types.ts';

/** A subtitle starts a line: "The last 6 months…", "Les 12 derniers mois…". */
const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** One series per program, in the order of config/programs.json, points oldest first. */
function seriesOf(ctx: CommandContext, draws: readonly Draw[]): ChartSeries[] {
  return ctx.programs.all
    .map((p) => ({
      name: ctx.programs.shortName(p.code, ctx.lang),
      colour: p.colour,
      points: draws
        .filter((d) => d.program === p.code)
        .map((d) => ({ date: d.date, crs: d.minCrs, invitations: d.invitations }))
        .reverse(),
    }))
    .filter((s) => s.points.length > 0);
}

export const chart = {
  name: 'chart',
  description: { en: 'A chart of cutoffs and invitations over time', fr: 'Un graphique des seuils et des invitations dans le temps' },
  options: [PROGRAM_OPTION, PERIOD_OPTION],
  slow: true,
  examples: ['/chart cec 1y', '/chart', '/chart french 2025'],
  async run(ctx, args): Promise<Reply> {
    const { t, lang } = ctx;
    const period = periodArg(ctx, args['period']);
    const program = programArg(ctx, args['program']);
    const all = await ctx.draws.list();
    const draws = drawsIn(all, program, period);
    if (draws.length === 0) return { text: noDrawsText(ctx, all, program, period, ['/chart', program, 'all'].filter(Boolean).join(' ')) };
    const programName = program ? ctx.programs.name(program, lang) : t('chart.allPrograms');
    const range = periodRange(ctx, period);
    const hasPnp = draws.some((d) => d.program === 'pnp');
    const subtitle = capitalize(t('chart.subtitle', { period: periodName(ctx, period), range, count: draws.length }));
    const spec: ChartSpec = {
      lang,
      title: t('chart.title', { program: programName }),
      subtitle: hasPnp ? `${subtitle} · ${t('chart.pnpNote')}` : subtitle,
      axisCrs: t('chart.axisCrs'),
      axisInvitations: t('chart.axisInvitations'),
      invitationsLabel: t('chart.axisInvitations'),
      from: period.from,
      to: period.to,
      series: seriesOf(ctx, draws),
    };
    // The renderer (ECharts, resvg) is loaded on the first chart only: text commands, and a bot
    // that is never asked for a chart, do not pay for it.
    const { renderChartPng } = await import('../src/chart/render.ts');
    const data = await renderChartPng(spec);
    const crs = draws.map((d) => d.minCrs);
    return {
      title: spec.title,
      text: t('chart.text', { count: draws.length, lowest: Math.min(...crs), highest: Math.max(...crs) }),
      image: { filename: `ee-${program ?? 'all'}-${period.input}.png`, data, alt: t('chart.alt', { program: programName, range }) },
      buttons: [{ label: t('chart.statsButton'), command: `/stats ${program ? `${program} ` : ''}${period.input}` }],
      ...(program ? { colour: ctx.programs.get(program)?.colour } : {}),
    };
  },
} satisfies CommandDefinition;
