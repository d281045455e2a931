import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/index.ts';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { freePort } from '../fakes/loopback.ts';
import { scratchEnv, startCli, waitFor } from '../helpers/cli.ts';
import { irccBodyWith, ROUND_438 } from '../helpers/ircc-file.ts';
import { silentLogger } from '../helpers/stores.ts';
import { chatSubscription } from '../helpers/subscriptions.ts';

/**
 * Start-up never waits on the outside world: with Telegram unreachable (a firewall, an outage)
 * the bot polls its sources, keeps the alerts in the outbox, says so in the log, and sends them
 * once Telegram answers; a stop signal is honoured at any moment.
 */
let feeds: FeedServer;
let tg: FakeTelegram | null = null;
beforeAll(async () => {
  feeds = await startFeedServer();
});
afterAll(async () => {
  await tg?.close();
  await feeds.close();
});

const ircc = () => [{ id: 'ircc', kind: 'ircc-json', url: feeds.url('/ircc.json'), schedule: '*/2 * * * * *', timeoutMs: 3000 }];
const irccReads = () => feeds.requestsTo('/ircc.json').length;

async function subscribe(storeUrl: string, chatId: string): Promise<void> {
  const stores = await openStores(storeUrl, silentLogger);
  await stores.subscriptions.putChat(chatSubscription(chatId, { createdBy: '1', createdAt: new Date().toISOString() }));
  await stores.close();
}

describe('Telegram unreachable at start', () => {
  it('polls meanwhile, says it will retry, and alerts once Telegram starts answering on that port', async () => {
    const port = await freePort();
    feeds.route('/ircc.json', { body: irccBodyWith() });
    const { env } = scratchEnv(ircc(), { TELEGRAM_TOKEN: '123456:TEST-token_abc', TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` });
    await subscribe(env['STORE_URL'] ?? '', '501');
    const bot = startCli(['run'], env);
    try {
      // A deadline for the event, not a timing: the CLI loads its sources first, which takes seconds on a busy machine.
      await waitFor(() => /Telegram is unreachable; trying again in \d+ s/.test(bot.err()), 30_000, 'the log line saying Telegram is unreachable');
      const readsBefore = irccReads();
      await waitFor(() => irccReads() > readsBefore, 30_000, 'a poll while Telegram is unreachable');
      feeds.route('/ircc.json', { body: irccBodyWith({ ...ROUND_438, drawDate: new Date().toISOString().slice(0, 10) }) });
      await waitFor(() => /alerts queued/.test(bot.err()) || irccReads() > readsBefore + 1, 30_000, 'the new round read');
      tg = await startFakeTelegram({ port });
      await waitFor(() => (tg?.sent(501).length ?? 0) > 0, 60_000, 'the alert once Telegram answers');
      expect(tg.sent(501)[0]?.text).toMatch(/503/);
      expect(bot.err()).toMatch(/Telegram is reachable again/);
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
    expect(tg.sent(501)).toHaveLength(1);
  }, 150_000);

  it('stops at once on SIGTERM while it is still trying to reach Telegram', async () => {
    const port = await freePort();
    feeds.route('/ircc.json', { body: irccBodyWith() });
    const { env } = scratchEnv(ircc(), { TELEGRAM_TOKEN: '123456:TEST-token_abc', TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` });
    const bot = startCli(['run'], env);
    await waitFor(() => /Telegram is unreachable/.test(bot.err()), 30_000, 'the first failed try');
    bot.child.kill('SIGTERM');
    let code: number | null | undefined;
    void bot.exited.then((c) => (code = c));
    await waitFor(() => code !== undefined, 15_000, 'the exit within 15 s of SIGTERM');
    expect(code).toBe(0);
  }, 60_000);
});
