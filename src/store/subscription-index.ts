import type { Lang } from '../config/programs.ts';
import { chatSubscriptionKey, pingChat, thresholdKey, type ChatSubscription, type PingTarget, type ScoreThreshold } from '../domain/subscription.ts';

/** What matching needs of a chat subscription. */
export type ChatTarget = Pick<ChatSubscription, 'key' | 'platform' | 'chatId' | 'threadId' | 'lang'>;
/** What matching needs of a personal threshold. */
export type ThresholdTarget = Pick<ScoreThreshold, 'key' | 'platform' | 'userId' | 'score' | 'ping' | 'profileSubmittedAt' | 'lang'>;

/**
 * Index entries are stored as short tuples, not objects: an index of 100 000 entries is then a
 * few megabytes of JSON instead of tens, which is what a cold match spends its time parsing.
 */
export type ChatTuple = [platform: string, chatId: string, threadId: string | null, lang: Lang];
/** pingChatId null = direct message; with `dm` 1, a direct message whose fallback is pingChatId (tuples written before it have 7 elements). */
export type ThresholdTuple = [platform: string, userId: string, score: number, pingChatId: string | null, pingThreadId: string | null, profileSubmittedAt: string | null, lang: Lang, dm?: 1];

export const encodeChat = (s: ChatSubscription): ChatTuple => [s.platform, s.chatId, s.threadId, s.lang];
export const chatTupleKey = (t: ChatTuple): string => chatSubscriptionKey(t[0], t[1], t[2]);
export const decodeChat = (t: ChatTuple): ChatTarget => ({ key: chatTupleKey(t), platform: t[0], chatId: t[1], threadId: t[2], lang: t[3] });

export const encodeThreshold = (s: ScoreThreshold): ThresholdTuple => {
  const chat = pingChat(s.ping);
  const tuple: ThresholdTuple = [s.platform, s.userId, s.score, chat?.chatId ?? null, chat?.threadId ?? null, s.profileSubmittedAt, s.lang];
  if (s.ping.kind === 'dm' && chat) tuple.push(1);
  return tuple;
};
const decodePing = (t: ThresholdTuple): PingTarget => {
  const chat = t[3] === null ? null : { chatId: t[3], threadId: t[4] };
  return chat === null || t[7] === 1 ? { kind: 'dm', fallback: chat } : { kind: 'mention', ...chat };
};
export const thresholdTupleKey = (t: ThresholdTuple): string => thresholdKey(t[0], t[1]);
export const decodeThreshold = (t: ThresholdTuple): ThresholdTarget => ({
  key: thresholdTupleKey(t),
  platform: t[0],
  userId: t[1],
  score: t[2],
  ping: decodePing(t),
  profileSubmittedAt: t[5],
  lang: t[6],
});

/** Thresholds sorted by score, highest first → those at or above `minScore` (binary search). */
export function atOrAbove<T extends { score: number }>(sorted: readonly T[], minScore: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as T).score >= minScore) lo = mid + 1;
    else hi = mid;
  }
  return sorted.slice(0, lo);
}
