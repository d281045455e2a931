/**
 * Discord fan-out: one alert to each of 300 subscribed channels through the real worker, the real
 * Discord port and discord.js's REST, against the fake Discord enforcing Discord's limits (50
 * requests in any sliding second, 5 messages per 5 s per channel) and answering 429 beyond them.
 */
import { createMemoryCoordinator } from '../src/coordination/coordinator.ts';
import { createDeliveryWorker } from '../src/delivery/worker.ts';
import { entryId, type Destination, type OutboxEntry } from '../src/domain/outbox.ts';
import { createLocalizer } from '../src/i18n/localizer.ts';
import { createLogger } from '../src/log.ts';
import { createCommandHandler } from '../src/commands/handle-command.ts';
import { loadPrograms } from '../src/config/programs.ts';
import { createDiscordPlatform } from '../src/platforms/discord/discord-bot.ts';
import type { Reply } from '../src/reply/reply.ts';
import { openStores } from '../src/store/index.ts';
import { drainAll } from '../test/delivery/helpers.ts';
import { startFakeDiscord, type FakeDiscord } from '../test/fakes/fake-discord.ts';

const CHANNELS = 300;
const LATENCY_MS = 50;
const GLOBAL = 50;
const logger = createLogger('silent', { pretty: false });

const ALERT: Reply = {
  title: 'New Express Entry draw: Canadian Experience Class',
  fields: [
    { name: 'Round', value: '#438', inline: true },
    { name: 'Date', value: 'November 20, 2026', inline: true },
    { name: 'Invitations', value: '2,500', inline: true },
    { name: 'Minimum CRS', value: '503 (−20)', inline: true },
  ],
  footer: 'confirmed by IRCC',
  colour: '#1f8b4c',
};

interface Run {
  name: string;
  delivered: number;
  /** Channels that got exactly one message. */
  once: number;
  sustained: number;
  peak: number;
  tooMany: number;
  elapsedMs: number;
}

/** A fake Discord with one server of `CHANNELS` text channels. */
async function world(): Promise<{ fake: FakeDiscord; channels: string[] }> {
  const fake = await startFakeDiscord({ latencyMs: LATENCY_MS });
  const guild = fake.createGuild({ name: 'Bench' });
  const channels = Array.from({ length: CHANNELS }, (_, i) => fake.createChannel(guild.id, { name: `alerts-${i}` }).id);
  return { fake, channels };
}

/** What the fake counted for the channel messages: the rate from the first message of the second window to the last (whole windows only). */
function measure(name: string, fake: FakeDiscord, channels: string[]): Run {
  const posts = fake.requests.filter((r) => r.method === 'POST' && r.route === '/channels/:channel/messages');
  const times = posts.map((r) => r.at).sort((a, b) => a - b);
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? 0;
  const once = channels.filter((id) => fake.messagesIn(id).length === 1).length;
  return {
    name,
    delivered: fake.messages.length,
    once,
    sustained: ((times.length - 1 - GLOBAL) / (last - (times[GLOBAL] ?? first))) * 1000,
    peak: fake.limiter.peakInWindow(1000),
    tooMany: fake.rateLimits.tooManyRequests,
    elapsedMs: last - first,
  };
}

/** The bot's way: the outbox, the delivery worker (concurrency 16), the Discord port behind the lane. */
async function throughTheBot(): Promise<Run> {
  const { fake, channels } = await world();
  const stores = await openStores('memory://', logger);
  const localizer = createLocalizer();
  const programs = loadPrograms();
  const platform = createDiscordPlatform(fake.token, {
    apiRoot: fake.api,
    handleCommand: createCommandHandler({ stores, programs, localizer, commands: [], now: () => new Date() }),
    commands: [],
    programs,
    subscriptions: stores.subscriptions,
    localizer,
    logger,
  });
  await platform.start();
  await platform.ready;
  const entries: OutboxEntry[] = channels.map((chatId) => {
    const destination: Destination = { platform: 'discord', chatId, threadId: null, mentionUserId: null };
    const id = entryId('bench-438', 'new', 'chat', destination);
    return {
      id,
      drawId: 'bench-438',
      event: 'new',
      alert: 'chat',
      destination,
      subscriptionKey: `discord:${chatId}:`,
      message: ALERT,
      editOf: null,
      lang: 'en',
      ping: null,
      createdAt: new Date().toISOString(),
    };
  });
  await stores.outbox.enqueue(entries);
  const worker = createDeliveryWorker({ outbox: stores.outbox, subscriptions: stores.subscriptions, platforms: new Map([['discord', platform.port]]), coordinator: createMemoryCoordinator(), logger });
  await drainAll(worker, stores.outbox, 1_000);
  await worker.stop();
  await platform.stop();
  await stores.close();
  const run = measure('ee-draw-bot: worker, lane, discord.js REST', fake, channels);
  // Which requests drew a 429, if any: the table says how many; this says which.
  for (const e of fake.rateLimitEvents) process.stderr.write(`discord bench: 429 (${e.scope}) on ${e.route}\n`);
  await fake.close();
  return run;
}

export async function benchDiscord(): Promise<string> {
  const runs = [await throughTheBot()];
  const rows = runs.map(
    (r) =>
      `| ${r.name} | ${r.delivered} | ${r.once} | ${r.sustained.toFixed(1)}/s | **${((r.sustained / GLOBAL) * 100).toFixed(1)} %** | ${r.peak} | ${r.tooMany} | ${(r.elapsedMs / 1000).toFixed(2)} s |`,
  );
  return `## Discord fan-out (\`bench/discord.bench.ts\`)

One alert (an embed) to each of ${CHANNELS} subscribed channels of a server, from the outbox through the delivery
worker, the Discord port and discord.js's REST, against the fake Discord of the tests enforcing Discord's
limits — ${GLOBAL} requests in any sliding second for the bot, 5 messages per 5 s per channel (fixed buckets
announced in the headers) — answering ${LATENCY_MS} ms after each request and 429 beyond a limit. The
*sustained rate* runs from the first message of the second window (message ${GLOBAL + 1}) to the last:
whole windows only; *fraction of the limit* = sustained rate ÷ ${GLOBAL}/s, goal ≥ 90 % with 0 × 429 and
every channel served once. (discord.js's REST on its own, with its fixed-window global counter, gets
global 429s from the same fake — \`test/platforms/fake-discord.test.ts\` — which is why every request of
the bot takes a permit of the lane.)

| sender | messages | channels served once | sustained rate | fraction of the limit | most requests in any 1 s | 429s | first → last |
|---|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}
