import { ChannelType, GatewayDispatchEvents } from 'discord.js';
import type { Gateway } from './fake-discord-gateway.ts';
import {
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  isThread,
  shardOf,
  type FakeChannel,
  type FakeGuild,
  type FakeMember,
  type FakeOverwrite,
  type FakeRole,
  type FakeUser,
  type World,
} from './fake-discord-model.ts';

export interface OverwriteInput {
  /** A role id (the guild id for @everyone) or a user id. */
  id: string;
  type: 'role' | 'member';
  allow?: bigint;
  deny?: bigint;
}

export interface GuildInput {
  name?: string;
  id?: string;
  /** Place the guild on shard `[id, count]` (its id is chosen so that `(id >> 22) % count` matches). */
  shard?: [number, number];
  /** The owner (gets every permission); a new user is made when absent. */
  ownerId?: string;
  locale?: string;
  everyonePermissions?: bigint;
  /** The bot's managed role; its @everyone permissions apply too. */
  botPermissions?: bigint;
}

export interface ChannelInput {
  name?: string;
  id?: string;
  /** GuildText (default), GuildAnnouncement, GuildForum, GuildCategory, GuildVoice. Threads: use createThread. */
  type?: ChannelType;
  parentId?: string;
  topic?: string;
  overwrites?: OverwriteInput[];
}

const toOverwrite = (o: OverwriteInput): FakeOverwrite => ({ id: o.id, type: o.type, allow: o.allow ?? 0n, deny: o.deny ?? 0n });

/** Builds the world a test needs, before or after the bot connects; changes reach the bot as gateway events. */
export class WorldBuilder {
  constructor(
    private readonly world: World,
    private readonly gateway: Gateway,
    private readonly changed: () => void,
  ) {}

  private dispatch(guildId: string | null, t: string, d: Record<string, unknown>): void {
    this.gateway.dispatch(guildId, t, d);
    this.changed();
  }

  createUser(opts: { username?: string; globalName?: string; dmsClosed?: boolean; locale?: string; bot?: boolean; id?: string } = {}): FakeUser {
    const id = opts.id ?? this.world.ids.next();
    const u: FakeUser = {
      id,
      username: opts.username ?? `user${this.world.users.size}`,
      globalName: opts.globalName ?? null,
      bot: opts.bot ?? false,
      dmsClosed: opts.dmsClosed ?? false,
      locale: opts.locale ?? 'en-US',
    };
    this.world.users.set(id, u);
    this.changed();
    return u;
  }

  createGuild(opts: GuildInput = {}): FakeGuild {
    const w = this.world;
    let id = opts.id ?? w.ids.next();
    if (opts.shard && !opts.id) while (shardOf(id, opts.shard[1]) !== opts.shard[0]) id = w.ids.next();
    const owner = opts.ownerId ?? this.createUser({ username: 'owner' }).id;
    const now = new Date().toISOString();
    const guild: FakeGuild = { id, name: opts.name ?? `Guild ${w.guilds.size + 1}`, ownerId: owner, locale: opts.locale ?? 'en-US', botPresent: true, members: new Map() };
    w.guilds.set(id, guild);
    w.roles.set(id, { id, guildId: id, name: '@everyone', permissions: opts.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS, position: 0, mentionable: false, color: 0, botId: null });
    const botRole = w.ids.next();
    w.roles.set(botRole, { id: botRole, guildId: id, name: w.bot.username, permissions: opts.botPermissions ?? DEFAULT_BOT_PERMISSIONS, position: 1, mentionable: false, color: 0, botId: w.bot.id });
    guild.members.set(owner, { userId: owner, roles: [], joinedAt: now, nick: null });
    guild.members.set(w.bot.id, { userId: w.bot.id, roles: [botRole], joinedAt: now, nick: null });
    this.dispatch(id, GatewayDispatchEvents.GuildCreate, w.guildCreateJSON(id));
    return guild;
  }

  /** The bot's managed role in a guild. */
  botRole(guildId: string): FakeRole {
    return [...this.world.roles.values()].find((r) => r.guildId === guildId && r.botId === this.world.bot.id)!;
  }

  createRole(guildId: string, opts: { name?: string; permissions?: bigint; mentionable?: boolean; id?: string } = {}): FakeRole {
    const w = this.world;
    const position = w.guildRoles(guildId).length;
    const role: FakeRole = {
      id: opts.id ?? w.ids.next(),
      guildId,
      name: opts.name ?? `role${position}`,
      permissions: opts.permissions ?? 0n,
      position,
      mentionable: opts.mentionable ?? false,
      color: 0,
      botId: null,
    };
    w.roles.set(role.id, role);
    this.dispatch(guildId, GatewayDispatchEvents.GuildRoleCreate, { guild_id: guildId, role: w.roleJSON(role) });
    return role;
  }

  setRolePermissions(roleId: string, permissions: bigint): void {
    const role = this.world.roles.get(roleId)!;
    role.permissions = permissions;
    this.dispatch(role.guildId, GatewayDispatchEvents.GuildRoleUpdate, { guild_id: role.guildId, role: this.world.roleJSON(role) });
  }

  setBotPermissions(guildId: string, permissions: bigint): void {
    this.setRolePermissions(this.botRole(guildId).id, permissions);
  }

  addMember(guildId: string, userId: string, opts: { roles?: string[]; nick?: string } = {}): FakeMember {
    const g = this.world.guilds.get(guildId)!;
    const m: FakeMember = { userId, roles: opts.roles ?? [], joinedAt: new Date().toISOString(), nick: opts.nick ?? null };
    g.members.set(userId, m);
    this.dispatch(guildId, GatewayDispatchEvents.GuildMemberAdd, { guild_id: guildId, ...this.world.memberJSON(guildId, m) });
    return m;
  }

  setMemberRoles(guildId: string, userId: string, roles: string[]): void {
    const m = this.world.guilds.get(guildId)!.members.get(userId)!;
    m.roles = roles;
    this.dispatch(guildId, GatewayDispatchEvents.GuildMemberUpdate, { guild_id: guildId, ...this.world.memberJSON(guildId, m) });
  }

  createChannel(guildId: string, opts: ChannelInput = {}): FakeChannel {
    const w = this.world;
    const type = opts.type ?? ChannelType.GuildText;
    if (isThread(type)) throw new Error('fake Discord: make threads with createThread(parentId)');
    const c: FakeChannel = {
      id: opts.id ?? w.ids.next(),
      type,
      guildId,
      name: opts.name ?? `channel-${w.channels.size}`,
      parentId: opts.parentId ?? null,
      overwrites: (opts.overwrites ?? []).map(toOverwrite),
      position: w.guildChannels(guildId).length,
      topic: opts.topic ?? null,
      recipientId: null,
      ownerId: null,
      deleted: false,
      lastMessageId: null,
    };
    w.channels.set(c.id, c);
    this.dispatch(guildId, GatewayDispatchEvents.ChannelCreate, w.channelJSON(c));
    return c;
  }

  /** A thread in a text or announcement channel, or a post in a forum; it inherits the parent's permissions. */
  createThread(parentId: string, opts: { name?: string; id?: string; private?: boolean; ownerId?: string } = {}): FakeChannel {
    const w = this.world;
    const parent = w.channels.get(parentId)!;
    const type = parent.type === ChannelType.GuildAnnouncement ? ChannelType.AnnouncementThread : opts.private ? ChannelType.PrivateThread : ChannelType.PublicThread;
    const c: FakeChannel = {
      id: opts.id ?? w.ids.next(),
      type,
      guildId: parent.guildId,
      name: opts.name ?? `thread-${w.channels.size}`,
      parentId,
      overwrites: [],
      position: 0,
      topic: null,
      recipientId: null,
      ownerId: opts.ownerId ?? null,
      deleted: false,
      lastMessageId: null,
    };
    w.channels.set(c.id, c);
    this.dispatch(parent.guildId, GatewayDispatchEvents.ThreadCreate, { ...w.channelJSON(c), newly_created: true });
    return c;
  }

  setOverwrites(channelId: string, overwrites: OverwriteInput[]): void {
    const c = this.world.channels.get(channelId)!;
    c.overwrites = overwrites.map(toOverwrite);
    this.dispatch(c.guildId, isThread(c.type) ? GatewayDispatchEvents.ThreadUpdate : GatewayDispatchEvents.ChannelUpdate, this.world.channelJSON(c));
  }

  /** Deletes a channel (and its threads): CHANNEL_DELETE / THREAD_DELETE, then REST answers 10003. */
  deleteChannel(channelId: string): void {
    const w = this.world;
    const c = w.channels.get(channelId)!;
    for (const t of w.channels.values()) if (t.parentId === c.id && isThread(t.type)) t.deleted = true;
    c.deleted = true;
    if (isThread(c.type)) this.dispatch(c.guildId, GatewayDispatchEvents.ThreadDelete, { id: c.id, guild_id: c.guildId, parent_id: c.parentId, type: c.type });
    else this.dispatch(c.guildId, GatewayDispatchEvents.ChannelDelete, w.channelJSON(c));
  }

  /** The bot was kicked or the guild deleted: GUILD_DELETE without `unavailable`; REST then answers 50001. */
  removeBotFromGuild(guildId: string): void {
    const g = this.world.guilds.get(guildId)!;
    this.dispatch(guildId, GatewayDispatchEvents.GuildDelete, { id: guildId });
    g.botPresent = false;
  }

  /** A Discord outage for that guild: GUILD_DELETE with `unavailable: true` (subscriptions must stay). */
  makeGuildUnavailable(guildId: string): void {
    this.dispatch(guildId, GatewayDispatchEvents.GuildDelete, { id: guildId, unavailable: true });
  }

  /** The user's DM channel with the bot, made if needed (as `POST /users/@me/channels` would). */
  dmChannel(userId: string): FakeChannel {
    const c = this.world.ensureDmChannel(userId);
    this.changed();
    return c;
  }
}
