import { programsOption } from '../src/commands/options.ts';
import { describeFilter, programsArg } from '../src/commands/programs-arg.ts';
import { chatSubscriptionKey, type ProgramFilter } from '../src/domain/subscription.ts';
import type { CommandDefinition } from '../src/commands/types.ts';

/** The union of two filters; `all` absorbs everything. */
export function mergeFilters(a: ProgramFilter | undefined, b: ProgramFilter): ProgramFilter {
  if (!a) return b;
  if (a === 'all' || b === 'all') return 'all';
  return [...new Set([...a, ...b])];
}

export const subscribe = {
  name: 'subscribe',
  description: { en: 'Alert this chat for every new draw of some programs (admins)', fr: 'Alerter ce salon à chaque nouvelle ronde de certains programmes (admins)' },
  options: [programsOption({ en: 'Programs: codes or names, or "all" (e.g. cec pnp)', fr: 'Programmes : codes ou noms, ou « all » (p. ex. cec pnp)' })],
  adminInGroups: true,
  examples: ['/subscribe cec pnp', '/subscribe all', '/subscribe Canadian Experience Class'],
  async run(ctx, args) {
    const { t, chat, user } = ctx;
    if (chat.kind !== 'private' && !user.isAdmin) return { error: true, text: t('subs.adminsOnly') };
    const filter = programsArg(ctx, args['programs']);
    if (!filter) {
      return {
        text: t('subs.choose'),
        buttons: [
          { label: t('subs.allPrograms'), command: '/subscribe all' },
          ...ctx.programs.all.filter((p) => p.code !== 'other').map((p) => ({ label: p.short[ctx.lang], command: `/subscribe ${p.code}` })),
        ],
      };
    }
    const key = chatSubscriptionKey(chat.platform, chat.id, chat.threadId ?? null);
    const existing = await ctx.subscriptions.getChat(key);
    const programs = mergeFilters(existing?.programs, filter);
    await ctx.subscriptions.putChat({
      key,
      platform: chat.platform,
      chatId: chat.id,
      threadId: chat.threadId ?? null,
      programs,
      lang: ctx.lang,
      createdBy: existing?.createdBy ?? user.id,
      createdAt: existing?.createdAt ?? ctx.now().toISOString(),
      // Subscribing again is how an admin says "fixed": a paused subscription resumes.
      paused: null,
    });
    const lines = [t('subs.subscribed', { programs: describeFilter(ctx, programs) })];
    if (existing?.paused) lines.push(t('subs.resumed', { reason: existing.paused.reason }));
    if (chat.missingRights?.length) lines.push(t('subs.stillMissing', { rights: chat.missingRights.join(', ') }));
    return { text: lines.join('\n') };
  },
} satisfies CommandDefinition;
