import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { irccBodyWith, ROUND_438 } from '../helpers/ircc-file.ts';
import { readCsv } from '../helpers/fixtures.ts';
import { atomFeed, freshCecArticle, rssFeed, seedEntries } from '../helpers/feeds.ts';
import { runCli, scratchEnv, startCli, waitFor, waitForBot } from '../helpers/cli.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => server.close());

const ircc = (path: string) => ({ id: 'ircc', kind: 'ircc-json', url: server.url(path), timeoutMs: 3000 });

/** A `run` process's start-up on a busy CI machine (three test files at once, a cold transpile cache) can take tens of seconds. */
const STARTUP_MS = 45_000;
const TEST_MS = 90_000;

describe('ee-draw-bot CLI, end to end', () => {
  it('answers /latest cec from the bundled history in a fresh store', async () => {
    const { env } = scratchEnv([ircc('/none.json')]);
    const r = await runCli(['ask', '/latest cec'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Round: #436/);
    expect(r.stdout).toMatch(/Invitations: 1,000/);
    expect(r.stdout).toMatch(/Minimum CRS: 523/);
  });

  it('polls a new round once, prints it as JSON, then prints nothing; /latest shows it', async () => {
    server.route('/rounds.json', { body: irccBodyWith(ROUND_438), etag: '"r438"' });
    const { env } = scratchEnv([ircc('/rounds.json')]);
    const first = await runCli(['poll', '--once', '--json'], env);
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      event: 'new',
      drawNumber: '438',
      date: '2026-11-20',
      program: 'cec',
      invitations: 2500,
      minCrs: 503,
      tieBreak: '2026-11-03T21:15:42Z',
      status: 'confirmed',
    });
    const second = await runCli(['poll', '--once', '--json'], env);
    expect([second.code, second.stdout]).toEqual([0, '']);
    const latest = await runCli(['ask', '/latest cec'], env);
    expect(latest.stdout).toMatch(/#438/);
    expect(latest.stdout).toMatch(/Minimum CRS: 503/);
  });

  it.each([
    ['truncated JSON', { body: irccBodyWith(ROUND_438).slice(0, 9000) }],
    ['a 403 HTML page', { status: 403, body: '<html>denied</html>', headers: { 'content-type': 'text/html' } }],
  ])('exits 0 on %s, warns naming the source, and leaves the store unchanged', async (_what, route) => {
    server.route('/broken.json', route);
    const { env } = scratchEnv([{ ...ircc('/broken.json'), id: 'ircc-mirror' }]);
    const before = await runCli(['export'], env);
    const r = await runCli(['poll', '--once'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/source ircc-mirror failed/);
    const after = await runCli(['export'], env);
    expect(after.stdout).toBe(before.stdout);
  });

  it('exports the 438 bundled draws, agreeing with IRCC’s record on every field', async () => {
    const { env } = scratchEnv([ircc('/none.json')]);
    const json = await runCli(['export', '--format', 'json'], env);
    const draws = json.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(draws).toHaveLength(438);
    const table = new Map(readCsv('ircc/ee_draws_history.csv').map((r) => [r['draw_number'], r]));
    for (const d of draws) {
      const row = table.get(String(d['drawNumber']));
      expect([d['date'], d['invitations'], d['minCrs'], d['programText'], d['tieBreak']]).toEqual([
        row?.['draw_date'],
        Number(row?.['invitations']),
        Number(row?.['min_crs']),
        row?.['draw_name'],
        row?.['tie_break_utc'] || null,
      ]);
    }
    expect(draws.slice(0, 3).map((d) => d['drawNumber'])).toEqual(['437', '436', '435']);
    const csv = await runCli(['export', '--format', 'csv', '--program', 'canadian experience'], env);
    const rows = csv.stdout.trim().split('\n');
    expect(rows[0]).toBe('drawNumber,date,program,programText,invitations,minCrs,tieBreak,tieBreakRaw,drawnAt,status,sources');
    expect(rows).toHaveLength(68);
    expect(rows[1]).toMatch(/^436,2026-08-18,cec,/);
  });

  it('refuses bad arguments and bad configuration with a clear message and exit 2', async () => {
    const { env } = scratchEnv([ircc('/none.json')]);
    const badFormat = await runCli(['export', '--format', 'xml'], env);
    expect([badFormat.code, badFormat.stderr]).toEqual([2, expect.stringMatching(/--format takes json or csv/) as string]);
    const badEnv = await runCli(['poll', '--once'], { ...env, STORE_URL: 'mysql://nope', POLL_SCHEDULE: 'hourly' });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toMatch(/2 problems/);
    const badSources = scratchEnv([{ id: 'Bad Id', kind: 'ftp', url: 'nope' }]);
    const r = await runCli(['poll', '--once'], badSources.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sources\.0\.id/);
    expect(r.stderr).toMatch(/sources\.0\.kind/);
  });

  it(
    'runs in console mode without tokens, survives an unreachable source, and stops cleanly on SIGTERM',
    async () => {
      const { env } = scratchEnv([{ id: 'ircc', kind: 'ircc-json', url: 'http://127.0.0.1:1/ee_rounds_123_en.json', timeoutMs: 1000 }]);
      const bot = startCli(['run'], env);
      // Start-up (loading the TypeScript sources) is the slow part on a busy machine: the first wait is generous.
      await waitFor(() => /Press Ctrl-C to stop/.test(bot.out()), STARTUP_MS, 'the banner');
      expect(bot.out()).toMatch(/console mode/);
      expect(bot.out()).toMatch(/438 draws loaded/);
      // The first poll comes once the instance holds the poller role, still part of start-up: the same generous wait.
      await waitForBot(bot, () => /source ircc failed/.test(bot.err()), STARTUP_MS, 'the warning about the source');
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(bot.out()).toMatch(/Stopped\./);
    },
    TEST_MS,
  );

  it(
    'prints an alert on the console when a new round appears while running',
    async () => {
      server.route('/live.json', { body: irccBodyWith() });
      const { env } = scratchEnv([{ ...ircc('/live.json'), schedule: '*/1 * * * * *' }]);
      const bot = startCli(['run'], env);
      await waitFor(() => server.requests.some((r) => r.path === '/live.json'), STARTUP_MS, 'the first poll');
      // A round dated today: alerts are only for recent draws.
      const today = new Date().toISOString().slice(0, 10);
      server.route('/live.json', { body: irccBodyWith({ ...ROUND_438, drawDate: today }) });
      await waitFor(() => /New Express Entry draw: Canadian Experience Class/.test(bot.out()), 20_000, 'the alert');
      expect(bot.out()).toMatch(/Invitations: 2,500/);
      bot.child.kill('SIGINT');
      expect(await bot.exited).toBe(0);
      expect(bot.out().match(/New Express Entry draw/g)).toHaveLength(1);
    },
    TEST_MS,
  );

  it('doctor reports the store (missing, then filled) and each source in plain words', async () => {
    server.route('/doc.json', { body: irccBodyWith() });
    const { env } = scratchEnv([ircc('/doc.json')]);
    const before = await runCli(['doctor'], env);
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/no platform token set/);
    expect(before.stdout).toMatch(/WARN {2}store .*: the file .*store\.sqlite does not exist/);
    expect(before.stdout).toMatch(/source ircc: reachable now/);
    await runCli(['poll', '--once'], env);
    const after = await runCli(['doctor'], env);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/ok {4}store .*store\.sqlite, exists\): 438 draws/);
    expect(after.stdout).toMatch(/source ircc: last read /);
    expect(after.stdout).toMatch(/source ircc: reachable now/);
  });
});

describe('ee-draw-bot poll --once with news feeds, end to end', () => {
  const today = new Date().toISOString().slice(0, 10);
  const rssSource = (id: string, path: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'rss', url: server.url(path), timeoutMs: 15_000, ...extra });

  it('prints one `new` (reported) for the fresh article, nothing for the seeds; then nothing; a second site adds nothing; IRCC confirms it', async () => {
    server.route('/feed.xml', { body: rssFeed([...seedEntries(), freshCecArticle(today)]), etag: '"f1"' });
    const { env } = scratchEnv([ircc('/ircc-plain.json'), rssSource('news-one', '/feed.xml')]);
    server.route('/ircc-plain.json', { body: irccBodyWith() });
    const first = await runCli(['poll', '--once', '--json'], env);
    expect(first.code).toBe(0);
    const lines = first.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([expect.objectContaining({ event: 'new', status: 'reported', program: 'cec', date: today, invitations: 2500, minCrs: 503 })]);

    const again = await runCli(['poll', '--once', '--json'], env);
    expect(again.stdout).toBe('');
    expect(server.requestsTo('/feed.xml').at(-1)?.headers['if-none-match']).toBe('"f1"');

    server.route('/atom.xml', { body: atomFeed([freshCecArticle(today, 'https://second.example/story')]) });
    const withAtom = scratchEnv([ircc('/ircc-plain.json'), rssSource('news-one', '/feed.xml'), rssSource('news-two', '/atom.xml')]);
    withAtom.env['STORE_URL'] = env['STORE_URL'] ?? '';
    const second = await runCli(['poll', '--once', '--json'], withAtom.env);
    expect([second.code, second.stdout]).toEqual([0, '']);

    server.route('/ircc-plain.json', { body: irccBodyWith({ ...ROUND_438, drawDate: today }) });
    const confirmed = await runCli(['poll', '--once', '--json'], withAtom.env);
    const events = confirmed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events).toEqual([expect.objectContaining({ event: 'confirmed', drawNumber: '438', status: 'confirmed', minCrs: 503 })]);
    // Four runs of the real command line, each starting Node and opening the store: a busy machine needs more than the default 30 s.
  }, 120_000);

  it('exits 0 with slow, invalid, HTML, 500, 15 MB and empty feeds without waiting for the slow one, naming each, store unchanged', async () => {
    server.route('/e2e-slow.xml', { body: rssFeed([freshCecArticle(today)]), delayMs: 40_000 });
    server.route('/e2e-invalid.xml', { body: '<?xml version="1.0"?><rss><channel><item><title>x</item></rss>' });
    server.route('/e2e-html.xml', { body: '<!doctype html><html><title>Attention Required!</title></html>', headers: { 'content-type': 'text/html' } });
    server.route('/e2e-500.xml', { status: 500, body: 'Internal Server Error' });
    server.route('/e2e-huge.xml', { body: Buffer.alloc(15 * 1024 * 1024, 'x') });
    server.route('/e2e-empty.xml', { body: '' });
    const ids = ['slow', 'invalid', 'html', '500', 'huge', 'empty'];
    const { env } = scratchEnv(ids.map((id) => rssSource(`feed-${id}`, `/e2e-${id}.xml`)));
    const before = await runCli(['export'], env);
    const r = await runCli(['poll', '--once'], env, { timeoutMs: 60_000 });
    expect(r.code).toBe(0);
    // The slow feed answers after 40 s; the poll gave up on it at its own timeout (15 s) and closed the connection first.
    const slow = server.requests.filter((q) => q.path === '/e2e-slow.xml');
    expect(slow.length).toBeGreaterThan(0);
    expect(slow.every((q) => q.abandoned)).toBe(true);
    for (const id of ids) expect(r.stderr).toMatch(new RegExp(`source feed-${id} failed`));
    expect((await runCli(['export'], env)).stdout).toBe(before.stdout);
  }, 90_000);
});
