import { createSerial } from '../util/serial.ts';

/**
 * Waiting for a busy SQLite file outside SQLite (decision 0013).
 *
 * SQLite's own busy handler sleeps inside the statement, on a thread of node's pool, holding the
 * connection's mutex. Any call the main thread then makes on that connection (node-sqlite3
 * finalizes every finished statement there) blocks the whole event loop until the sleep ends —
 * and a transaction holding the lock cannot make progress meanwhile, so every waiter sleeps its
 * full timeout. So connections here fail at once with SQLITE_BUSY (busy timeout 0) and the
 * statement is tried again after a short timer, up to `BUSY_WAIT_MS` in all.
 */

/** How long a statement keeps trying a file another connection or process is writing. */
export const BUSY_WAIT_MS = 10_000;

/** True for "the file is locked by another connection": the statement did nothing and may be run again. */
export function isSqliteBusy(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'SQLITE_BUSY';
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Pauses between tries: 1 ms doubling to 50 ms, each with jitter so that waiters do not retry in step. */
export function busyPause(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(50, 2 ** attempt);
  return Math.max(1, Math.round(base * (0.5 + random())));
}

/** Runs `attempt` until it does not fail with SQLITE_BUSY, or until `waitMs` have passed (then its last error). */
export async function retryWhileBusy<T>(attempt: () => Promise<T>, waitMs: number = BUSY_WAIT_MS, now: () => number = Date.now): Promise<T> {
  const deadline = now() + waitMs;
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (!isSqliteBusy(err) || now() >= deadline) throw err;
    }
    await sleep(Math.min(busyPause(n), Math.max(1, deadline - now())));
  }
}

/**
 * Runs one connection's statements one at a time, in the order given, each tried again while the
 * file is busy. One at a time matters as much as the retry: statements running together on one
 * connection share its transaction, so a write reported done is committed only when the last of
 * them ends — and when that one fails with SQLITE_BUSY, SQLite rolls the whole transaction back,
 * the write reported done included (decision 0013).
 */
export function statementQueue(waitMs: number = BUSY_WAIT_MS): <T>(statement: () => Promise<T>) => Promise<T> {
  const serial = createSerial();
  return (statement) => serial(() => retryWhileBusy(statement, waitMs));
}
