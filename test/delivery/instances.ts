/**
 * "Instances" in one test process: each its own store objects and coordinator (its own
 * connections), on one shared Redis, PostgreSQL or SQLite store, as separate processes would be.
 * An instance can be killed: its sends then never answer (those already out still arrive, as a
 * request a dying process had written does), nothing more is written, no claim is released.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoordinator, type Coordinator } from '../../src/coordination/coordinator.ts';
import { openLeaseEngine } from '../../src/coordination/open-coordinator.ts';
import type { PlatformPort } from '../../src/delivery/platform-port.ts';
import { createDeliveryWorker, type DeliveryWorker } from '../../src/delivery/worker.ts';
import { openStores, type Stores } from '../../src/store/index.ts';
import { startPostgres, startRedis, type PostgresServer, type TestServer } from '../helpers/servers.ts';
import { silentLogger } from '../helpers/stores.ts';
import { PLATFORM } from './helpers.ts';

export interface SharedStore {
  readonly name: 'sqlite' | 'redis' | 'postgres';
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  /** A new, empty store for one test; returns its STORE_URL. */
  fresh(): Promise<string>;
  readonly server: TestServer | null;
}

let counter = 0;

function sqlite(): SharedStore {
  return {
    name: 'sqlite',
    server: null,
    setUp: () => Promise.resolve(),
    tearDown: () => Promise.resolve(),
    fresh: () => Promise.resolve(`sqlite://${join(mkdtempSync(join(tmpdir(), 'ee-instances-')), 'store.sqlite')}`),
  };
}

function redis(): SharedStore {
  let server: TestServer | null = null;
  return {
    name: 'redis',
    get server() {
      return server;
    },
    async setUp() {
      server = await startRedis();
    },
    tearDown: async () => server?.close(),
    // One Redis database (0–15) per test keeps tests apart, keyv's keys and the leases alike.
    fresh: () => Promise.resolve(`${(server as TestServer).url}/${++counter % 16}`),
  };
}

function postgres(): SharedStore {
  let server: PostgresServer | null = null;
  return {
    name: 'postgres',
    get server() {
      return server;
    },
    async setUp() {
      server = await startPostgres();
    },
    tearDown: async () => server?.close(),
    fresh: () => (server as PostgresServer).createDatabase(`inst_${process.pid}_${++counter}`),
  };
}

export const sharedStores = (): SharedStore[] => [sqlite(), redis(), postgres()];

export interface Instance {
  id: string;
  coordinator: Coordinator;
  stores: Stores;
  worker: DeliveryWorker;
  /** kill -9: sends in flight arrive but never answer; later sends never leave. */
  kill(): void;
  readonly killed: boolean;
  /** A graceful stop: the worker, then the stores and the coordinator (which releases its leases). */
  stop(): Promise<void>;
  /** Closes the connections of a killed instance (its leases stay behind, as after kill -9). */
  abandon(): Promise<void>;
}

/** A platform port that stops answering once its instance is killed. */
function killable(port: PlatformPort, isKilled: () => boolean): PlatformPort {
  const never = <T>() => new Promise<T>(() => undefined);
  return {
    ...port,
    async send(dest, message) {
      if (isKilled()) return never();
      const sent = await port.send(dest, message);
      return isKilled() ? never() : sent;
    },
    async edit(dest, messageId, message) {
      if (isKilled()) return never();
      await port.edit(dest, messageId, message);
      if (isKilled()) return never();
    },
  };
}

/** Options of one instance. */
export interface InstanceOptions {
  concurrency?: number;
  claimTtlMs?: number;
}

export async function startInstance(url: string, id: string, platform: PlatformPort, opts: InstanceOptions = {}): Promise<Instance> {
  const engine = await openLeaseEngine(url, silentLogger, {});
  if (!engine) throw new Error(`${url} keeps its leases in one process`);
  const coordinator = createCoordinator(engine, { instanceId: id, logger: silentLogger });
  const stores = await openStores(url, silentLogger, coordinator);
  let killed = false;
  const worker = createDeliveryWorker({
    outbox: stores.outbox,
    subscriptions: stores.subscriptions,
    platforms: new Map([[PLATFORM, killable(platform, () => killed)]]),
    coordinator,
    logger: silentLogger,
    concurrency: opts.concurrency ?? 16,
    ...(opts.claimTtlMs ? { claimTtlMs: opts.claimTtlMs } : {}),
  });
  return {
    id,
    coordinator,
    stores,
    worker,
    kill: () => void (killed = true),
    get killed() {
      return killed;
    },
    async stop() {
      await worker.stop();
      await stores.close();
      await coordinator.close();
    },
    async abandon() {
      await stores.close();
      // Closing the coordinator would release its claims: end its connection only.
      await engine.close();
    },
  };
}
