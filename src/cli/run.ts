import { createApp } from '../app.ts';
import { redactSecrets, redactUrl } from '../util/redact.ts';
import { createConsoleRuntime } from '../platforms/console/console-runtime.ts';
import { enabledPlatforms } from '../platforms/index.ts';
import { startRuntime } from '../runtime.ts';
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
  const platforms = enabledPlatforms(config, {
    handleCommand: app.handleCommand,
    commands: app.commands,
    programs: app.programs,
    subscriptions: app.stores.subscriptions,
    localizer: app.localizer,
    logger,
    inbox: app.stores.inbox,
  });
  const consoleMode = platforms.length === 0;
  // The console is this process's own: every instance has it, nobody elects it.
  if (consoleMode)
    platforms.push({
      name: 'console',
      elected: false,
      create: () => createConsoleRuntime({ subscriptions: app.stores.subscriptions, write: io.stdout, now: app.now, logger, commands: { input: io.stdin, handleCommand: app.handleCommand, logger } }),
    });
  const count = await app.stores.draws.count();
  if (consoleMode) io.stdout(`${t('console.banner', { version: VERSION })}\n${t('console.type')}\n`);
  io.stdout(
    `${t('console.loaded', {
      count,
      store: redactUrl(config.STORE_URL),
      sources:
        app.sources
          .filter((s) => s.enabled)
          .map((s) => s.id)
          .join(', ') || '-',
    })}\n`,
  );
  io.stdout(`${t('console.stop')}\n`);
  logger.info({ draws: count, seeded: app.seeded, store: redactUrl(config.STORE_URL), platforms: platforms.map((p) => p.name) }, 'started');

  const runtime = await startRuntime(app, platforms);
  // A stop signal is honoured during start-up too: nothing below waits on the outside world first.
  const outcome = await Promise.race([runtime.failed.catch((err: unknown) => err as Error), stopSignal.then(() => null)]);
  let code = 0;
  if (outcome) {
    logger.fatal({ err: outcome }, 'a platform refused the bot');
    io.stderr(`ee-draw-bot run: ${redactSecrets(outcome.message)}\n`);
    code = 1;
  } else {
    const signal = await stopSignal;
    logger.info({ signal }, 'stopping');
  }
  io.stdout(`${t('console.stopping')}\n`);
  await runtime.stop();
  io.stdout(`${t('console.stopped')}\n`);
  return code;
}
