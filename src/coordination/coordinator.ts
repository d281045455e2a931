/**
 * What must happen once across processes sharing a store (keyv has no compare-and-set):
 * leases (the poller's, an outbox entry's) and permanent once-markers.
 */
export interface Coordinator {
  /** Takes `key` for `ttlMs` if nobody holds it (Redis SET NX PX). */
  claim(key: string, ttlMs: number): Promise<boolean>;
  release(key: string): Promise<void>;
  /** True the first time it is called for `key`, ever (INSERT … ON CONFLICT DO NOTHING). */
  once(key: string): Promise<boolean>;
  close(): Promise<void>;
}

/** One process: a map with expiry times. */
export function createMemoryCoordinator(now: () => number = Date.now): Coordinator {
  const leases = new Map<string, number>();
  const marks = new Set<string>();
  return {
    claim(key, ttlMs) {
      const until = leases.get(key);
      if (until !== undefined && until > now()) return Promise.resolve(false);
      leases.set(key, now() + ttlMs);
      return Promise.resolve(true);
    },
    release(key) {
      leases.delete(key);
      return Promise.resolve();
    },
    once(key) {
      if (marks.has(key)) return Promise.resolve(false);
      marks.add(key);
      return Promise.resolve(true);
    },
    close() {
      leases.clear();
      return Promise.resolve();
    },
  };
}
