/**
 * The engines the subscription-store contract runs on, each giving a fresh, empty store per test
 * and a second instance on the same data (what another process would see). Redis and PostgreSQL
 * are real servers started by `test/helpers/servers.ts`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import { createMemorySubscriptionStore } from '../../src/store/subscriptions/memory-store.ts';
import { openSubscriptionStore } from '../../src/store/subscriptions/open-subscription-store.ts';
import { startPostgres, startRedis, type PostgresServer, type TestServer } from '../helpers/servers.ts';
import { silentLogger } from '../helpers/stores.ts';

export interface Engine {
  readonly name: 'memory' | 'sqlite' | 'redis' | 'postgres';
  /** Starts what the engine needs (a server); once per file. */
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  /** A store on new, empty data. */
  fresh(now?: () => Date): Promise<SubscriptionStore>;
  /** Another instance on the data of the last `fresh` (memory: the same one, as memory:// is one process). */
  another(): Promise<SubscriptionStore>;
}

let counter = 0;
const nextName = () => `t${process.pid}_${++counter}`;
const open = (url: string, redisPrefix?: string, now?: () => Date) =>
  openSubscriptionStore(url, { logger: silentLogger, connectTimeoutMs: 5_000, ...(redisPrefix ? { redisPrefix } : {}), ...(now ? { now } : {}) });

function memory(): Engine {
  let last: SubscriptionStore | null = null;
  return {
    name: 'memory',
    setUp: () => Promise.resolve(),
    tearDown: () => Promise.resolve(),
    fresh: (now) => Promise.resolve((last = createMemorySubscriptionStore(now))),
    another: () => Promise.resolve(last as SubscriptionStore),
  };
}

function sqlite(): Engine {
  let url = '';
  return {
    name: 'sqlite',
    setUp: () => Promise.resolve(),
    tearDown: () => Promise.resolve(),
    fresh: (now) => open((url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'ee-subs-')), 'store.sqlite')}`), undefined, now),
    another: () => open(url),
  };
}

function redis(): Engine {
  let server: TestServer | null = null;
  let prefix = '';
  const url = () => (server as TestServer).url;
  return {
    name: 'redis',
    async setUp() {
      server = await startRedis();
    },
    tearDown: async () => server?.close(),
    fresh: (now) => open(url(), (prefix = `${nextName()}:`), now),
    another: () => open(url(), prefix),
  };
}

function postgres(): Engine {
  let server: PostgresServer | null = null;
  let url = '';
  return {
    name: 'postgres',
    async setUp() {
      server = await startPostgres();
    },
    tearDown: async () => server?.close(),
    async fresh(now) {
      url = await (server as PostgresServer).createDatabase(nextName());
      return open(url, undefined, now);
    },
    another: () => open(url),
  };
}

export const engines = (): Engine[] => [memory(), sqlite(), redis(), postgres()];
