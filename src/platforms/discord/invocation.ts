import { PermissionFlagsBits } from 'discord.js';
import type { CommandInput, Invocation } from '../../commands/handle-command.ts';
import type { ChatRef } from '../../commands/types.ts';
import type { InteractionFacts } from './interaction-in.ts';

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

const has = (bits: bigint, bit: bigint): boolean => (bits & PermissionFlagsBits.Administrator) !== 0n || (bits & bit) === bit;

/** The permissions the bot lacks to post alerts in a channel (a thread needs Send Messages in Threads instead). */
export function missingRights(app: bigint, thread: boolean): string[] {
  return (thread ? THREAD_RIGHTS : ALERT_RIGHTS).filter(([bit]) => !has(app, bit)).map(([, name]) => name);
}

/**
 * Where an interaction came from, in platform-neutral terms. A server channel, thread, forum post
 * or announcement channel is a group whose id is the channel's own (a thread is a channel on
 * Discord); personal pings set there go by DM with the channel as the fallback. A DM is private.
 */
export function chatOf(facts: InteractionFacts): ChatRef {
  const p = facts.place;
  if (p.kind === 'dm') return { platform: 'discord', id: p.channelId, kind: 'private' };
  return { platform: 'discord', id: p.channelId, kind: 'group', pingStyle: 'dm', missingRights: missingRights(p.appPermissions, p.thread) };
}

/**
 * One interaction as an invocation: who, where, in which client language (fr, fr-CA → French),
 * and whether the member may manage this channel's alerts — their permissions in this very
 * channel, as Discord computed them for the interaction: a server may have opened /subscribe to
 * everyone in Integrations, the handler still checks Manage Channels.
 */
export function invocationOf(facts: InteractionFacts, input: CommandInput): Invocation {
  return {
    input,
    chat: chatOf(facts),
    user: { platform: 'discord', id: facts.user.id, name: facts.user.name },
    lang: { client: facts.locale },
    isAdmin: () => Promise.resolve(facts.memberPermissions !== null && has(facts.memberPermissions, PermissionFlagsBits.ManageChannels)),
  };
}
