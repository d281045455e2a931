import { randomBytes } from 'node:crypto';
import { ApplicationCommandOptionType, ChannelType, InteractionResponseType, InteractionType, MessageFlags } from 'discord.js';
import { DiscordError, fail, noContent, ok, type Reply } from './fake-discord-http.ts';
import type { MessageStore, StoredMessage, UploadedFile } from './fake-discord-messages.ts';
import type { Json, World } from './fake-discord-model.ts';
import { FormErrors, arr, checkChoices, isObj, validateMessage } from './fake-discord-validate.ts';

export interface InteractionCallback {
  type: InteractionResponseType;
  data: Json | null;
  at: number;
  files: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: InteractionType;
  kind: 'command' | 'autocomplete' | 'component';
  commandName: string | null;
  customId: string | null;
  guildId: string | null;
  channelId: string;
  userId: string;
  createdAt: number;
  /** Set by a test (`expireInteraction`) to act as if the 3 s deadline had passed. */
  expired: boolean;
  /** The INTERACTION_CREATE payload as dispatched. */
  payload: Json;
  callback: InteractionCallback | null;
  /** @original: the reply (types 4/5), or for a component the message it sits on. */
  original: StoredMessage | null;
  followUps: StoredMessage[];
  /** Autocomplete answer (type 8). */
  choices: Json[] | null;
  modal: Json | null;
  /** A follow-up sent right after a deferral edited the loading reply instead (Discord's deprecated behaviour). */
  followUpReplacedDeferral: boolean;
  /** Requests about this interaction the fake refused (late callback, double acknowledgement …). */
  refused: { at: number; what: string; stage: 'callback' | 'webhook'; status: number; code: number }[];
}

export interface InteractionOptions {
  applicationId: string;
  /** The initial response must arrive within this (Discord: 3 s) or the token is invalidated. */
  deadlineMs: number;
  /** Follow-ups and edits work this long (Discord: 15 min). */
  tokenTtlMs: number;
}

const R = InteractionResponseType;
const ALLOWED: Record<InteractionRecord['kind'], InteractionResponseType[]> = {
  command: [R.ChannelMessageWithSource, R.DeferredChannelMessageWithSource, R.Modal],
  component: [R.ChannelMessageWithSource, R.DeferredChannelMessageWithSource, R.DeferredMessageUpdate, R.UpdateMessage, R.Modal],
  autocomplete: [R.ApplicationCommandAutocompleteResult],
};

export class InteractionBook {
  readonly all: InteractionRecord[] = [];
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  constructor(
    private readonly world: World,
    private readonly messages: MessageStore,
    readonly opts: InteractionOptions,
    private readonly changed: () => void,
  ) {}

  /** The interaction fields every kind shares: where, who (member with permissions, or user), the app's permissions, locales. */
  private base(channelId: string, userId: string, locale: string): Json {
    const w = this.world;
    const channel = w.channels.get(channelId)!;
    const user = w.users.get(userId)!;
    const guild = channel.guildId ? w.guilds.get(channel.guildId) : undefined;
    const memberPerms = w.permissionsIn(channelId, userId);
    const channelJson = { ...w.channelJSON(channel), permissions: memberPerms.toString() };
    const common: Json = {
      application_id: this.opts.applicationId,
      channel_id: channelId,
      channel: channelJson,
      app_permissions: w.permissionsIn(channelId, w.bot.id).toString(),
      locale,
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
      version: 1,
    };
    if (!guild) return { ...common, user: w.userJSON(user), context: 1, authorizing_integration_owners: { '0': '0' } };
    const member = guild.members.get(userId)!;
    return {
      ...common,
      guild_id: guild.id,
      guild: { id: guild.id, locale: guild.locale, features: [] },
      guild_locale: guild.locale,
      member: { ...w.memberJSON(guild.id, member), permissions: memberPerms.toString() },
      context: 0,
      authorizing_integration_owners: { '0': guild.id },
    };
  }

  create(init: { type: InteractionType; channelId: string; userId: string; locale: string; data: Json; message?: StoredMessage }): InteractionRecord {
    const id = this.world.ids.next();
    const token = Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString('base64url');
    const kind = init.type === InteractionType.ApplicationCommandAutocomplete ? 'autocomplete' : init.type === InteractionType.MessageComponent ? 'component' : 'command';
    const channel = this.world.channels.get(init.channelId)!;
    const payload: Json = {
      id,
      token,
      type: init.type,
      data: init.data,
      ...this.base(init.channelId, init.userId, init.locale),
      ...(init.message ? { message: this.messages.json(init.message) } : {}),
    };
    const rec: InteractionRecord = {
      id,
      token,
      type: init.type,
      kind,
      commandName: kind === 'component' ? null : String(init.data['name']),
      customId: kind === 'component' ? String(init.data['custom_id']) : null,
      guildId: channel.guildId,
      channelId: init.channelId,
      userId: init.userId,
      createdAt: Date.now(),
      expired: false,
      payload,
      callback: null,
      original: init.message ?? null,
      followUps: [],
      choices: null,
      modal: null,
      followUpReplacedDeferral: false,
      refused: [],
    };
    this.all.push(rec);
    this.byId.set(id, rec);
    this.byToken.set(token, rec);
    return rec;
  }

  private refuse(rec: InteractionRecord, what: string, err: DiscordError, stage: 'callback' | 'webhook' = 'callback'): never {
    rec.refused.push({ at: Date.now(), what, stage, status: err.status, code: err.code });
    this.changed();
    throw err;
  }

  /** `POST /interactions/:id/:token/callback`. */
  callback(id: string, token: string, body: Json | null, files: UploadedFile[], withResponse: boolean): Reply {
    const rec = this.byId.get(id);
    if (!rec || rec.token !== token) return fail(404, 10062, 'Unknown interaction');
    if (rec.callback) return this.refuse(rec, 'callback', new DiscordError(400, 40060, 'Interaction has already been acknowledged.'));
    if (rec.expired || Date.now() - rec.createdAt > this.opts.deadlineMs) return this.refuse(rec, 'late callback', new DiscordError(404, 10062, 'Unknown interaction'));
    const rawType = body?.['type'];
    const data = isObj(body?.['data']) ? body['data'] : null;
    if (typeof rawType !== 'number' || !(ALLOWED[rec.kind] as number[]).includes(rawType)) {
      const e = new FormErrors();
      e.add(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', `Interaction response type ${String(rawType)} is not valid for this interaction`);
      return this.refuse(rec, 'callback type', new DiscordError(400, 50035, 'Invalid Form Body', e.tree));
    }
    const type = rawType as InteractionResponseType;
    const flags = typeof data?.['flags'] === 'number' ? data['flags'] : 0;
    if (type === R.ChannelMessageWithSource || type === R.UpdateMessage) {
      const { errors, empty } = validateMessage(data ?? {}, { fileCount: files.length, creating: type === R.ChannelMessageWithSource, ephemeralAllowed: true });
      const body = errors.body();
      if (body) return this.refuse(rec, 'callback body', new DiscordError(400, 50035, 'Invalid Form Body', body['errors'] as Json));
      if (empty) return this.refuse(rec, 'callback body', new DiscordError(400, 50006, 'Cannot send an empty message'));
    }
    if (type === R.DeferredChannelMessageWithSource && flags & ~MessageFlags.Ephemeral) {
      const e = new FormErrors();
      e.add(['data', 'flags'], 'MESSAGE_FLAGS_INVALID', 'Only EPHEMERAL may be set when deferring');
      return this.refuse(rec, 'callback flags', new DiscordError(400, 50035, 'Invalid Form Body', e.tree));
    }
    if (type === R.ApplicationCommandAutocompleteResult) {
      const e = new FormErrors();
      checkChoices(e, ['data', 'choices'], data?.['choices'], this.focusedType(rec));
      if (e.count > 0) return this.refuse(rec, 'autocomplete choices', new DiscordError(400, 50035, 'Invalid Form Body', e.tree));
      rec.choices = arr(data?.['choices']).filter(isObj);
    }
    const ephemeral = (flags & MessageFlags.Ephemeral) !== 0;
    if (type === R.ChannelMessageWithSource) rec.original = this.messages.create({ channelId: rec.channelId, body: data ?? {}, files, source: 'interaction', interactionId: rec.id, ephemeral });
    if (type === R.DeferredChannelMessageWithSource)
      rec.original = this.messages.create({ channelId: rec.channelId, body: {}, files: [], source: 'interaction', interactionId: rec.id, ephemeral, loading: true });
    if (type === R.UpdateMessage && rec.original) this.messages.edit(rec.original, data ?? {}, files);
    if (type === R.Modal) rec.modal = data;
    rec.callback = { type, data, at: Date.now(), files: files.length };
    this.changed();
    if (!withResponse) return noContent();
    const m = rec.original;
    const withMessage = type === R.ChannelMessageWithSource || type === R.UpdateMessage;
    return ok({
      interaction: {
        id: rec.id,
        type: rec.type,
        ...(m && type !== R.ApplicationCommandAutocompleteResult ? { response_message_id: m.id, response_message_loading: m.loading, response_message_ephemeral: m.ephemeral } : {}),
      },
      resource: { type, ...(withMessage && m ? { message: this.messages.json(m) } : {}) },
    });
  }

  private focusedType(rec: InteractionRecord): ApplicationCommandOptionType {
    const find = (options: unknown[]): ApplicationCommandOptionType | null => {
      for (const o of options) {
        if (!isObj(o)) continue;
        if (o['focused'] === true) return Number(o['type']);
        const inner = find(arr(o['options']));
        if (inner !== null) return inner;
      }
      return null;
    };
    const data = rec.payload['data'];
    return find(isObj(data) ? arr(data['options']) : []) ?? ApplicationCommandOptionType.String;
  }

  /** The interaction behind a webhook URL, once acknowledged and while its token lives. */
  private forWebhook(app: string, token: string, what: string): InteractionRecord {
    const rec = this.byToken.get(token);
    if (!rec || app !== this.opts.applicationId) return fail(404, 10015, 'Unknown Webhook');
    if (Date.now() - rec.createdAt > this.opts.tokenTtlMs) return this.refuse(rec, what, new DiscordError(401, 50027, 'Invalid Webhook Token'), 'webhook');
    if (!rec.callback || rec.kind === 'autocomplete') return this.refuse(rec, what, new DiscordError(404, 10015, 'Unknown Webhook'), 'webhook');
    return rec;
  }

  private messageOf(rec: InteractionRecord, messageId: string, what: string): StoredMessage {
    const m = messageId === '@original' ? rec.original : (rec.followUps.find((f) => f.id === messageId) ?? (rec.original?.id === messageId ? rec.original : null));
    if (!m || m.deleted) return this.refuse(rec, what, new DiscordError(404, 10008, 'Unknown Message'), 'webhook');
    return m;
  }

  /** `POST /webhooks/:app/:token`: a follow-up (or, right after a deferral, the deferred reply's completion). */
  followUp(app: string, token: string, body: Json, files: UploadedFile[]): Reply {
    const rec = this.forWebhook(app, token, 'follow-up');
    const { errors, empty } = validateMessage(body, { fileCount: files.length, creating: true, ephemeralAllowed: true });
    const invalid = errors.body();
    if (invalid) return this.refuse(rec, 'follow-up body', new DiscordError(400, 50035, 'Invalid Form Body', invalid['errors'] as Json), 'webhook');
    if (empty) return this.refuse(rec, 'follow-up body', new DiscordError(400, 50006, 'Cannot send an empty message'), 'webhook');
    if (rec.callback?.type === R.DeferredChannelMessageWithSource && rec.original?.loading) {
      rec.followUpReplacedDeferral = true;
      const rest = { ...body };
      delete rest['flags'];
      this.messages.edit(rec.original, rest, files);
      this.changed();
      return ok(this.messages.json(rec.original));
    }
    const ephemeral = typeof body['flags'] === 'number' && (body['flags'] & MessageFlags.Ephemeral) !== 0;
    const m = this.messages.create({ channelId: rec.channelId, body, files, source: 'followup', interactionId: rec.id, ephemeral });
    rec.followUps.push(m);
    this.changed();
    return ok(this.messages.json(m));
  }

  getMessage(app: string, token: string, messageId: string): Reply {
    const rec = this.forWebhook(app, token, 'get message');
    return ok(this.messages.json(this.messageOf(rec, messageId, 'get message')));
  }

  editMessage(app: string, token: string, messageId: string, body: Json, files: UploadedFile[]): Reply {
    const rec = this.forWebhook(app, token, 'edit');
    const m = this.messageOf(rec, messageId, 'edit');
    const { errors } = validateMessage(body, { fileCount: files.length, creating: false, ephemeralAllowed: true });
    const invalid = errors.body();
    if (invalid) return this.refuse(rec, 'edit body', new DiscordError(400, 50035, 'Invalid Form Body', invalid['errors'] as Json), 'webhook');
    this.messages.edit(m, body, files);
    this.changed();
    return ok(this.messages.json(m));
  }

  deleteMessage(app: string, token: string, messageId: string): Reply {
    const rec = this.forWebhook(app, token, 'delete');
    this.messageOf(rec, messageId, 'delete').deleted = true;
    this.changed();
    return noContent();
  }
}

/** Text-like channel types a slash command can be used in. */
export const COMMAND_CHANNEL_TYPES = new Set<ChannelType>([
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.GuildVoice,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
  ChannelType.DM,
]);
