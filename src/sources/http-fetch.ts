import { createHash } from 'node:crypto';
import { sharedHttpClient, type HttpClient, type HttpResponse } from '../net/http-client.ts';
import { retryAfterMs } from './retry-after.ts';

export interface FetchOptions {
  url: string;
  userAgent: string;
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  accept?: string;
  /** The app's client (closed when the app stops); default: one shared by the process. */
  http?: HttpClient;
}

export type FetchResult = { status: 'not-modified'; url: string } | { status: 'ok'; url: string; body: string; hash: string; etag: string | null; lastModified: string | null; contentType: string };

/** A fetch that failed, in words a person reading the log understands. */
export class FetchError extends Error {
  override name = 'FetchError';
  /** How long the server asked us to wait (Retry-After on a 429 or 503), in ms; null when it did not say. */
  readonly retryAfterMs: number | null;
  constructor(
    message: string,
    readonly httpStatus: number | null = null,
    options?: { cause?: unknown; retryAfterMs?: number | null },
  ) {
    super(message, options);
    this.retryAfterMs = options?.retryAfterMs ?? null;
  }
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

async function readCapped(res: HttpResponse, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel();
    throw new FetchError(`the body is ${declared} bytes, over the ${maxBytes}-byte cap`);
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchError(`the body is over the ${maxBytes}-byte cap`);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

/**
 * GET with conditional headers, a User-Agent, a timeout over the whole exchange (body included),
 * a body-size cap and a bounded number of redirects. 304 → not-modified; any other non-2xx throws.
 */
export async function fetchConditional(opts: FetchOptions): Promise<FetchResult> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let url = opts.url;
  const http = opts.http ?? sharedHttpClient();
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = {
        'user-agent': opts.userAgent,
        accept: opts.accept ?? '*/*',
        'accept-encoding': 'gzip, deflate, br',
      };
      if (opts.etag) headers['if-none-match'] = opts.etag;
      if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
      const res = await http.fetch(url, { headers, redirect: 'manual', signal });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const location = res.headers.get('location');
        await res.body?.cancel();
        if (!location) throw new FetchError(`HTTP ${res.status} redirect without a Location header`, res.status);
        if (hop >= opts.maxRedirects) throw new FetchError(`more than ${opts.maxRedirects} redirects`, res.status);
        url = new URL(location, url).toString();
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel();
        return { status: 'not-modified', url };
      }
      if (!res.ok) {
        await res.body?.cancel();
        const wait = res.status === 429 || res.status === 503 ? retryAfterMs(res.headers.get('retry-after'), Date.now()) : null;
        const asked = wait === null ? '' : ` (asks to wait ${Math.round(wait / 1000)} s)`;
        throw new FetchError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${asked}`, res.status, { retryAfterMs: wait });
      }
      const bytes = await readCapped(res, opts.maxBytes);
      const body = new TextDecoder('utf-8').decode(bytes);
      return {
        status: 'ok',
        url,
        body,
        hash: sha256(body),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        contentType: res.headers.get('content-type') ?? '',
      };
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if (signal.aborted) throw new FetchError(`no complete answer within ${Math.round(opts.timeoutMs / 1000)} s`, null, { cause: err });
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchError(`cannot reach ${new URL(url).host}: ${cause?.code ?? cause?.message ?? (err as Error).message}`, null, { cause: err });
  }
}
