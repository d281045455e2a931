import type { Destination, OutboxEntry } from '../domain/outbox.ts';
import type { SubscriptionStore } from '../store/subscription-store.ts';

/**
 * The destination is gone for good (bot blocked or kicked, chat deleted): a personal ping loses
 * its threshold; a chat loses every subscription it has (all its topics).
 * `dest` is where the entry was last sent. Returns the keys removed.
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
 * The bot may not post in the chat for now (a permission is missing): the chat subscription is
 * paused with the reason, so the next /subscribe or /settings there can say what to fix. A ping is
 * left as it is (its own delivery failed; the user keeps their threshold). Returns whether a
 * subscription was paused.
 */
export async function pauseSubscription(subs: SubscriptionStore, entry: OutboxEntry, reason: string): Promise<boolean> {
  if (entry.alert !== 'chat') return false;
  return subs.setChatPaused(entry.subscriptionKey, reason);
}
