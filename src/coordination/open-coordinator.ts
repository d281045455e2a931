import type { Logger } from '../log.ts';
import { sqlitePath } from '../store/keyv-factory.ts';
import { createMemoryCoordinator, type Coordinator } from './coordinator.ts';
import { createSqliteCoordinator } from './sqlite-coordinator.ts';

/**
 * The coordinator that matches STORE_URL: SQLite's own file for `sqlite://` (processes on one
 * machine sharing the file coordinate through it), in-memory otherwise.
 */
export async function openCoordinator(url: string, logger: Logger): Promise<Coordinator> {
  if (url.startsWith('sqlite://')) {
    const file = sqlitePath(url);
    if (file !== ':memory:') return createSqliteCoordinator(file);
  }
  if (/^(rediss?|postgres(ql)?):\/\//.test(url)) {
    logger.warn('leases are kept in this process: run a single instance on this store until the Redis/PostgreSQL coordinator exists');
  }
  return createMemoryCoordinator();
}
