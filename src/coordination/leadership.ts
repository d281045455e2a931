import { performance } from 'node:perf_hooks';
import type { Logger } from '../log.ts';
import { createOutageLog } from '../store/outage-log.ts';
import { nodeTimers, type TimerFns } from '../store/within.ts';
import type { Coordinator } from './coordinator.ts';

/** Default LEASE_TTL_MS on a shared store (Redis, PostgreSQL): a dead leader is replaced within seconds. */
export const DEFAULT_LEASE_TTL_MS = 5_000;
/**
 * Default LEASE_TTL_MS on the embedded store (SQLite, memory): one machine, where a takeover matters
 * little and the lease's writes queue behind every other query of the file (a draw-day burst of
 * commands delayed renewals past the 4 s step-down and the instance dropped its own platform; at
 * 15 s it steps down only after 12 s without a renewal, and a crashed instance is replaced within 15 s).
 */
export const EMBEDDED_LEASE_TTL_MS = 15_000;

/** LEASE_TTL_MS as configured, else the default for the kind of store. */
export const leaseTtlFor = (configured: number | undefined, storeUrl: string): number => configured ?? (/^(?:sqlite|memory):/i.test(storeUrl) ? EMBEDDED_LEASE_TTL_MS : DEFAULT_LEASE_TTL_MS);

/** Why a leader stopped leading. */
export type LostReason = 'lease-lost' | 'unreachable' | 'stopped';

/** Time as leadership sees it: monotonic milliseconds and timers (a fake clock in unit tests). */
export interface Timers extends TimerFns {
  now: () => number;
}

/** How one role is led. */
export interface LeadOptions {
  /** How long the role's lease lasts (LEASE_TTL_MS). */
  ttlMs?: number;
  /** How often the leader renews (default a third of the TTL). */
  renewEveryMs?: number;
  /** How long before its lease could expire the leader stops acting (default a fifth of the TTL). */
  marginMs?: number;
  /** How often a follower tries to take the role (default a quarter of the TTL, at most 500 ms). */
  retryEveryMs?: number;
  /** This instance now leads; `fence` grows with every election, so a stale leader can be told apart. Not awaited: it may still run when `onLost` comes. */
  onElected(fence: number): void | Promise<void>;
  /** This instance must stop acting as leader now. Awaited before a graceful release. */
  onLost(reason: LostReason): void | Promise<void>;
  logger: Logger;
  timers?: Timers;
}

/** One role led (or waited for) by this instance. */
export interface Leadership {
  readonly role: string;
  isLeader(): boolean;
  /** The fencing token of the current term, null when not leading. */
  fence(): number | null;
  /** Stops trying; a leader first gets `onLost('stopped')`, then its lease is released so another takes over at once. Idempotent. */
  stop(): Promise<void>;
}

const realTimers: Timers = { ...nodeTimers, now: () => performance.now() };

/**
 * Takes part in the election for `role` (lease `role:<role>`). The leader renews every
 * `renewEveryMs`; it counts its lease from the moment it *sent* each take or renewal, so it always
 * believes it expires before the store does, and steps down `marginMs` before that: when a
 * renewal is refused (`lease-lost`) or none has succeeded in time (`unreachable`, whether calls
 * fail or hang). Another instance can take the lease only once the store lets it expire, after
 * the old leader's `onLost`. Followers try every `retryEveryMs`.
 */
export function lead(coordinator: Coordinator, role: string, opts: LeadOptions): Leadership {
  const ttl = opts.ttlMs ?? DEFAULT_LEASE_TTL_MS;
  const renewEvery = opts.renewEveryMs ?? ttl / 3;
  const margin = opts.marginMs ?? ttl / 5;
  const retryEvery = opts.retryEveryMs ?? Math.min(ttl / 4, 500);
  const timers = opts.timers ?? realTimers;
  const key = `role:${role}`;
  const logger = opts.logger.child({ role, instance: coordinator.instanceId });
  const outage = createOutageLog(logger, `the ${role} lease`);

  let stopped = false;
  let fence: number | null = null;
  let validUntil = 0;
  let next: unknown = null;
  let deadline: unknown = null;
  /** The store call in flight: calls never overlap, and stop() waits for the last one. */
  let inFlight: Promise<void> = Promise.resolve();

  const call = (fn: () => Promise<void>) => {
    inFlight = inFlight.then(fn, fn);
  };
  const schedule = (fn: () => Promise<void>, ms: number) => {
    if (next !== null) timers.clearTimeout(next);
    next = timers.setTimeout(
      () => {
        next = null;
        call(fn);
      },
      Math.max(0, ms),
    );
  };
  const guard = async (what: string, fn: () => void | Promise<void>) => {
    try {
      await fn();
    } catch (err) {
      logger.error({ err }, `${what} failed`);
    }
  };

  function armDeadline(): void {
    if (deadline !== null) timers.clearTimeout(deadline);
    deadline = timers.setTimeout(
      () => {
        deadline = null;
        stepDown('unreachable');
        schedule(tryTake, retryEvery);
      },
      validUntil - margin - timers.now(),
    );
  }

  function stepDown(reason: LostReason): void {
    if (fence === null) return;
    logger.warn({ fence, reason }, `no longer leading ${role}`);
    fence = null;
    if (deadline !== null) timers.clearTimeout(deadline);
    deadline = null;
    void guard('onLost', () => opts.onLost(reason));
  }

  async function tryTake(): Promise<void> {
    if (stopped) return;
    const sent = timers.now();
    try {
      const lease = await coordinator.acquire(key, ttl);
      outage.recovered();
      if (!lease) return schedule(tryTake, retryEvery);
      if (stopped || sent + ttl - margin <= timers.now()) {
        // Taken too late to act on (or while stopping): give it back rather than sit on it.
        await coordinator.release(key);
        return stopped ? undefined : schedule(tryTake, retryEvery);
      }
      fence = lease.fence;
      validUntil = sent + ttl;
      armDeadline();
      schedule(renew, renewEvery);
      logger.info({ fence }, `leading ${role}`);
      // Not awaited: a slow start of the role must not hold up the renewals.
      void guard('onElected', () => opts.onElected(lease.fence));
    } catch (err) {
      outage.failed(err);
      schedule(tryTake, retryEvery);
    }
  }

  async function renew(): Promise<void> {
    if (stopped || fence === null) return;
    const sent = timers.now();
    let ok: boolean;
    try {
      ok = await coordinator.renew(key, ttl);
      outage.recovered();
    } catch (err) {
      outage.failed(err);
      // Try again soon: the deadline, not this failure, decides when to step down.
      if (fence !== null) schedule(renew, Math.min(renewEvery, margin / 2));
      return;
    }
    if (fence === null || stopped) {
      // The deadline passed while the renewal was on its way: this instance no longer acts, so let another lead.
      if (ok) await coordinator.release(key).catch((err: unknown) => outage.failed(err));
      return;
    }
    if (!ok) {
      stepDown('lease-lost');
      return schedule(tryTake, retryEvery);
    }
    validUntil = sent + ttl;
    armDeadline();
    schedule(renew, renewEvery);
  }

  call(tryTake);
  return {
    role,
    isLeader: () => fence !== null,
    fence: () => fence,
    async stop() {
      if (stopped) return inFlight;
      stopped = true;
      for (const t of [next, deadline]) if (t !== null) timers.clearTimeout(t);
      next = deadline = null;
      // A store call that hangs (a cut network) must not hold up shutdown past the lease.
      await new Promise<void>((resolve) => {
        const timer = timers.setTimeout(resolve, ttl);
        void inFlight.then(() => {
          timers.clearTimeout(timer);
          resolve();
        });
      });
      if (fence === null) return;
      const was = fence;
      fence = null;
      logger.info({ fence: was }, `stepping down from ${role}`);
      await guard('onLost', () => opts.onLost('stopped'));
      await coordinator.release(key).catch((err: unknown) => logger.warn({ err }, 'could not release the role lease; it expires by itself'));
    },
  };
}
