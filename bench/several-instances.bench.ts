/**
 * What several instances cost on each shared store (servers started here, durable as in
 * production): one outbox claim + release (what every send adds), a role renewal, and a fan-out
 * of 2,000 alerts enqueued by one instance and drained by two together against a fake platform
 * with no limit worth the name (the store is what is measured; a real platform paces at 30/s).
 *
 * `npx tsx bench/several-instances.bench.ts` prints a Markdown table (docs/reliability.md quotes it).
 */
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCoordinator } from '../src/coordination/open-coordinator.ts';
import { createDeliveryWorker } from '../src/delivery/worker.ts';
import { createLogger } from '../src/log.ts';
import { openStores } from '../src/store/index.ts';
import { chatAlert, PLATFORM } from '../test/delivery/helpers.ts';
import { createFakePlatform } from '../test/fakes/fake-platform.ts';
import { startPostgres, startRedis, type TestServer } from '../test/helpers/servers.ts';

const logger = createLogger('silent', { pretty: false });
const CLAIMS = 1_000;
const FANOUT = 2_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
const ms = (n: number) => n.toFixed(2);

async function leases(url: string): Promise<{ claim: number[]; renew: number[] }> {
  const c = await openCoordinator(url, logger, { instanceId: 'bench' });
  const claim: number[] = [];
  const renew: number[] = [];
  await c.claim('role:bench', 5_000);
  for (let i = 0; i < CLAIMS; i++) {
    const t = performance.now();
    await c.claim(`outbox:${i}`, 20_000);
    await c.release(`outbox:${i}`);
    claim.push(performance.now() - t);
    const r = performance.now();
    await c.renew('role:bench', 5_000);
    renew.push(performance.now() - r);
  }
  await c.close();
  return { claim: claim.sort((a, b) => a - b), renew: renew.sort((a, b) => a - b) };
}

async function fanOut(url: string): Promise<{ seconds: number; duplicates: number; sent: number }> {
  const platform = createFakePlatform({ limits: { globalPerSecond: 100_000, perChat: { size: 100, spanMs: 1000 }, perGroup: null } });
  const instances = await Promise.all(
    ['a', 'b'].map(async (id) => {
      const coordinator = await openCoordinator(url, logger, { instanceId: id });
      const stores = await openStores(url, logger, coordinator);
      const worker = createDeliveryWorker({ outbox: stores.outbox, subscriptions: stores.subscriptions, platforms: new Map([[PLATFORM, platform]]), coordinator, logger });
      return { coordinator, stores, worker };
    }),
  );
  const [a] = instances;
  await a!.stores.outbox.enqueue(Array.from({ length: FANOUT }, (_, i) => chatAlert('ircc-1', `c${i}`)));
  const t = performance.now();
  while ((await a!.stores.outbox.pending()).length > 0) await Promise.all(instances.map((i) => i.worker.drain()));
  const seconds = (performance.now() - t) / 1000;
  for (const i of instances) {
    await i.worker.stop();
    await i.stores.close();
    await i.coordinator.close();
  }
  return { seconds, duplicates: platform.duplicates().length, sent: new Set(platform.deliveries.map((d) => d.id)).size };
}

const rows: string[] = [];
const engines: { name: string; start: () => Promise<{ url: string; server: TestServer | null }> }[] = [
  { name: 'SQLite (WAL)', start: () => Promise.resolve({ url: `sqlite://${join(mkdtempSync(join(tmpdir(), 'ee-bench-')), 'store.sqlite')}`, server: null }) },
  {
    name: 'Redis (AOF, fsync every second)',
    start: async () => {
      const server = await startRedis({ durable: true });
      return { url: server.url, server };
    },
  },
  {
    name: 'PostgreSQL (fsync on)',
    start: async () => {
      const server = await startPostgres({ durable: true });
      return { url: server.url, server };
    },
  },
];
for (const engine of engines) {
  process.stderr.write(`${engine.name}…\n`);
  const { url, server } = await engine.start();
  try {
    const l = await leases(url);
    const f = await fanOut(url);
    rows.push(
      `| ${engine.name} | ${ms(percentile(l.claim, 50))} / ${ms(percentile(l.claim, 99))} | ${ms(percentile(l.renew, 50))} / ${ms(percentile(l.renew, 99))} | ${f.seconds.toFixed(1)} s (${Math.round(f.sent / f.seconds)}/s) | ${f.sent} / ${f.duplicates} |`,
    );
  } finally {
    await server?.close();
  }
}
process.stdout.write(
  [
    `| store | claim + release p50 / p99 (ms) | renew p50 / p99 (ms) | ${FANOUT} alerts, two instances | delivered once / repeated |`,
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
    `Load average (1 min) when the run ended: ${loadavg()[0]?.toFixed(1)} on 2 cores, shared with other work.`,
    '',
  ].join('\n'),
);
