import { queueAlerts } from './alerts/queue-alerts.ts';
import type { App } from './app.ts';
import { createDeliveryWorker } from './delivery/worker.ts';
import type { Draw, DrawEvent } from './domain/draw.ts';
import { healthReport } from './ops/health.ts';
import type { Metrics } from './ops/metrics.ts';
import { startOpsServer, type OpsServer } from './ops/http-server.ts';
import { webhookRoutes } from './runtime/webhook-routes.ts';
import { tryWithLease } from './coordination/with-lease.ts';
import { leaseTtlFor } from './coordination/leadership.ts';
import type { PlatformPort } from './delivery/platform-port.ts';
import { platformSlot, type PlatformFactory, type PlatformSlot } from './runtime/platform-slot.ts';
import { pollerRole } from './runtime/poller-role.ts';
import { createOutboxPruner } from './runtime/outbox-pruner.ts';
import { pollSource, type PollDeps } from './poller/poll-once.ts';

export type { PlatformRuntime } from './platforms/platform-runtime.ts';
export type { PlatformFactory } from './runtime/platform-slot.ts';

export interface Runtime {
  metrics: Metrics;
  /** Rejects when a platform refused the bot (a wrong token): the process must stop. Never resolves. */
  failed: Promise<never>;
  /** Resolves when everything has stopped: intake, polls, deliveries, store. Idempotent. */
  stop(): Promise<void>;
}

/**
 * The long-running bot: scheduled polls → events → outbox (written before the draws) → delivery
 * worker → platforms; plus the ops endpoints when HTTP_PORT is set. Nothing here waits on a
 * platform: the store and the pollers start first, and alerts wait in the outbox until their
 * platform is connected. With several instances on one store, one of them holds each role — the
 * poller, each platform's intake and sending (decision 0011) — and another takes over when it dies.
 */
export async function startRuntime(app: App, factories: PlatformFactory[], opts: { deliveryIntervalMs?: number } = {}): Promise<Runtime> {
  const { logger, config, stores } = app;
  const metrics = app.metrics;
  let outboxPending: number | null = null;
  const coordinator = app.coordinator;
  const roles = new Set<string>();
  const onRole = (role: string, held: boolean) => {
    if (held) roles.add(role);
    else roles.delete(role);
    metrics.role.set({ role }, held ? 1 : 0);
  };
  let refuse: (err: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (refuse = reject));
  failed.catch(() => undefined);
  const ports = new Map<string, PlatformPort>();
  const slots: PlatformSlot[] = [];
  const worker = createDeliveryWorker({
    outbox: stores.outbox,
    subscriptions: stores.subscriptions,
    platforms: ports,
    ready: (name) =>
      slots
        .find((sl) => sl.name === name)
        ?.current()
        ?.status().state === 'ready',
    onOutcome: (platform, outcome) => metrics.deliveries.inc({ platform, result: outcome }),
    onPass: (report) => {
      outboxPending = report.remaining;
      metrics.outboxDepth.set(report.remaining);
    },
    coordinator,
    logger,
    now: app.now,
  });
  const queueDeps = {
    subscriptions: stores.subscriptions,
    outbox: stores.outbox,
    programs: app.programs,
    localizer: app.localizer,
    now: app.now,
    logger,
    onEvent: (e: DrawEvent) => metrics.events.inc({ kind: e.kind }),
  };
  const onEvents = async (events: DrawEvent[], draws: Draw[]) => void (await queueAlerts(events, draws, queueDeps));
  const pollDeps: PollDeps = { ...app.pollDeps, onEvents };
  const tick = async (source: (typeof app.sources)[number]) => {
    // Besides the poller role, a per-poll lease (renewed while the poll runs): a leader taking over
    // never polls a source its predecessor is still polling.
    const timed = () => {
      const end = metrics.pollSeconds.startTimer({ source: source.id });
      return pollSource(source, pollDeps).finally(() => end());
    };
    const polled = await tryWithLease(coordinator, `poll:${source.id}`, timed, { ttlMs: 20_000 });
    if (!polled.ran) return;
    const result = polled.value;
    metrics.polls.inc({ source: source.id, result: result.failures.length > 0 ? 'failed' : result.skipped.length > 0 ? 'skipped' : 'ok' });
    if (result.failures.length === 0 && result.skipped.length === 0) metrics.sourceLastSuccess.set({ source: source.id }, Date.now() / 1000);
    if (result.events.length > 0) worker.kick();
  };

  // No warm-up of the subscription caches: a cold match of 100,000 subscriptions takes ~120 ms
  // (docs/benchmarks.md), and caching every program's chats at start would hold tens of MB for nothing.
  worker.start(opts.deliveryIntervalMs ?? 1000);
  // Finished entries older than OUTBOX_RETENTION_DAYS go, at start and every few hours, by one instance at a time.
  const pruner = createOutboxPruner({ outbox: stores.outbox, coordinator, logger, now: app.now, retentionDays: config.OUTBOX_RETENTION_DAYS });
  pruner.start();
  const leaseTtlMs = leaseTtlFor(config.LEASE_TTL_MS, config.STORE_URL);
  const poller = pollerRole({ coordinator, sources: app.sources, fallbackSchedule: config.POLL_SCHEDULE, tick, logger, leaseTtlMs, onRole });
  for (const factory of factories) {
    slots.push(
      platformSlot(factory, {
        coordinator,
        ports,
        logger,
        leaseTtlMs,
        // Alerts queued while a platform was unreachable (or run elsewhere) go out as soon as it answers here.
        events: { onReady: () => worker.kick(), onRefused: (err) => refuse(err), onRole },
      }),
    );
  }
  let ops: OpsServer | null = null;
  // Answered here whether or not this instance runs the platform (Discord's interactions over HTTP).
  const served = config.HTTP_PORT ? factories.flatMap((f) => f.served?.() ?? []) : [];
  if (config.HTTP_PORT) {
    ops = await startOpsServer(config.HTTP_PORT, {
      metrics,
      logger,
      routes: [...webhookRoutes(slots, stores.inbox, logger), ...served.map((e) => e.route)],
      health: () =>
        healthReport({
          checkStore: async () => void (await Promise.all([stores.ping(), coordinator.ping()])),
          sources: () => Promise.all(app.sources.filter((s) => s.enabled).map(async (s) => ({ id: s.id, ...pick(await stores.sources.get(s.id)) }))),
          outboxDepth: async () => outboxPending ?? (await stores.outbox.pending()).length,
          platforms: () => slots.map((sl) => ({ name: sl.name, ...sl.status() })),
          roles: () => [...roles].sort(),
          now: app.now,
        }),
      beforeScrape: async () => {
        metrics.draws.set(await stores.draws.count());
        for (const sl of slots) metrics.platformUp.set({ platform: sl.name }, sl.current()?.status().state === 'ready' ? 1 : 0);
      },
    });
    logger.info({ port: ops.port }, 'ops endpoints on /healthz and /metrics');
  }

  let stopped: Promise<void> | null = null;
  return {
    metrics,
    failed,
    stop() {
      stopped ??= (async () => {
        // Roles first (each stops acting, then hands its lease over at once), then the sending, then the store.
        await Promise.all([poller.stop(), pruner.stop(), ...slots.map((sl) => sl.stop())]);
        await worker.stop();
        // Interactions being answered finish first (their answers go out over the ops server's connections).
        await Promise.all(served.map((e) => e.close()));
        await ops?.close();
        await app.close();
      })();
      return stopped;
    },
  };
}

/** What /healthz shows of a source's state. */
const pick = (s: { lastSuccessAt: string | null; consecutiveFailures: number }) => ({ lastSuccessAt: s.lastSuccessAt, failures: s.consecutiveFailures });
