import { lead, type Leadership } from '../coordination/leadership.ts';
import type { Coordinator } from '../coordination/coordinator.ts';
import type { SourceConfig } from '../config/sources.ts';
import type { Logger } from '../log.ts';
import { startScheduler, type Scheduler } from '../poller/scheduler.ts';

/**
 * One instance polls the sources (the role `poller`): it runs the schedules, and polls every source
 * once when it takes the role (at start, or taking over from an instance that died). Polling state
 * (ETags, bodies' hashes, seen items, backoff) lives in the shared store, so a successor sends
 * conditional requests, not a refetch storm.
 */
export function pollerRole(deps: {
  coordinator: Coordinator;
  sources: SourceConfig[];
  fallbackSchedule: string;
  tick: (source: SourceConfig) => Promise<void>;
  logger: Logger;
  leaseTtlMs?: number | undefined;
  onRole: (role: string, held: boolean) => void;
}): Leadership {
  let scheduler: Scheduler | null = null;
  let first: Promise<unknown> = Promise.resolve();
  return lead(deps.coordinator, 'poller', {
    ...(deps.leaseTtlMs ? { ttlMs: deps.leaseTtlMs } : {}),
    logger: deps.logger,
    onElected: () => {
      deps.logger.info('this instance now polls the sources');
      deps.onRole('poller', true);
      first = Promise.all(deps.sources.filter((s) => s.enabled).map((s) => deps.tick(s).catch((err: unknown) => deps.logger.error({ err, source: s.id }, 'first poll failed'))));
      scheduler = startScheduler(deps.sources, deps.fallbackSchedule, deps.tick, deps.logger);
    },
    onLost: async (reason) => {
      if (reason !== 'stopped') deps.logger.warn({ reason }, 'this instance no longer polls the sources');
      deps.onRole('poller', false);
      const s = scheduler;
      scheduler = null;
      await s?.stop();
      await first;
    },
  });
}
