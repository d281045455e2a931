import { CannotSendMessagesToThisUserErrorCodes, DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import { DeliveryError, type DeliveryFailure } from '../../delivery/platform-port.ts';

/** The destination no longer exists for the bot: its subscription is removed. */
const GONE = new Set<number>([RESTJSONErrorCodes.UnknownChannel, RESTJSONErrorCodes.UnknownUser, RESTJSONErrorCodes.UnknownGuild, ...CannotSendMessagesToThisUserErrorCodes]);
/** The bot may not post there for now (a permission or access was taken away): the subscription is paused. */
const FORBIDDEN = new Set<number>([RESTJSONErrorCodes.MissingAccess, RESTJSONErrorCodes.MissingPermissions]);

/** Whether Discord refused a DM because the user does not accept them (50007, 50278): the ping's fallback applies. */
export const dmsClosed = (err: unknown): boolean => err instanceof DiscordAPIError && (CannotSendMessagesToThisUserErrorCodes as readonly unknown[]).includes(err.code);

/** "Missing Permissions (50013)": Discord's own words, short enough for /settings. */
const said = (err: DiscordAPIError): string => `${err.message} (${String(err.code)})`;

/**
 * A discord.js REST error as the delivery worker needs it. Discord says which limit a 429 was
 * (X-RateLimit-Global), so the scope is never guessed: global pauses the whole lane, anything
 * else only that channel. A 401 keeps subscriptions (the token was changed, not the channel).
 */
export function classifyDiscordError(err: unknown): DeliveryFailure {
  if (err instanceof RateLimitError) return { kind: 'rate-limited', retryAfterMs: Math.max(1, Math.ceil(err.retryAfter || err.timeToReset)), scope: err.global ? 'global' : 'chat' };
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : -1;
    if (GONE.has(code)) return { kind: 'gone', reason: said(err) };
    if (FORBIDDEN.has(code)) return { kind: 'forbidden', reason: said(err) };
    if (err.status === 429) return { kind: 'rate-limited', retryAfterMs: 1000, scope: 'chat' };
    if (err.status >= 500 || err.status === 401) return { kind: 'transient', reason: said(err) };
    return { kind: 'rejected', reason: said(err) };
  }
  if (err instanceof HTTPError) return { kind: 'transient', reason: `${err.status} ${err.message}` };
  return { kind: 'transient', reason: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
}

export const toDeliveryError = (err: unknown): DeliveryError => new DeliveryError(classifyDiscordError(err), { cause: err });
