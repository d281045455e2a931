import type { Destination, OutboxEntry } from '../domain/outbox.ts';
import { chatSubscriptionKey } from '../domain/subscription.ts';
import type { SubscriptionStore } from '../store/subscription-store.ts';

/**
 * The destination is gone for good (bot blocked or kicked, chat deleted, no rights): a personal
 * ping loses its threshold; a chat loses every subscription it has (all its topics).
 * `dest` is where the entry was last sent (after any migration). Returns the keys removed.
 */
export async function removeSubscription(subs: SubscriptionStore, entry: OutboxEntry, dest: Destination = entry.destination): Promise<string[]> {
  if (entry.alert === 'ping') return (await subs.deleteThreshold(entry.subscriptionKey)) ? [entry.subscriptionKey] : [];
  const { platform, chatId } = dest;
  const keys = new Set([entry.subscriptionKey, ...(await subs.chatsOf(platform, chatId)).map((s) => s.key)]);
  const removed: string[] = [];
  for (const key of keys) if (await subs.deleteChat(key)) removed.push(key);
  return removed;
}

/**
 * Telegram moved a group to a supergroup with a new id: the chat's subscriptions follow it
 * (written under the new key before the old one is deleted, so a crash in between loses nothing),
 * and so does the threshold of a ping that mentions its user in that chat.
 */
export async function migrateSubscriptions(subs: SubscriptionStore, entry: OutboxEntry, oldChatId: string, newChatId: string): Promise<string[]> {
  const { platform } = entry.destination;
  const moved: string[] = [];
  for (const sub of await subs.chatsOf(platform, oldChatId)) {
    const key = chatSubscriptionKey(platform, newChatId, sub.threadId);
    await subs.putChat({ ...sub, key, chatId: newChatId });
    await subs.deleteChat(sub.key);
    moved.push(key);
  }
  if (entry.alert === 'ping') {
    const t = await subs.getThreshold(entry.subscriptionKey);
    if (t && t.ping.kind === 'mention' && t.ping.chatId === oldChatId) {
      await subs.putThreshold({ ...t, ping: { ...t.ping, chatId: newChatId } });
      moved.push(t.key);
    }
  }
  return moved;
}
