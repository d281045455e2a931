import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Coordinator } from '../../src/coordination/coordinator.ts';
import { leaseStores, until } from './lease-engines.ts';

let n = 0;
const fresh = (name: string) => `${name}:${process.pid}:${++n}`;

describe.each(leaseStores())('the coordinator on $name', (store) => {
  const opened: Coordinator[] = [];
  const open = async (id: string) => {
    const c = await store.open(id);
    opened.push(c);
    return c;
  };
  beforeAll(() => store.setUp(), 60_000);
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
  });
  afterAll(() => store.tearDown());

  it('gives a free key to one instance; the other is refused until it is released', async () => {
    const [a, b] = [await open(fresh('a')), await open(fresh('b'))];
    const key = fresh('poll:ircc');
    const lease = await a.acquire(key, 30_000);
    expect(lease).toMatchObject({ key, owner: a.instanceId });
    expect(await b.claim(key, 30_000)).toBe(false);
    expect(await b.holder(key)).toMatchObject({ owner: a.instanceId, fence: lease?.fence });
    await b.release(key);
    expect(await a.holder(key)).toMatchObject({ owner: a.instanceId });
    await a.release(key);
    expect(await a.holder(key)).toBeNull();
    expect(await b.claim(key, 30_000)).toBe(true);
  });

  it('is not re-entrant within a process: a key this instance holds is refused to it too', async () => {
    const a = await open(fresh('a'));
    const key = fresh('outbox:1');
    expect(await a.claim(key, 30_000)).toBe(true);
    expect(await a.claim(key, 30_000)).toBe(false);
    const racing = await Promise.all([a.claim(fresh('x'), 30_000), a.claim(key, 30_000)]);
    expect(racing).toEqual([true, false]);
  });

  it('lets exactly one of many racing claims win', async () => {
    const all = await Promise.all(Array.from({ length: 4 }, (_, i) => open(fresh(`i${i}`))));
    const key = fresh('role:telegram');
    const won = await Promise.all(all.flatMap((c) => [c.claim(key, 30_000), c.claim(key, 30_000)]));
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it('lets another instance take an expired lease, and the old holder can neither renew nor release it', async () => {
    const [a, b] = [await open(fresh('a')), await open(fresh('b'))];
    const key = fresh('lock:outbox');
    expect(await a.claim(key, 300)).toBe(true);
    const waited = await until(() => b.claim(key, 30_000), 10_000, 'the takeover');
    expect(waited).toBeGreaterThan(150);
    expect(await a.renew(key, 30_000)).toBe(false);
    await a.release(key);
    expect(await b.holder(key)).toMatchObject({ owner: b.instanceId });
  });

  it('renews a lease it holds, so it outlives its first TTL', async () => {
    const [a, b] = [await open(fresh('a')), await open(fresh('b'))];
    const key = fresh('role:poller');
    // A TTL well above the renewal pace, so a busy machine's late timer does not lose it.
    expect(await a.claim(key, 1_000)).toBe(true);
    const started = performance.now();
    while (performance.now() - started < 1_500) {
      expect(await a.renew(key, 1_000)).toBe(true);
      expect(await b.claim(key, 1_000)).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await b.renew(key, 1_000)).toBe(false);
    expect((await a.holder(key))?.remainingMs).toBeGreaterThan(0);
  });

  it('hands a restarted instance (same INSTANCE_ID) its own claims at once, with a new fence; the old run loses them', async () => {
    const id = fresh('stable');
    const before = await open(id);
    const key = fresh('outbox:entry');
    const first = await before.acquire(key, 60_000);
    // kill -9: nothing released. The same id starts again.
    const after = await open(id);
    const again = await after.acquire(key, 60_000);
    expect(again?.fence).toBeGreaterThan(first?.fence ?? Infinity);
    expect(await before.renew(key, 60_000)).toBe(false);
    await before.release(key);
    expect(await after.holder(key)).toMatchObject({ owner: id, fence: again?.fence });
    expect(await (await open(fresh('other'))).claim(key, 60_000)).toBe(false);
  });

  it('numbers every take with a fence that only grows, across keys and instances', async () => {
    const [a, b] = [await open(fresh('a')), await open(fresh('b'))];
    const fences: number[] = [];
    const key = fresh('k');
    for (let i = 0; i < 6; i++) {
      const c = i % 2 ? a : b;
      const lease = await c.acquire(i % 3 ? key : fresh('other'), 30_000);
      fences.push(lease?.fence ?? -1);
      await c.release(lease?.key ?? '');
    }
    expect(fences).toEqual([...fences].sort((x, y) => x - y));
    expect(new Set(fences).size).toBe(6);
  });

  it('releases everything an instance holds when it closes, and only that', async () => {
    const [a, b] = [await open(fresh('a')), await open(fresh('b'))];
    const keys = [fresh('poll:x'), fresh('outbox:y'), fresh('role:z')];
    for (const k of keys) expect(await a.claim(k, 60_000)).toBe(true);
    const mine = fresh('b-own');
    expect(await b.claim(mine, 60_000)).toBe(true);
    expect(a.held().sort()).toEqual([...keys].sort());
    await a.close();
    await a.close();
    for (const k of keys) expect(await b.claim(k, 60_000)).toBe(true);
    expect(await b.holder(mine)).toMatchObject({ owner: b.instanceId });
    expect(await a.claim(fresh('after-close'), 1_000)).toBe(false);
  });

  it('answers a ping', async () => {
    const a = await open(fresh('a'));
    await expect(a.ping()).resolves.toBeUndefined();
    expect(a.engine).toBe(store.name);
  });
});
