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

export async function openStores(url: string, logger: Logger): Promise<Stores> {
  const factory = await createKeyvFactory(url, logger);
  return {
    url,
    draws: createDrawStore(factory.open('draws')),
    sources: createSourceStateStore(factory.open('sources')),
    pool: createPoolStore(factory.open('pool')),
    prefs: createPreferenceStore(factory.open('prefs')),
    news: createNewsStore(factory.open('news')),
    subscriptions: createSubscriptionStore(factory.open('subs'), createSerial()),
    outbox: createOutboxStore(factory.open('outbox'), createSerial()),
    close: () => factory.close(),
  };
}
