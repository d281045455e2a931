import { autoRetry } from '@grammyjs/auto-retry';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { Bot, InputFile, type Context } from 'grammy';
import type { CommandDefinition, Reply } from '../../../commands/types.ts';
import type { App } from '../../app.ts';
import { splitCommandLine } from '../../commands/args.ts';
import { runCommand } from '../../commands/dispatch.ts';
import { replyLang } from '../../commands/reply-lang.ts';
import type { PlatformRuntime } from '../../runtime.ts';
import { chatRef } from './chat-refs.ts';
import { registerMyCommands } from './register-commands.ts';
import { CAPTION_LIMIT, inlineKeyboard, renderHtml } from './render-html.ts';
import { handleMembership, handleMigration } from './membership.ts';
import { createTelegramPort } from './telegram-port.ts';

const ALLOWED_UPDATES = ['message', 'channel_post', 'callback_query', 'my_chat_member'] as const;

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
  const keyboard = inlineKeyboard(reply);
  const extra = {
    parse_mode: 'HTML' as const,
    link_preview_options: { is_disabled: true },
    ...(threadId ? { message_thread_id: threadId } : {}),
    ...(keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {}),
  };
  if (reply.image) await ctx.replyWithPhoto(new InputFile(reply.image.data, reply.image.filename), { ...extra, caption: renderHtml(reply, { limit: CAPTION_LIMIT }) });
  else await ctx.reply(renderHtml(reply), extra);
}

/** Runs one command for the update's chat and user; the reply model comes back for the caller to send. */
async function execute(app: App, ctx: Context, command: CommandDefinition, text: string): Promise<Reply> {
  const chat = chatRef(ctx.chat ?? { id: 0, type: 'private', first_name: '' }, topicOf(ctx));
  const userId = String(ctx.from?.id ?? ctx.chat?.id ?? '');
  const admin = chat.kind !== 'group' || (command.adminInGroups ? await isAdmin(ctx) : false);
  const lang = await replyLang(app.stores.prefs, { platform: 'telegram', id: userId }, { client: ctx.from?.language_code });
  const user = { platform: 'telegram', id: userId, isAdmin: admin, ...(ctx.from?.first_name ? { name: ctx.from.first_name } : {}) };
  return runCommand(command, text, app.commandContext(chat, user, lang));
}

/** The grammY bot: intake of commands, buttons and membership changes; alerts go out through its port. */
export function createTelegramRuntime(app: App, token: string, apiRoot: string | undefined): PlatformRuntime {
  const log = app.logger.child({ platform: 'telegram' });
  const bot = new Bot(token, apiRoot ? { client: { apiRoot } } : {});
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  const byName = new Map(app.commands.map((c) => [c.name, c]));
  const onCommandText = async (ctx: Context, text: string) => {
    const line = splitCommandLine(text);
    if (!line) return;
    const addressed = /^\s*\/\w+@(\w+)/.exec(text)?.[1];
    if (addressed && addressed.toLowerCase() !== bot.botInfo.username.toLowerCase()) return;
    const command = byName.get(line.name === 'start' ? 'help' : line.name);
    if (!command) return;
    await send(ctx, await execute(app, ctx, command, line.rest), topicOf(ctx));
  };
  bot.on(['message:text', 'channel_post:text'], (ctx) => onCommandText(ctx, ctx.msg.text));
  bot.on('callback_query:data', async (ctx) => {
    const line = splitCommandLine(ctx.callbackQuery.data);
    const command = line ? byName.get(line.name) : undefined;
    if (!line || !command) {
      await ctx.answerCallbackQuery();
      return;
    }
    const reply = await execute(app, ctx, command, line.rest);
    await ctx.answerCallbackQuery({ text: (reply.text ?? reply.title ?? '').slice(0, 190), show_alert: reply.error === true });
    if (!reply.error) await send(ctx, reply, topicOf(ctx));
  });
  bot.on('my_chat_member', (ctx) => handleMembership(ctx.myChatMember, app.stores.subscriptions, log));
  bot.on('message:migrate_to_chat_id', (ctx) => handleMigration(ctx.chat.id, ctx.msg.migrate_to_chat_id, app.stores.subscriptions, log));
  bot.catch(async ({ error, ctx }) => {
    log.error({ err: error, chat: ctx.chat?.id, update: ctx.update.update_id }, 'a Telegram update failed');
    const t = app.localizer.forLang('en');
    await ctx.reply(t('errors.internal')).catch((err: unknown) => log.warn({ err }, 'could not tell the user about the failure'));
  });

  let handle: RunnerHandle | null = null;
  let stopped: Promise<void> | null = null;
  return {
    port: createTelegramPort(token, apiRoot),
    async start() {
      try {
        await bot.init();
      } catch (err) {
        throw new Error(`Telegram did not accept TELEGRAM_TOKEN (${(err as Error).message}); "ee-draw-bot doctor" checks it`, { cause: err });
      }
      await registerMyCommands(bot.api, app.commands);
      handle = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES, timeout: 25 }, silent: true, retryInterval: 'exponential', maxRetryTime: 24 * 3600_000 } });
      log.info({ username: bot.botInfo.username }, 'Telegram bot is long-polling');
    },
    stop() {
      stopped ??= handle?.isRunning() ? handle.stop() : Promise.resolve();
      return stopped;
    },
  };
}
