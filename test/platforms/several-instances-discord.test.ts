import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatSubscriptionKey } from '../../src/domain/subscription.ts';
import { openStores } from '../../src/store/index.ts';
import { startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { freePort } from '../fakes/loopback.ts';
import { runCli, scratchEnv, startCli, waitFor } from '../helpers/cli.ts';
import { interactionKeys, saveEndpointWhenUp } from '../helpers/discord-endpoint.ts';
import { irccBodyWith, ROUND_438 } from '../helpers/ircc-file.ts';
import { startRedis, type TestServer } from '../helpers/servers.ts';
import { silentLogger } from '../helpers/stores.ts';

/** Two real `run` processes on one Redis against the fake Discord: one gateway session, one answer, one alert per channel. */
let fake: FakeDiscord;
let feeds: FeedServer;
let redis: TestServer;
beforeAll(async () => {
  [fake, feeds, redis] = await Promise.all([startFakeDiscord(), startFeedServer(), startRedis()]);
});
afterAll(async () => {
  await Promise.all([fake.close(), feeds.close(), redis.close()]);
});

describe('two instances with Discord', () => {
  it('open one gateway session between them, answer each interaction once, and post one alert per channel', async () => {
    const guild = fake.createGuild({ name: 'Study group' });
    const channels = Array.from({ length: 5 }, (_, i) => fake.createChannel(guild.id, { name: `alerts-${i}` }));
    const member = fake.createUser({ username: 'member' });
    fake.addMember(guild.id, member.id);
    const stores = await openStores(redis.url, silentLogger);
    const createdAt = new Date().toISOString();
    await stores.subscriptions.putChats(
      channels.map((c) => ({ key: chatSubscriptionKey('discord', c.id, null), platform: 'discord', chatId: c.id, threadId: null, programs: ['cec'], lang: 'en', createdBy: 'seed', createdAt })),
    );
    await stores.close();

    feeds.route('/ircc.json', { body: irccBodyWith() });
    const deploy = await runCli(['deploy-commands'], { STORE_URL: redis.url, DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_ROOT: fake.api });
    expect(deploy.code).toBe(0);
    const bots = [1, 2].map((n) => {
      const { env } = scratchEnv([{ id: 'ircc', kind: 'ircc-json', url: feeds.url('/ircc.json'), schedule: '*/2 * * * * *', timeoutMs: 3000 }], {
        STORE_URL: redis.url,
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_ROOT: fake.api,
        INSTANCE_ID: `bot-${n}`,
        LEASE_TTL_MS: '3000',
      });
      return startCli(['run'], env);
    });
    try {
      await fake.until(() => fake.liveSessions().length > 0, 'a gateway session', 30_000);
      const latest = await fake.slash({ user: member.id, channel: channels[0]?.id ?? '', name: 'latest', options: { program: 'cec' } }).reply();
      expect(`${latest.content ?? ''} ${JSON.stringify(latest.embeds ?? [])}`).toContain('#436');

      feeds.route('/ircc.json', { body: irccBodyWith({ ...ROUND_438, drawDate: new Date().toISOString().slice(0, 10) }) });
      await fake.until(() => channels.every((c) => fake.messagesIn(c.id).some((m) => m.source === 'channel')), 'an alert in every channel', 30_000);
      // A few more polls: nothing more arrives.
      const reads = feeds.requests.length;
      await waitFor(() => feeds.requests.length >= reads + 3, 20_000, 'three more polls');
    } finally {
      for (const b of bots) b.child.kill('SIGTERM');
    }
    for (const b of bots) expect(await b.exited).toBe(0);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.interactions).toHaveLength(1);
    // Answered once: one callback, nothing refused as a second acknowledgement, no follow-up besides.
    expect(fake.interactions[0]?.callback).not.toBeNull();
    expect(fake.interactions[0]?.refused).toEqual([]);
    expect(fake.interactions[0]?.followUps).toEqual([]);
    for (const c of channels)
      expect(
        fake.messagesIn(c.id).filter((m) => m.source === 'channel'),
        c.name,
      ).toHaveLength(1);
    expect(fake.rateLimits.tooManyRequests).toBe(0);
  }, 120_000);

  it('with DISCORD_PUBLIC_KEY, each answer the interactions posted to it, whichever holds the gateway, a deferred one included', async () => {
    const guild = fake.createGuild({ name: 'Load-balanced group' });
    const channel = fake.createChannel(guild.id, { name: 'draws' });
    const member = fake.createUser({ username: 'member' });
    fake.addMember(guild.id, member.id);
    const keys = interactionKeys();
    const ports = [await freePort(), await freePort()];
    const bots = ports.map((port, n) =>
      startCli(
        ['run'],
        scratchEnv([], {
          STORE_URL: redis.url,
          DISCORD_TOKEN: fake.token,
          DISCORD_APPLICATION_ID: fake.applicationId,
          DISCORD_API_ROOT: fake.api,
          INSTANCE_ID: `http-${n}`,
          HTTP_PORT: String(port),
          DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        }).env,
      ),
    );
    const seen = fake.interactions.length;
    try {
      // As a load balancer would: each instance in turn gets Discord's requests.
      for (const port of ports) {
        await saveEndpointWhenUp(fake, `http://127.0.0.1:${port}/discord/interactions`, keys.privateKey);
        const latest = await fake.slash({ user: member.id, channel: channel.id, name: 'latest', options: { program: 'cec' } }).reply(20_000);
        expect(JSON.stringify(latest.embeds)).toContain('#436');
        const chart = fake.slash({ user: member.id, channel: channel.id, name: 'chart', options: { program: 'cec', period: '1y' } });
        expect((await chart.reply(30_000)).attachments[0]?.filename).toBe('ee-cec-1y.png');
      }
    } finally {
      for (const b of bots) b.child.kill('SIGTERM');
    }
    for (const b of bots) expect(await b.exited).toBe(0);
    const mine = fake.interactions.slice(seen);
    expect(mine).toHaveLength(4);
    for (const r of mine) {
      expect(r.callback).not.toBeNull();
      expect(r.refused).toEqual([]);
      expect(r.followUps).toEqual([]);
    }
    expect(fake.rateLimits.tooManyRequests).toBe(0);
  }, 120_000);
});
