import type Keyv from 'keyv';
import { chatSubscriptionKey, thresholdKey, type ChatSubscription, type ChatSubscriptionInput, type ScoreThreshold } from '../domain/subscription.ts';
import type { Logger } from '../log.ts';
import type { ImportResult, SubscriptionStore } from './subscription-store.ts';

/**
 * The first store layout (before decision 0007) kept subscriptions in keyv's `subs` namespace:
 * records at `c:<key>` / `t:<key>` and per-program index lists `ix:c:<program>` / `ix:t:<program>`
 * (`*` = every program) of short tuples. This moves them into the subscription store once, so
 * a bot upgraded in place keeps every subscriber; a marker says it is done.
 */
const MARKER = 'migrated-to-0007';

type ChatTuple = [platform: string, chatId: string, threadId: string | null, ...rest: unknown[]];
type ThresholdTuple = [platform: string, userId: string, ...rest: unknown[]];

/** The keys the old indexes list (every record is in at least one index). */
async function legacyKeys(keyv: Keyv<unknown>, programs: readonly string[]): Promise<{ chats: Set<string>; thresholds: Set<string> }> {
  const tags = [...programs, '*'];
  const chatLists = (await keyv.getMany(tags.map((p) => `ix:c:${p}`))) as (ChatTuple[] | undefined)[];
  const thresholdLists = (await keyv.getMany(tags.map((p) => `ix:t:${p}`))) as (ThresholdTuple[] | undefined)[];
  const chats = new Set(chatLists.flatMap((l) => l ?? []).map((t) => chatSubscriptionKey(t[0], t[1], t[2])));
  const thresholds = new Set(thresholdLists.flatMap((l) => l ?? []).map((t) => thresholdKey(t[0], t[1])));
  return { chats, thresholds };
}

/** A record of the old layout as the store takes it today (pings gained a fallback; chats may be paused). */
const chatOf = (c: ChatSubscription): ChatSubscriptionInput => ({ ...c, paused: c.paused ?? null });
const thresholdOf = (t: ScoreThreshold): ScoreThreshold => (t.ping.kind === 'dm' ? { ...t, ping: { kind: 'dm', fallback: t.ping.fallback ?? null } } : t);

/** Moves the old layout's subscriptions into `store` (all or nothing), once. Returns what was imported, or null when there was nothing to do. */
export async function migrateLegacySubscriptions(keyv: Keyv<unknown>, store: SubscriptionStore, programs: readonly string[], logger: Logger): Promise<ImportResult | null> {
  if (await keyv.get(MARKER)) return null;
  const keys = await legacyKeys(keyv, programs);
  if (keys.chats.size === 0 && keys.thresholds.size === 0) {
    await keyv.set(MARKER, new Date().toISOString());
    return null;
  }
  const chats = ((await keyv.getMany([...keys.chats].map((k) => `c:${k}`))) as (ChatSubscription | undefined)[]).filter((c): c is ChatSubscription => c !== undefined).map(chatOf);
  const thresholds = ((await keyv.getMany([...keys.thresholds].map((k) => `t:${k}`))) as (ScoreThreshold | undefined)[]).filter((t): t is ScoreThreshold => t !== undefined).map(thresholdOf);
  const result = await store.importAll({ chats, thresholds });
  await keyv.set(MARKER, new Date().toISOString());
  logger.warn({ chats: chats.length, thresholds: thresholds.length, ...result }, 'subscriptions moved from the first store layout to the current one (done once)');
  return result;
}
