import { setMaxListeners } from 'node:events';
import type { Coordinator } from '../coordination/coordinator.ts';
import type { Logger } from '../log.ts';
import type { OutboxStore, PendingItem } from '../store/outbox-store.ts';
import { createOutageLog } from '../store/outage-log.ts';
import type { SubscriptionStore } from '../store/subscription-store.ts';
import { createSerial } from '../util/serial.ts';
import { DEFAULT_RETRY, type RetryPolicy } from './backoff.ts';
import { runLanes } from './lanes.ts';
import type { PlatformPort } from './platform-port.ts';
import { emptyReport, noteRemaining, tally, type DrainReport, type Outcome } from './report.ts';
import { chatKey, deliver, dueAt, type SendContext } from './send-one.ts';

export type { DrainReport } from './report.ts';

export interface DeliveryWorkerDeps {
  outbox: OutboxStore;
  subscriptions: SubscriptionStore;
  platforms: ReadonlyMap<string, PlatformPort>;
  coordinator: Coordinator;
  logger: Logger;
  now?: () => Date;
  /** Sends in flight at once, one per chat (default 16); also the bound on duplicates after a crash. */
  concurrency?: number;
  /** How long a claim on an entry lasts (default 20 s: a dead instance's entries wait at most that); a worker never sends on a claim older than 80 % of it. */
  claimTtlMs?: number;
  retry?: RetryPolicy;
  /** An edit whose original is still pending is tried again this much later (default 5 s). */
  editWaitMs?: number;
  /** An entry whose chat must wait longer than this is left for a later pass instead of holding a slot (default 1.5 s). */
  maxChatWaitMs?: number;
  random?: () => number;
  /** Whether a platform can take messages now; one still connecting keeps its entries waiting, untried (default: always). */
  ready?: (platform: string) => boolean;
  /** Every outcome, for metrics. */
  onOutcome?: (platform: string, outcome: Outcome) => void;
  /** After each pass (what is left in the outbox), for metrics and /healthz. */
  onPass?: (report: DrainReport) => void;
}

export interface DeliveryWorker {
  /** One pass over the outbox: every due entry, in outbox order, bounded concurrency. Passes never overlap. */
  drain(): Promise<DrainReport>;
  /** Drains now, then again whenever an entry falls due, at least every `intervalMs` (default 5 s). */
  start(intervalMs?: number): void;
  /** Stops waiting, lets the sends in flight finish and write their markers. Idempotent. */
  stop(): Promise<void>;
  /** Something was enqueued: drain now (or right after the running pass). */
  kick(): void;
}

/** Edits that a later pending edit of the same message overtakes (each edit carries the whole message). */
export function supersededEdits(items: readonly PendingItem[]): Set<string> {
  const latest = new Map<string, string>();
  for (const { entry } of items) if (entry.editOf !== null) latest.set(entry.editOf, entry.id);
  return new Set(items.filter(({ entry }) => entry.editOf !== null && latest.get(entry.editOf) !== entry.id).map(({ entry }) => entry.id));
}

export function createDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  const logger = deps.logger.child({ component: 'delivery' });
  const now = deps.now ?? (() => new Date());
  // Ports come and go while the worker runs (a platform runs where its role is held): read them each pass.
  const concurrency = () => Math.max(1, deps.concurrency ?? 16, ...[...deps.platforms.values()].map((p) => p.inFlight ?? 0));
  const ports = deps.platforms;
  const abort = new AbortController();
  // Every lane waiting in a limiter listens to the signal; their number follows the concurrency.
  setMaxListeners(0, abort.signal);
  const ctx: SendContext = {
    outbox: deps.outbox,
    subscriptions: deps.subscriptions,
    coordinator: deps.coordinator,
    logger,
    now,
    claimTtlMs: deps.claimTtlMs ?? 20_000,
    retry: deps.retry ?? DEFAULT_RETRY,
    editWaitMs: deps.editWaitMs ?? 5_000,
    maxChatWaitMs: deps.maxChatWaitMs ?? 1_500,
    random: deps.random ?? Math.random,
    port: (platform) => ports.get(platform),
    gone: new Set(),
    superseded: new Set(),
    unrecorded: new Map(),
    signal: abort.signal,
  };
  const serial = createSerial();
  // While the store is away every lane and every pass fails the same way: one line per kind of failure, one when it answers again.
  const storeDown = createOutageLog(logger, 'the outbox store');
  let storeFailed = false;
  const storeFailure = (err: unknown) => {
    storeFailed = true;
    storeDown.failed(err);
  };
  const warned = new Set<string>();
  const warnMissing = (platform: string) => {
    if (warned.has(platform)) return;
    warned.add(platform);
    if (ports.has(platform)) logger.info({ platform }, 'outbox entries wait until the platform is connected');
    else logger.warn({ platform }, 'outbox entries wait for a platform that is not running');
  };

  /** Sent-markers that failed to write earlier: written first, and only then are their claims released. */
  async function flushUnrecorded(): Promise<void> {
    for (const [id, state] of [...ctx.unrecorded]) {
      try {
        await deps.outbox.setState(id, state);
        ctx.unrecorded.delete(id);
        await deps.coordinator.release(`outbox:${id}`);
      } catch (err) {
        storeFailure(err);
      }
    }
  }

  async function pass(): Promise<DrainReport> {
    const report = emptyReport();
    if (abort.signal.aborted) return report;
    await flushUnrecorded();
    // An instance that sends for no platform right now (another holds their roles) has nothing to do:
    // reading the whole outbox every second there would only load the store.
    if (![...ports.keys()].some((name) => deps.ready?.(name) ?? true)) return report;
    const items = await deps.outbox.pending();
    const at = now().getTime();
    const due: PendingItem[] = [];
    for (const item of items) {
      if (ctx.unrecorded.has(item.entry.id)) continue;
      const { platform } = item.entry.destination;
      if (!ports.has(platform) || !(deps.ready?.(platform) ?? true)) {
        warnMissing(platform);
        noteRemaining(report, null);
      } else {
        warned.delete(platform);
        if (dueAt(item.state) > at) noteRemaining(report, dueAt(item.state));
        else due.push(item);
      }
    }
    ctx.gone = new Set();
    ctx.superseded = supersededEdits(items);
    const lane = (i: PendingItem) => chatKey(i.entry.destination);
    const left = await runLanes(
      due,
      lane,
      concurrency(),
      async (item) => {
        try {
          const r = await deliver(ctx, item);
          tally(report, r.outcome, r.dueAt);
          deps.onOutcome?.(item.entry.destination.platform, r.outcome);
          return r.outcome === 'deferred' ? 'stop-lane' : 'next';
        } catch (err) {
          storeFailure(err);
          tally(report, 'deferred', null);
          return 'stop-lane';
        }
      },
      abort.signal,
    );
    for (let i = 0; i < left.length; i++) noteRemaining(report, null);
    report.deferred += left.length;
    await deps.outbox.closeFinished();
    deps.onPass?.(report);
    return report;
  }

  let interval = 5_000;
  let timer: NodeJS.Timeout | null = null;
  let started = false;
  let busy = false;
  let kicked = false;
  let stopping: Promise<void> | null = null;

  const drain = () => serial(pass);

  function schedule(ms: number): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void tick(), Math.max(0, ms));
  }

  async function tick(): Promise<void> {
    timer = null;
    busy = true;
    kicked = false;
    let wait = interval;
    storeFailed = false;
    try {
      const report = await drain();
      if (!storeFailed) storeDown.recovered();
      if (report.nextDueAt) wait = Math.min(wait, Math.max(50, Date.parse(report.nextDueAt) - now().getTime()));
    } catch (err) {
      storeFailure(err);
    } finally {
      busy = false;
    }
    if (!abort.signal.aborted) schedule(kicked ? 0 : wait);
  }

  return {
    drain,
    start(intervalMs = 5_000) {
      if (started || abort.signal.aborted) return;
      started = true;
      interval = intervalMs;
      schedule(0);
    },
    kick() {
      if (!started || abort.signal.aborted) return;
      if (busy) kicked = true;
      else schedule(0);
    },
    stop() {
      stopping ??= (async () => {
        abort.abort();
        if (timer) clearTimeout(timer);
        timer = null;
        // Waiters in the lanes leave on the abort; each platform closes its own lane when it stops.
        await serial(() => Promise.resolve());
      })();
      return stopping;
    },
  };
}
