/**
 * A fake Discord on loopback — REST under `/api/v10` and a WebSocket gateway — that the real
 * discord.js v14 client runs against unmodified: point REST at `fake.api` and discord.js learns
 * the gateway URL from `GET /gateway/bot`.
 *
 *   const fake = await startFakeDiscord();                       // port 0, 127.0.0.1
 *   const guild = fake.createGuild({ name: 'Study group' });
 *   const alerts = fake.createChannel(guild.id, { name: 'alerts' });
 *   const amal = fake.createUser({ username: 'amal' });
 *   fake.addMember(guild.id, amal.id);
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.api } });
 *   await client.login(fake.token);                              // wait for Events.ClientReady
 *   await new REST({ api: fake.api }).setToken(fake.token).put(Routes.applicationCommands(fake.applicationId), { body });
 *   const reply = await fake.slash({ user: amal.id, channel: alerts.id, name: 'latest', options: { program: 'cec' } }).reply();
 *   await fake.until(() => fake.messagesIn(alerts.id).length === 1, 'the alert');
 *   expect(fake.rateLimits.tooManyRequests).toBe(0);
 *
 * Limits, exactly: the global limit counts every request except interaction callbacks (by option
 * also interaction webhooks) on arrival, 50 per 1,000 ms in a sliding window by default (never
 * more than 50 in any interval (t − 1 s, t]) or a fixed one (opened by the first request after the
 * last closed); a request refused by the global limit does not count. Then per-route buckets, each
 * a fixed window opened by its first request, per top-level resource (channel, guild, webhook +
 * token, interaction): DEFAULT_ROUTE_LIMITS. Answers carry X-RateLimit-Limit/Remaining/Reset/
 * Reset-After/Bucket; 429s carry Retry-After (whole seconds, rounded up), X-RateLimit-Scope and,
 * for the global one, X-RateLimit-Global, with `{ message, retry_after, global }`.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApplicationCommandType, ComponentType, InteractionResponseType, InteractionType, PermissionFlagsBits } from 'discord.js';
import { CommandStore, OptionError, buildOptions, type OptionValue, type StoredCommand } from './fake-discord-commands.ts';
import { Gateway, type DispatchRecord, type GatewayClose, type IdentifyRecord } from './fake-discord-gateway.ts';
import { InteractionsEndpointClient } from './fake-discord-endpoint.ts';
import { DiscordError, parseBody, readRaw, type Reply } from './fake-discord-http.ts';
import { COMMAND_CHANNEL_TYPES, InteractionBook, type InteractionCallback, type InteractionRecord } from './fake-discord-interactions.ts';
import {
  DEFAULT_GLOBAL_LIMIT,
  DEFAULT_ROUTE_LIMITS,
  RateLimiter,
  type GlobalLimit,
  type RateLimitCounters,
  type RateLimitEvent,
  type RouteBucketName,
  type WindowLimit,
} from './fake-discord-limits.ts';
import { MessageStore, type StoredMessage } from './fake-discord-messages.ts';
import { World, type FakeChannel, type Json } from './fake-discord-model.ts';
import { matchRoute, type RestContext } from './fake-discord-rest.ts';
import { arr, isObj } from './fake-discord-validate.ts';
import { WorldBuilder } from './fake-discord-world.ts';
import { closeServer, createTimers, listenOnLoopback } from './loopback.ts';

export type { StoredMessage, InteractionRecord, InteractionCallback, StoredCommand, IdentifyRecord, GatewayClose, RateLimitCounters, RateLimitEvent };
export { shardOf, type FakeChannel, type FakeGuild, type FakeRole, type FakeUser } from './fake-discord-model.ts';

export interface FakeDiscordOptions {
  token?: string;
  /** Also the bot user's id, as for most Discord applications. */
  applicationId?: string;
  botUsername?: string;
  /** Shards `GET /gateway/bot` recommends (what `shards: 'auto'` uses). Default 1. */
  shards?: number;
  /** `session_start_limit.max_concurrency`: IDENTIFYs per 5 s per `shard_id % n`. Default 1, as for most bots. */
  maxConcurrency?: number;
  /** HELLO's heartbeat interval. Default 1,000 ms (Discord: ~41 s). */
  heartbeatIntervalMs?: number;
  /** Privileged intents the application was granted (a bitfield); IDENTIFY with others closes 4014. Default none. */
  privilegedIntents?: number;
  maxGuildsPerShard?: number;
  /** The global limit; default 50 per 1,000 ms, sliding, interaction callbacks exempt. */
  globalLimit?: Partial<GlobalLimit>;
  /** Per-route buckets; `null` turns one off. Defaults in DEFAULT_ROUTE_LIMITS (messages 5 per 5 s per channel …). */
  routeLimits?: Partial<Record<RouteBucketName, WindowLimit | null>>;
  /** False: measure limits (counters, events) but serve every request. Default true. */
  enforceRateLimits?: boolean;
  /** Default 3,000 ms. */
  interactionDeadlineMs?: number;
  /** Default 15 min. */
  interactionTokenTtlMs?: number;
  /** Total upload size per message. Default 10 MiB (a server without boosts). */
  uploadLimitBytes?: number;
  /** Delay before every REST answer (the decision and the state change happen on arrival). Default 0. */
  latencyMs?: number;
}

/** One REST request as the fake saw it. */
export interface RequestRecord {
  at: number;
  method: string;
  path: string;
  /** The route template, e.g. `/channels/:channel/messages`. */
  route: string;
  status: number;
  /** Whether it counted against the global limit. */
  global: boolean;
  rateLimited: 'global' | 'user' | null;
  body: Json | unknown[] | null;
  files: { filename: string; size: number }[];
  query: string;
}

/** A scripted failure for the next matching requests (e.g. a 500, or a 429 the limits would not give). */
export interface FailureRule {
  method?: string;
  /** A route template (`/channels/:channel/messages`) or a regular expression on the path. */
  route: string | RegExp;
  status: number;
  body: Json;
  headers?: Record<string, string>;
  times?: number;
}

export interface InteractionHandle {
  readonly id: string;
  readonly token: string;
  readonly record: InteractionRecord;
  /** The bot's initial response (rejects if the fake refused it, e.g. after the 3 s deadline). */
  acknowledged(timeoutMs?: number): Promise<InteractionCallback>;
  /** The reply users see: a type-4 message at once, a deferred one once it is no longer loading, the updated message for type 7. */
  reply(timeoutMs?: number): Promise<StoredMessage>;
  /** Resolves when at least `count` follow-ups exist. */
  followUps(count: number, timeoutMs?: number): Promise<StoredMessage[]>;
  /** Autocomplete: the choices the bot answered. */
  choices(timeoutMs?: number): Promise<Json[]>;
}

interface CommandInput {
  /** The invoking user. */
  user: string;
  /** A guild channel or thread; omitted: the user's DM with the bot. */
  channel?: string;
  name: string;
  subcommand?: string;
  group?: string;
  options?: Record<string, OptionValue>;
  locale?: string;
  /** Invoke even if the member lacks the command's default_member_permissions (a server admin granted it in Integrations). */
  bypassDefaultPermissions?: boolean;
}

const WAIT_MS = 10_000;

const safeDecode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

export async function startFakeDiscord(options: FakeDiscordOptions = {}) {
  const token = options.token ?? 'MTAwMDAwMDAwMDAwMDAwMDAw.fake.discord-token_abc';
  const world = new World(options.applicationId ?? '1000000000000000001', options.botUsername ?? 'EE Draw Bot');
  const applicationId = world.bot.id;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const changed = () => emitter.emit('change');
  const pendingWaits = new Set<(err: Error) => void>();
  const warnings: string[] = [];
  const requests: RequestRecord[] = [];
  const failures: FailureRule[] = [];
  const { later, clearAll } = createTimers();
  let origin = '';

  const limiter = new RateLimiter({ ...DEFAULT_GLOBAL_LIMIT, ...options.globalLimit }, { ...DEFAULT_ROUTE_LIMITS, ...options.routeLimits }, options.enforceRateLimits ?? true);
  const gateway = new Gateway(
    {
      token,
      applicationId,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1_000,
      shards: options.shards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 1,
      sessionStartLimit: { total: 1000, remaining: 1000, resetAfterMs: 86_400_000 },
      privilegedIntents: options.privilegedIntents ?? 0,
      maxGuildsPerShard: options.maxGuildsPerShard ?? 2500,
    },
    world,
    () => origin.replace(/^http/, 'ws'),
    changed,
  );
  const messages = new MessageStore(world, () => `${origin}/attachments`);
  const commands = new CommandStore(world, applicationId);
  const interactions = new InteractionBook(world, messages, { applicationId, deadlineMs: options.interactionDeadlineMs ?? 3_000, tokenTtlMs: options.interactionTokenTtlMs ?? 15 * 60_000 }, changed);
  const builder = new WorldBuilder(world, gateway, changed);
  const ctx: RestContext = {
    world,
    messages,
    commands,
    interactions,
    gateway,
    token,
    applicationId,
    app: { verifyKey: '0'.repeat(64), interactionsEndpointUrl: null },
    shards: options.shards ?? 1,
    uploadLimitBytes: options.uploadLimitBytes ?? 10 * 1024 * 1024,
    wsUrl: () => origin.replace(/^http/, 'ws'),
    changed,
    warn: (m) => {
      warnings.push(m);
      changed();
    },
  };

  const send = (res: ServerResponse, reply: Reply, headers: Record<string, string> = {}) => {
    const h = { ...headers, ...reply.headers, via: '1.1 fake-discord' };
    if (reply.body === null) res.writeHead(reply.status, h).end();
    else res.writeHead(reply.status, { ...h, 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
  };

  const serveAttachment = (path: string, res: ServerResponse) => {
    const [, , , id] = path.split('/');
    const a = messages.all.flatMap((m) => m.attachments).find((x) => x.id === id);
    if (!a) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': a.contentType, 'content-length': String(a.size) }).end(a.data);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const at = Date.now();
    const url = new URL(req.url ?? '/', 'http://fake');
    if (url.pathname.startsWith('/attachments/')) return serveAttachment(url.pathname, res);
    const api = /^\/api\/v(\d+)(\/.*?)\/?$/.exec(url.pathname);
    const method = req.method ?? 'GET';
    const path = (api?.[2] ?? url.pathname).split('/').map(safeDecode).join('/');
    const match = api && api[1] === '10' ? matchRoute(method, path) : null;
    const record: RequestRecord = { at, method, path, route: match?.def.template ?? path, status: 0, global: false, rateLimited: null, body: null, files: [], query: url.search };
    requests.push(record);
    const finish = async (reply: Reply, headers: Record<string, string> = {}) => {
      record.status = reply.status;
      if (reply.status === 401 || reply.status === 403 || reply.status === 429) limiter.counters.invalidRequests++;
      if (options.latencyMs) await later(options.latencyMs);
      send(res, reply, headers);
      changed();
    };
    if (!match) {
      req.resume();
      return finish({ status: 404, body: { message: '404: Not Found', code: 0 } });
    }
    const { def, params } = match;
    const exempt = def.globalExempt === 'callback' || (def.globalExempt === 'interaction' && limiter.global.exempt === 'interaction-endpoints');
    record.global = !exempt;
    const admission = limiter.admit(at, { route: def.template, bucket: def.bucket, major: def.major(params), globalExempt: exempt });
    if (!admission.ok) {
      req.resume();
      record.rateLimited = admission.scope;
      return finish({ status: 429, body: admission.body, headers: admission.headers });
    }
    if (def.auth && req.headers.authorization !== `Bot ${token}`) {
      req.resume();
      return finish({ status: 401, body: { message: '401: Unauthorized', code: 0 } }, admission.headers);
    }
    const raw = await readRaw(req, ctx.uploadLimitBytes + 1024 * 1024);
    if (!raw) return finish({ status: 413, body: { message: 'Request entity too large', code: 40005 } }, admission.headers);
    let reply: Reply;
    try {
      const body = await parseBody(raw, req.headers['content-type'] ?? '');
      record.body = body.json;
      record.files = body.files.map((f) => ({ filename: f.filename, size: f.data.length }));
      const rule = failures.find((f) => (f.method ?? method) === method && (typeof f.route === 'string' ? f.route === def.template : f.route.test(path)));
      if (rule) {
        rule.times = (rule.times ?? 1) - 1;
        if (rule.times <= 0) failures.splice(failures.indexOf(rule), 1);
        reply = { status: rule.status, body: rule.body, headers: rule.headers };
      } else reply = await def.handle(ctx, params, body, url.searchParams);
    } catch (err) {
      if (!(err instanceof DiscordError)) throw err;
      reply = err.reply();
    }
    return finish(reply, admission.headers);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      warnings.push(`fake Discord crashed on ${req.method} ${req.url}: ${String(err)}`);
      res.destroy();
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => {
    if ((req.url ?? '').startsWith('/api')) socket.destroy();
    else gateway.handleUpgrade(req, socket, head);
  });
  const port = await listenOnLoopback(server);
  origin = `http://127.0.0.1:${port}`;

  /** Resolves with `get()`'s first truthy value, re-checked after every change in the fake; never polls. */
  const until = <T>(get: () => T | undefined | null | false, what = 'a condition', timeoutMs = WAIT_MS): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        try {
          const v = get();
          if (v !== undefined && v !== null && v !== false) {
            done();
            resolve(v);
          }
        } catch (err) {
          done();
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      };
      const cancel = (err: Error) => {
        done();
        reject(err);
      };
      const timer = setTimeout(() => cancel(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
      const done = () => {
        clearTimeout(timer);
        emitter.off('change', check);
        pendingWaits.delete(cancel);
      };
      pendingWaits.add(cancel);
      emitter.on('change', check);
      check();
    });

  const refusedOrNull = (rec: InteractionRecord) => {
    const r = rec.refused.filter((x) => x.stage === 'callback').at(-1);
    if (!rec.callback && r) {
      throw new Error(`fake Discord refused the ${r.what} of interaction ${rec.commandName ?? rec.customId}: ${r.status} (code ${r.code})`);
    }
    return null;
  };

  const handleOf = (rec: InteractionRecord): InteractionHandle => {
    const label = rec.commandName ? `/${rec.commandName}` : `button ${rec.customId}`;
    return {
      id: rec.id,
      token: rec.token,
      record: rec,
      acknowledged: (t) => until(() => rec.callback ?? refusedOrNull(rec), `the response to ${label}`, t),
      reply: (t) =>
        until(
          () => {
            const type = rec.callback?.type;
            const visible =
              type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.DeferredChannelMessageWithSource || type === InteractionResponseType.UpdateMessage;
            return visible && rec.original && !rec.original.loading ? rec.original : refusedOrNull(rec);
          },
          `the reply to ${label}`,
          t,
        ),
      followUps: (n, t) => until(() => (rec.followUps.length >= n ? rec.followUps.slice() : refusedOrNull(rec)), `${n} follow-up(s) to ${label}`, t),
      choices: (t) => until(() => rec.choices ?? refusedOrNull(rec), `the autocomplete choices for ${label}`, t),
    };
  };

  const place = (input: { user: string; channel?: string }): FakeChannel => {
    const user = world.users.get(input.user);
    if (!user) throw new Error(`fake Discord: unknown user ${input.user}`);
    if (!input.channel) {
      if (!world.sharesGuildWithBot(user.id)) throw new Error(`fake Discord: user ${user.id} shares no guild with the bot, so Discord would not offer its commands in DMs`);
      return builder.dmChannel(user.id);
    }
    const channel = world.channels.get(input.channel);
    if (!channel || channel.deleted) throw new Error(`fake Discord: unknown channel ${input.channel}`);
    if (!COMMAND_CHANNEL_TYPES.has(channel.type)) throw new Error(`fake Discord: commands cannot be used in a channel of type ${channel.type}`);
    if (channel.guildId && !world.guilds.get(channel.guildId)?.members.has(user.id)) throw new Error(`fake Discord: user ${user.id} is not a member of guild ${channel.guildId}`);
    if (channel.guildId && !world.can(channel.id, user.id, PermissionFlagsBits.ViewChannel | PermissionFlagsBits.UseApplicationCommands))
      throw new Error(`fake Discord: user ${user.id} cannot see or use commands in channel ${channel.id}`);
    return channel;
  };

  const commandFor = (input: CommandInput, channel: FakeChannel): StoredCommand => {
    const command = commands.find(input.name, channel.guildId);
    if (!command) throw new Error(`fake Discord: /${input.name} is not registered ${channel.guildId ? `globally or in guild ${channel.guildId}` : 'globally'}`);
    if (!channel.guildId && (command['dm_permission'] === false || (Array.isArray(command['contexts']) && !command['contexts'].includes(1))))
      throw new Error(`fake Discord: /${input.name} is not available in DMs`);
    const dmp = command['default_member_permissions'];
    if (channel.guildId && typeof dmp === 'string' && !input.bypassDefaultPermissions) {
      const needed = BigInt(dmp);
      const has = world.permissionsIn(channel.id, input.user);
      if ((has & PermissionFlagsBits.Administrator) === 0n && (has & needed) !== needed)
        throw new Error(`fake Discord: user ${input.user} lacks /${input.name}'s default_member_permissions (${dmp}); pass bypassDefaultPermissions to act as if an admin granted it`);
    }
    return command;
  };

  let endpoint: InteractionsEndpointClient | null = null;
  const dispatchInteraction = (rec: InteractionRecord): InteractionHandle => {
    if (endpoint) {
      endpoint.deliver(rec);
      changed();
      return handleOf(rec);
    }
    if (!gateway.dispatch(rec.guildId, 'INTERACTION_CREATE', rec.payload))
      throw new Error(`fake Discord: no gateway session serves ${rec.guildId ? `guild ${rec.guildId}` : 'DMs'} (is the bot logged in?)`);
    changed();
    return handleOf(rec);
  };

  const command = (input: CommandInput, focused?: string): InteractionHandle => {
    const channel = place(input);
    const cmd = commandFor(input, channel);
    let built: { options: Json[]; resolved: Json | null };
    try {
      built = buildOptions(world, cmd, { ...input, ...(focused ? { focused } : {}) });
    } catch (err) {
      if (err instanceof OptionError) throw new Error(`fake Discord: ${err.message}`);
      throw err;
    }
    const data: Json = {
      id: cmd.id,
      name: cmd.name,
      type: ApplicationCommandType.ChatInput,
      ...(built.options.length > 0 ? { options: built.options } : {}),
      ...(built.resolved ? { resolved: built.resolved } : {}),
      ...(typeof cmd['guild_id'] === 'string' ? { guild_id: cmd['guild_id'] } : {}),
    };
    const type = focused ? InteractionType.ApplicationCommandAutocomplete : InteractionType.ApplicationCommand;
    return dispatchInteraction(interactions.create({ type, channelId: channel.id, userId: input.user, locale: input.locale ?? 'en-US', data }));
  };

  return {
    /** For discord.js: `new Client({ rest: { api: fake.api } })` or `new REST({ api: fake.api })`. */
    api: `${origin}/api`,
    origin,
    gatewayUrl: origin.replace(/^http/, 'ws'),
    token,
    applicationId,
    botId: world.bot.id,
    world,
    limiter,

    // The world
    createUser: builder.createUser.bind(builder),
    createGuild: builder.createGuild.bind(builder),
    createRole: builder.createRole.bind(builder),
    setRolePermissions: builder.setRolePermissions.bind(builder),
    setBotPermissions: builder.setBotPermissions.bind(builder),
    botRole: builder.botRole.bind(builder),
    addMember: builder.addMember.bind(builder),
    setMemberRoles: builder.setMemberRoles.bind(builder),
    createChannel: builder.createChannel.bind(builder),
    createThread: builder.createThread.bind(builder),
    setOverwrites: builder.setOverwrites.bind(builder),
    deleteChannel: builder.deleteChannel.bind(builder),
    removeBotFromGuild: builder.removeBotFromGuild.bind(builder),
    makeGuildUnavailable: builder.makeGuildUnavailable.bind(builder),
    dmChannel: builder.dmChannel.bind(builder),
    /** Turn a user's DMs from server members off (sends fail with 50007) or on. */
    setDmsClosed(userId: string, closed = true): void {
      world.users.get(userId)!.dmsClosed = closed;
    },
    /** A member's permissions in a channel (what an interaction's `member.permissions` carries). */
    permissionsIn: (channelId: string, userId: string): bigint => world.permissionsIn(channelId, userId),

    // Interactions
    /** A slash command from `user`, typed against the registered command's schema. */
    slash: (input: CommandInput): InteractionHandle => command(input),
    /** An autocomplete request while `user` types `options[focused]`. */
    autocomplete: (input: CommandInput & { focused: string }): InteractionHandle => command(input, input.focused),
    /** A button press on a message the bot sent. */
    click(input: { user: string; message: string; customId: string; locale?: string }): InteractionHandle {
      const m = messages.byId.get(input.message);
      if (!m || m.deleted) throw new Error(`fake Discord: unknown message ${input.message}`);
      const button = m.components.flatMap((row) => arr(row['components'])).find((c) => isObj(c) && c['custom_id'] === input.customId && c['type'] === ComponentType.Button);
      if (!button) throw new Error(`fake Discord: message ${m.id} has no button "${input.customId}"`);
      place({ user: input.user, channel: m.channelId });
      const data = { custom_id: input.customId, component_type: ComponentType.Button };
      return dispatchInteraction(interactions.create({ type: InteractionType.MessageComponent, channelId: m.channelId, userId: input.user, locale: input.locale ?? 'en-US', data, message: m }));
    },

    /**
     * Sets the application's Interactions Endpoint URL, as in the Developer Portal (checked first as
     * Discord does): from now on interactions are POSTed there, signed with `key`, instead of the gateway.
     */
    async useInteractionsEndpoint(url: string, key: KeyObject): Promise<void> {
      const next = new InteractionsEndpointClient(url, key, interactions, changed);
      await next.verify();
      endpoint = next;
      ctx.app.verifyKey = Buffer.from(createPublicKey(key).export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
      ctx.app.interactionsEndpointUrl = url;
    },

    /** Acts as if the interaction's 3 s had passed: a callback now gets 404 Unknown interaction (10062). */
    expireInteraction(id: string): void {
      const rec = interactions.all.find((r) => r.id === id);
      if (!rec) throw new Error(`fake Discord: unknown interaction ${id}`);
      rec.expired = true;
    },

    // What the bot did
    /** Messages in a channel (ephemeral ones only with `{ ephemeral: true }`, deleted ones with `{ deleted: true }`). */
    messagesIn: (channelId: string, opts?: { ephemeral?: boolean; deleted?: boolean }): StoredMessage[] => messages.inChannel(channelId, opts),
    /** Messages the bot sent to a user's DM channel. */
    dmsTo(userId: string): StoredMessage[] {
      const id = world.dmChannelOf.get(userId);
      return id ? messages.inChannel(id) : [];
    },
    dmChannelIdOf: (userId: string): string | undefined => world.dmChannelOf.get(userId),
    get messages(): StoredMessage[] {
      return messages.all;
    },
    get interactions(): InteractionRecord[] {
      return interactions.all;
    },
    /** Registered commands: global with no argument, else a guild's. */
    commands: (guildId?: string): StoredCommand[] => commands.list(guildId ?? null),
    get commandOverwrites() {
      return commands.overwrites;
    },
    get requests(): RequestRecord[] {
      return requests;
    },
    get rateLimits(): RateLimitCounters {
      return limiter.counters;
    },
    get rateLimitEvents(): RateLimitEvent[] {
      return limiter.events;
    },
    /** Things Discord would accept but that look like bot bugs (embeds dropped for lack of Embed Links …) and fake crashes. */
    get warnings(): string[] {
      return warnings;
    },
    get identifies(): IdentifyRecord[] {
      return gateway.identifies;
    },
    get resumes() {
      return gateway.resumes;
    },
    get gatewayCloses(): GatewayClose[] {
      return gateway.closes;
    },
    get dispatches(): DispatchRecord[] {
      return gateway.dispatches;
    },
    get heartbeats(): number {
      return gateway.heartbeats;
    },
    /** Sessions with an open connection (after READY or RESUMED). */
    liveSessions: () => gateway.liveSessions(),
    /** op 7: the client should reconnect and resume. */
    requestReconnect: (shardId = 0) => gateway.requestReconnect(shardId),
    /** op 9, resumable or not. */
    invalidateSession: (shardId = 0, resumable = false) => gateway.invalidateSession(shardId, resumable),
    /** Cut the connection without a close frame. */
    dropConnection: (shardId = 0) => gateway.dropConnection(shardId),
    /** Answer the next matching request(s) with this instead. */
    failNext(rule: FailureRule): void {
      failures.push({ times: 1, ...rule });
    },
    until,
    async close(): Promise<void> {
      for (const cancel of [...pendingWaits]) cancel(new Error('fake Discord closed'));
      clearAll();
      await endpoint?.close();
      gateway.close();
      await closeServer(server);
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;
