/** Whether a lane goes on with its next item after this one. */
export type LaneStep = 'next' | 'stop-lane';

/**
 * Runs `items` grouped into lanes by `keyOf` (one lane per chat), lanes in order of their first
 * item, at most `concurrency` lanes at once, each lane's items one after another. One item per
 * chat at a time keeps a slow chat from taking many slots; a lane that says `stop-lane` leaves
 * its other items for a later pass. Returns the items that were not run.
 */
export async function runLanes<T>(items: readonly T[], keyOf: (item: T) => string, concurrency: number, run: (item: T) => Promise<LaneStep>, signal: AbortSignal): Promise<T[]> {
  const lanes = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const lane = lanes.get(key);
    if (lane) lane.push(item);
    else lanes.set(key, [item]);
  }
  const queue = [...lanes.values()];
  const left: T[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < queue.length) {
      const lane = queue[next++] as T[];
      let i = 0;
      for (; i < lane.length && !signal.aborted; i++) {
        if ((await run(lane[i] as T)) === 'stop-lane') {
          i++;
          break;
        }
      }
      left.push(...lane.slice(i));
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, () => worker()));
  return left;
}
