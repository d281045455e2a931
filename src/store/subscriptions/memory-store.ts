import { pingChat, type ChatSubscription, type ScoreThreshold } from '../../domain/subscription.ts';
import type { ImportResult, SubscriptionStore } from '../subscription-store.ts';
import { chatTarget, checkChat, checkThreshold, matchTags, mergeByScore, movedRecords, programTags, sameChat, sameThreshold, thresholdTarget } from './records.ts';

/** Sets of keys by a label (a program tag, a chat), created and dropped as members come and go. */
class KeySets {
  private readonly sets = new Map<string, Set<string>>();
  add(label: string, key: string): void {
    const set = this.sets.get(label) ?? new Set<string>();
    set.add(key);
    this.sets.set(label, set);
  }
  remove(label: string, key: string): void {
    const set = this.sets.get(label);
    set?.delete(key);
    if (set?.size === 0) this.sets.delete(label);
  }
  get(label: string): ReadonlySet<string> {
    return this.sets.get(label) ?? new Set();
  }
}

/** Runs `fn` now; what it throws becomes a rejection, as with the other engines. */
const settle = <T>(fn: () => T): Promise<T> => new Promise((resolve) => resolve(fn()));

const chatLabel = (platform: string, chatId: string) => `${platform}\u0000${chatId}`;

/**
 * `memory://`: Maps, one process. Each record is filed under its program tags (active chats only)
 * and its chat, so a change touches only its own entries and a match reads only its programs.
 */
export function createMemorySubscriptionStore(now: () => Date = () => new Date()): SubscriptionStore {
  const chats = new Map<string, ChatSubscription>();
  const thresholds = new Map<string, ScoreThreshold>();
  const chatsByTag = new KeySets();
  const chatsByChat = new KeySets();
  const thresholdsByTag = new KeySets();
  const pingsByChat = new KeySets();

  function unfileChat(key: string): ChatSubscription | undefined {
    const old = chats.get(key);
    if (!old) return undefined;
    for (const tag of programTags(old.programs)) chatsByTag.remove(tag, key);
    chatsByChat.remove(chatLabel(old.platform, old.chatId), key);
    chats.delete(key);
    return old;
  }
  function fileChat(sub: ChatSubscription): void {
    unfileChat(sub.key);
    chats.set(sub.key, sub);
    if (!sub.paused) for (const tag of programTags(sub.programs)) chatsByTag.add(tag, sub.key);
    chatsByChat.add(chatLabel(sub.platform, sub.chatId), sub.key);
  }
  function unfileThreshold(key: string): ScoreThreshold | undefined {
    const old = thresholds.get(key);
    if (!old) return undefined;
    for (const tag of programTags(old.programs)) thresholdsByTag.remove(tag, key);
    const chat = pingChat(old.ping);
    if (chat) pingsByChat.remove(chatLabel(old.platform, chat.chatId), key);
    thresholds.delete(key);
    return old;
  }
  function fileThreshold(t: ScoreThreshold): void {
    unfileThreshold(t.key);
    thresholds.set(t.key, t);
    for (const tag of programTags(t.programs)) thresholdsByTag.add(tag, t.key);
    const chat = pingChat(t.ping);
    if (chat) pingsByChat.add(chatLabel(t.platform, chat.chatId), t.key);
  }
  const pick = <T>(map: Map<string, T>, keys: Iterable<string>): T[] => [...keys].flatMap((k) => map.get(k) ?? []);

  return {
    getChat: (key) => Promise.resolve(chats.get(key)),
    putChat(sub) {
      return this.putChats([sub]);
    },
    // Checked first, then filed in one synchronous step: all or nothing.
    putChats: (subs) => settle(() => subs.map(checkChat).forEach(fileChat)),
    deleteChat: (key) => Promise.resolve(unfileChat(key) !== undefined),
    setChatPaused(key, reason) {
      const sub = chats.get(key);
      if (sub) fileChat({ ...sub, paused: reason === null ? null : { reason, since: now().toISOString() } });
      return Promise.resolve(sub !== undefined);
    },
    getThreshold: (key) => Promise.resolve(thresholds.get(key)),
    putThreshold(t) {
      return this.putThresholds([t]);
    },
    putThresholds: (ts) => settle(() => ts.map(checkThreshold).forEach(fileThreshold)),
    deleteThreshold: (key) => Promise.resolve(unfileThreshold(key) !== undefined),
    chatsFor: (program) => Promise.resolve(matchTags(program).flatMap((tag) => pick(chats, chatsByTag.get(tag)).map(chatTarget))),
    thresholdsFor(program, minScore) {
      const lists = matchTags(program).map((tag) => pick(thresholds, thresholdsByTag.get(tag)).filter((t) => t.score >= minScore));
      return Promise.resolve(mergeByScore(lists).map(thresholdTarget));
    },
    chatsOf: (platform, chatId) => Promise.resolve(pick(chats, chatsByChat.get(chatLabel(platform, chatId)))),
    mentionsIn: (platform, chatId) => Promise.resolve(pick(thresholds, pingsByChat.get(chatLabel(platform, chatId)))),
    moveChat(platform, oldChatId, newChatId) {
      const subs = pick(chats, chatsByChat.get(chatLabel(platform, oldChatId)));
      const pings = pick(thresholds, pingsByChat.get(chatLabel(platform, oldChatId)));
      const moved = movedRecords(subs, pings, newChatId);
      subs.forEach((s) => unfileChat(s.key));
      moved.chats.forEach(fileChat);
      moved.thresholds.forEach(fileThreshold);
      return Promise.resolve([...moved.chats, ...moved.thresholds].map((r) => r.key));
    },
    counts: () => Promise.resolve({ chats: chats.size, thresholds: thresholds.size }),
    importAll: (records, opts) =>
      settle(() => {
        const result: ImportResult = { added: 0, changed: 0, unchanged: 0 };
        const newChats = records.chats.map(checkChat);
        const newThresholds = records.thresholds.map(checkThreshold);
        const count = <T>(old: T | undefined, next: T, same: (a: T, b: T) => boolean): boolean => {
          if (old === undefined) result.added++;
          else if (same(old, next)) result.unchanged++;
          else result.changed++;
          return old === undefined || !same(old, next);
        };
        for (const s of newChats) if (count(chats.get(s.key), s, sameChat)) fileChat(s);
        for (const t of newThresholds) if (count(thresholds.get(t.key), t, sameThreshold)) fileThreshold(t);
        opts?.onProgress?.(newChats.length + newThresholds.length, newChats.length + newThresholds.length);
        return result;
      }),
    close: () => Promise.resolve(),
  };
}
