import type { Reply } from '../../reply/reply.ts';
import { createLimiter } from '../../delivery/limiter.ts';
import type { PlatformPort } from '../../delivery/platform-port.ts';
import { perSecond, type PlatformLimits } from '../../delivery/platform-limits.ts';
import type { Destination } from '../../domain/outbox.ts';
import { renderPlain } from './render.ts';

/** The console has no limits worth the name; these keep the worker's pacing code exercised. */
export const CONSOLE_LIMITS: PlatformLimits = { globalPerSecond: 100, perChat: perSecond(100), perGroup: null };

/** The chat a console run delivers to: it follows every program. */
export const CONSOLE_CHAT_ID = 'console';

/** Prints what a subscriber would receive. Message ids are a counter so edits can name what they change. */
export function createConsolePort(write: (text: string) => void): PlatformPort {
  let next = 1;
  const header = (dest: Destination) => (dest.mentionUserId ? `@${dest.mentionUserId} ` : dest.chatId === CONSOLE_CHAT_ID ? '' : `[to ${dest.chatId}] `);
  return {
    name: 'console',
    lane: createLimiter(CONSOLE_LIMITS),
    isGroup: () => false,
    send(dest: Destination, message: Reply) {
      const id = String(next++);
      write(`\n${header(dest)}${renderPlain(message)}\n`);
      return Promise.resolve({ messageId: id });
    },
    edit(dest: Destination, messageId: string, message: Reply) {
      write(`\n(update to message ${messageId}) ${header(dest)}${renderPlain(message)}\n`);
      return Promise.resolve();
    },
  };
}
