import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';
import type { ProgramCode } from '../domain/draw.ts';
import type { ChatSubscription, ProgramFilter, ScoreThreshold } from '../domain/subscription.ts';
import {
  atOrAbove,
  chatTupleKey,
  decodeChat,
  decodeThreshold,
  encodeChat,
  encodeThreshold,
  thresholdTupleKey,
  type ChatTarget,
  type ChatTuple,
  type ThresholdTarget,
  type ThresholdTuple,
} from './subscription-index.ts';

export type { ChatTarget, ThresholdTarget };

/**
 * Chat subscriptions and personal thresholds, with per-program index keys holding exactly what
 * matching needs, so an event finds its destinations with a few reads instead of a scan.
 */
export interface SubscriptionStore {
  getChat(key: string): Promise<ChatSubscription | undefined>;
  putChat(sub: ChatSubscription): Promise<void>;
  /** Many at once (imports, benchmarks): one write per index touched. */
  putChats(subs: ChatSubscription[]): Promise<void>;
  deleteChat(key: string): Promise<boolean>;
  getThreshold(key: string): Promise<ScoreThreshold | undefined>;
  putThreshold(t: ScoreThreshold): Promise<void>;
  putThresholds(ts: ScoreThreshold[]): Promise<void>;
  deleteThreshold(key: string): Promise<boolean>;
  /** Chats following `program` (or all programs). */
  chatsFor(program: ProgramCode): Promise<ChatTarget[]>;
  /** Thresholds following `program` with a score at or above `minScore`, highest first within each index. */
  thresholdsFor(program: ProgramCode, minScore: number): Promise<ThresholdTarget[]>;
  /** Every subscription and threshold of one chat or user on a platform (for /settings and removal). */
  chatsOf(platform: string, chatId: string): Promise<ChatSubscription[]>;
  /** A chat got a new id (a Telegram group became a supergroup): its subscriptions move. Returns the keys moved. */
  moveChat(platform: string, oldChatId: string, newChatId: string): Promise<string[]>;
  /** Pauses a chat subscription (the bot may not post there), or resumes it with null. Returns whether it exists. */
  setChatPaused(key: string, reason: string | null): Promise<boolean>;
}

const ALL = '*';
const indexKeys = (kind: 'c' | 't', filter: ProgramFilter): string[] => (filter === 'all' ? [`ix:${kind}:${ALL}`] : filter.map((p) => `ix:${kind}:${p}`));

/**
 * `serial` must make index updates exclusive (within a process: a queue; across processes the
 * caller wraps it in a coordinator lease).
 */
export function createSubscriptionStore(keyv: Keyv<unknown>, serial: <T>(task: () => Promise<T>) => Promise<T>): SubscriptionStore {
  // Decoded indexes, reused while their version key is unchanged (another process bumps it on write).
  const cache = new Map<string, { version: string; list: unknown[] }>();
  async function readIndexes<V>(keys: string[], decode: (tuple: never) => V): Promise<V[][]> {
    const versions = (await keyv.getMany(keys.map((k) => `v:${k}`))) as (string | undefined)[];
    const stale = keys.filter((k, i) => cache.get(k)?.version !== (versions[i] ?? 'none'));
    if (stale.length > 0) {
      const lists = (await keyv.getMany(stale)) as (never[] | undefined)[];
      stale.forEach((k, i) => cache.set(k, { version: versions[keys.indexOf(k)] ?? 'none', list: (lists[i] ?? []).map(decode) }));
    }
    return keys.map((k) => (cache.get(k)?.list ?? []) as V[]);
  }
  async function readIndex<T>(key: string): Promise<T[]> {
    return ((await keyv.get(key)) as T[] | undefined) ?? [];
  }
  interface Change<T> {
    key: string;
    before: ProgramFilter | null;
    after: ProgramFilter | null;
    value: T | null;
  }
  /** Moves each changed record out of the indexes of its old filter and into those of its new one: one write per index. */
  async function reindex<T extends ChatTuple | ThresholdTuple>(kind: 'c' | 't', keyOf: (t: T) => string, changes: Change<T>[]): Promise<void> {
    const touched = new Set(changes.flatMap((c) => [...(c.before ? indexKeys(kind, c.before) : []), ...(c.after ? indexKeys(kind, c.after) : [])]));
    const keys = new Set(changes.map((c) => c.key));
    for (const ix of touched) {
      const list = (await readIndex<T>(ix)).filter((v) => !keys.has(keyOf(v)));
      for (const c of changes) if (c.value && c.after && indexKeys(kind, c.after).includes(ix)) list.push(c.value);
      if (kind === 't') (list as ThresholdTuple[]).sort((a, b) => b[2] - a[2]);
      await keyv.set(ix, list);
      await keyv.set(`v:${ix}`, randomUUID());
    }
  }
  const chatList = async (platform: string, chatId: string) => ((await keyv.get(`by:${platform}:${chatId}`)) as string[] | undefined) ?? [];

  return {
    async getChat(key) {
      return await keyv.get(`c:${key}`);
    },
    putChat(sub) {
      return this.putChats([sub]);
    },
    putChats(subs) {
      return serial(async () => {
        const before = (await keyv.getMany(subs.map((s) => `c:${s.key}`))) as (ChatSubscription | undefined)[];
        await keyv.setMany(subs.map((s) => ({ key: `c:${s.key}`, value: s })));
        await reindex<ChatTuple>(
          'c',
          chatTupleKey,
          subs.map((s, i) => ({ key: s.key, before: before[i]?.programs ?? null, after: s.programs, value: encodeChat(s) })),
        );
        const byChat = new Map<string, string[]>();
        for (const s of subs) byChat.set(`by:${s.platform}:${s.chatId}`, [...(byChat.get(`by:${s.platform}:${s.chatId}`) ?? []), s.key]);
        const chatKeys = [...byChat.keys()];
        const known = (await keyv.getMany(chatKeys)) as (string[] | undefined)[];
        const updates = chatKeys.flatMap((k, i) => {
          const before = known[i] ?? [];
          const added = (byChat.get(k) ?? []).filter((key) => !before.includes(key));
          return added.length > 0 ? [{ key: k, value: [...before, ...added] }] : [];
        });
        if (updates.length > 0) await keyv.setMany(updates);
      });
    },
    deleteChat(key) {
      return serial(async () => {
        const before = (await keyv.get(`c:${key}`)) as ChatSubscription | undefined;
        if (!before) return false;
        await reindex<ChatTuple>('c', chatTupleKey, [{ key, before: before.programs, after: null, value: null }]);
        await keyv.delete(`c:${key}`);
        const list = await chatList(before.platform, before.chatId);
        await keyv.set(
          `by:${before.platform}:${before.chatId}`,
          list.filter((k) => k !== key),
        );
        return true;
      });
    },
    async getThreshold(key) {
      return await keyv.get(`t:${key}`);
    },
    putThreshold(t) {
      return this.putThresholds([t]);
    },
    putThresholds(ts) {
      return serial(async () => {
        const before = (await keyv.getMany(ts.map((t) => `t:${t.key}`))) as (ScoreThreshold | undefined)[];
        await keyv.setMany(ts.map((t) => ({ key: `t:${t.key}`, value: t })));
        await reindex<ThresholdTuple>(
          't',
          thresholdTupleKey,
          ts.map((t, i) => ({ key: t.key, before: before[i]?.programs ?? null, after: t.programs, value: encodeThreshold(t) })),
        );
      });
    },
    deleteThreshold(key) {
      return serial(async () => {
        const before = (await keyv.get(`t:${key}`)) as ScoreThreshold | undefined;
        if (!before) return false;
        await reindex<ThresholdTuple>('t', thresholdTupleKey, [{ key, before: before.programs, after: null, value: null }]);
        await keyv.delete(`t:${key}`);
        return true;
      });
    },
    async chatsFor(program) {
      const [a, b] = await readIndexes([`ix:c:${program}`, `ix:c:${ALL}`], decodeChat);
      return [...(a ?? []), ...(b ?? [])];
    },
    async thresholdsFor(program, minScore) {
      const lists = await readIndexes([`ix:t:${program}`, `ix:t:${ALL}`], decodeThreshold);
      return lists.flatMap((sorted) => atOrAbove(sorted, minScore));
    },
    async moveChat(platform, oldChatId, newChatId) {
      const moved: string[] = [];
      for (const sub of await this.chatsOf(platform, oldChatId)) {
        const key = `${platform}:${newChatId}:${sub.threadId ?? ''}`;
        await this.putChat({ ...sub, key, chatId: newChatId });
        await this.deleteChat(sub.key);
        moved.push(key);
      }
      return moved;
    },
    async setChatPaused(key, reason) {
      const sub = await this.getChat(key);
      if (!sub) return false;
      await this.putChat({ ...sub, paused: reason === null ? null : { reason, since: new Date().toISOString() } });
      return true;
    },
    async chatsOf(platform, chatId) {
      const keys = await chatList(platform, chatId);
      if (keys.length === 0) return [];
      return ((await keyv.getMany(keys.map((k) => `c:${k}`))) as (ChatSubscription | undefined)[]).filter((s): s is ChatSubscription => s !== undefined);
    },
  };
}
