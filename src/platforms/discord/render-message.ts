import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  escapeMarkdown,
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type RESTPostAPIChannelMessageJSONBody,
  type RawFile,
} from 'discord.js';
import type { Reply } from '../../reply/reply.ts';

/** Discord's limits on a message and an embed (characters). */
export const LIMITS = { content: 2000, title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000, customId: 100, label: 80 } as const;

/** A button's custom id: the command line it runs, as on Telegram. */
export const BUTTON_PREFIX = 'cmd:';

/** A message as Discord's REST takes it: the JSON body, and the files uploaded with it. */
export interface DiscordMessage {
  body: RESTPostAPIChannelMessageJSONBody & { flags?: number };
  files: RawFile[];
}

const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Text from feeds and users, made inert: markdown shows as typed, and mention syntax (@everyone,
 * @here, <@id>, <@&role>, <#channel>) is broken with a zero-width space, so it can neither ping
 * (allowed_mentions already forbids that) nor even look like a mention.
 */
export function inert(text: string): string {
  return escapeMarkdown(text)
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<([@#])/g, '<$1\u200b');
}

/** Nobody is pinged, except the one user a personal ping names: never @everyone, @here or a role. */
export function allowedMentions(userId: string | null): APIAllowedMentions {
  return userId ? { parse: [], users: [userId] } : { parse: [] };
}

const colourOf = (hex: string | undefined): number | undefined => (hex && /^#[0-9a-f]{6}$/i.test(hex) ? parseInt(hex.slice(1), 16) : undefined);

/** The footer without the link the title already carries ("confirmed by IRCC · https://…" → "confirmed by IRCC"). */
function footerText(reply: Reply): string | undefined {
  if (!reply.url || !reply.footer) return reply.footer;
  return reply.footer === reply.url ? undefined : reply.footer.replace(` · ${reply.url}`, '');
}

/** A reply as one embed: title (a link to its source), text, fields, footer, colour, image. */
export function embedOf(reply: Reply): APIEmbed {
  const fields = (reply.fields ?? []).slice(0, LIMITS.fields).map((f) => ({ name: cut(inert(f.name), LIMITS.fieldName), value: cut(inert(f.value), LIMITS.fieldValue), inline: f.inline ?? false }));
  const footer = footerText(reply);
  const embed: APIEmbed = {
    ...(reply.title ? { title: cut(inert(reply.title), LIMITS.title) } : {}),
    ...(reply.url && /^https?:\/\//.test(reply.url) ? { url: reply.url } : {}),
    ...(reply.text ? { description: cut(inert(reply.text), LIMITS.description) } : {}),
    ...(fields.length > 0 ? { fields } : {}),
    ...(footer ? { footer: { text: cut(footer, LIMITS.footer) } } : {}),
    ...(colourOf(reply.colour) !== undefined ? { color: colourOf(reply.colour) } : {}),
    ...(reply.image ? { image: { url: `attachment://${reply.image.filename}` } } : {}),
  };
  return fitTotal(embed);
}

/** Characters Discord counts towards an embed's 6,000. */
const embedSize = (e: APIEmbed): number =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Over 6,000 characters in all: the last fields go first, then the text is shortened. */
function fitTotal(embed: APIEmbed): APIEmbed {
  const fields = [...(embed.fields ?? [])];
  let fitted: APIEmbed = embed;
  while (embedSize(fitted) > LIMITS.total && fields.length > 0) {
    fields.pop();
    fitted = { ...embed, fields };
  }
  const over = embedSize(fitted) - LIMITS.total;
  if (over > 0 && fitted.description) fitted = { ...fitted, description: cut(fitted.description, Math.max(1, fitted.description.length - over)) };
  return fitted;
}

/** Buttons, five to a row (Discord's most), each running a command line; one too long for a custom id is left out. */
export function buttonRows(reply: Reply): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const buttons: APIButtonComponentWithCustomId[] = (reply.buttons ?? [])
    .filter((b) => BUTTON_PREFIX.length + b.command.length <= LIMITS.customId)
    .slice(0, 25)
    .map((b) => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: cut(b.label, LIMITS.label), custom_id: `${BUTTON_PREFIX}${b.command}` }));
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < buttons.length; i += 5) rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
  return rows;
}

/** Whether a reply reads better as a card (a title, fields or an image) than as a line of text. */
export const isCard = (reply: Reply): boolean => Boolean(reply.title || reply.fields?.length || reply.image);

export interface RenderOptions {
  /** Mention this user in the message (a personal ping posted in a channel): the only ping allowed. */
  mentionUserId?: string | null;
  /** Only the user who asked sees it (an interaction reply). */
  ephemeral?: boolean;
}

/**
 * A reply as a Discord message: a card (embed) when it has a title, fields or an image, plain
 * text otherwise; the image uploaded as a file the embed shows; buttons as components.
 */
export function renderMessage(reply: Reply, opts: RenderOptions = {}): DiscordMessage {
  const mention = opts.mentionUserId ? `<@${opts.mentionUserId}>` : '';
  const card = isCard(reply);
  const text = card ? '' : cut(inert([reply.text, reply.footer].filter(Boolean).join('\n\n')), LIMITS.content - (mention ? mention.length + 1 : 0));
  const content = [mention, text].filter(Boolean).join(' ');
  const rows = buttonRows(reply);
  const files: RawFile[] = reply.image ? [{ name: reply.image.filename, data: Buffer.from(reply.image.data), contentType: 'image/png' }] : [];
  return {
    body: {
      ...(content ? { content } : {}),
      ...(card ? { embeds: [embedOf(reply)] } : {}),
      ...(rows.length > 0 ? { components: rows } : {}),
      ...(reply.image ? { attachments: [{ id: '0', filename: reply.image.filename, description: cut(reply.image.alt, 1024) }] } : {}),
      allowed_mentions: allowedMentions(opts.mentionUserId ?? null),
      ...(opts.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    },
    files,
  };
}
