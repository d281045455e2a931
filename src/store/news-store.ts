import type Keyv from 'keyv';
import type { NewsReport } from '../domain/news-report.ts';

/** How many item keys a source remembers; older ones fall off (feeds carry tens of items). */
export const SEEN_CAP = 2000;

/** Items already read per source, and news reports held back while sources disagree. */
export interface NewsStore {
  seen(sourceId: string): Promise<Set<string>>;
  markSeen(sourceId: string, keys: string[]): Promise<void>;
  pending(): Promise<NewsReport[]>;
  setPending(reports: NewsReport[]): Promise<void>;
}

export function createNewsStore(keyv: Keyv<unknown>): NewsStore {
  const list = async (sourceId: string) => ((await keyv.get(`seen:${sourceId}`)) as string[] | undefined) ?? [];
  return {
    async seen(sourceId) {
      return new Set(await list(sourceId));
    },
    async markSeen(sourceId, keys) {
      if (keys.length === 0) return;
      const current = await list(sourceId);
      const known = new Set(current);
      const next = [...current, ...keys.filter((k) => !known.has(k))];
      await keyv.set(`seen:${sourceId}`, next.slice(-SEEN_CAP));
    },
    async pending() {
      return ((await keyv.get('pending')) as NewsReport[] | undefined) ?? [];
    },
    async setPending(reports) {
      await keyv.set('pending', reports);
    },
  };
}
