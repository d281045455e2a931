import { describe, expect, it } from 'vitest';
import { chatSubscriptionKey } from '../../src/domain/subscription.ts';
import { CONSOLE_CHAT_ID } from '../../src/platforms/console/console-port.ts';
import { createConsoleRuntime } from '../../src/platforms/console/console-runtime.ts';
import { createMemorySubscriptionStore } from '../../src/store/subscriptions/memory-store.ts';
import type { SubscriptionStore } from '../../src/store/subscription-store.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { silentLogger } from '../helpers/stores.ts';

const KEY = chatSubscriptionKey('console', CONSOLE_CHAT_ID, null);

/** A subscription store that is away (every call fails) until told otherwise. */
function flickering(inner: SubscriptionStore) {
  let away = true;
  let failed = 0;
  const gate = <T>(call: () => Promise<T>): Promise<T> => {
    if (!away) return call();
    failed++;
    return Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
  };
  return {
    store: { getChat: (key: string) => gate(() => inner.getChat(key)), putChat: (sub: Parameters<SubscriptionStore['putChat']>[0]) => gate(() => inner.putChat(sub)) },
    back: () => (away = false),
    failed: () => failed,
  };
}

describe('the console platform', () => {
  it('subscribes its own chat to every program at start', async () => {
    const subscriptions = createMemorySubscriptionStore();
    const rt = createConsoleRuntime({ subscriptions, write: () => undefined, now: () => new Date('2026-12-01T00:00:00Z'), logger: silentLogger });
    await rt.start();
    await rt.ready;
    expect((await subscriptions.getChat(KEY))?.programs).toBe('all');
    expect(rt.status().state).toBe('ready');
    await rt.stop();
  });

  it('keeps trying to write its subscription while the store is away at start, so alerts print once it is back', async () => {
    const inner = createMemorySubscriptionStore();
    const store = flickering(inner);
    const { logger, warnings } = captureLogger();
    const rt = createConsoleRuntime({ subscriptions: store.store, write: () => undefined, now: () => new Date('2026-12-01T00:00:00Z'), logger, retryBaseMs: 5 });
    await rt.start();
    expect(rt.status().state).toBe('connecting');
    expect(await inner.getChat(KEY)).toBeUndefined();
    while (store.failed() < 3) await new Promise((resolve) => setImmediate(resolve));
    store.back();
    await rt.ready;
    // The warning names what is away: the store, not a chat service.
    expect(warnings()[0]?.msg).toMatch(/^The store is unreachable; trying again in \d+ s \(the console subscribes to alerts once it answers\)$/);
    expect((await inner.getChat(KEY))?.programs).toBe('all');
    expect(rt.status().state).toBe('ready');
    await rt.stop();
  });
});
