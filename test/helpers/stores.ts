import { loadPrograms } from '../../src/config/programs.ts';
import { createLogger } from '../../src/log.ts';
import type { PollDeps } from '../../src/poller/poll-once.ts';
import { openStores, type Stores } from '../../src/store/index.ts';
import { seedHistory } from '../../src/store/seed.ts';
import { createSerial } from '../../src/util/serial.ts';

export const silentLogger = createLogger('silent', { pretty: false });
export const programs = loadPrograms();

/** An in-memory store seeded with the bundled history, and poll dependencies around it. */
export async function seededDeps(now = () => new Date('2026-11-20T15:00:00Z')): Promise<{ stores: Stores; deps: PollDeps }> {
  const stores = await openStores('memory://', silentLogger);
  await seedHistory(stores, programs);
  return { stores, deps: { stores, userAgent: 'ee-draw-bot/test', programs, logger: silentLogger, now, serial: createSerial() } };
}
