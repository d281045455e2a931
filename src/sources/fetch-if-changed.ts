import type { SourceConfig } from '../config/sources.ts';
import type { SourceState } from '../store/source-state-store.ts';
import { fetchConditional } from './http-fetch.ts';
import type { SourceContext } from './types.ts';

export type ChangedBody = { changed: false; state: Partial<SourceState> } | { changed: true; body: string; state: Partial<SourceState> };

/**
 * A source's body when it changed since the last successful read: conditional GET first
 * (ETag / Last-Modified), then the body's hash for servers that send no validators.
 */
export async function fetchIfChanged(source: SourceConfig, state: SourceState, ctx: SourceContext, accept: string): Promise<ChangedBody> {
  const res = await fetchConditional({
    url: source.url,
    userAgent: ctx.userAgent,
    etag: state.etag,
    lastModified: state.lastModified,
    timeoutMs: source.timeoutMs,
    maxBytes: source.maxBytes,
    maxRedirects: 5,
    accept,
    http: ctx.http,
  });
  if (res.status === 'not-modified') return { changed: false, state: {} };
  const validators = { etag: res.etag, lastModified: res.lastModified };
  if (res.hash === state.bodyHash) return { changed: false, state: validators };
  return { changed: true, body: res.body, state: { ...validators, bodyHash: res.hash } };
}
