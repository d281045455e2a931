import type { Logger } from '../log.ts';
import { createDrawStore, type DrawStore } from './draw-store.ts';
import { createKeyvFactory, DEFAULT_CONNECT_TIMEOUT_MS } from './keyv-factory.ts';
import { migrateLegacySubscriptions } from './legacy-subscriptions.ts';
import { createNewsStore, type NewsStore } from './news-store.ts';
import { createOutboxStore, type OutboxStore } from './outbox-store.ts';
import { createPoolStore, type PoolStore } from './pool-store.ts';
import { createPreferenceStore, type PreferenceStore } from './preference-store.ts';
import { createSourceStateStore, type SourceStateStore } from './source-state-store.ts';
import type { SubscriptionStore } from './subscription-store.ts';
import { openSubscriptionStore } from './subscriptions/open-subscription-store.ts';
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

/** Optional settings of `openStores`. */
export interface OpenStoresOptions {
  /** STORE_CONNECT_TIMEOUT_MS: how long opening Redis or PostgreSQL may take before a StoreError. */
  connectTimeoutMs?: number;
  now?: () => Date;
  /** Program codes: when given, subscriptions of the first store layout are moved into today's once (a bot upgraded in place keeps its subscribers). */
  programCodes?: readonly string[];
}

/**
 * Opens every port on one URL. Read-modify-write of shared lists (outbox batches) is exclusive
 * within the process and, through `coordinator`, across processes; subscriptions use the
 * engine's own transactions (decision 0007).
 */
export async function openStores(url: string, logger: Logger, coordinator: Coordinator = createMemoryCoordinator(), opts: OpenStoresOptions = {}): Promise<Stores> {
  const connectTimeoutMs = opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  // Opened first: on Redis and PostgreSQL it is also the bounded check that the server answers.
  const subscriptions = await openSubscriptionStore(url, { logger, connectTimeoutMs, ...(opts.now ? { now: opts.now } : {}) });
  let factory: Awaited<ReturnType<typeof createKeyvFactory>>;
  try {
    factory = await createKeyvFactory(url, logger, connectTimeoutMs);
  } catch (err) {
    await subscriptions.close();
    throw err;
  }
  if (opts.programCodes) {
    try {
      await migrateLegacySubscriptions(factory.open('subs'), subscriptions, opts.programCodes, logger);
    } catch (err) {
      await Promise.all([factory.close(), subscriptions.close()]);
      throw err;
    }
  }
  return {
    url,
    draws: createDrawStore(factory.open('draws')),
    sources: createSourceStateStore(factory.open('sources')),
    pool: createPoolStore(factory.open('pool')),
    prefs: createPreferenceStore(factory.open('prefs')),
    news: createNewsStore(factory.open('news')),
    subscriptions,
    outbox: createOutboxStore(factory.open('outbox'), exclusive(coordinator, 'lock:outbox', createSerial())),
    close: async () => {
      await Promise.all([factory.close(), subscriptions.close()]);
    },
  };
}
