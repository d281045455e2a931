import { DefaultRestOptions, REST } from 'discord.js';

export interface RestClientOptions {
  /** DISCORD_API_ROOT: REST base URL without the version (tests: a fake on loopback). */
  apiRoot?: string | undefined;
}

/**
 * discord.js's REST as this bot uses it: no request is ever sent behind our back. A 429, or a
 * bucket discord.js would wait out, rejects with a RateLimitError instead of being retried or
 * slept on inside the library, and a network error is not retried: the lane (and the delivery
 * worker) own pacing and retries, so every request that goes out went through a permit.
 */
export const restOptions = (opts: RestClientOptions) => ({ api: opts.apiRoot ?? DefaultRestOptions.api, rejectOnRateLimit: () => true, retries: 0 });

export const createRestClient = (token: string, opts: RestClientOptions = {}): REST => new REST(restOptions(opts)).setToken(token);
