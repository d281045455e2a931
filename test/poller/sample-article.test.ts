import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/config/sources.ts';
import { pollOnce } from '../../src/poller/poll-once.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { runCli, scratchEnv } from '../helpers/cli.ts';
import { rssFeed } from '../helpers/feeds.ts';
import { seededDeps } from '../helpers/stores.ts';

/** The plainly written article of the issue about trusting facts, with its draw on `day`. */
function article(day: string): string {
  return `<p>Immigration, Refugees and Citizenship Canada (IRCC) held another Express Entry round on ${day}. Candidates in the Canadian Experience Class (CEC) received 2,500 invitations to apply for permanent residence.</p>
<p>The lowest-ranked candidate invited had a CRS score of 503. The round came one day after a Provincial Nominee Program draw that invited 640 candidates with scores of at least 741. CEC cut-offs have ranged between 509 and 531 in recent months.</p>`;
}

const longDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => server.close());

describe('the plainly written article, alone in a feed', () => {
  it('is one new CEC draw: its date, 2,500 invitations, cut-off 503 (the day after it was published)', async () => {
    const { deps } = await seededDeps(() => new Date('2026-11-24T15:00:00Z'));
    server.route('/one.xml', { body: rssFeed([{ title: 'CEC draw: 2,500 invitations', link: server.url('/cec-2500'), published: '2026-11-23T20:00:00Z', html: article('November 23, 2026') }]) });
    const result = await pollOnce([sourceSchema.parse({ id: 'news', kind: 'rss', url: server.url('/one.xml'), timeoutMs: 3000 })], deps);
    expect(result.events.map((e) => [e.kind, e.draw.status, e.draw.program, e.draw.date, e.draw.invitations, e.draw.minCrs])).toEqual([['new', 'reported', 'cec', '2026-11-23', 2500, 503]]);
  });

  it('told as "today" in a feed that stamps it on a Toronto evening (already the next day in UTC) is dated the writer\u2019s day', async () => {
    const { deps } = await seededDeps(() => new Date('2026-11-24T15:00:00Z'));
    const today = `<p>IRCC held a Canadian Experience Class draw today, inviting 2,500 candidates with a minimum CRS score of 503.</p>`;
    const feed = rssFeed([{ title: 'CEC draw: 2,500 invitations', link: server.url('/cec-today'), published: '2026-11-24T02:30:00Z', html: today }]).replace(
      /<pubDate>[^<]*<\/pubDate>/,
      '<pubDate>Mon, 23 Nov 2026 21:30:00 -0500</pubDate>',
    );
    server.route('/evening.xml', { body: feed });
    const result = await pollOnce([sourceSchema.parse({ id: 'news', kind: 'rss', url: server.url('/evening.xml'), timeoutMs: 3000 })], deps);
    expect(result.events.map((e) => [e.kind, e.draw.program, e.draw.date, e.draw.invitations, e.draw.minCrs])).toEqual([['new', 'cec', '2026-11-23', 2500, 503]]);
  });

  it('comes out of `poll --once --json` as exactly one `new` line', async () => {
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    server.route('/feed.xml', { body: rssFeed([{ title: 'Express Entry: CEC round', link: server.url('/cec-round'), published: `${day}T20:00:00Z`, html: article(longDate(day)) }]) });
    const { env } = scratchEnv([{ id: 'news', kind: 'rss', url: server.url('/feed.xml'), timeoutMs: 3000 }]);
    const r = await runCli(['poll', '--once', '--json'], env, { timeoutMs: 60_000 });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ event: 'new', status: 'reported', program: 'cec', date: day, invitations: 2500, minCrs: 503 });
  }, 90_000);
});
