import { sqliteFileOf } from '../paths.ts';
import { redactUrl } from '../util/redact.ts';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import type { Logger } from '../log.ts';
import { createOutageLog, type OutageLog } from './outage-log.ts';
import { openRedisClient, type RedisClient } from './redis-client.ts';
import { retryWhileBusy, statementQueue } from './sqlite-busy.ts';
import { StoreError } from './store-error.ts';
import { keyvPostgresAdapters } from './keyv-postgres.ts';

/** Opens one keyv namespace of the store named by STORE_URL; `close()` closes every one it opened. */
export interface KeyvFactory {
  readonly url: string;
  readonly kind: 'sqlite' | 'redis' | 'postgres' | 'memory';
  open<V>(namespace: string): Keyv<V>;
  /** On Redis, the connection the namespaces share (the outbox lists use it too). */
  readonly redis?: RedisClient;
  close(): Promise<void>;
}

export { StoreError };

/** Where the default sqlite file lives, folder created on demand. */
export function sqlitePath(url: string): string {
  const file = sqliteFileOf(url);
  if (!file) throw new StoreError('STORE_URL sqlite:// needs a file path, e.g. sqlite://data/ee-draw-bot.sqlite');
  if (file === ':memory:') return file;
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

/** Makes one adapter per namespace; `close` ends what they share (one Redis client, @keyv/postgres's module-wide pool) exactly once. */
interface Adapters {
  make: () => KeyvStoreAdapter;
  close?: () => Promise<void>;
  redis?: RedisClient;
  /** The shared connection's failures, logged once per kind until it answers again; keyv's errors go there too. */
  outage?: OutageLog;
}

async function adapterFor(url: string, timeoutMs: number, logger: Logger): Promise<Adapters | null> {
  if (url.startsWith('memory://')) return null;
  if (url.startsWith('sqlite://')) {
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    const file = sqlitePath(url);
    const make = () => {
      const adapter = new KeyvSqlite({ uri: `sqlite://${file}` });
      const query = adapter.query;
      // The adapter opens its database in the background; a failure there must reach our callers
      // (every later query rejects with it), not crash the process as an unhandled rejection.
      // busy_timeout 0: a busy file is waited for with timers, never inside SQLite, whose sleep
      // would hold the connection and stall the event loop (sqlite-busy.ts, decision 0013).
      // WAL with synchronous=NORMAL: a commit no longer waits for the disk, so the outbox can write a
      // delivery state per message at Telegram's paid rate; a crash loses at most the last commits'
      // durability, never the file's consistency (the outbox then sends those again, bounded).
      const probe = query('PRAGMA busy_timeout=0')
        .then(() => retryWhileBusy(() => query('PRAGMA journal_mode=WAL')))
        .then(() => query('PRAGMA synchronous=NORMAL'));
      probe.catch(() => undefined);
      // Every statement of the adapter (get, set, delete, iterator) waits for those settings, then
      // runs alone on its connection, tried again while the file is busy.
      const queue = statementQueue();
      adapter.query = (sql: string, ...params: unknown[]) => probe.then(() => queue(() => query(sql, ...params)));
      return { adapter, probe };
    };
    const first = make();
    try {
      await first.probe;
    } catch (err) {
      throw new StoreError(`cannot open the SQLite store ${file}: ${(err as Error).message}`, { cause: err });
    }
    let spare: KeyvStoreAdapter | null = first.adapter;
    return {
      make: () => {
        const adapter = spare ?? make().adapter;
        spare = null;
        return adapter;
      },
    };
  }
  if (/^rediss?:\/\//.test(url)) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    // One bounded connection for every namespace (they differ by key prefix only).
    const outage = createOutageLog(logger, 'Redis (keyv)');
    const client = await openRedisClient(url, timeoutMs, outage);
    return {
      outage,
      redis: client,
      make: () => new KeyvRedis(client, { throwOnConnectError: true, throwOnErrors: true }),
      close: async () => {
        if (client.isOpen) await client.close();
      },
    };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return keyvPostgresAdapters(url, timeoutMs, logger);
  throw new StoreError(`STORE_URL "${redactUrl(url)}" is not sqlite://, redis://, postgres:// or memory://`);
}

/** Default for STORE_CONNECT_TIMEOUT_MS. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

export async function createKeyvFactory(url: string, logger: Logger, timeoutMs = DEFAULT_CONNECT_TIMEOUT_MS): Promise<KeyvFactory> {
  const adapters = await adapterFor(url, timeoutMs, logger);
  const opened: Keyv[] = [];
  const kind = url.startsWith('sqlite') ? 'sqlite' : url.startsWith('redis') ? 'redis' : url.startsWith('postgres') ? 'postgres' : 'memory';
  return {
    url,
    kind,
    ...(adapters?.redis ? { redis: adapters.redis } : {}),
    open<V>(namespace: string): Keyv<V> {
      const keyv = new Keyv<V>({ ...(adapters ? { store: adapters.make() } : {}), namespace, throwOnErrors: true });
      // Each failed call also rejects to its caller; on Redis and PostgreSQL an outage would log every one of them.
      keyv.on('error', (err: unknown) => (adapters?.outage ? adapters.outage.failed(err) : logger.error({ err, namespace, store: kind }, 'store error')));
      opened.push(keyv as Keyv);
      return keyv;
    },
    async close() {
      const all = opened.splice(0);
      const done = adapters?.close ? adapters.close() : Promise.all(all.map((k) => k.disconnect())).then(() => undefined);
      await done.catch((err: unknown) => logger.warn({ err }, 'closing the store failed'));
    },
  };
}
