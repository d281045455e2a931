import type { Stores } from '../../store/index.ts';
import type { PlatformRuntime } from '../platform-runtime.ts';
import { chatSubscriptionKey } from '../../domain/subscription.ts';
import { CONSOLE_CHAT_ID, createConsolePort } from './console-port.ts';

/**
 * The console platform: a subscriber that follows every program and prints what it receives,
 * so a run without tokens shows exactly what a chat would get, through the same outbox.
 */
export function createConsoleRuntime(stores: Pick<Stores, 'subscriptions'>, write: (text: string) => void, now: () => Date): PlatformRuntime {
  const port = createConsolePort(write);
  const since = now().toISOString();
  return {
    name: 'console',
    port,
    ready: Promise.resolve(),
    status: () => ({ state: 'ready', failures: 0, lastError: null, since }),
    async start() {
      const key = chatSubscriptionKey('console', CONSOLE_CHAT_ID, null);
      if (!(await stores.subscriptions.getChat(key))) {
        await stores.subscriptions.putChat({ key, platform: 'console', chatId: CONSOLE_CHAT_ID, threadId: null, programs: 'all', lang: 'en', createdBy: 'console', createdAt: now().toISOString() });
      }
    },
    stop() {
      port.lane.close();
      return Promise.resolve();
    },
  };
}
