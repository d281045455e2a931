import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import type { Logger } from '../log.ts';

/** Opens one keyv namespace of the store named by STORE_URL; `close()` closes every one it opened. */
export interface KeyvFactory {
  readonly url: string;
  readonly kind: 'sqlite' | 'redis' | 'postgres' | 'memory';
  open<V>(namespace: string): Keyv<V>;
  close(): Promise<void>;
}

export class StoreError extends Error {
  override name = 'StoreError';
}

/** Where the default sqlite file lives, folder created on demand. */
export function sqlitePath(url: string): string {
  const path = url.replace(/^sqlite:\/\//, '');
  if (!path) throw new StoreError('STORE_URL sqlite:// needs a file path, e.g. sqlite://data/ee-draw-bot.sqlite');
  if (path === ':memory:') return path;
  const abs = resolve(path);
  mkdirSync(dirname(abs), { recursive: true });
  return abs;
}

async function adapterFor(url: string): Promise<(() => KeyvStoreAdapter) | null> {
  if (url.startsWith('memory://')) return null;
  if (url.startsWith('sqlite://')) {
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    const file = sqlitePath(url);
    const make = () => {
      const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000 });
      // The adapter opens its database in the background; a failure there must reach our callers
      // (every later query rejects with it), not crash the process as an unhandled rejection.
      // WAL with synchronous=NORMAL: a commit no longer waits for the disk, so the outbox can write a
      // delivery state per message at Telegram's paid rate; a crash loses at most the last commits'
      // durability, never the file's consistency (the outbox then sends those again, bounded).
      const probe = adapter.query('PRAGMA journal_mode=WAL').then(() => adapter.query('PRAGMA synchronous=NORMAL'));
      probe.catch(() => undefined);
      return { adapter, probe };
    };
    const first = make();
    try {
      await first.probe;
    } catch (err) {
      throw new StoreError(`cannot open the SQLite store ${file}: ${(err as Error).message}`, { cause: err });
    }
    let spare: KeyvStoreAdapter | null = first.adapter;
    return () => {
      const adapter = spare ?? make().adapter;
      spare = null;
      return adapter;
    };
  }
  if (/^rediss?:\/\//.test(url)) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    return () => new KeyvRedis(url, { throwOnConnectError: true, throwOnErrors: true });
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { default: KeyvPostgres } = await import('@keyv/postgres');
    return () => new KeyvPostgres({ uri: url });
  }
  throw new StoreError(`STORE_URL "${url.replace(/\/\/[^@/]*@/, '//…@')}" is not sqlite://, redis://, postgres:// or memory://`);
}

export async function createKeyvFactory(url: string, logger: Logger): Promise<KeyvFactory> {
  const makeAdapter = await adapterFor(url);
  const opened: Keyv[] = [];
  const kind = url.startsWith('sqlite') ? 'sqlite' : url.startsWith('redis') ? 'redis' : url.startsWith('postgres') ? 'postgres' : 'memory';
  return {
    url,
    kind,
    open<V>(namespace: string): Keyv<V> {
      const keyv = new Keyv<V>({ ...(makeAdapter ? { store: makeAdapter() } : {}), namespace, throwOnErrors: true });
      keyv.on('error', (err: unknown) => logger.error({ err, namespace, store: kind }, 'store error'));
      opened.push(keyv as Keyv);
      return keyv;
    },
    async close() {
      const all = opened.splice(0);
      await Promise.all(all.map((k) => k.disconnect().catch((err: unknown) => logger.warn({ err }, 'closing the store failed'))));
    },
  };
}
