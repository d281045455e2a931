import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceSchema, type SourceConfig } from '../../src/config/sources.ts';
import { pollOnce } from '../../src/poller/poll-once.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { irccBodyWith, irccRound, ROUND_438 } from '../helpers/ircc-file.ts';
import { seededDeps } from '../helpers/stores.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => server.close());

const source = (id: string, path: string): SourceConfig => sourceSchema.parse({ id, kind: 'ircc-json', url: server.url(path), timeoutMs: 2000 });

describe('polling IRCC’s rounds file', () => {
  it('stores a new round as one `new` event, then stays quiet while nothing changes', async () => {
    const { stores, deps } = await seededDeps();
    server.route('/a.json', { body: irccBodyWith(), etag: '"a1"' });
    expect((await pollOnce([source('ircc', '/a.json')], deps)).events).toEqual([]);

    server.route('/a.json', { body: irccBodyWith(ROUND_438), etag: '"a2"' });
    const second = await pollOnce([source('ircc', '/a.json')], deps);
    expect(second.failures).toEqual([]);
    expect(second.events.map((e) => [e.kind, e.draw.drawNumber, e.draw.program, e.draw.invitations, e.draw.minCrs, e.draw.tieBreak, e.draw.status])).toEqual([
      ['new', '438', 'cec', 2500, 503, '2026-11-03T21:15:42Z', 'confirmed'],
    ]);
    expect(await stores.draws.count()).toBe(439);

    const third = await pollOnce([source('ircc', '/a.json')], deps);
    expect(third.events).toEqual([]);
    expect(server.requestsTo('/a.json').at(-1)?.headers['if-none-match']).toBe('"a2"');
  });

  it('recognises an unchanged body by its hash when the server sends no validators', async () => {
    const { deps } = await seededDeps();
    server.route('/nohdr.json', { body: irccBodyWith(ROUND_438) });
    expect((await pollOnce([source('ircc', '/nohdr.json')], deps)).events).toHaveLength(1);
    expect((await pollOnce([source('ircc', '/nohdr.json')], deps)).events).toHaveLength(0);
  });

  it('reports a figure IRCC changed in place as `corrected`, and a name change silently', async () => {
    const { stores, deps } = await seededDeps();
    server.route('/c.json', { body: irccBodyWith(ROUND_438) });
    await pollOnce([source('ircc', '/c.json')], deps);
    server.route('/c.json', { body: irccBodyWith({ ...ROUND_438, drawCRS: '504', drawName: 'Canadian Experience Class (2026)' }) });
    const { events } = await pollOnce([source('ircc', '/c.json')], deps);
    expect(events.map((e) => [e.kind, e.changed, e.previous?.minCrs, e.draw.minCrs])).toEqual([['corrected', ['minCrs'], 503, 504]]);
    expect((await stores.draws.getByNumber('438'))?.programText).toBe('Canadian Experience Class (2026)');
  });

  it.each([
    ['a truncated JSON body', { body: irccBodyWith(ROUND_438).slice(0, 5000) }, /not JSON/],
    ['a 403 HTML page', { status: 403, body: '<html><body>Access Denied</body></html>', headers: { 'content-type': 'text/html' } }, /HTTP 403/],
    ['a 200 HTML challenge page', { body: '<!doctype html><html><title>Just a moment...</title></html>', headers: { 'content-type': 'text/html' } }, /not JSON/],
    ['JSON that is not the rounds file', { body: '{"error":"maintenance"}' }, /not IRCC's rounds file/],
  ])('leaves the store untouched on %s, names the source and backs it off', async (_what, route, message) => {
    const { stores, deps } = await seededDeps();
    const before = await stores.draws.list();
    server.route('/bad.json', route);
    server.route('/good.json', { body: irccBodyWith(ROUND_438) });
    const result = await pollOnce([source('broken', '/bad.json'), source('ircc', '/good.json')], deps);
    expect(result.failures).toEqual([{ sourceId: 'broken', message: expect.stringMatching(message) as string }]);
    expect(result.events.map((e) => e.draw.drawNumber)).toEqual(['438']);
    const after = await stores.draws.list();
    expect(after.filter((d) => d.drawNumber !== '438')).toEqual(before);
    const state = await stores.sources.get('broken');
    expect(state.consecutiveFailures).toBe(1);
    expect(state.backoffUntil).not.toBeNull();
    const skipped = await pollOnce([source('broken', '/bad.json')], deps);
    expect(skipped.skipped).toEqual(['broken']);
  });

  it('confirms a reported draw instead of announcing it twice', async () => {
    const { stores, deps } = await seededDeps();
    await stores.draws.putMany([
      {
        id: 'news-2026-11-20-cec',
        drawNumber: null,
        date: '2026-11-20',
        program: 'cec',
        programText: 'Canadian Experience Class',
        invitations: 2500,
        minCrs: 503,
        tieBreak: '2026-11-03',
        tieBreakRaw: null,
        drawnAt: null,
        status: 'reported',
        sources: [{ id: 'cicnews', url: 'https://news.example/cec-draw', seenAt: '2026-11-20T15:00:00Z' }],
      },
    ]);
    server.route('/confirm.json', { body: irccBodyWith(ROUND_438) });
    const { events } = await pollOnce([source('ircc', '/confirm.json')], deps);
    expect(events.map((e) => [e.kind, e.draw.id, e.draw.drawNumber, e.draw.status, e.draw.sources.map((s) => s.id)])).toEqual([
      ['confirmed', 'news-2026-11-20-cec', '438', 'confirmed', ['cicnews', 'ircc']],
    ]);
    expect(await stores.draws.count()).toBe(439);
  });

  it('marks a confirmation with different figures as `corrected`', async () => {
    const { stores, deps } = await seededDeps();
    await stores.draws.putMany([
      {
        id: 'news-x',
        drawNumber: null,
        date: '2026-11-19',
        program: 'cec',
        programText: 'CEC',
        invitations: 2500,
        minCrs: 530,
        tieBreak: null,
        tieBreakRaw: null,
        drawnAt: null,
        status: 'reported',
        sources: [{ id: 'site', url: 'https://news.example/x', seenAt: '2026-11-20T15:00:00Z' }],
      },
    ]);
    server.route('/corr.json', { body: irccBodyWith(irccRound({ ...ROUND_438 })) });
    const { events } = await pollOnce([source('ircc', '/corr.json')], deps);
    expect(events.map((e) => [e.kind, e.changed])).toEqual([['corrected', ['date', 'minCrs']]]);
  });
});
