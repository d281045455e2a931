import { perSecond, type PlatformLimits } from '../../delivery/platform-limits.ts';

/**
 * Telegram's published limits: about 30 messages a second overall, one a second to a private
 * chat, 20 a minute to a group or channel; paid broadcasts (`allow_paid_broadcast`, charged in
 * Telegram Stars) up to 1,000 a second, still one a second per chat.
 */
export const TELEGRAM_LIMITS: PlatformLimits = { globalPerSecond: 30, perChat: perSecond(1), perGroup: { size: 20, spanMs: 60_000 }, paidPerSecond: 1000 };

/** Group, supergroup and channel ids are negative on Telegram; private chats are the user's positive id. */
export const isTelegramGroup = (chatId: string): boolean => chatId.startsWith('-');

/** Telegram's ids: a chat is a user's positive id or a group's negative one; topics are message ids. */
export const TELEGRAM_ID_SHAPES = { chat: /^-?\d{1,20}$/, user: /^\d{1,20}$/, thread: /^\d{1,21}$/ };
