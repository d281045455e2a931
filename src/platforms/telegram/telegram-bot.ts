import type { IncomingMessage, ServerResponse } from 'node:http';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { Api, Bot, GrammyError, webhookCallback, type Context } from 'grammy';
import type { Update } from 'grammy/types';
import type { CommandHandler } from '../../commands/handle-command.ts';
import type { CommandDefinition } from '../../commands/types.ts';
import { createLimiter } from '../../delivery/limiter.ts';
import type { Translate } from '../../i18n/localizer.ts';
import type { Logger } from '../../log.ts';
import type { Reply } from '../../reply/reply.ts';
import type { InboxStore } from '../../store/inbox-store.ts';
import type { SubscriptionStore } from '../../store/subscription-store.ts';
import type { PlatformRuntime } from '../platform-runtime.ts';
import { keepConnecting, RefusedError } from '../keep-connecting.ts';
import { chatRef } from './chat-refs.ts';
import { TELEGRAM_LIMITS } from './limits.ts';
import { handleMembership } from './membership.ts';
import { followMigration } from './migration.ts';
import { pacedApi } from './paced-api.ts';
import { registerMyCommands } from './register-commands.ts';
import { postReply } from './send-reply.ts';
import { createTelegramPort } from './telegram-port.ts';

const ALLOWED_UPDATES = ['message', 'channel_post', 'callback_query', 'my_chat_member'] as const;

/** What the Telegram platform needs from the rest of the bot, and nothing more. */
export interface TelegramDeps {
  /** Bot API base URL (tests: a fake on loopback). */
  apiRoot?: string | undefined;
  handleCommand: CommandHandler;
  /** For the command menu. */
  commands: readonly CommandDefinition[];
  /** Chats that removed the bot, groups that migrated. */
  subscriptions: SubscriptionStore;
  /** The "something went wrong" answer. */
  translate: Translate;
  logger: Logger;
  /** Alerts as paid broadcasts (TELEGRAM_PAID_BROADCAST). */
  paidBroadcast?: boolean;
  /** Updates by webhook (TELEGRAM_WEBHOOK_URL and its secret) instead of long polling; served on HTTP_PORT. */
  webhook?: { url: string; secret: string } | undefined;
  /** Webhook updates other instances received, handed over to this one (which runs Telegram). */
  inbox?: Pick<InboxStore, 'take'> | undefined;
}

async function isAdmin(ctx: Context): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat || chat.type === 'private' || chat.type === 'channel') return true;
  // An anonymous group admin posts as the group itself.
  if (ctx.msg?.sender_chat?.id === chat.id) return true;
  if (!ctx.from) return false;
  const member = await ctx.api.getChatMember(chat.id, ctx.from.id);
  return member.status === 'creator' || member.status === 'administrator';
}

/** The forum topic a message was posted in (reply threads in ordinary groups are not topics). */
function topicOf(ctx: Context): number | undefined {
  const msg = ctx.msg ?? ctx.callbackQuery?.message;
  return msg && 'is_topic_message' in msg && msg.is_topic_message ? msg.message_thread_id : undefined;
}

async function send(ctx: Context, reply: Reply, threadId: number | undefined): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  await postReply(ctx.api, { chatId, threadId }, reply);
}

/** When each update reached the bot, before it waited its turn behind its chat's earlier updates. */
const receivedAt = new WeakMap<Context, number>();

/** One command line from an update, through the platform-neutral handler. */
function commandFrom(deps: TelegramDeps, ctx: Context, line: string) {
  const chat = chatRef(ctx.chat ?? { id: 0, type: 'private', first_name: '' }, topicOf(ctx));
  const userId = String(ctx.from?.id ?? ctx.chat?.id ?? '');
  return deps.handleCommand({
    input: { kind: 'line', line },
    chat,
    user: { platform: 'telegram', id: userId, ...(ctx.from?.first_name ? { name: ctx.from.first_name } : {}) },
    lang: { client: ctx.from?.language_code },
    isAdmin: () => isAdmin(ctx),
    receivedAt: receivedAt.get(ctx) ?? Date.now(),
  });
}

/**
 * The grammY bot: commands, buttons and membership changes in; everything out — replies and
 * alerts alike — through one paced lane. Start-up does not wait for Telegram to answer.
 */
export function createTelegramPlatform(token: string, deps: TelegramDeps): PlatformRuntime {
  const log = deps.logger.child({ platform: 'telegram' });
  const client = deps.apiRoot ? { apiRoot: deps.apiRoot } : {};
  const lane = createLimiter(TELEGRAM_LIMITS);
  const bot = new Bot(token, { client });
  bot.api.config.use(pacedApi({ lane, priority: 'reply', logger: log }));
  // Stamped before the chat's queue: a user's rate counts what they sent, not how long their chart took to draw.
  bot.use((ctx, next) => {
    receivedAt.set(ctx, Date.now());
    return next();
  });
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  const onText = async (ctx: Context, text: string) => {
    const addressed = /^\s*\/\w+@(\w+)/.exec(text)?.[1];
    if (addressed && addressed.toLowerCase() !== bot.botInfo.username.toLowerCase()) return;
    if (!/^\s*\//.test(text)) return;
    const handled = await commandFrom(deps, ctx, text);
    // In a group an unknown command may be another bot's: stay quiet there.
    if (handled.kind === 'unknown' && ctx.chat?.type !== 'private') return;
    if (handled.reply) await send(ctx, handled.reply, topicOf(ctx));
  };
  bot.on(['message:text', 'channel_post:text'], (ctx) => onText(ctx, ctx.msg.text));
  bot.on('callback_query:data', async (ctx) => {
    const handled = await commandFrom(deps, ctx, ctx.callbackQuery.data);
    const reply = handled.kind === 'reply' ? handled.reply : null;
    await ctx.answerCallbackQuery(reply ? { text: (reply.text ?? reply.title ?? '').slice(0, 190), show_alert: reply.error === true } : {});
    if (reply && !reply.error) await send(ctx, reply, topicOf(ctx));
  });
  bot.on('my_chat_member', (ctx) => handleMembership(ctx.myChatMember, deps.subscriptions, log));
  bot.on('message:migrate_to_chat_id', async (ctx) => {
    await followMigration(deps.subscriptions, String(ctx.chat.id), String(ctx.msg.migrate_to_chat_id), log);
  });
  bot.catch(async ({ error, ctx }) => {
    log.error({ err: error, chat: ctx.chat?.id, update: ctx.update.update_id }, 'a Telegram update failed');
    await ctx.reply(deps.translate('errors.internal')).catch((err: unknown) => log.warn({ err }, 'could not tell the user about the failure'));
  });

  let handle: RunnerHandle | null = null;
  let drain: { stop(): Promise<void> } | null = null;
  const connection = keepConnecting({
    name: 'Telegram',
    logger: log,
    async attempt(signal) {
      try {
        // getMe ourselves: grammY's init() retries network errors for ever, which would hide an
        // outage behind a silent hang; one failed try here is logged and retried by keepConnecting.
        bot.botInfo = await bot.api.getMe(signal as unknown as Parameters<typeof bot.api.getMe>[0]);
      } catch (err) {
        if (err instanceof GrammyError && (err.error_code === 401 || err.error_code === 404)) {
          throw new RefusedError(`Telegram did not accept TELEGRAM_TOKEN (${err.description}); "ee-draw-bot doctor" checks it`, { cause: err });
        }
        throw err;
      }
      await registerMyCommands(bot.api, deps.commands);
      if (signal.aborted) return;
      if (deps.webhook) {
        // Every instance registers the same URL: idempotent, and the last one to start wins nothing special.
        await bot.api.setWebhook(deps.webhook.url, { secret_token: deps.webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
        // Stopped meanwhile (the role lost, a shutdown): start nothing that would outlive the stop.
        if (signal.aborted) return;
        log.info({ username: bot.botInfo.username, webhook: new URL(deps.webhook.url).origin }, 'Telegram bot receives updates by webhook');
        if (deps.inbox) drain = drainInbox(bot, deps.inbox, log);
        return;
      }
      // A webhook left registered (a switch back from webhook mode) would make getUpdates fail with 409.
      await bot.api.deleteWebhook();
      if (signal.aborted) return;
      handle = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES, timeout: 25 }, silent: true, retryInterval: 'exponential', maxRetryTime: 24 * 3600_000 } });
      log.info({ username: bot.botInfo.username }, 'Telegram bot is long-polling');
    },
  });
  let stopped: Promise<void> | null = null;
  const routes = deps.webhook ? [webhookRoute(bot, deps.webhook, () => connection.status().state === 'ready')] : [];
  return {
    name: 'telegram',
    routes,
    port: createTelegramPort({
      api: new Api(token, deps.apiRoot ? { apiRoot: deps.apiRoot } : undefined),
      lane,
      paidBroadcast: deps.paidBroadcast ?? false,
      onMigrated: async (from, to) => void (await followMigration(deps.subscriptions, from, to, log)),
    }),
    ready: connection.ready,
    refused: connection.refused,
    start: () => connection.start(),
    status: () => connection.status(),
    stop() {
      stopped ??= (async () => {
        // Waits for a try in flight, so no long poll or inbox drain can start after this.
        await connection.stop();
        await drain?.stop();
        if (handle?.isRunning()) await handle.stop();
        lane.close();
      })();
      return stopped;
    },
  };
}

/** Telegram's webhook on HTTP_PORT: the secret header is checked on every request (grammY answers 401 without it). */
function webhookRoute(bot: Bot, webhook: { url: string; secret: string }, ready: () => boolean) {
  const callback = webhookCallback(bot, 'http', { secretToken: webhook.secret, onTimeout: 'return' });
  return {
    path: new URL(webhook.url).pathname,
    async handle(req: IncomingMessage, res: ServerResponse) {
      // Until the bot knows who it is, an update cannot be handled: Telegram retries a 503 later.
      if (!ready()) {
        res.writeHead(503).end();
        return;
      }
      await callback(req, res);
    },
  };
}

/** How often the instance that runs Telegram looks for updates other instances received. */
const INBOX_EVERY_MS = 200;

/** Handles the webhook updates other instances handed over, as if they had come here. */
function drainInbox(bot: Bot, inbox: Pick<InboxStore, 'take'>, log: Logger): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  const round = async () => {
    try {
      const updates = (await inbox.take('telegram', 100)) as Update[];
      await Promise.all(updates.map((u) => bot.handleUpdate(u).catch((err: unknown) => log.error({ err, update: u.update_id }, 'a handed-over update failed'))));
    } catch (err) {
      log.warn({ err }, 'cannot read the updates handed over by other instances; trying again');
    }
    if (!stopped) {
      timer = setTimeout(() => {
        current = round();
      }, INBOX_EVERY_MS);
    }
  };
  current = round();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
