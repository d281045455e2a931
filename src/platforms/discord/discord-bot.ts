import { once } from 'node:events';
import { ChannelType, Client, DefaultRestOptions, DiscordjsErrorCodes, Events, GatewayDispatchEvents, GatewayIntentBits, Options, type GatewayDispatchPayload } from 'discord.js';
import type { CommandHandler } from '../../commands/handle-command.ts';
import type { CommandDefinition } from '../../commands/types.ts';
import type { Programs } from '../../config/programs.ts';
import { createLimiter, type Limiter } from '../../delivery/limiter.ts';
import type { Localizer } from '../../i18n/localizer.ts';
import type { Logger } from '../../log.ts';
import type { SubscriptionStore } from '../../store/subscription-store.ts';
import { keepConnecting, RefusedError } from '../keep-connecting.ts';
import type { PlatformRuntime } from '../platform-runtime.ts';
import { createDiscordPort } from './discord-port.ts';
import { fromGateway } from './from-gateway.ts';
import { handleInteraction } from './interactions.ts';
import { DISCORD_LIMITS } from './limits.ts';
import { removeChannels } from './membership.ts';
import { createPacedRest } from './paced-rest.ts';
import { createResponder } from './respond.ts';
import { createRestClient } from './rest-client.ts';

/** What the Discord platform needs from the rest of the bot, and nothing more. */
export interface DiscordDeps {
  /** DISCORD_API_ROOT: REST base URL (tests: a fake on loopback); the gateway URL then comes from its /gateway/bot. */
  apiRoot?: string | undefined;
  handleCommand: CommandHandler;
  /** For autocomplete and for knowing which commands are slow. */
  commands: readonly CommandDefinition[];
  /** Program suggestions while a user types. */
  programs: Programs;
  /** Channels deleted, servers left. */
  subscriptions: SubscriptionStore;
  /** The "something went wrong" and "slow down" answers, in the user's language. */
  localizer: Localizer;
  logger: Logger;
  /** How long start() waits for the first connection before going on in the background (default 5 s). */
  firstTryMs?: number;
}

/** In-flight interaction handlers get this long to finish at shutdown. */
const DRAIN_MS = 5_000;

/**
 * A gateway client per connection attempt: Guilds only (no privileged intent), as many shards as
 * Discord recommends, small caches. The client's own REST calls (the gateway URL at login and at
 * every reconnect) take permits of the lane too: Discord counts them against the same 50 a second.
 */
function makeClient(apiRoot: string | undefined, lane: Limiter): Client {
  const makeRequest = async (url: string, init: Parameters<typeof DefaultRestOptions.makeRequest>[1]) => {
    const permit = await lane.acquire('rest:gateway', false, { priority: 'reply' });
    permit.start();
    try {
      return await DefaultRestOptions.makeRequest(url, init);
    } finally {
      permit.finish();
    }
  };
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    shards: 'auto',
    rest: { ...(apiRoot ? { api: apiRoot } : {}), makeRequest },
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0, ReactionManager: 0, GuildEmojiManager: 0, GuildStickerManager: 0 }),
  });
}

/**
 * The discord.js bot: slash commands, buttons and autocomplete in through the gateway (sharded
 * as Discord recommends); everything out — replies and alerts alike — through discord.js's REST
 * behind the one paced lane, alerts once per destination whatever the number of shards.
 * Start-up does not wait for Discord; a refused token fails at once.
 */
export function createDiscordPlatform(token: string, deps: DiscordDeps): PlatformRuntime {
  const log = deps.logger.child({ platform: 'discord' });
  const lane = createLimiter(DISCORD_LIMITS);
  const rest = createRestClient(token, { apiRoot: deps.apiRoot });
  const paced = createPacedRest(rest, lane, log);
  const responder = createResponder(paced, log);
  const inflight = new Set<Promise<void>>();
  let client: Client | null = null;

  const track = (work: Promise<unknown>, what: string) => {
    const p = work.then(
      () => undefined,
      (err: unknown) => log.error({ err }, what),
    );
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  };

  function wire(c: Client): void {
    const interactionDeps = { ...deps, responder, logger: log };
    c.on(Events.InteractionCreate, (i) => {
      const it = fromGateway(i);
      if (it) track(handleInteraction(interactionDeps, it), 'a Discord interaction failed');
      else log.debug({ type: i.type }, 'an interaction that is not one of ours');
    });
    // discord.js forgets a server's channels (threads included) before it emits guildDelete: note them while it still knows them.
    const leaving = new Map<string, string[]>();
    c.on(Events.Raw, (packet: GatewayDispatchPayload) => {
      if (packet.t !== GatewayDispatchEvents.GuildDelete || packet.d.unavailable) return;
      leaving.set(packet.d.id, [...c.channels.cache.filter((ch) => 'guildId' in ch && ch.guildId === packet.d.id).keys()]);
    });
    c.on(Events.GuildDelete, (guild) => {
      const ids = leaving.get(guild.id) ?? [];
      leaving.delete(guild.id);
      track(removeChannels(deps.subscriptions, ids, log, `left server ${guild.id}`), 'removing the alerts of a server the bot left failed');
    });
    c.on(Events.ChannelDelete, (channel) => track(removeChannels(deps.subscriptions, [channel.id], log, 'channel deleted'), 'removing the alerts of a deleted channel failed'));
    c.on(Events.ThreadDelete, (thread) => track(removeChannels(deps.subscriptions, [thread.id], log, 'thread deleted'), 'removing the alerts of a deleted thread failed'));
    c.on(Events.Error, (err) => log.error({ err }, 'discord.js reported an error'));
    c.on(Events.ShardError, (err, shard) => log.warn({ err, shard }, 'a Discord gateway shard failed; discord.js reconnects it'));
  }

  const connection = keepConnecting({
    name: 'Discord',
    logger: log,
    ...(deps.firstTryMs !== undefined ? { firstTryMs: deps.firstTryMs } : {}),
    async attempt(signal) {
      const c = makeClient(deps.apiRoot, lane);
      wire(c);
      client = c;
      try {
        const ready = once(c, Events.ClientReady, { signal });
        // When login fails, nobody waits for ready any more: its later abort must not be an unhandled rejection.
        ready.catch(() => undefined);
        await c.login(token);
        await ready;
      } catch (err) {
        await c.destroy();
        if ((err as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid) {
          throw new RefusedError('Discord did not accept DISCORD_TOKEN (401 Unauthorized); "ee-draw-bot doctor" checks it', { cause: err });
        }
        throw err;
      }
      // Stopped while connecting (the role lost, a shutdown): this client must not stay connected.
      if (signal.aborted) {
        await c.destroy();
        return;
      }
      log.info({ user: c.user?.tag, guilds: c.guilds.cache.size, shards: c.ws.shards.size }, 'Discord bot is connected');
    },
  });

  let stopped: Promise<void> | null = null;
  return {
    name: 'discord',
    port: createDiscordPort({ rest, lane, paced, logger: log, isAnnouncement: (id) => client?.channels.cache.get(id)?.type === ChannelType.GuildAnnouncement }),
    ready: connection.ready,
    refused: connection.refused,
    start: () => connection.start(),
    status: () => connection.status(),
    stop() {
      stopped ??= (async () => {
        await connection.stop();
        await client?.destroy();
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([Promise.allSettled([...inflight]), new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS)))]).finally(() => clearTimeout(timer));
        lane.close();
      })();
      return stopped;
    },
  };
}
