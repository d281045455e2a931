import { RateLimitError, type RawFile, type REST, type RouteLike } from 'discord.js';
import type { Limiter, Priority } from '../../delivery/limiter.ts';
import type { Logger } from '../../log.ts';

/** One REST call that takes a permit of the lane first. */
export interface PacedRequest {
  method: 'post' | 'patch' | 'delete';
  route: RouteLike;
  body?: unknown;
  files?: RawFile[];
  /** False for interaction callbacks and webhooks, which carry their own token. */
  auth?: boolean;
  /** What the lane counts it against: a channel, or a key of its own (an interaction, a DM being opened). */
  key: string;
  priority: Priority;
  /** Not counted against the global limit (interaction callbacks); still spaced per key. */
  unmetered?: boolean;
  signal?: AbortSignal;
}

export interface PacedRest {
  /** Takes a permit, sends, counts the message until its answer; a 429 pauses the lane (all of it, or the key) and is thrown. */
  once<T>(req: PacedRequest): Promise<T>;
  /** The same, but a 429 is waited out and the call sent again until it is `staleMs` old: a user is waiting for it. */
  retrying<T>(req: PacedRequest, staleMs: number): Promise<T>;
}

/** Where a Discord 429 applies: Discord says it (X-RateLimit-Global), so nothing is guessed. */
export function pauseFor(lane: Limiter, err: RateLimitError, key: string): number {
  const ms = Math.max(1, Math.ceil(err.retryAfter || err.timeToReset));
  lane.pause(err.global ? 'global' : { chatId: key }, ms);
  return ms;
}

/**
 * REST calls for messages that the delivery worker does not already hold a permit for (command
 * replies, follow-ups, opening a DM, a crosspost, a ping's fallback): each takes a permit of the
 * platform's one lane, so the bot stays under 50 requests in any second however many kinds of
 * message go out at once.
 */
export function createPacedRest(rest: REST, lane: Limiter, logger: Logger, now: () => number = Date.now): PacedRest {
  async function once<T>(req: PacedRequest): Promise<T> {
    const permit = await lane.acquire(req.key, false, { priority: req.priority, ...(req.unmetered ? { unmetered: true } : {}), ...(req.signal ? { signal: req.signal } : {}) });
    permit.start();
    try {
      const options = { ...(req.body !== undefined ? { body: req.body } : {}), ...(req.files?.length ? { files: req.files } : {}), auth: req.auth ?? true };
      return (await rest[req.method](req.route, options)) as T;
    } catch (err) {
      if (err instanceof RateLimitError) pauseFor(lane, err, req.key);
      throw err;
    } finally {
      permit.finish();
    }
  }
  return {
    once,
    async retrying<T>(req: PacedRequest, staleMs: number): Promise<T> {
      const since = now();
      for (let tries = 1; ; tries++) {
        try {
          return await once<T>(req);
        } catch (err) {
          if (!(err instanceof RateLimitError)) throw err;
          const waitMs = Math.max(1, Math.ceil(err.retryAfter || err.timeToReset));
          if (now() - since + waitMs > staleMs) throw err;
          logger.warn({ route: req.route, tries, retryAfterMs: waitMs, global: err.global }, 'Discord answered 429; the reply waits and is sent again');
        }
      }
    },
  };
}
