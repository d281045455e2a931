import sqlite3 from 'sqlite3';
import { createSerial } from '../../../util/serial.ts';
import { BUSY_WAIT_MS, statementQueue } from '../../sqlite-busy.ts';
import type { SqlDriver, SqlRunner } from './sql-driver.ts';

/** Opens a connection that never waits inside SQLite for a busy file (see sqlite-busy.ts). */
function open(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => {
      if (err) return reject(err);
      db.configure('busyTimeout', 0);
      resolve(db);
    });
  });
}

/** Statements on one connection, one at a time, each tried again while the file is busy, for up to `waitMs`. */
function runner(db: sqlite3.Database, waitMs: number): SqlRunner {
  const queue = statementQueue(waitMs);
  return {
    all: <R>(sql: string, params: readonly unknown[] = []) =>
      queue(() => new Promise<R[]>((resolve, reject) => db.all(sql, params, (err: Error | null, rows: R[]) => (err ? reject(err) : resolve(rows))))),
    run: (sql, params = []) =>
      queue(
        () =>
          new Promise<number>((resolve, reject) =>
            db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
              if (err) reject(err);
              else resolve(this.changes);
            }),
          ),
      ),
  };
}

const close = (db: sqlite3.Database) => new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));

/**
 * The subscription tables in the SQLite file the keyv store uses, through `sqlite3`. Two
 * connections: a writer whose transactions (BEGIN IMMEDIATE) are queued within the process and
 * wait for other connections and processes for up to `busyWaitMs`, and a reader that, in WAL
 * mode, sees only committed data and never waits for the writer. A busy file is waited for with
 * timers, never inside SQLite (sqlite-busy.ts, decision 0013).
 */
export async function openSqliteDriver(file: string, busyWaitMs = BUSY_WAIT_MS): Promise<SqlDriver> {
  const writer = await open(file);
  const w = runner(writer, busyWaitMs);
  // WAL lets readers go on while a write commits; NORMAL syncs at checkpoints, not on every commit (no corruption on a crash, at worst the last commits lost on power loss).
  if (file !== ':memory:') await w.all('PRAGMA journal_mode = WAL');
  await w.run('PRAGMA synchronous = NORMAL');
  // ':memory:' is a private database per connection: there, the writer reads too (through the same queue).
  const reader = file === ':memory:' ? writer : await open(file);
  const r = reader === writer ? w : runner(reader, busyWaitMs);
  // Per connection: the reader's own writes (the coordinator's leases) must not wait for the disk either.
  if (reader !== writer) await r.run('PRAGMA synchronous = NORMAL');
  const serial = createSerial();
  let closed: Promise<void> | null = null;
  return {
    dialect: 'sqlite',
    all: r.all,
    run: r.run,
    transaction: (fn) =>
      serial(async () => {
        await w.run('BEGIN IMMEDIATE');
        try {
          const result = await fn(w);
          await w.run('COMMIT');
          return result;
        } catch (err) {
          // The transaction's own error is the one to report; a failed ROLLBACK means SQLite had already ended it.
          await w.run('ROLLBACK').catch(() => undefined);
          throw err;
        }
      }),
    close() {
      closed ??= Promise.all([close(writer), reader === writer ? Promise.resolve() : close(reader)]).then(() => undefined);
      return closed;
    },
  };
}
