import { InputFile, type Api } from 'grammy';
import type { Reply } from '../../reply/reply.ts';
import { CAPTION_LIMIT, inlineKeyboard, renderHtml } from './render-html.ts';

/** Where and how a reply is posted: the chat, a forum topic, a user to mention, a paid broadcast. */
export interface PostTarget {
  chatId: string | number;
  threadId?: number | undefined;
  mention?: { userId: string; name: string } | null;
  paidBroadcast?: boolean;
}

/**
 * Posts a reply as Telegram HTML — a photo with its caption when it has an image, else a message;
 * its buttons as an inline keyboard; link previews off. The one way every message is posted,
 * command replies and alerts alike. Returns the message id.
 */
export async function postReply(api: Api, target: PostTarget, reply: Reply): Promise<number> {
  const keyboard = inlineKeyboard(reply);
  const extra = {
    parse_mode: 'HTML' as const,
    link_preview_options: { is_disabled: true },
    ...(target.threadId ? { message_thread_id: target.threadId } : {}),
    ...(keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {}),
    ...(target.paidBroadcast ? { allow_paid_broadcast: true } : {}),
  };
  const mention = target.mention ?? null;
  if (reply.image) {
    const msg = await api.sendPhoto(target.chatId, new InputFile(reply.image.data, reply.image.filename), { ...extra, caption: renderHtml(reply, { mention, limit: CAPTION_LIMIT }) });
    return msg.message_id;
  }
  return (await api.sendMessage(target.chatId, renderHtml(reply, { mention }), extra)).message_id;
}
