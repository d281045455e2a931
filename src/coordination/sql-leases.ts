import type { SqlDriver } from '../store/subscriptions/sql/sql-driver.ts';
import type { LeaseEngine, LeaseHolder } from './lease-engine.ts';

/**
 * Leases in a table, on SQLite (the store's file) or PostgreSQL, through the subscription store's
 * SQL drivers. A take is one upsert whose WHERE lets it win only over an expired lease or the
 * same owner's (decision 0011). PostgreSQL counts time on the server (every instance agrees, whatever its
 * clock) and numbers takes with a sequence in the same statement; SQLite (one machine) counts with
 * the local clock and a counter row moved by triggers, each take one statement.
 */
const SCHEMA = {
  sqlite: [
    'CREATE TABLE IF NOT EXISTS ee_coord_leases (key TEXT PRIMARY KEY, owner TEXT NOT NULL, fence INTEGER NOT NULL, expires INTEGER NOT NULL) WITHOUT ROWID',
    'CREATE TABLE IF NOT EXISTS ee_coord_fence (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)',
    'INSERT OR IGNORE INTO ee_coord_fence (id, n) VALUES (1, 0)',
    // The counter follows every take inside the take's own statement (see SQLITE_TAKE).
    'CREATE TRIGGER IF NOT EXISTS ee_coord_fence_insert AFTER INSERT ON ee_coord_leases BEGIN UPDATE ee_coord_fence SET n = NEW.fence WHERE id = 1; END',
    'CREATE TRIGGER IF NOT EXISTS ee_coord_fence_update AFTER UPDATE OF fence ON ee_coord_leases BEGIN UPDATE ee_coord_fence SET n = NEW.fence WHERE id = 1; END',
  ],
  postgres: [
    'SELECT pg_advisory_xact_lock(7009)',
    'CREATE TABLE IF NOT EXISTS ee_coord_leases (key TEXT PRIMARY KEY, owner TEXT NOT NULL, fence BIGINT NOT NULL, expires TIMESTAMPTZ NOT NULL)',
    'CREATE SEQUENCE IF NOT EXISTS ee_coord_fence',
  ],
};

/** PostgreSQL's clock, read at each statement (not the transaction's start); SQLite gets the time as a parameter. */
const PG_NOW = 'clock_timestamp()';
const PG_PLUS = (p: string) => `clock_timestamp() + ${p}::double precision * interval '1 millisecond'`;

const PG_TAKE = `INSERT INTO ee_coord_leases AS l (key, owner, fence, expires) VALUES (?, ?, nextval('ee_coord_fence'), ${PG_PLUS('?')})
ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, fence = excluded.fence, expires = excluded.expires WHERE l.expires <= ${PG_NOW} OR l.owner = excluded.owner
RETURNING fence`;
/**
 * One statement, so SQLite's write lock is held for one step only: several statements in a transaction
 * would hold it across trips through node's thread pool, while every other writer of the file waits
 * (decision 0013). The fence is the counter + 1, and the triggers move the counter in the same statement.
 */
const SQLITE_TAKE = `INSERT INTO ee_coord_leases AS l (key, owner, fence, expires) VALUES (?, ?, (SELECT n + 1 FROM ee_coord_fence WHERE id = 1), ?)
ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, fence = excluded.fence, expires = excluded.expires WHERE l.expires <= ? OR l.owner = excluded.owner
RETURNING fence`;

/** Rows of expired leases that nobody released (a crash) are swept now and then, not on every take. */
const SWEEP_EVERY = 256;
const SWEEP_AGE_MS = 60_000;

export async function createSqlLeases(db: SqlDriver, now: () => number = Date.now): Promise<LeaseEngine> {
  const pg = db.dialect === 'postgres';
  await db.transaction(async (tx) => {
    for (const sql of SCHEMA[db.dialect]) await (sql.startsWith('SELECT') ? tx.all(sql) : tx.run(sql));
  });
  let takes = 0;
  const sweep = async () => {
    if (++takes % SWEEP_EVERY !== 0) return;
    if (pg) await db.run(`DELETE FROM ee_coord_leases WHERE expires < ${PG_PLUS('?')}`, [-SWEEP_AGE_MS]);
    else await db.run('DELETE FROM ee_coord_leases WHERE expires < ?', [now() - SWEEP_AGE_MS]);
  };

  async function sqliteTake(key: string, owner: string, ttlMs: number): Promise<number | null> {
    const t = now();
    const rows = await db.all<{ fence: number }>(SQLITE_TAKE, [key, owner, t + ttlMs, t]);
    return rows[0] ? Number(rows[0].fence) : null;
  }

  /** A lease another owner visibly holds is refused from the reader, without queueing for SQLite's one write lock (lease waits poll). */
  async function heldByAnother(key: string, owner: string): Promise<boolean> {
    const t = now();
    const rows = await db.all<{ owner: string }>('SELECT owner FROM ee_coord_leases WHERE key = ? AND expires > ?', [key, t]);
    return rows.length > 0 && rows[0]?.owner !== owner;
  }

  const sqliteHolder = (key: string) => {
    const t = now();
    return db.all<{ owner: string; fence: number; remaining: number }>('SELECT owner, fence, expires - ? AS remaining FROM ee_coord_leases WHERE key = ? AND expires > ?', [t, key, t]);
  };

  return {
    name: db.dialect,
    async take(key, owner, ttlMs) {
      if (!pg && (await heldByAnother(key, owner))) return null;
      const fence = pg ? ((await db.all<{ fence: string }>(PG_TAKE, [key, owner, ttlMs])).map((r) => Number(r.fence))[0] ?? null) : await sqliteTake(key, owner, ttlMs);
      // Housekeeping only: a sweep that fails (a busy file) is simply done at a later take.
      await sweep().catch(() => undefined);
      return fence;
    },
    async extend(key, owner, fence, ttlMs) {
      if (pg) return (await db.run(`UPDATE ee_coord_leases SET expires = ${PG_PLUS('?')} WHERE key = ? AND owner = ? AND fence = ? AND expires > ${PG_NOW}`, [ttlMs, key, owner, fence])) === 1;
      const t = now();
      return (await db.run('UPDATE ee_coord_leases SET expires = ? WHERE key = ? AND owner = ? AND fence = ? AND expires > ?', [t + ttlMs, key, owner, fence, t])) === 1;
    },
    async drop(key, owner, fence) {
      const sql = 'DELETE FROM ee_coord_leases WHERE key = ? AND owner = ? AND fence = ?';
      await db.run(sql, [key, owner, fence]);
    },
    async holder(key) {
      const rows = pg
        ? await db.all<{ owner: string; fence: string; remaining: string }>(
            `SELECT owner, fence, (extract(epoch FROM expires - ${PG_NOW}) * 1000)::bigint AS remaining FROM ee_coord_leases WHERE key = ? AND expires > ${PG_NOW}`,
            [key],
          )
        : await sqliteHolder(key);
      const row = rows[0];
      const found: LeaseHolder | null = row ? { owner: row.owner, fence: Number(row.fence), remainingMs: Number(row.remaining) } : null;
      return found;
    },
    async ping() {
      await db.all('SELECT 1');
    },
    close: () => db.close(),
  };
}
