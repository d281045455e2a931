import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/index.ts';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import { TELEGRAM_RULES } from '../fakes/telegram-limits.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { scratchEnv, startCli, waitFor, waitForBot } from '../helpers/cli.ts';
import { irccBodyWith, ROUND_438 } from '../helpers/ircc-file.ts';
import { silentLogger } from '../helpers/stores.ts';
import { chatSubscription } from '../helpers/subscriptions.ts';

/**
 * A draw day on one machine: hundreds of people type commands in the same second while the bot
 * fans out an alert, against a fake Bot API that enforces Telegram's limits (30 messages/s, 1/s
 * per private chat, 20/min per group; a message over a limit is refused with 429).
 */
let tg: FakeTelegram;
let feeds: FeedServer;
beforeAll(async () => {
  tg = await startFakeTelegram({ limits: TELEGRAM_RULES });
  feeds = await startFeedServer();
});
afterAll(async () => {
  await tg.close();
  await feeds.close();
});

const USERS = Array.from({ length: 500 }, (_, i) => 1 + i);

/** What each user types, and what the answer must say. */
function commandOf(userId: number): { text: string; expect: RegExp } {
  switch (userId % 3) {
    case 0:
      return { text: '/latest cec', expect: /#436[\s\S]*523/ };
    case 1:
      return { text: `/notify ${480 + (userId % 40)} cec`, expect: new RegExp(`I will ping you by direct message when a draw of CEC has a cutoff at or below ${480 + (userId % 40)}`) };
    default:
      return { text: '/history', expect: /#437 · Aug 19, 2026 · French · CRS 382/ };
  }
}

/** When the fake accepted each message sent to a chat. */
const sentAt = (chatIds: Set<number>) => tg.calls.filter((c) => c.method === 'sendMessage' && chatIds.has(Number(c.params['chat_id']))).map((c) => c.at);

async function startBot(env: Record<string, string>) {
  const bot = startCli(['run'], env);
  await waitFor(() => tg.callsOf('setMyCommands').length >= 2 && tg.callsOf('getUpdates').length > 0, 30_000, 'commands registered and long polling');
  return bot;
}

function sendBurst(): void {
  for (const id of USERS) tg.sendText({ chat: { id, type: 'private' }, from: { id, first_name: `u${id}` }, text: commandOf(id).text });
}

function expectEachAnsweredOnce(): void {
  for (const id of USERS) {
    const sent = tg.sent(id);
    expect(sent, `user ${id}`).toHaveLength(1);
    expect(sent[0]?.text, `user ${id}`).toMatch(commandOf(id).expect);
  }
}

describe('a draw-day rush through the real `run` process', () => {
  it('answers 500 users who write in the same second, each once and correctly, without a single 429, while one user floods /chart', async () => {
    const { env } = scratchEnv([], { TELEGRAM_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot });
    const bot = await startBot(env);
    const SPAMMER = 9_000;
    try {
      for (let i = 0; i < 25; i++) tg.sendText({ chat: { id: SPAMMER, type: 'private' }, from: { id: SPAMMER }, text: '/chart cec 1y' });
      sendBurst();
      await waitForBot(
        bot,
        () => USERS.every((id) => tg.sent(id).length > 0) && tg.sent(SPAMMER).length >= 11,
        120_000,
        'an answer for every user',
        () => `${USERS.filter((id) => tg.sent(id).length > 0).length}/${USERS.length} users answered`,
      );
    } finally {
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    }
    expectEachAnsweredOnce();
    // The default rate (10 commands in 30 s): ten charts, one "slow down", then silence.
    const spam = tg.sent(SPAMMER);
    expect(spam.map((m) => m.method)).toEqual([...Array<string>(10).fill('sendPhoto'), 'sendMessage']);
    expect(spam.at(-1)?.text).toMatch(/^Slow down a little/);
    expect(tg.violations).toEqual([]);
    expect(tg.tooManyRequests()).toBe(0);
  }, 180_000);

  it('lets the replies overtake an alert being fanned out to 1,000 subscribers, and still delivers every alert once', async () => {
    const subscribers = Array.from({ length: 1000 }, (_, i) => 100_001 + i);
    const { env } = scratchEnv([{ id: 'ircc', kind: 'ircc-json', url: feeds.url('/ircc.json'), schedule: '*/2 * * * * *', timeoutMs: 3000 }], {
      TELEGRAM_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
    });
    feeds.route('/ircc.json', { body: irccBodyWith() });
    const stores = await openStores(env['STORE_URL'] ?? '', silentLogger);
    await stores.subscriptions.putChats(subscribers.map((id) => chatSubscription(String(id), { createdBy: String(id), createdAt: new Date().toISOString() })));
    await stores.close();
    const before = tg.calls.length;
    const bot = await startBot(env);
    const alerted = new Set(subscribers);
    try {
      feeds.route('/ircc.json', { body: irccBodyWith({ ...ROUND_438, drawDate: new Date().toISOString().slice(0, 10) }) });
      await waitFor(() => subscribers.filter((id) => tg.sent(id).length > 0).length >= 60, 60_000, 'the fan-out under way');
      sendBurst();
      await waitForBot(
        bot,
        () => USERS.every((id) => tg.sent(id).length > 1) && subscribers.every((id) => tg.sent(id).length > 0),
        150_000,
        'every reply and every alert',
        () => `${USERS.filter((id) => tg.sent(id).length > 1).length}/${USERS.length} replies, ${subscribers.filter((id) => tg.sent(id).length > 0).length}/${subscribers.length} alerts`,
      );
    } finally {
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    }
    for (const id of subscribers) {
      expect(tg.sent(id), `subscriber ${id}`).toHaveLength(1);
      expect(tg.sent(id)[0]?.text).toMatch(/503[\s\S]*2,500|2,500[\s\S]*503/);
    }
    for (const id of USERS) {
      const [, reply] = tg.sent(id);
      expect(tg.sent(id), `user ${id}`).toHaveLength(2);
      expect(reply?.text, `user ${id}`).toMatch(commandOf(id).expect);
    }
    const lastReply = Math.max(...sentAt(new Set(USERS)));
    const lastAlert = Math.max(...sentAt(alerted));
    expect(lastReply).toBeLessThan(lastAlert);
    expect(tg.calls.slice(before).filter((c) => c.method === 'sendMessage').length).toBe(1000 + 500);
    expect(tg.violations).toEqual([]);
    expect(tg.tooManyRequests()).toBe(0);
  }, 240_000);
});
