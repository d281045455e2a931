import type { Logger } from '../../log.ts';
import type { SubscriptionStore } from '../../store/subscription-store.ts';

/**
 * Channels that are gone for the bot: deleted, or in a server the bot left or was removed from
 * (GUILD_DELETE without `unavailable`; an outage keeps everything). Their subscriptions go; a
 * ping whose fallback was there finds out on its next closed-DM send. Returns the keys removed.
 */
export async function removeChannels(subscriptions: Pick<SubscriptionStore, 'chatsOf' | 'deleteChat'>, channelIds: Iterable<string>, log: Logger, why: string): Promise<string[]> {
  const removed: string[] = [];
  for (const id of channelIds) for (const sub of await subscriptions.chatsOf('discord', id)) if (await subscriptions.deleteChat(sub.key)) removed.push(sub.key);
  if (removed.length > 0) log.info({ removed, why }, 'Discord channels gone: their alerts are removed');
  return removed;
}
