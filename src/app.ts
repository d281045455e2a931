import { commands as allCommands } from '../commands/index.ts';
import type { CommandDefinition } from './commands/types.ts';
import { createCommandHandler, type CommandHandler } from './commands/handle-command.ts';
import { createCommandThrottle } from './commands/throttle.ts';
import { measuredCommands } from './ops/measured-commands.ts';
import { createMetrics, type Metrics } from './ops/metrics.ts';
import { createLocalizer, type Localizer } from './i18n/localizer.ts';
import type { Config } from './config/env.ts';
import { loadPrograms, type Programs } from './config/programs.ts';
import { loadSources, type SourceConfig } from './config/sources.ts';
import type { Logger } from './log.ts';
import { createHttpClient } from './net/http-client.ts';
import type { PollDeps } from './poller/poll-once.ts';
import { openStores, type Stores } from './store/index.ts';
import type { Coordinator } from './coordination/coordinator.ts';
import { openCoordinator } from './coordination/open-coordinator.ts';
import { exclusive } from './coordination/with-lease.ts';
import { seedHistory } from './store/seed.ts';
import { createSerial } from './util/serial.ts';

export interface AppDeps {
  config: Config;
  logger: Logger;
  now?: () => Date;
}

/** Everything long-lived, built once by the composition root. */
export interface App {
  config: Config;
  logger: Logger;
  programs: Programs;
  localizer: Localizer;
  stores: Stores;
  /** Leases shared with other processes on the same store. */
  coordinator: Coordinator;
  sources: SourceConfig[];
  commands: readonly CommandDefinition[];
  now: () => Date;
  pollDeps: PollDeps;
  /** Draws added from the bundled history on this start (0 when the store had draws). */
  seeded: number;
  /** Every chat command from every platform goes through this, with the per-user rate limit. */
  handleCommand: CommandHandler;
  /** Prometheus metrics of this process (served on HTTP_PORT by `run`). */
  metrics: Metrics;
  /** The same without the rate limit (the `ask` verb, one command from the operator). */
  handleOperatorCommand: CommandHandler;
  close(): Promise<void>;
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const programs = loadPrograms();
  const sources = await loadSources(config.SOURCES_FILE);
  const coordinator = await openCoordinator(config.STORE_URL, logger, {
    ...(config.INSTANCE_ID ? { instanceId: config.INSTANCE_ID } : {}),
    ...(config.STORE_CONNECT_TIMEOUT_MS ? { connectTimeoutMs: config.STORE_CONNECT_TIMEOUT_MS } : {}),
  });
  let stores: Stores;
  try {
    stores = await openStores(config.STORE_URL, logger, coordinator, {
      ...(config.STORE_CONNECT_TIMEOUT_MS ? { connectTimeoutMs: config.STORE_CONNECT_TIMEOUT_MS } : {}),
      now,
      programCodes: programs.all.map((p) => p.code),
    });
  } catch (err) {
    // Nothing may stay open when the store cannot be opened: the process must be able to exit.
    await coordinator.close();
    throw err;
  }
  let seeded: number;
  try {
    seeded = await seedHistory(stores, programs);
  } catch (err) {
    await stores.close();
    await coordinator.close();
    throw err;
  }
  const localizer = createLocalizer();
  const http = createHttpClient();
  const pollDeps: PollDeps = { stores, userAgent: config.HTTP_USER_AGENT, programs, logger, now, http, serial: exclusive(coordinator, 'lock:draws', createSerial()) };
  const metrics = createMetrics();
  const contextDeps = { stores, programs, localizer, commands: allCommands, now };
  let closed: Promise<void> | null = null;
  return {
    config,
    logger,
    programs,
    localizer,
    stores,
    coordinator,
    sources,
    commands: allCommands,
    now,
    pollDeps,
    seeded,
    metrics,
    handleCommand: measuredCommands(
      createCommandHandler({ ...contextDeps, ...(config.COMMAND_RATE_LIMIT ? { throttle: createCommandThrottle(config.COMMAND_RATE_LIMIT) } : {}), aliases: { start: 'help' } }),
      metrics,
    ),
    handleOperatorCommand: createCommandHandler(contextDeps),
    close() {
      // The coordinator last: closing it releases every lease this instance still holds.
      closed ??= Promise.all([stores.close(), http.close()]).then(() => coordinator.close());
      return closed;
    },
  };
}
