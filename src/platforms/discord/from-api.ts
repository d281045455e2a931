import { ApplicationCommandType, ChannelType, ComponentType, InteractionType } from 'discord.js';
import { z } from 'zod';
import type { InteractionFacts, InteractionIn, OptionValues } from './interaction-in.ts';

const snowflake = z.string().regex(/^\d{1,25}$/);
const bits = z.string().regex(/^\d{1,40}$/);
const user = z.object({ id: snowflake, username: z.string(), global_name: z.string().nullish() });
const option = z.object({ name: z.string(), value: z.union([z.string(), z.number(), z.boolean()]).optional(), focused: z.boolean().optional() });

/** The fields of Discord's interaction object the bot reads (docs/discord.md); others are ignored. */
const apiInteraction = z.object({
  id: snowflake,
  application_id: snowflake,
  token: z.string().min(1).max(1_000),
  type: z.number().int(),
  locale: z.string().max(20).optional(),
  guild_id: snowflake.optional(),
  channel_id: snowflake.optional(),
  channel: z.object({ type: z.number().int() }).optional(),
  app_permissions: bits.optional(),
  member: z.object({ user, permissions: bits }).optional(),
  user: user.optional(),
  data: z
    .object({
      name: z.string().optional(),
      type: z.number().int().optional(),
      options: z.array(option).optional(),
      custom_id: z.string().optional(),
      component_type: z.number().int().optional(),
    })
    .optional(),
});

export type ApiInteraction = z.infer<typeof apiInteraction>;

/** Discord's numbers as plain numbers: the body is read with numbers, so a kind added later is ignored, not refused. */
const T = { command: InteractionType.ApplicationCommand as number, autocomplete: InteractionType.ApplicationCommandAutocomplete as number, component: InteractionType.MessageComponent as number };
const CHAT_INPUT = ApplicationCommandType.ChatInput as number;
const BUTTON = ComponentType.Button as number;

const THREADS: ReadonlySet<number> = new Set([ChannelType.PublicThread, ChannelType.PrivateThread, ChannelType.AnnouncementThread]);

/** A body Discord posted: its type and the interaction, or why it cannot be one. */
export function parseApiInteraction(body: unknown): { ok: true; value: ApiInteraction } | { ok: false; problem: string } {
  const parsed = apiInteraction.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problem: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') };
}

function factsOf(i: ApiInteraction): InteractionFacts | null {
  const who = i.member?.user ?? i.user;
  if (!who) return null;
  const channelId = i.channel_id ?? who.id;
  return {
    ref: { id: i.id, token: i.token, applicationId: i.application_id },
    locale: i.locale,
    user: { id: who.id, name: who.global_name ?? who.username },
    place: i.guild_id ? { kind: 'server', channelId, thread: THREADS.has(i.channel?.type ?? -1), appPermissions: BigInt(i.app_permissions ?? '0') } : { kind: 'dm', channelId },
    memberPermissions: i.member ? BigInt(i.member.permissions) : null,
  };
}

/**
 * An interaction received over HTTP in the bot's terms, as `fromGateway` gives one from the
 * gateway; null for kinds the bot has none of (modals, menus, context menus) or without a user.
 */
export function fromApi(i: ApiInteraction): InteractionIn | null {
  const facts = factsOf(i);
  const data = i.data;
  if (!facts || !data) return null;
  if (i.type === T.autocomplete && data.name) {
    const focused = data.options?.find((o) => o.focused);
    return { kind: 'autocomplete', facts, command: data.name, focused: { name: focused?.name ?? '', value: String(focused?.value ?? '') } };
  }
  if (i.type === T.command && data.name && (data.type ?? CHAT_INPUT) === CHAT_INPUT) {
    const options: OptionValues = {};
    for (const o of data.options ?? []) options[o.name] = o.value;
    return { kind: 'command', facts, command: data.name, options };
  }
  if (i.type === T.component && data.component_type === BUTTON && data.custom_id !== undefined) return { kind: 'button', facts, customId: data.custom_id };
  return null;
}
