import pg from 'pg';
import type { Logger } from '../log.ts';
import { redactUrl } from './redis-client.ts';
import { StoreError } from './store-error.ts';

/** A `pg` pool that has answered once, or a StoreError within the timeout (the pool ended, once). */
export async function openPostgresPool(url: string, timeoutMs: number, logger: Logger): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: timeoutMs, max: 8 });
  // An idle client losing its server emits here; without a listener it would crash the process.
  pool.on('error', (err) => logger.warn({ err }, 'PostgreSQL connection lost'));
  try {
    await pool.query('SELECT 1');
    return pool;
  } catch (err) {
    await pool.end().catch((e: unknown) => logger.debug({ err: e }, 'ending the PostgreSQL pool after a failed open'));
    throw new StoreError(`cannot reach the PostgreSQL store ${redactUrl(url)} within ${timeoutMs} ms: ${(err as Error).message}`, { cause: err });
  }
}
