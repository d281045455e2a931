import { ChannelType, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/** A JSON object as it travels on the wire. */
export type Json = Record<string, unknown>;

const DISCORD_EPOCH = 1_420_070_400_000n;

/** Snowflakes whose timestamps strictly increase, so ids sort by creation and guilds spread over shards. */
export class Snowflakes {
  private lastMs = 0n;
  private seq = 0n;
  next(): string {
    let ms = BigInt(Date.now()) - DISCORD_EPOCH;
    if (ms <= this.lastMs) ms = this.lastMs + 1n;
    this.lastMs = ms;
    this.seq = (this.seq + 1n) & 0xfffn;
    return ((ms << 22n) | (1n << 17n) | this.seq).toString();
  }
}

/** Discord's shard formula: `(guild_id >> 22) % num_shards`. */
export const shardOf = (guildId: string, shardCount: number): number => Number((BigInt(guildId) >> 22n) % BigInt(shardCount));

export const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((a, b) => a | b, 0n);
const P = PermissionFlagsBits;

/** @everyone in a new server: discord.js's default set plus what Discord grants today (commands, threads). */
export const DEFAULT_EVERYONE_PERMISSIONS = PermissionsBitField.Default | P.UseApplicationCommands | P.SendMessagesInThreads | P.CreatePublicThreads | P.CreatePrivateThreads | P.UseExternalStickers;

/** The bot's managed role when a test does not say: what the invite URL of a well-behaved alert bot asks for. */
export const DEFAULT_BOT_PERMISSIONS = P.ViewChannel | P.SendMessages | P.SendMessagesInThreads | P.EmbedLinks | P.AttachFiles | P.ReadMessageHistory;

/** What a bot may do in a DM channel. */
export const DM_PERMISSIONS = P.ViewChannel | P.SendMessages | P.EmbedLinks | P.AttachFiles | P.ReadMessageHistory | P.AddReactions | P.UseExternalEmojis;

export interface FakeUser {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
  /** A user who turned off DMs from server members: sends to their DM channel fail with 50007. */
  dmsClosed: boolean;
  locale: string;
}

export interface FakeRole {
  id: string;
  guildId: string;
  name: string;
  permissions: bigint;
  position: number;
  mentionable: boolean;
  color: number;
  /** Set on the bot's own managed role. */
  botId: string | null;
}

export interface FakeOverwrite {
  /** A role id (the guild id for @everyone) or a user id. */
  id: string;
  type: 'role' | 'member';
  allow: bigint;
  deny: bigint;
}

export interface FakeChannel {
  id: string;
  type: ChannelType;
  guildId: string | null;
  name: string;
  /** Category for guild channels; the parent channel for threads (a forum for forum posts). */
  parentId: string | null;
  overwrites: FakeOverwrite[];
  position: number;
  topic: string | null;
  /** DM channels: the other user. Threads: who started it. */
  recipientId: string | null;
  ownerId: string | null;
  deleted: boolean;
  lastMessageId: string | null;
}

export interface FakeMember {
  userId: string;
  roles: string[];
  joinedAt: string;
  nick: string | null;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  locale: string;
  /** False once the bot was removed (GUILD_DELETE without `unavailable`). */
  botPresent: boolean;
  members: Map<string, FakeMember>;
}

export const isThread = (t: ChannelType): boolean => t === ChannelType.PublicThread || t === ChannelType.PrivateThread || t === ChannelType.AnnouncementThread;
/** Channels a message can be posted in. */
export const isTextLike = (t: ChannelType): boolean => t === ChannelType.GuildText || t === ChannelType.GuildAnnouncement || t === ChannelType.DM || t === ChannelType.GuildVoice || isThread(t);

export class World {
  readonly ids = new Snowflakes();
  readonly users = new Map<string, FakeUser>();
  readonly guilds = new Map<string, FakeGuild>();
  readonly roles = new Map<string, FakeRole>();
  readonly channels = new Map<string, FakeChannel>();
  readonly dmChannelOf = new Map<string, string>();
  readonly bot: FakeUser;

  constructor(botId: string, botUsername: string) {
    this.bot = { id: botId, username: botUsername, globalName: null, bot: true, dmsClosed: true, locale: 'en-US' };
    this.users.set(botId, this.bot);
  }

  guildRoles(guildId: string): FakeRole[] {
    return [...this.roles.values()].filter((r) => r.guildId === guildId).sort((a, b) => a.position - b.position);
  }

  guildChannels(guildId: string): FakeChannel[] {
    return [...this.channels.values()].filter((c) => c.guildId === guildId && !c.deleted);
  }

  /** Guild-level permissions: owner and Administrator get everything. */
  basePermissions(guildId: string, userId: string): bigint {
    const guild = this.guilds.get(guildId);
    const member = guild?.members.get(userId);
    if (!guild || !member) return 0n;
    if (guild.ownerId === userId) return ALL_PERMISSIONS;
    let perms = this.roles.get(guildId)?.permissions ?? 0n;
    for (const roleId of member.roles) perms |= this.roles.get(roleId)?.permissions ?? 0n;
    return perms & P.Administrator ? ALL_PERMISSIONS : perms;
  }

  /**
   * A member's permissions in a channel, as Discord computes them: base permissions, then the
   * @everyone overwrite, the member's role overwrites together, then the member's own overwrite.
   * Threads use their parent's overwrites. Implicit denials are left to `can`.
   */
  permissionsIn(channelId: string, userId: string): bigint {
    const channel = this.channels.get(channelId);
    if (!channel) return 0n;
    if (!channel.guildId) return channel.recipientId === userId || userId === this.bot.id ? DM_PERMISSIONS : 0n;
    const base = this.basePermissions(channel.guildId, userId);
    if (base & P.Administrator) return ALL_PERMISSIONS;
    const source = isThread(channel.type) && channel.parentId ? (this.channels.get(channel.parentId) ?? channel) : channel;
    const member = this.guilds.get(channel.guildId)?.members.get(userId);
    if (!member) return 0n;
    let perms = base;
    const everyone = source.overwrites.find((o) => o.id === channel.guildId);
    if (everyone) perms = (perms & ~everyone.deny) | everyone.allow;
    let allow = 0n;
    let deny = 0n;
    for (const o of source.overwrites) {
      if (o.type === 'role' && o.id !== channel.guildId && member.roles.includes(o.id)) {
        allow |= o.allow;
        deny |= o.deny;
      }
    }
    perms = (perms & ~deny) | allow;
    const own = source.overwrites.find((o) => o.type === 'member' && o.id === userId);
    if (own) perms = (perms & ~own.deny) | own.allow;
    return perms;
  }

  /**
   * Whether `userId` holds every bit of `needed` in the channel, with Discord's implicit rules: no
   * View Channel denies everything; without the right to send (Send Messages, or Send Messages in
   * Threads in a thread) embeds, files, TTS and @everyone are denied too.
   */
  can(channelId: string, userId: string, needed: bigint): boolean {
    const channel = this.channels.get(channelId);
    let perms = this.permissionsIn(channelId, userId);
    if (!(perms & P.ViewChannel)) return false;
    const send = channel && isThread(channel.type) ? P.SendMessagesInThreads : P.SendMessages;
    if (!(perms & send)) perms &= ~(P.SendTTSMessages | P.MentionEveryone | P.AttachFiles | P.EmbedLinks);
    return (perms & needed) === needed;
  }

  /** The user's DM channel with the bot (one per user, id stable), made on first use. */
  ensureDmChannel(userId: string): FakeChannel {
    let id = this.dmChannelOf.get(userId);
    if (!id) {
      id = this.ids.next();
      this.dmChannelOf.set(userId, id);
      this.channels.set(id, {
        id,
        type: ChannelType.DM,
        guildId: null,
        name: '',
        parentId: null,
        overwrites: [],
        position: 0,
        topic: null,
        recipientId: userId,
        ownerId: null,
        deleted: false,
        lastMessageId: null,
      });
    }
    return this.channels.get(id)!;
  }

  /** Whether the user shares a guild with the bot (Discord lets bots DM only such users). */
  sharesGuildWithBot(userId: string): boolean {
    return [...this.guilds.values()].some((g) => g.botPresent && g.members.has(userId));
  }

  userJSON(u: FakeUser): Json {
    return { id: u.id, username: u.username, discriminator: '0', global_name: u.globalName, avatar: null, bot: u.bot, system: false, public_flags: 0, flags: 0, banner: null, accent_color: null };
  }

  roleJSON(r: FakeRole): Json {
    return {
      id: r.id,
      name: r.name,
      color: r.color,
      colors: { primary_color: r.color, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: r.position,
      permissions: r.permissions.toString(),
      managed: r.botId !== null,
      mentionable: r.mentionable,
      flags: 0,
      ...(r.botId ? { tags: { bot_id: r.botId } } : {}),
    };
  }

  memberJSON(guildId: string, m: FakeMember, withUser = true): Json {
    const user = this.users.get(m.userId);
    return {
      ...(withUser && user ? { user: this.userJSON(user) } : {}),
      nick: m.nick,
      avatar: null,
      banner: null,
      roles: m.roles.filter((r) => r !== guildId),
      joined_at: m.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  channelJSON(c: FakeChannel): Json {
    if (c.type === ChannelType.DM) {
      const other = c.recipientId ? this.users.get(c.recipientId) : undefined;
      return { id: c.id, type: c.type, last_message_id: c.lastMessageId, flags: 0, recipients: other ? [this.userJSON(other)] : [] };
    }
    const common: Json = { id: c.id, type: c.type, guild_id: c.guildId, name: c.name, parent_id: c.parentId, flags: 0, nsfw: false };
    if (isThread(c.type)) {
      return {
        ...common,
        owner_id: c.ownerId ?? this.bot.id,
        last_message_id: c.lastMessageId,
        rate_limit_per_user: 0,
        message_count: 0,
        member_count: 1,
        total_message_sent: 0,
        applied_tags: [],
        thread_metadata: { archived: false, auto_archive_duration: 10080, archive_timestamp: new Date().toISOString(), locked: false, create_timestamp: new Date().toISOString() },
      };
    }
    const overwrites = c.overwrites.map((o) => ({ id: o.id, type: o.type === 'role' ? 0 : 1, allow: o.allow.toString(), deny: o.deny.toString() }));
    const guildCommon: Json = { ...common, position: c.position, permission_overwrites: overwrites };
    if (c.type === ChannelType.GuildCategory) return guildCommon;
    if (c.type === ChannelType.GuildForum || c.type === ChannelType.GuildMedia) {
      return {
        ...guildCommon,
        topic: c.topic,
        last_message_id: c.lastMessageId,
        rate_limit_per_user: 0,
        available_tags: [],
        default_reaction_emoji: null,
        default_sort_order: null,
        default_forum_layout: 0,
        default_thread_rate_limit_per_user: 0,
      };
    }
    return { ...guildCommon, topic: c.topic, last_message_id: c.lastMessageId, rate_limit_per_user: 0, default_auto_archive_duration: 1440 };
  }

  /** The full GUILD_CREATE payload: roles, channels, active threads, and the bot's own member. */
  guildCreateJSON(guildId: string): Json {
    const g = this.guilds.get(guildId)!;
    const channels = this.guildChannels(guildId);
    const botMember = g.members.get(this.bot.id);
    return {
      id: g.id,
      name: g.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: g.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: this.guildRoles(guildId).map((r) => this.roleJSON(r)),
      emojis: [],
      features: ['NEWS'],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: g.locale,
      public_updates_channel_id: null,
      nsfw_level: 0,
      stickers: [],
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: botMember?.joinedAt ?? new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: g.members.size,
      voice_states: [],
      members: botMember ? [this.memberJSON(guildId, botMember)] : [],
      channels: channels.filter((c) => !isThread(c.type)).map((c) => this.channelJSON(c)),
      threads: channels.filter((c) => isThread(c.type)).map((c) => this.channelJSON(c)),
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}
