import type Keyv from 'keyv';
import type { PoolSnapshot } from '../domain/pool.ts';

/** IRCC's newest pool distribution. */
export interface PoolStore {
  latest(): Promise<PoolSnapshot | undefined>;
  /** Keeps the snapshot when it is at least as new as the stored one. */
  offer(snapshot: PoolSnapshot): Promise<boolean>;
}

export function createPoolStore(keyv: Keyv<unknown>): PoolStore {
  return {
    async latest() {
      return await keyv.get('latest');
    },
    async offer(snapshot) {
      const current = (await keyv.get('latest')) as PoolSnapshot | undefined;
      if (current && (current.asOnDate ?? '') > (snapshot.asOnDate ?? '')) return false;
      if (current && JSON.stringify(current) === JSON.stringify(snapshot)) return false;
      await keyv.set('latest', snapshot);
      return true;
    },
  };
}
