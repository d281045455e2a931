import type Keyv from 'keyv';
import type { Logger } from '../../log.ts';
import type { KeyvFactory } from '../keyv-factory.ts';
import { openPostgresPool } from '../postgres-pool.ts';
import { redactUrl } from '../redis-client.ts';
import { StoreError } from '../store-error.ts';
import { createPostgresDriver } from '../subscriptions/sql/postgres-driver.ts';
import { createKeyvOutboxLists, type OutboxLists } from './outbox-lists.ts';
import { createRedisOutboxLists } from './redis-outbox-lists.ts';
import { createSqlOutboxLists } from './sql-outbox-lists.ts';

/** The outbox lists of the store's engine and what closes them (decision 0011). */
export interface OpenedLists {
  lists: OutboxLists;
  close(): Promise<void>;
}

/**
 * Redis: sets and a sorted set on the keyv connection; PostgreSQL: two tables on a small pool of
 * their own; SQLite and memory: keyv records changed under `serial` (a lease across processes).
 */
export async function openOutboxLists(
  factory: KeyvFactory,
  keyv: Keyv<unknown>,
  opts: { logger: Logger; connectTimeoutMs: number; serial: <T>(task: () => Promise<T>) => Promise<T> },
): Promise<OpenedLists> {
  if (factory.redis) return { lists: createRedisOutboxLists(factory.redis), close: () => Promise.resolve() };
  if (factory.kind !== 'postgres') return { lists: createKeyvOutboxLists(keyv, opts.serial), close: () => Promise.resolve() };
  const driver = createPostgresDriver(await openPostgresPool(factory.url, opts.connectTimeoutMs, opts.logger, 'PostgreSQL (outbox)', 4));
  try {
    return { lists: await createSqlOutboxLists(driver), close: () => driver.close() };
  } catch (err) {
    await driver.close();
    throw new StoreError(`cannot prepare the outbox tables in ${redactUrl(factory.url)}: ${(err as Error).message}`, { cause: err });
  }
}
