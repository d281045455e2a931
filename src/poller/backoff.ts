/** Delay before the next attempt after `failures` consecutive failures: 1 min doubling to 30 min. */
export function backoffMs(failures: number, baseMs = 60_000, capMs = 30 * 60_000): number {
  if (failures <= 0) return 0;
  return Math.min(capMs, baseMs * 2 ** Math.min(failures - 1, 20));
}

/**
 * The wait after a failure when the source may have said how long to wait (Retry-After on a 429 or
 * 503): what it asked when that is longer than our backoff, but never beyond the backoff's cap — a
 * server asking for a day must not silence IRCC's file for a day. A shorter ask does not make us
 * come back sooner than our own backoff.
 */
export function retryDelayMs(failures: number, retryAfterMs: number | null, baseMs = 60_000, capMs = 30 * 60_000): number {
  return Math.min(capMs, Math.max(backoffMs(failures, baseMs, capMs), retryAfterMs ?? 0));
}
