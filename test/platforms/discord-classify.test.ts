import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../src/delivery/limiter.ts';
import { classifyDiscordError, dmsClosed } from '../../src/platforms/discord/classify-error.ts';
import { DISCORD_LIMITS } from '../../src/platforms/discord/limits.ts';
import { pauseFor } from '../../src/platforms/discord/paced-rest.ts';

const apiError = (status: number, code: number, message: string) =>
  new DiscordAPIError({ code, message }, code, status, 'POST', 'https://discord.test/api/v10/channels/1/messages', { body: {}, files: undefined });
const rateLimit = (global: boolean, retryAfter: number) =>
  new RateLimitError({
    global,
    retryAfter,
    timeToReset: retryAfter,
    limit: 5,
    method: 'POST',
    hash: 'h',
    url: 'u',
    route: '/channels/:id/messages',
    majorParameter: '1',
    sublimitTimeout: 0,
    scope: global ? 'global' : 'user',
  });

describe('Discord errors as the delivery worker needs them', () => {
  it('removes gone destinations, pauses forbidden ones, drops refused messages, retries the rest', () => {
    expect(classifyDiscordError(apiError(404, 10003, 'Unknown Channel'))).toEqual({ kind: 'gone', reason: 'Unknown Channel (10003)' });
    expect(classifyDiscordError(apiError(403, 50007, 'Cannot send messages to this user')).kind).toBe('gone');
    expect(classifyDiscordError(apiError(403, 50278, 'Cannot send messages to this user due to having no mutual guilds')).kind).toBe('gone');
    expect(classifyDiscordError(apiError(403, 50001, 'Missing Access'))).toEqual({ kind: 'forbidden', reason: 'Missing Access (50001)' });
    expect(classifyDiscordError(apiError(403, 50013, 'Missing Permissions')).kind).toBe('forbidden');
    expect(classifyDiscordError(apiError(404, 10008, 'Unknown Message')).kind).toBe('rejected');
    expect(classifyDiscordError(apiError(400, 50035, 'Invalid Form Body')).kind).toBe('rejected');
    expect(classifyDiscordError(apiError(401, 0, '401: Unauthorized')).kind).toBe('transient');
    expect(classifyDiscordError(new HTTPError(502, 'Bad Gateway', 'POST', 'u', { body: {}, files: undefined })).kind).toBe('transient');
    expect(classifyDiscordError(new Error('ECONNRESET')).kind).toBe('transient');
  });

  it('takes a 429’s scope from Discord: global pauses the whole lane, anything else only that channel', () => {
    expect(classifyDiscordError(rateLimit(true, 1200))).toEqual({ kind: 'rate-limited', retryAfterMs: 1200, scope: 'global' });
    expect(classifyDiscordError(rateLimit(false, 800))).toEqual({ kind: 'rate-limited', retryAfterMs: 800, scope: 'chat' });
    const lane = createLimiter(DISCORD_LIMITS);
    try {
      pauseFor(lane, rateLimit(false, 5_000), 'c1');
      expect(lane.chatDelay('c1', false)).toBeGreaterThan(4_000);
      expect(lane.chatDelay('c2', false)).toBe(0);
    } finally {
      lane.close();
    }
  });

  it('knows closed DMs (50007, 50278) from other refusals', () => {
    expect(dmsClosed(apiError(403, 50007, 'Cannot send messages to this user'))).toBe(true);
    expect(dmsClosed(apiError(403, 50278, 'no mutual guilds'))).toBe(true);
    expect(dmsClosed(apiError(403, 50013, 'Missing Permissions'))).toBe(false);
  });
});
