import { createServer } from 'node:net';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type StoredMessage } from '../fakes/fake-discord.ts';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { runCli, scratchEnv, startCli, waitFor } from '../helpers/cli.ts';
import { irccBodyWith, ROUND_438 } from '../helpers/ircc-file.ts';

let fake: FakeDiscord;
let feeds: FeedServer;
beforeAll(async () => {
  fake = await startFakeDiscord();
  feeds = await startFeedServer();
});
afterAll(async () => {
  await fake.close();
  await feeds.close();
});

const text = (m: StoredMessage | undefined) => `${m?.content ?? ''} ${JSON.stringify(m?.embeds ?? [])}`;
/** What the bot posted in a channel or DM by itself (alerts, pings), not its answers to commands there. */
const posts = (messages: StoredMessage[]) => messages.filter((m) => m.source === 'channel');
const discordEnv = () => ({ DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_ROOT: fake.api });
const ircc = (path: string) => ({ id: 'ircc', kind: 'ircc-json', url: feeds.url(path), schedule: '*/2 * * * * *', timeoutMs: 3000 });

/** Resolves with the exit code, or rejects when the process is still running after `ms`. */
function exitWithin(exited: Promise<number | null>, ms: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`still running ${ms} ms after SIGTERM`)), ms)));
  return Promise.race([exited, late]).finally(() => clearTimeout(timer));
}

describe('Discord, end to end: the real `run` process against the fake Discord', () => {
  it('answers, subscribes, pings the right people once, pings nobody else, and stops cleanly', async () => {
    const guild = fake.createGuild({ name: 'CEC hopefuls' });
    const alerts = fake.createChannel(guild.id, { name: 'draw-alerts' });
    const lounge = fake.createChannel(guild.id, { name: 'lounge' });
    const mods = fake.createRole(guild.id, { name: 'mods', permissions: PermissionFlagsBits.ManageChannels });
    const admin = fake.createUser({ username: 'admin' });
    fake.addMember(guild.id, admin.id, { roles: [mods.id] });
    const [u510, u490, u520, member] = ['u510', 'u490', 'u520', 'member'].map((username) => {
      const u = fake.createUser({ username });
      fake.addMember(guild.id, u.id);
      return u;
    }) as [ReturnType<FakeDiscord['createUser']>, ReturnType<FakeDiscord['createUser']>, ReturnType<FakeDiscord['createUser']>, ReturnType<FakeDiscord['createUser']>];

    feeds.route('/ircc.json', { body: irccBodyWith() });
    const { env } = scratchEnv([ircc('/ircc.json')], discordEnv());
    const deployed = await runCli(['deploy-commands'], env);
    expect(deployed.code).toBe(0);
    expect(fake.commandOverwrites).toHaveLength(1);

    const bot = startCli(['run'], env);
    try {
      await fake.until(() => fake.liveSessions().length > 0, 'the bot connected to the gateway', 20_000);
      expect(fake.identifies.at(-1)?.intents).toBe(1);

      const latest = await fake.slash({ user: member.id, channel: lounge.id, name: 'latest', options: { program: 'cec' } }).reply();
      expect(text(latest)).toContain('#436');
      expect(text(latest)).toMatch(/"value":"523"/);
      const french = await fake.slash({ user: member.id, channel: lounge.id, name: 'latest', options: { program: 'cec' }, locale: 'fr' }).reply();
      expect(text(french)).toMatch(/Dernière ronde : Catégorie de l'expérience canadienne/);
      // A file upload through the real process's REST (it once failed there: two undici majors, one global dispatcher).
      const chart = fake.slash({ user: member.id, channel: lounge.id, name: 'chart', options: { program: 'cec', period: '1y' } });
      expect((await chart.reply(30_000)).attachments[0]?.filename).toBe('ee-cec-1y.png');

      const subscribed = await fake.slash({ user: admin.id, channel: alerts.id, name: 'subscribe', options: { programs: 'cec' } }).reply();
      expect(subscribed.content).toMatch(/every new draw of CEC/);
      const refused = await fake.slash({ user: member.id, channel: lounge.id, name: 'subscribe', options: { programs: 'cec' }, bypassDefaultPermissions: true }).reply();
      expect(refused.ephemeral).toBe(true);
      expect(refused.content).toMatch(/Only this group’s or server’s admins can change its alerts/);

      for (const [user, options] of [
        [u510, { score: 510, programs: 'cec' }],
        [u490, { score: 490, programs: 'cec' }],
        [u520, { score: 520, programs: 'pnp' }],
      ] as const) {
        const ack = await fake.slash({ user: user.id, name: 'notify', options }).reply();
        expect(ack.content).toMatch(/I will ping you by direct message/);
      }

      const before = posts(fake.messages).length;
      const polls = () => feeds.requestsTo('/ircc.json').length;
      const today = new Date().toISOString().slice(0, 10);
      feeds.route('/ircc.json', { body: irccBodyWith({ ...ROUND_438, drawDate: today }) });
      await fake.until(() => posts(fake.messagesIn(alerts.id)).length > 0 && posts(fake.dmsTo(u510.id)).length > 0, 'the alert and the ping within 7 s', 7_000);
      const [alert] = posts(fake.messagesIn(alerts.id));
      expect(alert?.embeds).toHaveLength(1);
      expect(text(alert)).toMatch(/503/);
      expect(text(alert)).toMatch(/2,500/);
      expect(alert?.pinged).toEqual({ everyone: false, users: [], roles: [] });
      expect(alert?.allowedMentions).toEqual({ parse: [] });
      expect(text(posts(fake.dmsTo(u510.id))[0])).toMatch(/Your 510 clears the cutoff of 503 by 7/);

      // Several more polls of the same file: still exactly one message each, nobody else.
      const seen = polls();
      await waitFor(() => polls() >= seen + 3, 15_000, 'three more polls');
      expect(posts(fake.messagesIn(alerts.id))).toHaveLength(1);
      expect(posts(fake.dmsTo(u510.id))).toHaveLength(1);
      expect(posts(fake.dmsTo(u490.id))).toHaveLength(0);
      expect(posts(fake.dmsTo(u520.id))).toHaveLength(0);
      expect(posts(fake.messagesIn(lounge.id))).toHaveLength(0);
      expect(posts(fake.messages).length - before).toBe(2);
      expect(fake.rateLimits.tooManyRequests).toBe(0);
      expect(fake.warnings).toEqual([]);
    } finally {
      bot.child.kill('SIGTERM');
      expect(await exitWithin(bot.exited, 15_000)).toBe(0);
    }
    expect(bot.err()).not.toContain(fake.token);
    expect(fake.gatewayCloses.at(-1)?.code).toBe(1000);
  }, 120_000);
});

describe('Discord and Telegram in one process', () => {
  let tg: FakeTelegram;
  beforeAll(async () => {
    tg = await startFakeTelegram();
  });
  afterAll(async () => {
    await tg.close();
  });

  it('serves both platforms when both tokens are set', async () => {
    const guild = fake.createGuild({ name: 'Both' });
    const channel = fake.createChannel(guild.id, { name: 'general' });
    const user = fake.createUser({ username: 'both' });
    fake.addMember(guild.id, user.id);
    feeds.route('/both.json', { body: irccBodyWith() });
    const { env } = scratchEnv([ircc('/both.json')], { ...discordEnv(), TELEGRAM_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot });
    const bot = startCli(['run'], env);
    try {
      await fake.until(() => fake.liveSessions().length > 0, 'the Discord gateway', 20_000);
      await waitFor(() => tg.callsOf('getUpdates').length > 0, 20_000, 'Telegram long polling');
      const discord = await fake.slash({ user: user.id, channel: channel.id, name: 'latest', options: { program: 'cec' } }).reply();
      expect(text(discord)).toContain('#436');
      tg.sendText({ chat: { id: 7, type: 'private' }, from: { id: 7 }, text: '/latest cec' });
      await waitFor(() => tg.sent(7).length > 0, 30_000, 'the Telegram reply');
      expect(tg.sent(7).at(-1)?.text).toMatch(/#436/);
    } finally {
      bot.child.kill('SIGTERM');
      expect(await exitWithin(bot.exited, 15_000)).toBe(0);
    }
  }, 90_000);
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Discord at start-up', () => {
  it('fails `run` at once, saying so, when Discord refuses the token', async () => {
    const { env } = scratchEnv([ircc('/ircc.json')], { ...discordEnv(), DISCORD_TOKEN: 'not-a-valid-token' });
    const r = await runCli(['run'], env, { timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Discord did not accept DISCORD_TOKEN/);
  });

  it('keeps running and retrying in the background when Discord cannot be reached, and stops on SIGTERM', async () => {
    const { env } = scratchEnv([ircc('/ircc.json')], { ...discordEnv(), DISCORD_API_ROOT: `http://127.0.0.1:${await closedPort()}/api` });
    const bot = startCli(['run'], env);
    try {
      await waitFor(() => /Discord is unreachable; trying again/.test(bot.err()), 20_000, 'the retry warning');
      expect(bot.child.exitCode).toBeNull();
    } finally {
      bot.child.kill('SIGTERM');
      expect(await exitWithin(bot.exited, 15_000)).toBe(0);
    }
  }, 60_000);
});
