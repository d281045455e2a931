import type { Coordinator } from './coordinator.ts';

export class LeaseTimeoutError extends Error {
  override name = 'LeaseTimeoutError';
}

/**
 * Runs `task` while holding `key` across processes: waits (polling every few ms) for the lease,
 * runs, releases. The lease's TTL bounds how long a crashed holder blocks the others.
 */
export async function withLease<T>(coordinator: Coordinator, key: string, task: () => Promise<T>, opts: { ttlMs?: number; waitMs?: number } = {}): Promise<T> {
  const ttl = opts.ttlMs ?? 10_000;
  const deadline = Date.now() + (opts.waitMs ?? 60_000);
  let pause = 2;
  while (!(await coordinator.claim(key, ttl))) {
    if (Date.now() > deadline) throw new LeaseTimeoutError(`could not take the lease "${key}" within ${opts.waitMs ?? 60_000} ms`);
    await new Promise((r) => setTimeout(r, pause));
    pause = Math.min(pause * 2, 50);
  }
  try {
    return await task();
  } finally {
    await coordinator.release(key);
  }
}

/** A serialiser that is exclusive within the process (a queue) and across processes (a lease). */
export function exclusive(coordinator: Coordinator, key: string, local: <T>(task: () => Promise<T>) => Promise<T>): <T>(task: () => Promise<T>) => Promise<T> {
  return (task) => local(() => withLease(coordinator, key, task));
}
