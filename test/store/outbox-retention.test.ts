import type Keyv from 'keyv';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryCoordinator, type Coordinator } from '../../src/coordination/coordinator.ts';
import { openCoordinator } from '../../src/coordination/open-coordinator.ts';
import { exclusive } from '../../src/coordination/with-lease.ts';
import type { OutboxEntry } from '../../src/domain/outbox.ts';
import { createKeyvFactory, type KeyvFactory } from '../../src/store/keyv-factory.ts';
import { openOutboxLists, type OpenedLists } from '../../src/store/outbox/open-outbox-lists.ts';
import type { Filed, OutboxLists } from '../../src/store/outbox/outbox-lists.ts';
import { createOutboxStore, MAX_KEPT_STEPS, newState, type OutboxStore } from '../../src/store/outbox-store.ts';
import { createSerial } from '../../src/util/serial.ts';
import { chatAlert, editOf } from '../delivery/helpers.ts';
import { sharedStores, type SharedStore } from '../delivery/instances.ts';
import { silentLogger } from '../helpers/stores.ts';

const OLD = '2026-01-10T12:00:00.000Z';
const RECENT = '2026-11-19T12:00:00.000Z';
const BEFORE = new Date('2026-08-22T15:00:00.000Z');

const memory: SharedStore = { name: 'sqlite', server: null, setUp: () => Promise.resolve(), tearDown: () => Promise.resolve(), fresh: () => Promise.resolve('memory://') };
const engines: { name: string; store: SharedStore }[] = [{ name: 'memory', store: memory }, ...sharedStores().map((store) => ({ name: store.name, store }))];

const at = (e: OutboxEntry, createdAt: string): OutboxEntry => ({ ...e, createdAt });
const sent = (e: OutboxEntry) => ({ ...newState(e.createdAt), status: 'sent' as const, messageId: '1' });
const dropped = (e: OutboxEntry) => ({ ...newState(e.createdAt), status: 'dropped' as const, lastError: 'gone' });

/** Every call the store makes to the lists, so a test can see each step's size. */
function recording(lists: OutboxLists): { lists: OutboxLists; steps: { filed: number[]; forgotten: number[] } } {
  const steps = { filed: [] as number[], forgotten: [] as number[] };
  return {
    steps,
    lists: {
      ...lists,
      async filedBefore(before, limit, skip) {
        const out = await lists.filedBefore(before, limit, skip);
        steps.filed.push(out.length);
        return out;
      },
      async forget(items: readonly Filed[]) {
        steps.forgotten.push(items.length);
        await lists.forget(items);
      },
    },
  };
}

/** The outbox's retention, the same contract on every engine: the outbox store over the engine's own lists. */
describe.each(engines)('outbox retention on $name', ({ store }) => {
  const opened: { factory: KeyvFactory; lists: OpenedLists; coordinator: Coordinator }[] = [];
  async function open(): Promise<{ outbox: OutboxStore; lists: OutboxLists; keyv: Keyv<unknown>; steps: { filed: number[]; forgotten: number[] } }> {
    const url = await store.fresh();
    const coordinator = url === 'memory://' ? createMemoryCoordinator() : await openCoordinator(url, silentLogger, { instanceId: 'a' });
    const factory = await createKeyvFactory(url, silentLogger, 5_000);
    const keyv = factory.open<unknown>('outbox');
    const lists = await openOutboxLists(factory, keyv, { logger: silentLogger, connectTimeoutMs: 5_000, serial: exclusive(coordinator, 'lock:outbox', createSerial()) });
    opened.push({ factory, lists, coordinator });
    const rec = recording(lists.lists);
    return { outbox: createOutboxStore(keyv, rec.lists), lists: lists.lists, keyv, steps: rec.steps };
  }
  beforeAll(() => store.setUp(), 60_000);
  afterEach(async () => {
    for (const o of opened.splice(0)) {
      await o.lists.close();
      await o.factory.close();
      await o.coordinator.close();
    }
  });
  afterAll(() => store.tearDown());

  it('deletes old finished entries with their states and list memberships, keeps old pending and recent ones', async () => {
    const { outbox, lists } = await open();
    const oldSent = at(chatAlert('d-1', 'sent'), OLD);
    const oldDropped = at(chatAlert('d-1', 'dropped'), OLD);
    const oldPending = at(chatAlert('d-1', 'pending'), OLD);
    const oldRetrying = at(chatAlert('d-1', 'retrying'), OLD);
    const recentSent = at(chatAlert('d-1', 'recent'), RECENT);
    const gone = ['a', 'b', 'c'].map((c) => at(chatAlert('d-2', c), OLD));
    await outbox.enqueue([oldSent, oldDropped, ...gone]);
    await outbox.enqueue([oldPending, oldRetrying]);
    await outbox.enqueue([recentSent]);
    await outbox.setState(oldSent.id, sent(oldSent));
    await outbox.setState(oldDropped.id, dropped(oldDropped));
    await outbox.setState(oldRetrying.id, { ...newState(OLD), attempts: 3, nextAttemptAt: RECENT });
    await outbox.setState(recentSent.id, sent(recentSent));
    for (const e of gone) await outbox.setState(e.id, sent(e));
    // Entries of a batch still open are never deleted: the finished batches close first (the worker does this every pass).
    expect(await outbox.prune(BEFORE)).toBe(0);
    await outbox.closeFinished();

    expect(await outbox.prune(BEFORE)).toBe(5);

    const left = [oldPending, oldRetrying, recentSent].map((e) => e.id).sort();
    expect((await outbox.forDraw('d-1')).map((i) => i.entry.id).sort()).toEqual(left);
    expect(await outbox.forDraw('d-2')).toEqual([]);
    expect(await lists.ofDraw('d-2')).toEqual([]);
    for (const e of [oldSent, oldDropped, ...gone]) {
      expect(await outbox.getEntry(e.id)).toBeUndefined();
      expect(await outbox.getState(e.id)).toBeUndefined();
    }
    expect((await outbox.getState(recentSent.id))?.status).toBe('sent');
    expect((await outbox.pending()).map((i) => i.entry.id).sort()).toEqual([oldPending.id, oldRetrying.id].sort());
    // What is left of the ledger: the kept entries only.
    expect((await lists.filedBefore(Date.parse('2100-01-01'), 100, 0)).map((f) => f.id).sort()).toEqual(left);
    // Nothing more to do: a second run removes nothing.
    expect(await outbox.prune(BEFORE)).toBe(0);
    // Once the pending ones are done, they go at the next run (old); the recent one stays.
    await outbox.setState(oldPending.id, sent(oldPending));
    await outbox.setState(oldRetrying.id, dropped(oldRetrying));
    await outbox.closeFinished();
    expect(await outbox.prune(BEFORE)).toBe(2);
    expect((await outbox.forDraw('d-1')).map((i) => i.entry.id)).toEqual([recentSent.id]);
  });

  it('works in bounded steps, whatever the number of entries', async () => {
    const { outbox, steps } = await open();
    const entries = Array.from({ length: 23 }, (_, i) => at(chatAlert(`d-${i % 3}`, `c${i}`), OLD));
    await outbox.enqueue(entries.slice(0, 20));
    await outbox.enqueue(entries.slice(20));
    for (const e of entries.slice(0, 20)) await outbox.setState(e.id, sent(e));
    await outbox.closeFinished();
    expect(await outbox.prune(BEFORE, { step: 4 })).toBe(20);
    expect(steps.filed.length).toBeGreaterThan(5);
    expect(Math.max(...steps.filed, ...steps.forgotten)).toBeLessThanOrEqual(4);
    expect((await outbox.pending()).map((i) => i.entry.id).sort()).toEqual(
      entries
        .slice(20)
        .map((e) => e.id)
        .sort(),
    );
  });

  it('keeps an old original while an edit of it waits, and every entry of a batch still open', async () => {
    const { outbox, lists } = await open();
    const original = at(chatAlert('d-1', 'x'), OLD);
    const other = at(chatAlert('d-1', 'y'), OLD);
    const alone = at(chatAlert('d-1', 'w'), OLD);
    const waiting = at(chatAlert('d-1', 'z'), OLD);
    await outbox.enqueue([original, alone]);
    await outbox.enqueue([other, waiting]);
    for (const e of [original, alone, other]) await outbox.setState(e.id, sent(e));
    await outbox.closeFinished();
    const edit = at(editOf(original, 'corrected', 'CRS 512'), RECENT);
    await outbox.enqueue([edit]);
    // Only `alone` may go: `original` has an edit waiting, `other` shares an open batch with `waiting`.
    expect(await outbox.prune(BEFORE)).toBe(1);
    expect(await outbox.getEntry(alone.id)).toBeUndefined();
    expect(await outbox.getEntry(original.id)).toBeDefined();
    expect(await outbox.getEntry(other.id)).toBeDefined();
    await outbox.setState(waiting.id, sent(waiting));
    await outbox.setState(edit.id, sent(edit));
    await outbox.closeFinished();
    expect(await lists.openBatches()).toEqual([]);
    // The edit went out and the batch is closed: they can go now.
    expect(await outbox.prune(BEFORE)).toBe(3);
    expect((await outbox.forDraw('d-1')).map((i) => i.entry.id)).toEqual([edit.id]);
  });

  it('never closes a batch whose entries are still being written, so none of them is lost', async () => {
    const { keyv, lists } = await open();
    // An enqueue paused between listing its batch and writing its records, while the worker closes finished batches.
    let release!: () => void;
    const paused = new Promise<void>((resolve) => (release = resolve));
    const slow = new Proxy(keyv, {
      get(target, prop) {
        if (prop === 'setMany') return async (items: { key: string; value: unknown }[]) => paused.then(() => target.setMany(items));
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const outbox = createOutboxStore(slow, lists);
    const entries = ['a', 'b'].map((c) => at(chatAlert('d-5', c), RECENT));
    const writing = outbox.enqueue(entries);
    await expect.poll(async () => (await lists.openBatches()).length).toBe(1);
    await outbox.closeFinished();
    release();
    expect(await writing).toBe(2);
    expect((await outbox.pending()).map((i) => i.entry.id).sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('walks past at most MAX_KEPT_STEPS steps of entries it must keep, then ends the run', async () => {
    const { outbox, steps } = await open();
    const waiting = Array.from({ length: 30 }, (_, i) => at(chatAlert('d-7', `w${i}`), '2026-01-01T00:00:00.000Z'));
    const done = Array.from({ length: 5 }, (_, i) => at(chatAlert('d-8', `s${i}`), OLD));
    await outbox.enqueue(waiting);
    await outbox.enqueue(done);
    for (const e of done) await outbox.setState(e.id, sent(e));
    await outbox.closeFinished();
    // Step 2: after 10 steps' worth (20) of kept entries the run stops, before it reaches the finished ones.
    expect(await outbox.prune(BEFORE, { step: 2 })).toBe(0);
    expect(steps.filed.length).toBeLessThanOrEqual(MAX_KEPT_STEPS + 2);
    for (const e of waiting) await outbox.setState(e.id, sent(e));
    await outbox.closeFinished();
    expect(await outbox.prune(BEFORE, { step: 2 })).toBe(35);
  });

  it('forgets a listed entry whose record was never written (a crash mid-enqueue), and an entry pruned can be queued again', async () => {
    const { outbox, lists } = await open();
    const lost = at(chatAlert('d-9', 'lost'), OLD);
    await lists.addBatch('crashed', [lost]);
    // While its batch is open the listing stays; the event queued again writes the record, it is sent, the batches close.
    expect(await outbox.prune(BEFORE)).toBe(0);
    expect(await outbox.enqueue([lost])).toBe(1);
    await outbox.setState(lost.id, sent(lost));
    await outbox.closeFinished();
    expect(await lists.openBatches()).toEqual([]);
    expect(await outbox.prune(BEFORE)).toBe(1);
    expect(await lists.filedBefore(Date.parse('2100-01-01'), 10, 0)).toEqual([]);
    expect(await lists.ofDraw('d-9')).toEqual([]);
    const done = at(chatAlert('d-9', 'done'), OLD);
    await outbox.enqueue([done]);
    await outbox.setState(done.id, sent(done));
    await outbox.closeFinished();
    expect(await outbox.prune(BEFORE)).toBe(1);
    expect(await outbox.enqueue([done])).toBe(1);
  });
});
