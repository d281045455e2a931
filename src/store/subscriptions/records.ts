import type { ProgramCode } from '../../domain/draw.ts';
import { chatSubscriptionKey, pingChat, thresholdKey, type ChatSubscription, type ChatSubscriptionInput, type PingTarget, type ProgramFilter, type ScoreThreshold } from '../../domain/subscription.ts';
import { StoreError } from '../store-error.ts';
import type { ChatTarget, ThresholdTarget } from '../subscription-store.ts';

/** The tag of subscriptions that follow every program, beside the program codes. */
export const ALL_TAG = '*';

/** The index tags a filter files a record under: `*` for all programs, else its codes. */
export const programTags = (filter: ProgramFilter): string[] => (filter === 'all' ? [ALL_TAG] : [...new Set(filter)]);
/** Tags stored as one space-separated column or field → the filter. */
export const filterOfTags = (text: string): ProgramFilter => (text === ALL_TAG ? 'all' : text.split(' ').filter((tag): tag is ProgramCode => tag.length > 0));
/** The tags a match of `program` reads: the program's own and the one of "all programs". */
export const matchTags = (program: ProgramCode): [string, string] => [program, ALL_TAG];

const LANGS = new Set(['en', 'fr']);
const PROGRAM = /^[a-z][a-z0-9_]*$/;

function fail(what: string, key: unknown, problem: string): never {
  throw new StoreError(`refused ${what} ${JSON.stringify(key)}: ${problem}`);
}

function checkFilter(what: string, key: string, filter: unknown): void {
  if (filter === 'all') return;
  if (!Array.isArray(filter) || filter.length === 0) fail(what, key, 'programs must be "all" or a non-empty list of program codes');
  for (const p of filter) if (typeof p !== 'string' || !PROGRAM.test(p)) fail(what, key, `"${String(p)}" is not a program code`);
}

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** A chat subscription as the store keeps it (paused filled in), or a StoreError saying what is wrong. */
export function checkChat(sub: ChatSubscriptionInput): ChatSubscription {
  const what = 'the chat subscription';
  if (!text(sub.platform) || !text(sub.chatId)) fail(what, sub.key, 'platform and chatId are required');
  if (sub.threadId !== null && !text(sub.threadId)) fail(what, sub.key, 'threadId must be null or an id');
  if (sub.key !== chatSubscriptionKey(sub.platform, sub.chatId, sub.threadId)) fail(what, sub.key, 'the key does not match platform, chatId and threadId');
  checkFilter(what, sub.key, sub.programs);
  if (!LANGS.has(sub.lang)) fail(what, sub.key, 'lang must be en or fr');
  return { ...sub, paused: sub.paused ?? null };
}

function checkPing(key: string, ping: PingTarget): void {
  if (ping.kind !== 'dm' && ping.kind !== 'mention') fail('the threshold', key, 'ping.kind must be dm or mention');
  const chat = pingChat(ping);
  if (ping.kind === 'mention' && !chat) fail('the threshold', key, 'a mention needs a chat');
  if (chat && !text(chat.chatId)) fail('the threshold', key, 'a ping chat needs an id');
}

/** A threshold as the store keeps it, or a StoreError saying what is wrong. */
export function checkThreshold(t: ScoreThreshold): ScoreThreshold {
  const what = 'the threshold';
  if (!text(t.platform) || !text(t.userId)) fail(what, t.key, 'platform and userId are required');
  if (t.key !== thresholdKey(t.platform, t.userId)) fail(what, t.key, 'the key does not match platform and userId');
  if (!Number.isInteger(t.score) || t.score < 0 || t.score > 1200) fail(what, t.key, 'score must be a whole number from 0 to 1200');
  checkFilter(what, t.key, t.programs);
  checkPing(t.key, t.ping);
  if (!LANGS.has(t.lang)) fail(what, t.key, 'lang must be en or fr');
  return t;
}

/** Records written before `paused` and DM fallbacks existed read as "not paused" and "no fallback". */
export const normalizeChat = (raw: ChatSubscriptionInput): ChatSubscription => ({ ...raw, paused: raw.paused ?? null });
export function normalizeThreshold(raw: ScoreThreshold): ScoreThreshold {
  const ping = raw.ping as PingTarget | { kind: 'dm'; fallback?: undefined };
  return ping.kind === 'dm' && ping.fallback === undefined ? { ...raw, ping: { kind: 'dm', fallback: null } } : raw;
}

const sameFilter = (a: ProgramFilter, b: ProgramFilter): boolean => programTags(a).sort().join(' ') === programTags(b).sort().join(' ');

/** Equal apart from who created it and when (an import of what is already there changes nothing). */
export function sameChat(a: ChatSubscription, b: ChatSubscription): boolean {
  return a.key === b.key && a.lang === b.lang && sameFilter(a.programs, b.programs) && a.paused?.reason === b.paused?.reason && a.paused?.since === b.paused?.since;
}
export function sameThreshold(a: ScoreThreshold, b: ScoreThreshold): boolean {
  return (
    a.key === b.key &&
    a.score === b.score &&
    a.lang === b.lang &&
    a.userName === b.userName &&
    a.profileSubmittedAt === b.profileSubmittedAt &&
    sameFilter(a.programs, b.programs) &&
    JSON.stringify(a.ping) === JSON.stringify(b.ping)
  );
}

export const chatTarget = (s: ChatSubscription): ChatTarget => ({ key: s.key, platform: s.platform, chatId: s.chatId, threadId: s.threadId, lang: s.lang });
export const thresholdTarget = (t: ScoreThreshold): ThresholdTarget => ({
  key: t.key,
  platform: t.platform,
  userId: t.userId,
  score: t.score,
  ping: t.ping,
  profileSubmittedAt: t.profileSubmittedAt,
  lang: t.lang,
});

/** The records `moveChat` writes: each subscription under the new chat id, each ping pointed at it. */
export function movedRecords(subs: ChatSubscription[], pings: ScoreThreshold[], newChatId: string): { chats: ChatSubscription[]; thresholds: ScoreThreshold[] } {
  const chats = subs.map((s) => ({ ...s, key: chatSubscriptionKey(s.platform, newChatId, s.threadId), chatId: newChatId }));
  const thresholds = pings.map((t): ScoreThreshold => {
    const ping: PingTarget = t.ping.kind === 'mention' ? { ...t.ping, chatId: newChatId } : { kind: 'dm', fallback: t.ping.fallback && { ...t.ping.fallback, chatId: newChatId } };
    return { ...t, ping };
  });
  return { chats, thresholds };
}

/** Merges lists each sorted by score, highest first, into one such list. */
export function mergeByScore<T extends { score: number }>(lists: readonly (readonly T[])[]): T[] {
  return lists.flat().sort((a, b) => b.score - a.score);
}

/** Sorted by score, highest first → those at or above `minScore` (binary search). */
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
