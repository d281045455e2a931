import { readFile } from 'node:fs/promises';
import type { Programs } from '../config/programs.ts';
import { normaliseFile, parseIrccBody } from '../ircc/normalise.ts';
import { packageUrl } from '../paths.ts';
import { reconcileOfficial } from '../reconcile/official.ts';
import type { Stores } from './index.ts';

/** IRCC's rounds #1–#437 shipped with the project (see assets/README.md). */
export const BUNDLED_HISTORY = packageUrl('assets/ircc-rounds-1-437.json');
/** When the bundled copy was taken: the `seenAt` of its records. */
export const BUNDLED_AT = '2026-08-19T18:00:00.000Z';

/**
 * Fills an empty store with the bundled history so answers work on the first start, offline.
 * Idempotent: a store that already has draws is left as it is. Returns how many draws were added.
 */
export async function seedHistory(stores: Pick<Stores, 'draws' | 'pool'>, programs: Programs, file: URL | string = BUNDLED_HISTORY): Promise<number> {
  if ((await stores.draws.count()) > 0) return 0;
  const parsed = normaliseFile(parseIrccBody(await readFile(file, 'utf8')), programs, 'ircc');
  const { writes } = reconcileOfficial(
    [],
    parsed.rounds.map((r) => r.report),
    BUNDLED_AT,
  );
  await stores.draws.putMany(writes);
  const pool = parsed.rounds.find((r) => r.pool)?.pool;
  if (pool) await stores.pool.offer(pool);
  return writes.length;
}
