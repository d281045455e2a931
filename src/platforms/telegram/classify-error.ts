import { GrammyError, HttpError } from 'grammy';
import { DeliveryError, type DeliveryFailure } from '../../delivery/platform-port.ts';

const GONE =
  /bot was blocked|bot was kicked|chat not found|user is deactivated|not enough rights|have no rights|need administrator rights|bot is not a member|CHAT_WRITE_FORBIDDEN|group chat was deleted|PEER_ID_INVALID/i;

/** A grammY error as the delivery worker needs it. */
export function classifyTelegramError(err: unknown): DeliveryFailure {
  if (err instanceof GrammyError) {
    const migrate = err.parameters.migrate_to_chat_id;
    if (migrate !== undefined) return { kind: 'migrated', newChatId: String(migrate) };
    if (err.error_code === 429) return { kind: 'rate-limited', retryAfterMs: (err.parameters.retry_after ?? 1) * 1000, scope: 'chat' };
    if (err.error_code === 403 || GONE.test(err.description)) return { kind: 'gone', reason: err.description };
    if (err.error_code >= 500) return { kind: 'transient', reason: err.description };
    return { kind: 'rejected', reason: err.description };
  }
  if (err instanceof HttpError) return { kind: 'transient', reason: err.message };
  return { kind: 'transient', reason: (err as Error).message };
}

export const toDeliveryError = (err: unknown): DeliveryError => new DeliveryError(classifyTelegramError(err), { cause: err });
