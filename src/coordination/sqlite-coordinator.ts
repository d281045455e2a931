import { openSqliteDriver } from '../store/subscriptions/sql/sqlite-driver.ts';
import { createCoordinator, type Coordinator, type CoordinatorOptions } from './coordinator.ts';
import { createSqlLeases } from './sql-leases.ts';

/**
 * Leases in the SQLite file the store uses, so several processes sharing one `sqlite://` store
 * coordinate: SQLite serialises writers. `now` is the lease clock (tests move it).
 */
export async function createSqliteCoordinator(file: string, opts: CoordinatorOptions & { now?: () => number } = {}): Promise<Coordinator> {
  const now = opts.now ?? Date.now;
  const engine = await createSqlLeases(await openSqliteDriver(file), now);
  return createCoordinator(engine, opts.now ? { ...opts, clock: now } : opts);
}
