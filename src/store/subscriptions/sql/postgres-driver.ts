import type pg from 'pg';
import type { SqlDriver, SqlRunner } from './sql-driver.ts';

/** `?` → `$1, $2 …` (the SQL here has no `?` inside literals), remembered per statement. */
const numbered = new Map<string, string>();
function toPg(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    if (numbered.size < 1000) numbered.set(sql, out);
  }
  return out;
}

function runner(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    all: async <R>(sql: string, params: readonly unknown[] = []) => (await client.query(toPg(sql), params as unknown[])).rows as R[],
    run: async (sql, params = []) => (await client.query(toPg(sql), params as unknown[])).rowCount ?? 0,
  };
}

/**
 * The subscription tables on PostgreSQL through a `pg` pool of its own. A transaction holds one
 * pooled client from BEGIN to COMMIT; reads go to any client.
 */
export function createPostgresDriver(pool: pg.Pool): SqlDriver {
  const reads = runner(pool);
  let closed: Promise<void> | null = null;
  return {
    dialect: 'postgres',
    all: reads.all,
    run: reads.run,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(runner(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (err) {
        // The transaction's own error is the one to report; a connection that cannot even roll back is discarded.
        const rollback = await client.query('ROLLBACK').then(
          () => undefined,
          (e: unknown) => e as Error,
        );
        client.release(rollback);
        throw err;
      }
    },
    close() {
      closed ??= pool.end();
      return closed;
    },
  };
}
