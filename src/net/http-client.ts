import { Agent, fetch as undiciFetch } from 'undici';
import { createCancellableLookup, type LookupOptions } from './cancellable-lookup.ts';

/** What a source's GET sends beyond its URL. */
export interface HttpRequest {
  headers: Record<string, string>;
  redirect: 'manual';
  signal: AbortSignal;
}

export type HttpResponse = Awaited<ReturnType<typeof undiciFetch>>;

/**
 * The HTTP client the sources use, owned by the app: its connections and DNS lookups end when it
 * is closed, so nothing it started keeps the process alive after the bot has stopped.
 */
export interface HttpClient {
  fetch(url: string, init: HttpRequest): Promise<HttpResponse>;
  /** Cancels DNS lookups under way and drops every connection; later fetches fail. Idempotent. */
  close(): Promise<void>;
}

/** undici's own fetch and Agent (the fetch Node bundles may be another major version of undici). */
export function createHttpClient(opts: { dns?: LookupOptions } = {}): HttpClient {
  const dns = createCancellableLookup(opts.dns);
  const agent = new Agent({ connect: { lookup: dns.lookup } });
  let closed: Promise<void> | null = null;
  return {
    fetch: (url, init) => undiciFetch(url, { ...init, dispatcher: agent }),
    close() {
      closed ??= (async () => {
        dns.cancel();
        await agent.destroy();
      })();
      return closed;
    },
  };
}

let shared: HttpClient | null = null;

/** For callers without an app (tests, one-off checks): one client for the process, never closed. */
export function sharedHttpClient(): HttpClient {
  shared ??= createHttpClient();
  return shared;
}
