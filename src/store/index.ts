import type { Logger } from '../log.ts';
import { createDrawStore, type DrawStore } from './draw-store.ts';
import { createKeyvFactory } from './keyv-factory.ts';
import { createNewsStore, type NewsStore } from './news-store.ts';
import { createOutboxStore, type OutboxStore } from './outbox-store.ts';
import { createPoolStore, type PoolStore } from './pool-store.ts';
import { createPreferenceStore, type PreferenceStore } from './preference-store.ts';
import { createSourceStateStore, type SourceStateStore } from './source-state-store.ts';
import { createSubscriptionStore, type SubscriptionStore } from './subscription-store.ts';
import { createSerial } from '../util/serial.ts';
import type { Coordinator } from '../coordination/coordinator.ts';
import { createMemoryCoordinator } from '../coordination/coordinator.ts';
import { exclusive } from '../coordination/with-lease.ts';

/** Every port of the store, opened on one STORE_URL. */
export interface Stores {
  readonly url: string;
  draws: DrawStore;
  sources: SourceStateStore;
  pool: PoolStore;
  prefs: PreferenceStore;
  news: NewsStore;
  subscriptions: SubscriptionStore;
  outbox: OutboxStore;
  close(): Promise<void>;
}

/**
 * Opens every port on one URL. Read-modify-write of shared lists (subscription indexes, outbox
 * batches) is exclusive within the process and, through `coordinator`, across processes.
 */
export async function openStores(url: string, logger: Logger, coordinator: Coordinator = createMemoryCoordinator()): Promise<Stores> {
  const factory = await createKeyvFactory(url, logger);
  return {
    url,
    draws: createDrawStore(factory.open('draws')),
    sources: createSourceStateStore(factory.open('sources')),
    pool: createPoolStore(factory.open('pool')),
    prefs: createPreferenceStore(factory.open('prefs')),
    news: createNewsStore(factory.open('news')),
    subscriptions: createSubscriptionStore(factory.open('subs'), exclusive(coordinator, 'lock:subs', createSerial())),
    outbox: createOutboxStore(factory.open('outbox'), exclusive(coordinator, 'lock:outbox', createSerial())),
    close: () => factory.close(),
  };
}
