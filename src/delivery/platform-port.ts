import type { Reply } from '../../commands/types.ts';
import type { Destination } from '../domain/outbox.ts';

/** A platform's published limits; the delivery limiter stays under them. */
export interface PlatformLimits {
  /** Messages per second across all chats. */
  globalPerSecond: number;
  /** Messages per second to one chat. */
  perChatPerSecond: number;
  /** Messages per minute to one group or channel (Telegram: 20). */
  perGroupPerMinute: number;
}

export const TELEGRAM_LIMITS: PlatformLimits = { globalPerSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20 };
export const DISCORD_LIMITS: PlatformLimits = { globalPerSecond: 50, perChatPerSecond: 5, perGroupPerMinute: 120 };

/** Why a send failed, as the delivery worker needs to know it. */
export type DeliveryFailure =
  /** 429: wait this long, then try again (`scope` chat: only this chat is limited). */
  | { kind: 'rate-limited'; retryAfterMs: number; scope: 'global' | 'chat' }
  /** Bot blocked, chat not found, kicked, no rights (Discord 10003/50001/50013): never retry; drop the subscription. */
  | { kind: 'gone'; reason: string }
  /** Telegram: the group became a supergroup with a new id. */
  | { kind: 'migrated'; newChatId: string }
  /** Network error, 5xx: back off and retry. */
  | { kind: 'transient'; reason: string }
  /** The message itself is refused (e.g. an edit of a deleted message): do not retry it. */
  | { kind: 'rejected'; reason: string };

export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    readonly failure: DeliveryFailure,
    options?: { cause?: unknown },
  ) {
    super(`${failure.kind}${'reason' in failure ? `: ${failure.reason}` : ''}`, options);
  }
}

/**
 * What a platform adapter offers the delivery worker. Implementations throw DeliveryError for
 * every failure they can classify; anything else is treated as transient.
 */
export interface PlatformPort {
  readonly name: string;
  readonly limits: PlatformLimits;
  /** Whether a chat id is a group/channel (the per-group limit applies) rather than a private chat. */
  isGroup(chatId: string): boolean;
  send(dest: Destination, message: Reply): Promise<{ messageId: string }>;
  edit(dest: Destination, messageId: string, message: Reply): Promise<void>;
}
