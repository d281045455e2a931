import { EventEmitter, once } from 'node:events';
import { createServer } from 'node:http';
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import { createApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createMemoryCoordinator } from '../../src/coordination/coordinator.ts';
import { createDeliveryWorker, type DeliveryWorker } from '../../src/delivery/worker.ts';
import { entryId, type Destination, type OutboxEntry } from '../../src/domain/outbox.ts';
import type { Reply } from '../../src/reply/reply.ts';
import { createDiscordPlatform } from '../../src/platforms/discord/discord-bot.ts';
import { deployCommands } from '../../src/platforms/discord/deploy.ts';
import { createInteractionsEndpoint } from '../../src/platforms/discord/interactions-endpoint.ts';
import type { PlatformRuntime } from '../../src/platforms/platform-runtime.ts';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import { startFakeDiscord, type FakeDiscordOptions } from '../fakes/fake-discord.ts';
import { closeServer, listenOnLoopback } from '../fakes/loopback.ts';
import { interactionKeys } from '../helpers/discord-endpoint.ts';
import { silentLogger } from '../helpers/stores.ts';

/** A fake Discord with a server (text, announcement, forum post, thread), an admin and a member; the real platform connected to it on an in-memory app. */
export async function startDiscordBot(opts: { fake?: FakeDiscordOptions; handleCommand?: App['handleCommand']; via?: 'gateway' | 'http' } = {}) {
  const fake = await startFakeDiscord(opts.fake);
  const guild = fake.createGuild({ name: 'Study group' });
  const text = fake.createChannel(guild.id, { name: 'alerts' });
  const news = fake.createChannel(guild.id, { name: 'draw-news', type: ChannelType.GuildAnnouncement });
  const forum = fake.createChannel(guild.id, { name: 'forum', type: ChannelType.GuildForum });
  const post = fake.createThread(forum.id, { name: 'CEC hopefuls' });
  const thread = fake.createThread(text.id, { name: 'cec-thread' });
  const mods = fake.createRole(guild.id, { name: 'mods', permissions: PermissionFlagsBits.ManageChannels });
  const admin = fake.createUser({ username: 'admin' });
  fake.addMember(guild.id, admin.id, { roles: [mods.id] });
  const member = fake.createUser({ username: 'member' });
  fake.addMember(guild.id, member.id);
  const app = await createApp({ config: loadConfig({ STORE_URL: 'memory://', COMMAND_RATE_LIMIT: 'off' }), logger: silentLogger });
  // The platform's view of the store tells the test when it removed a subscription: tests wait for that, not for time.
  const deleted = new EventEmitter();
  const subscriptions = Object.create(app.stores.subscriptions) as SubscriptionStore;
  subscriptions.deleteChat = async (key) => {
    const removed = await app.stores.subscriptions.deleteChat(key);
    deleted.emit('key', key);
    return removed;
  };
  const gone = new Set<string>();
  deleted.on('key', (key: string) => gone.add(key));
  await deployCommands(app.commands, { token: fake.token, applicationId: fake.applicationId, apiRoot: fake.api });
  const platform: PlatformRuntime = createDiscordPlatform(fake.token, {
    apiRoot: fake.api,
    handleCommand: opts.handleCommand ?? app.handleCommand,
    commands: app.commands,
    programs: app.programs,
    subscriptions,
    localizer: app.localizer,
    logger: silentLogger,
  });
  await platform.start();
  await platform.ready;
  // DISCORD_PUBLIC_KEY's way: interactions are POSTed, signed, to the bot's endpoint instead of the gateway.
  let endpoint: { close(): Promise<void> } | null = null;
  if (opts.via === 'http') {
    const keys = interactionKeys();
    const served = createInteractionsEndpoint(fake.token, {
      publicKey: keys.publicKeyHex,
      apiRoot: fake.api,
      handleCommand: opts.handleCommand ?? app.handleCommand,
      commands: app.commands,
      programs: app.programs,
      localizer: app.localizer,
      logger: silentLogger,
    });
    const server = createServer((req, res) => void served.route.handle(req, res));
    const port = await listenOnLoopback(server);
    await fake.useInteractionsEndpoint(`http://127.0.0.1:${port}${served.route.path}`, keys.privateKey);
    endpoint = {
      async close() {
        await served.close();
        await closeServer(server);
      },
    };
  }
  const worker: DeliveryWorker = createDeliveryWorker({
    outbox: app.stores.outbox,
    subscriptions: app.stores.subscriptions,
    platforms: new Map([['discord', platform.port]]),
    coordinator: createMemoryCoordinator(),
    logger: silentLogger,
    retry: { baseMs: 50, capMs: 200, maxAttempts: 3 },
  });
  return {
    fake,
    app,
    platform,
    worker,
    guild,
    channels: { text, news, forum, post, thread },
    users: { admin, member },
    /** Resolves once the platform has removed the subscription `key` (a channel deleted, a server left). */
    async removedByPlatform(key: string): Promise<void> {
      while (!gone.has(key)) await once(deleted, 'key');
    },
    async stop(): Promise<void> {
      await worker.stop();
      await endpoint?.close();
      await platform.stop();
      await app.close();
      await fake.close();
    },
  };
}

export type DiscordBot = Awaited<ReturnType<typeof startDiscordBot>>;

/** An outbox entry for the Discord platform, as planAlerts would write it. */
export function discordEntry(destination: Omit<Destination, 'platform'>, message: Reply, subscriptionKey: string, alert: 'chat' | 'ping' = 'chat'): OutboxEntry {
  const dest: Destination = { platform: 'discord', ...destination };
  return {
    id: entryId(`draw-${subscriptionKey}-${message.title ?? ''}`, 'new', alert, dest),
    drawId: 'draw-438',
    event: 'new',
    alert,
    destination: dest,
    subscriptionKey,
    message,
    editOf: null,
    lang: 'en',
    ping: alert === 'ping' ? { score: 510, profileSubmittedAt: null } : null,
    createdAt: new Date().toISOString(),
  };
}
