import type { ChatSubscription, ScoreThreshold } from '../../../domain/subscription.ts';
import type { RedisClient } from '../../redis-client.ts';
import { StoreError } from '../../store-error.ts';
import type { ImportResult, SubscriptionStore } from '../../subscription-store.ts';
import { createMatchCache, type MatchSource } from '../match-cache.ts';
import { chatTarget, checkChat, checkThreshold, movedRecords, normalizeChat, normalizeThreshold, sameChat, sameThreshold, thresholdTarget } from '../records.ts';
import { chunks } from '../chunks.ts';
import { CHAT_COUNT, chatIndex, chatSet, chatTagSet, pingSet, THRESHOLD_COUNT, thresholdIndex, thresholdTagSet, versionKey, type RedisIndex } from './redis-index.ts';
import { APPLY, RECORDS, RECORDS_ABOVE, RECORDS_IN } from './redis-scripts.ts';

type Kind = 'c' | 't';
/** One record to file (json + index) or remove (json ''), after an optional check of what it holds now. */
interface Op {
  kind: Kind;
  key: string;
  /** '*' (no check) or the JSON the record must hold now ('' = absent). */
  check: string;
  json: string;
  index: RedisIndex | null;
}

const putOp = (kind: Kind, key: string, record: unknown, index: RedisIndex, check = '*'): Op => ({ kind, key, check, json: JSON.stringify(record), index });
const chatOp = (s: ChatSubscription, check?: string): Op => putOp('c', s.key, s, chatIndex(s), check);
const thresholdOp = (t: ScoreThreshold, check?: string): Op => putOp('t', t.key, t, thresholdIndex(t), check);
const deleteOp = (kind: Kind, key: string, check = '*'): Op => ({ kind, key, check, json: '', index: null });
const opArgs = (ops: Op[]): string[] => ops.flatMap((o) => [o.kind, o.key, o.check, o.json, o.index ? JSON.stringify(o.index) : '']);

const MOVE_TRIES = 5;
const OPS_A_CALL = 500;

/**
 * Redis (decision 0007): a hash per record, a set per program tag of active chats, a sorted set
 * per program tag of thresholds scored by their score, a set per chat of its subscriptions and of
 * the thresholds pinging in it, a counter per scope. Changes run as one Lua script each (atomic,
 * one round trip); `importAll` is one MULTI.
 */
export async function createRedisSubscriptionStore(client: RedisClient, opts: { prefix?: string; now?: () => Date } = {}): Promise<SubscriptionStore> {
  const prefix = opts.prefix ?? 'ee:subs:';
  const now = opts.now ?? (() => new Date());
  const scripts = new Map<string, string>();
  const load = async (script: string): Promise<string> => {
    const sha = await client.scriptLoad(script);
    scripts.set(script, sha);
    return sha;
  };
  await Promise.all([APPLY, RECORDS, RECORDS_ABOVE, RECORDS_IN].map(load));
  /** EVALSHA, loading the script again if the server forgot it (a restart). */
  async function evalScript(script: string, keys: string[], args: string[]): Promise<unknown> {
    const sha = scripts.get(script) ?? (await load(script));
    try {
      return await client.evalSha(sha, { keys, arguments: args });
    } catch (err) {
      if (!String((err as Error).message).startsWith('NOSCRIPT')) throw err;
      return client.evalSha(await load(script), { keys, arguments: args });
    }
  }
  const apply = async (ops: Op[]): Promise<number[] | -1> => (await evalScript(APPLY, [], [prefix, String(ops.length), ...opArgs(ops)])) as number[] | -1;
  /** Many ops as one transaction: one script call, or a MULTI of several when they are many. */
  async function applyAll(ops: Op[]): Promise<void> {
    if (ops.length <= OPS_A_CALL) return void (await apply(ops));
    const sha = await load(APPLY);
    const multi = client.multi();
    for (const part of chunks(ops, OPS_A_CALL)) multi.evalSha(sha, { keys: [], arguments: [prefix, String(part.length), ...opArgs(part)] });
    await multi.exec();
  }
  const parse = <T>(jsons: unknown, normalize: (raw: T) => T): T[] => (jsons as (string | null)[]).flatMap((j) => (j === null ? [] : [normalize(JSON.parse(j) as T)]));
  const rawIn = async (set: string, kind: Kind) => ((await evalScript(RECORDS_IN, [prefix + set], [prefix, kind])) as (string | null)[]).filter((j): j is string => j !== null);

  const source: MatchSource = {
    async versions(scopes) {
      return (await client.mGet(scopes.map((s) => prefix + versionKey(s)))).map((v) => v ?? '0');
    },
    async chats(tag) {
      return parse(await evalScript(RECORDS_IN, [prefix + chatTagSet(tag)], [prefix, 'c']), normalizeChat).map(chatTarget);
    },
    async thresholds(tag, minScore) {
      return parse(await evalScript(RECORDS_ABOVE, [prefix + thresholdTagSet(tag)], [prefix, 't', String(minScore)]), normalizeThreshold).map(thresholdTarget);
    },
  };
  const cache = createMatchCache(source);
  const getRaw = async (kind: Kind, keys: string[]): Promise<(string | null)[]> => (keys.length === 0 ? [] : ((await evalScript(RECORDS, [], [prefix, kind, ...keys])) as (string | null)[]));
  const getChat = async (key: string) => parse<ChatSubscription>(await getRaw('c', [key]), normalizeChat)[0];

  async function importAll(records: Parameters<SubscriptionStore['importAll']>[0], options: Parameters<SubscriptionStore['importAll']>[1] = {}): Promise<ImportResult> {
    const result: ImportResult = { added: 0, changed: 0, unchanged: 0 };
    const total = records.chats.length + records.thresholds.length;
    let done = 0;
    const ops: Op[] = [];
    // Checked and compared chunk by chunk; nothing is sent to Redis until every record passed.
    const plan = async <I, R extends { key: string }>(kind: Kind, inputs: I[], check: (i: I) => R, normalize: (r: R) => R, same: (a: R, b: R) => boolean, op: (r: R) => Op) => {
      for (const part of chunks(inputs, 1000)) {
        const next = [...new Map(part.map(check).map((r) => [r.key, r])).values()];
        const stored = await getRaw(
          kind,
          next.map((r) => r.key),
        );
        next.forEach((r, i) => {
          const raw = stored[i];
          const old = raw ? normalize(JSON.parse(raw) as R) : undefined;
          if (old === undefined) result.added++;
          else if (same(old, r)) return void result.unchanged++;
          else result.changed++;
          ops.push(op(r));
        });
        done += part.length;
        options.onProgress?.(done, total);
      }
    };
    await plan('c', records.chats, checkChat, normalizeChat, sameChat, (s) => chatOp(s));
    await plan('t', records.thresholds, checkThreshold, normalizeThreshold, sameThreshold, (t) => thresholdOp(t));
    await applyAll(ops);
    return result;
  }

  return {
    getChat,
    putChat: async (sub) => void (await apply([chatOp(checkChat(sub))])),
    putChats: async (subs) => applyAll(subs.map((s) => chatOp(checkChat(s)))),
    deleteChat: async (key) => ((await apply([deleteOp('c', key)])) as number[])[0] === 1,
    async setChatPaused(key, reason) {
      for (let i = 0; i < MOVE_TRIES; i++) {
        const [raw] = await getRaw('c', [key]);
        if (!raw) return false;
        const sub = normalizeChat(JSON.parse(raw) as ChatSubscription);
        if ((await apply([chatOp({ ...sub, paused: reason === null ? null : { reason, since: now().toISOString() } }, raw)])) !== -1) return true;
      }
      throw new StoreError(`the chat subscription ${key} kept changing while it was being paused`);
    },
    getThreshold: async (key) => parse<ScoreThreshold>(await getRaw('t', [key]), normalizeThreshold)[0],
    putThreshold: async (t) => void (await apply([thresholdOp(checkThreshold(t))])),
    putThresholds: async (ts) => applyAll(ts.map((t) => thresholdOp(checkThreshold(t)))),
    deleteThreshold: async (key) => ((await apply([deleteOp('t', key)])) as number[])[0] === 1,
    chatsFor: (program) => cache.chatsFor(program),
    thresholdsFor: (program, minScore) => cache.thresholdsFor(program, minScore),
    chatsOf: async (platform, chatId) => (await rawIn(chatSet(platform, chatId), 'c')).map((j) => normalizeChat(JSON.parse(j) as ChatSubscription)),
    mentionsIn: async (platform, chatId) => (await rawIn(pingSet(platform, chatId), 't')).map((j) => normalizeThreshold(JSON.parse(j) as ScoreThreshold)),
    async moveChat(platform, oldChatId, newChatId) {
      // Read, plan, then apply with a check that every record read is unchanged; another process's change in between means read again.
      for (let i = 0; i < MOVE_TRIES; i++) {
        const subsRaw = await rawIn(chatSet(platform, oldChatId), 'c');
        const pingsRaw = await rawIn(pingSet(platform, oldChatId), 't');
        const subs = subsRaw.map((j) => normalizeChat(JSON.parse(j) as ChatSubscription));
        const pings = pingsRaw.map((j) => normalizeThreshold(JSON.parse(j) as ScoreThreshold));
        const moved = movedRecords(subs, pings, newChatId);
        const ops = [...subs.map((s, k) => deleteOp('c', s.key, subsRaw[k])), ...moved.chats.map((s) => chatOp(s)), ...moved.thresholds.map((t, k) => thresholdOp(t, pingsRaw[k]))];
        if ((await apply(ops)) !== -1) return [...moved.chats, ...moved.thresholds].map((r) => r.key);
      }
      throw new StoreError(`the subscriptions of ${platform} chat ${oldChatId} kept changing while they were being moved`);
    },
    async counts() {
      const [chats, thresholds] = await client.mGet([prefix + CHAT_COUNT, prefix + THRESHOLD_COUNT]);
      return { chats: Number(chats ?? 0), thresholds: Number(thresholds ?? 0) };
    },
    importAll,
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}
