import { formatTieBreak } from '../src/i18n/format.ts';
import { integerArg } from '../src/commands/integer-arg.ts';
import { programsOption } from '../src/commands/options.ts';
import { describeFilter, programsArg } from '../src/commands/programs-arg.ts';
import { UserError } from '../src/commands/user-error.ts';
import { pingWhere } from '../src/commands/ping-where.ts';
import { thresholdKey, type PingTarget } from '../src/domain/subscription.ts';
import type { CommandDefinition } from '../src/commands/types.ts';

const PROFILE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?$/;

/** "2026-03-01" / "2026-03-01T18:34" → ISO UTC; null when it is not a real instant. */
export function profileTime(raw: string): string | null {
  const text = raw.replace(' ', 'T');
  const iso = text.length === 10 ? `${text}T00:00:00Z` : text.endsWith('Z') ? text : `${text.length === 16 ? `${text}:00` : text}Z`;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z');
}

export const notify = {
  name: 'notify',
  description: { en: 'Ping me when a draw’s cutoff is at or below my CRS score', fr: 'Me prévenir quand le seuil d’une ronde est égal ou inférieur à mon score SCG' },
  options: [
    {
      name: 'score',
      type: 'string',
      required: true,
      typed: { type: 'integer', min: 0, max: 1200, required: false, description: { en: 'Your CRS score, 0 to 1200', fr: 'Votre score SCG, de 0 à 1200' } },
      description: { en: 'Your CRS score (0–1200), or "off"', fr: 'Votre score SCG (0–1200), ou « off »' },
    },
    programsOption({ en: 'Programs (default: all)', fr: 'Programmes (par défaut : tous)' }),
    {
      name: 'profile',
      type: 'string',
      pattern: PROFILE,
      names: { en: 'profile', fr: 'profil' },
      description: { en: 'When your profile was submitted (YYYY-MM-DD[THH:MM] UTC), to judge ties', fr: 'Date de soumission du profil (AAAA-MM-JJ[THH:MM] UTC), pour les égalités' },
    },
    {
      name: 'off',
      type: 'boolean',
      typedOnly: true,
      names: { en: 'off', fr: 'arrêt' },
      description: { en: 'True: stop pinging me (the score is then not needed)', fr: 'True : ne plus me prévenir (le score est alors inutile)' },
    },
  ],
  examples: ['/notify 510 cec', '/notify 480', '/notify 503 cec 2026-03-01T18:34', '/notify off'],
  async run(ctx, args) {
    const { t, user, chat } = ctx;
    const key = thresholdKey(user.platform, user.id);
    // "/notify off" typed, or the `off` option where options are typed.
    const raw = args['off'] === 'true' ? 'off' : (args['score']?.trim() ?? '');
    if (/^(off|stop|none|non|arrêt|arret)$/i.test(raw)) {
      const removed = await ctx.subscriptions.deleteThreshold(key);
      return { text: t(removed ? 'notify.off' : 'notify.wasOff') };
    }
    const score = integerArg(ctx, raw, { what: 'args.score', min: 0, max: 1200 });
    if (score === null) throw new UserError(t('args.integerRange', { what: t('args.score'), min: 0, max: 1200, input: raw }));
    const programs = programsArg(ctx, args['programs']) ?? 'all';
    const profileSubmittedAt = args['profile'] ? profileTime(args['profile']) : null;
    if (args['profile'] && !profileSubmittedAt) throw new UserError(t('notify.badProfile', { input: args['profile'] }));
    const here = { chatId: chat.id, threadId: chat.threadId ?? null };
    const ping: PingTarget = chat.kind === 'private' ? { kind: 'dm', fallback: null } : chat.pingStyle === 'dm' ? { kind: 'dm', fallback: here } : { kind: 'mention', ...here };
    await ctx.subscriptions.putThreshold({
      key,
      platform: user.platform,
      userId: user.id,
      userName: user.name ?? null,
      score,
      programs,
      ping,
      profileSubmittedAt,
      lang: ctx.lang,
      createdAt: ctx.now().toISOString(),
    });
    const where = t(pingWhere(ping, 'here'));
    const lines = [t('notify.set', { score, programs: describeFilter(ctx, programs), where })];
    if (profileSubmittedAt) lines.push(t('notify.profile', { when: formatTieBreak(profileSubmittedAt, ctx.lang) }));
    if (programs === 'all' || programs.includes('pnp')) lines.push(t('notify.pnp'));
    return { text: lines.join('\n') };
  },
} satisfies CommandDefinition;
