import type { Transformer } from 'grammy';
import type { Limiter, Priority } from '../../delivery/limiter.ts';
import type { Logger } from '../../log.ts';
import { isTelegramGroup } from './limits.ts';
import { telegramPauseScope } from './rate-limit-scope.ts';

/** Methods that post or change a message somewhere: each takes a permit of the lane. */
const MESSAGE_METHODS = new Set([
  'sendMessage',
  'sendPhoto',
  'sendDocument',
  'sendAnimation',
  'sendMediaGroup',
  'copyMessage',
  'forwardMessage',
  'editMessageText',
  'editMessageCaption',
  'editMessageReplyMarkup',
  'answerCallbackQuery',
]);

export interface PacedApiOptions {
  lane: Limiter;
  /** Command replies go first. */
  priority: Priority;
  /** A message the user asked for is retried after each 429 until it is this old, then given up and logged (default 5 min). */
  staleMs?: number;
  logger: Logger;
  now?: () => number;
}

/** The chat a method writes to; a callback answer is not a chat message, so each counts only against the global rate. */
function chatOf(method: string, payload: Record<string, unknown>): string {
  if (method === 'answerCallbackQuery') return `callback:${String(payload['callback_query_id'])}`;
  return String(payload['chat_id']);
}

/**
 * A grammY API transformer that sends every message-writing call of the bot (command replies,
 * button answers) through the platform's one outbound lane, the same lane the alert worker uses:
 * never over Telegram's limits, replies ahead of alerts. A 429 pauses the chat or the whole lane
 * for `retry_after` and the call is tried again, so nothing a user asked for is lost to a 429.
 */
export function pacedApi({ lane, priority, staleMs = 5 * 60_000, logger, now = Date.now }: PacedApiOptions): Transformer {
  return async (prev, method, payload, signal) => {
    if (!MESSAGE_METHODS.has(method)) return prev(method, payload, signal);
    const chatId = chatOf(method, payload);
    const group = isTelegramGroup(chatId);
    const since = now();
    for (let tries = 1; ; tries++) {
      // grammY types its signal with the abort-controller shim; at run time it is Node's own.
      const permit = await lane.acquire(chatId, group, { priority, ...(signal ? { signal: signal as unknown as AbortSignal } : {}) });
      permit.start();
      const res = await prev(method, payload, signal).finally(() => permit.finish());
      if (res.ok || res.error_code !== 429) return res;
      const retryAfterMs = Math.max(1, res.parameters?.retry_after ?? 1) * 1000;
      const scope = telegramPauseScope(lane, chatId);
      lane.pause(scope, retryAfterMs);
      if (now() - since + retryAfterMs > staleMs) {
        logger.error({ method, chat: chatId, tries, retryAfterMs }, 'a reply could not be sent before it went stale (Telegram kept answering 429); given up');
        return res;
      }
      logger.warn({ method, chat: chatId, tries, retryAfterMs, scope: scope === 'global' ? 'global' : 'chat' }, 'Telegram answered 429; the reply waits and is sent again');
    }
  };
}
