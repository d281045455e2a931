import { formatDate, formatTieBreak } from '../src/i18n/format.ts';
import { pingWhere } from '../src/commands/ping-where.ts';
import { describeFilter } from '../src/commands/programs-arg.ts';
import { chatSubscriptionKey, thresholdKey, type ChatSubscription } from '../src/domain/subscription.ts';
import type { CommandContext, CommandDefinition, ReplyField } from '../src/commands/types.ts';

/** This chat's alerts: on, paused (and why), or off; and what the bot lacks to post here, when the platform says. */
function chatValue(ctx: CommandContext, sub: ChatSubscription | undefined): string {
  const { t, chat } = ctx;
  const lines = [
    !sub
      ? t('settings.chatOff')
      : sub.paused
        ? t('settings.chatPaused', { programs: describeFilter(ctx, sub.programs), since: formatDate(sub.paused.since.slice(0, 10), ctx.lang), reason: sub.paused.reason })
        : t('settings.chatOn', { programs: describeFilter(ctx, sub.programs) }),
  ];
  if (sub && chat.missingRights?.length) lines.push(t('settings.missing', { rights: chat.missingRights.join(', ') }));
  return lines.join('\n');
}

export const settings = {
  name: 'settings',
  description: { en: 'This chat’s alerts and my own score ping', fr: 'Les alertes de ce salon et mon propre seuil' },
  options: [],
  examples: ['/settings'],
  async run(ctx) {
    const { t, chat, user } = ctx;
    const sub = await ctx.subscriptions.getChat(chatSubscriptionKey(chat.platform, chat.id, chat.threadId ?? null));
    const mine = await ctx.subscriptions.getThreshold(thresholdKey(user.platform, user.id));
    const fields: ReplyField[] = [
      { name: t('settings.chat'), value: chatValue(ctx, sub) },
      {
        name: t('settings.mine'),
        value: mine
          ? t('settings.mineOn', { score: mine.score, programs: describeFilter(ctx, mine.programs), where: t(pingWhere(mine.ping, 'there')) }) +
            (mine.profileSubmittedAt ? `\n${t('notify.profile', { when: formatTieBreak(mine.profileSubmittedAt, ctx.lang) })}` : '')
          : t('settings.mineOff'),
      },
      { name: t('settings.language'), value: ctx.lang === 'fr' ? 'Français' : 'English' },
    ];
    return { title: t('settings.title'), fields };
  },
} satisfies CommandDefinition;
