import { queueAlerts } from './alerts/queue-alerts.ts';
import type { App } from './app.ts';
import { createDeliveryWorker } from './delivery/worker.ts';
import type { Draw, DrawEvent } from './domain/draw.ts';
import { healthReport } from './ops/health.ts';
import type { Metrics } from './ops/metrics.ts';
import { startOpsServer, type OpsServer } from './ops/http-server.ts';
import type { PlatformRuntime } from './platforms/platform-runtime.ts';
import { pollSource, type PollDeps } from './poller/poll-once.ts';
import { startScheduler, type Scheduler } from './poller/scheduler.ts';

export type { PlatformRuntime } from './platforms/platform-runtime.ts';

export interface Runtime {
  metrics: Metrics;
  /**
   * Settles when every platform has made its first try: resolved whether or not it is reachable
   * (retries go on in the background); rejected when a platform refused the bot (a wrong token).
   */
  platformsStarted: Promise<void>;
  /** Resolves when everything has stopped: intake, polls, deliveries, store. Idempotent. */
  stop(): Promise<void>;
}

/**
 * The long-running bot: scheduled polls → events → outbox (written before the draws) → delivery
 * worker → platforms; plus the ops endpoints when HTTP_PORT is set. Nothing here waits on a
 * platform: the store and the pollers start first, and alerts wait in the outbox until their
 * platform is connected.
 */
export async function startRuntime(app: App, platforms: PlatformRuntime[], opts: { deliveryIntervalMs?: number } = {}): Promise<Runtime> {
  const { logger, config, stores } = app;
  const metrics = app.metrics;
  let outboxPending: number | null = null;
  const coordinator = app.coordinator;
  const byName = new Map(platforms.map((p) => [p.name, p]));
  const worker = createDeliveryWorker({
    outbox: stores.outbox,
    subscriptions: stores.subscriptions,
    platforms: new Map(platforms.map((p) => [p.name, p.port])),
    ready: (name) => byName.get(name)?.status().state === 'ready',
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
    // One instance polls a source at a time; the others skip that tick.
    const lease = `poll:${source.id}`;
    if (!(await coordinator.claim(lease, source.timeoutMs + 15_000))) return;
    let result: Awaited<ReturnType<typeof pollSource>>;
    const end = metrics.pollSeconds.startTimer({ source: source.id });
    try {
      result = await pollSource(source, pollDeps);
    } finally {
      end();
      await coordinator.release(lease);
    }
    metrics.polls.inc({ source: source.id, result: result.failures.length > 0 ? 'failed' : result.skipped.length > 0 ? 'skipped' : 'ok' });
    if (result.failures.length === 0 && result.skipped.length === 0) metrics.sourceLastSuccess.set({ source: source.id }, Date.now() / 1000);
    if (result.events.length > 0) worker.kick();
  };

  // No warm-up of the subscription caches: a cold match of 100,000 subscriptions takes ~120 ms
  // (docs/benchmarks.md), and caching every program's chats at start would hold tens of MB for nothing.
  worker.start(opts.deliveryIntervalMs ?? 1000);
  const first = Promise.all(app.sources.filter((s) => s.enabled).map((s) => tick(s).catch((err: unknown) => logger.error({ err, source: s.id }, 'first poll failed'))));
  const scheduler: Scheduler = startScheduler(app.sources, config.POLL_SCHEDULE, tick, logger);
  let ops: OpsServer | null = null;
  if (config.HTTP_PORT) {
    ops = await startOpsServer(config.HTTP_PORT, {
      metrics,
      logger,
      routes: platforms.flatMap((p) => p.routes ?? []),
      health: () =>
        healthReport({
          checkStore: async () => void (await stores.draws.count()),
          sources: () => Promise.all(app.sources.filter((s) => s.enabled).map(async (s) => ({ id: s.id, ...pick(await stores.sources.get(s.id)) }))),
          outboxDepth: async () => outboxPending ?? (await stores.outbox.pending()).length,
          platforms: () => platforms.map((p) => ({ name: p.name, ...p.status() })),
          roles: () => [],
          now: app.now,
        }),
      beforeScrape: async () => {
        metrics.draws.set(await stores.draws.count());
        for (const p of platforms) metrics.platformUp.set({ platform: p.name }, p.status().state === 'ready' ? 1 : 0);
      },
    });
    logger.info({ port: ops.port }, 'ops endpoints on /healthz and /metrics');
  }
  // Alerts queued while a platform was unreachable go out as soon as it answers.
  const platformsStarted = Promise.all(
    platforms.map(async (p) => {
      await p.start();
      void p.ready.then(() => worker.kick());
    }),
  ).then(() => undefined);

  let stopped: Promise<void> | null = null;
  return {
    metrics,
    platformsStarted,
    stop() {
      stopped ??= (async () => {
        await Promise.all(platforms.map((p) => p.stop()));
        await scheduler.stop();
        await first;
        await worker.stop();
        await ops?.close();
        await app.close();
      })();
      return stopped;
    },
  };
}

/** What /healthz shows of a source's state. */
const pick = (s: { lastSuccessAt: string | null; consecutiveFailures: number }) => ({ lastSuccessAt: s.lastSuccessAt, failures: s.consecutiveFailures });
