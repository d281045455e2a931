import type { CommandHandler } from '../commands/handle-command.ts';
import type { CommandDefinition } from '../commands/types.ts';
import type { Config } from '../config/env.ts';
import type { Programs } from '../config/programs.ts';
import type { Localizer } from '../i18n/localizer.ts';
import type { Logger } from '../log.ts';
import type { SubscriptionStore } from '../store/subscription-store.ts';
import type { InboxStore } from '../store/inbox-store.ts';
import type { PlatformFactory, ServedEndpoint } from '../runtime/platform-slot.ts';
import { createInteractionsEndpoint } from './discord/interactions-endpoint.ts';
import type { PlatformRuntime } from './platform-runtime.ts';
import { createDiscordPlatform } from './discord/discord-bot.ts';
import { createTelegramPlatform } from './telegram/telegram-bot.ts';

/** What every chat platform gets from the bot: narrow, so an adapter knows nothing of the app. */
export interface PlatformDeps {
  handleCommand: CommandHandler;
  commands: readonly CommandDefinition[];
  /** The program catalogue (Discord suggests programs while a user types). */
  programs: Programs;
  subscriptions: SubscriptionStore;
  localizer: Localizer;
  logger: Logger;
  /** Webhook updates another instance received for a platform this one runs. */
  inbox: Pick<InboxStore, 'take'>;
}

/** A chat platform `run` can start: on when its token is set. */
export interface PlatformEntry {
  name: string;
  enabled(config: Config): boolean;
  create(config: Config, deps: PlatformDeps): PlatformRuntime;
  /** Webhooks every instance serves for it (decision 0011), when configured. */
  webhooks?(config: Config): { path: string; secret: string; header: string }[];
  /** Endpoints every instance answers itself (decision 0014), when configured. */
  served?(config: Config, deps: PlatformDeps): ServedEndpoint[];
}

/** Every chat platform, in the order they start. Adding one is adding a row. */
export const PLATFORMS: readonly PlatformEntry[] = [
  {
    name: 'telegram',
    enabled: (config) => Boolean(config.TELEGRAM_TOKEN),
    create: (config, deps) =>
      createTelegramPlatform(config.TELEGRAM_TOKEN ?? '', {
        apiRoot: config.TELEGRAM_API_ROOT,
        handleCommand: deps.handleCommand,
        commands: deps.commands,
        subscriptions: deps.subscriptions,
        translate: deps.localizer.forLang('en'),
        logger: deps.logger,
        paidBroadcast: config.TELEGRAM_PAID_BROADCAST,
        webhook: config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET } : undefined,
        inbox: deps.inbox,
      }),
    webhooks: (config) =>
      config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET
        ? [{ path: new URL(config.TELEGRAM_WEBHOOK_URL).pathname, secret: config.TELEGRAM_WEBHOOK_SECRET, header: 'x-telegram-bot-api-secret-token' }]
        : [],
  },
  {
    name: 'discord',
    enabled: (config) => Boolean(config.DISCORD_TOKEN),
    create: (config, deps) =>
      createDiscordPlatform(config.DISCORD_TOKEN ?? '', {
        apiRoot: config.DISCORD_API_ROOT,
        handleCommand: deps.handleCommand,
        commands: deps.commands,
        programs: deps.programs,
        subscriptions: deps.subscriptions,
        localizer: deps.localizer,
        logger: deps.logger,
      }),
    served: (config, deps) =>
      config.DISCORD_PUBLIC_KEY
        ? [
            createInteractionsEndpoint(config.DISCORD_TOKEN ?? '', {
              publicKey: config.DISCORD_PUBLIC_KEY,
              apiRoot: config.DISCORD_API_ROOT,
              handleCommand: deps.handleCommand,
              commands: deps.commands,
              programs: deps.programs,
              localizer: deps.localizer,
              logger: deps.logger,
            }),
          ]
        : [],
  },
];

/** The platforms whose token is set, each run by one instance at a time (decision 0011). */
export function enabledPlatforms(config: Config, deps: PlatformDeps): PlatformFactory[] {
  return PLATFORMS.filter((p) => p.enabled(config)).map((p) => ({
    name: p.name,
    elected: true,
    create: () => p.create(config, deps),
    webhooks: p.webhooks?.(config) ?? [],
    served: () => p.served?.(config, deps) ?? [],
  }));
}
