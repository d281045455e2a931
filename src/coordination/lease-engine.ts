/**
 * What a store must do for the coordinator: atomic lease operations on one key, owner-checked,
 * each successful take numbered by a fencing token that only grows. The coordinator
 * (`coordinator.ts`) adds the process's view on top: which leases it holds and for how long.
 */
export interface LeaseEngine {
  /** Which store this is, for messages ("redis", "postgres", …). */
  readonly name: string;
  /**
   * Takes `key` for `ttlMs` when nobody holds it, its lease has expired, or `owner` already holds
   * it (a restarted instance with the same id). Returns the new fencing token, or null when another owner holds it.
   */
  take(key: string, owner: string, ttlMs: number): Promise<number | null>;
  /** Extends the lease `owner` holds under `fence` to `ttlMs` from now; false when it expired or was taken. */
  extend(key: string, owner: string, fence: number, ttlMs: number): Promise<boolean>;
  /** Ends the lease if `owner` still holds it under `fence`; anything else is left alone. */
  drop(key: string, owner: string, fence: number): Promise<void>;
  /** Who holds `key` now (null when free or expired), and for how much longer. */
  holder(key: string): Promise<LeaseHolder | null>;
  /** Resolves when the store answers; rejects with the cause otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A live lease as the store sees it. */
export interface LeaseHolder {
  owner: string;
  fence: number;
  /** Milliseconds left before it expires (as the store counts them). */
  remainingMs: number;
}
