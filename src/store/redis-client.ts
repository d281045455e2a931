import { createClient, type RedisClientOptions } from '@redis/client';
import type { OutageLog } from './outage-log.ts';
import { StoreError } from './store-error.ts';

export type RedisClient = ReturnType<typeof createClient>;

/** The URL with its password hidden, for messages. */
export { redactUrl } from '../util/redact.ts';
import { redactUrl } from '../util/redact.ts';

/**
 * Client options that bound the first connection: retries until `timeoutMs` has passed, then
 * gives up instead of retrying for ever. After `connected()` a lost connection is retried without
 * end (the store comes back, the bot recovers), and commands issued meanwhile fail at once
 * instead of queueing unseen.
 */
export function boundedRedisOptions(url: string, timeoutMs: number): { options: RedisClientOptions; connected: () => void } {
  const deadline = Date.now() + timeoutMs;
  let up = false;
  const options: RedisClientOptions = {
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: timeoutMs,
      // Before the first connection, the last retry falls on the deadline and then gives up with the socket's own error.
      reconnectStrategy: (retries, cause) => (up ? Math.min(50 * 2 ** retries, 2_000) : Date.now() >= deadline ? cause : Math.min(50 * 2 ** retries, 2_000, deadline - Date.now())),
    },
  };
  return { options, connected: () => (up = true) };
}

/** The plain message for a Redis store that did not answer in time. */
export const unreachableRedis = (url: string, timeoutMs: number, err: unknown): StoreError =>
  new StoreError(`cannot reach the Redis store ${redactUrl(url)} within ${timeoutMs} ms: ${(err as Error).message}`, { cause: err });

/**
 * A connected client, or a StoreError within about `timeoutMs`. Later errors go to `outage` (a
 * client without a listener would crash the process), which also hears when it is ready again.
 */
export async function openRedisClient(url: string, timeoutMs: number, outage: Pick<OutageLog, 'failed' | 'recovered'>): Promise<RedisClient> {
  const bounded = boundedRedisOptions(url, timeoutMs);
  const client = createClient(bounded.options);
  // Errors while opening make the one StoreError below; after that, each goes to the log.
  let opening = true;
  let lastError: Error = new Error('no answer');
  client.on('error', (err: Error) => (opening ? (lastError = err) : outage.failed(err)));
  client.on('ready', () => {
    if (!opening) outage.recovered();
    opening = false;
    bounded.connected();
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(lastError), timeoutMs + 1_000);
  });
  try {
    await Promise.race([client.connect(), late]);
    return client;
  } catch (err) {
    if (client.isOpen) client.destroy();
    throw unreachableRedis(url, timeoutMs, err);
  } finally {
    clearTimeout(timer);
  }
}
