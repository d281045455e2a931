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
  return held(coordinator, key, ttl, task);
}

/**
 * Runs `task` holding `key` if nobody else holds it now, renewing it meanwhile; resolves with
 * `skipped` without running when another instance holds it (its poll of a source, say).
 */
export async function tryWithLease<T>(coordinator: Coordinator, key: string, task: () => Promise<T>, opts: { ttlMs?: number } = {}): Promise<{ ran: true; value: T } | { ran: false }> {
  const ttl = opts.ttlMs ?? 10_000;
  if (!(await coordinator.claim(key, ttl))) return { ran: false };
  return { ran: true, value: await held(coordinator, key, ttl, task) };
}

/** The task under a lease already taken: renewed every third of the TTL, released at the end. */
async function held<T>(coordinator: Coordinator, key: string, ttl: number, task: () => Promise<T>): Promise<T> {
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
