import type { PlatformLimits } from '../../delivery/platform-limits.ts';

/**
 * Discord's limits as the lane keeps them: 50 requests in any second for the whole bot
 * (interaction callbacks excepted), 5 messages in any 5 s to one channel (the message bucket
 * Discord announces in its headers, kept exactly, sliding, so a fixed bucket window can never
 * see a sixth). Discord has no per-minute limit per server. discord.js's REST still reads the
 * bucket headers; its own global counter is a fixed window and cannot keep a sliding second
 * under 50 on its own (test/fakes/fake-discord.ts), which is why every message takes a permit here.
 */
export const DISCORD_LIMITS: PlatformLimits = { globalPerSecond: 50, perChat: { size: 5, spanMs: 5_000 }, perGroup: null };

/** Discord's ids are snowflakes (17–20 digits today; 15–21 leaves room); a thread is a channel. */
export const DISCORD_ID_SHAPES = { chat: /^\d{15,21}$/, user: /^\d{15,21}$/, thread: /^\d{15,21}$/ };
