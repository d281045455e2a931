import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceSchema, type SourceConfig } from '../../src/config/sources.ts';
import { backoffMs, retryDelayMs } from '../../src/poller/backoff.ts';
import { pollSource } from '../../src/poller/poll-once.ts';
import { retryAfterMs } from '../../src/sources/retry-after.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { irccBodyWith } from '../helpers/ircc-file.ts';
import { seededDeps } from '../helpers/stores.ts';

const MIN = 60_000;

describe('Retry-After', () => {
  const now = Date.parse('2026-11-20T15:00:00Z');

  it('reads delay-seconds and HTTP-dates, and nothing else', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Fri, 20 Nov 2026 15:10:00 GMT', now)).toBe(10 * MIN);
    expect(retryAfterMs('Friday, 20-Nov-26 15:10:00 GMT', now)).toBe(10 * MIN);
    expect(retryAfterMs('Fri, 20 Nov 2026 14:00:00 GMT', now)).toBe(0);
    for (const junk of [null, '', '-5', '1.5', '5 s', 'soon', 'Nov 2026']) expect(retryAfterMs(junk, now), String(junk)).toBeNull();
  });

  it('lengthens the backoff up to its cap, never shortens it', () => {
    expect(retryDelayMs(1, null)).toBe(backoffMs(1));
    expect(retryDelayMs(1, 10 * MIN)).toBe(10 * MIN);
    expect(retryDelayMs(3, 5_000)).toBe(backoffMs(3));
    expect(retryDelayMs(1, 24 * 60 * MIN)).toBe(30 * MIN);
  });
});

describe('a source that answers 429 or 503 with Retry-After', () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(async () => server.close());

  const source = (path: string): SourceConfig => sourceSchema.parse({ id: 'ircc', kind: 'ircc-json', url: server.url(path), timeoutMs: 2000 });
  const at = (iso: string) => () => new Date(iso);

  /** One failing poll at 15:00; returns how long the source is left alone, in ms, and the logged error. */
  async function waitAfter(path: string, route: Parameters<FeedServer['route']>[1]): Promise<{ waitMs: number; error: string | null }> {
    server.route(path, route);
    const { stores, deps } = await seededDeps(at('2026-11-20T15:00:00Z'));
    const result = await pollSource(source(path), deps);
    expect(result.failures).toHaveLength(1);
    const state = await stores.sources.get('ircc');
    return { waitMs: Date.parse(state.backoffUntil ?? '') - Date.parse('2026-11-20T15:00:00Z'), error: state.lastError };
  }

  it('waits as long as a 429 asks in seconds', async () => {
    const { waitMs, error } = await waitAfter('/429.json', { status: 429, headers: { 'retry-after': '600' } });
    expect(waitMs).toBe(10 * MIN);
    expect(error).toBe('HTTP 429 Too Many Requests (asks to wait 600 s)');
  });

  it('waits until the HTTP-date a 503 gives', async () => {
    const sent = Date.now();
    const inFifteen = new Date(sent + 15 * MIN).toUTCString();
    const { waitMs } = await waitAfter('/503.json', { status: 503, headers: { 'retry-after': inFifteen } });
    // The date is read against the real clock when the answer came, to the second (an HTTP-date has no
    // milliseconds): 15 minutes less the time the poll took, never more, however slow the machine.
    const took = Date.now() - sent;
    expect(waitMs).toBeLessThanOrEqual(15 * MIN);
    expect(waitMs).toBeGreaterThanOrEqual(15 * MIN - took - 1000);
  });

  it('never waits beyond the backoff’s cap, nor less than the backoff', async () => {
    expect((await waitAfter('/day.json', { status: 429, headers: { 'retry-after': '86400' } })).waitMs).toBe(30 * MIN);
    expect((await waitAfter('/soon.json', { status: 503, headers: { 'retry-after': '5' } })).waitMs).toBe(backoffMs(1));
  });

  it('ignores Retry-After on other errors', async () => {
    expect((await waitAfter('/500.json', { status: 500, headers: { 'retry-after': '600' } })).waitMs).toBe(backoffMs(1));
  });

  it('is left alone by scheduled ticks until then, and read again after', async () => {
    server.route('/later.json', { status: 429, headers: { 'retry-after': '600' } });
    const { deps } = await seededDeps(at('2026-11-20T15:00:00Z'));
    await pollSource(source('/later.json'), deps);
    const asked = () => server.requestsTo('/later.json').length;
    const before = asked();
    expect((await pollSource(source('/later.json'), { ...deps, now: at('2026-11-20T15:09:00Z') })).skipped).toEqual(['ircc']);
    expect(asked()).toBe(before);
    server.route('/later.json', { body: irccBodyWith() });
    const after = await pollSource(source('/later.json'), { ...deps, now: at('2026-11-20T15:10:01Z') });
    expect([after.skipped, after.failures]).toEqual([[], []]);
    expect(asked()).toBe(before + 1);
  });
});
