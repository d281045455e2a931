import type { KeyvStoreAdapter } from 'keyv';
import type { Logger } from '../log.ts';
import { createOutageLog, type OutageLog } from './outage-log.ts';
import { listenedClient, openPostgresPool } from './postgres-pool.ts';

/** The table @keyv/postgres uses (its defaults), created here once so its adapters never race to create it. */
const KEYV_TABLE = 'CREATE TABLE IF NOT EXISTS public.keyv (key VARCHAR(255) PRIMARY KEY, value TEXT)';

/**
 * keyv namespaces on PostgreSQL through @keyv/postgres, with three of its habits tamed:
 * - it reports an unreachable server only on first use: a probe within `timeoutMs` comes first;
 * - every adapter runs CREATE TABLE at once, and concurrent creations fail ("type keyv already
 *   exists"): the probe creates the table first, under an advisory lock;
 * - all adapters of one URI share a module-wide pool that nobody listens to for errors (a server
 *   restart would crash the process) and that each `disconnect` ends again: its clients always
 *   have a listener, the pool gets one the first time it logs (pg-pool calls `log` on itself), and
 *   only one adapter disconnects.
 */
export async function keyvPostgresAdapters(url: string, timeoutMs: number, logger: Logger): Promise<{ make: () => KeyvStoreAdapter; close: () => Promise<void>; outage: OutageLog }> {
  const { default: KeyvPostgres } = await import('@keyv/postgres');
  const probe = await openPostgresPool(url, timeoutMs, logger, 'PostgreSQL (keyv probe)');
  try {
    const client = await probe.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(7006)');
      await client.query(KEYV_TABLE);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  } finally {
    await probe.end();
  }
  const outage = createOutageLog(logger, 'PostgreSQL (keyv)');
  function log(this: NodeJS.EventEmitter): void {
    if (this.listenerCount('error') > 0) return;
    this.on('error', (err: Error) => outage.failed(err));
    this.on('connect', () => outage.recovered());
  }
  const made: InstanceType<typeof KeyvPostgres>[] = [];
  return {
    outage,
    make: () => {
      const adapter = new KeyvPostgres({ uri: url, connectionTimeoutMillis: timeoutMs, Client: listenedClient(logger), log });
      made.push(adapter);
      return adapter;
    },
    close: async () => made[0]?.disconnect(),
  };
}
