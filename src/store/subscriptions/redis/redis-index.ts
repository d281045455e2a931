import { pingChat, type ChatSubscription, type ScoreThreshold } from '../../../domain/subscription.ts';
import { chatScope, thresholdScope } from '../match-cache.ts';
import { programTags } from '../records.ts';

/** Where a record is filed, relative to the store's prefix (read by the APPLY script). */
export interface RedisIndex {
  /** Sets the record's key is a member of. */
  s: string[];
  /** Sorted sets, with the member's score. */
  z: [string, number][];
  /** Version counters to bump when the record is filed or unfiled. */
  v: string[];
  /** Its kind's count. */
  n: string;
}

/** Active chats of a program tag. */
export const chatTagSet = (tag: string): string => `cp:${tag}`;
/** Every subscription (thread) of one chat. */
export const chatSet = (platform: string, chatId: string): string => `cx:${platform}:${chatId}`;
/** Thresholds of a program tag, scored by their score. */
export const thresholdTagSet = (tag: string): string => `tp:${tag}`;
/** Thresholds whose ping is posted in one chat. */
export const pingSet = (platform: string, chatId: string): string => `tm:${platform}:${chatId}`;
export const versionKey = (scope: string): string => `v:${scope}`;
export const CHAT_COUNT = 'n:c';
export const THRESHOLD_COUNT = 'n:t';

export function chatIndex(s: ChatSubscription): RedisIndex {
  const tags = s.paused ? [] : programTags(s.programs);
  return { s: [...tags.map(chatTagSet), chatSet(s.platform, s.chatId)], z: [], v: tags.map((t) => versionKey(chatScope(t))), n: CHAT_COUNT };
}

export function thresholdIndex(t: ScoreThreshold): RedisIndex {
  const tags = programTags(t.programs);
  const chat = pingChat(t.ping);
  return {
    s: chat ? [pingSet(t.platform, chat.chatId)] : [],
    z: tags.map((tag) => [thresholdTagSet(tag), t.score]),
    v: tags.map((tag) => versionKey(thresholdScope(tag))),
    n: THRESHOLD_COUNT,
  };
}
