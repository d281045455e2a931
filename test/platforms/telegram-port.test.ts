import { Api } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLimiter } from '../../src/delivery/limiter.ts';
import { DeliveryError } from '../../src/delivery/platform-port.ts';
import type { Destination } from '../../src/domain/outbox.ts';
import { escapeHtml, fitHtml, inlineKeyboard, renderHtml } from '../../src/platforms/telegram/render-html.ts';
import { TELEGRAM_LIMITS } from '../../src/platforms/telegram/limits.ts';
import { createTelegramPort } from '../../src/platforms/telegram/telegram-port.ts';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';

let tg: FakeTelegram;
beforeAll(async () => {
  tg = await startFakeTelegram();
});
afterAll(async () => tg.close());

const dest = (chatId: number, extra: Partial<Destination> = {}): Destination => ({ platform: 'telegram', chatId: String(chatId), threadId: null, mentionUserId: null, ...extra });

async function failure(p: Promise<unknown>): Promise<DeliveryError['failure']> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeliveryError);
  return (err as DeliveryError).failure;
}

describe('Telegram rendering', () => {
  it('escapes feed and user text so no tag or entity breaks the message', () => {
    const html = renderHtml({ title: 'Draw <b>#438</b> & more', text: '@everyone <script>alert(1)</script>', fields: [{ name: 'CRS <', value: '503 > 502' }], footer: 'reported by a&b.example' });
    expect(html).toBe('<b>Draw &lt;b&gt;#438&lt;/b&gt; &amp; more</b>\n\n@everyone &lt;script&gt;alert(1)&lt;/script&gt;\n\n<b>CRS &lt;:</b> 503 &gt; 502\n\nreported by a&amp;b.example');
    expect(escapeHtml('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('cuts long messages without breaking an entity or leaving a tag open', () => {
    const long = renderHtml({ title: 'T', text: `${'a&b '.repeat(2000)}` });
    expect(long.length).toBeLessThanOrEqual(4096);
    expect(long.endsWith('…')).toBe(true);
    expect(fitHtml('<b>abcdef</b>', 10)).toBe('<b>ab</b>…');
    expect(fitHtml('x &amp; y', 8)).toBe('x …');
  });

  it('mentions a user with a tg:// link and lays buttons out in rows of three', () => {
    expect(renderHtml({ title: 'Hi' }, { mention: { userId: '42', name: '<Ann>' } })).toBe('<a href="tg://user?id=42">&lt;Ann&gt;</a> <b>Hi</b>');
    const rows = inlineKeyboard({ buttons: ['a', 'b', 'c', 'd'].map((x) => ({ label: x, command: `/subscribe ${x}` })) });
    expect(rows?.map((r) => r.length)).toEqual([3, 1]);
  });
});

describe('Telegram delivery port against the fake Bot API', () => {
  const moves: [string, string][] = [];
  const port = (paidBroadcast = false) =>
    createTelegramPort({
      api: new Api(tg.token, { apiRoot: tg.apiRoot }),
      lane: createLimiter(TELEGRAM_LIMITS),
      paidBroadcast,
      onMigrated: (from, to) => {
        moves.push([from, to]);
        return Promise.resolve();
      },
    });

  it('sends HTML to the right chat and topic, and edits it', async () => {
    const { messageId } = await port().send(dest(5, { threadId: '77' }), { title: 'New draw <CEC>', text: 'cutoff 503' });
    const call = tg.callsOf('sendMessage').at(-1);
    expect(call?.params).toMatchObject({ chat_id: '5', parse_mode: 'HTML', message_thread_id: 77, text: '<b>New draw &lt;CEC&gt;</b>\n\ncutoff 503' });
    await port().edit(dest(5), messageId, { title: 'Confirmed' });
    expect(tg.callsOf('editMessageText').at(-1)?.params).toMatchObject({ chat_id: '5', message_id: Number(messageId), text: '<b>Confirmed</b>' });
  });

  it('classifies 429, 403, chat not found and a missing right for the delivery worker', async () => {
    // A 429 for a chat nothing else was sent to can only be the bot-wide limit…
    tg.fail(601, { kind: '429', retryAfter: 3, times: 1 });
    expect(await failure(port().send(dest(601), { text: 'x' }))).toEqual({ kind: 'rate-limited', retryAfterMs: 3000, scope: 'global' });
    await expect(port().send(dest(601), { text: 'x' })).resolves.toHaveProperty('messageId');
    // …one right after another message to the same chat may be that chat's own limit.
    const p = createTelegramPort({
      api: new Api(tg.token, { apiRoot: tg.apiRoot }),
      lane: createLimiter({ ...TELEGRAM_LIMITS, perChat: { size: 5, spanMs: 1000 } }),
      paidBroadcast: false,
      onMigrated: () => Promise.resolve(),
    });
    (await p.lane.acquire('609', false)).start();
    await p.send(dest(609), { text: 'one' });
    tg.fail(609, { kind: '429', retryAfter: 2, times: 1 });
    (await p.lane.acquire('609', false)).start();
    expect(await failure(p.send(dest(609), { text: 'two' }))).toEqual({ kind: 'rate-limited', retryAfterMs: 2000, scope: 'chat' });
    tg.fail(602, { kind: '403' });
    expect(await failure(port().send(dest(602), { text: 'x' }))).toMatchObject({ kind: 'gone', reason: expect.stringMatching(/blocked/) as string });
    tg.fail(603, { kind: 'not-found' });
    expect(await failure(port().send(dest(603), { text: 'x' }))).toMatchObject({ kind: 'gone', reason: expect.stringMatching(/chat not found/) as string });
    tg.fail(605, { kind: '403', description: 'Forbidden: bot was kicked from the group chat' });
    expect(await failure(port().send(dest(605), { text: 'x' }))).toMatchObject({ kind: 'gone' });
  });

  it('follows a group that became a supergroup: subscriptions move once, the message and later ones go to the new id', async () => {
    tg.fail(-604, { kind: 'migrate', newChatId: -1000604 });
    const p = port();
    expect(await p.send(dest(-604), { text: 'first' })).toEqual({ messageId: expect.any(String) as unknown, chatId: '-1000604' });
    expect(moves).toEqual([['-604', '-1000604']]);
    await p.send(dest(-604), { text: 'second' });
    expect(tg.sent(-1000604).map((m) => m.text)).toEqual(['first', 'second']);
    expect(moves).toHaveLength(1);
  });

  it('marks alerts as paid broadcasts when asked', async () => {
    await port(true).send(dest(606), { text: 'paid' });
    expect(tg.callsOf('sendMessage').at(-1)?.params).toMatchObject({ chat_id: '606', allow_paid_broadcast: true });
    await port(false).send(dest(607), { text: 'free' });
    expect(tg.callsOf('sendMessage').at(-1)?.params).not.toHaveProperty('allow_paid_broadcast');
  });
});

describe('doctor’s Telegram token check', () => {
  it('names the bot for a good token and says why a bad one fails', async () => {
    const { checkTelegramToken } = await import('../../src/platforms/telegram/check-token.ts');
    expect(await checkTelegramToken(tg.token, tg.apiRoot)).toEqual({ ok: true, username: 'ee_draw_test_bot' });
    const bad = await checkTelegramToken('1:wrong', tg.apiRoot);
    expect(bad.ok).toBe(false);
  });
});
