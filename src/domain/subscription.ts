import type { Lang } from '../config/programs.ts';
import type { ProgramCode } from './draw.ts';

/** Which programs a subscription follows. */
export type ProgramFilter = 'all' | ProgramCode[];

/** Why a chat's alerts are held back (e.g. the bot lost the right to post), and since when (ISO). */
export interface ChatPause {
  reason: string;
  since: string;
}

/** A chat, channel or forum topic that receives an alert for every new draw of its programs. */
export interface ChatSubscription {
  /** `<platform>:<chatId>:<threadId or empty>` */
  key: string;
  platform: string;
  chatId: string;
  threadId: string | null;
  programs: ProgramFilter;
  lang: Lang;
  createdBy: string;
  createdAt: string;
  /** Not null: matching skips the chat until it is resumed; /settings can say why. */
  paused: ChatPause | null;
}

/** What callers write: `paused` may be left out, meaning "not paused" (as in records written before it existed). */
export type ChatSubscriptionInput = Omit<ChatSubscription, 'paused'> & { paused?: ChatPause | null };

/** A chat (and optional thread or topic) where a ping is posted. */
export interface PingChat {
  chatId: string;
  threadId: string | null;
}

/**
 * Where a personal ping goes: a direct message, or a mention in the chat where it was set.
 * Discord pings by DM and, when the user's DMs are closed, falls back to a mention in the
 * channel where `/notify` was used (`fallback`). Records written before `fallback` existed read
 * as `{ kind: 'dm' }`: treat a missing fallback as null.
 */
export type PingTarget = { kind: 'dm'; fallback: PingChat | null } | ({ kind: 'mention' } & PingChat);

/** "Ping me when a draw's cutoff is at or below my score." */
export interface ScoreThreshold {
  /** `<platform>:<userId>` */
  key: string;
  platform: string;
  userId: string;
  userName: string | null;
  score: number;
  programs: ProgramFilter;
  ping: PingTarget;
  /** When the user's Express Entry profile was submitted (ISO), to judge a tie at the cutoff. */
  profileSubmittedAt: string | null;
  lang: Lang;
  createdAt: string;
}

export const chatSubscriptionKey = (platform: string, chatId: string, threadId: string | null): string => `${platform}:${chatId}:${threadId ?? ''}`;
export const thresholdKey = (platform: string, userId: string): string => `${platform}:${userId}`;

/** The chat a ping is posted in (a mention, or a DM's fallback), or null for a DM alone. */
export const pingChat = (ping: PingTarget): PingChat | null => (ping.kind === 'mention' ? { chatId: ping.chatId, threadId: ping.threadId } : (ping.fallback ?? null));

export const followsProgram = (filter: ProgramFilter, program: ProgramCode): boolean => filter === 'all' || filter.includes(program);
