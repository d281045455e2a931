import type { Logger } from '../../log.ts';
import { sqlitePath } from '../keyv-factory.ts';
import { createOutageLog } from '../outage-log.ts';
import { openPostgresPool } from '../postgres-pool.ts';
import { openRedisClient, redactUrl } from '../redis-client.ts';
import { StoreError } from '../store-error.ts';
import type { SubscriptionStore } from '../subscription-store.ts';
import { createMemorySubscriptionStore } from './memory-store.ts';
import { createRedisSubscriptionStore } from './redis/redis-store.ts';
import { createPostgresDriver } from './sql/postgres-driver.ts';
import { openSqliteDriver } from './sql/sqlite-driver.ts';
import { createSqlSubscriptionStore } from './sql/sql-store.ts';

/** What opening a subscription store needs besides its URL. */
export interface SubscriptionStoreOptions {
  logger: Logger;
  /** How long opening a Redis or PostgreSQL store may take before it gives up. */
  connectTimeoutMs: number;
  now?: () => Date;
  /** Redis key prefix (tests keep stores apart with it). */
  redisPrefix?: string;
}

/** The subscription store of STORE_URL's engine (decision 0007); SQLite shares the keyv store's file. */
export async function openSubscriptionStore(url: string, opts: SubscriptionStoreOptions): Promise<SubscriptionStore> {
  const { logger, connectTimeoutMs, now } = opts;
  if (url.startsWith('memory://')) return createMemorySubscriptionStore(now);
  if (url.startsWith('sqlite://')) {
    const file = sqlitePath(url);
    try {
      return await createSqlSubscriptionStore(await openSqliteDriver(file), now);
    } catch (err) {
      throw new StoreError(`cannot open the SQLite store ${file}: ${(err as Error).message}`, { cause: err });
    }
  }
  if (/^rediss?:\/\//.test(url)) {
    const client = await openRedisClient(url, connectTimeoutMs, createOutageLog(logger, 'Redis (subscriptions)'));
    try {
      return await createRedisSubscriptionStore(client, { ...(opts.redisPrefix ? { prefix: opts.redisPrefix } : {}), ...(now ? { now } : {}) });
    } catch (err) {
      client.destroy();
      throw new StoreError(`cannot prepare the Redis store ${redactUrl(url)}: ${(err as Error).message}`, { cause: err });
    }
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const driver = createPostgresDriver(await openPostgresPool(url, connectTimeoutMs, logger, 'PostgreSQL (subscriptions)'));
    try {
      return await createSqlSubscriptionStore(driver, now);
    } catch (err) {
      await driver.close();
      throw new StoreError(`cannot prepare the PostgreSQL store ${redactUrl(url)}: ${(err as Error).message}`, { cause: err });
    }
  }
  throw new StoreError(`STORE_URL "${redactUrl(url)}" is not sqlite://, redis://, postgres:// or memory://`);
}
