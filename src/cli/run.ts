import { createApp } from '../app.ts';
import { formatAlert } from '../alerts/format-alert.ts';
import { shouldAlert } from '../alerts/should-alert.ts';
import type { DrawEvent } from '../domain/draw.ts';
import { renderPlain } from '../platforms/console/render.ts';
import { pollSource } from '../poller/poll-once.ts';
import { startScheduler } from '../poller/scheduler.ts';
import { VERSION } from '../version.ts';
import { parseVerbArgs, type CliContext } from './main.ts';
import { waitForShutdownSignal } from './shutdown.ts';

/** `run`: pollers on their schedules; with no platform token, alerts print to stdout (console platform). */
export async function runVerb(args: string[], { io, config, logger }: CliContext): Promise<number> {
  parseVerbArgs({ args, options: {}, strict: true });
  const stopSignal = waitForShutdownSignal();
  const app = await createApp({ config, logger });
  const t = app.localizer.forLang('en');
  const count = await app.stores.draws.count();
  io.stdout(`${t('console.banner', { version: VERSION })}\n`);
  io.stdout(`${t('console.loaded', { count, store: config.STORE_URL, sources: app.sources.filter((s) => s.enabled).map((s) => s.id).join(', ') || '-' })}\n`);
  io.stdout(`${t('console.stop')}\n`);
  logger.info({ draws: count, seeded: app.seeded, store: config.STORE_URL }, 'console mode started');

  const publish = async (events: DrawEvent[]) => {
    if (events.length === 0) return;
    const all = await app.stores.draws.list();
    for (const event of events) {
      if (!shouldAlert(event, app.now())) {
        logger.info({ draw: event.draw.id, kind: event.kind }, 'event about an old draw: stored, not alerted');
        continue;
      }
      const previous = all.find((d) => d.program === event.draw.program && d.id !== event.draw.id && d.date <= event.draw.date) ?? null;
      io.stdout(`\n${renderPlain(formatAlert(event, previous, { programs: app.programs, lang: 'en', t }))}\n`);
    }
  };
  const tick = async (source: (typeof app.sources)[number]) => {
    const result = await pollSource(source, app.pollDeps);
    await publish(result.events);
  };

  const first = Promise.all(app.sources.filter((s) => s.enabled).map((s) => tick(s).catch((err: unknown) => logger.error({ err, source: s.id }, 'first poll failed'))));
  const scheduler = startScheduler(app.sources, config.POLL_SCHEDULE, tick, logger);
  const signal = await stopSignal;
  logger.info({ signal }, 'stopping');
  io.stdout(`${t('console.stopping')}\n`);
  await scheduler.stop();
  await first;
  await app.close();
  io.stdout(`${t('console.stopped')}\n`);
  return 0;
}
