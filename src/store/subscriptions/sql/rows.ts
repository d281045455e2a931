import type { Lang } from '../../../config/programs.ts';
import type { ChatSubscription, PingTarget, ScoreThreshold } from '../../../domain/subscription.ts';
import { pingChat } from '../../../domain/subscription.ts';
import type { ChatTarget, ThresholdTarget } from '../../subscription-store.ts';
import { filterOfTags, programTags } from '../records.ts';

/** Columns of `ee_sub_chats`, in the order `chatValues` gives them. */
export const CHAT_COLUMNS = ['key', 'platform', 'chat_id', 'thread_id', 'programs', 'lang', 'created_by', 'created_at', 'paused_reason', 'paused_since'] as const;
/** Columns of `ee_sub_thresholds`, in the order `thresholdValues` gives them. */
export const THRESHOLD_COLUMNS = ['key', 'platform', 'user_id', 'user_name', 'score', 'programs', 'ping_kind', 'ping_chat_id', 'ping_thread_id', 'profile_submitted_at', 'lang', 'created_at'] as const;

/** A row of `ee_sub_chats` as the drivers return it. */
export interface ChatRow {
  key: string;
  platform: string;
  chat_id: string;
  thread_id: string | null;
  programs: string;
  lang: string;
  created_by: string;
  created_at: string;
  paused_reason: string | null;
  paused_since: string | null;
}

/** A row of `ee_sub_thresholds` as the drivers return it. */
export interface ThresholdRow {
  key: string;
  platform: string;
  user_id: string;
  user_name: string | null;
  score: number;
  programs: string;
  ping_kind: string;
  ping_chat_id: string | null;
  ping_thread_id: string | null;
  profile_submitted_at: string | null;
  lang: string;
  created_at: string;
}

export const chatValues = (s: ChatSubscription): unknown[] => [
  s.key,
  s.platform,
  s.chatId,
  s.threadId,
  programTags(s.programs).join(' '),
  s.lang,
  s.createdBy,
  s.createdAt,
  s.paused?.reason ?? null,
  s.paused?.since ?? null,
];

export function thresholdValues(t: ScoreThreshold): unknown[] {
  const chat = pingChat(t.ping);
  return [t.key, t.platform, t.userId, t.userName, t.score, programTags(t.programs).join(' '), t.ping.kind, chat?.chatId ?? null, chat?.threadId ?? null, t.profileSubmittedAt, t.lang, t.createdAt];
}

export const chatOfRow = (r: ChatRow): ChatSubscription => ({
  key: r.key,
  platform: r.platform,
  chatId: r.chat_id,
  threadId: r.thread_id,
  programs: filterOfTags(r.programs),
  lang: r.lang as Lang,
  createdBy: r.created_by,
  createdAt: r.created_at,
  paused: r.paused_reason === null ? null : { reason: r.paused_reason, since: r.paused_since ?? '' },
});

export const chatTargetOfRow = (r: Pick<ChatRow, 'key' | 'platform' | 'chat_id' | 'thread_id' | 'lang'>): ChatTarget => ({
  key: r.key,
  platform: r.platform,
  chatId: r.chat_id,
  threadId: r.thread_id,
  lang: r.lang as Lang,
});

function pingOfRow(r: Pick<ThresholdRow, 'ping_kind' | 'ping_chat_id' | 'ping_thread_id'>): PingTarget {
  const chat = r.ping_chat_id === null ? null : { chatId: r.ping_chat_id, threadId: r.ping_thread_id };
  return r.ping_kind === 'mention' && chat ? { kind: 'mention', ...chat } : { kind: 'dm', fallback: chat };
}

export const thresholdOfRow = (r: ThresholdRow): ScoreThreshold => ({
  key: r.key,
  platform: r.platform,
  userId: r.user_id,
  userName: r.user_name,
  score: Number(r.score),
  programs: filterOfTags(r.programs),
  ping: pingOfRow(r),
  profileSubmittedAt: r.profile_submitted_at,
  lang: r.lang as Lang,
  createdAt: r.created_at,
});

export type ThresholdTargetRow = Pick<ThresholdRow, 'key' | 'platform' | 'user_id' | 'score' | 'ping_kind' | 'ping_chat_id' | 'ping_thread_id' | 'profile_submitted_at' | 'lang'>;
export const thresholdTargetOfRow = (r: ThresholdTargetRow): ThresholdTarget => ({
  key: r.key,
  platform: r.platform,
  userId: r.user_id,
  score: Number(r.score),
  ping: pingOfRow(r),
  profileSubmittedAt: r.profile_submitted_at,
  lang: r.lang as Lang,
});

/** `col = excluded.col` for every column but the key: the SET of an upsert. */
export const excludedSet = (columns: readonly string[]): string =>
  columns
    .filter((c) => c !== 'key')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
