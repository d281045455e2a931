import { ChannelType, PermissionFlagsBits } from 'discord.js';
import type { CommandStore } from './fake-discord-commands.ts';
import type { Gateway } from './fake-discord-gateway.ts';
import { compile, fail, noContent, ok, type ParsedBody, type Reply } from './fake-discord-http.ts';
import type { InteractionBook } from './fake-discord-interactions.ts';
import type { RouteBucketName } from './fake-discord-limits.ts';
import type { MessageStore, StoredMessage } from './fake-discord-messages.ts';
import { isTextLike, isThread, type FakeChannel, type Json, type World } from './fake-discord-model.ts';
import { isObj, str, validateCommands, validateMessage } from './fake-discord-validate.ts';

export interface RestContext {
  world: World;
  messages: MessageStore;
  commands: CommandStore;
  interactions: InteractionBook;
  gateway: Gateway;
  token: string;
  applicationId: string;
  /** The application's settings in the Developer Portal that GET /applications/@me shows. */
  app: { verifyKey: string; interactionsEndpointUrl: string | null };
  shards: number;
  uploadLimitBytes: number;
  wsUrl(): string;
  changed(): void;
  /** Something Discord would accept silently but that is probably a bug in the bot. */
  warn(message: string): void;
}

export interface RouteDef {
  method: string;
  template: string;
  re: RegExp;
  bucket: RouteBucketName;
  /** The top-level resource the bucket is counted per. */
  major: (p: Record<string, string>) => string;
  auth: boolean;
  /** `callback`: never under the global limit; `interaction`: exempt only when the fake exempts interaction endpoints. */
  globalExempt: 'never' | 'callback' | 'interaction';
  handle: (ctx: RestContext, p: Record<string, string>, body: ParsedBody, query: URLSearchParams) => Reply | Promise<Reply>;
}

const P = PermissionFlagsBits;
const asJson = (body: ParsedBody): Json => (isObj(body.json) ? body.json : {});

/** The channel as the bot may see it: 10003 when gone, 50001 when it cannot view it or left the guild. */
function visibleChannel(ctx: RestContext, channelId: string): FakeChannel {
  const c = ctx.world.channels.get(channelId);
  if (!c || c.deleted) return fail(404, 10003, 'Unknown Channel');
  if (c.guildId) {
    if (!ctx.world.guilds.get(c.guildId)?.botPresent) return fail(403, 50001, 'Missing Access');
    if (!ctx.world.can(channelId, ctx.world.bot.id, P.ViewChannel)) return fail(403, 50001, 'Missing Access');
  } else if (c.recipientId === null) return fail(403, 50001, 'Missing Access');
  return c;
}

function ownMessage(ctx: RestContext, channel: FakeChannel, messageId: string): StoredMessage {
  const m = ctx.messages.byId.get(messageId);
  if (!m || m.deleted || m.channelId !== channel.id || m.ephemeral) return fail(404, 10008, 'Unknown Message');
  return m;
}

function checkMessageBody(body: Json, files: number, creating: boolean): void {
  // Discord ignores the ephemeral flag on channel messages; `createMessage` warns about it.
  const { errors, empty } = validateMessage(body, { fileCount: files, creating, ephemeralAllowed: true });
  const invalid = errors.body();
  if (invalid) fail(400, 50035, 'Invalid Form Body', invalid['errors'] as Json);
  if (empty) fail(400, 50006, 'Cannot send an empty message');
}

function createMessage(ctx: RestContext, p: Record<string, string>, body: ParsedBody): Reply {
  const w = ctx.world;
  const channel = visibleChannel(ctx, p['channel']!);
  const json = asJson(body);
  if (!isTextLike(channel.type)) return fail(400, 50008, 'Cannot send messages in a non-text channel');
  if (channel.type === ChannelType.DM) {
    const user = w.users.get(channel.recipientId!)!;
    if (user.bot || user.dmsClosed) return fail(403, 50007, 'Cannot send messages to this user');
    if (!w.sharesGuildWithBot(user.id)) return fail(403, 50278, 'Cannot send messages to this user due to having no mutual guilds');
  } else {
    const send = isThread(channel.type) ? P.SendMessagesInThreads : P.SendMessages;
    if (!w.can(channel.id, w.bot.id, send)) return fail(403, 50013, 'Missing Permissions');
    if (body.files.length > 0 && !w.can(channel.id, w.bot.id, P.AttachFiles)) return fail(403, 50013, 'Missing Permissions');
  }
  checkMessageBody(json, body.files.length, true);
  if (body.files.reduce((n, f) => n + f.data.length, 0) > ctx.uploadLimitBytes) return fail(413, 40005, 'Request entity too large');
  if (body.files.length > 10) return fail(400, 50035, 'Invalid Form Body', { files: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' }] } });
  const stored = { ...json };
  if (channel.guildId && Array.isArray(json['embeds']) && json['embeds'].length > 0 && !w.can(channel.id, w.bot.id, P.EmbedLinks)) {
    ctx.warn(`embeds dropped in channel ${channel.id}: the bot lacks Embed Links there`);
    stored['embeds'] = [];
  }
  if (typeof json['flags'] === 'number' && json['flags'] & 64) {
    ctx.warn(`the ephemeral flag means nothing on a channel message (channel ${channel.id})`);
    stored['flags'] = json['flags'] & ~64;
  }
  const m = ctx.messages.create({ channelId: channel.id, body: stored, files: body.files, source: 'channel' });
  ctx.changed();
  return ok(ctx.messages.json(m));
}

function editMessage(ctx: RestContext, p: Record<string, string>, body: ParsedBody): Reply {
  const channel = visibleChannel(ctx, p['channel']!);
  const m = ownMessage(ctx, channel, p['message']!);
  if (m.authorId !== ctx.world.bot.id) return fail(403, 50005, 'Cannot edit a message authored by another user');
  const json = asJson(body);
  checkMessageBody(json, body.files.length, false);
  ctx.messages.edit(m, json, body.files);
  ctx.changed();
  return ok(ctx.messages.json(m));
}

function crosspost(ctx: RestContext, p: Record<string, string>): Reply {
  const channel = visibleChannel(ctx, p['channel']!);
  const m = ownMessage(ctx, channel, p['message']!);
  if (channel.type !== ChannelType.GuildAnnouncement) return fail(400, 50024, 'Cannot execute action on this channel type');
  const needed = m.authorId === ctx.world.bot.id ? P.SendMessages : P.ManageMessages;
  if (!ctx.world.can(channel.id, ctx.world.bot.id, needed)) return fail(403, 50013, 'Missing Permissions');
  if (m.crossposted) return fail(400, 40033, 'This message has already been crossposted.');
  m.crossposted = true;
  m.flags |= 1;
  ctx.changed();
  return ok(ctx.messages.json(m));
}

function openDm(ctx: RestContext, body: ParsedBody): Reply {
  const w = ctx.world;
  const recipient = str(asJson(body)['recipient_id']);
  const user = recipient ? w.users.get(recipient) : undefined;
  if (!user || user.id === w.bot.id) return fail(400, 50033, 'Invalid Recipient(s)');
  const channel = w.ensureDmChannel(user.id);
  ctx.changed();
  return ok(w.channelJSON(channel));
}

function application(ctx: RestContext): Json {
  return {
    id: ctx.applicationId,
    name: ctx.world.bot.username,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot: ctx.world.userJSON(ctx.world.bot),
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: ctx.app.verifyKey,
    interactions_endpoint_url: ctx.app.interactionsEndpointUrl,
    flags: 0,
    owner: { id: '0', username: 'owner', discriminator: '0', global_name: null, avatar: null, public_flags: 0, flags: 0 },
    team: null,
    approximate_guild_count: [...ctx.world.guilds.values()].filter((g) => g.botPresent).length,
    install_params: { scopes: ['bot', 'applications.commands'], permissions: '0' },
    integration_types_config: { '0': {} },
    redirect_uris: [],
    tags: [],
  };
}

function checkApp(ctx: RestContext, app: string): void {
  if (app !== ctx.applicationId) fail(403, 50001, 'Missing Access');
}

function guildOfBot(ctx: RestContext, guildId: string) {
  const g = ctx.world.guilds.get(guildId);
  if (!g) return fail(404, 10004, 'Unknown Guild');
  if (!g.botPresent) return fail(403, 50001, 'Missing Access');
  return g;
}

function putCommands(ctx: RestContext, guildId: string | null, body: ParsedBody): Reply {
  const errors = validateCommands(body.json, guildId ? 'guild' : 'global');
  const invalid = errors.body();
  if (invalid) return fail(400, 50035, 'Invalid Form Body', invalid['errors'] as Json);
  const stored = ctx.commands.overwrite(guildId, (body.json as unknown[]).filter(isObj));
  ctx.changed();
  return ok(stored);
}

const byChannel = (p: Record<string, string>) => p['channel']!;
const byGuild = (p: Record<string, string>) => p['guild']!;
const byWebhook = (p: Record<string, string>) => `${p['app']!}/${p['token']!}`;
const none = () => 'global';

type Def = Omit<RouteDef, 're'>;
const defs: Def[] = [
  { method: 'GET', template: '/gateway', bucket: 'default', major: none, auth: false, globalExempt: 'never', handle: (ctx) => ok({ url: ctx.wsUrl() }) },
  {
    method: 'GET',
    template: '/gateway/bot',
    bucket: 'default',
    major: none,
    auth: true,
    globalExempt: 'never',
    handle: (ctx) => ok({ url: ctx.wsUrl(), shards: ctx.shards, session_start_limit: ctx.gateway.sessionStartLimit }),
  },
  { method: 'GET', template: '/users/@me', bucket: 'default', major: none, auth: true, globalExempt: 'never', handle: (ctx) => ok(ctx.world.userJSON(ctx.world.bot)) },
  { method: 'POST', template: '/users/@me/channels', bucket: 'dmOpen', major: none, auth: true, globalExempt: 'never', handle: (ctx, _p, body) => openDm(ctx, body) },
  {
    method: 'GET',
    template: '/users/:user',
    bucket: 'default',
    major: none,
    auth: true,
    globalExempt: 'never',
    handle: (ctx, p) => {
      const u = ctx.world.users.get(p['user']!);
      return u ? ok(ctx.world.userJSON(u)) : fail(404, 10013, 'Unknown User');
    },
  },
  { method: 'GET', template: '/applications/@me', bucket: 'default', major: none, auth: true, globalExempt: 'never', handle: (ctx) => ok(application(ctx)) },
  {
    method: 'GET',
    template: '/applications/:app/commands',
    bucket: 'commands',
    major: none,
    auth: true,
    globalExempt: 'never',
    handle: (ctx, p) => {
      checkApp(ctx, p['app']!);
      return ok(ctx.commands.list(null));
    },
  },
  {
    method: 'PUT',
    template: '/applications/:app/commands',
    bucket: 'commands',
    major: none,
    auth: true,
    globalExempt: 'never',
    handle: (ctx, p, body) => {
      checkApp(ctx, p['app']!);
      return putCommands(ctx, null, body);
    },
  },
  {
    method: 'GET',
    template: '/applications/:app/guilds/:guild/commands',
    bucket: 'commands',
    major: byGuild,
    auth: true,
    globalExempt: 'never',
    handle: (ctx, p) => {
      checkApp(ctx, p['app']!);
      guildOfBot(ctx, p['guild']!);
      return ok(ctx.commands.list(p['guild']!));
    },
  },
  {
    method: 'PUT',
    template: '/applications/:app/guilds/:guild/commands',
    bucket: 'commands',
    major: byGuild,
    auth: true,
    globalExempt: 'never',
    handle: (ctx, p, body) => {
      checkApp(ctx, p['app']!);
      guildOfBot(ctx, p['guild']!);
      return putCommands(ctx, p['guild']!, body);
    },
  },
  { method: 'GET', template: '/guilds/:guild', bucket: 'default', major: byGuild, auth: true, globalExempt: 'never', handle: (ctx, p) => ok(guildJSON(ctx, p['guild']!)) },
  {
    method: 'GET',
    template: '/guilds/:guild/channels',
    bucket: 'default',
    major: byGuild,
    auth: true,
    globalExempt: 'never',
    handle: (ctx, p) => {
      guildOfBot(ctx, p['guild']!);
      const visible = ctx.world.guildChannels(p['guild']!).filter((c) => !isThread(c.type) && ctx.world.can(c.id, ctx.world.bot.id, P.ViewChannel));
      return ok(visible.map((c) => ctx.world.channelJSON(c)));
    },
  },
  {
    method: 'GET',
    template: '/guilds/:guild/roles',
    bucket: 'default',
    major: byGuild,
    auth: true,
    globalExempt: 'never',
    handle: (ctx, p) => {
      guildOfBot(ctx, p['guild']!);
      return ok(ctx.world.guildRoles(p['guild']!).map((r) => ctx.world.roleJSON(r)));
    },
  },
  {
    method: 'GET',
    template: '/guilds/:guild/members/:user',
    bucket: 'default',
    major: byGuild,
    auth: true,
    globalExempt: 'never',
    handle: (ctx, p) => {
      const g = guildOfBot(ctx, p['guild']!);
      const m = g.members.get(p['user']!);
      return m ? ok(ctx.world.memberJSON(g.id, m)) : fail(404, 10007, 'Unknown Member');
    },
  },
  {
    method: 'GET',
    template: '/channels/:channel',
    bucket: 'default',
    major: byChannel,
    auth: true,
    globalExempt: 'never',
    handle: (ctx, p) => ok(ctx.world.channelJSON(visibleChannel(ctx, p['channel']!))),
  },
  { method: 'POST', template: '/channels/:channel/messages', bucket: 'messageCreate', major: byChannel, auth: true, globalExempt: 'never', handle: createMessage },
  {
    method: 'GET',
    template: '/channels/:channel/messages/:message',
    bucket: 'default',
    major: byChannel,
    auth: true,
    globalExempt: 'never',
    handle: (ctx, p) => {
      const c = visibleChannel(ctx, p['channel']!);
      if (c.guildId && !ctx.world.can(c.id, ctx.world.bot.id, P.ReadMessageHistory)) return fail(403, 50001, 'Missing Access');
      return ok(ctx.messages.json(ownMessage(ctx, c, p['message']!)));
    },
  },
  { method: 'PATCH', template: '/channels/:channel/messages/:message', bucket: 'messageEdit', major: byChannel, auth: true, globalExempt: 'never', handle: editMessage },
  {
    method: 'DELETE',
    template: '/channels/:channel/messages/:message',
    bucket: 'messageDelete',
    major: byChannel,
    auth: true,
    globalExempt: 'never',
    handle: (ctx, p) => {
      const m = ownMessage(ctx, visibleChannel(ctx, p['channel']!), p['message']!);
      m.deleted = true;
      ctx.changed();
      return noContent();
    },
  },
  { method: 'POST', template: '/channels/:channel/messages/:message/crosspost', bucket: 'crosspost', major: byChannel, auth: true, globalExempt: 'never', handle: (ctx, p) => crosspost(ctx, p) },
  {
    method: 'POST',
    template: '/interactions/:interaction/:token/callback',
    bucket: 'interactionCallback',
    major: (p) => p['interaction']!,
    auth: false,
    globalExempt: 'callback',
    handle: (ctx, p, body, q) => ctx.interactions.callback(p['interaction']!, p['token']!, isObj(body.json) ? body.json : null, body.files, q.get('with_response') === 'true'),
  },
  {
    method: 'POST',
    template: '/webhooks/:app/:token',
    bucket: 'webhook',
    major: byWebhook,
    auth: false,
    globalExempt: 'interaction',
    handle: (ctx, p, body) => ctx.interactions.followUp(p['app']!, p['token']!, asJson(body), body.files),
  },
  {
    method: 'GET',
    template: '/webhooks/:app/:token/messages/:message',
    bucket: 'webhook',
    major: byWebhook,
    auth: false,
    globalExempt: 'interaction',
    handle: (ctx, p) => ctx.interactions.getMessage(p['app']!, p['token']!, p['message']!),
  },
  {
    method: 'PATCH',
    template: '/webhooks/:app/:token/messages/:message',
    bucket: 'webhook',
    major: byWebhook,
    auth: false,
    globalExempt: 'interaction',
    handle: (ctx, p, body) => ctx.interactions.editMessage(p['app']!, p['token']!, p['message']!, asJson(body), body.files),
  },
  {
    method: 'DELETE',
    template: '/webhooks/:app/:token/messages/:message',
    bucket: 'webhook',
    major: byWebhook,
    auth: false,
    globalExempt: 'interaction',
    handle: (ctx, p) => ctx.interactions.deleteMessage(p['app']!, p['token']!, p['message']!),
  },
];

function guildJSON(ctx: RestContext, guildId: string): Json {
  guildOfBot(ctx, guildId);
  const full = ctx.world.guildCreateJSON(guildId);
  for (const key of ['members', 'channels', 'threads', 'presences', 'voice_states', 'joined_at', 'large', 'member_count']) delete full[key];
  return full;
}

export const ROUTES: RouteDef[] = defs.map((d) => ({ ...d, re: compile(d.template) }));

export function matchRoute(method: string, path: string): { def: RouteDef; params: Record<string, string> } | null {
  for (const def of ROUTES) {
    if (def.method !== method) continue;
    const m = def.re.exec(path);
    if (m) return { def, params: { ...m.groups } };
  }
  return null;
}
