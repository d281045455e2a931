/** How transient failures are retried. */
export interface RetryPolicy {
  /** The first retry waits about this long; each next one twice as long. */
  baseMs: number;
  /** No wait is longer than this. */
  capMs: number;
  /** After this many failed tries (429s included) a transient failure drops the entry. */
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 2_000, capMs: 10 * 60_000, maxAttempts: 8 };

/**
 * The wait before try number `attempts + 1`: exponential with "equal jitter" (half fixed, half
 * random), so destinations that failed together do not all come back in the same instant.
 */
export function backoffMs(attempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp / 2 + (random() * exp) / 2);
}
