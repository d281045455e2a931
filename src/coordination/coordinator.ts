/**
 * What must happen once across processes sharing a store (keyv has no compare-and-set): leases
 * (a source's poll, an outbox entry's send, the locks around shared lists). "This alert was sent"
 * is the outbox's own delivery state, written after the send.
 */
export interface Coordinator {
  /** Takes `key` for `ttlMs` if nobody holds it (Redis SET NX PX). */
  claim(key: string, ttlMs: number): Promise<boolean>;
  release(key: string): Promise<void>;
  close(): Promise<void>;
}

/** One process: a map with expiry times. */
export function createMemoryCoordinator(now: () => number = Date.now): Coordinator {
  const leases = new Map<string, number>();
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
    close() {
      leases.clear();
      return Promise.resolve();
    },
  };
}
