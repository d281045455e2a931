import { previousOfProgram } from '../src/domain/order.ts';
import { PROGRAM_OPTION } from '../src/commands/options.ts';
import { daysBetween, formatDate, formatNumber, formatTieBreak, signed } from '../src/i18n/format.ts';
import { programArg } from '../src/commands/program-arg.ts';
import { safeLink } from '../src/news/links.ts';
import type { CommandDefinition, ReplyField } from '../src/commands/types.ts';

export const latest = {
  name: 'latest',
  description: { en: 'The newest draw, overall or for one program', fr: 'La ronde la plus récente, toutes catégories ou pour un programme' },
  options: [PROGRAM_OPTION],
  examples: ['/latest cec', '/latest', '/latest Canadian Experience Class'],
  async run(ctx, args) {
    const { t, lang } = ctx;
    const program = programArg(ctx, args['program']);
    const draws = await ctx.draws.list();
    const ofProgram = program ? draws.filter((d) => d.program === program) : draws;
    const draw = ofProgram[0];
    if (!draw) return { text: t('latest.none', { program: program ? ctx.programs.name(program, lang) : '' }) };
    const previous = previousOfProgram(draw, draws);
    const age = daysBetween(draw.date, ctx.now());
    const fields: ReplyField[] = [
      { name: t('draw.round'), value: draw.drawNumber ? `#${draw.drawNumber}` : t('draw.unknownNumber'), inline: true },
      { name: t('draw.date'), value: `${formatDate(draw.date, lang)} (${t('draw.daysAgo', { count: age })})`, inline: true },
      { name: t('draw.invitations'), value: formatNumber(draw.invitations, lang), inline: true },
      { name: t('draw.minCrs'), value: String(draw.minCrs), inline: true },
    ];
    if (previous) {
      fields.push({
        name: t('draw.change'),
        value: t('draw.changeValue', {
          crs: signed(draw.minCrs - previous.minCrs, lang),
          invitations: signed(draw.invitations - previous.invitations, lang),
          round: previous.drawNumber ? `#${previous.drawNumber}` : '',
          date: formatDate(previous.date, lang),
          prevCrs: previous.minCrs,
          days: daysBetween(previous.date, new Date(`${draw.date}T12:00:00Z`)),
        }),
      });
    }
    fields.push({ name: t('draw.tieBreak'), value: draw.tieBreak ? formatTieBreak(draw.tieBreak, lang) : (draw.tieBreakRaw ?? t('draw.unknown')) });
    fields.push({ name: t('draw.status'), value: t(`draw.status_${draw.status}`) });
    if (draw.program === 'pnp') fields.push({ name: t('draw.note'), value: t('draw.pnpNote') });
    const source = draw.sources.find((s) => s.id === 'ircc') ?? draw.sources[0];
    return {
      title: t('latest.title', { program: ctx.programs.name(draw.program, lang) }),
      fields,
      colour: ctx.programs.get(draw.program)?.colour,
      // Draws stored before links were checked may carry one that is not http(s): never show it.
      ...(source && safeLink(source.url) ? { footer: source.url, url: source.url } : {}),
    };
  },
} satisfies CommandDefinition;
