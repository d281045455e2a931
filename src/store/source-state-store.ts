import type Keyv from 'keyv';

/** What we remember about one source between polls. */
export interface SourceState {
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastChangeAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  consecutiveFailures: number;
  /** No poll before this instant (ISO), after failures. */
  backoffUntil: string | null;
  /** The first failure of the current run of failures (ISO); null while the source works. */
  failingSince: string | null;
}

export const EMPTY_SOURCE_STATE: SourceState = {
  etag: null,
  lastModified: null,
  bodyHash: null,
  lastAttemptAt: null,
  lastSuccessAt: null,
  lastChangeAt: null,
  lastError: null,
  lastErrorAt: null,
  consecutiveFailures: 0,
  backoffUntil: null,
  failingSince: null,
};

export interface SourceStateStore {
  get(sourceId: string): Promise<SourceState>;
  put(sourceId: string, state: SourceState): Promise<void>;
}

export function createSourceStateStore(keyv: Keyv<unknown>): SourceStateStore {
  return {
    async get(sourceId) {
      const s = (await keyv.get(sourceId)) as Partial<SourceState> | undefined;
      return { ...EMPTY_SOURCE_STATE, ...s };
    },
    async put(sourceId, state) {
      await keyv.set(sourceId, state);
    },
  };
}
