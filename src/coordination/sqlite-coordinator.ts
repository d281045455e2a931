import sqlite3 from 'sqlite3';
import type { Coordinator } from './coordinator.ts';

/**
 * Leases in the SQLite file the store uses, so several processes sharing one
 * `sqlite://` store coordinate: SQLite serialises writers, and `changes` says who won.
 */
export async function createSqliteCoordinator(file: string, now: () => number = Date.now): Promise<Coordinator> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(d)));
  });
  db.configure('busyTimeout', 10_000);
  const run = (sql: string, params: unknown[] = []) =>
    new Promise<number>((resolve, reject) => {
      db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
        if (err) reject(err);
        else resolve(this.changes);
      });
    });
  await run('PRAGMA journal_mode=WAL');
  await run('PRAGMA synchronous=NORMAL');
  await run('CREATE TABLE IF NOT EXISTS ee_leases (key TEXT PRIMARY KEY, expires INTEGER NOT NULL)');
  let closed: Promise<void> | null = null;
  return {
    async claim(key, ttlMs) {
      const t = now();
      const changes = await run('INSERT INTO ee_leases (key, expires) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET expires = excluded.expires WHERE ee_leases.expires <= ?', [key, t + ttlMs, t]);
      return changes === 1;
    },
    async release(key) {
      await run('DELETE FROM ee_leases WHERE key = ?', [key]);
    },
    close() {
      closed ??= new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));
      return closed;
    },
  };
}
