/**
 * The stores the coordinator contract runs on: memory (one map shared by the "instances"),
 * SQLite (one file), and real Redis and PostgreSQL servers from `test/helpers/servers.ts`.
 * `open(id)` is one instance; a second call with the same id is that instance restarted.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoordinator, type Coordinator } from '../../src/coordination/coordinator.ts';
import { createMemoryLeases } from '../../src/coordination/memory-leases.ts';
import { openCoordinator } from '../../src/coordination/open-coordinator.ts';
import { startPostgres, startRedis, type PostgresServer, type TestServer } from '../helpers/servers.ts';
import { silentLogger } from '../helpers/stores.ts';

export interface LeaseStore {
  readonly name: 'memory' | 'sqlite' | 'redis' | 'postgres';
  /** Starts what the engine needs; once per file. */
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  /** STORE_URL of the data (memory: none, the map is in this process). */
  readonly url: string;
  /** A coordinator of instance `id` on the shared data. */
  open(id: string): Promise<Coordinator>;
  /** A server to stop and start (Redis, PostgreSQL). */
  readonly server: TestServer | null;
}

function memory(): LeaseStore {
  const engine = createMemoryLeases();
  return {
    name: 'memory',
    url: 'memory://',
    server: null,
    setUp: () => Promise.resolve(),
    tearDown: () => Promise.resolve(),
    open: (id) => Promise.resolve(createCoordinator(engine, { instanceId: id, logger: silentLogger })),
  };
}

function sqlite(): LeaseStore {
  let url = '';
  return {
    name: 'sqlite',
    server: null,
    get url() {
      return url;
    },
    setUp() {
      url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'ee-leases-')), 'store.sqlite')}`;
      return Promise.resolve();
    },
    tearDown: () => Promise.resolve(),
    open: (id) => openCoordinator(url, silentLogger, { instanceId: id }),
  };
}

function onServer(name: 'redis' | 'postgres', start: () => Promise<TestServer>): LeaseStore {
  let server: TestServer | null = null;
  let url = '';
  return {
    name,
    get server() {
      return server;
    },
    get url() {
      return url;
    },
    async setUp() {
      server = await start();
      url = name === 'postgres' ? await (server as PostgresServer).createDatabase(`leases_${process.pid}`) : server.url;
    },
    tearDown: async () => server?.close(),
    open: (id) => openCoordinator(url, silentLogger, { instanceId: id, connectTimeoutMs: 5_000 }),
  };
}

export const leaseStores = (): LeaseStore[] => [memory(), sqlite(), onServer('redis', startRedis), onServer('postgres', startPostgres)];

/** Resolves once `check` answers true, polling; fails after `timeoutMs` (an event, never a fixed sleep). */
export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 10_000, what = 'the condition'): Promise<number> {
  const started = performance.now();
  for (let wait = 5; ; wait = Math.min(wait * 2, 50)) {
    if (await check()) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
