import { readFileSync } from 'node:fs';
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatSubscriptionKey, thresholdKey, type ChatSubscription, type ScoreThreshold } from '../../src/domain/subscription.ts';
import type { OutboxEntry } from '../../src/domain/outbox.ts';
import { formatAlert } from '../../src/alerts/format-alert.ts';
import { buildPrograms, DEFAULT_PROGRAMS_FILE } from '../../src/config/programs.ts';
import type { Reply } from '../../src/reply/reply.ts';
import { drainAll } from '../delivery/helpers.ts';
import { discordEntry, startDiscordBot, type DiscordBot } from './discord-harness.ts';

let bot: DiscordBot;
beforeEach(async () => {
  bot = await startDiscordBot();
});
afterEach(async () => {
  await bot.stop();
});

const ALERT: Reply = {
  title: 'New Express Entry draw: Canadian Experience Class',
  fields: [
    { name: 'Round', value: '#438', inline: true },
    { name: 'Invitations', value: '2,500', inline: true },
    { name: 'Minimum CRS', value: '503 (−20)', inline: true },
  ],
  footer: 'confirmed by IRCC · https://www.canada.ca/en/ircc/rounds.html',
  url: 'https://www.canada.ca/en/ircc/rounds.html',
  colour: '#1f8b4c',
};
const PING: Reply = { title: 'Your score and the CEC draw', text: 'Your 510 clears the cutoff of 503 by 7.', colour: '#1f8b4c' };

function subscription(chatId: string, threadId: string | null = null): ChatSubscription {
  return {
    key: chatSubscriptionKey('discord', chatId, threadId),
    platform: 'discord',
    chatId,
    threadId,
    programs: ['cec'],
    lang: 'en',
    createdBy: 'admin',
    createdAt: new Date().toISOString(),
    paused: null,
  };
}
function threshold(userId: string, fallback: { chatId: string; threadId: string | null } | null): ScoreThreshold {
  const key = thresholdKey('discord', userId);
  return { key, platform: 'discord', userId, userName: null, score: 510, programs: ['cec'], ping: { kind: 'dm', fallback }, profileSubmittedAt: null, lang: 'en', createdAt: new Date().toISOString() };
}
const chatAlert = (chatId: string, message: Reply = ALERT, threadId: string | null = null) =>
  discordEntry({ chatId, threadId, mentionUserId: null }, message, chatSubscriptionKey('discord', chatId, threadId));
const dmPing = (userId: string, fallback: { chatId: string; threadId: string | null } | null) =>
  discordEntry({ chatId: userId, threadId: null, mentionUserId: null, dm: { fallback } }, PING, thresholdKey('discord', userId), 'ping');

async function deliver(...entries: OutboxEntry[]): Promise<void> {
  await bot.app.stores.outbox.enqueue(entries);
  await drainAll(bot.worker, bot.app.stores.outbox);
}

describe('Discord alerts through the outbox and the delivery worker', () => {
  it('posts one embed per alert (colour, fields, title linking to the source) that can ping nobody, even a program named @everyone', async () => {
    const { fake, channels } = bot;
    const hostile: Reply = { ...ALERT, title: 'New draw: @everyone @here <@&123456789012345678> **bold**', fields: [{ name: 'Program', value: '@everyone' }] };
    await deliver(chatAlert(channels.text.id), chatAlert(channels.thread.id, hostile));
    const [alert] = fake.messagesIn(channels.text.id);
    expect(alert?.embeds).toEqual([
      expect.objectContaining({
        title: ALERT.title,
        url: ALERT.url,
        color: 0x1f8b4c,
        footer: { text: 'confirmed by IRCC' },
      }),
    ]);
    expect(alert?.embeds[0]?.['fields']).toContainEqual({ name: 'Invitations', value: '2,500', inline: true });
    expect(alert?.allowedMentions).toEqual({ parse: [] });
    const [odd] = fake.messagesIn(channels.thread.id);
    expect(odd?.pinged).toEqual({ everyone: false, users: [], roles: [] });
    expect(JSON.stringify(odd?.embeds)).not.toMatch(/@everyone|@here|<@&/);
    expect(fake.messages).toHaveLength(2);
  });

  it('pings nobody when a program’s name contains @everyone (the alert as the planner formats it)', async () => {
    const { fake, channels, app } = bot;
    const raw = JSON.parse(readFileSync(DEFAULT_PROGRAMS_FILE, 'utf8')) as { programs: { code: string; name: { en: string; fr: string } }[] };
    for (const p of raw.programs) if (p.code === 'cec') p.name = { en: '@everyone Canadian Experience Class @here', fr: '@everyone CEC' };
    const programs = buildPrograms(raw);
    const draw = (await app.stores.draws.list()).find((d) => d.program === 'cec')!;
    const message = formatAlert({ kind: 'new', draw, previous: null, changed: [] }, null, { programs, lang: 'en', t: app.localizer.forLang('en') });
    expect(message.title).toContain('@everyone');
    await deliver(chatAlert(channels.text.id, message));
    const [alert] = fake.messagesIn(channels.text.id);
    expect(alert?.pinged).toEqual({ everyone: false, users: [], roles: [] });
    expect(alert?.allowedMentions).toEqual({ parse: [] });
    expect(alert?.embeds[0]?.['title']).toBe('New Express Entry draw: @\u200beveryone Canadian Experience Class @\u200bhere');
  });

  it('crossposts an alert in an announcement channel, so the servers following it get it too', async () => {
    const { fake, channels } = bot;
    await deliver(chatAlert(channels.news.id), chatAlert(channels.text.id));
    await fake.until(() => fake.messagesIn(channels.news.id)[0]?.crossposted, 'the crosspost');
    expect(fake.messagesIn(channels.text.id)[0]?.crossposted).toBe(false);
  });

  it('posts in a thread or forum post, whether the record names the thread itself or its parent and the thread', async () => {
    const { fake, channels } = bot;
    await deliver(chatAlert(channels.post.id), chatAlert(channels.text.id, ALERT, channels.thread.id));
    expect(fake.messagesIn(channels.post.id)).toHaveLength(1);
    expect(fake.messagesIn(channels.thread.id)).toHaveLength(1);
    expect(fake.messagesIn(channels.text.id)).toHaveLength(0);
  });

  it('pings by DM (the DM channel opened once) and edits the DM when IRCC confirms', async () => {
    const { fake, users, app } = bot;
    const first = dmPing(users.member.id, null);
    const second = { ...dmPing(users.member.id, null), id: `${first.id}-second` };
    await deliver(first, second);
    expect(fake.dmsTo(users.member.id)).toHaveLength(2);
    expect(fake.requests.filter((r) => r.route === '/users/@me/channels')).toHaveLength(1);
    const state = await app.stores.outbox.getState(first.id);
    expect(state?.sentTo).toBe(fake.dmChannelIdOf(users.member.id));
    await deliver({ ...first, id: `${first.id}|edit`, event: 'confirmed', message: { ...PING, text: 'confirmed by IRCC' }, editOf: first.id });
    expect(fake.dmsTo(users.member.id)).toHaveLength(2);
    expect(fake.dmsTo(users.member.id)[0]?.edits).toBe(1);
    expect(JSON.stringify(fake.dmsTo(users.member.id)[0]?.embeds)).toContain('confirmed by IRCC');
  });

  it('mentions the user in the channel where /notify was set when their DMs are closed, never both; without a fallback the ping is dropped', async () => {
    const { fake, users, channels, app } = bot;
    fake.setDmsClosed(users.member.id);
    fake.setDmsClosed(users.admin.id);
    await app.stores.subscriptions.putThresholds([threshold(users.member.id, { chatId: channels.text.id, threadId: null }), threshold(users.admin.id, null)]);
    await deliver(dmPing(users.member.id, { chatId: channels.text.id, threadId: null }), dmPing(users.admin.id, null));
    expect(fake.dmsTo(users.member.id)).toHaveLength(0);
    const [mention] = fake.messagesIn(channels.text.id);
    expect(mention?.content).toBe(`<@${users.member.id}>`);
    expect(mention?.pinged).toEqual({ everyone: false, users: [users.member.id], roles: [] });
    expect(mention?.allowedMentions).toEqual({ parse: [], users: [users.member.id] });
    expect(fake.messages).toHaveLength(1);
    expect(await app.stores.subscriptions.getThreshold(thresholdKey('discord', users.admin.id))).toBeUndefined();
    expect(await app.stores.subscriptions.getThreshold(thresholdKey('discord', users.member.id))).toBeDefined();
  });

  it('removes the subscription of a deleted channel (10003), pauses one where the bot may not post (50013), and /subscribe there says what is missing', async () => {
    const { fake, guild, channels, users, app } = bot;
    const muted = fake.createChannel(guild.id, { name: 'muted', overwrites: [{ id: fake.botRole(guild.id).id, type: 'role', deny: PermissionFlagsBits.SendMessages }] });
    const doomed = fake.createChannel(guild.id, { name: 'doomed' });
    await app.stores.subscriptions.putChats([subscription(muted.id), subscription(doomed.id)]);
    fake.world.channels.get(doomed.id)!.deleted = true;
    await deliver(chatAlert(muted.id), chatAlert(doomed.id));
    expect(await app.stores.subscriptions.getChat(chatSubscriptionKey('discord', doomed.id, null))).toBeUndefined();
    expect((await app.stores.subscriptions.getChat(chatSubscriptionKey('discord', muted.id, null)))?.paused?.reason).toMatch(/Missing Permissions \(50013\)/);
    const settings = await fake.slash({ user: users.admin.id, channel: muted.id, name: 'settings' }).reply();
    expect(JSON.stringify(settings.embeds)).toMatch(/paused since .*The bot lacks Send Messages here/);
    const again = await fake.slash({ user: users.admin.id, channel: muted.id, name: 'subscribe', options: { programs: 'cec' } }).reply();
    expect(again.content).toMatch(/they are on again\.\nHeads-up: I cannot post here yet. Missing: Send Messages/);
    expect(fake.messagesIn(channels.text.id)).toHaveLength(0);
  });

  it('removes a server’s subscriptions when the bot leaves it, keeps them through an outage, and drops a deleted channel’s', async () => {
    const { fake, guild, channels, app } = bot;
    const other = fake.createGuild({ name: 'Other server' });
    const otherChannel = fake.createChannel(other.id, { name: 'news', type: ChannelType.GuildText });
    await app.stores.subscriptions.putChats([subscription(channels.text.id), subscription(channels.thread.id), subscription(otherChannel.id), subscription(channels.news.id)]);
    fake.makeGuildUnavailable(other.id);
    fake.deleteChannel(channels.news.id);
    await bot.removedByPlatform(chatSubscriptionKey('discord', channels.news.id, null));
    fake.removeBotFromGuild(guild.id);
    await bot.removedByPlatform(chatSubscriptionKey('discord', channels.text.id, null));
    await bot.removedByPlatform(chatSubscriptionKey('discord', channels.thread.id, null));
    expect(await app.stores.subscriptions.getChat(chatSubscriptionKey('discord', channels.text.id, null))).toBeUndefined();
    expect(await app.stores.subscriptions.getChat(chatSubscriptionKey('discord', channels.thread.id, null))).toBeUndefined();
    expect(await app.stores.subscriptions.getChat(chatSubscriptionKey('discord', otherChannel.id, null))).toBeDefined();
  });

  it('honours a global 429 by pausing the whole lane, and a route 429 by pausing that channel only; nothing is lost', async () => {
    const { fake, channels } = bot;
    fake.failNext({
      route: '/channels/:channel/messages',
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: true },
      headers: { 'retry-after': '1', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
    });
    await deliver(chatAlert(channels.text.id), chatAlert(channels.post.id));
    expect(fake.messagesIn(channels.text.id)).toHaveLength(1);
    expect(fake.messagesIn(channels.post.id)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.status === 429)).toHaveLength(1);
  });
});

describe('Discord with several gateway shards', () => {
  it('connects every shard Discord recommends and still sends each alert once, through REST', async () => {
    const sharded = await startDiscordBot({ fake: { shards: 2 } });
    try {
      const { fake } = sharded;
      expect(
        fake
          .liveSessions()
          .map((s) => s.shard[0])
          .sort(),
      ).toEqual([0, 1]);
      const channels = [0, 1].map((shard) => fake.createChannel(fake.createGuild({ name: `shard ${shard}`, shard: [shard, 2] }).id, { name: 'alerts' }).id);
      const entries = channels.map((id) => discordEntry({ chatId: id, threadId: null, mentionUserId: null }, ALERT, chatSubscriptionKey('discord', id, null)));
      await sharded.app.stores.outbox.enqueue(entries);
      await drainAll(sharded.worker, sharded.app.stores.outbox);
      for (const id of channels) expect(fake.messagesIn(id)).toHaveLength(1);
      expect(fake.requests.filter((r) => r.route === '/channels/:channel/messages' && r.method === 'POST')).toHaveLength(2);
    } finally {
      await sharded.stop();
    }
  });
});
