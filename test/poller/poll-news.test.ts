import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceSchema, type SourceConfig } from '../../src/config/sources.ts';
import { pollOnce } from '../../src/poller/poll-once.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { waitFor } from '../helpers/cli.ts';
import { atomFeed, freshCecArticle, rssFeed, seedEntries } from '../helpers/feeds.ts';
import { irccBodyWith, ROUND_438 } from '../helpers/ircc-file.ts';
import { seededDeps } from '../helpers/stores.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => server.close());

const NOW = new Date('2026-11-20T18:00:00Z');
const rss = (id: string, path: string, extra: Partial<SourceConfig> = {}): SourceConfig => sourceSchema.parse({ id, kind: 'rss', url: server.url(path), timeoutMs: 3000, ...extra });
const ircc = (path: string): SourceConfig => sourceSchema.parse({ id: 'ircc', kind: 'ircc-json', url: server.url(path), timeoutMs: 3000 });

describe('news feeds', () => {
  it('announces a fresh draw once as `reported`, stays quiet on the seeds and on a second read', async () => {
    const { stores, deps } = await seededDeps(() => NOW);
    server.route('/news.xml', { body: rssFeed([...seedEntries(), freshCecArticle('2026-11-20')]), etag: '"n1"' });
    const first = await pollOnce([rss('cicnews', '/news.xml')], deps);
    expect(first.failures).toEqual([]);
    expect(first.events.map((e) => [e.kind, e.draw.status, e.draw.program, e.draw.date, e.draw.invitations, e.draw.minCrs, e.draw.sources.map((s) => s.id)])).toEqual([
      ['new', 'reported', 'cec', '2026-11-20', 2500, 503, ['cicnews']],
    ]);
    // The seeds' draws were already known from IRCC's history: they gained a source, no event.
    expect((await stores.draws.getByNumber('326'))?.sources.map((s) => s.id)).toContain('cicnews');

    const second = await pollOnce([rss('cicnews', '/news.xml')], deps);
    expect(second.events).toEqual([]);
    expect(server.requestsTo('/news.xml').at(-1)?.headers['if-none-match']).toBe('"n1"');
  });

  it('does not announce twice when a feed rewrites GUIDs and dates, or a second site (Atom) reports it', async () => {
    const { stores, deps } = await seededDeps(() => NOW);
    server.route('/a.xml', { body: rssFeed([freshCecArticle('2026-11-20')]) });
    expect((await pollOnce([rss('site-a', '/a.xml')], deps)).events).toHaveLength(1);
    server.route('/a.xml', { body: rssFeed([{ ...freshCecArticle('2026-11-20'), guid: 'rewritten-guid-7', published: '2026-11-20T19:00:00Z' }]) });
    server.route('/b.xml', { body: atomFeed([freshCecArticle('2026-11-20', 'https://other.example/cec-draw')]) });
    const again = await pollOnce([rss('site-a', '/a.xml'), rss('site-b', '/b.xml')], deps);
    expect(again.events).toEqual([]);
    const draw = (await stores.draws.list()).find((d) => d.date === '2026-11-20');
    expect(draw?.sources.map((s) => s.id).sort()).toEqual(['site-a', 'site-b']);

    server.route('/ircc.json', { body: irccBodyWith(ROUND_438) });
    const official = await pollOnce([ircc('/ircc.json')], deps);
    expect(official.events.map((e) => [e.kind, e.draw.id, e.draw.drawNumber, e.draw.status])).toEqual([['confirmed', draw?.id, '438', 'confirmed']]);
    expect(await stores.draws.count()).toBe(439);
  });

  it('never announces an old article, even about a draw the store does not know', async () => {
    const { deps } = await seededDeps(() => NOW);
    server.route('/old.xml', { body: rssFeed([{ ...freshCecArticle('2026-10-01'), published: '2026-10-01T16:00:00Z' }]) });
    expect((await pollOnce([rss('old', '/old.xml')], deps)).events).toEqual([]);
  });

  it('holds back two reports that disagree, until IRCC speaks', async () => {
    const { stores, deps } = await seededDeps(() => NOW);
    const a = freshCecArticle('2026-11-20', 'https://a.example/x');
    const b = { ...freshCecArticle('2026-11-20', 'https://b.example/y'), title: a.title.replace('503', '513'), html: a.html.replace('503', '513') };
    server.route('/c1.xml', { body: rssFeed([a]) });
    server.route('/c2.xml', { body: rssFeed([b]) });
    const r = await pollOnce([rss('c1', '/c1.xml'), rss('c2', '/c2.xml')], deps);
    expect(r.events).toEqual([]);
    expect(await stores.news.pending()).toHaveLength(2);
    server.route('/ircc2.json', { body: irccBodyWith(ROUND_438) });
    const official = await pollOnce([ircc('/ircc2.json')], deps);
    expect(official.events.map((e) => [e.kind, e.draw.drawNumber])).toEqual([['new', '438']]);
    expect(await stores.news.pending()).toEqual([]);
    expect((await stores.draws.getByNumber('438'))?.sources.map((s) => s.id).sort()).toEqual(['c1', 'ircc']);
  });

  it('reads the article page when the feed carries only a summary', async () => {
    const { deps } = await seededDeps(() => NOW);
    const article = freshCecArticle('2026-11-20', server.url('/articles/cec-503.html'));
    server.route('/articles/cec-503.html', {
      body: `<!doctype html><html><head><title>CEC draw</title></head><body><nav>Home | 1,200 | 2025 draws | 9999 readers</nav>
<article><h1>${article.title}</h1>${article.html}<p>${'More context about Express Entry. '.repeat(20)}</p></article><footer>© 2026 · 15,000 subscribers</footer></body></html>`,
      headers: { 'content-type': 'text/html' },
    });
    server.route('/summary.xml', { body: rssFeed([{ ...article, html: 'IRCC held a new Express Entry draw today. Read more.', summaryOnly: true }]) });
    const r = await pollOnce([rss('summary', '/summary.xml')], deps);
    expect(r.events.map((e) => [e.draw.invitations, e.draw.minCrs])).toEqual([[2500, 503]]);
    expect(server.requests.some((q) => q.path === '/articles/cec-503.html')).toBe(true);
  });

  it('names every broken feed, goes on with the others, and leaves the store unchanged', async () => {
    const { stores, deps } = await seededDeps(() => NOW);
    const before = await stores.draws.list();
    server.route('/slow.xml', { body: rssFeed([freshCecArticle('2026-11-20')]), delayMs: 40_000 });
    server.route('/invalid.xml', { body: '<rss><channel><item><title>broken' });
    server.route('/challenge.xml', { body: '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>', headers: { 'content-type': 'text/html' } });
    server.route('/500.xml', { status: 500, body: 'oops' });
    server.route('/huge.xml', { body: Buffer.alloc(15 * 1024 * 1024, 'a') });
    server.route('/empty.xml', { body: '' });
    server.route('/fine.xml', { body: rssFeed(seedEntries()) });
    const r = await pollOnce(
      [
        rss('slow', '/slow.xml', { timeoutMs: 1000 }),
        rss('invalid', '/invalid.xml'),
        rss('challenge', '/challenge.xml'),
        rss('http500', '/500.xml'),
        rss('huge', '/huge.xml'),
        rss('empty', '/empty.xml'),
        rss('fine', '/fine.xml'),
      ],
      deps,
    );
    // The slow feed answers after 40 s: the poll gave up at the source's timeout and closed the connection first.
    const slow = server.requests.filter((q) => q.path === '/slow.xml');
    expect(slow.length).toBeGreaterThan(0);
    await waitFor(() => slow.every((q) => q.abandoned), 20_000, 'the slow feed\u2019s connection closed by the poll');
    expect(Object.fromEntries(r.failures.map((f) => [f.sourceId, f.message]))).toEqual({
      slow: expect.stringMatching(/no complete answer within 1 s/) as string,
      invalid: expect.stringMatching(/not valid RSS/) as string,
      challenge: expect.stringMatching(/HTML page, not a feed/) as string,
      http500: expect.stringMatching(/HTTP 500/) as string,
      huge: expect.stringMatching(/over the 5000000-byte cap/) as string,
      empty: expect.stringMatching(/empty/) as string,
    });
    expect(r.events).toEqual([]);
    const after = await stores.draws.list();
    expect(after.map((d) => [d.id, d.minCrs, d.invitations, d.date, d.status])).toEqual(before.map((d) => [d.id, d.minCrs, d.invitations, d.date, d.status]));
  });
});
