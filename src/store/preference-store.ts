import type Keyv from 'keyv';
import type { Lang } from '../config/programs.ts';

/** What one user (or chat) chose; every field optional, absent means "the default". */
export interface Preferences {
  lang?: Lang;
}

/** Choices people make with commands such as /language, keyed by platform and user or chat id. */
export interface PreferenceStore {
  get(platform: string, id: string): Promise<Preferences>;
  /** Merges `changes` into what is stored (other choices are kept). */
  set(platform: string, id: string, changes: Preferences): Promise<Preferences>;
}

/** Platform and id joined: ids are only unique within their platform. */
const keyOf = (platform: string, id: string): string => `${platform}:${id}`;

export function createPreferenceStore(keyv: Keyv<unknown>): PreferenceStore {
  const get = async (platform: string, id: string): Promise<Preferences> => ((await keyv.get(keyOf(platform, id))) as Preferences | undefined) ?? {};
  return {
    get,
    async set(platform, id, changes) {
      const next = { ...(await get(platform, id)), ...changes };
      await keyv.set(keyOf(platform, id), next);
      return next;
    },
  };
}
