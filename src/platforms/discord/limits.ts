import type { PlatformLimits } from '../../delivery/platform-limits.ts';

/**
 * Discord's limits as the lane sees them: 50 requests a second for the whole bot (interaction
 * callbacks excepted), and about 5 messages per 5 s to one channel (the per-route bucket Discord
 * announces in its headers; the lane keeps a second-based share of it, the REST client reads the rest).
 */
export const DISCORD_LIMITS: PlatformLimits = { globalPerSecond: 50, perChatPerSecond: 5, perGroupPerMinute: 60 };
