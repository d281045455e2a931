import { MessageFlags, MessageType, PermissionFlagsBits } from 'discord.js';
import type { Json, World } from './fake-discord-model.ts';
import { arr, isObj, str } from './fake-discord-validate.ts';

/** A file uploaded with a message (multipart `files[n]`). */
export interface UploadedFile {
  key: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface StoredAttachment {
  id: string;
  filename: string;
  size: number;
  contentType: string;
  description: string | null;
  data: Buffer;
}

/** Who a message would have notified, computed like Discord from content, allowed_mentions and permissions. */
export interface Pinged {
  /** @everyone or @here took effect. */
  everyone: boolean;
  users: string[];
  roles: string[];
}

export interface StoredMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  authorId: string;
  content: string;
  embeds: Json[];
  components: Json[];
  attachments: StoredAttachment[];
  flags: number;
  /** The allowed_mentions the bot sent, null when it sent none (Discord then parses every kind). */
  allowedMentions: Json | null;
  pinged: Pinged;
  tts: boolean;
  createdAt: number;
  editedAt: number | null;
  /** How many times the message was edited (PATCH, UPDATE_MESSAGE, a deferred reply's completion). */
  edits: number;
  deleted: boolean;
  crossposted: boolean;
  /** How it was made: a channel send, an interaction response (@original), or a follow-up. */
  source: 'channel' | 'interaction' | 'followup';
  interactionId: string | null;
  ephemeral: boolean;
  /** A deferred reply still showing "is thinking…". */
  loading: boolean;
  /** The message's body as last sent (JSON, or multipart's payload_json). */
  body: Json;
}

const MENTION = {
  user: /<@!?(\d{15,21})>/g,
  role: /<@&(\d{15,21})>/g,
  everyone: /@(everyone|here)/,
};

/** Who the content pings: Discord's rules for allowed_mentions, @everyone's permission and mentionable roles. */
export function computePings(world: World, channelId: string, content: string, am: Json | null): Pinged {
  const parse = am && am['parse'] !== undefined ? arr(am['parse']) : ['users', 'roles', 'everyone'];
  const users = am ? arr(am['users']).map(String) : [];
  const roles = am ? arr(am['roles']).map(String) : [];
  const channel = world.channels.get(channelId);
  const inGuild = Boolean(channel?.guildId);
  const canEveryone = inGuild && world.can(channelId, world.bot.id, PermissionFlagsBits.MentionEveryone);
  const mentionedUsers = [...content.matchAll(MENTION.user)].map((m) => m[1]!);
  const mentionedRoles = [...content.matchAll(MENTION.role)].map((m) => m[1]!);
  return {
    everyone: inGuild && MENTION.everyone.test(content) && parse.includes('everyone') && canEveryone,
    users: [...new Set(mentionedUsers.filter((id) => world.users.has(id) && (parse.includes('users') || users.includes(id))))],
    roles: [...new Set(mentionedRoles.filter((id) => (parse.includes('roles') || roles.includes(id)) && (world.roles.get(id)?.mentionable === true || canEveryone)))],
  };
}

export class MessageStore {
  readonly all: StoredMessage[] = [];
  readonly byId = new Map<string, StoredMessage>();
  private readonly byChannel = new Map<string, StoredMessage[]>();

  constructor(
    private readonly world: World,
    private readonly attachmentBase: () => string,
  ) {}

  inChannel(channelId: string, opts: { ephemeral?: boolean; deleted?: boolean } = {}): StoredMessage[] {
    return (this.byChannel.get(channelId) ?? []).filter((m) => (opts.ephemeral || !m.ephemeral) && (opts.deleted || !m.deleted));
  }

  private attachments(body: Json, files: UploadedFile[], keep: StoredAttachment[]): StoredAttachment[] {
    const described = new Map<string, Json>();
    for (const a of arr(body['attachments'])) if (isObj(a)) described.set(String(a['id']), a);
    const uploaded = files.map((f, i) => {
      const index = /\[(\d+)\]/.exec(f.key)?.[1] ?? String(i);
      const meta = described.get(index);
      return {
        id: this.world.ids.next(),
        filename: str(meta?.['filename']) ?? f.filename,
        size: f.data.length,
        contentType: f.contentType,
        description: str(meta?.['description']) ?? null,
        data: f.data,
      };
    });
    return [...keep, ...uploaded];
  }

  create(init: { channelId: string; body: Json; files: UploadedFile[]; source: StoredMessage['source']; interactionId?: string; ephemeral?: boolean; loading?: boolean }): StoredMessage {
    const channel = this.world.channels.get(init.channelId);
    const content = str(init.body['content']) ?? '';
    const am = isObj(init.body['allowed_mentions']) ? init.body['allowed_mentions'] : null;
    const flags = (typeof init.body['flags'] === 'number' ? init.body['flags'] : 0) | (init.ephemeral ? MessageFlags.Ephemeral : 0) | (init.loading ? MessageFlags.Loading : 0);
    const m: StoredMessage = {
      id: this.world.ids.next(),
      channelId: init.channelId,
      guildId: channel?.guildId ?? null,
      authorId: this.world.bot.id,
      content,
      embeds: arr(init.body['embeds']).filter(isObj),
      components: arr(init.body['components']).filter(isObj),
      attachments: this.attachments(init.body, init.files, []),
      flags,
      allowedMentions: am,
      pinged: init.ephemeral || init.loading ? { everyone: false, users: [], roles: [] } : computePings(this.world, init.channelId, content, am),
      tts: init.body['tts'] === true,
      createdAt: Date.now(),
      editedAt: null,
      edits: 0,
      deleted: false,
      crossposted: false,
      source: init.source,
      interactionId: init.interactionId ?? null,
      ephemeral: init.ephemeral === true,
      loading: init.loading === true,
      body: init.body,
    };
    this.all.push(m);
    this.byId.set(m.id, m);
    const list = this.byChannel.get(m.channelId);
    if (list) list.push(m);
    else this.byChannel.set(m.channelId, [m]);
    if (channel && !m.ephemeral) channel.lastMessageId = m.id;
    return m;
  }

  /** Applies an edit: only the fields present change; `attachments` lists which existing files stay. */
  edit(m: StoredMessage, body: Json, files: UploadedFile[]): StoredMessage {
    if ('content' in body) m.content = str(body['content']) ?? '';
    if ('embeds' in body) m.embeds = arr(body['embeds']).filter(isObj);
    if ('components' in body) m.components = arr(body['components']).filter(isObj);
    if ('allowed_mentions' in body) m.allowedMentions = isObj(body['allowed_mentions']) ? body['allowed_mentions'] : null;
    if (typeof body['flags'] === 'number') m.flags = (m.flags & (MessageFlags.Ephemeral | MessageFlags.Crossposted)) | (body['flags'] & ~MessageFlags.Ephemeral);
    const keepIds = 'attachments' in body ? new Set(arr(body['attachments']).flatMap((a) => (isObj(a) ? [String(a['id'])] : []))) : null;
    const keep = keepIds ? m.attachments.filter((a) => keepIds.has(a.id)) : m.attachments;
    m.attachments = this.attachments(body, files, keep);
    if (m.loading) {
      m.loading = false;
      m.flags &= ~MessageFlags.Loading;
    }
    if (!m.ephemeral) m.pinged = computePings(this.world, m.channelId, m.content, m.allowedMentions);
    m.editedAt = Date.now();
    m.edits++;
    m.body = { ...m.body, ...body };
    return m;
  }

  json(m: StoredMessage): Json {
    const author = this.world.users.get(m.authorId)!;
    const interaction = m.interactionId !== null;
    return {
      id: m.id,
      channel_id: m.channelId,
      ...(m.guildId ? { guild_id: m.guildId } : {}),
      author: this.world.userJSON(author),
      content: m.content,
      timestamp: new Date(m.createdAt).toISOString(),
      edited_timestamp: m.editedAt === null ? null : new Date(m.editedAt).toISOString(),
      tts: m.tts,
      mention_everyone: m.pinged.everyone,
      mentions: m.pinged.users.flatMap((id) => {
        const u = this.world.users.get(id);
        return u ? [this.world.userJSON(u)] : [];
      }),
      mention_roles: m.pinged.roles,
      attachments: m.attachments.map((a) => ({
        id: a.id,
        filename: a.filename,
        size: a.size,
        url: `${this.attachmentBase()}/${m.channelId}/${a.id}/${encodeURIComponent(a.filename)}`,
        proxy_url: `${this.attachmentBase()}/${m.channelId}/${a.id}/${encodeURIComponent(a.filename)}`,
        content_type: a.contentType,
        ...(a.description ? { description: a.description } : {}),
      })),
      embeds: m.embeds.map((e) => ({ type: 'rich', ...e })),
      components: m.components,
      pinned: false,
      type: interaction && m.source === 'interaction' ? MessageType.ChatInputCommand : MessageType.Default,
      flags: m.flags,
      ...(interaction ? { webhook_id: this.world.bot.id, application_id: this.world.bot.id } : {}),
    };
  }
}
