import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lead, type LostReason } from '../../src/coordination/leadership.ts';
import { openCoordinator } from '../../src/coordination/open-coordinator.ts';
import { createDeliveryWorker } from '../../src/delivery/worker.ts';
import { openStores } from '../../src/store/index.ts';
import { until } from '../coordination/lease-engines.ts';
import { chatAlert, PLATFORM } from '../delivery/helpers.ts';
import { createFakePlatform } from '../fakes/fake-platform.ts';
import { startPostgres, startRedis, type TestServer } from '../helpers/servers.ts';

/**
 * The store stops mid-run for longer than a lease and several delivery passes, then comes back.
 * (The scenario is 20 s; OUTAGE_MS keeps the suite short: every reconnect, lease and retry
 * path runs within it, a longer outage repeats the same ones.)
 */
const OUTAGE_MS = 8_000;
const TTL = 2_000;

interface Line {
  level: number;
  msg: string;
  store?: string;
  kind?: string;
}

function capturingLogger() {
  const lines: Line[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n')) if (l) lines.push(JSON.parse(l) as Line);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

describe.each([
  { name: 'redis', start: startRedis },
  { name: 'postgres', start: startPostgres },
])('one instance on $name whose server stops for a while, then comes back', ({ start }) => {
  let server: TestServer;
  const crashes: unknown[] = [];
  const onCrash = (err: unknown) => void crashes.push(err);
  beforeAll(async () => {
    server = await start();
    process.on('unhandledRejection', onCrash);
    process.on('uncaughtException', onCrash);
  }, 60_000);
  afterAll(async () => {
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
    await server.close();
  });

  it('logs each kind of failure once, fails its health checks, steps down, and recovers by itself with nothing lost from the outbox', async () => {
    const { logger, lines } = capturingLogger();
    const coordinator = await openCoordinator(server.url, logger, { instanceId: 'bot-1', connectTimeoutMs: 2_000 });
    const stores = await openStores(server.url, logger, coordinator, { connectTimeoutMs: 2_000 });
    const platform = createFakePlatform({ limits: { globalPerSecond: 100, perChat: { size: 10, spanMs: 1000 }, perGroup: null }, latencyMs: 5 });
    const worker = createDeliveryWorker({ outbox: stores.outbox, subscriptions: stores.subscriptions, platforms: new Map([[PLATFORM, platform]]), coordinator, logger, concurrency: 8 });
    const roles: (number | LostReason)[] = [];
    const leadership = lead(coordinator, 'poller', { ttlMs: TTL, logger, onElected: (fence) => void roles.push(fence), onLost: (reason) => void roles.push(reason) });

    const before = Array.from({ length: 300 }, (_, i) => chatAlert('ircc-438', `c${i}`));
    await stores.outbox.enqueue(before);
    worker.start();
    await until(() => platform.deliveries.length >= 40 && leadership.isLeader(), 20_000, 'deliveries under way');

    await server.stop();
    const stoppedAt = performance.now();
    await expect(stores.ping()).rejects.toThrow();
    await expect(coordinator.ping()).rejects.toThrow();
    await expect(stores.outbox.enqueue([chatAlert('ircc-439', 'late')])).rejects.toThrow();
    await until(() => roles.includes('unreachable'), TTL + 2_000, 'the leader stepping down');
    expect(performance.now() - stoppedAt).toBeLessThan(TTL + 2_000);
    await until(() => performance.now() - stoppedAt > OUTAGE_MS, OUTAGE_MS + 1_000);

    await server.start();
    await until(
      () =>
        stores.ping().then(
          () => true,
          () => false,
        ),
      20_000,
      'the store answering again',
    );
    await until(() => leadership.isLeader(), 20_000, 'a leader again');
    const after = Array.from({ length: 50 }, (_, i) => chatAlert('ircc-440', `c${i}`));
    await stores.outbox.enqueue(after);
    worker.kick();
    await until(async () => (await stores.outbox.pending()).length === 0, 30_000, 'an empty outbox');

    const delivered = new Set(platform.deliveries.map((d) => d.id));
    expect(delivered.size).toBe(before.length + after.length);
    expect(platform.duplicates().length).toBeLessThanOrEqual(8);
    expect(crashes).toEqual([]);
    // One line per kind of failure and connection, not one per retry.
    const connectionLines = lines.filter((l) => l.level >= 40 && l.store && l.kind);
    const perKind = new Map<string, number>();
    for (const l of connectionLines) perKind.set(`${l.store}|${l.kind}`, (perKind.get(`${l.store}|${l.kind}`) ?? 0) + 1);
    expect(Math.max(...perKind.values())).toBe(1);
    expect(lines.filter((l) => l.msg.endsWith('answers again')).length).toBeGreaterThan(0);
    // Besides those: one line per send in flight whose sent-marker waits for the store (≤ concurrency), and the lease stepping down.
    const noisy = lines.filter((l) => l.level >= 40);
    expect(noisy.length, noisy.map((l) => l.msg).join('\n')).toBeLessThan(25);

    await worker.stop();
    await leadership.stop();
    await stores.close();
    await coordinator.close();
  });
});
