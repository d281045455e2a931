/** Delay before the next attempt after `failures` consecutive failures: 1 min doubling to 30 min. */
export function backoffMs(failures: number, baseMs = 60_000, capMs = 30 * 60_000): number {
  if (failures <= 0) return 0;
  return Math.min(capMs, baseMs * 2 ** Math.min(failures - 1, 20));
}
