import { GrammyError, type Api } from 'grammy';
import type { Limiter, Permit } from '../../delivery/limiter.ts';
import type { PlatformPort, Sent } from '../../delivery/platform-port.ts';
import type { Destination } from '../../domain/outbox.ts';
import type { Reply } from '../../reply/reply.ts';
import { toDeliveryError } from './classify-error.ts';
import { isTelegramGroup } from './limits.ts';
import { renderHtml } from './render-html.ts';
import { postReply } from './send-reply.ts';

export interface TelegramPortDeps {
  /** An Api without auto-retry: 429s reach the delivery worker, which owns the lane's pauses and retries. */
  api: Api;
  /** The platform's one outbound lane (shared with command replies). */
  lane: Limiter;
  /** Send alerts as paid broadcasts (`allow_paid_broadcast`), paced at Telegram's paid rate. */
  paidBroadcast: boolean;
  /** A group moved to a new id: its subscriptions follow (called once per move, before the resend). */
  onMigrated(fromId: string, toId: string): Promise<void>;
}

/** How many times one send follows a migration before giving up (a group migrates once; two covers a race). */
const MAX_HOPS = 2;

/**
 * Delivery through the Bot API. A migrated group is Telegram's own idea, so it is handled here:
 * the subscriptions move, the message goes to the new id (with a permit of its own), and later
 * sends and edits to the old id go to the new one.
 */
export function createTelegramPort(deps: TelegramPortDeps): PlatformPort {
  const { api, lane, paidBroadcast } = deps;
  const movedTo = new Map<string, string>();
  const current = (chatId: string) => movedTo.get(chatId) ?? chatId;
  const mention = (dest: Destination) => (dest.mentionUserId ? { userId: dest.mentionUserId, name: '🔔' } : null);
  const sendOnce = async (chatId: string, dest: Destination, reply: Reply): Promise<string> =>
    String(await postReply(api, { chatId, threadId: dest.threadId ? Number(dest.threadId) : undefined, mention: mention(dest), paidBroadcast }, reply));

  return {
    name: 'telegram',
    lane,
    // 1,000 messages a second at ~50 ms a request needs about 50 sends in flight.
    ...(paidBroadcast ? { alertPermit: { paid: true }, inFlight: 64 } : {}),
    isGroup: isTelegramGroup,
    async send(dest, reply): Promise<Sent> {
      let chatId = current(dest.chatId);
      // The caller holds a permit for the first try; a resend to a migrated group takes its own.
      let permit: Permit | null = null;
      for (let hop = 0; ; hop++) {
        try {
          const messageId = await sendOnce(chatId, dest, reply);
          permit?.finish();
          return chatId === dest.chatId ? { messageId } : { messageId, chatId };
        } catch (err) {
          permit?.finish();
          const to = err instanceof GrammyError ? err.parameters.migrate_to_chat_id : undefined;
          if (to === undefined || hop >= MAX_HOPS) throw toDeliveryError(err, lane, chatId);
          movedTo.set(dest.chatId, String(to));
          await deps.onMigrated(chatId, String(to));
          chatId = String(to);
          permit = await lane.acquire(chatId, true, { priority: 'alert', ...(paidBroadcast ? { paid: true } : {}) });
          permit.start();
        }
      }
    },
    async edit(dest, messageId, reply) {
      const chatId = current(dest.chatId);
      try {
        await api.editMessageText(chatId, Number(messageId), renderHtml(reply, { mention: mention(dest) }), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
      } catch (err) {
        // The message already says exactly this: the edit has nothing left to do.
        if (err instanceof GrammyError && /message is not modified/i.test(err.description)) return;
        throw toDeliveryError(err, lane, chatId);
      }
    },
  };
}
