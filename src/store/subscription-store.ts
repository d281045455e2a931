import type { ProgramCode } from '../domain/draw.ts';
import type { ChatSubscription, ChatSubscriptionInput, ScoreThreshold } from '../domain/subscription.ts';

/** What matching needs of a chat subscription. */
export type ChatTarget = Pick<ChatSubscription, 'key' | 'platform' | 'chatId' | 'threadId' | 'lang'>;
/** What matching needs of a personal threshold. */
export type ThresholdTarget = Pick<ScoreThreshold, 'key' | 'platform' | 'userId' | 'score' | 'ping' | 'profileSubmittedAt' | 'lang'>;

/** How many chat subscriptions and personal thresholds the store holds (doctor, /healthz). */
export interface SubscriptionCounts {
  chats: number;
  thresholds: number;
}

/** What `importAll` did: records new to the store, records it replaced, records it already had as given. */
export interface ImportResult {
  added: number;
  changed: number;
  unchanged: number;
}

/** How `importAll` reports on a long import. */
export interface ImportOptions {
  /** Called as the import goes (records handled so far, of `total`), for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Chat subscriptions and personal thresholds. Every engine (memory, SQLite, PostgreSQL, Redis)
 * implements it with its own strengths (decision 0007): one change touches a bounded amount of
 * data, matching reads only what it returns, and a per-process cache of matches is dropped
 * cheaply when another process changes what it holds.
 */
export interface SubscriptionStore {
  getChat(key: string): Promise<ChatSubscription | undefined>;
  /** Adds or replaces one chat subscription (its `paused` left out = not paused). */
  putChat(sub: ChatSubscriptionInput): Promise<void>;
  /** Many at once, in one transaction. */
  putChats(subs: ChatSubscriptionInput[]): Promise<void>;
  deleteChat(key: string): Promise<boolean>;
  /** Holds a chat's alerts back (`reason`) or resumes them (null); false when there is no such subscription. */
  setChatPaused(key: string, reason: string | null): Promise<boolean>;
  getThreshold(key: string): Promise<ScoreThreshold | undefined>;
  putThreshold(t: ScoreThreshold): Promise<void>;
  putThresholds(ts: ScoreThreshold[]): Promise<void>;
  deleteThreshold(key: string): Promise<boolean>;
  /** Chats following `program` (or all programs) that are not paused. */
  chatsFor(program: ProgramCode): Promise<ChatTarget[]>;
  /** Thresholds following `program` (or all programs) with a score at or above `minScore`, highest first. */
  thresholdsFor(program: ProgramCode, minScore: number): Promise<ThresholdTarget[]>;
  /** Every subscription of one chat on a platform (all its threads), paused ones included, for /settings and removal. */
  chatsOf(platform: string, chatId: string): Promise<ChatSubscription[]>;
  /** Thresholds whose ping is posted in that chat: a mention there, or a DM falling back to it. */
  mentionsIn(platform: string, chatId: string): Promise<ScoreThreshold[]>;
  /**
   * A chat got a new id (a Telegram group became a supergroup): its subscriptions (every thread)
   * and the thresholds that ping in it move to the new id, atomically. Returns the keys moved
   * (chat subscriptions under their new keys, then thresholds).
   */
  moveChat(platform: string, oldChatId: string, newChatId: string): Promise<string[]>;
  counts(): Promise<SubscriptionCounts>;
  /** Adds or replaces every record given, all or nothing. A record equal to the stored one apart from who created it and when is left as stored. */
  importAll(records: { chats: ChatSubscriptionInput[]; thresholds: ScoreThreshold[] }, opts?: ImportOptions): Promise<ImportResult>;
  close(): Promise<void>;
}
