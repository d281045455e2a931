import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { freePort } from '../fakes/loopback.ts';
import { scratchEnv, startCli, waitFor, waitForBot } from '../helpers/cli.ts';
import { irccBodyWith, ROUND_438 } from '../helpers/ircc-file.ts';
import { startPostgres, startRedis, type TestServer } from '../helpers/servers.ts';

/**
 * The store goes away mid-run and comes back: the real `run` process says so in its log, answers
 * /healthz with 503 meanwhile, does not crash, and carries on without a restart — a round seen after
 * the store is back is alerted.
 */
let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer();
});
afterAll(async () => feeds.close());

// The scenario: the store away for 20 s mid-run.
const OUTAGE_MS = 20_000;

describe.each([
  ['Redis', () => startRedis()],
  ['PostgreSQL', () => startPostgres()],
])('%s going away for a while', (_engine, startServer: () => Promise<TestServer>) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server.close());

  it('503 on /healthz meanwhile, no crash, recovery without a restart', async () => {
    const port = await freePort();
    feeds.route('/ircc.json', { body: irccBodyWith() });
    const { env } = scratchEnv([{ id: 'ircc', kind: 'ircc-json', url: feeds.url('/ircc.json'), schedule: '*/2 * * * * *', timeoutMs: 3000 }], {
      STORE_URL: server.url,
      HTTP_PORT: String(port),
      STORE_CONNECT_TIMEOUT_MS: '1000',
      LEASE_TTL_MS: '3000',
      LOG_LEVEL: 'info',
    });
    const bot = startCli(['run'], env);
    let status = 0;
    let consoleState = '';
    const health = () => {
      void fetch(`http://127.0.0.1:${port}/healthz`)
        .then(async (r) => {
          status = r.status;
          const report = (await r.json()) as { platforms?: { name: string; state: string }[] };
          consoleState = report.platforms?.find((p) => p.name === 'console')?.state ?? '';
        })
        .catch(() => (status = -1));
      return status;
    };
    try {
      // Mid-run: the store goes away once start-up is over, the console's subscription written (on a slow machine that
      // can take longer than /healthz's first 200; a console still subscribing would miss the draw that follows).
      await waitForBot(bot, () => health() === 200 && consoleState === 'ready', 30_000, 'healthy at start, the console subscribed');
      await server.stop();
      const down = Date.now();
      await waitForBot(bot, () => health() === 503, 30_000, '/healthz 503 while the store is away');
      await waitFor(() => Date.now() - down >= OUTAGE_MS, OUTAGE_MS + 2_000, 'the outage');
      expect(bot.child.exitCode).toBeNull();
      await server.start();
      await waitForBot(bot, () => health() === 200, 30_000, 'healthy again without a restart');
      feeds.route('/ircc.json', { body: irccBodyWith({ ...ROUND_438, drawDate: new Date().toISOString().slice(0, 10) }) });
      await waitForBot(bot, () => /New Express Entry draw: Canadian Experience Class/.test(bot.out()), 30_000, 'the alert after the store came back');
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
    // Clear errors, not a storm: a handful of lines for a 20 s outage.
    const lines = bot
      .err()
      .split('\n')
      .filter((l) => /"level":(40|50)/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(60);
  }, 150_000);
});
