import { formatDate, formatNumber } from '../src/i18n/format.ts';
import { integerArg } from '../src/commands/integer-arg.ts';
import { countAbove, hasDistribution } from '../src/commands/pool-math.ts';
import type { PoolBand, PoolSnapshot } from '../src/domain/pool.ts';
import type { CommandContext, CommandDefinition, Lang, Reply, ReplyField } from '../src/commands/types.ts';

/** "8.4%" / "8,4 %": one decimal, because the top bands hold well under 1% of the pool. */
const percentOptions: Intl.NumberFormatOptions = { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 };
const percents: Record<Lang, Intl.NumberFormat> = { en: new Intl.NumberFormat('en-CA', percentOptions), fr: new Intl.NumberFormat('fr-CA', percentOptions) };

const percent = (ctx: CommandContext, part: number, whole: number): string => percents[ctx.lang].format(whole > 0 ? part / whole : 0);

const n = (ctx: CommandContext, value: number): string => formatNumber(value, ctx.lang);

/** One field per IRCC band, highest scores first; the 10-point sub-bands listed under their band. */
function bandFields(ctx: CommandContext, snapshot: PoolSnapshot): ReplyField[] {
  const sub = (parent: PoolBand): string[] => snapshot.bands.filter((b) => b.parent === parent.key).map((b) => ctx.t('pool.subBand', { min: b.min, max: b.max, count: n(ctx, b.count) }));
  return snapshot.bands
    .filter((b) => b.parent === null)
    .map((band) => ({
      name: ctx.t('pool.band', { min: band.min, max: band.max }),
      value: [ctx.t('pool.bandValue', { count: n(ctx, band.count), share: percent(ctx, band.count, snapshot.total) }), ...sub(band)].join('\n'),
      inline: true,
    }));
}

function aboveText(ctx: CommandContext, snapshot: PoolSnapshot, score: number): string {
  const date = formatDate(snapshot.asOnDate ?? snapshot.asOn, ctx.lang);
  const total = n(ctx, snapshot.total);
  const above = countAbove(snapshot, score);
  if (above.exact) {
    return ctx.t('pool.aboveExact', { count: above.count, score, share: percent(ctx, above.count, snapshot.total), total, date, formattedCount: n(ctx, above.count) });
  }
  const { band } = above;
  return ctx.t('pool.aboveRange', { low: n(ctx, above.low), high: n(ctx, above.high), score, date, total, min: band.min, max: band.max, bandCount: n(ctx, band.count) });
}

export const pool = {
  name: 'pool',
  description: { en: "IRCC's latest pool distribution; with a score, how many stand above it", fr: 'La dernière répartition du bassin par IRCC ; avec un score, combien sont au-dessus' },
  options: [
    {
      name: 'score',
      type: 'integer',
      min: 0,
      max: 1200,
      description: { en: 'A CRS score, 0 to 1200', fr: 'Un score SCG, de 0 à 1200' },
    },
  ],
  examples: ['/pool 480', '/pool'],
  async run(ctx, args): Promise<Reply> {
    const { t, lang } = ctx;
    const score = integerArg(ctx, args['score'], { what: 'args.score', min: 0, max: 1200 });
    const snapshot = await ctx.pool.latest();
    if (!snapshot || !hasDistribution(snapshot)) return { text: t('pool.none') };
    const date = formatDate(snapshot.asOnDate ?? snapshot.asOn, lang);
    if (score !== null) {
      return { title: t('pool.title', { date }), text: aboveText(ctx, snapshot, score), buttons: [{ label: t('pool.allButton'), command: '/pool' }] };
    }
    return {
      title: t('pool.title', { date }),
      text: t('pool.summary', { total: n(ctx, snapshot.total), date, round: snapshot.drawNumber }),
      fields: [...bandFields(ctx, snapshot), { name: t('pool.total'), value: n(ctx, snapshot.total), inline: true }],
      footer: t('pool.footer'),
    };
  },
} satisfies CommandDefinition;
