import { planAlerts } from './alerts/plan-alerts.ts';
import type { App } from './app.ts';
import type { PlatformPort } from './delivery/platform-port.ts';
import { createDeliveryWorker } from './delivery/worker.ts';
import type { Draw, DrawEvent } from './domain/draw.ts';
import { createMetrics, type Metrics } from './ops/metrics.ts';
import { startOpsServer, type OpsServer } from './ops/http-server.ts';
import { pollSource, type PollDeps } from './poller/poll-once.ts';
import { startScheduler, type Scheduler } from './poller/scheduler.ts';

/** A platform the runtime starts and stops: its delivery port plus its intake (updates, gateway). */
export interface PlatformRuntime {
  port: PlatformPort;
  start(): Promise<void>;
  /** Stops intake; in-flight handlers finish. Idempotent. */
  stop(): Promise<void>;
}

export interface Runtime {
  metrics: Metrics;
  /** Resolves when everything has stopped: intake, polls, deliveries, store. Idempotent. */
  stop(): Promise<void>;
}

/**
 * The long-running bot: scheduled polls → events → outbox (written before the draws) → delivery
 * worker → platforms; plus the ops endpoints when HTTP_PORT is set.
 */
export async function startRuntime(app: App, platforms: PlatformRuntime[], opts: { deliveryIntervalMs?: number } = {}): Promise<Runtime> {
  const { logger, config, stores } = app;
  const metrics = createMetrics();
  const coordinator = app.coordinator;
  const worker = createDeliveryWorker({
    outbox: stores.outbox,
    subscriptions: stores.subscriptions,
    platforms: new Map(platforms.map((p) => [p.port.name, p.port])),
    coordinator,
    logger,
    now: app.now,
  });
  const onEvents = async (events: DrawEvent[], draws: Draw[]) => {
    for (const event of events) {
      metrics.events.inc({ kind: event.kind });
      const entries = await planAlerts(event, draws, { subscriptions: stores.subscriptions, outbox: stores.outbox, programs: app.programs, localizer: app.localizer, now: app.now });
      const added = await stores.outbox.enqueue(entries);
      logger.info({ draw: event.draw.id, kind: event.kind, queued: added }, added > 0 ? 'alerts queued' : 'no alert for this event');
    }
  };
  const pollDeps: PollDeps = { ...app.pollDeps, onEvents };
  const tick = async (source: (typeof app.sources)[number]) => {
    // One instance polls a source at a time; the others skip that tick.
    const lease = `poll:${source.id}`;
    if (!(await coordinator.claim(lease, source.timeoutMs + 15_000))) return;
    let result: Awaited<ReturnType<typeof pollSource>>;
    try {
      result = await pollSource(source, pollDeps);
    } finally {
      await coordinator.release(lease);
    }
    metrics.polls.inc({ source: source.id, result: result.failures.length > 0 ? 'failed' : result.skipped.length > 0 ? 'skipped' : 'ok' });
    if (result.failures.length === 0 && result.skipped.length === 0) metrics.sourceLastSuccess.set({ source: source.id }, Date.now() / 1000);
    if (result.events.length > 0) worker.kick();
  };

  for (const p of platforms) await p.start();
  // Load every subscription index once now, so the first draw after start is matched from memory.
  await Promise.all(app.programs.all.map(async (p) => Promise.all([stores.subscriptions.chatsFor(p.code), stores.subscriptions.thresholdsFor(p.code, 1201)])));
  worker.start(opts.deliveryIntervalMs ?? 1000);
  const first = Promise.all(app.sources.filter((s) => s.enabled).map((s) => tick(s).catch((err: unknown) => logger.error({ err, source: s.id }, 'first poll failed'))));
  const scheduler: Scheduler = startScheduler(app.sources, config.POLL_SCHEDULE, tick, logger);
  let ops: OpsServer | null = null;
  if (config.HTTP_PORT) {
    ops = await startOpsServer(config.HTTP_PORT, {
      metrics,
      logger,
      health: async () => {
        metrics.draws.set(await stores.draws.count());
      },
    });
    logger.info({ port: ops.port }, 'ops endpoints on /healthz and /metrics');
  }

  let stopped: Promise<void> | null = null;
  return {
    metrics,
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
