import type { Logger } from '../../log.ts';
import type { SubscriptionStore } from '../../store/subscription-store.ts';

/**
 * A Telegram group became a supergroup and got a new id. The one path for it, whether Telegram
 * said so in an update (`migrate_to_chat_id` message) or in the answer to a send: the chat's
 * subscriptions (every topic) and the pings posted in it move to the new id. Idempotent.
 */
export async function followMigration(subscriptions: Pick<SubscriptionStore, 'moveChat'>, fromId: string, toId: string, log: Logger): Promise<string[]> {
  const moved = await subscriptions.moveChat('telegram', fromId, toId);
  log.info({ from: fromId, to: toId, moved: moved.length }, 'group migrated to a supergroup: its alerts and pings follow it');
  return moved;
}
