import { PROGRAM_OPTION } from '../src/commands/options.ts';
import { formatNumber, formatShortDate } from '../src/i18n/format.ts';
import { integerArg } from '../src/commands/integer-arg.ts';
import { programArg } from '../src/commands/program-arg.ts';
import type { Draw } from '../src/domain/draw.ts';
import type { CommandContext, CommandDefinition, ReplyButton } from '../src/commands/types.ts';

const DEFAULT_COUNT = 10;
const MAX_COUNT = 50;

/**
 * One draw per line rather than a padded table: Discord embeds and Telegram messages use a
 * proportional font, where aligned columns would not stay aligned.
 */
function line(ctx: CommandContext, draw: Draw, withProgram: boolean): string {
  const vars = {
    round: draw.drawNumber ?? '?',
    date: formatShortDate(draw.date, ctx.lang),
    program: ctx.programs.shortName(draw.program, ctx.lang),
    crs: draw.minCrs,
    invitations: formatNumber(draw.invitations, ctx.lang),
  };
  const text = ctx.t(withProgram ? 'history.lineProgram' : 'history.line', vars);
  return draw.status === 'reported' ? `${text} · ${ctx.t('history.reported')}` : text;
}

/**
 * "100 000" (a thousands space, as French writes it) arrives as program "100" and count "000":
 * put the number back together, so the answer is about the count, not an unknown program.
 */
function joinDigitGroups(program: string | undefined, count: string | undefined): { program: string | undefined; count: string | undefined } {
  const m = /^(\d{1,3}(?:\s\d{3})*)$/.exec(program ?? '');
  if (m && count !== undefined && /^\d{3}$/.test(count)) return { program: undefined, count: `${m[1]} ${count}` };
  return { program, count };
}

export const history = {
  name: 'history',
  description: { en: 'The last draws (10 unless you say, at most 50)', fr: 'Les dernières rondes (10 par défaut, 50 au plus)' },
  options: [
    PROGRAM_OPTION,
    {
      name: 'count',
      type: 'integer',
      names: { en: 'count', fr: 'nombre' },
      min: 1,
      max: MAX_COUNT,
      description: { en: 'How many draws, 1 to 50 (default 10)', fr: 'Combien de rondes, de 1 à 50 (10 par défaut)' },
    },
  ],
  examples: ['/history cec 5', '/history', '/history Provincial Nominee Program 20'],
  async run(ctx, args) {
    const { t, lang } = ctx;
    const { program: rawProgram, count: rawCount } = joinDigitGroups(args['program'], args['count']);
    const count = integerArg(ctx, rawCount, { what: 'args.count', min: 1, max: MAX_COUNT }, DEFAULT_COUNT);
    const program = programArg(ctx, rawProgram);
    const programName = program ? ctx.programs.name(program, lang) : t('history.allPrograms');
    const all = await ctx.draws.list();
    const shown = (program ? all.filter((d) => d.program === program) : all).slice(0, count);
    if (shown.length === 0) return { text: t('history.none', { program: programName }) };
    const lines = shown.map((d) => line(ctx, d, program === null));
    if (shown.length < count) lines.push(t('history.fewer', { count: shown.length }));
    const buttons: ReplyButton[] = [{ label: t('history.chartButton'), command: program ? `/chart ${program}` : '/chart' }];
    return {
      title: t('history.title', { count: shown.length, program: programName }),
      text: lines.join('\n'),
      ...(program === 'pnp' ? { footer: t('draw.pnpNote') } : {}),
      buttons,
      ...(program ? { colour: ctx.programs.get(program)?.colour } : {}),
    };
  },
} satisfies CommandDefinition;
