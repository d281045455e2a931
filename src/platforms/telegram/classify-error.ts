import { GrammyError, HttpError } from 'grammy';
import type { Limiter } from '../../delivery/limiter.ts';
import { DeliveryError, type DeliveryFailure } from '../../delivery/platform-port.ts';
import { telegramPauseScope } from './rate-limit-scope.ts';

const GONE = /bot was blocked|bot was kicked|chat not found|user is deactivated|bot is not a member|group chat was deleted|PEER_ID_INVALID/i;
const FORBIDDEN = /not enough rights|have no rights|need administrator rights|CHAT_WRITE_FORBIDDEN|CHAT_SEND_[A-Z_]+_FORBIDDEN/i;

/** A grammY error as the delivery worker needs it; `lane` tells a chat's own 429 from the bot-wide one. */
export function classifyTelegramError(err: unknown, lane: Limiter, chatId: string): DeliveryFailure {
  if (err instanceof GrammyError) {
    if (err.error_code === 429) {
      const scope = telegramPauseScope(lane, chatId);
      return { kind: 'rate-limited', retryAfterMs: Math.max(1, err.parameters.retry_after ?? 1) * 1000, scope: scope === 'global' ? 'global' : 'chat' };
    }
    // Still a member but may not post (a restricted bot, a channel where it is no longer admin): pause, do not forget.
    if (FORBIDDEN.test(err.description)) return { kind: 'forbidden', reason: err.description };
    if (err.error_code === 403 || GONE.test(err.description)) return { kind: 'gone', reason: err.description };
    if (err.error_code >= 500) return { kind: 'transient', reason: err.description };
    return { kind: 'rejected', reason: err.description };
  }
  if (err instanceof HttpError) return { kind: 'transient', reason: err.message };
  return { kind: 'transient', reason: (err as Error).message };
}

export const toDeliveryError = (err: unknown, lane: Limiter, chatId: string): DeliveryError => new DeliveryError(classifyTelegramError(err, lane, chatId), { cause: err });
