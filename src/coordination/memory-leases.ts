import type { LeaseEngine, LeaseHolder } from './lease-engine.ts';

interface Row {
  owner: string;
  fence: number;
  expires: number;
}

/**
 * Leases in a map of this process (`memory://`). Several coordinators may share one engine, as
 * several instances share a server: that is how tests run "two instances" without a server.
 */
export function createMemoryLeases(now: () => number = Date.now): LeaseEngine {
  const rows = new Map<string, Row>();
  let fences = 0;
  const live = (key: string): Row | undefined => {
    const row = rows.get(key);
    return row && row.expires > now() ? row : undefined;
  };
  const mine = (key: string, owner: string, fence: number): Row | undefined => {
    const row = live(key);
    return row && row.owner === owner && row.fence === fence ? row : undefined;
  };
  return {
    name: 'memory',
    take(key, owner, ttlMs) {
      const row = live(key);
      if (row && row.owner !== owner) return Promise.resolve(null);
      const fence = ++fences;
      rows.set(key, { owner, fence, expires: now() + ttlMs });
      return Promise.resolve(fence);
    },
    extend(key, owner, fence, ttlMs) {
      const row = mine(key, owner, fence);
      if (row) row.expires = now() + ttlMs;
      return Promise.resolve(row !== undefined);
    },
    drop(key, owner, fence) {
      if (mine(key, owner, fence)) rows.delete(key);
      return Promise.resolve();
    },
    holder(key) {
      const row = live(key);
      const found: LeaseHolder | null = row ? { owner: row.owner, fence: row.fence, remainingMs: row.expires - now() } : null;
      return Promise.resolve(found);
    },
    ping: () => Promise.resolve(),
    // Other coordinators may share this map; each releases its own leases on close.
    close: () => Promise.resolve(),
  };
}
