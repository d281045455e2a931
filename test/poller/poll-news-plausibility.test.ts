import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceSchema, type SourceConfig } from '../../src/config/sources.ts';
import { pollOnce, type PollDeps } from '../../src/poller/poll-once.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { rssFeed, type FeedEntry } from '../helpers/feeds.ts';
import { irccBodyWith, irccRound, ROUND_438 } from '../helpers/ircc-file.ts';
import { seededDeps } from '../helpers/stores.ts';
import { captureLogger, type LogLine } from '../helpers/capture-logger.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => server.close());

const NOW = new Date('2026-11-20T18:00:00Z');
let paths = 0;
function feedOf(id: string, entries: FeedEntry[]): SourceConfig {
  const path = `/plausible-${++paths}.xml`;
  server.route(path, { body: rssFeed(entries) });
  return sourceSchema.parse({ id, kind: 'rss', url: server.url(path), timeoutMs: 3000 });
}
function irccOf(body: string): SourceConfig {
  const path = `/plausible-${++paths}.json`;
  server.route(path, { body });
  return sourceSchema.parse({ id: 'ircc', kind: 'ircc-json', url: server.url(path), timeoutMs: 3000 });
}

interface Facts {
  date: string;
  program: string;
  invitations: string;
  crs: number;
  round?: string;
}
/** An article in our own words announcing a round with the given facts. */
function article({ date, program, invitations, crs, round }: Facts, link = server.url(`/articles/${date}-${crs}.html`)): FeedEntry {
  const long = new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  return {
    title: `Express Entry draw: ${invitations} candidates invited`,
    link,
    published: `${date}T16:30:00Z`,
    html: `<p>Immigration, Refugees and Citizenship Canada held a new Express Entry round on ${long}.</p>
<p>The department issued ${invitations} invitations to apply to candidates in the ${program}${round ? ` in round #${round}` : ''}. The lowest-ranked candidate invited had a CRS score of ${crs}.</p>`,
  };
}
const CEC = { date: '2026-11-20', program: 'Canadian Experience Class', invitations: '2,500', crs: 503 };

async function depsWithLog(now = NOW): Promise<{ deps: PollDeps; stores: Awaited<ReturnType<typeof seededDeps>>['stores']; warnings: () => LogLine[] }> {
  const { stores, deps } = await seededDeps(() => now);
  const { logger, warnings } = captureLogger();
  return { stores, deps: { ...deps, logger }, warnings };
}

describe('a news report alerts only when it is plausible against what the bot knows', () => {
  it('announces a plausible report (the control)', async () => {
    const { deps } = await depsWithLog();
    const r = await pollOnce([feedOf('site', [article({ ...CEC, round: '438' })])], deps);
    expect(r.events.map((e) => [e.kind, e.draw.drawNumber, e.draw.minCrs])).toEqual([['new', '438', 503]]);
  });

  it.each([
    ['a round number IRCC already used', { ...CEC, round: '420' }, /#420 .*not after .*#437/],
    ['a cut-off no CEC round came near', { ...CEC, crs: 950 }, /cut-off 950 is outside what cec rounds have had in the year before it/],
    ['more invitations than any PNP round, twice over', { ...CEC, program: 'Provincial Nominee Program', invitations: '9,000', crs: 750 }, /9,000 invitations .*pnp .*118–2,985/],
    ['a program IRCC has never held a round for', { ...CEC, program: 'Researchers' }, /no researchers round is known/],
  ])('holds a report with %s, logs why, and alerts nothing', async (_what, facts, reason) => {
    const { stores, deps, warnings } = await depsWithLog();
    const r = await pollOnce([feedOf('site', [article(facts)])], deps);
    expect(r.events).toEqual([]);
    expect(await stores.news.pending()).toHaveLength(1);
    expect(warnings().map((w) => w.msg)).toEqual([expect.stringMatching(reason)]);
    expect(warnings()[0]).toMatchObject({ source: 'site' });
  });

  it('holds a report dated before the latest known round of its program', async () => {
    const { stores, deps, warnings } = await depsWithLog();
    await pollOnce([irccOf(irccBodyWith(irccRound({ ...ROUND_438, drawDate: '2026-11-19' })))], deps);
    const r = await pollOnce([feedOf('site', [article({ ...CEC, date: '2026-11-16', crs: 510 })])], deps);
    expect(r.events).toEqual([]);
    expect(await stores.news.pending()).toHaveLength(1);
    expect(warnings().map((w) => w.msg)).toEqual([expect.stringMatching(/2026-11-16, before .*cec round of 2026-11-19/)]);
  });

  it.each([
    ['its program', 'Canadian Experience Class', /1,000 invitations at 523 are the figures of the cec round of 2026-08-18: the same round, misdated;/],
    ['another program', 'all-program draw', /1,000 invitations at 523 are the figures of the cec round of 2026-08-18: the same round, misdated and told as a general round/],
  ])('holds a report with the very figures of a known round nine days before, under %s: that round told late', async (_what, program, reason) => {
    // The stored rounds end with #437; the CEC round #436 of 2026-08-18 invited 1,000 at 523. A page of August 27 telling it
    // as the day's news (real pages have told a round eight days late as "today's") waits for IRCC's file.
    const { stores, deps, warnings } = await depsWithLog(new Date('2026-08-27T18:00:00Z'));
    const r = await pollOnce([feedOf('site', [article({ date: '2026-08-27', program, invitations: '1,000', crs: 523 })])], deps);
    expect(r.events).toEqual([]);
    expect(await stores.news.pending()).toHaveLength(1);
    expect(warnings().map((w) => w.msg)).toEqual([expect.stringMatching(reason)]);
  });

  it('holds a plausible report while another source’s held report of that round disagrees', async () => {
    const { deps } = await depsWithLog();
    expect((await pollOnce([feedOf('a', [article({ ...CEC, crs: 950 })])], deps)).events).toEqual([]);
    expect((await pollOnce([feedOf('b', [article(CEC, server.url('/articles/b.html'))])], deps)).events).toEqual([]);
  });

  it('names an announcement whose facts are incomplete, and keeps nothing', async () => {
    const { stores, deps, warnings } = await depsWithLog();
    const entry = article(CEC);
    const html = entry.html.replace(/The lowest-ranked[^<]*/, '');
    server.route(new URL(entry.link).pathname, { body: `<html><body><article><h1>${entry.title}</h1>${html}</article></body></html>`, headers: { 'content-type': 'text/html' } });
    const r = await pollOnce([feedOf('site', [{ ...entry, html }])], deps);
    expect(server.requests.some((q) => q.path === new URL(entry.link).pathname)).toBe(true);
    expect(r.events).toEqual([]);
    expect(await stores.news.pending()).toEqual([]);
    expect(warnings().map((w) => w.msg)).toEqual([expect.stringMatching(/incomplete \(no cut-off\)/)]);
  });

  it('lets IRCC decide a held report later', async () => {
    const { stores, deps } = await depsWithLog();
    await pollOnce([feedOf('site', [article({ ...CEC, round: '420' })])], deps);
    const official = await pollOnce([irccOf(irccBodyWith(ROUND_438))], deps);
    expect(official.events.map((e) => [e.kind, e.draw.drawNumber, e.draw.status])).toEqual([['new', '438', 'confirmed']]);
    expect(await stores.news.pending()).toEqual([]);
  });
});
