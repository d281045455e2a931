import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ChatSubscriptionInput, type PingTarget, type ProgramFilter, type ScoreThreshold } from '../../src/domain/subscription.ts';
import { StoreError } from '../../src/store/store-error.ts';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import { chatSubscription, scoreThreshold } from '../helpers/subscriptions.ts';
import { engines } from './engines.ts';

const AT = '2026-11-20T15:00:00.000Z';

const chat = (chatId: string, programs: ProgramFilter, extra: Partial<ChatSubscriptionInput> = {}): ChatSubscriptionInput => chatSubscription(chatId, { programs, ...extra });
const threshold = (userId: string, score: number, programs: ProgramFilter, ping: PingTarget = { kind: 'dm', fallback: null }): ScoreThreshold => scoreThreshold(userId, { score, programs, ping });

const keysOf = (list: { key: string }[]) => list.map((r) => r.key).sort();

describe.each(engines())('subscription store on $name', (engine) => {
  const open: SubscriptionStore[] = [];
  const fresh = async (now?: () => Date) => {
    const s = await engine.fresh(now);
    open.push(s);
    return s;
  };
  const another = async () => {
    const s = await engine.another();
    open.push(s);
    return s;
  };
  beforeAll(() => engine.setUp(), 60_000);
  afterEach(async () => {
    await Promise.all([...new Set(open.splice(0))].map((s) => s.close()));
  });
  afterAll(() => engine.tearDown());

  it('keeps a chat subscription and matches it by program, "all" included, paused ones left out', async () => {
    const s = await fresh();
    await s.putChat(chat('-1', ['cec', 'pnp']));
    await s.putChats([chat('-2', 'all', { lang: 'fr' }), chat('-3', ['fsw']), chat('-4', ['cec'], { paused: { reason: 'cannot post', since: AT } })]);
    expect(await s.getChat('telegram:-1:')).toEqual({ ...chat('-1', ['cec', 'pnp']), paused: null });
    expect(keysOf(await s.chatsFor('cec'))).toEqual(['telegram:-1:', 'telegram:-2:']);
    expect(keysOf(await s.chatsFor('fsw'))).toEqual(['telegram:-2:', 'telegram:-3:']);
    expect((await s.chatsFor('stem')).map((c) => [c.chatId, c.threadId, c.lang])).toEqual([['-2', null, 'fr']]);
    await s.putChat(chat('-1', ['pnp']));
    expect(keysOf(await s.chatsFor('cec'))).toEqual(['telegram:-2:']);
    expect(await s.getChat('telegram:-9:')).toBeUndefined();
  });

  it('matches thresholds at or above the cut-off only, highest first, across the program and "all"', async () => {
    const s = await fresh();
    await s.putThresholds([threshold('1', 510, ['cec']), threshold('2', 480, ['cec']), threshold('3', 530, 'all'), threshold('4', 600, ['pnp']), threshold('5', 503, ['cec', 'fsw'])]);
    expect((await s.thresholdsFor('cec', 503)).map((t) => [t.userId, t.score])).toEqual([
      ['3', 530],
      ['1', 510],
      ['5', 503],
    ]);
    expect((await s.thresholdsFor('cec', 520)).map((t) => t.userId)).toEqual(['3']);
    expect((await s.thresholdsFor('cec', 400)).map((t) => t.userId)).toEqual(['3', '1', '5', '2']);
    await s.putThreshold(threshold('1', 490, ['fsw']));
    expect((await s.thresholdsFor('cec', 400)).map((t) => t.userId)).toEqual(['3', '5', '2']);
    expect((await s.thresholdsFor('fsw', 400)).map((t) => [t.userId, t.score])).toEqual([
      ['3', 530],
      ['5', 503],
      ['1', 490],
    ]);
    expect(await s.getThreshold('telegram:1')).toEqual(threshold('1', 490, ['fsw']));
  });

  it('deletes one record, says whether there was one, and stops matching it', async () => {
    const s = await fresh();
    await s.putChats([chat('-1', ['cec']), chat('-1', ['cec'], { threadId: '7' })]);
    await s.putThreshold(threshold('1', 510, 'all'));
    expect(await s.deleteChat('telegram:-1:7')).toBe(true);
    expect(await s.deleteChat('telegram:-1:7')).toBe(false);
    expect(keysOf(await s.chatsFor('cec'))).toEqual(['telegram:-1:']);
    expect(keysOf(await s.chatsOf('telegram', '-1'))).toEqual(['telegram:-1:']);
    expect(await s.deleteThreshold('telegram:1')).toBe(true);
    expect(await s.deleteThreshold('telegram:1')).toBe(false);
    expect(await s.thresholdsFor('cec', 0)).toEqual([]);
    expect(await s.counts()).toEqual({ chats: 1, thresholds: 0 });
  });

  it('pauses and resumes a chat: matching skips it, chatsOf shows why and since when', async () => {
    const s = await fresh(() => new Date(AT));
    await s.putChats([chat('-1', ['cec']), chat('-1', 'all', { threadId: '5' })]);
    expect(await s.setChatPaused('telegram:-1:', 'the bot may not post here')).toBe(true);
    expect(keysOf(await s.chatsFor('cec'))).toEqual(['telegram:-1:5']);
    const of = await s.chatsOf('telegram', '-1');
    expect(of.find((c) => c.threadId === null)?.paused).toEqual({ reason: 'the bot may not post here', since: AT });
    expect(of.find((c) => c.threadId === '5')?.paused).toBeNull();
    expect(await s.setChatPaused('telegram:-1:', null)).toBe(true);
    expect(keysOf(await s.chatsFor('cec'))).toEqual(['telegram:-1:', 'telegram:-1:5']);
    expect(await s.setChatPaused('telegram:-404:', 'gone')).toBe(false);
  });

  it('lists the thresholds that ping in a chat: mentions and DM fallbacks, not plain DMs', async () => {
    const s = await fresh();
    await s.putThresholds([
      threshold('1', 510, 'all', { kind: 'mention', chatId: '-1', threadId: '3' }),
      threshold('2', 500, 'all', { kind: 'dm', fallback: { chatId: '-1', threadId: null } }),
      threshold('3', 500, 'all', { kind: 'dm', fallback: null }),
      threshold('4', 500, 'all', { kind: 'mention', chatId: '-2', threadId: null }),
    ]);
    expect(keysOf(await s.mentionsIn('telegram', '-1'))).toEqual(['telegram:1', 'telegram:2']);
    expect((await s.mentionsIn('telegram', '-1')).find((t) => t.userId === '2')?.ping).toEqual({ kind: 'dm', fallback: { chatId: '-1', threadId: null } });
    expect(await s.mentionsIn('discord', '-1')).toEqual([]);
  });

  it('moves a chat to its new id: every thread and every ping posted there, nothing else', async () => {
    const s = await fresh();
    await s.putChats([chat('-1', ['cec']), chat('-1', 'all', { threadId: '9', paused: { reason: 'r', since: AT } }), chat('-2', ['cec'])]);
    await s.putThresholds([
      threshold('1', 510, ['cec'], { kind: 'mention', chatId: '-1', threadId: '9' }),
      threshold('2', 500, 'all', { kind: 'dm', fallback: { chatId: '-1', threadId: null } }),
      threshold('3', 500, 'all', { kind: 'mention', chatId: '-2', threadId: null }),
    ]);
    const moved = await s.moveChat('telegram', '-1', '-100');
    expect([...moved].sort()).toEqual(['telegram:-100:', 'telegram:-100:9', 'telegram:1', 'telegram:2']);
    expect(await s.chatsOf('telegram', '-1')).toEqual([]);
    expect(await s.getChat('telegram:-1:')).toBeUndefined();
    expect((await s.chatsOf('telegram', '-100')).map((c) => [c.key, c.chatId, c.programs, c.paused?.reason ?? null]).sort()).toEqual([
      ['telegram:-100:', '-100', ['cec'], null],
      ['telegram:-100:9', '-100', 'all', 'r'],
    ]);
    expect(keysOf(await s.chatsFor('cec'))).toEqual(['telegram:-100:', 'telegram:-2:']);
    expect((await s.getThreshold('telegram:1'))?.ping).toEqual({ kind: 'mention', chatId: '-100', threadId: '9' });
    expect((await s.getThreshold('telegram:2'))?.ping).toEqual({ kind: 'dm', fallback: { chatId: '-100', threadId: null } });
    expect((await s.getThreshold('telegram:3'))?.ping).toEqual({ kind: 'mention', chatId: '-2', threadId: null });
    expect(keysOf(await s.mentionsIn('telegram', '-100'))).toEqual(['telegram:1', 'telegram:2']);
    expect(await s.counts()).toEqual({ chats: 3, thresholds: 3 });
    expect(await s.moveChat('telegram', '-1', '-100')).toEqual([]);
  });

  it('imports in bulk, counting what it added, changed and already had', async () => {
    const s = await fresh();
    await s.putChat(chat('-1', ['cec']));
    await s.putThreshold(threshold('1', 500, ['cec']));
    const chats = [chat('-1', ['cec'], { createdAt: '2027-01-01T00:00:00.000Z' }), chat('-2', ['pnp']), chat('-3', 'all')];
    const thresholds = [threshold('1', 520, ['cec']), threshold('2', 480, 'all')];
    const progress: number[] = [];
    expect(await s.importAll({ chats, thresholds }, { onProgress: (done) => progress.push(done) })).toEqual({ added: 3, changed: 1, unchanged: 1 });
    expect(progress.at(-1)).toBe(5);
    expect((await s.getChat('telegram:-1:'))?.createdAt).toBe(AT);
    expect(keysOf(await s.chatsFor('pnp'))).toEqual(['telegram:-2:', 'telegram:-3:']);
    expect((await s.thresholdsFor('cec', 500)).map((t) => [t.userId, t.score])).toEqual([['1', 520]]);
    expect(await s.counts()).toEqual({ chats: 3, thresholds: 2 });
    expect(await s.importAll({ chats, thresholds })).toEqual({ added: 0, changed: 0, unchanged: 5 });
  });

  it('imports all or nothing: a bad record after a thousand good ones leaves the store as it was', async () => {
    const s = await fresh();
    await s.putChat(chat('-1', ['cec']));
    const chats = Array.from({ length: 1500 }, (_, i) => chat(String(-10 - i), i % 2 ? ['cec'] : 'all'));
    chats.unshift(chat('-1', ['fsw']));
    const thresholds = [threshold('1', 500, 'all'), threshold('2', 5000, 'all')];
    await expect(s.importAll({ chats, thresholds })).rejects.toThrow(StoreError);
    await expect(s.importAll({ chats: [...chats, { ...chat('-7', ['cec']), key: 'wrong' }], thresholds: [] })).rejects.toThrow(/key does not match/);
    expect(await s.counts()).toEqual({ chats: 1, thresholds: 0 });
    expect((await s.getChat('telegram:-1:'))?.programs).toEqual(['cec']);
    expect(keysOf(await s.chatsFor('cec'))).toEqual(['telegram:-1:']);
    expect(await s.thresholdsFor('cec', 0)).toEqual([]);
  });

  it('refuses a record it cannot keep, with a StoreError, and writes nothing of it', async () => {
    const s = await fresh();
    await expect(s.putThreshold(threshold('1', 1201, 'all'))).rejects.toThrow(/score must be a whole number from 0 to 1200/);
    await expect(s.putChat(chat('-1', []))).rejects.toThrow(StoreError);
    await expect(s.putChats([chat('-1', ['cec']), chat('-2', ['not a code'])])).rejects.toThrow(StoreError);
    expect(await s.counts()).toEqual({ chats: 0, thresholds: 0 });
  });

  it("sees another instance's changes at once, while reusing its own matches when nothing changed", async () => {
    const a = await fresh();
    const b = await another();
    await a.putChats([chat('-1', ['cec']), chat('-2', 'all')]);
    await a.putThresholds([threshold('1', 510, ['cec']), threshold('2', 520, 'all')]);
    expect(keysOf(await a.chatsFor('cec'))).toEqual(['telegram:-1:', 'telegram:-2:']);
    expect((await a.thresholdsFor('cec', 500)).map((t) => t.userId)).toEqual(['2', '1']);
    const warm = await a.chatsFor('cec');
    expect(await a.chatsFor('cec')).toEqual(warm);
    await b.putChat(chat('-3', ['cec']));
    expect(keysOf(await a.chatsFor('cec'))).toEqual(['telegram:-1:', 'telegram:-2:', 'telegram:-3:']);
    await b.setChatPaused('telegram:-2:', 'no rights');
    expect(keysOf(await a.chatsFor('cec'))).toEqual(['telegram:-1:', 'telegram:-3:']);
    await b.deleteThreshold('telegram:2');
    expect((await a.thresholdsFor('cec', 500)).map((t) => t.userId)).toEqual(['1']);
    await b.putThreshold(threshold('3', 505, ['cec']));
    expect((await a.thresholdsFor('cec', 506)).map((t) => t.userId)).toEqual(['1']);
    expect((await a.thresholdsFor('cec', 500)).map((t) => t.userId)).toEqual(['1', '3']);
    await b.moveChat('telegram', '-1', '-100');
    expect(keysOf(await a.chatsFor('cec'))).toEqual(['telegram:-100:', 'telegram:-3:']);
    await b.importAll({ chats: [chat('-4', 'all')], thresholds: [] });
    expect(keysOf(await a.chatsFor('stem'))).toEqual(['telegram:-4:']);
    expect(await a.counts()).toEqual(await b.counts());
  });

  it('keeps many concurrent changes from two instances, none lost', async () => {
    const a = await fresh();
    const b = await another();
    await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).putChat(chat(String(-i - 1), i % 3 ? ['cec'] : 'all'))));
    await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? b : a).putThreshold(threshold(String(i), 400 + i, ['cec']))));
    expect(await a.chatsFor('cec')).toHaveLength(60);
    expect(await b.thresholdsFor('cec', 430)).toHaveLength(30);
    expect(await a.counts()).toEqual({ chats: 60, thresholds: 60 });
  });
});
