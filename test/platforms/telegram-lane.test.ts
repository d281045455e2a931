import { Api } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLimiter } from '../../src/delivery/limiter.ts';
import { TELEGRAM_LIMITS } from '../../src/platforms/telegram/limits.ts';
import { pacedApi } from '../../src/platforms/telegram/paced-api.ts';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { silentLogger } from '../helpers/stores.ts';

let tg: FakeTelegram;
beforeAll(async () => {
  tg = await startFakeTelegram();
});
afterAll(async () => tg.close());

const arrivals = (chatId: number) => tg.calls.filter((c) => c.method === 'sendMessage' && Number(c.params['chat_id']) === chatId).map((c) => c.at);

describe('command replies through the Telegram lane', () => {
  it('pauses the whole lane for retry_after on a 429 no chat limit explains, and sends the reply again', async () => {
    const lane = createLimiter(TELEGRAM_LIMITS);
    const api = new Api(tg.token, { apiRoot: tg.apiRoot });
    const log = captureLogger();
    api.config.use(pacedApi({ lane, priority: 'reply', logger: log.logger }));
    tg.fail(700, { kind: '429', retryAfter: 2, times: 1 });
    const first = api.sendMessage(700, 'hello');
    // Wait until the lane has taken the 429 in (it says so), then ask for replies to other chats: they must wait out the pause.
    while (!log.warnings().some((l) => l['scope'] === 'global')) await new Promise((r) => setTimeout(r, 5));
    const refusedAt = tg.calls.find((c) => Number(c.params['chat_id']) === 700)?.at ?? 0;
    const others = [701, 702, 703].map((id) => api.sendMessage(id, 'hi'));
    await Promise.all([first, ...others]);
    const firstArrivals = [701, 702, 703].map((id) => arrivals(id)[0] ?? 0);
    for (const at of firstArrivals) expect(at - refusedAt).toBeGreaterThanOrEqual(2_000);
    expect(arrivals(700)).toHaveLength(2);
    expect(tg.sent(700)).toHaveLength(1);
    lane.close();
  });

  it('pauses only the chat when another message just went to it', async () => {
    const lane = createLimiter({ ...TELEGRAM_LIMITS, perChat: { size: 5, spanMs: 1000 } });
    const api = new Api(tg.token, { apiRoot: tg.apiRoot });
    api.config.use(pacedApi({ lane, priority: 'reply', logger: silentLogger }));
    await api.sendMessage(710, 'one');
    tg.fail(710, { kind: '429', retryAfter: 2, times: 1 });
    const again = api.sendMessage(710, 'two');
    while (tg.calls.filter((c) => Number(c.params['chat_id']) === 710).length < 2) await new Promise((r) => setTimeout(r, 5));
    await api.sendMessage(711, 'other chat');
    await again;
    // The other chat was not held up by chat 710's pause: it went before 710's second try.
    expect(arrivals(711)[0]).toBeLessThan(arrivals(710)[2] ?? 0);
    expect(tg.sent(710).map((m) => m.text)).toEqual(['one', 'two']);
    lane.close();
  });
});
