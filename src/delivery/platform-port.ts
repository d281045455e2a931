import type { Reply } from '../reply/reply.ts';
import type { Destination } from '../domain/outbox.ts';
import type { AcquireOptions, Limiter } from './limiter.ts';

export type { PlatformLimits } from './platform-limits.ts';

/** Why a send failed, as the delivery worker needs to know it. */
export type DeliveryFailure =
  /** 429: wait this long, then try again (`scope` chat: only this chat is limited). */
  | { kind: 'rate-limited'; retryAfterMs: number; scope: 'global' | 'chat' }
  /** The chat or user is gone for good (bot blocked or removed, chat deleted): never retry; its subscription is removed. */
  | { kind: 'gone'; reason: string }
  /** The bot may not post there for now (a missing permission): the subscription is paused, and says why, until someone fixes it. */
  | { kind: 'forbidden'; reason: string }
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

/** A message the platform accepted. */
export interface Sent {
  messageId: string;
  /** Where it really went, when not `dest.chatId`: a Discord DM channel, the new id of a Telegram group that migrated. Edits go there. */
  chatId?: string;
}

/**
 * What a platform adapter offers the delivery worker. Implementations throw DeliveryError for
 * every failure they can classify; anything else is treated as transient.
 */
export interface PlatformPort {
  readonly name: string;
  /** The platform's one outbound lane, shared with command replies: the worker takes a permit here before every send or edit. */
  readonly lane: Limiter;
  /** How alerts and pings count against the lane (Telegram's paid broadcasts have a rate of their own). */
  readonly alertPermit?: Pick<AcquireOptions, 'paid'>;
  /** Sends worth having in flight at once to keep up with the lane's rate (default: the worker's own); also bounds duplicates after a crash. */
  readonly inFlight?: number;
  /** Whether a chat id is a group/channel (the per-group limit applies) rather than a private chat. */
  isGroup(chatId: string): boolean;
  send(dest: Destination, message: Reply): Promise<Sent>;
  edit(dest: Destination, messageId: string, message: Reply): Promise<void>;
}
