import type { Coordinator } from './coordinator.ts';

export class LeaseTimeoutError extends Error {
  override name = 'LeaseTimeoutError';
}

/**
 * Runs `task` while holding `key` across processes: waits (polling every few ms) for the lease,
 * runs, releases. The lease's TTL bounds how long a crashed holder blocks the others (a restart
 * with the same INSTANCE_ID takes it back at once); a live holder renews it every third of the
 * TTL, so a slow task (a large enqueue on a busy store) never loses it halfway through.
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
  // A failed renewal is not the task's failure: the lease then lasts its TTL, and release is owner-checked.
  const renewal = setInterval(() => void coordinator.renew(key, ttl).catch(() => false), ttl / 3);
  try {
    return await task();
  } finally {
    clearInterval(renewal);
    await coordinator.release(key);
  }
}

/** A serialiser that is exclusive within the process (a queue) and across processes (a lease). */
export function exclusive(coordinator: Coordinator, key: string, local: <T>(task: () => Promise<T>) => Promise<T>): <T>(task: () => Promise<T>) => Promise<T> {
  return (task) => local(() => withLease(coordinator, key, task));
}
