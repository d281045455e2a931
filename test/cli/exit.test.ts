import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { irccBodyWith } from '../helpers/ircc-file.ts';
import { scratchEnv, startCli, waitFor } from '../helpers/cli.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => server.close());

/** A port nothing listens on right now, for HTTP_PORT (which must be 1–65535). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('ee-draw-bot run stops and exits', () => {
  it('exits 0 within a few seconds of "Stopped." after SIGTERM: a source polled every second, the ops endpoints with a client connected', async () => {
    server.route('/exit.json', { body: irccBodyWith() });
    const port = await freePort();
    const { env } = scratchEnv([{ id: 'ircc', kind: 'ircc-json', url: server.url('/exit.json'), schedule: '* * * * * *', timeoutMs: 3000 }], { HTTP_PORT: String(port) });
    const bot = startCli(['run'], env);
    const polls = () => server.requestsTo('/exit.json').length;
    // Start-up is the slow part on a busy machine: generous, and the test's own limit above it.
    await waitFor(() => polls() >= 2, 45_000, 'two polls');
    // A monitoring client that keeps its connection open between requests.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    let exitedAt = 0;
    const exited = bot.exited.then((code) => {
      exitedAt = Date.now();
      return code;
    });
    bot.child.kill('SIGTERM');
    await waitFor(() => /Stopped\./.test(bot.out()) || exitedAt > 0, 20_000, '"Stopped."');
    const stoppedAt = Date.now();
    expect(await exited).toBe(0);
    expect(exitedAt - stoppedAt).toBeLessThan(3000);
    expect(bot.out()).toMatch(/Stopped\.\n$/);
  }, 90_000);
});
