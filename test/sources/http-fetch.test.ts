import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchConditional, FetchError } from '../../src/sources/http-fetch.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => server.close());

const base = { userAgent: 'ee-draw-bot/test (+https://example.org)', timeoutMs: 2000, maxBytes: 1000, maxRedirects: 2 };

describe('fetchConditional', () => {
  it('sends the User-Agent and validators, and reads a 304 as not modified', async () => {
    server.route('/etag', { body: '{"a":1}', etag: '"v1"', lastModified: 'Wed, 19 Aug 2026 12:00:00 GMT' });
    const first = await fetchConditional({ ...base, url: server.url('/etag') });
    expect(first).toMatchObject({ status: 'ok', body: '{"a":1}', etag: '"v1"', lastModified: 'Wed, 19 Aug 2026 12:00:00 GMT' });
    const second = await fetchConditional({ ...base, url: server.url('/etag'), etag: '"v1"', lastModified: 'Wed, 19 Aug 2026 12:00:00 GMT' });
    expect(second.status).toBe('not-modified');
    const last = server.requestsTo('/etag').at(-1);
    expect(last?.headers['user-agent']).toBe(base.userAgent);
    expect(last?.headers['if-none-match']).toBe('"v1"');
    expect(last?.headers['if-modified-since']).toBe('Wed, 19 Aug 2026 12:00:00 GMT');
  });

  it('hashes the body so an unchanged body is recognised without validators', async () => {
    server.route('/plain', { body: 'same' });
    const a = await fetchConditional({ ...base, url: server.url('/plain') });
    const b = await fetchConditional({ ...base, url: server.url('/plain') });
    expect(a.status === 'ok' && b.status === 'ok' && a.hash === b.hash).toBe(true);
  });

  it('refuses an HTTP error with its status', async () => {
    server.route('/forbidden', { status: 403, body: '<html>Access denied</html>', headers: { 'content-type': 'text/html' } });
    await expect(fetchConditional({ ...base, url: server.url('/forbidden') })).rejects.toThrow(/HTTP 403/);
  });

  it('stops reading a body over the cap, declared or not', async () => {
    server.route('/big', { body: 'x'.repeat(5000) });
    await expect(fetchConditional({ ...base, url: server.url('/big') })).rejects.toThrow(/over the 1000-byte cap/);
    server.route('/big-chunked', { body: 'y'.repeat(5000), headers: { 'transfer-encoding': 'chunked' } });
    await expect(fetchConditional({ ...base, url: server.url('/big-chunked') })).rejects.toThrow(/over the 1000-byte cap/);
  });

  it('gives up after the timeout, also when the body stalls', async () => {
    server.route('/slow', { body: 'late', delayMs: 3000 });
    await expect(fetchConditional({ ...base, timeoutMs: 300, url: server.url('/slow') })).rejects.toThrow(/no complete answer within/);
    server.route('/stall', { body: '{"rounds": [1, 2, 3]}', stallBodyMs: 3000 });
    await expect(fetchConditional({ ...base, timeoutMs: 300, url: server.url('/stall') })).rejects.toBeInstanceOf(FetchError);
  });

  it('follows a bounded number of redirects', async () => {
    server.route('/r1', { status: 302, headers: { location: '/r2' } });
    server.route('/r2', { status: 301, headers: { location: server.url('/final') } });
    server.route('/final', { body: 'here' });
    await expect(fetchConditional({ ...base, url: server.url('/r1') })).resolves.toMatchObject({ status: 'ok', body: 'here', url: server.url('/final') });
    server.route('/loop', { status: 302, headers: { location: '/loop' } });
    await expect(fetchConditional({ ...base, url: server.url('/loop') })).rejects.toThrow(/more than 2 redirects/);
  });

  it('names the host it cannot reach', async () => {
    await expect(fetchConditional({ ...base, url: 'http://127.0.0.1:1/x' })).rejects.toThrow(/cannot reach 127\.0\.0\.1:1/);
  });
});
