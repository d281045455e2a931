import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/index.ts';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { freePort } from '../fakes/loopback.ts';
import { TELEGRAM_RULES } from '../fakes/telegram-limits.ts';
import { scratchEnv, startCli, waitFor } from '../helpers/cli.ts';
import { irccBodyWith, irccRound, ROUND_438 } from '../helpers/ircc-file.ts';
import { startPostgres, startRedis, type TestServer } from '../helpers/servers.ts';
import { silentLogger } from '../helpers/stores.ts';
import { chatSubscription } from '../helpers/subscriptions.ts';

/**
 * Two real `run` processes on one Redis, then one PostgreSQL, against a fake Bot API that enforces
 * Telegram's limits and refuses a second long poll (409): one poller, one long poller, one sender.
 */
let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer();
});
afterAll(async () => feeds.close());

const SUBSCRIBERS = Array.from({ length: 300 }, (_, i) => 200_001 + i);
const today = () => new Date().toISOString().slice(0, 10);
const irccRequests = () => feeds.requestsTo('/ircc.json');
const irccReads = () => irccRequests().length;

async function seed(url: string): Promise<void> {
  const stores = await openStores(url, silentLogger);
  const createdAt = new Date().toISOString();
  await stores.subscriptions.importAll({
    chats: SUBSCRIBERS.map((id) => chatSubscription(String(id), { createdBy: 'seed', createdAt })),
    thresholds: [],
  });
  await stores.close();
}

async function healthOf(port: number): Promise<{ roles: string[] } | null> {
  try {
    return (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { roles: string[] };
  } catch {
    return null;
  }
}

/** The instances' health reports once `ready` holds for them (a busy machine may answer a probe late or not at all), or the last ones read after `timeoutMs`. */
async function healthsWhen(ports: readonly number[], ready: (healths: ({ roles: string[] } | null)[]) => boolean, timeoutMs = 30_000): Promise<({ roles: string[] } | null)[]> {
  const start = Date.now();
  for (;;) {
    const healths = await Promise.all(ports.map(healthOf));
    if (ready(healths) || Date.now() - start > timeoutMs) return healths;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each([
  ['Redis', () => startRedis()],
  ['PostgreSQL', () => startPostgres()],
])('two instances on %s', (_engine, startServer: () => Promise<TestServer>) => {
  let server: TestServer;
  let tg: FakeTelegram;
  beforeAll(async () => {
    server = await startServer();
    tg = await startFakeTelegram({ limits: TELEGRAM_RULES });
  });
  afterAll(async () => {
    await tg.close();
    await server.close();
  });

  it('share the work: one fetch a tick, one reply a command, one alert a subscriber, and a survivor after kill -9', async () => {
    feeds.route('/ircc.json', { body: irccBodyWith() });
    await seed(server.url);
    const ports = [await freePort(), await freePort()];
    const bots = ports.map((port, i) => {
      const { env } = scratchEnv([{ id: 'ircc', kind: 'ircc-json', url: feeds.url('/ircc.json'), schedule: '*/2 * * * * *', timeoutMs: 3000 }], {
        STORE_URL: server.url,
        TELEGRAM_TOKEN: tg.token,
        TELEGRAM_API_ROOT: tg.apiRoot,
        HTTP_PORT: String(port),
        INSTANCE_ID: `bot-${i + 1}`,
        LEASE_TTL_MS: '3000',
      });
      return startCli(['run'], env);
    });
    const alive = new Set([0, 1]);
    try {
      await waitFor(() => tg.callsOf('getUpdates').length > 0, 30_000, 'a long poller');
      // At most one fetch of the source a tick between them: the next five fetches fall on five different
      // ticks of the 2 s schedule (two instances polling would fetch twice in one tick, milliseconds apart).
      const start = irccReads();
      await waitFor(() => irccReads() - start >= 5, 30_000, 'five polls');
      const ticks = irccRequests()
        .slice(start, start + 5)
        .map((r) => Math.floor(r.at / 2_000));
      expect(new Set(ticks).size).toBe(5);

      tg.sendText({ chat: { id: 77, type: 'private' }, from: { id: 77 }, text: '/latest cec' });
      await waitFor(() => tg.sent(77).length > 0, 30_000, 'the reply');

      feeds.route('/ircc.json', { body: irccBodyWith({ ...ROUND_438, drawDate: today() }) });
      await waitFor(() => SUBSCRIBERS.every((id) => tg.sent(id).length > 0), 60_000, 'the alert to every subscriber');

      // kill -9 the instance that polls: the other takes over within the lease and alerts the next round once.
      const hasRole = (hs: ({ roles: string[] } | null)[], role: string) => hs.filter((h) => h?.roles.includes(role)).length;
      const healths = await healthsWhen(ports, (hs) => hasRole(hs, 'poller') === 1 && hasRole(hs, 'platform:telegram') === 1);
      const poller = healths.findIndex((h) => h?.roles.includes('poller'));
      expect(poller).toBeGreaterThanOrEqual(0);
      expect(healths.filter((h) => h?.roles.includes('platform:telegram'))).toHaveLength(1);
      bots[poller]?.child.kill('SIGKILL');
      alive.delete(poller);
      await bots[poller]?.exited;
      const survivor = [...alive][0] ?? 0;
      const round439 = irccRound({ drawNumber: '439', drawDate: today(), drawCRS: '498', drawSize: '3,000', drawName: 'Canadian Experience Class' });
      feeds.route('/ircc.json', { body: irccBodyWith(round439, { ...ROUND_438, drawDate: today() }) });
      await waitFor(() => SUBSCRIBERS.every((id) => tg.sent(id).length > 1), 90_000, 'the second alert, from the survivor');
      const [last] = await healthsWhen([ports[survivor] ?? 0], ([h]) => h?.roles.join() === 'platform:telegram,poller');
      expect(last?.roles).toEqual(['platform:telegram', 'poller']);
    } finally {
      for (const i of alive) bots[i]?.child.kill('SIGTERM');
    }
    for (const i of alive) expect(await bots[i]?.exited).toBe(0);
    expect(tg.sent(77)).toHaveLength(1);
    for (const id of SUBSCRIBERS) {
      const texts = tg.sent(id).map((m) => m.text);
      expect(texts, `subscriber ${id}`).toHaveLength(2);
      expect(texts[0]).toMatch(/503/);
      expect(texts[1]).toMatch(/498/);
    }
    expect(tg.violations).toEqual([]);
    expect(tg.tooManyRequests()).toBe(0);
    expect(tg.longPollConflicts()).toBe(0);
  }, 240_000);
});
