import type { Limiter, PauseScope } from '../../delivery/limiter.ts';
import { isTelegramGroup } from './limits.ts';

/**
 * Telegram's 429 does not say which limit it was. Our lane keeps every chat under its own limit,
 * so a 429 is the chat's only when another message went to that chat very recently (or its group
 * minute is full); otherwise it can only be the bot-wide limit (another process on the token, a
 * stricter limit than published), and the whole lane pauses.
 */
export function telegramPauseScope(lane: Limiter, chatId: string): PauseScope {
  return lane.chatMayBeLimited(chatId, isTelegramGroup(chatId)) ? { chatId } : 'global';
}
