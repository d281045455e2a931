import type { Reply } from '../reply/reply.ts';
import type { Lang } from '../config/programs.ts';
import type { DrawEventKind } from './draw.ts';
import type { PingChat } from './subscription.ts';

/** Where one message goes. */
export interface Destination {
  platform: string;
  chatId: string;
  threadId: string | null;
  /** Mention this user in the message (a personal ping posted in a chat). */
  mentionUserId: string | null;
  /**
   * Present for a personal ping by direct message: `chatId` is then the user's id. Where the
   * platform needs a DM channel opened first (Discord) or the user's DMs are closed, the adapter
   * handles it; closed DMs become a mention in `fallback` (never both), or fail as gone without one.
   */
  dm?: { fallback: PingChat | null };
}

export const destinationKey = (d: Destination): string => `${d.platform}:${d.chatId}:${d.threadId ?? ''}:${d.mentionUserId ?? ''}`;

/** What the subscriber gets: a draw alert to a chat, or a personal score ping. */
export type AlertKind = 'chat' | 'ping';

/**
 * One message to one destination, written before anything is sent. `id` is the idempotency key
 * (draw × destination × kind): writing it twice is harmless, sending it twice is what we prevent.
 */
export interface OutboxEntry {
  id: string;
  drawId: string;
  event: DrawEventKind | 'followup';
  alert: AlertKind;
  destination: Destination;
  /** The subscription or threshold this came from (removed when the destination is gone for good). */
  subscriptionKey: string;
  message: Reply;
  /** For an edit: the outbox id of the message whose platform message is edited. */
  editOf: string | null;
  /** The language the message was written in (edits keep it). */
  lang: Lang;
  /** For a personal ping: the score it was judged with (edits and follow-ups re-judge it). */
  ping: { score: number; profileSubmittedAt: string | null } | null;
  createdAt: string;
}

/** What happened to an entry. Written after the send. */
export interface DeliveryState {
  status: 'pending' | 'sent' | 'dropped';
  attempts: number;
  /** Not before this instant (ISO) after a 429 or a transient failure. */
  nextAttemptAt: string | null;
  /** The platform's message id, kept so a confirmation or correction can edit the message. */
  messageId: string | null;
  /** Where the message really went when not the destination's chat (a Discord DM channel, a migrated Telegram group): edits go there. */
  sentTo?: string | null;
  lastError: string | null;
  updatedAt: string;
}

export const entryId = (drawId: string, event: OutboxEntry['event'], alert: AlertKind, dest: Destination): string => `${drawId}|${event}|${alert}|${destinationKey(dest)}`;
