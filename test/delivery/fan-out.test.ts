import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryCoordinator } from '../../src/coordination/coordinator.ts';
import { createDeliveryWorker, type DeliveryWorker } from '../../src/delivery/worker.ts';
import { chatSubscriptionKey, thresholdKey } from '../../src/domain/subscription.ts';
import { entryId, type OutboxEntry } from '../../src/domain/outbox.ts';
import { openStores, type Stores } from '../../src/store/index.ts';
import { createFakePlatform } from '../fakes/fake-platform.ts';
import { silentLogger } from '../helpers/stores.ts';
import { chatAlert, chatSubscription, drainAll, PLATFORM, pingAlert, threshold, total } from './helpers.ts';

const N = 10_000;
const DRAW = 'ircc-438';
/** Telegram's shape, scaled up so 10 000 messages take seconds: the per-chat and per-group limits stay real. */
const LIMITS = { globalPerSecond: 2_000, perChat: { size: 1, spanMs: 1000 }, perGroup: { size: 20, spanMs: 60_000 } };
const RETRY = { baseMs: 20, capMs: 200, maxAttempts: 5 };

const chatIds = Array.from({ length: N }, (_, i) => (i % 50 === 0 ? `-g${i}` : `c${i}`));
const pick = (from: number, count: number, step: number) => Array.from({ length: count }, (_, i) => chatIds[from + i * step] as string);
const blocked = pick(7, 10, 611);
const notFound = pick(11, 10, 797);
const flaky = pick(13, 30, 211);
const flooded = pick(17, 10, 613);
const BUSY_GROUP = '-busy';
const mentionPing = (userId: string): OutboxEntry => {
  const destination = { platform: PLATFORM, chatId: BUSY_GROUP, threadId: null, mentionUserId: userId };
  return { ...pingAlert(DRAW, userId), id: entryId(DRAW, 'new', 'ping', destination), destination };
};

let stores: Stores | null = null;
let worker: DeliveryWorker | null = null;
afterEach(async () => {
  await worker?.stop();
  await stores?.close();
  worker = null;
  stores = null;
});

describe('fan-out to 10 000 destinations through a platform that enforces its limits', () => {
  it('delivers each alert once, drops the gone ones with their subscriptions, never exceeds a limit', async () => {
    stores = await openStores('memory://', silentLogger);
    const platform = createFakePlatform({
      limits: LIMITS,
      blocked: [...blocked, 'u-blocked'],
      notFound,
      transientOnce: flaky,
      floodOnce: flooded.map((c) => [c, 200] as const),
    });
    await stores.subscriptions.putChats([...chatIds, BUSY_GROUP].map(chatSubscription));
    await stores.subscriptions.putThresholds(['u1', 'u2', 'u3', 'u-blocked'].map(threshold));
    const entries = [...chatIds.map((c) => chatAlert(DRAW, c)), chatAlert(DRAW, BUSY_GROUP), mentionPing('u1'), mentionPing('u2'), mentionPing('u3'), pingAlert(DRAW, 'u-blocked')];
    expect(await stores.outbox.enqueue(entries)).toBe(entries.length);

    worker = createDeliveryWorker({
      outbox: stores.outbox,
      subscriptions: stores.subscriptions,
      platforms: new Map([[PLATFORM, platform]]),
      coordinator: createMemoryCoordinator(),
      logger: silentLogger,
      concurrency: 64,
      retry: RETRY,
    });
    const reports = await drainAll(worker, stores.outbox);

    const gone = new Set([...blocked, ...notFound]);
    expect(platform.violations).toEqual([]);
    expect(platform.duplicates()).toEqual([]);
    expect(platform.deliveries).toHaveLength(entries.length - gone.size - 1);
    expect(total(reports, 'sent')).toBe(platform.deliveries.length);
    expect(total(reports, 'dropped')).toBe(gone.size + 1);
    const delivered = new Set(platform.deliveries.map((d) => d.dest.chatId));
    for (const c of chatIds) if (!gone.has(c)) expect(delivered.has(c), c).toBe(true);
    expect(platform.deliveredTo(BUSY_GROUP)).toHaveLength(4);

    for (const c of gone) {
      expect(await stores.subscriptions.getChat(chatSubscriptionKey(PLATFORM, c, null))).toBeUndefined();
      expect((await stores.outbox.getState(entryId(DRAW, 'new', 'chat', { platform: PLATFORM, chatId: c, threadId: null, mentionUserId: null })))?.status).toBe('dropped');
    }
    expect(await stores.subscriptions.getThreshold(thresholdKey(PLATFORM, 'u-blocked'))).toBeUndefined();
    expect(await stores.subscriptions.getThreshold(thresholdKey(PLATFORM, 'u1'))).toBeDefined();
    expect(await stores.subscriptions.getChat(chatSubscriptionKey(PLATFORM, flaky[0] as string, null))).toBeDefined();

    for (const c of [...flaky, ...flooded]) {
      const state = await stores.outbox.getState(chatAlert(DRAW, c).id);
      expect(state).toMatchObject({ status: 'sent', attempts: 2 });
    }
    expect(platform.tooManyRequests()).toBe(flooded.length);
    expect(await stores.outbox.pending()).toEqual([]);
  }, 60_000);
});
