import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { scratchEnv, startCli, waitFor } from '../helpers/cli.ts';
import { irccBodyWith, ROUND_438 } from '../helpers/ircc-file.ts';

let tg: FakeTelegram;
let feeds: FeedServer;
beforeAll(async () => {
  tg = await startFakeTelegram();
  feeds = await startFeedServer();
});
afterAll(async () => {
  await tg.close();
  await feeds.close();
});

const privateChat = (id: number) => ({ id, type: 'private' as const });
const lastText = (chatId: number) => tg.sent(chatId).at(-1)?.text ?? '';

describe('Telegram, end to end: the real `run` process against a fake Bot API', () => {
  it('answers, subscribes, pings the right people once, and stops cleanly', async () => {
    feeds.route('/ircc.json', { body: irccBodyWith() });
    const { env } = scratchEnv([{ id: 'ircc', kind: 'ircc-json', url: feeds.url('/ircc.json'), schedule: '*/2 * * * * *', timeoutMs: 3000 }], {
      TELEGRAM_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
    });
    const bot = startCli(['run'], env);
    try {
      await waitFor(() => tg.callsOf('setMyCommands').length >= 2 && tg.callsOf('getUpdates').length > 0, 20_000, 'commands registered and long polling');
      const menus = tg.callsOf('setMyCommands');
      expect(menus.map((c) => (c.params['language_code'] as string | undefined) ?? 'default').sort()).toEqual(['default', 'fr']);

      tg.sendText({ chat: privateChat(1), from: { id: 1 }, text: '/latest cec' });
      await waitFor(() => tg.sent(1).length > 0, 30_000, 'the /latest reply');
      expect(lastText(1)).toMatch(/#436/);
      expect(lastText(1)).toMatch(/523/);

      const group = { id: -1001, type: 'supergroup' as const, title: 'CEC hopefuls' };
      const other = { id: -1002, type: 'supergroup' as const, title: 'Not admins' };
      tg.setAdmins(-1001, [10]);
      tg.sendText({ chat: group, from: { id: 10 }, text: '/subscribe cec' });
      tg.sendText({ chat: other, from: { id: 11 }, text: '/subscribe@ee_draw_test_bot cec' });
      await waitFor(() => tg.sent(-1001).length > 0 && tg.sent(-1002).length > 0, 30_000, 'the subscribe replies');
      expect(lastText(-1001)).toMatch(/every new draw of CEC/);
      expect(lastText(-1002)).toMatch(/Only this group’s or server’s admins/);

      const channel = { id: -1003, type: 'channel' as const, title: 'Draw news' };
      const forum = { id: -1004, type: 'supergroup' as const, title: 'Forum', is_forum: true };
      tg.setAdmins(-1004, [10]);
      tg.sendText({ chat: channel, from: { id: 0 }, text: '/subscribe cec' });
      tg.sendText({ chat: forum, from: { id: 10 }, text: '/subscribe all', threadId: 55 });
      await waitFor(() => tg.sent(-1003).length > 0 && tg.sent(-1004).length > 0, 30_000, 'the channel and topic replies');
      expect(lastText(-1003)).toMatch(/every new draw of CEC/);
      expect(tg.sent(-1004).at(-1)?.params['message_thread_id']).toBe(55);

      tg.sendText({ chat: privateChat(21), from: { id: 21 }, text: '/notify 510 cec' });
      tg.sendText({ chat: privateChat(22), from: { id: 22 }, text: '/notify 490 cec' });
      tg.sendText({ chat: privateChat(23), from: { id: 23 }, text: '/notify 520 pnp' });
      tg.sendText({ chat: privateChat(24), from: { id: 24 }, text: '/notify abc' });
      await waitFor(() => [21, 22, 23, 24].every((id) => tg.sent(id).length > 0), 30_000, 'the /notify replies');
      for (const id of [21, 22, 23]) expect(lastText(id)).toMatch(/I will ping you/);
      expect(lastText(24)).toMatch(/whole number from 0 to 1,200/);
      expect(lastText(24)).toMatch(/Example: \/notify 510 cec/);

      const before = {
        group: tg.sent(-1001).length,
        other: tg.sent(-1002).length,
        u21: tg.sent(21).length,
        u22: tg.sent(22).length,
        u23: tg.sent(23).length,
        channel: tg.sent(-1003).length,
        forum: tg.sent(-1004).length,
      };
      const today = new Date().toISOString().slice(0, 10);
      feeds.route('/ircc.json', { body: irccBodyWith({ ...ROUND_438, drawDate: today }) });
      await waitFor(() => tg.sent(-1001).length > before.group && tg.sent(21).length > before.u21, 7_000, 'the alert and the ping within 7 s');
      expect(lastText(-1001)).toMatch(/503/);
      expect(lastText(-1001)).toMatch(/2,500/);
      expect(lastText(21)).toMatch(/Your 510 clears the cutoff of 503 by 7/);

      await waitFor(() => tg.sent(-1003).length > before.channel && tg.sent(-1004).length > before.forum, 7_000, 'the channel and topic alerts');
      expect(tg.sent(-1004).at(-1)?.params['message_thread_id']).toBe(55);
      expect(tg.sent(-1004).at(-1)?.text).toMatch(/503/);
      // Nothing more comes on the next polls of the unchanged file: three more requests mean at least two
      // whole poll cycles (each ends before the next starts) after the one that alerted.
      const polls = () => feeds.requestsTo('/ircc.json').length;
      const polled = polls();
      await waitFor(() => polls() >= polled + 3, 20_000, 'three more polls of the unchanged file');
      expect(tg.sent(-1003).length).toBe(before.channel + 1);
      expect(tg.sent(-1004).length).toBe(before.forum + 1);
      expect(tg.sent(-1001).length).toBe(before.group + 1);
      expect(tg.sent(21).length).toBe(before.u21 + 1);
      expect(tg.sent(22).length).toBe(before.u22);
      expect(tg.sent(23).length).toBe(before.u23);
      expect(tg.sent(-1002).length).toBe(before.other);
    } finally {
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    }
    expect(bot.err()).not.toContain(tg.token);
  }, 90_000);
});
