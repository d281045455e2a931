import type { Destination, OutboxEntry } from '../domain/outbox.ts';
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
 * Telegram moved a group to a supergroup with a new id: the chat's subscriptions (every thread)
 * and the thresholds that ping in it follow, in one step of the store (`moveChat`).
 */
export async function migrateSubscriptions(subs: SubscriptionStore, entry: OutboxEntry, oldChatId: string, newChatId: string): Promise<string[]> {
  return subs.moveChat(entry.destination.platform, oldChatId, newChatId);
}
