import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import { freePort } from '../fakes/loopback.ts';
import { scratchEnv, startCli, waitFor } from '../helpers/cli.ts';
import { startRedis, type TestServer } from '../helpers/servers.ts';

const SECRET = 'shared-webhook-secret-0123456789';

/** Telegram's webhook behind a load balancer: every instance takes updates, one sends the replies. */
let tg: FakeTelegram;
let redis: TestServer;
beforeAll(async () => {
  [tg, redis] = await Promise.all([startFakeTelegram(), startRedis()]);
});
afterAll(async () => {
  await Promise.all([tg.close(), redis.close()]);
});

/** The roles an instance holds, or null while its HTTP port does not answer yet. */
async function roles(port: number): Promise<string[] | null> {
  try {
    return ((await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { roles: string[] }).roles;
  } catch {
    return null;
  }
}

async function post(port: number, update: unknown, secret = SECRET): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/telegram/updates`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
    body: JSON.stringify(update),
  });
  await res.arrayBuffer();
  return res.status;
}

const command = (updateId: number, userId: number, text: string) => ({
  update_id: updateId,
  message: {
    message_id: updateId,
    date: Math.floor(Date.now() / 1000),
    chat: { id: userId, type: 'private' },
    from: { id: userId, is_bot: false, first_name: 'u' },
    text,
    entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 0 }],
  },
});

describe('two instances serving one Telegram webhook', () => {
  it('answer an update that reached either of them, once, from the instance that runs Telegram', async () => {
    const ports = [await freePort(), await freePort()];
    const bots = ports.map((port, i) => {
      const { env } = scratchEnv([], {
        STORE_URL: redis.url,
        TELEGRAM_TOKEN: tg.token,
        TELEGRAM_API_ROOT: tg.apiRoot,
        HTTP_PORT: String(port),
        // The URL Telegram is given (a load balancer's); each instance serves its path.
        TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${ports[0] ?? 0}/telegram/updates`,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        INSTANCE_ID: `hook-${i + 1}`,
        LEASE_TTL_MS: '3000',
      });
      return startCli(['run'], env);
    });
    try {
      let runs = -1;
      await waitFor(
        () => {
          void Promise.all(ports.map(roles)).then((r) => (runs = r.every((x) => x !== null) ? r.findIndex((x) => x?.includes('platform:telegram')) : -1));
          return runs >= 0 && tg.webhook() !== null;
        },
        30_000,
        'both instances answering, one running Telegram, the webhook registered',
      );
      const other = ports[1 - runs] ?? 0;
      expect(await post(other, command(901, 41, '/latest cec'), 'not-the-secret-at-all-0000')).toBe(401);
      expect(await post(other, command(902, 42, '/latest cec'))).toBe(200);
      expect(await post(ports[runs] ?? 0, command(903, 43, '/latest cec'))).toBe(200);
      await waitFor(() => tg.sent(42).length > 0 && tg.sent(43).length > 0, 20_000, 'both replies');
    } finally {
      for (const b of bots) b.child.kill('SIGTERM');
    }
    for (const b of bots) expect(await b.exited).toBe(0);
    expect(tg.sent(41)).toEqual([]);
    expect(tg.sent(42)).toHaveLength(1);
    expect(tg.sent(42)[0]?.text).toMatch(/523/);
    expect(tg.sent(43)).toHaveLength(1);
    expect(tg.callsOf('getUpdates')).toEqual([]);
  }, 90_000);
});
