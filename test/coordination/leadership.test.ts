import { describe, expect, it } from 'vitest';
import { createCoordinator } from '../../src/coordination/coordinator.ts';
import { lead, type Leadership, type LostReason } from '../../src/coordination/leadership.ts';
import { createMemoryLeases } from '../../src/coordination/memory-leases.ts';
import { silentLogger } from '../helpers/stores.ts';
import { controllable, controllableEngine, fakeClock, type Controllable, type ControllableEngine, type FakeClock } from './controllable.ts';

const TTL = 6_000;
const MARGIN = TTL / 5;
const RETRY = 500;

type Event = { t: number; kind: 'elected'; fence: number } | { t: number; kind: 'lost'; reason: LostReason };

interface Candidate {
  id: string;
  store: Controllable;
  /** The store as this instance reaches it, under its coordinator. */
  engine: ControllableEngine;
  events: Event[];
  leadership: Leadership;
}

/** Instances on one store (a shared memory lease map) and one fake clock. */
function world() {
  const clock: FakeClock = fakeClock();
  const engine = createMemoryLeases(clock.now);
  const reached = (id: string) => {
    const own = controllableEngine(engine);
    return { own, store: controllable(createCoordinator(own, { instanceId: id, clock: clock.now, timers: clock })) };
  };
  const coordinator = (id: string) => reached(id).store;
  const candidate = (id: string): Candidate => {
    const { own, store } = reached(id);
    const events: Event[] = [];
    const leadership = lead(store, 'telegram', {
      ttlMs: TTL,
      logger: silentLogger,
      timers: clock,
      onElected: (fence) => void events.push({ t: clock.now(), kind: 'elected', fence }),
      onLost: (reason) => void events.push({ t: clock.now(), kind: 'lost', reason }),
    });
    return { id, store, engine: own, events, leadership };
  };
  return { clock, engine, coordinator, candidate };
}

const first = (c: Candidate, kind: Event['kind']) => c.events.find((e) => e.kind === kind);

describe('lead (fake clock)', () => {
  it('elects one of two instances and keeps it through many terms, renewing every third of the lease', async () => {
    const { clock, engine, candidate } = world();
    const a = candidate('a');
    const b = candidate('b');
    await clock.advance(0);
    expect([a.leadership.isLeader(), b.leadership.isLeader()]).toEqual([true, false]);
    for (let step = 0; step < 600; step++) {
      await clock.advance(100);
      expect([a, b].filter((c) => c.leadership.isLeader())).toHaveLength(1);
      expect((await engine.holder('role:telegram'))?.owner).toBe('a');
    }
    expect(a.events).toEqual([{ t: 0, kind: 'elected', fence: a.leadership.fence() }]);
    expect(b.events).toEqual([]);
  });

  it('makes a leader whose store hangs (kill -9, cut network) stop acting before its lease can expire; the other takes over after it', async () => {
    const { clock, candidate } = world();
    const a = candidate('a');
    await clock.advance(0);
    const b = candidate('b');
    await clock.advance(2_500);
    a.store.mode = 'hang';
    const lastRenewal = 2_000; // renewals every 2,000: the one at 2,000 went through, the one at 4,000 hangs
    await clock.advance(2 * TTL);
    const lost = first(a, 'lost');
    const elected = first(b, 'elected');
    expect(lost).toEqual({ t: lastRenewal + TTL - MARGIN, kind: 'lost', reason: 'unreachable' });
    expect(elected?.t).toBeGreaterThanOrEqual(lastRenewal + TTL);
    expect(elected?.t).toBeLessThanOrEqual(lastRenewal + TTL + RETRY);
    expect(b.leadership.fence()).toBeGreaterThan(a.events[0]?.kind === 'elected' ? a.events[0].fence : Infinity);
  });

  it('steps down when the store is unreachable for longer than the lease, and one instance leads again once it answers', async () => {
    const { clock, candidate } = world();
    const a = candidate('a');
    await clock.advance(0);
    const b = candidate('b');
    await clock.advance(100);
    a.store.mode = b.store.mode = 'fail';
    await clock.advance(TTL);
    expect(first(a, 'lost')).toEqual({ t: TTL - MARGIN, kind: 'lost', reason: 'unreachable' });
    expect([a.leadership.isLeader(), b.leadership.isLeader()]).toEqual([false, false]);
    await clock.advance(20_000);
    a.store.mode = b.store.mode = 'ok';
    await clock.advance(TTL + RETRY);
    expect([a, b].filter((c) => c.leadership.isLeader())).toHaveLength(1);
  });

  it('leads again after an outage in which store calls hung and never answered (a call lost with its connection)', async () => {
    const { clock, candidate } = world();
    const a = candidate('a');
    await clock.advance(0);
    const b = candidate('b');
    await clock.advance(100);
    a.engine.mode = b.engine.mode = 'hang';
    await clock.advance(20_000);
    expect([a.leadership.isLeader(), b.leadership.isLeader()]).toEqual([false, false]);
    expect(first(a, 'lost')).toMatchObject({ kind: 'lost', reason: 'unreachable' });
    a.engine.mode = b.engine.mode = 'ok';
    await clock.advance(2 * TTL);
    expect([a, b].filter((c) => c.leadership.isLeader())).toHaveLength(1);
  });

  it('keeps the lead through a failed renewal that a retry makes up for before the deadline', async () => {
    const { clock, candidate } = world();
    const a = candidate('a');
    await clock.advance(0);
    a.store.mode = 'fail';
    await clock.advance(TTL / 3 + 10);
    a.store.mode = 'ok';
    await clock.advance(3 * TTL);
    expect(a.events.map((e) => e.kind)).toEqual(['elected']);
    expect(a.leadership.isLeader()).toBe(true);
  });

  it('steps down at once when a renewal is refused (the lease went to another run of the same id)', async () => {
    const { clock, candidate, coordinator } = world();
    const a = candidate('a');
    await clock.advance(0);
    expect(await coordinator('a').claim('role:telegram', TTL)).toBe(true);
    await clock.advance(TTL / 3);
    expect(first(a, 'lost')).toEqual({ t: TTL / 3, kind: 'lost', reason: 'lease-lost' });
  });

  it('on stop, runs onLost before releasing, so the other takes over within a retry', async () => {
    const { clock, candidate } = world();
    const a = candidate('a');
    await clock.advance(0);
    const b = candidate('b');
    await clock.advance(1_000);
    await a.leadership.stop();
    expect(a.events.at(-1)).toEqual({ t: 1_000, kind: 'lost', reason: 'stopped' });
    await clock.advance(RETRY);
    expect(first(b, 'elected')?.t).toBeLessThanOrEqual(1_000 + RETRY);
    await a.leadership.stop();
    await b.leadership.stop();
    expect(clock.pending()).toBe(0);
  });

  it('stops a follower quietly and does not hang on a store call that never answers', async () => {
    const { clock, candidate } = world();
    const a = candidate('a');
    await clock.advance(0);
    const b = candidate('b');
    await clock.advance(100);
    b.store.mode = 'hang';
    await clock.advance(RETRY);
    const stopping = b.leadership.stop();
    await clock.advance(TTL);
    await stopping;
    expect(b.events).toEqual([]);
    await a.leadership.stop();
  });
});
