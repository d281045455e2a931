import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakePlatform, type FakePlatform } from '../fakes/fake-platform.ts';
import { until } from '../coordination/lease-engines.ts';
import { chatAlert } from './helpers.ts';
import { sharedStores, startInstance, type Instance } from './instances.ts';

const LIMITS = { globalPerSecond: 2000, perChat: { size: 100, spanMs: 1000 }, perGroup: null };
const CHATS = Array.from({ length: 150 }, (_, i) => `c${i}`);
const entriesFor = (chat: string) => [chatAlert('ircc-438', chat), chatAlert('ircc-439', chat)];
const TOTAL = CHATS.length * 2;

/** Drains with every instance still alive until nothing is pending; returns how long it took. */
async function drainTogether(instances: Instance[], timeoutMs: number): Promise<number> {
  const live = () => instances.filter((i) => !i.killed);
  return until(
    async () => {
      await Promise.all(live().map((i) => i.worker.drain()));
      return (await live()[0]!.stores.outbox.pending()).length === 0;
    },
    timeoutMs,
    'an empty outbox',
  );
}

describe.each(sharedStores())('several instances delivering one outbox on $name', (store) => {
  const started: Instance[] = [];
  let platform: FakePlatform;
  const start = async (url: string, id: string, opts: Parameters<typeof startInstance>[3] = {}) => {
    const i = await startInstance(url, id, platform, opts);
    started.push(i);
    return i;
  };
  beforeAll(() => store.setUp(), 60_000);
  afterEach(async () => {
    for (const i of started.splice(0)) await (i.killed ? i.abandon() : i.stop());
  });
  afterAll(() => store.tearDown());

  it('send every entry exactly once when both enqueue the same event and both deliver', async () => {
    platform = createFakePlatform({ limits: LIMITS });
    const url = await store.fresh();
    const [a, b] = [await start(url, 'a'), await start(url, 'b')];
    // Both saw the same event and plan the same entries, in overlapping batches, at the same time.
    await Promise.all(CHATS.map((c, i) => (i % 2 ? a : b).stores.outbox.enqueue(entriesFor(c))));
    await Promise.all(CHATS.map((c, i) => (i % 2 ? b : a).stores.outbox.enqueue(entriesFor(c))));
    await drainTogether([a, b], 30_000);
    expect(platform.deliveries).toHaveLength(TOTAL);
    expect(platform.duplicates()).toEqual([]);
  });

  it('finish a killed instance’s entries within the claim TTL, repeating at most what it had in flight', async () => {
    const claimTtlMs = 3_000;
    const concurrency = 8;
    let a: Instance | null = null;
    platform = createFakePlatform({ limits: LIMITS, latencyMs: 5, onDelivery: () => platform.deliveries.length === 60 && a?.kill() });
    const url = await store.fresh();
    a = await start(url, 'a', { claimTtlMs, concurrency });
    const b = await start(url, 'b', { claimTtlMs, concurrency });
    await a.stores.outbox.enqueue(CHATS.flatMap(entriesFor));
    void a.worker.drain();
    await until(() => a.killed, 20_000, 'the kill');
    const killedAt = performance.now();
    await drainTogether([b], 30_000);
    expect(performance.now() - killedAt).toBeLessThan(claimTtlMs + 5_000);
    expect(new Set(platform.deliveries.map((d) => d.id)).size).toBe(TOTAL);
    expect(platform.duplicates().length).toBeLessThanOrEqual(concurrency);
  });

  it('let a restarted instance (same INSTANCE_ID) take back its own claims at once, not after their TTL', async () => {
    const claimTtlMs = 60_000;
    const concurrency = 8;
    let a: Instance | null = null;
    platform = createFakePlatform({ limits: LIMITS, latencyMs: 5, onDelivery: () => platform.deliveries.length === 60 && a?.kill() });
    const url = await store.fresh();
    a = await start(url, 'bot-1', { claimTtlMs, concurrency });
    await a.stores.outbox.enqueue(CHATS.flatMap(entriesFor));
    void a.worker.drain();
    await until(() => a.killed, 20_000, 'the kill');
    expect(a.coordinator.held().length).toBeGreaterThan(0);
    const restarted = await start(url, 'bot-1', { claimTtlMs, concurrency });
    const took = await drainTogether([restarted], 20_000);
    expect(took).toBeLessThan(claimTtlMs / 4);
    expect(new Set(platform.deliveries.map((d) => d.id)).size).toBe(TOTAL);
    expect(platform.duplicates().length).toBeLessThanOrEqual(concurrency);
  });
});
