import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryCoordinator, type Coordinator } from '../../src/coordination/coordinator.ts';
import type { AcquireOptions } from '../../src/delivery/limiter.ts';
import { createDeliveryWorker, type DeliveryWorker, type DeliveryWorkerDeps } from '../../src/delivery/worker.ts';
import type { OutboxEntry } from '../../src/domain/outbox.ts';
import { openStores, type Stores } from '../../src/store/index.ts';
import { createFakePlatform, type FakePlatform, type FakePlatformOptions } from '../fakes/fake-platform.ts';
import { waitFor } from '../helpers/cli.ts';
import { silentLogger } from '../helpers/stores.ts';
import { chatAlert, chatSubscription, drainAll, editOf, PLATFORM, pingAlert, threshold, total } from './helpers.ts';

const LIMITS = { globalPerSecond: 1_000, perChat: { size: 50, spanMs: 1000 }, perGroup: { size: 1_000, spanMs: 60_000 } };
const RETRY = { baseMs: 10, capMs: 50, maxAttempts: 3 };
const DRAW = 'news-2026-11-20-cec';

interface Setup {
  stores: Stores;
  platform: FakePlatform;
  coordinator: Coordinator;
  make: (extra?: Partial<DeliveryWorkerDeps>) => DeliveryWorker;
}

const opened: Stores[] = [];
const workers: DeliveryWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function setup(fake: Partial<FakePlatformOptions> = {}): Promise<Setup> {
  const stores = await openStores('memory://', silentLogger);
  opened.push(stores);
  const platform = createFakePlatform({ limits: LIMITS, ...fake });
  const coordinator = createMemoryCoordinator();
  const make = (extra: Partial<DeliveryWorkerDeps> = {}) => {
    const w = createDeliveryWorker({
      outbox: stores.outbox,
      subscriptions: stores.subscriptions,
      platforms: new Map([[PLATFORM, platform]]),
      coordinator,
      logger: silentLogger,
      retry: RETRY,
      ...extra,
    });
    workers.push(w);
    return w;
  };
  return { stores, platform, coordinator, make };
}

/** A clock the test moves by hand (the limiter keeps real time). */
function manualClock(start = Date.now()) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

describe('edits on confirm and correct', () => {
  it('edits the very messages that were sent, keeping their ids, and sends nothing new', async () => {
    const { stores, platform, make } = await setup();
    const originals = ['c1', 'c2', '-g3'].map((c) => chatAlert(DRAW, c));
    await stores.outbox.enqueue([...originals, pingAlert(DRAW, 'u1')]);
    const worker = make();
    await drainAll(worker, stores.outbox);
    expect(platform.deliveries).toHaveLength(4);
    const ids = new Map(platform.deliveries.map((d) => [d.dest.chatId, d.messageId]));

    await stores.outbox.enqueue(originals.map((o) => editOf(o, 'confirmed', 'CRS 503, confirmed by IRCC')));
    expect(total(await drainAll(worker, stores.outbox), 'edited')).toBe(3);
    await stores.outbox.enqueue(originals.map((o) => editOf(o, 'corrected', 'CRS 502 (corrected)')));
    expect(total(await drainAll(worker, stores.outbox), 'edited')).toBe(3);

    expect(platform.deliveries).toHaveLength(4);
    expect(platform.edits).toHaveLength(6);
    for (const o of originals) {
      const messageId = ids.get(o.destination.chatId) as string;
      expect(platform.edits.filter((e) => e.messageId === messageId).map((e) => e.text)).toEqual(['CRS 503, confirmed by IRCC', 'CRS 502 (corrected)']);
      expect(platform.message(messageId)?.text).toBe('CRS 502 (corrected)');
      expect(await stores.outbox.getState(editOf(o, 'corrected', 'CRS 502 (corrected)').id)).toMatchObject({ status: 'sent', messageId });
    }
  });

  it('holds an edit while its original is still pending, then edits it once sent', async () => {
    const { stores, platform, make } = await setup({ transientOnce: ['c1'] });
    const clock = manualClock();
    const original = chatAlert(DRAW, 'c1');
    const edit = editOf(original, 'confirmed', 'confirmed');
    await stores.outbox.enqueue([original, edit]);
    const worker = make({ now: clock.now, retry: { baseMs: 60_000, capMs: 60_000, maxAttempts: 3 }, editWaitMs: 5_000 });

    const first = await worker.drain();
    expect(first).toMatchObject({ retried: 1, waiting: 1, sent: 0, edited: 0 });
    expect((await stores.outbox.getState(edit.id))?.nextAttemptAt).toBe(new Date(clock.now().getTime() + 5_000).toISOString());
    clock.advance(6_000);
    expect(await worker.drain()).toMatchObject({ waiting: 1, sent: 0 });
    clock.advance(60_000);
    expect(await worker.drain()).toMatchObject({ sent: 1, edited: 1 });
    expect(platform.edits).toEqual([expect.objectContaining({ messageId: platform.deliveries[0]?.messageId, text: 'confirmed' })]);
  });

  it('drops an edit whose original was dropped, and one overtaken by a later edit', async () => {
    const { stores, platform, make } = await setup({ blocked: ['c-gone'] });
    const gone = chatAlert(DRAW, 'c-gone');
    const kept = chatAlert(DRAW, 'c1');
    await stores.outbox.enqueue([gone, kept]);
    const worker = make();
    await drainAll(worker, stores.outbox);
    const older = editOf(kept, 'confirmed', 'confirmed');
    const newer = editOf(kept, 'corrected', 'corrected');
    await stores.outbox.enqueue([editOf(gone, 'confirmed', 'confirmed'), older, newer]);
    const reports = await drainAll(worker, stores.outbox);
    expect(total(reports, 'edited')).toBe(1);
    expect(total(reports, 'dropped')).toBe(2);
    expect(platform.edits.map((e) => e.text)).toEqual(['corrected']);
    expect((await stores.outbox.getState(older.id))?.lastError).toMatch(/superseded/);
  });

  it('drops an edit the platform refuses (the message was deleted) and keeps the subscription', async () => {
    const { stores, platform, make } = await setup();
    await stores.subscriptions.putChat(chatSubscription('c1'));
    const original = chatAlert(DRAW, 'c1');
    await stores.outbox.enqueue([original]);
    await stores.outbox.setState(original.id, { status: 'sent', attempts: 1, nextAttemptAt: null, messageId: '404', lastError: null, updatedAt: original.createdAt });
    await stores.outbox.enqueue([editOf(original, 'confirmed', 'confirmed')]);
    expect(total(await drainAll(make(), stores.outbox), 'dropped')).toBe(1);
    expect(platform.edits).toEqual([]);
    expect(await stores.subscriptions.getChat(chatSubscription('c1').key)).toBeDefined();
  });
});

describe('quiet: never twice to the same destination', () => {
  it('two workers sharing one store and one coordinator send each entry once', async () => {
    const { stores, platform, make } = await setup({ latencyMs: 1 });
    const entries = Array.from({ length: 600 }, (_, i) => chatAlert(DRAW, `c${i}`));
    await stores.outbox.enqueue(entries);
    const [a, b] = [make({ concurrency: 8 }), make({ concurrency: 8 })];
    const [ra, rb] = await Promise.all([drainAll(a, stores.outbox), drainAll(b, stores.outbox)]);
    expect(platform.duplicates()).toEqual([]);
    expect(platform.deliveries).toHaveLength(entries.length);
    expect(total(ra, 'sent') + total(rb, 'sent')).toBe(entries.length);
  });

  it('a second drain of a finished outbox sends nothing', async () => {
    const { stores, platform, make } = await setup();
    await stores.outbox.enqueue([chatAlert(DRAW, 'c1'), pingAlert(DRAW, 'u1')]);
    const worker = make();
    await drainAll(worker, stores.outbox);
    await stores.outbox.enqueue([chatAlert(DRAW, 'c1'), pingAlert(DRAW, 'u1')]);
    expect(await worker.drain()).toMatchObject({ sent: 0, remaining: 0 });
    expect(platform.deliveries).toHaveLength(2);
  });

  it('a stopped worker finishes its sends; a new one on the same store resumes the rest', async () => {
    const entries = Array.from({ length: 300 }, (_, i) => chatAlert(DRAW, `c${i}`));
    const run: { first: DeliveryWorker | null; stopping: Promise<void> | null } = { first: null, stopping: null };
    const { stores, platform, make } = await setup({
      latencyMs: 2,
      onDelivery: () => {
        if (platform.deliveries.length === 100 && run.first) run.stopping = run.first.stop();
      },
    });
    await stores.outbox.enqueue(entries);
    run.first = make({ concurrency: 4 });
    run.first.start(60_000);
    await waitFor(() => run.stopping !== null, 20_000, '100 deliveries');
    await run.stopping;
    const afterStop = platform.deliveries.length;
    expect(afterStop).toBeLessThan(entries.length);
    expect((await stores.outbox.pending()).length).toBe(entries.length - afterStop);
    await drainAll(make(), stores.outbox);
    expect(platform.deliveries).toHaveLength(entries.length);
    expect(platform.duplicates()).toEqual([]);
  });
});

describe('failures', () => {
  it('gives up on a destination that keeps failing, logs it as an error, and keeps its subscription', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const { stores, platform, make } = await setup({ failing: ['c-down'] });
    await stores.subscriptions.putChat(chatSubscription('c-down'));
    const entry: OutboxEntry = chatAlert(DRAW, 'c-down');
    await stores.outbox.enqueue([entry, chatAlert(DRAW, 'c-up')]);
    const reports = await drainAll(make({ logger }), stores.outbox);
    expect(total(reports, 'retried')).toBe(RETRY.maxAttempts - 1);
    expect(await stores.outbox.getState(entry.id)).toMatchObject({ status: 'dropped', attempts: RETRY.maxAttempts, lastError: 'transient: Internal Server Error' });
    expect(
      lines
        .map((l) => JSON.parse(l) as { level: number; msg: string })
        .filter((l) => l.level === 50)
        .map((l) => l.msg),
    ).toEqual(['delivery dropped']);
    expect(await stores.subscriptions.getChat(chatSubscription('c-down').key)).toBeDefined();
    expect(platform.deliveredTo('c-up')).toHaveLength(1);
  });

  it('removes a personal threshold when its user blocked the bot', async () => {
    const { stores, make } = await setup({ blocked: ['u9'] });
    await stores.subscriptions.putThreshold(threshold('u9'));
    await stores.outbox.enqueue([pingAlert(DRAW, 'u9')]);
    await drainAll(make(), stores.outbox);
    expect(await stores.subscriptions.getThreshold(threshold('u9').key)).toBeUndefined();
  });
});

describe('paid broadcasts', () => {
  it('take a paid permit for a new alert, never for an edit (Telegram counts edits against the ordinary rate)', async () => {
    const { stores, platform } = await setup();
    const asked: { id: string; paid: boolean }[] = [];
    const lane = platform.lane;
    const recording = {
      ...lane,
      acquire: (chatId: string, isGroup: boolean, opts: AcquireOptions = {}) => (asked.push({ id: chatId, paid: opts.paid === true }), lane.acquire(chatId, isGroup, opts)),
    };
    const paidPort = { ...platform, lane: recording, alertPermit: { paid: true } };
    const worker = createDeliveryWorker({
      outbox: stores.outbox,
      subscriptions: stores.subscriptions,
      platforms: new Map([[PLATFORM, paidPort]]),
      coordinator: createMemoryCoordinator(),
      logger: silentLogger,
      retry: RETRY,
    });
    workers.push(worker);
    const alert = chatAlert(DRAW, 'c1');
    await stores.outbox.enqueue([alert]);
    await drainAll(worker, stores.outbox);
    await stores.outbox.enqueue([editOf(alert, 'confirmed', 'confirmed')]);
    await drainAll(worker, stores.outbox);
    expect(asked).toEqual([
      { id: 'c1', paid: true },
      { id: 'c1', paid: false },
    ]);
    expect(platform.edits).toHaveLength(1);
  });
});

describe('a message that went elsewhere than its destination', () => {
  it('edits it where it went (a DM channel opened for a user, a group under its new id)', async () => {
    const { stores, platform, make } = await setup({ redirect: [['u1', 'dm-u1']] });
    const ping = pingAlert(DRAW, 'u1');
    await stores.outbox.enqueue([ping]);
    await drainAll(make(), stores.outbox);
    expect(platform.deliveredTo('dm-u1')).toHaveLength(1);
    expect(await stores.outbox.getState(ping.id)).toMatchObject({ status: 'sent', sentTo: 'dm-u1' });

    await stores.outbox.enqueue([editOf(ping, 'confirmed', 'confirmed')]);
    await drainAll(make(), stores.outbox);
    expect(platform.edits).toEqual([expect.objectContaining({ dest: expect.objectContaining({ chatId: 'dm-u1' }) as unknown, messageId: platform.deliveredTo('dm-u1')[0]?.messageId })]);
  });
});

describe('the running worker', () => {
  it('wakes on kick after an enqueue instead of waiting for its interval, and stops idempotently', async () => {
    const { stores, platform, make } = await setup();
    const worker = make();
    worker.start(60_000);
    await stores.outbox.enqueue([chatAlert(DRAW, 'c1')]);
    worker.kick();
    await waitFor(() => platform.deliveries.length === 1, 10_000, 'the kicked delivery');
    await Promise.all([worker.stop(), worker.stop()]);
    await stores.outbox.enqueue([chatAlert(DRAW, 'c2')]);
    worker.kick();
    expect(await worker.drain()).toMatchObject({ sent: 0 });
    expect(platform.deliveries).toHaveLength(1);
  });
});
