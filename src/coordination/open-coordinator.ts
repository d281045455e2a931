import type { Logger } from '../log.ts';
import { DEFAULT_CONNECT_TIMEOUT_MS, sqlitePath } from '../store/keyv-factory.ts';
import { createOutageLog } from '../store/outage-log.ts';
import { openPostgresPool } from '../store/postgres-pool.ts';
import { openRedisClient, redactUrl } from '../store/redis-client.ts';
import { StoreError } from '../store/store-error.ts';
import { createPostgresDriver } from '../store/subscriptions/sql/postgres-driver.ts';
import { openSqliteDriver } from '../store/subscriptions/sql/sqlite-driver.ts';
import { createCoordinator, createMemoryCoordinator, type Coordinator } from './coordinator.ts';
import type { LeaseEngine } from './lease-engine.ts';
import { createRedisLeases } from './redis-leases.ts';
import { createSqlLeases } from './sql-leases.ts';

/** What opening a coordinator needs besides STORE_URL. */
export interface OpenCoordinatorOptions {
  /** INSTANCE_ID; default a random id per process. */
  instanceId?: string;
  /** STORE_CONNECT_TIMEOUT_MS: how long opening Redis or PostgreSQL may take before a StoreError. */
  connectTimeoutMs?: number;
  /** Redis key prefix (tests keep runs apart with it). */
  redisPrefix?: string;
}

/** The lease engine of STORE_URL's store, its connection bounded as the stores' are; null for one process (memory). */
export async function openLeaseEngine(url: string, logger: Logger, opts: OpenCoordinatorOptions): Promise<LeaseEngine | null> {
  const timeoutMs = opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  if (url.startsWith('memory://')) return null;
  if (url.startsWith('sqlite://')) {
    const file = sqlitePath(url);
    if (file === ':memory:') return null;
    return openOrExplain(
      `the SQLite store ${file}`,
      () => openSqliteDriver(file),
      (db) => createSqlLeases(db),
    );
  }
  if (/^rediss?:\/\//.test(url)) {
    const client = await openRedisClient(url, timeoutMs, createOutageLog(logger, 'Redis (leases)'));
    return createRedisLeases(client, opts.redisPrefix);
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = await openPostgresPool(url, timeoutMs, logger, 'PostgreSQL (leases)', 4);
    return openOrExplain(
      `the PostgreSQL store ${redactUrl(url)}`,
      () => Promise.resolve(createPostgresDriver(pool)),
      (db) => createSqlLeases(db),
    );
  }
  throw new StoreError(`STORE_URL "${redactUrl(url)}" is not sqlite://, redis://, postgres:// or memory://`);
}

/** Opens a driver and prepares the lease table on it; a failure closes the driver and becomes one StoreError. */
async function openOrExplain<D extends { close(): Promise<void> }>(what: string, open: () => Promise<D>, prepare: (db: D) => Promise<LeaseEngine>): Promise<LeaseEngine> {
  let db: D | null = null;
  try {
    db = await open();
    return await prepare(db);
  } catch (err) {
    await db?.close().catch(() => undefined);
    throw new StoreError(`cannot prepare the leases in ${what}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * The coordinator of STORE_URL's store: leases in the SQLite file, in Redis, or in a PostgreSQL
 * table (decision 0011), so every instance on that store shares them; in this process only for
 * `memory://`. Owned by `opts.instanceId`.
 */
export async function openCoordinator(url: string, logger: Logger, opts: OpenCoordinatorOptions = {}): Promise<Coordinator> {
  const engine = await openLeaseEngine(url, logger, opts);
  const owner = { ...(opts.instanceId ? { instanceId: opts.instanceId } : {}), pingTimeoutMs: opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS };
  if (!engine) return createMemoryCoordinator(Date.now, { ...owner, logger });
  return createCoordinator(engine, { ...owner, logger });
}
