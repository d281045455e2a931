import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  Locale,
  MessageFlags,
  PermissionFlagsBits,
  REST,
  Routes,
  SlashCommandBuilder,
  type ClientOptions,
  type Interaction,
  type RESTOptions,
  type SendableChannels,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../fakes/fake-discord.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fake(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const f = await startFakeDiscord(opts);
  cleanups.push(() => f.close());
  return f;
}

/** A discord.js client as the bot will make it: Guilds intent only, REST pointed at the fake; the gateway URL comes from /gateway/bot. */
async function connect(f: FakeDiscord, extra: Partial<ClientOptions> = {}): Promise<Client<true>> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: f.api }, ...extra });
  cleanups.push(() => client.destroy());
  const ready = once(client, Events.ClientReady);
  await client.login(f.token);
  await ready;
  return client as Client<true>;
}

function rest(f: FakeDiscord, opts: Partial<RESTOptions> = {}): REST {
  return new REST({ api: f.api, ...opts }).setToken(f.token);
}

const sendable = (client: Client, id: string) => client.channels.cache.get(id) as SendableChannels;
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 7)]);

const COMMANDS = [
  new SlashCommandBuilder()
    .setName('latest')
    .setDescription('The newest draw')
    .setNameLocalizations({ fr: 'dernier' })
    .setDescriptionLocalizations({ fr: 'Le dernier tirage' })
    .addStringOption((o) => o.setName('program').setDescription('Program code or name').setAutocomplete(true)),
  new SlashCommandBuilder().setName('chart').setDescription('A chart of cutoffs'),
  new SlashCommandBuilder()
    .setName('notify')
    .setDescription('Ping me when a cutoff is at or below my score')
    .addSubcommand((s) =>
      s
        .setName('set')
        .setDescription('Set my score')
        .addIntegerOption((o) => o.setName('score').setDescription('CRS score').setRequired(true).setMinValue(0).setMaxValue(1200))
        .addStringOption((o) => o.setName('programs').setDescription('Programs')),
    )
    .addSubcommand((s) => s.setName('off').setDescription('Stop pinging me')),
  new SlashCommandBuilder().setName('subscribe').setDescription('Alerts in this channel').setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels),
].map((c) => c.toJSON());

/** The bot side of the interaction tests: each command answers the way the adapter will. */
function answer(client: Client, errors: unknown[]): void {
  const handle = async (i: Interaction) => {
    if (i.isAutocomplete()) {
      const typed = i.options.getFocused().toLowerCase();
      await i.respond(['cec', 'fsw', 'pnp'].filter((p) => p.startsWith(typed)).map((p) => ({ name: p.toUpperCase(), value: p })));
      return;
    }
    if (i.isButton()) {
      await i.update({ content: `pressed ${i.customId}`, components: [] });
      return;
    }
    if (!i.isChatInputCommand()) return;
    switch (i.commandName) {
      case 'latest': {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId('history:cec').setLabel('History').setStyle(ButtonStyle.Secondary));
        const embed = new EmbedBuilder()
          .setTitle(i.locale === Locale.French ? 'Dernier tirage' : 'Latest draw')
          .setDescription(`program ${i.options.getString('program') ?? 'all'}`)
          .setColor(0x1f8b4c);
        await i.reply({ embeds: [embed], components: [row], files: [new AttachmentBuilder(PNG, { name: 'badge.png' })], allowedMentions: { parse: [] } });
        return;
      }
      case 'chart':
        await i.deferReply();
        await i.editReply({ files: [new AttachmentBuilder(PNG, { name: 'chart.png' })], embeds: [new EmbedBuilder().setImage('attachment://chart.png')] });
        return;
      case 'notify': {
        if (i.options.getSubcommand() === 'off') return void (await i.reply({ content: 'off', flags: MessageFlags.Ephemeral }));
        await i.reply({ content: `score ${i.options.getInteger('score', true)} for ${i.options.getString('programs') ?? 'all'}`, flags: MessageFlags.Ephemeral });
        const extra = await i.followUp({ content: 'and one more thing', flags: MessageFlags.Ephemeral });
        await i.webhook.editMessage(extra, { content: 'and one more thing (edited)' });
        await i.editReply({ content: `${(await i.fetchReply()).content} ✓` });
        return;
      }
      case 'subscribe': {
        const can = i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) === true;
        const canSend = i.appPermissions.has(PermissionFlagsBits.SendMessages);
        await i.reply({ content: can ? `subscribed (can send: ${canSend})` : 'refused: Manage Channels needed', flags: can ? undefined : MessageFlags.Ephemeral });
        return;
      }
    }
  };
  client.on(Events.InteractionCreate, (i) => void handle(i).catch((err: unknown) => errors.push(err)));
}

describe('fake Discord: REST and gateway basics with the real discord.js', () => {
  it('logs in through /gateway/bot, identifies with Guilds only, and fills the guild cache (text, announcement, threads, forum posts)', async () => {
    const f = await fake();
    const g = f.createGuild({ name: 'Study group' });
    const text = f.createChannel(g.id, { name: 'alerts' });
    const news = f.createChannel(g.id, { name: 'news', type: ChannelType.GuildAnnouncement });
    const forum = f.createChannel(g.id, { name: 'questions', type: ChannelType.GuildForum });
    const thread = f.createThread(text.id, { name: 'cec-only' });
    const post = f.createThread(forum.id, { name: 'my profile' });
    const client = await connect(f);

    expect(f.requests.map((r) => `${r.method} ${r.route}`)).toContain('GET /gateway/bot');
    expect(f.identifies).toMatchObject([{ shard: [0, 1], intents: GatewayIntentBits.Guilds, outcome: 'ready' }]);
    expect(client.guilds.cache.get(g.id)?.name).toBe('Study group');
    expect(client.channels.cache.get(text.id)?.type).toBe(ChannelType.GuildText);
    expect(client.channels.cache.get(news.id)?.type).toBe(ChannelType.GuildAnnouncement);
    expect(client.channels.cache.get(thread.id)?.type).toBe(ChannelType.PublicThread);
    expect(client.channels.cache.get(post.id)?.isThread()).toBe(true);
    expect(client.guilds.cache.get(g.id)?.members.me?.permissions.has(PermissionFlagsBits.SendMessages)).toBe(true);
    expect(client.user.id).toBe(f.botId);
  });

  it('refuses a wrong token: 401 with Discord’s body on REST, TokenInvalid on login', async () => {
    const f = await fake();
    const bad = new REST({ api: f.api }).setToken('not-the-token');
    const err = await bad.get(Routes.user('@me')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect(err).toMatchObject({ status: 401, code: 0, rawError: { message: '401: Unauthorized', code: 0 } });
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: f.api } });
    cleanups.push(() => client.destroy());
    await expect(client.login('not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    expect(await rest(f).get(Routes.user('@me'))).toMatchObject({ id: f.botId, bot: true });
    expect(await rest(f).get(Routes.currentApplication())).toMatchObject({ id: f.applicationId });
  });

  it('closes an IDENTIFY asking for a privileged intent with 4014; discord.js’s login rejects', async () => {
    const f = await fake();
    const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers], rest: { api: f.api } });
    cleanups.push(() => client.destroy());
    await expect(client.login(f.token)).rejects.toThrow(/disallowed intents/);
    expect(f.identifies.map((i) => i.outcome)).toEqual(['closed:4014']);
  });

  it('stores a bulk overwrite of commands (ids kept) and answers malformed ones with 400 Invalid Form Body', async () => {
    const f = await fake();
    const g = f.createGuild();
    const r = rest(f);
    const first = (await r.put(Routes.applicationCommands(f.applicationId), { body: COMMANDS })) as { id: string; name: string }[];
    expect(first.map((c) => c.name)).toEqual(['latest', 'chart', 'notify', 'subscribe']);
    const again = (await r.put(Routes.applicationCommands(f.applicationId), { body: COMMANDS })) as { id: string }[];
    expect(again.map((c) => c.id)).toEqual(first.map((c) => c.id));
    expect(f.commands().find((c) => c.name === 'subscribe')?.['default_member_permissions']).toBe(String(PermissionFlagsBits.ManageChannels));
    await r.put(Routes.applicationGuildCommands(f.applicationId, g.id), { body: [COMMANDS[0]] });
    expect(f.commands(g.id).map((c) => c.name)).toEqual(['latest']);
    expect(await r.get(Routes.applicationGuildCommands(f.applicationId, g.id))).toHaveLength(1);

    const bad = [
      { name: 'Latest', description: 'x' },
      { name: 'ok', description: 'd'.repeat(101), options: [{ type: 4, name: 'score', description: 's', min_value: 5, max_value: 1 }] },
      {
        name: 'twice',
        description: 'x',
        options: [
          { type: 3, name: 'a', description: 'a' },
          { type: 3, name: 'b', description: 'b', required: true },
        ],
      },
    ];
    const err = await r.put(Routes.applicationCommands(f.applicationId), { body: bad }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscordAPIError);
    const api = err as DiscordAPIError;
    expect(api).toMatchObject({ status: 400, code: 50035 });
    expect(api.rawError).toMatchObject({
      message: 'Invalid Form Body',
      errors: {
        '0': { name: { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME' }] } },
        '1': { description: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH' }] }, options: { '0': { max_value: { _errors: [{}] } } } },
        '2': { options: { '1': { required: { _errors: [{ code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID' }] } } } },
      },
    });
    expect(api.message).toMatch(/0\.name\[APPLICATION_COMMAND_INVALID_NAME\]/);
    expect(f.commands()).toHaveLength(4);
  });
});

describe('fake Discord: interactions', () => {
  async function world(opts: FakeDiscordOptions = {}) {
    const f = await fake(opts);
    const g = f.createGuild({ name: 'Consultants' });
    const text = f.createChannel(g.id, { name: 'general' });
    const member = f.createUser({ username: 'amal' });
    f.addMember(g.id, member.id);
    const errors: unknown[] = [];
    const client = await connect(f);
    answer(client, errors);
    await rest(f).put(Routes.applicationCommands(f.applicationId), { body: COMMANDS });
    return { f, g, text, member, client, errors };
  }

  it('reply, deferReply + editReply (with a file), ephemeral reply + followUp, autocomplete, button update', async () => {
    const { f, text, member, errors } = await world();

    const latest = f.slash({ user: member.id, channel: text.id, name: 'latest', options: { program: 'cec' }, locale: 'fr' });
    const reply = await latest.reply();
    expect(latest.record.callback?.type).toBe(4);
    expect(reply.embeds[0]).toMatchObject({ title: 'Dernier tirage', description: 'program cec', color: 0x1f8b4c });
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(f.messagesIn(text.id)).toContain(reply);

    const chart = f.slash({ user: member.id, channel: text.id, name: 'chart' });
    const chartReply = await chart.reply();
    expect(chart.record.callback?.type).toBe(5);
    expect(chartReply.attachments).toMatchObject([{ filename: 'chart.png', contentType: 'image/png' }]);
    expect(chartReply.attachments[0]!.data.subarray(0, 8)).toEqual(PNG.subarray(0, 8));
    expect(chartReply.embeds[0]).toMatchObject({ image: { url: 'attachment://chart.png' } });
    expect(chartReply.edits).toBe(1);

    expect(reply.attachments).toMatchObject([{ filename: 'badge.png', size: PNG.length }]);

    const notify = f.slash({ user: member.id, channel: text.id, name: 'notify', subcommand: 'set', options: { score: 510, programs: 'cec' } });
    const [follow] = await notify.followUps(1);
    const ack = await notify.reply();
    await f.until(() => ack.edits === 1, 'the edited acknowledgement');
    expect(ack).toMatchObject({ content: 'score 510 for cec ✓', ephemeral: true });
    expect(follow).toMatchObject({ content: 'and one more thing (edited)', ephemeral: true, source: 'followup', edits: 1 });
    expect(f.messagesIn(text.id)).not.toContain(ack);
    expect(f.messagesIn(text.id, { ephemeral: true })).toContain(ack);
    expect(() => f.slash({ user: member.id, channel: text.id, name: 'notify', subcommand: 'set', options: { score: 1300 } })).toThrow(/at most 1200/);

    const inDm = await f.slash({ user: member.id, name: 'notify', subcommand: 'set', options: { score: 490 } }).reply();
    expect(inDm).toMatchObject({ channelId: f.dmChannelIdOf(member.id), guildId: null });
    expect(inDm.content).toMatch(/^score 490 for all/);

    const auto = f.autocomplete({ user: member.id, channel: text.id, name: 'latest', options: { program: 'c' }, focused: 'program' });
    expect(await auto.choices()).toEqual([{ name: 'CEC', value: 'cec' }]);

    const click = f.click({ user: member.id, message: reply.id, customId: 'history:cec' });
    const updated = await click.reply();
    expect(updated).toBe(reply);
    expect(reply).toMatchObject({ content: 'pressed history:cec', components: [], edits: 1 });

    expect(errors).toEqual([]);
    expect(f.rateLimits.tooManyRequests).toBe(0);
    const callbacks = f.requests.filter((r) => r.route === '/interactions/:interaction/:token/callback');
    expect(callbacks.length).toBeGreaterThanOrEqual(5);
    expect(callbacks.every((r) => !r.global)).toBe(true);
    expect(f.requests.filter((r) => r.route.startsWith('/webhooks/')).every((r) => r.global)).toBe(true);
  });

  it('carries member.permissions and app_permissions: Manage Channels from a role, denied by a channel overwrite', async () => {
    const { f, g, text, member, errors } = await world();
    const mods = f.createRole(g.id, { name: 'mods', permissions: PermissionFlagsBits.ManageChannels });
    const mod = f.createUser({ username: 'mod' });
    f.addMember(g.id, mod.id, { roles: [mods.id] });
    const locked = f.createChannel(g.id, { name: 'locked', overwrites: [{ id: mods.id, type: 'role', deny: PermissionFlagsBits.ManageChannels }] });

    const ok = await f.slash({ user: mod.id, channel: text.id, name: 'subscribe' }).reply();
    expect(ok.content).toBe('subscribed (can send: true)');
    expect(() => f.slash({ user: member.id, channel: text.id, name: 'subscribe' })).toThrow(/default_member_permissions/);
    const refused = await f.slash({ user: member.id, channel: text.id, name: 'subscribe', bypassDefaultPermissions: true }).reply();
    expect(refused).toMatchObject({ content: 'refused: Manage Channels needed', ephemeral: true });
    const inLocked = await f.slash({ user: mod.id, channel: locked.id, name: 'subscribe', bypassDefaultPermissions: true }).reply();
    expect(inLocked.content).toBe('refused: Manage Channels needed');
    expect(f.permissionsIn(locked.id, mod.id) & PermissionFlagsBits.ManageChannels).toBe(0n);
    expect(errors).toEqual([]);
  });

  it('refuses a callback after the deadline with 10062, a second callback with 40060, and a follow-up before any with 10015', async () => {
    const { f, text, member, client } = await world();
    const codes: number[] = [];
    let allSeen: () => void = () => undefined;
    const seen = new Promise<void>((r) => (allSeen = r));
    const note = (e: unknown) => {
      codes.push((e as DiscordAPIError).code as number);
      if (codes.length === 3) allSeen();
    };
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    client.removeAllListeners(Events.InteractionCreate);
    client.on(Events.InteractionCreate, (i) => {
      if (!i.isChatInputCommand()) return;
      void (async () => {
        if (i.commandName === 'chart') {
          await gate;
          await i.reply('too late').catch(note);
          return;
        }
        // discord.js itself refuses followUp() before a reply, so go around it.
        await rest(f)
          .post(Routes.webhook(f.applicationId, i.token), { body: { content: 'too early' }, auth: false })
          .catch(note);
        await i.reply('first');
        await rest(f)
          .post(Routes.interactionCallback(i.id, i.token), { body: { type: 4, data: { content: 'second' } }, auth: false })
          .catch(note);
      })();
    });
    const late = f.slash({ user: member.id, channel: text.id, name: 'chart' });
    f.expireInteraction(late.id);
    release();
    await expect(late.acknowledged()).rejects.toThrow(/refused the late callback.*10062/);
    await f.slash({ user: member.id, channel: text.id, name: 'latest' }).reply();
    await seen;
    expect(codes.sort()).toEqual([10015, 10062, 40060]);
    expect(f.interactions.flatMap((r) => r.refused.map((x) => x.what)).sort()).toEqual(['callback', 'follow-up', 'late callback']);
  });
});

describe('fake Discord: channels, DMs and errors', () => {
  it('sends an embed with a file, crossposts in an announcement channel, posts in a thread and a forum post', async () => {
    const f = await fake();
    const g = f.createGuild();
    const text = f.createChannel(g.id, { name: 'alerts' });
    const news = f.createChannel(g.id, { name: 'news', type: ChannelType.GuildAnnouncement });
    const thread = f.createThread(text.id);
    const forum = f.createChannel(g.id, { type: ChannelType.GuildForum });
    const post = f.createThread(forum.id);
    const client = await connect(f);

    const sent = await sendable(client, text.id).send({
      content: 'New CEC draw: @everyone',
      embeds: [new EmbedBuilder().setTitle('Round #437').addFields({ name: 'Cutoff', value: '503' }).setImage('attachment://chart.png')],
      files: [new AttachmentBuilder(PNG, { name: 'chart.png', description: 'CRS cutoffs' })],
      allowedMentions: { parse: [] },
    });
    const [stored] = f.messagesIn(text.id);
    expect(stored).toMatchObject({ id: sent.id, content: 'New CEC draw: @everyone', pinged: { everyone: false, users: [], roles: [] } });
    expect(stored!.embeds[0]).toMatchObject({ title: 'Round #437', fields: [{ name: 'Cutoff', value: '503' }] });
    expect(stored!.attachments).toMatchObject([{ filename: 'chart.png', description: 'CRS cutoffs', size: PNG.length }]);
    expect(sent.attachments.first()?.name).toBe('chart.png');
    const download = await fetch(sent.attachments.first()!.url);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PNG);

    await sendable(client, text.id).send('careless @everyone');
    expect(f.messagesIn(text.id).at(-1)!.pinged.everyone).toBe(true);

    const announced = await sendable(client, news.id).send({ embeds: [new EmbedBuilder().setTitle('Round #437')] });
    await announced.crosspost();
    expect(f.messagesIn(news.id)[0]).toMatchObject({ crossposted: true });
    await expect(rest(f).post(Routes.channelMessageCrosspost(text.id, sent.id))).rejects.toMatchObject({ status: 400, code: 50024 });

    await sendable(client, thread.id).send('in a thread');
    await sendable(client, post.id).send('in a forum post');
    expect(f.messagesIn(thread.id)).toHaveLength(1);
    expect(f.messagesIn(post.id)).toHaveLength(1);
    await expect(rest(f).post(Routes.channelMessages(forum.id), { body: { content: 'x' } })).rejects.toMatchObject({ code: 50008 });

    const edited = await sent.edit({ content: 'corrected', attachments: [] });
    expect(edited.content).toBe('corrected');
    expect(f.messagesIn(text.id)[0]).toMatchObject({ content: 'corrected', edits: 1, attachments: [] });
    await expect(rest(f).post(Routes.channelMessages(text.id), { body: {} })).rejects.toMatchObject({ status: 400, code: 50006 });
    await expect(rest(f).post(Routes.channelMessages(text.id), { body: { content: 'x'.repeat(2001) } })).rejects.toMatchObject({ status: 400, code: 50035 });
    expect(f.rateLimits.tooManyRequests).toBe(0);
  });

  it('opens one DM channel per user, delivers DMs, and surfaces 50007, 10003, 50001 and 50013 as DiscordAPIError', async () => {
    const f = await fake();
    const g = f.createGuild();
    const text = f.createChannel(g.id);
    const hidden = f.createChannel(g.id, { overwrites: [{ id: g.id, type: 'role', deny: PermissionFlagsBits.ViewChannel }] });
    const readOnly = f.createChannel(g.id, { overwrites: [{ id: f.botRole(g.id).id, type: 'role', deny: PermissionFlagsBits.SendMessages }] });
    const open = f.createUser({ username: 'open' });
    const closed = f.createUser({ username: 'closed', dmsClosed: true });
    f.addMember(g.id, open.id);
    f.addMember(g.id, closed.id);
    const client = await connect(f);

    const user = await client.users.fetch(open.id);
    await user.send('Your 510 clears the cutoff of 503');
    await user.send('second');
    expect(f.dmsTo(open.id).map((m) => m.content)).toEqual(['Your 510 clears the cutoff of 503', 'second']);
    const dmOpens = f.requests.filter((r) => r.route === '/users/@me/channels');
    expect(dmOpens.length).toBeGreaterThanOrEqual(1);
    const again = (await rest(f).post(Routes.userChannels(), { body: { recipient_id: open.id } })) as { id: string };
    expect(again.id).toBe(f.dmChannelIdOf(open.id));

    const member = await client.guilds.cache.get(g.id)!.members.fetch({ user: open.id, force: true });
    expect(member.user.username).toBe('open');
    expect((await client.channels.fetch(text.id, { force: true }))?.id).toBe(text.id);
    expect(f.requests.map((r) => r.route)).toEqual(expect.arrayContaining(['/guilds/:guild/members/:user', '/channels/:channel']));

    const shut = await client.users.fetch(closed.id);
    const dmErr = await shut.send('ping').catch((e: unknown) => e);
    expect(dmErr).toBeInstanceOf(DiscordAPIError);
    expect(dmErr).toMatchObject({ status: 403, code: 50007, message: 'Cannot send messages to this user' });

    await expect(sendable(client, hidden.id).send('x')).rejects.toMatchObject({ status: 403, code: 50001 });
    await expect(sendable(client, readOnly.id).send('x')).rejects.toMatchObject({ status: 403, code: 50013 });

    const deleted = once(client, Events.ChannelDelete);
    f.deleteChannel(text.id);
    await deleted;
    await expect(rest(f).post(Routes.channelMessages(text.id), { body: { content: 'x' } })).rejects.toMatchObject({ status: 404, code: 10003 });

    const left = once(client, Events.GuildDelete);
    f.removeBotFromGuild(g.id);
    await left;
    expect(client.guilds.cache.has(g.id)).toBe(false);
    await expect(rest(f).post(Routes.channelMessages(readOnly.id), { body: { content: 'x' } })).rejects.toMatchObject({ status: 403, code: 50001 });
  });
});

describe('fake Discord: rate limits', () => {
  /** `perChannel` messages to each of `channels` channels through one discord.js REST, all queued at once. */
  async function burst(f: FakeDiscord, restOpts: Partial<RESTOptions>, channels: number, perChannel: number) {
    const g = f.createGuild();
    const list = Array.from({ length: channels }, (_, i) => f.createChannel(g.id, { name: `c${i}` }));
    const r = rest(f, restOpts);
    const start = Date.now();
    await Promise.all(list.flatMap((c) => Array.from({ length: perChannel }, (_, k) => r.post(Routes.channelMessages(c.id), { body: { content: `alert ${k}` } }))));
    const seconds = (Date.now() - start) / 1000;
    expect(list.every((c) => f.messagesIn(c.id).length === perChannel)).toBe(true);
    const { global429, route429 } = f.rateLimits;
    return { seconds, global429, route429, peakPerSecond: f.limiter.peakInWindow() };
  }

  async function raw(f: FakeDiscord, method: string, path: string, body?: string): Promise<Response> {
    return fetch(`${f.api}/v10${path}`, { method, headers: { authorization: `Bot ${f.token}`, 'content-type': 'application/json' }, ...(body ? { body } : {}) });
  }

  it('answers like Discord: bucket headers, a per-route 429 with retry_after, global 429s past the global limit', async () => {
    // Windows of a minute, so that a slow machine cannot spread the requests over two of them.
    const f = await fake({ globalLimit: { windowMs: 60_000 }, routeLimits: { messageCreate: { limit: 5, windowMs: 60_000 } } });
    const g = f.createGuild();
    const c = f.createChannel(g.id);
    const responses: Response[] = [];
    for (let i = 0; i < 6; i++) responses.push(await raw(f, 'POST', `/channels/${c.id}/messages`, '{"content":"x"}'));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429]);
    const first = responses[0]!.headers;
    expect([first.get('x-ratelimit-limit'), first.get('x-ratelimit-remaining'), first.get('x-ratelimit-bucket')?.length]).toEqual(['5', '4', 32]);
    expect(Number(first.get('x-ratelimit-reset-after'))).toBeGreaterThan(50);
    const limited = responses[5]!;
    expect(limited.headers.get('x-ratelimit-scope')).toBe('user');
    expect(limited.headers.get('x-ratelimit-global')).toBeNull();
    expect(Number(limited.headers.get('retry-after'))).toBe(60);
    const body = (await limited.json()) as { retry_after: number; global: boolean; message: string };
    expect(body).toMatchObject({ message: 'You are being rate limited.', global: false });
    expect(body.retry_after).toBeGreaterThan(50);
    expect(body.retry_after).toBeLessThanOrEqual(60);

    // 6 requests so far count globally (the route's 429 too); 44 more fit under 50, the last 6 do not.
    const many = await Promise.all(Array.from({ length: 50 }, () => raw(f, 'GET', '/users/@me')));
    const over = many.filter((r) => r.status === 429);
    expect(over).toHaveLength(6);
    expect(over[0]!.headers.get('x-ratelimit-global')).toBe('true');
    expect(over[0]!.headers.get('x-ratelimit-scope')).toBe('global');
    expect(await over[0]!.json()).toMatchObject({ global: true });
    expect(f.rateLimits).toMatchObject({ route429: 1, global429: 6, tooManyRequests: 7, invalidRequests: 7 });
    expect(f.limiter.peakInWindow()).toBe(50);
    // Interaction callbacks do not count: an unknown one is still answered (404), not refused with a 429.
    const callback = await fetch(`${f.api}/v10/interactions/1/nope/callback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":4}' });
    expect(callback.status).toBe(404);
  });

  it('300 messages (30 channels × 10) through discord.js’s REST: its buckets get no per-route 429; its global counter is a fixed window', async () => {
    const f = await fake();
    const result = await burst(f, {}, 30, 10);
    console.log(`[fake-discord] discord.js defaults (globalRequestsPerSecond 50) against a sliding 50/s: ${JSON.stringify(result)}`);
    expect(result.route429).toBe(0);
    expect(result.peakPerSecond).toBeLessThanOrEqual(50);
    expect(result.seconds).toBeGreaterThan(5);
  }, 60_000);

  it('globalRequestsPerSecond 25 keeps discord.js under a sliding 50/s (two of its windows fit in one second)', async () => {
    const f = await fake();
    const result = await burst(f, { globalRequestsPerSecond: 25 }, 30, 5);
    console.log(`[fake-discord] globalRequestsPerSecond 25 against a sliding 50/s: ${JSON.stringify(result)}`);
    expect(result.global429 + result.route429).toBe(0);
  }, 60_000);
});

describe('fake Discord: gateway sessions', () => {
  it('splits guilds over two shards with shards: "auto" and routes each guild’s events to its shard', async () => {
    const f = await fake({ shards: 2 });
    const g0 = f.createGuild({ name: 'on shard 0', shard: [0, 2] });
    const g1 = f.createGuild({ name: 'on shard 1', shard: [1, 2] });
    const c1 = f.createChannel(g1.id);
    const u = f.createUser();
    f.addMember(g1.id, u.id);
    const client = await connect(f, { shards: 'auto' });
    expect(client.ws.shards.size).toBe(2);
    // Each shard identified with its own pair and got ready. On a crowded machine discord.js may identify a shard again when
    // READY comes late (seen once in CI, with [1, 2] twice): the pairs, not how many times, are what this test is about.
    expect([...new Set(f.identifies.map((i) => JSON.stringify(i.shard)))].sort()).toEqual(['[0,2]', '[1,2]']);
    expect(f.identifies.every((i) => i.outcome === 'ready')).toBe(true);
    expect(client.guilds.cache.get(g0.id)?.shardId).toBe(0);
    expect(client.guilds.cache.get(g1.id)?.shardId).toBe(1);
    await rest(f).put(Routes.applicationCommands(f.applicationId), { body: COMMANDS });
    const got = once(client, Events.InteractionCreate) as Promise<[Interaction]>;
    f.slash({ user: u.id, channel: c1.id, name: 'latest' });
    const [interaction] = await got;
    expect(interaction.guild?.shardId).toBe(1);
    expect(f.dispatches.find((d) => d.t === 'INTERACTION_CREATE')?.shard).toEqual([1, 2]);
  }, 30_000);

  it('resumes after op 7 on the resume URL and replays what was missed', async () => {
    const f = await fake();
    const g = f.createGuild();
    const client = await connect(f);
    await f.until(() => f.heartbeats >= 2, 'two heartbeats (each answered with op 11)');
    const resumed = once(client, Events.ShardResume);
    f.requestReconnect(0);
    const missed = f.createChannel(g.id, { name: 'made while away' });
    await resumed;
    await f.until(() => client.channels.cache.has(missed.id), 'the replayed CHANNEL_CREATE');
    expect(f.resumes).toMatchObject([{ ok: true, path: '/resume' }]);
    expect(f.identifies).toHaveLength(1);
  });

  it('client.destroy() closes the gateway with 1000 and the process exits by itself', async () => {
    const f = await fake();
    const g = f.createGuild();
    const c = f.createChannel(g.id);
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../fakes/fake-discord-child.ts', import.meta.url))], {
      env: { ...process.env, FAKE_DISCORD_API: f.api, FAKE_DISCORD_TOKEN: f.token, FAKE_DISCORD_CHANNEL: c.id },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const [code, signal] = await exited;
    clearTimeout(timer);
    expect({ code, signal, out: out.trim() }).toEqual({ code: 0, signal: null, out: 'sent\ndestroyed' });
    expect(f.messagesIn(c.id)).toHaveLength(1);
    expect(f.gatewayCloses).toMatchObject([{ code: 1000, by: 'client' }]);
  }, 30_000);
});
