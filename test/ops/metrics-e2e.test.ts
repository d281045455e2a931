import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { freePort } from '../fakes/loopback.ts';
import { scratchEnv, startCli, waitFor } from '../helpers/cli.ts';
import { irccBodyWith, ROUND_438 } from '../helpers/ircc-file.ts';

let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer();
});
afterAll(async () => feeds.close());

/** The value of one series in Prometheus text, or null. */
function value(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
}

describe('/metrics and /healthz of the real `run` process', () => {
  it('move with what the bot does: a poll, a new round, its alert, a command', async () => {
    const port = await freePort();
    feeds.route('/ircc.json', { body: irccBodyWith() });
    const { env } = scratchEnv([{ id: 'ircc', kind: 'ircc-json', url: feeds.url('/ircc.json'), schedule: '*/2 * * * * *', timeoutMs: 3000 }], { HTTP_PORT: String(port) });
    const bot = startCli(['run'], env);
    const get = async (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
    try {
      await waitFor(() => bot.out().includes('Press Ctrl-C to stop.'), 30_000, 'the start');
      feeds.route('/ircc.json', { body: irccBodyWith({ ...ROUND_438, drawDate: new Date().toISOString().slice(0, 10) }) });
      await waitFor(() => /New Express Entry draw: Canadian Experience Class/.test(bot.out()), 20_000, 'the alert on the console');
      bot.child.stdin?.write('/latest cec\n');
      await waitFor(() => (bot.out().match(/#438/g) ?? []).length >= 2, 30_000, 'the /latest answer');
      let text = '';
      await waitFor(
        () => {
          void get('/metrics')
            .then((r) => r.text())
            .then((t) => (text = t))
            .catch(() => undefined);
          return value(text, 'ee_draw_bot_deliveries_total{platform="console",result="sent"}') === 1;
        },
        10_000,
        'the delivery counted',
      );
      expect(value(text, 'ee_draw_bot_polls_total{source="ircc",result="ok"}')).toBeGreaterThanOrEqual(1);
      expect(value(text, 'ee_draw_bot_poll_seconds_count{source="ircc"}')).toBeGreaterThanOrEqual(1);
      expect(value(text, 'ee_draw_bot_draw_events_total{kind="new"}')).toBe(1);
      expect(value(text, 'ee_draw_bot_source_last_success_seconds{source="ircc"}')).toBeGreaterThan(Date.now() / 1000 - 60);
      expect(value(text, 'ee_draw_bot_draws')).toBe(439);
      expect(value(text, 'ee_draw_bot_outbox_pending')).toBe(0);
      expect(value(text, 'ee_draw_bot_platform_up{platform="console"}')).toBe(1);
      expect(value(text, 'ee_draw_bot_commands_total{command="latest",platform="console",result="reply"}')).toBe(1);
      expect(value(text, 'ee_draw_bot_command_seconds_count{command="latest",platform="console"}')).toBe(1);

      const health = await get('/healthz');
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({
        status: 'ok',
        store: { reachable: true },
        sources: [{ id: 'ircc', failures: 0 }],
        outbox: { pending: 0 },
        platforms: [{ name: 'console', state: 'ready' }],
      });
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
  }, 90_000);
});
