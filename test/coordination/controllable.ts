import type { Coordinator } from '../../src/coordination/coordinator.ts';
import type { LeaseEngine } from '../../src/coordination/lease-engine.ts';
import type { Timers } from '../../src/coordination/leadership.ts';

/** How the store answers a coordinator: normally, with errors (the store stopped), or never (a cut network, a frozen process). */
export type StoreMode = 'ok' | 'fail' | 'hang';

/** A call passed through as the store answers now (`mode()`): normally, with ECONNREFUSED, or never. */
const gated =
  (mode: () => StoreMode) =>
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
  (...args: A): Promise<R> => {
    const now = mode();
    if (now === 'ok') return fn(...args);
    return now === 'fail' ? Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })) : new Promise<R>(() => undefined);
  };

/** A coordinator whose store can be made to fail or hang, to play outages and kill -9 in process. */
export interface Controllable extends Coordinator {
  mode: StoreMode;
}

export function controllable(inner: Coordinator): Controllable {
  const through = gated(() => c.mode);
  const c: Controllable = {
    mode: 'ok',
    instanceId: inner.instanceId,
    engine: inner.engine,
    claim: through((key: string, ttl: number) => inner.claim(key, ttl)),
    acquire: through((key: string, ttl: number) => inner.acquire(key, ttl)),
    renew: through((key: string, ttl: number) => inner.renew(key, ttl)),
    release: through((key: string) => inner.release(key)),
    holder: through((key: string) => inner.holder(key)),
    ping: through(() => inner.ping()),
    held: () => inner.held(),
    close: () => inner.close(),
  };
  return c;
}

/** A lease engine (the store itself) that can be made to fail or hang, under a real coordinator. */
export interface ControllableEngine extends LeaseEngine {
  mode: StoreMode;
}

export function controllableEngine(inner: LeaseEngine): ControllableEngine {
  const through = gated(() => e.mode);
  const e: ControllableEngine = {
    mode: 'ok',
    name: inner.name,
    take: through((key: string, owner: string, ttl: number) => inner.take(key, owner, ttl)),
    extend: through((key: string, owner: string, fence: number, ttl: number) => inner.extend(key, owner, fence, ttl)),
    drop: through((key: string, owner: string, fence: number) => inner.drop(key, owner, fence)),
    holder: through((key: string) => inner.holder(key)),
    ping: through(() => inner.ping()),
    close: () => inner.close(),
  };
  return e;
}

/** A clock that moves only when told, running due timers in order and letting promises settle between them. */
export interface FakeClock extends Timers {
  advance(ms: number): Promise<void>;
  pending(): number;
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

export function fakeClock(): FakeClock {
  let t = 0;
  let seq = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => t,
    setTimeout(fn, ms) {
      due.set(++seq, { at: t + ms, fn });
      return seq;
    },
    clearTimeout: (handle) => void due.delete(handle as number),
    pending: () => due.size,
    async advance(ms) {
      const end = t + ms;
      await settle();
      for (;;) {
        const [id, first] = [...due].reduce<[number, { at: number; fn: () => void }] | [null, null]>((best, [i, d]) => (best[1] === null || d.at < best[1].at ? [i, d] : best), [null, null]);
        if (id === null || first.at > end) break;
        due.delete(id);
        t = Math.max(t, first.at);
        first.fn();
        await settle();
      }
      t = end;
      await settle();
    },
  };
}
