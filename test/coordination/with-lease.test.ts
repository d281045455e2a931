import { describe, expect, it } from 'vitest';
import { createCoordinator } from '../../src/coordination/coordinator.ts';
import { createMemoryLeases } from '../../src/coordination/memory-leases.ts';
import { withLease } from '../../src/coordination/with-lease.ts';

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
