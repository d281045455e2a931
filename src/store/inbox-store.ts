import type Keyv from 'keyv';

/**
 * Updates received by an instance that does not run their platform (Telegram's webhook behind a
 * load balancer), handed to the instance that does, so every reply leaves through that platform's
 * one paced lane. A short queue per platform: pushed by any instance, taken by the one running it.
 */
export interface InboxStore {
  push(platform: string, update: unknown): Promise<void>;
  /** Takes (and removes) up to `max` updates, oldest first. */
  take(platform: string, max: number): Promise<unknown[]>;
}

/** At most this many updates wait; beyond it the oldest are dropped (nobody has run their platform for a long while). */
const MAX_WAITING = 10_000;

/** `serial` makes each change exclusive across processes (a coordinator lease), as for the outbox's lists. */
export function createInboxStore(keyv: Keyv<unknown>, serial: <T>(task: () => Promise<T>) => Promise<T>): InboxStore {
  const key = (platform: string) => `q:${platform}`;
  const read = async (platform: string) => ((await keyv.get(key(platform))) as unknown[] | undefined) ?? [];
  return {
    push(platform, update) {
      return serial(async () => {
        const list = await read(platform);
        list.push(update);
        await keyv.set(key(platform), list.slice(-MAX_WAITING));
      });
    },
    async take(platform, max) {
      // Looked at without the lease first: the instance running the platform asks five times a
      // second, and an empty inbox (the usual case) then costs one read, no lease written.
      if ((await read(platform)).length === 0) return [];
      return serial(async () => {
        const list = await read(platform);
        if (list.length === 0) return [];
        const taken = list.slice(0, max);
        await keyv.set(key(platform), list.slice(max));
        return taken;
      });
    },
  };
}
