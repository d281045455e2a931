import cron, { type ScheduledTask } from 'node-cron';
import { schedulesOf, type SourceConfig } from '../config/sources.ts';
import type { Logger } from '../log.ts';

export interface Scheduler {
  /** Stops every schedule and waits for ticks under way. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Runs `tick(source)` on each source's cron schedule(s). A source never runs twice at once
 * (node-cron's noOverlap per task, plus a per-source guard across a source's several expressions).
 */
export function startScheduler(sources: SourceConfig[], fallback: string, tick: (source: SourceConfig) => Promise<void>, logger: Logger): Scheduler {
  const inFlight = new Map<string, Promise<void>>();
  const tasks: ScheduledTask[] = [];
  const cronLogger = {
    info: (m: string) => logger.debug(m),
    warn: (m: string) => logger.debug(m),
    error: (m: string | Error, err?: Error) => logger.error({ err: err ?? m }, 'scheduler error'),
    debug: (m: string | Error) => logger.debug(String(m)),
  };
  const guarded = (source: SourceConfig) => async () => {
    if (inFlight.has(source.id)) return;
    const run = tick(source).catch((err: unknown) => logger.error({ err, source: source.id }, 'poll tick failed'));
    inFlight.set(source.id, run);
    try {
      await run;
    } finally {
      inFlight.delete(source.id);
    }
  };
  for (const source of sources.filter((s) => s.enabled)) {
    schedulesOf(source, fallback).forEach((expr, i) => {
      tasks.push(cron.schedule(expr, guarded(source), { name: `poll:${source.id}:${i}`, noOverlap: true, logger: cronLogger, suppressMissedWarning: true, timezone: 'UTC' }));
    });
  }
  let stopped: Promise<void> | null = null;
  return {
    stop() {
      stopped ??= (async () => {
        await Promise.all(tasks.map(async (t) => t.destroy()));
        await Promise.all([...inFlight.values()]);
      })();
      return stopped;
    },
  };
}
