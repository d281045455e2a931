import { redactUrl } from '../util/redact.ts';
import { existsSync } from 'node:fs';
import type { Draw } from '../domain/draw.ts';
import type { Logger } from '../log.ts';
import { sqliteFileOf } from '../paths.ts';
import type { Stores } from '../store/index.ts';

/** Where STORE_URL points, found without opening (so without creating) anything. */
export interface StorePlace {
  /** STORE_URL with any password hidden, fit for a terminal or a log. */
  shown: string;
  kind: 'sqlite' | 'redis' | 'postgres' | 'memory';
  /** The SQLite file (absolute), when the store is one. */
  file: string | null;
  /** Whether the SQLite file is there; null when that cannot be known without connecting. */
  exists: boolean | null;
}

/** "redis://user:secret@host" → "redis://…@host": a password never reaches output. */

export function storePlace(url: string, cwd: string = process.cwd()): StorePlace {
  const shown = redactUrl(url);
  if (url.startsWith('sqlite://')) {
    const file = sqliteFileOf(url, cwd);
    if (file === null || file === ':memory:') return { shown, kind: 'sqlite', file: null, exists: null };
    return { shown, kind: 'sqlite', file, exists: existsSync(file) };
  }
  const kind = url.startsWith('redis') ? 'redis' : url.startsWith('postgres') ? 'postgres' : 'memory';
  return { shown, kind, file: null, exists: null };
}

/** What a store holds, for `doctor`. Counts the store cannot give yet are null. */
export interface StoreCounts {
  draws: number;
  newest: Draw | null;
  subscriptions: number | null;
  thresholds: number | null;
  pendingAlerts: number | null;
}

/**
 * Hook for the store's own counts: draws are counted here today; subscriptions, score thresholds
 * and pending alerts stay null until `Stores.counts()` exists, then this function reads them from
 * it (the one place doctor asks).
 */
export async function storeCounts(stores: Pick<Stores, 'draws' | 'subscriptions' | 'outbox'>): Promise<StoreCounts> {
  const draws = await stores.draws.count();
  const newest = (await stores.draws.list())[0] ?? null;
  const { chats, thresholds } = await stores.subscriptions.counts();
  const pendingAlerts = (await stores.outbox.pending()).length;
  return { draws, newest, subscriptions: chats, thresholds, pendingAlerts };
}

/** "438 draws (newest 2026-08-19 #437), 12 subscriptions, …": only the counts that are known. */
export function countsText(c: StoreCounts): string {
  const parts = [`${c.draws} draws${c.newest ? ` (newest ${c.newest.date} #${c.newest.drawNumber ?? '?'})` : ''}`];
  if (c.subscriptions !== null) parts.push(`${c.subscriptions} chat subscriptions`);
  if (c.thresholds !== null) parts.push(`${c.thresholds} personal score pings`);
  if (c.pendingAlerts !== null) parts.push(`${c.pendingAlerts} alerts waiting to be sent`);
  return parts.join(', ');
}

/**
 * Says so before a verb creates a SQLite store that is not there (a first start, or a file deleted
 * or looked for in the wrong working directory): on stdout when `say` is given, in the log always.
 * Returns whether the store is new.
 */
export function announceNewStore(storeUrl: string, logger: Logger, say?: (text: string) => void): boolean {
  const place = storePlace(storeUrl);
  if (place.exists !== false || !place.file) return false;
  say?.(`No store at ${place.file}: creating a new, empty store there. If this bot had subscribers, their store is elsewhere: check STORE_URL and the working directory.\n`);
  logger.warn({ store: place.shown, file: place.file }, 'creating a new, empty store');
  return true;
}
