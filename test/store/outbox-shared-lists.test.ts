import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCoordinator } from '../../src/coordination/open-coordinator.ts';
import type { Coordinator } from '../../src/coordination/coordinator.ts';
import { openStores, type Stores } from '../../src/store/index.ts';
import { newState } from '../../src/store/outbox-store.ts';
import { chatAlert } from '../delivery/helpers.ts';
import { sharedStores } from '../delivery/instances.ts';
import { silentLogger } from '../helpers/stores.ts';

/** The outbox's shared lists (open batches, entries by draw) changed by two instances at once, on each engine that can be shared. */
describe.each(sharedStores())('the outbox lists on $name, two instances at once', (store) => {
  const opened: { stores: Stores; coordinator: Coordinator }[] = [];
  const instance = async (url: string, id: string) => {
    const coordinator = await openCoordinator(url, silentLogger, { instanceId: id });
    const i = { coordinator, stores: await openStores(url, silentLogger, coordinator) };
    opened.push(i);
    return i.stores;
  };
  beforeAll(() => store.setUp(), 60_000);
  afterEach(async () => {
    for (const i of opened.splice(0)) {
      await i.stores.close();
      await i.coordinator.close();
    }
  });
  afterAll(() => store.tearDown());

  it('lose no batch when one enqueues while the other closes finished batches', async () => {
    const url = await store.fresh();
    const [a, b] = [await instance(url, 'a'), await instance(url, 'b')];
    const done = chatAlert('ircc-1', 'x');
    await a.outbox.enqueue([done]);
    await a.outbox.setState(done.id, { ...newState(done.createdAt), status: 'sent', messageId: '1' });
    let enqueued = 0;
    const closing = (async () => {
      while (enqueued < 60) await b.outbox.closeFinished();
    })();
    for (let i = 0; i < 60; i++) {
      await (i % 2 ? a : b).outbox.enqueue([chatAlert(`ircc-${100 + i}`, `c${i}`)]);
      enqueued++;
    }
    await closing;
    const pending = await a.outbox.pending();
    expect(pending).toHaveLength(60);
    expect(pending.map((p) => p.entry.id)).not.toContain(done.id);
  });

  it('list every entry once per draw and close every finished batch, whoever enqueued it', async () => {
    const url = await store.fresh();
    const [a, b] = [await instance(url, 'a'), await instance(url, 'b')];
    const entries = Array.from({ length: 40 }, (_, i) => chatAlert('ircc-7', `c${i}`));
    await Promise.all(entries.map((e, i) => (i % 2 ? a : b).outbox.enqueue([e, entries[(i + 1) % entries.length]!])));
    expect((await b.outbox.forDraw('ircc-7')).map((p) => p.entry.id).sort()).toEqual(entries.map((e) => e.id).sort());
    expect(await a.outbox.pending()).toHaveLength(40);
    for (const e of entries) await (e.id.endsWith('1') ? a : b).outbox.setState(e.id, { ...newState(e.createdAt), status: 'sent', messageId: '1' });
    await Promise.all([a.outbox.closeFinished(), b.outbox.closeFinished()]);
    expect(await b.outbox.pending()).toEqual([]);
    expect(await a.outbox.forDraw('ircc-7')).toHaveLength(40);
  });
});
