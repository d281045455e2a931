import { performance } from 'node:perf_hooks';
import type { Logger } from '../log.ts';
import type { LeaseEngine, LeaseHolder } from './lease-engine.ts';
import { randomInstanceId } from './instance-id.ts';
import { createMemoryLeases } from './memory-leases.ts';
import { within, type TimerFns } from '../store/within.ts';

export type { LeaseHolder };

/** A lease this instance took: its fencing token grows with every take of any key on the store. */
export interface Lease {
  key: string;
  owner: string;
  fence: number;
}

/**
 * What must happen once across processes sharing a store (keyv has no compare-and-set): leases
 * (a source's poll, an outbox entry's send, the locks around shared lists, a role such as the
 * Telegram long poller). Every lease belongs to an instance id; "this alert was sent" is the
 * outbox's own delivery state, written after the send.
 *
 * Every call settles: a take or renewal that the store has not answered within its TTL, and any
 * other call within the ping timeout, fails with a StoreError. A call lost with its connection
 * (a store restarting under it) must not hold a key, or a role's election, for ever.
 */
export interface Coordinator {
  /** INSTANCE_ID, or a random id per process: the owner of every lease taken here. */
  readonly instanceId: string;
  /** Which store keeps the leases (memory, sqlite, redis, postgres). */
  readonly engine: string;
  /**
   * Takes `key` for `ttlMs` when it is free, expired, or held by this instance id from an earlier
   * run (a restart with the same INSTANCE_ID takes its claims back at once). Not re-entrant: a key
   * this process already holds is refused, as another holder's would be.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** The same as `claim`, with the lease and its fencing token. */
  acquire(key: string, ttlMs: number): Promise<Lease | null>;
  /** Extends a lease this process holds to `ttlMs` from now; false when it was lost (expired, taken, released). */
  renew(key: string, ttlMs: number): Promise<boolean>;
  /** Ends a lease this process holds; a key it does not hold (or no longer holds) is left alone. */
  release(key: string): Promise<void>;
  /** Who holds `key` now, on the store (null when free). */
  holder(key: string): Promise<LeaseHolder | null>;
  /** Keys this process holds, as far as it knows (for /healthz). */
  held(): string[];
  /** Resolves when the store answers; rejects with the cause (cheap: for /healthz). */
  ping(): Promise<void>;
  /** Releases every lease this process holds, then closes the connection. Idempotent. */
  close(): Promise<void>;
}

/** Options of `createCoordinator`. */
export interface CoordinatorOptions {
  instanceId?: string;
  /** How long `ping`, `release` and `holder` may take before they fail (default 5 s). */
  pingTimeoutMs?: number;
  /** Monotonic milliseconds for this process's view of its leases (default `performance.now`). */
  clock?: () => number;
  /** Timers bounding the store's calls (default Node's; a fake clock in unit tests). */
  timers?: TimerFns;
  logger?: Logger;
}

interface Held {
  fence: number;
  /** Clock time before which this process counts the lease as its own (taken at the request's start + TTL). */
  until: number;
}

/** Marks a key while its take is in flight, so a second take in this process cannot slip in as "same owner". */
const TAKING: Held = { fence: -1, until: Number.POSITIVE_INFINITY };

/**
 * A coordinator on a lease engine. The engine lets an owner take back its own key; this process
 * remembers what it holds so that only an earlier run's claims are taken back that way, never a
 * live one of its own.
 */
export function createCoordinator(engine: LeaseEngine, opts: CoordinatorOptions = {}): Coordinator {
  const owner = opts.instanceId ?? randomInstanceId();
  const clock = opts.clock ?? (() => performance.now());
  const callMs = opts.pingTimeoutMs ?? 5_000;
  /** The engine's call, or a StoreError after `ms`: an answer that late could not be acted on anyway. */
  const bounded = <T>(call: Promise<T>, ms: number, what: string): Promise<T> => within(call, ms, `${what} on the ${engine.name} leases`, opts.timers);
  const held = new Map<string, Held>();
  let closing: Promise<void> | null = null;

  async function acquire(key: string, ttlMs: number): Promise<Lease | null> {
    const mine = held.get(key);
    if (closing || (mine && mine.until > clock())) return null;
    held.set(key, TAKING);
    const start = clock();
    let fence: number | null = null;
    try {
      fence = await bounded(engine.take(key, owner, ttlMs), ttlMs, `taking "${key}"`);
    } finally {
      if (fence === null) held.delete(key);
      else held.set(key, { fence, until: start + ttlMs });
    }
    return fence === null ? null : { key, owner, fence };
  }

  async function renew(key: string, ttlMs: number): Promise<boolean> {
    const mine = held.get(key);
    if (!mine || mine === TAKING || closing) return false;
    const start = clock();
    const ok = await bounded(engine.extend(key, owner, mine.fence, ttlMs), ttlMs, `renewing "${key}"`);
    if (held.get(key) !== mine) return false;
    if (ok) mine.until = start + ttlMs;
    else held.delete(key);
    return ok;
  }

  async function release(key: string): Promise<void> {
    const mine = held.get(key);
    if (!mine || mine === TAKING) return;
    held.delete(key);
    await bounded(engine.drop(key, owner, mine.fence), callMs, `releasing "${key}"`);
  }

  async function releaseAll(): Promise<void> {
    const all = [...held].filter(([, h]) => h !== TAKING);
    held.clear();
    const results = await Promise.allSettled(all.map(([key, h]) => bounded(engine.drop(key, owner, h.fence), callMs, `releasing "${key}"`)));
    const failed = results.filter((r) => r.status === 'rejected').length;
    if (failed > 0) opts.logger?.warn({ failed, engine: engine.name }, 'some leases could not be released on close; they expire by themselves');
  }

  return {
    instanceId: owner,
    engine: engine.name,
    acquire,
    claim: async (key, ttlMs) => (await acquire(key, ttlMs)) !== null,
    renew,
    release,
    holder: (key) => bounded(engine.holder(key), callMs, `reading "${key}"`),
    held: () => [...held].filter(([, h]) => h !== TAKING && h.until > clock()).map(([key]) => key),
    ping: () => within(engine.ping(), callMs, `the ${engine.name} leases`, opts.timers),
    close() {
      closing ??= releaseAll().then(() => engine.close());
      return closing;
    },
  };
}

/** One process (`memory://`, tests): leases in a map, on the given clock. */
export function createMemoryCoordinator(now: () => number = Date.now, opts: Omit<CoordinatorOptions, 'clock'> = {}): Coordinator {
  return createCoordinator(createMemoryLeases(now), { ...opts, clock: now });
}
