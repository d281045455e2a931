import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import { freePort } from '../fakes/loopback.ts';
import { runCli, scratchEnv, startCli, waitFor } from '../helpers/cli.ts';

let tg: FakeTelegram;
beforeAll(async () => {
  tg = await startFakeTelegram();
});
afterAll(async () => tg.close());

const SECRET = 'a-secret_that-is-long-enough';

describe('Telegram updates by webhook', () => {
  it('registers the webhook with its secret, answers updates posted to HTTP_PORT, refuses any without the secret, never long-polls', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/updates`;
    const { env } = scratchEnv([], { TELEGRAM_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot, HTTP_PORT: String(port), TELEGRAM_WEBHOOK_URL: url, TELEGRAM_WEBHOOK_SECRET: SECRET });
    const bot = startCli(['run'], env);
    try {
      await waitFor(() => tg.webhook() !== null, 30_000, 'the webhook registered');
      expect(tg.webhook()).toEqual({ url, secret: SECRET });
      expect(tg.callsOf('setWebhook').at(-1)?.params['allowed_updates']).toEqual(['message', 'channel_post', 'callback_query', 'my_chat_member']);
      let status = 0;
      await waitFor(
        () => {
          void tg.postText({ chat: { id: 31, type: 'private' }, from: { id: 31 }, text: '/latest cec' }).then(
            (s) => (status = s),
            () => undefined,
          );
          return status === 200;
        },
        20_000,
        'the webhook answering',
      );
      await waitFor(() => tg.sent(31).length > 0, 30_000, 'the reply');
      expect(tg.sent(31).at(-1)?.text).toMatch(/523/);
      const before = tg.sent(32).length;
      expect(await tg.postText({ chat: { id: 32, type: 'private' }, from: { id: 32 }, text: '/latest cec', secret: 'wrong-secret-wrong-secret' })).toBe(401);
      expect(tg.sent(32)).toHaveLength(before);
      const doctor = await runCli(['doctor'], env);
      expect(doctor.stdout).toContain(`ok    Telegram webhook: ${url} (0 update(s) waiting)`);
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
    expect(tg.callsOf('getUpdates')).toEqual([]);
  }, 90_000);

  it('refuses a webhook without its secret or without HTTP_PORT, at start, in plain words', async () => {
    const { env } = scratchEnv([], { TELEGRAM_TOKEN: tg.token, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram' });
    const r = await runCli(['run'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/TELEGRAM_WEBHOOK_SECRET is not/);
    expect(r.stderr).toMatch(/HTTP_PORT is not/);
  });
});
