import { PermissionFlagsBits, type ButtonInteraction, type ChatInputCommandInteraction, type PermissionsBitField } from 'discord.js';
import type { CommandInput, Invocation } from '../../commands/handle-command.ts';
import type { ChatRef } from '../../commands/types.ts';

/** What the bot needs in a channel to post an alert there, as Discord's settings name it. */
const ALERT_RIGHTS: readonly [bigint, string][] = [
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
];
const THREAD_RIGHTS: readonly [bigint, string][] = [
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessagesInThreads, 'Send Messages in Threads'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
];

/** The permissions the bot lacks to post alerts in a channel (a thread needs Send Messages in Threads instead). */
export function missingRights(app: Readonly<PermissionsBitField>, thread: boolean): string[] {
  return (thread ? THREAD_RIGHTS : ALERT_RIGHTS).filter(([bit]) => !app.has(bit)).map(([, name]) => name);
}

type CommandInteraction = ChatInputCommandInteraction | ButtonInteraction;

/**
 * Where an interaction came from, in platform-neutral terms. A server channel, thread, forum post
 * or announcement channel is a group whose id is the channel's own (a thread is a channel on
 * Discord); personal pings set there go by DM with the channel as the fallback. A DM is private.
 */
export function chatOf(i: CommandInteraction): ChatRef {
  if (!i.inGuild()) return { platform: 'discord', id: i.channelId ?? i.user.id, kind: 'private' };
  const thread = i.channel?.isThread() ?? false;
  return { platform: 'discord', id: i.channelId, kind: 'group', pingStyle: 'dm', missingRights: missingRights(i.appPermissions, thread) };
}

/** A slash command's options as the neutral handler takes them (typed values; it turns them into the same strings a typed line gives). */
export function optionsInput(i: ChatInputCommandInteraction): CommandInput {
  const options: Record<string, string | number | boolean | undefined> = {};
  for (const o of i.options.data) options[o.name] = o.value;
  return { kind: 'options', name: i.commandName, options };
}

/**
 * One interaction as an invocation: who, where, in which client language (fr, fr-CA → French),
 * and whether the member may manage this channel's alerts — their permissions in this very
 * channel (overwrites included), as Discord computed them for the interaction: a server may have
 * opened /subscribe to everyone in Integrations, the handler still checks Manage Channels.
 */
export function invocationOf(i: CommandInteraction, input: CommandInput): Invocation {
  return {
    input,
    chat: chatOf(i),
    user: { platform: 'discord', id: i.user.id, name: i.user.globalName ?? i.user.username },
    lang: { client: i.locale },
    isAdmin: () => Promise.resolve(i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false),
  };
}
