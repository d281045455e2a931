import type { Logger } from '../log.ts';
import { createDrawStore, type DrawStore } from './draw-store.ts';
import type Keyv from 'keyv';
import { createKeyvFactory, DEFAULT_CONNECT_TIMEOUT_MS, type KeyvFactory } from './keyv-factory.ts';
import { createInboxStore, type InboxStore } from './inbox-store.ts';
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
import { within } from './within.ts';
import { openOutboxLists, type OpenedLists } from './outbox/open-outbox-lists.ts';

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
  /** Webhook updates handed to the instance that runs their platform. */
  inbox: InboxStore;
  /** Resolves when the store answers within STORE_CONNECT_TIMEOUT_MS, else rejects with the cause: cheap, for /healthz. */
  ping(): Promise<void>;
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

/** The keyv namespaces' factory and the outbox's engine lists, or nothing left open when either fails. */
async function openKeyvAndLists(url: string, logger: Logger, coordinator: Coordinator, connectTimeoutMs: number): Promise<{ factory: KeyvFactory; outbox: Keyv<unknown>; lists: OpenedLists }> {
  const factory = await createKeyvFactory(url, logger, connectTimeoutMs);
  const outbox = factory.open<unknown>('outbox');
  try {
    const lists = await openOutboxLists(factory, outbox, { logger, connectTimeoutMs, serial: exclusive(coordinator, 'lock:outbox', createSerial()) });
    return { factory, outbox, lists };
  } catch (err) {
    await factory.close();
    throw err;
  }
}

/**
 * Opens every port on one URL. Subscriptions use the engine's own transactions (decision 0007);
 * the outbox's shared lists its sets or tables on Redis and PostgreSQL, and on SQLite a lease of
 * `coordinator` around each change (decision 0011).
 */
export async function openStores(url: string, logger: Logger, coordinator: Coordinator = createMemoryCoordinator(), opts: OpenStoresOptions = {}): Promise<Stores> {
  const connectTimeoutMs = opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  // Opened first: on Redis and PostgreSQL it is also the bounded check that the server answers.
  const subscriptions = await openSubscriptionStore(url, { logger, connectTimeoutMs, ...(opts.now ? { now: opts.now } : {}) });
  let opened: Awaited<ReturnType<typeof openKeyvAndLists>>;
  try {
    opened = await openKeyvAndLists(url, logger, coordinator, connectTimeoutMs);
  } catch (err) {
    await subscriptions.close();
    throw err;
  }
  const { factory, outbox, lists } = opened;
  if (opts.programCodes) {
    try {
      await migrateLegacySubscriptions(factory.open('subs'), subscriptions, opts.programCodes, logger);
    } catch (err) {
      await Promise.all([lists.close(), factory.close(), subscriptions.close()]);
      throw err;
    }
  }
  const health = factory.open<string>('health');
  return {
    url,
    ping: async () => void (await within(health.get('ping'), connectTimeoutMs, `the ${factory.kind} store`)),
    draws: createDrawStore(factory.open('draws')),
    sources: createSourceStateStore(factory.open('sources')),
    pool: createPoolStore(factory.open('pool')),
    prefs: createPreferenceStore(factory.open('prefs')),
    news: createNewsStore(factory.open('news')),
    subscriptions,
    outbox: createOutboxStore(outbox, lists.lists),
    inbox: createInboxStore(factory.open('inbox'), exclusive(coordinator, 'lock:inbox', createSerial())),
    close: async () => {
      await Promise.all([lists.close(), factory.close(), subscriptions.close()]);
    },
  };
}
