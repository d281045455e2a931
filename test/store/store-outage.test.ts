import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import { openSubscriptionStore } from '../../src/store/subscriptions/open-subscription-store.ts';
import { startPostgres, startRedis, type TestServer } from '../helpers/servers.ts';
import { silentLogger } from '../helpers/stores.ts';

const sub = (chatId: string) => ({
  key: `telegram:${chatId}:`,
  platform: 'telegram',
  chatId,
  threadId: null,
  programs: ['cec'],
  lang: 'en' as const,
  createdBy: 'a',
  createdAt: '2026-11-20T15:00:00Z',
});

/** Retries `task` until it succeeds (the client reconnecting on its own), failing after `timeoutMs`. */
async function eventually<T>(task: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await task();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe.each([
  { name: 'redis', start: startRedis },
  { name: 'postgres', start: startPostgres },
])('a $name subscription store whose server stops and comes back', ({ start }) => {
  let server: TestServer;
  let store: SubscriptionStore;
  beforeAll(async () => {
    server = await start();
    store = await openSubscriptionStore(server.url, { logger: silentLogger, connectTimeoutMs: 5_000 });
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await server.close();
  });

  it('fails fast while the server is down and works again, data kept, without being reopened', async () => {
    await store.putChat(sub('-1'));
    expect(await store.chatsFor('cec')).toHaveLength(1);
    await server.stop();
    const started = Date.now();
    await expect(store.putChat(sub('-2'))).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);
    await server.start();
    await eventually(() => store.putChat(sub('-2')));
    expect((await store.chatsFor('cec')).map((c) => c.chatId).sort()).toEqual(['-1', '-2']);
  });
});
