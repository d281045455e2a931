import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLimiter, LimiterAbortedError, type Limiter } from '../../src/delivery/limiter.ts';

const limiters: Limiter[] = [];
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  for (const l of limiters.splice(0)) l.close();
  vi.useRealTimers();
});

function make(globalPerSecond: number, perChatPerSecond = 100, perGroupPerMinute = 1000): Limiter {
  const l = createLimiter({ globalPerSecond, perChat: { size: perChatPerSecond, spanMs: 1000 }, perGroup: { size: perGroupPerMinute, spanMs: 60_000 } }, { now: () => Date.now() });
  limiters.push(l);
  return l;
}

/** Acquires for each chat in order; records when each permit was granted (and starts it then). */
function sendAll(l: Limiter, chats: { chatId: string; isGroup?: boolean }[]): { times: number[]; order: string[]; done: Promise<void> } {
  const times: number[] = [];
  const order: string[] = [];
  const start = Date.now();
  const done = Promise.all(
    chats.map(async ({ chatId, isGroup }) => {
      const permit = await l.acquire(chatId, isGroup ?? false);
      permit.start();
      permit.finish();
      times.push(Date.now() - start);
      order.push(chatId);
    }),
  ).then(() => undefined);
  return { times, order, done };
}

const maxInWindow = (times: number[], span: number) => Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + span).length));

describe('the limiter', () => {
  it('never lets more than the global limit through in any sliding second, and keeps close to it', async () => {
    const l = make(10);
    const run = sendAll(
      l,
      Array.from({ length: 100 }, (_, i) => ({ chatId: `c${i}` })),
    );
    await vi.advanceTimersByTimeAsync(20_000);
    await run.done;
    expect(maxInWindow(run.times, 1000)).toBeLessThanOrEqual(10);
    // Never idle when it could send: each message follows the one ten before it by the window (+2 % headroom), no more.
    const sorted = [...run.times].sort((a, b) => a - b);
    const gaps = sorted.slice(10).map((t, i) => t - sorted[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1020 + 5);
  });

  it('spreads a second of messages instead of bursting them', async () => {
    const l = make(30);
    const run = sendAll(
      l,
      Array.from({ length: 30 }, (_, i) => ({ chatId: `c${i}` })),
    );
    await vi.advanceTimersByTimeAsync(2_000);
    await run.done;
    expect(maxInWindow(run.times, 100)).toBeLessThanOrEqual(4);
  });

  it('spaces messages to one chat without holding up other chats', async () => {
    const l = make(100, 1);
    const run = sendAll(l, [{ chatId: 'a' }, { chatId: 'a' }, { chatId: 'a' }, { chatId: 'b' }]);
    await vi.advanceTimersByTimeAsync(5_000);
    await run.done;
    expect(run.order).toEqual(['a', 'b', 'a', 'a']);
    const a = run.times.filter((_, i) => run.order[i] === 'a');
    expect(a[1]! - a[0]!).toBeGreaterThanOrEqual(1000);
    expect(a[2]! - a[1]!).toBeGreaterThanOrEqual(1000);
  });

  it('holds a group to its per-minute limit, but not a private chat', async () => {
    const l = make(1000, 1000, 20);
    const group = sendAll(
      l,
      Array.from({ length: 21 }, () => ({ chatId: '-100', isGroup: true })),
    );
    const dm = sendAll(
      l,
      Array.from({ length: 21 }, () => ({ chatId: '42' })),
    );
    await vi.advanceTimersByTimeAsync(70_000);
    await Promise.all([group.done, dm.done]);
    expect(Math.max(...group.times)).toBeGreaterThanOrEqual(60_000);
    expect(Math.max(...dm.times)).toBeLessThan(1_000);
  });

  it('keeps a per-chat window longer than a second exactly (Discord: 5 in any 5 s to a channel), with no per-group limit', async () => {
    const l = createLimiter({ globalPerSecond: 50, perChat: { size: 5, spanMs: 5_000 }, perGroup: null }, { now: () => Date.now() });
    limiters.push(l);
    const channel = sendAll(
      l,
      Array.from({ length: 12 }, () => ({ chatId: 'channel', isGroup: true })),
    );
    await vi.advanceTimersByTimeAsync(20_000);
    await channel.done;
    expect(maxInWindow(channel.times, 5_000)).toBe(5);
    // Five at once, then the next five one window (+2 % headroom) later: no slower than the limit.
    expect(channel.times.slice(0, 5).every((t) => t < 1_000)).toBe(true);
    expect(channel.times[5]).toBeGreaterThanOrEqual(5_000);
    expect(channel.times[5]).toBeLessThanOrEqual(5_100 + 5);
  });

  it('pauses everything, or one chat, for a retry_after', async () => {
    const l = make(100, 100);
    l.pause('global', 3_000);
    l.pause({ chatId: 'slow' }, 10_000);
    expect(l.chatDelay('slow', false)).toBe(10_000);
    const run = sendAll(l, [{ chatId: 'slow' }, { chatId: 'x' }]);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(run.order).toEqual([]);
    await vi.advanceTimersByTimeAsync(10_000);
    await run.done;
    expect(run.order).toEqual(['x', 'slow']);
    expect(run.times[1]).toBeGreaterThanOrEqual(10_000);
  });

  it('counts a message from the moment its send starts, and takes back a slot not used', async () => {
    const l = make(100, 1);
    const first = await l.acquire('a', false);
    await vi.advanceTimersByTimeAsync(500);
    first.start();
    first.finish();
    expect(l.chatDelay('a', false)).toBeGreaterThan(1000);
    const b = await l.acquire('b', false);
    b.cancel();
    expect(l.chatDelay('b', false)).toBe(0);
  });

  it('lets a waiter go when its signal aborts, and rejects every waiter on close', async () => {
    const l = make(100, 1);
    const held = await l.acquire('a', false);
    held.start();
    held.finish();
    const abort = new AbortController();
    const waiting = l.acquire('a', false, { signal: abort.signal });
    abort.abort();
    await expect(waiting).rejects.toBeInstanceOf(LimiterAbortedError);
    const closing = l.acquire('a', false);
    l.close();
    await expect(closing).rejects.toBeInstanceOf(LimiterAbortedError);
  });

  it('serves replies before alerts and alerts before edits, whatever the order they came in', async () => {
    const l = make(10);
    const order: string[] = [];
    const take = async (id: string, priority: 'reply' | 'alert' | 'edit') => {
      const p = await l.acquire(id, false, { priority });
      p.start();
      p.finish();
      order.push(id);
    };
    // Ten alerts fill the first second, so everything after waits in the queue together.
    const fill = Array.from({ length: 10 }, (_, i) => take(`fill${i}`, 'alert'));
    const waiting = [take('edit1', 'edit'), take('alert1', 'alert'), take('reply1', 'reply'), take('alert2', 'alert'), take('reply2', 'reply')];
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all([...fill, ...waiting]);
    // The replies overtake the alerts still queued from before them; edits go last.
    expect(order.filter((id) => !id.startsWith('fill'))).toEqual(['reply1', 'reply2', 'alert1', 'alert2', 'edit1']);
    expect(order.indexOf('reply2')).toBeLessThan(order.indexOf('fill9'));
    expect(order.at(-1)).toBe('edit1');
    expect(l.waiting()).toEqual({ reply: 0, alert: 0, edit: 0 });
  });

  it('counts a message until one window after its answer, so a slow request never lets the next second crowd in', async () => {
    const l = make(2);
    const a = await l.acquire('a', false);
    a.start();
    const pending = l.acquire('b', false);
    await vi.advanceTimersByTimeAsync(200);
    const b = await pending;
    b.start();
    let third = false;
    void l.acquire('c', false).then((p) => {
      third = true;
      p.start();
      p.finish();
    });
    await vi.advanceTimersByTimeAsync(5_000);
    // Both requests are still out: their arrival could be any time until their answers.
    expect(third).toBe(false);
    a.finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(third).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(third).toBe(true);
    b.finish();
  });

  it('paces paid broadcasts at their own rate, beside the ordinary one, still one a second per chat', async () => {
    const l = createLimiter({ globalPerSecond: 2, perChat: { size: 1, spanMs: 1000 }, perGroup: { size: 20, spanMs: 60_000 }, paidPerSecond: 100 }, { now: () => Date.now() });
    limiters.push(l);
    const granted: string[] = [];
    const go = async (id: string, paid: boolean) => {
      const p = await l.acquire(id, false, { paid });
      p.start();
      p.finish();
      granted.push(id);
    };
    const all = Promise.all([...Array.from({ length: 50 }, (_, i) => go(`p${i}`, true)), go('free1', false), go('free2', false), go('free3', false), go('p0', true)]);
    await vi.advanceTimersByTimeAsync(900);
    expect(granted.filter((id) => id.startsWith('p')).length).toBe(50);
    expect(granted.filter((id) => id.startsWith('free'))).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2_000);
    await all;
    expect(granted.at(-1) === 'p0' || granted.indexOf('p0', 1) > 0).toBe(true);
  });

  it('tells a 429 that may be the chat’s own from one that can only be the platform’s', async () => {
    const l = make(100, 5, 20);
    expect(l.chatMayBeLimited('x', false)).toBe(false);
    for (let i = 0; i < 2; i++) {
      const p = await l.acquire('x', false);
      p.start();
      p.finish();
    }
    expect(l.chatMayBeLimited('x', false)).toBe(true);
    expect(l.chatMayBeLimited('y', false)).toBe(false);
  });
});
