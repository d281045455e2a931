import sqlite3 from 'sqlite3';
import { createSerial } from '../../../util/serial.ts';
import type { SqlDriver, SqlRunner } from './sql-driver.ts';

function open(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(db)));
  });
}

function runner(db: sqlite3.Database): SqlRunner {
  return {
    all: <R>(sql: string, params: readonly unknown[] = []) => new Promise<R[]>((resolve, reject) => db.all(sql, params, (err: Error | null, rows: R[]) => (err ? reject(err) : resolve(rows)))),
    run: (sql, params = []) =>
      new Promise<number>((resolve, reject) =>
        db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
          if (err) reject(err);
          else resolve(this.changes);
        }),
      ),
  };
}

const close = (db: sqlite3.Database) => new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));

/**
 * The subscription tables in the SQLite file the keyv store uses, through `sqlite3`. Two
 * connections: a writer whose transactions (BEGIN IMMEDIATE) are queued within the process and
 * wait for other processes through the busy timeout, and a reader that, in WAL mode, sees only
 * committed data and never waits for the writer.
 */
export async function openSqliteDriver(file: string, busyTimeoutMs = 10_000): Promise<SqlDriver> {
  const writer = await open(file);
  writer.configure('busyTimeout', busyTimeoutMs);
  const w = runner(writer);
  // WAL lets readers go on while a write commits; NORMAL syncs at checkpoints, not on every commit (no corruption on a crash, at worst the last commits lost on power loss).
  if (file !== ':memory:') await w.all('PRAGMA journal_mode = WAL');
  await w.run('PRAGMA synchronous = NORMAL');
  // ':memory:' is a private database per connection: there, the writer reads too.
  const reader = file === ':memory:' ? writer : await open(file);
  reader.configure('busyTimeout', busyTimeoutMs);
  const r = runner(reader);
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
