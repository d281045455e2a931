import { Routes, type APIChannel, type APIMessage, type REST } from 'discord.js';
import type { Limiter } from '../../delivery/limiter.ts';
import type { PlatformPort, Sent } from '../../delivery/platform-port.ts';
import type { Destination } from '../../domain/outbox.ts';
import type { Logger } from '../../log.ts';
import type { Reply } from '../../reply/reply.ts';
import { dmsClosed, toDeliveryError } from './classify-error.ts';
import type { PacedRest } from './paced-rest.ts';
import { renderMessage } from './render-message.ts';

export interface DiscordPortDeps {
  /** discord.js's REST, rejecting on rate limits and never retrying by itself. */
  rest: REST;
  /** The platform's one outbound lane (shared with command replies). */
  lane: Limiter;
  /** For the requests the worker holds no permit for: opening a DM, a ping's fallback, a crosspost. */
  paced: PacedRest;
  /** Whether a channel is an announcement channel (its alerts are crossposted to the servers following it). */
  isAnnouncement(channelId: string): boolean;
  logger: Logger;
}

/**
 * Delivery through Discord's REST, once per destination whatever the number of shards. The worker
 * holds a permit for the message itself; every other request here takes its own. A personal ping
 * goes by DM (the DM channel opened once and remembered, and returned as where the message went,
 * so edits go there); when the user's DMs are closed it becomes a mention in the channel where
 * /notify was set, never both. In an announcement channel the alert is then crossposted.
 */
export function createDiscordPort(deps: DiscordPortDeps): PlatformPort {
  const { rest, paced, logger } = deps;
  const dmChannels = new Map<string, string>();

  async function post(channelId: string, reply: Reply, mentionUserId: string | null = null): Promise<APIMessage> {
    const { body, files } = renderMessage(reply, { mentionUserId });
    return (await rest.post(Routes.channelMessages(channelId), { body, ...(files.length ? { files } : {}) })) as APIMessage;
  }

  async function dmChannelOf(userId: string): Promise<string> {
    const known = dmChannels.get(userId);
    if (known) return known;
    const channel = await paced.once<APIChannel>({ method: 'post', route: Routes.userChannels(), body: { recipient_id: userId }, key: `dm-open:${userId}`, priority: 'alert' });
    dmChannels.set(userId, channel.id);
    return channel.id;
  }

  /** A crosspost has its own bucket of about 10 an hour per channel: never waited on, a refusal only logged. */
  function crosspost(channelId: string, messageId: string): void {
    paced.once({ method: 'post', route: Routes.channelMessageCrosspost(channelId, messageId), key: `crosspost:${channelId}`, priority: 'alert' }).then(
      () => logger.debug({ channel: channelId, message: messageId }, 'alert crossposted'),
      (err: unknown) => logger.warn({ channel: channelId, message: messageId, err }, 'the alert could not be crossposted to the servers following this channel'),
    );
  }

  async function sendDm(dest: Destination & { dm: NonNullable<Destination['dm']> }, reply: Reply): Promise<Sent> {
    const userId = dest.chatId;
    const channelId = await dmChannelOf(userId);
    try {
      const msg = await post(channelId, reply);
      return { messageId: msg.id, chatId: channelId };
    } catch (err) {
      const fallback = dest.dm.fallback;
      if (!dmsClosed(err) || !fallback) throw err;
      // Nothing reached the user: the mention in the channel is the one message they get.
      const target = fallback.threadId ?? fallback.chatId;
      const msg = await paced.once<APIMessage>({ method: 'post', route: Routes.channelMessages(target), ...renderMessage(reply, { mentionUserId: userId }), key: target, priority: 'alert' });
      logger.info({ user: userId, channel: target }, 'DMs closed: the ping went to the channel where /notify was set, as a mention');
      return { messageId: msg.id, chatId: target };
    }
  }

  return {
    name: 'discord',
    lane: deps.lane,
    // Discord has no per-server minute limit: every channel is limited alike.
    isGroup: () => false,
    async send(dest, reply) {
      try {
        if (dest.dm) return await sendDm({ ...dest, dm: dest.dm }, reply);
        // A thread is a channel of its own; an imported record may name it as its parent's thread.
        const target = dest.threadId ?? dest.chatId;
        const msg = await post(target, reply, dest.mentionUserId);
        if (!dest.mentionUserId && deps.isAnnouncement(target)) crosspost(target, msg.id);
        return target === dest.chatId ? { messageId: msg.id } : { messageId: msg.id, chatId: target };
      } catch (err) {
        throw toDeliveryError(err);
      }
    },
    async edit(dest, messageId, reply) {
      // Only the card changes; the mention line stays as sent, and an edit never pings.
      const { body, files } = renderMessage(reply);
      try {
        await rest.patch(Routes.channelMessage(dest.threadId ?? dest.chatId, messageId), {
          body: { embeds: body.embeds ?? [], allowed_mentions: body.allowed_mentions },
          ...(files.length ? { files } : {}),
        });
      } catch (err) {
        throw toDeliveryError(err);
      }
    },
  };
}
