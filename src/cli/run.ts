import { createApp } from '../app.ts';
import { createConsoleRuntime } from '../platforms/console/console-runtime.ts';
import { createTelegramRuntime } from '../platforms/telegram/telegram-bot.ts';
import { startRuntime, type PlatformRuntime } from '../runtime.ts';
import { VERSION } from '../version.ts';
import { parseVerbArgs, type CliContext } from './context.ts';
import { announceNewStore } from './store-status.ts';
import { waitForShutdownSignal } from './shutdown.ts';

/** `run`: pollers on their schedules, the outbox and every platform whose token is set (console without tokens). */
export async function runVerb(args: string[], { io, config, logger }: CliContext): Promise<number> {
  parseVerbArgs({ args, options: {}, strict: true });
  const stopSignal = waitForShutdownSignal();
  announceNewStore(config.STORE_URL, logger, io.stdout);
  const app = await createApp({ config, logger });
  const t = app.localizer.forLang('en');
  const platforms: PlatformRuntime[] = [];
  const consoleMode = !config.TELEGRAM_TOKEN && !config.DISCORD_TOKEN;
  if (consoleMode) platforms.push(createConsoleRuntime(app.stores, io.stdout, app.now));
  if (config.TELEGRAM_TOKEN) platforms.push(createTelegramRuntime(app, config.TELEGRAM_TOKEN, config.TELEGRAM_API_ROOT));
  const count = await app.stores.draws.count();
  if (consoleMode) io.stdout(`${t('console.banner', { version: VERSION })}\n`);
  io.stdout(
    `${t('console.loaded', {
      count,
      store: config.STORE_URL,
      sources:
        app.sources
          .filter((s) => s.enabled)
          .map((s) => s.id)
          .join(', ') || '-',
    })}\n`,
  );
  io.stdout(`${t('console.stop')}\n`);
  logger.info({ draws: count, seeded: app.seeded, store: config.STORE_URL, platforms: platforms.map((p) => p.port.name) }, 'started');

  const runtime = await startRuntime(app, platforms);
  const signal = await stopSignal;
  logger.info({ signal }, 'stopping');
  io.stdout(`${t('console.stopping')}\n`);
  await runtime.stop();
  io.stdout(`${t('console.stopped')}\n`);
  return 0;
}
