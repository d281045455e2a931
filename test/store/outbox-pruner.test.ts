import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryCoordinator, type Coordinator } from '../../src/coordination/coordinator.ts';
import { openCoordinator } from '../../src/coordination/open-coordinator.ts';
import type { OutboxEntry } from '../../src/domain/outbox.ts';
import { createOutboxPruner, PRUNE_EVERY_MS, type OutboxPruner, type PruneRun } from '../../src/runtime/outbox-pruner.ts';
import { openStores, type Stores } from '../../src/store/index.ts';
import { newState, type OutboxStore } from '../../src/store/outbox-store.ts';
import { chatAlert } from '../delivery/helpers.ts';
import { sharedStores } from '../delivery/instances.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { silentLogger } from '../helpers/stores.ts';

const OLD = '2026-01-10T12:00:00.000Z';
const START = Date.parse('2026-11-20T15:00:00.000Z');

/** A timer the test fires by hand: what was scheduled, and whether it was cancelled. */
function handTimer() {
  const timers: { fn: () => void; ms: number; cancelled: boolean }[] = [];
  const waiting: { n: number; resolve: () => void }[] = [];
  return {
    timers,
    schedule: (fn: () => void, ms: number) => {
      const t = { fn, ms, cancelled: false };
      timers.push(t);
      for (const w of waiting) if (timers.length >= w.n) w.resolve();
      return { cancel: () => void (t.cancelled = true) };
    },
    /** Resolves once `n` timers have been scheduled in all. */
    scheduled: (n: number) => new Promise<void>((resolve) => (timers.length >= n ? resolve() : waiting.push({ n, resolve }))),
  };
}

/** Resolves with the next `n` runs of a pruner. */
function runs(n: number): { onRun: (r: PruneRun) => void; next: Promise<PruneRun[]> } {
  const seen: PruneRun[] = [];
  let done: (r: PruneRun[]) => void = () => undefined;
  const next = new Promise<PruneRun[]>((resolve) => (done = resolve));
  return {
    next,
    onRun: (r) => {
      seen.push(r);
      if (seen.length === n) done(seen);
    },
  };
}

async function finishedOld(outbox: OutboxStore, drawId: string, n: number): Promise<OutboxEntry[]> {
  const entries = Array.from({ length: n }, (_, i) => ({ ...chatAlert(drawId, `c${i}`), createdAt: OLD }));
  await outbox.enqueue(entries);
  for (const e of entries) await outbox.setState(e.id, { ...newState(OLD), status: 'sent', messageId: '1' });
  await outbox.closeFinished();
  return entries;
}

describe.each(sharedStores())('outbox pruning by two instances on $name', (store) => {
  const opened: { stores: Stores; coordinator: Coordinator; pruner?: OutboxPruner }[] = [];
  beforeAll(() => store.setUp(), 60_000);
  afterEach(async () => {
    for (const i of opened.splice(0)) {
      await i.pruner?.stop();
      await i.stores.close();
      await i.coordinator.close();
    }
  });
  afterAll(() => store.tearDown());

  it('prune once per period between them: at start, not again within the period, once after it', async () => {
    const url = await store.fresh();
    let clock = START;
    const instance = async (id: string) => {
      const coordinator = await openCoordinator(url, silentLogger, { instanceId: id });
      const i: (typeof opened)[number] = { coordinator, stores: await openStores(url, silentLogger, coordinator) };
      opened.push(i);
      return i;
    };
    const [a, b] = [await instance('a'), await instance('b')];
    await finishedOld(a.stores.outbox, 'd-1', 5);
    const timer = handTimer();
    const first = [runs(1), runs(1)];
    const pruner = (i: (typeof opened)[number], k: number) =>
      (i.pruner = createOutboxPruner({
        outbox: i.stores.outbox,
        coordinator: i.coordinator,
        logger: silentLogger,
        now: () => new Date(clock),
        retentionDays: 90,
        schedule: timer.schedule,
        onRun: (r) => first[k]!.onRun(r),
      }));
    const [pa, pb] = [pruner(a, 0), pruner(b, 1)];
    pa.start();
    pb.start();
    const started = [...(await first[0]!.next), ...(await first[1]!.next)];
    expect(started.filter((r) => r.ran)).toEqual([{ ran: true, removed: 5 }]);
    expect(started.filter((r) => !r.ran).map((r) => !r.ran && r.why)).toEqual([expect.stringMatching(/^(busy|recent)$/)]);
    // Each schedules its next try a period later.
    await timer.scheduled(2);
    expect(timer.timers.map((t) => t.ms)).toEqual([PRUNE_EVERY_MS, PRUNE_EVERY_MS]);

    await finishedOld(b.stores.outbox, 'd-2', 3);
    clock += PRUNE_EVERY_MS / 2;
    expect(await Promise.all([pa.run(), pb.run()])).toEqual([
      { ran: false, why: expect.stringMatching(/^(busy|recent)$/) as unknown },
      { ran: false, why: expect.stringMatching(/^(busy|recent)$/) as unknown },
    ]);
    clock += PRUNE_EVERY_MS / 2;
    const later = await Promise.all([pa.run(), pb.run()]);
    expect(later.filter((r) => r.ran)).toEqual([{ ran: true, removed: 3 }]);
    expect(await a.stores.outbox.forDraw('d-2')).toEqual([]);
  });
});

describe('the outbox pruner', () => {
  function stubOutbox(prune: OutboxStore['prune']) {
    const marks: string[] = [];
    let last: string | null = null;
    const outbox: Pick<OutboxStore, 'prune' | 'prunedAt' | 'markPruned'> = {
      prune,
      prunedAt: () => Promise.resolve(last),
      markPruned: (at) => {
        marks.push(at);
        last = at;
        return Promise.resolve();
      },
    };
    return { outbox, marks };
  }

  it('runs at start and then on its timer every period, with the cutoff OUTBOX_RETENTION_DAYS back, and logs what it removed', async () => {
    let clock = START;
    const cutoffs: string[] = [];
    const { outbox, marks } = stubOutbox((before) => {
      cutoffs.push(before.toISOString());
      return Promise.resolve(cutoffs.length === 1 ? 7 : 0);
    });
    const timer = handTimer();
    const log = captureLogger('info');
    let seen = runs(1);
    const pruner = createOutboxPruner({
      outbox,
      coordinator: createMemoryCoordinator(),
      logger: log.logger,
      now: () => new Date(clock),
      retentionDays: 30,
      schedule: timer.schedule,
      onRun: (r) => seen.onRun(r),
    });
    pruner.start();
    expect(await seen.next).toEqual([{ ran: true, removed: 7 }]);
    expect(cutoffs).toEqual(['2026-10-21T15:00:00.000Z']);
    expect(log.lines.filter((l) => l.msg === 'old outbox entries deleted').map((l) => l.removed)).toEqual([7]);
    for (let i = 0; i < 2; i++) {
      await timer.scheduled(i + 1);
      expect(timer.timers.filter((t) => !t.cancelled)).toHaveLength(i + 1);
      clock += PRUNE_EVERY_MS;
      seen = runs(1);
      timer.timers.at(-1)!.fn();
      expect(await seen.next).toEqual([{ ran: true, removed: 0 }]);
    }
    await timer.scheduled(3);
    expect(marks).toHaveLength(3);
    // Nothing removed, nothing logged.
    expect(log.lines.filter((l) => l.msg === 'old outbox entries deleted')).toHaveLength(1);
    await pruner.stop();
    expect(timer.timers.at(-1)!.cancelled).toBe(true);
    expect(await pruner.run()).toEqual({ ran: false, why: 'stopped' });
  });

  it('stops a long run after its current step, without marking it done, and lets go of the lease', async () => {
    let stepping: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => (stepping = resolve));
    const { outbox, marks } = stubOutbox(
      (_, opts) =>
        new Promise((resolve) => {
          stepping();
          opts?.signal?.addEventListener('abort', () => resolve(2));
        }),
    );
    const coordinator = createMemoryCoordinator();
    const pruner = createOutboxPruner({ outbox, coordinator, logger: silentLogger, now: () => new Date(START), retentionDays: 90, schedule: handTimer().schedule });
    const running = pruner.run();
    await inside;
    await pruner.stop();
    expect(await running).toEqual({ ran: false, why: 'stopped' });
    expect(marks).toEqual([]);
    expect(await coordinator.claim('outbox-prune', 1_000)).toBe(true);
  });

  it('reports a failing store as a failed run, and refuses a retention shorter than the alert window allows', async () => {
    const { outbox } = stubOutbox(() => Promise.reject(new Error('store down')));
    const log = captureLogger('info');
    const pruner = createOutboxPruner({ outbox, coordinator: createMemoryCoordinator(), logger: log.logger, now: () => new Date(START), retentionDays: 90, schedule: handTimer().schedule });
    expect(await pruner.run()).toEqual({ ran: false, why: 'failed' });
    expect(log.warnings().map((l) => l.msg)).toEqual(['pruning the outbox failed; trying again at the next period']);
    expect(() => createOutboxPruner({ outbox, coordinator: createMemoryCoordinator(), logger: silentLogger, now: () => new Date(START), retentionDays: 7 })).toThrow(/at least 14 days/);
  });
});
