import { programsOption } from '../src/commands/options.ts';
import { describeFilter, programsArg } from '../src/commands/programs-arg.ts';
import { chatSubscriptionKey } from '../src/domain/subscription.ts';
import type { CommandDefinition } from '../src/commands/types.ts';

export const unsubscribe = {
  name: 'unsubscribe',
  description: { en: 'Stop this chat’s alerts, for some programs or all (admins)', fr: 'Arrêter les alertes de ce salon, pour certains programmes ou tous (admins)' },
  options: [programsOption({ en: 'Programs to stop; none: stop everything', fr: 'Programmes à arrêter ; aucun : tout arrêter' })],
  adminInGroups: true,
  examples: ['/unsubscribe', '/unsubscribe pnp'],
  async run(ctx, args) {
    const { t, chat, user } = ctx;
    if (chat.kind !== 'private' && !user.isAdmin) return { error: true, text: t('subs.adminsOnly') };
    const key = chatSubscriptionKey(chat.platform, chat.id, chat.threadId ?? null);
    const existing = await ctx.subscriptions.getChat(key);
    if (!existing) return { text: t('subs.notSubscribed') };
    const filter = programsArg(ctx, args['programs']);
    if (!filter || filter === 'all') {
      await ctx.subscriptions.deleteChat(key);
      return { text: t('subs.unsubscribedAll') };
    }
    const current = existing.programs === 'all' ? ctx.programs.all.map((p) => p.code) : existing.programs;
    const remaining = current.filter((c) => !filter.includes(c));
    if (remaining.length === 0) {
      await ctx.subscriptions.deleteChat(key);
      return { text: t('subs.unsubscribedAll') };
    }
    await ctx.subscriptions.putChat({ ...existing, programs: remaining });
    return { text: t('subs.remaining', { programs: describeFilter(ctx, remaining) }) };
  },
} satisfies CommandDefinition;
