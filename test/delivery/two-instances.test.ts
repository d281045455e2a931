import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteCoordinator } from '../../src/coordination/sqlite-coordinator.ts';
import { createDeliveryWorker } from '../../src/delivery/worker.ts';
import { openStores } from '../../src/store/index.ts';
import { createFakePlatform } from '../fakes/fake-platform.ts';
import { silentLogger } from '../helpers/stores.ts';
import { chatAlert, PLATFORM } from './helpers.ts';

/** Two "instances": each its own store objects and its own coordinator, on one SQLite file. */
async function instance(file: string) {
  const coordinator = await createSqliteCoordinator(file);
  const stores = await openStores(`sqlite://${file}`, silentLogger, coordinator);
  return { coordinator, stores };
}

describe('two instances sharing one SQLite store', () => {
  it('lose no batch and send every entry once when both enqueue and both deliver', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ee-two-')), 'store.sqlite');
    const a = await instance(file);
    const b = await instance(file);
    const platform = createFakePlatform({ limits: { globalPerSecond: 2000, perChat: { size: 100, spanMs: 1000 }, perGroup: null } });
    const chats = Array.from({ length: 300 }, (_, i) => `c${i}`);
    // Both instances saw the same event and plan the same entries, in overlapping batches, at the same time.
    await Promise.all(chats.map((c, i) => (i % 2 ? a : b).stores.outbox.enqueue([chatAlert('ircc-438', c), chatAlert('ircc-439', c), chatAlert('ircc-440', c)])));
    const worker = (i: typeof a) =>
      createDeliveryWorker({
        outbox: i.stores.outbox,
        subscriptions: i.stores.subscriptions,
        platforms: new Map([[PLATFORM, platform]]),
        coordinator: i.coordinator,
        logger: silentLogger,
        concurrency: 16,
      });
    const wa = worker(a);
    const wb = worker(b);
    for (let pass = 0; pass < 10 && (await a.stores.outbox.pending()).length > 0; pass++) await Promise.all([wa.drain(), wb.drain()]);
    expect(await a.stores.outbox.pending()).toEqual([]);
    expect(platform.deliveries).toHaveLength(900);
    expect(platform.duplicates()).toEqual([]);
    await Promise.all([wa.stop(), wb.stop()]);
    for (const i of [a, b]) {
      await i.stores.close();
      await i.coordinator.close();
    }
  });

  it('keep every subscription when both write the indexes at once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ee-two-')), 'store.sqlite');
    const a = await instance(file);
    const b = await instance(file);
    const sub = (i: number) => ({ key: `t:${i}:`, platform: 't', chatId: String(i), threadId: null, programs: ['cec'], lang: 'en' as const, createdBy: 'x', createdAt: '2026-11-20T00:00:00Z' });
    await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).stores.subscriptions.putChat(sub(i))));
    expect((await a.stores.subscriptions.chatsFor('cec')).map((s) => s.chatId).sort()).toEqual(Array.from({ length: 200 }, (_, i) => String(i)).sort());
    for (const i of [a, b]) {
      await i.stores.close();
      await i.coordinator.close();
    }
  });
});
