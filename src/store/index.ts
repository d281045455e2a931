import type { Logger } from '../log.ts';
import { createDrawStore, type DrawStore } from './draw-store.ts';
import { createKeyvFactory } from './keyv-factory.ts';
import { createPoolStore, type PoolStore } from './pool-store.ts';
import { createSourceStateStore, type SourceStateStore } from './source-state-store.ts';

/** Every port of the store, opened on one STORE_URL. */
export interface Stores {
  readonly url: string;
  draws: DrawStore;
  sources: SourceStateStore;
  pool: PoolStore;
  close(): Promise<void>;
}

export async function openStores(url: string, logger: Logger): Promise<Stores> {
  const factory = await createKeyvFactory(url, logger);
  return {
    url,
    draws: createDrawStore(factory.open('draws')),
    sources: createSourceStateStore(factory.open('sources')),
    pool: createPoolStore(factory.open('pool')),
    close: () => factory.close(),
  };
}
