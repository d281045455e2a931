import { describe, expect, it } from 'vitest';
import { createCoordinator } from '../../src/coordination/coordinator.ts';
import { createMemoryLeases } from '../../src/coordination/memory-leases.ts';
import { tryWithLease, withLease } from '../../src/coordination/with-lease.ts';

describe('withLease', () => {
  it('renews the lease while a slow task runs, so another instance never gets in halfway', async () => {
    const engine = createMemoryLeases();
    const a = createCoordinator(engine, { instanceId: 'a' });
    const b = createCoordinator(engine, { instanceId: 'b' });
    let outsider = false;
    await withLease(
      a,
      'lock:outbox',
      async () => {
        const until = performance.now() + 600;
        while (performance.now() < until) {
          outsider ||= await b.claim('lock:outbox', 200);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
      { ttlMs: 300 },
    );
    expect(outsider).toBe(false);
    expect(await b.claim('lock:outbox', 200)).toBe(true);
  });

  it('takes the lease at once from its own earlier run (same id), and waits for another id’s until it gives up', async () => {
    const engine = createMemoryLeases();
    const dead = createCoordinator(engine, { instanceId: 'a' });
    expect(await dead.claim('lock:outbox', 60_000)).toBe(true);
    const restarted = createCoordinator(engine, { instanceId: 'a' });
    await expect(withLease(restarted, 'lock:outbox', () => Promise.resolve('ran'), { waitMs: 100 })).resolves.toBe('ran');
    await expect(withLease(createCoordinator(engine, { instanceId: 'b' }), 'lock:outbox', () => Promise.resolve('ran'), { waitMs: 100 })).resolves.toBe('ran');
    expect(await createCoordinator(engine, { instanceId: 'd' }).claim('lock:outbox', 60_000)).toBe(true);
    await expect(withLease(createCoordinator(engine, { instanceId: 'c' }), 'lock:outbox', () => Promise.resolve('ran'), { waitMs: 100 })).rejects.toThrow(/could not take the lease/);
  });
});

describe('tryWithLease', () => {
  it('runs when the key is free, skips without waiting while another instance holds it, and renews its own during a long task', async () => {
    const engine = createMemoryLeases();
    const a = createCoordinator(engine, { instanceId: 'a' });
    const b = createCoordinator(engine, { instanceId: 'b' });
    let outsider: { ran: boolean } = { ran: false };
    const first = await tryWithLease(
      a,
      'poll:ircc',
      async () => {
        const until = performance.now() + 600;
        while (performance.now() < until) {
          if (!outsider.ran) outsider = await tryWithLease(b, 'poll:ircc', () => Promise.resolve('b polled'), { ttlMs: 300 });
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return 'a polled';
      },
      { ttlMs: 300 },
    );
    expect(first).toEqual({ ran: true, value: 'a polled' });
    expect(outsider).toEqual({ ran: false });
    expect(await tryWithLease(b, 'poll:ircc', () => Promise.resolve('b polled'))).toEqual({ ran: true, value: 'b polled' });
  });
});
