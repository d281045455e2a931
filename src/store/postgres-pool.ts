import pg from 'pg';
import type { Logger } from '../log.ts';
import { createOutageLog } from './outage-log.ts';
import { redactUrl } from './redis-client.ts';
import { StoreError } from './store-error.ts';

/**
 * A `pg` client class whose errors always have a listener. pg-pool stops listening to a client
 * when it ends it, before its socket has closed: a server shutting down in that moment (or a
 * connection cut while the pool is ending) would otherwise crash the process with an unhandled
 * 'error'. Pass it as the pool's `Client`.
 */
export function listenedClient(logger: Logger): typeof pg.Client {
  return class ListenedClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      this.on('error', (err) => logger.debug({ err }, 'PostgreSQL connection closed with an error'));
    }
  };
}

/**
 * A `pg` pool that has answered once, or a StoreError within the timeout (the pool ended, once).
 * Its lost connections are logged once per kind as `what` until a new one connects.
 */
export async function openPostgresPool(url: string, timeoutMs: number, logger: Logger, what = 'PostgreSQL', max = 8): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: timeoutMs, max, Client: listenedClient(logger) });
  const outage = createOutageLog(logger, what);
  // An idle client losing its server emits here; without a listener it would crash the process.
  pool.on('error', (err) => outage.failed(err));
  pool.on('connect', () => outage.recovered());
  try {
    await pool.query('SELECT 1');
    return pool;
  } catch (err) {
    await pool.end().catch((e: unknown) => logger.debug({ err: e }, 'ending the PostgreSQL pool after a failed open'));
    throw new StoreError(`cannot reach the PostgreSQL store ${redactUrl(url)} within ${timeoutMs} ms: ${(err as Error).message}`, { cause: err });
  }
}
