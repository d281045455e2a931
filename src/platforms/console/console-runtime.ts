import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { CommandHandler } from '../../commands/handle-command.ts';
import { chatSubscriptionKey } from '../../domain/subscription.ts';
import type { Logger } from '../../log.ts';
import type { Reply } from '../../reply/reply.ts';
import type { SubscriptionStore } from '../../store/subscription-store.ts';
import { keepConnecting } from '../keep-connecting.ts';
import type { PlatformRuntime } from '../platform-runtime.ts';
import { CONSOLE_CHAT_ID, createConsolePort } from './console-port.ts';
import { renderPlain } from './render.ts';

/** The console user: who types commands on standard input. */
export const CONSOLE_USER_ID = 'console-user';

export interface ConsoleDeps {
  subscriptions: Pick<SubscriptionStore, 'getChat' | 'putChat'>;
  write: (text: string) => void;
  now: () => Date;
  logger: Logger;
  /** First wait before writing the console's subscription again after the store failed (default 1 s, doubling to 30 s). */
  retryBaseMs?: number;
  /** Command lines typed on standard input run as the console user's; none: output only. */
  commands?: { input: NodeJS.ReadableStream; handleCommand: CommandHandler; logger: Logger };
}

/** Prints a reply; an image goes to a file in a temp folder, whose path is printed. */
async function show(reply: Reply, write: (text: string) => void): Promise<void> {
  write(`${renderPlain(reply)}\n`);
  if (!reply.image) return;
  const file = join(await mkdtemp(join(tmpdir(), 'ee-draw-bot-')), reply.image.filename);
  await writeFile(file, reply.image.data);
  write(`${file}\n`);
}

/**
 * The console platform: a subscriber that follows every program and prints what it receives,
 * so a run without tokens shows exactly what a chat would get, through the same outbox; and a
 * chat you can talk to: lines starting with `/` on standard input run as commands of the console
 * user. End of input stops only the reading, not the bot.
 */
export function createConsoleRuntime(deps: ConsoleDeps): PlatformRuntime {
  const port = createConsolePort(deps.write);
  const key = chatSubscriptionKey('console', CONSOLE_CHAT_ID, null);
  // The console's "connection" is its subscription: a store away at start (or restarting just then) is
  // retried in the background, as a platform that cannot be reached is, until alerts can be queued for it.
  const subscribed = keepConnecting({
    name: 'console',
    logger: deps.logger,
    now: deps.now,
    baseMs: deps.retryBaseMs ?? 1_000,
    capMs: 30_000,
    // What is away here is the store, not a chat service.
    unreachable: { what: 'The store', meanwhile: 'the console subscribes to alerts once it answers' },
    attempt: async () => {
      if (!(await deps.subscriptions.getChat(key))) {
        await deps.subscriptions.putChat({ key, platform: 'console', chatId: CONSOLE_CHAT_ID, threadId: null, programs: 'all', lang: 'en', createdBy: 'console', createdAt: deps.now().toISOString() });
      }
    },
  });
  let reader: Interface | null = null;
  let queue = Promise.resolve();

  function listen(c: NonNullable<ConsoleDeps['commands']>): void {
    reader = createInterface({ input: c.input, terminal: false });
    reader.on('line', (raw) => {
      const line = raw.trim();
      if (!line.startsWith('/')) return;
      const receivedAt = Date.now();
      // One command at a time, in the order typed.
      queue = queue
        .then(async () => {
          const handled = await c.handleCommand({
            input: { kind: 'line', line },
            // The console's own chat: /subscribe and /unsubscribe typed here change the alerts printed here.
            chat: { platform: 'console', id: CONSOLE_CHAT_ID, kind: 'private' },
            user: { platform: 'console', id: CONSOLE_USER_ID },
            receivedAt,
          });
          if (handled.reply) await show(handled.reply, deps.write);
        })
        .catch((err: unknown) => c.logger.error({ err, line }, 'a console command failed'));
    });
  }

  return {
    name: 'console',
    port,
    ready: subscribed.ready,
    status: () => subscribed.status(),
    async start() {
      await subscribed.start();
      if (deps.commands) listen(deps.commands);
    },
    async stop() {
      await subscribed.stop();
      reader?.close();
      // A terminal or pipe left open would keep the process alive after "Stopped.".
      const input: (NodeJS.ReadableStream & { destroy?: () => void }) | undefined = deps.commands?.input;
      input?.destroy?.();
      await queue;
      port.lane.close();
    },
  };
}
