import { MIN_RETENTION_DAYS } from '../alerts/should-alert.ts';
import type { Coordinator } from '../coordination/coordinator.ts';
import { tryWithLease } from '../coordination/with-lease.ts';
import type { Logger } from '../log.ts';
import type { OutboxStore } from '../store/outbox-store.ts';
import { DAY_MS } from '../util/days.ts';

/** How often the outbox is pruned, cluster-wide. */
export const PRUNE_EVERY_MS = 6 * 60 * 60 * 1000;
/** The lease one pruning run holds: one instance at a time. */
export const PRUNE_LEASE = 'outbox-prune';

/** What one attempt did: pruned (maybe nothing), or not — another instance is at it, or did it less than a period ago. */
export type PruneRun = { ran: true; removed: number } | { ran: false; why: 'busy' | 'recent' | 'failed' | 'stopped' };

export interface OutboxPruner {
  /** Prunes now unless another instance is pruning or pruned less than a period ago. Never rejects. */
  run(): Promise<PruneRun>;
  /** Runs now, then every `everyMs` (the timer does not keep the process alive). */
  start(): void;
  /** No more runs; a run in flight stops after its current step. Idempotent. */
  stop(): Promise<void>;
}

export interface OutboxPrunerDeps {
  outbox: Pick<OutboxStore, 'prune' | 'prunedAt' | 'markPruned'>;
  coordinator: Coordinator;
  logger: Logger;
  now: () => Date;
  /** OUTBOX_RETENTION_DAYS. */
  retentionDays: number;
  everyMs?: number;
  /** Entries per step (default: the store's). */
  step?: number;
  /** Replaces setTimeout (tests); the default timer is unref'd. */
  schedule?: (fn: () => void, ms: number) => { cancel(): void };
  /** After every attempt (tests, metrics). */
  onRun?: (run: PruneRun) => void;
}

const unrefTimer = (fn: () => void, ms: number) => {
  const t = setTimeout(fn, ms);
  t.unref();
  return { cancel: () => clearTimeout(t) };
};

/**
 * Outbox retention (decision 0012): every instance tries at start and every `everyMs`; the lease
 * `outbox-prune` lets one prune at a time, and the time of the last run, kept in the store, makes
 * the others skip until a period has passed — about one run per period across the cluster.
 */
export function createOutboxPruner(deps: OutboxPrunerDeps): OutboxPruner {
  if (deps.retentionDays < MIN_RETENTION_DAYS) throw new RangeError(`outbox retention must be at least ${MIN_RETENTION_DAYS} days, not ${deps.retentionDays}`);
  const everyMs = deps.everyMs ?? PRUNE_EVERY_MS;
  const schedule = deps.schedule ?? unrefTimer;
  const logger = deps.logger.child({ component: 'outbox-retention' });
  const abort = new AbortController();
  let timer: { cancel(): void } | null = null;
  let inFlight: Promise<PruneRun> | null = null;

  async function attempt(): Promise<PruneRun> {
    const started = deps.now();
    const pruned = await tryWithLease(
      deps.coordinator,
      PRUNE_LEASE,
      async (): Promise<PruneRun> => {
        const last = await deps.outbox.prunedAt();
        if (last !== null && started.getTime() - Date.parse(last) < everyMs * 0.9) return { ran: false, why: 'recent' };
        const before = new Date(started.getTime() - deps.retentionDays * DAY_MS);
        const removed = await deps.outbox.prune(before, { signal: abort.signal, ...(deps.step ? { step: deps.step } : {}) });
        // A run cut short by a stop is not a run: the next instance to try finishes it.
        if (abort.signal.aborted) return { ran: false, why: 'stopped' };
        await deps.outbox.markPruned(started.toISOString());
        if (removed > 0) logger.info({ removed, before: before.toISOString(), retentionDays: deps.retentionDays }, 'old outbox entries deleted');
        return { ran: true, removed };
      },
      { ttlMs: 20_000 },
    );
    return pruned.ran ? pruned.value : { ran: false, why: 'busy' };
  }

  function run(): Promise<PruneRun> {
    if (abort.signal.aborted) return Promise.resolve({ ran: false, why: 'stopped' });
    inFlight ??= attempt()
      .catch((err: unknown): PruneRun => {
        logger.warn({ err }, 'pruning the outbox failed; trying again at the next period');
        return { ran: false, why: 'failed' };
      })
      .then((r) => {
        inFlight = null;
        deps.onRun?.(r);
        return r;
      });
    return inFlight;
  }

  function tick(): void {
    void run().then(() => {
      if (!abort.signal.aborted) timer = schedule(tick, everyMs);
    });
  }

  return {
    run,
    start: tick,
    async stop() {
      abort.abort();
      timer?.cancel();
      timer = null;
      await inFlight;
    },
  };
}
