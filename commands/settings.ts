import { formatTieBreak } from '../src/i18n/format.ts';
import { describeFilter } from '../src/commands/programs-arg.ts';
import { chatSubscriptionKey, thresholdKey } from '../src/domain/subscription.ts';
import type { CommandDefinition, ReplyField } from '../src/commands/types.ts';

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
      { name: t('settings.chat'), value: sub ? t('settings.chatOn', { programs: describeFilter(ctx, sub.programs) }) : t('settings.chatOff') },
      {
        name: t('settings.mine'),
        value: mine
          ? t('settings.mineOn', { score: mine.score, programs: describeFilter(ctx, mine.programs), where: t(mine.ping.kind === 'dm' ? 'notify.byDm' : 'notify.inChat') }) +
            (mine.profileSubmittedAt ? `\n${t('notify.profile', { when: formatTieBreak(mine.profileSubmittedAt, ctx.lang) })}` : '')
          : t('settings.mineOff'),
      },
      { name: t('settings.language'), value: ctx.lang === 'fr' ? 'Français' : 'English' },
    ];
    return { title: t('settings.title'), fields };
  },
} satisfies CommandDefinition;
