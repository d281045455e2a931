import type { ChatMemberUpdated } from 'grammy/types';
import type { Logger } from '../../log.ts';
import { thresholdKey } from '../../domain/subscription.ts';
import type { SubscriptionStore } from '../../store/subscription-store.ts';

/** The bot removed from a group or channel, or blocked in a private chat: that chat's alerts stop. */
export async function handleMembership(update: ChatMemberUpdated, subs: SubscriptionStore, log: Logger): Promise<void> {
  const status = update.new_chat_member.status;
  if (status !== 'kicked' && status !== 'left') return;
  const chatId = String(update.chat.id);
  const removed = await subs.chatsOf('telegram', chatId);
  for (const s of removed) await subs.deleteChat(s.key);
  let threshold = false;
  if (update.chat.type === 'private') threshold = await subs.deleteThreshold(thresholdKey('telegram', chatId));
  log.info({ chat: chatId, status, subscriptions: removed.length, threshold }, 'the bot left or was blocked: alerts for this chat removed');
}

/** A group became a supergroup: its subscriptions, and the pings posted in it, move to the new id. */
export async function handleMigration(fromId: number, toId: number, subs: SubscriptionStore, log: Logger): Promise<void> {
  const moved = await subs.moveChat('telegram', String(fromId), String(toId));
  log.info({ from: fromId, to: toId, moved: moved.length }, 'group migrated to a supergroup: subscriptions moved');
}
