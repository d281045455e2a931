import { Api, GrammyError, InputFile } from 'grammy';
import type { Reply } from '../../../commands/types.ts';
import { TELEGRAM_LIMITS, type PlatformPort } from '../../delivery/platform-port.ts';
import type { Destination } from '../../domain/outbox.ts';
import { toDeliveryError } from './classify-error.ts';
import { CAPTION_LIMIT, inlineKeyboard, renderHtml } from './render-html.ts';

/**
 * Delivery through the Bot API. This Api has no auto-retry: a 429 reaches the delivery worker,
 * whose limiter owns pacing and retry_after for alerts (commands use the bot's own Api).
 */
export function createTelegramPort(token: string, apiRoot: string | undefined): PlatformPort {
  const api = new Api(token, apiRoot ? { apiRoot } : undefined);
  const options = (dest: Destination, reply: Reply) => {
    const keyboard = inlineKeyboard(reply);
    return {
      parse_mode: 'HTML' as const,
      link_preview_options: { is_disabled: true },
      ...(dest.threadId ? { message_thread_id: Number(dest.threadId) } : {}),
      ...(keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {}),
    };
  };
  const mention = (dest: Destination) => (dest.mentionUserId ? { userId: dest.mentionUserId, name: '🔔' } : null);
  return {
    name: 'telegram',
    limits: TELEGRAM_LIMITS,
    isGroup: (chatId) => chatId.startsWith('-'),
    async send(dest, reply) {
      try {
        if (reply.image) {
          const msg = await api.sendPhoto(dest.chatId, new InputFile(reply.image.data, reply.image.filename), {
            ...options(dest, reply),
            caption: renderHtml(reply, { mention: mention(dest), limit: CAPTION_LIMIT }),
          });
          return { messageId: String(msg.message_id) };
        }
        const msg = await api.sendMessage(dest.chatId, renderHtml(reply, { mention: mention(dest) }), options(dest, reply));
        return { messageId: String(msg.message_id) };
      } catch (err) {
        throw toDeliveryError(err);
      }
    },
    async edit(dest, messageId, reply) {
      try {
        await api.editMessageText(dest.chatId, Number(messageId), renderHtml(reply, { mention: mention(dest) }), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
      } catch (err) {
        // The message already says exactly this: the edit has nothing left to do.
        if (err instanceof GrammyError && /message is not modified/i.test(err.description)) return;
        throw toDeliveryError(err);
      }
    },
  };
}
