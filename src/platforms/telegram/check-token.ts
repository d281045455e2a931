import { Api, GrammyError } from 'grammy';

/** Asks Telegram who the token belongs to: "@name", or a plain-words reason it does not work. */
export async function checkTelegramToken(token: string, apiRoot: string | undefined): Promise<{ ok: true; username: string } | { ok: false; reason: string }> {
  try {
    const me = await new Api(token, apiRoot ? { apiRoot, timeoutSeconds: 10 } : { timeoutSeconds: 10 }).getMe();
    return { ok: true, username: me.username };
  } catch (err) {
    if (err instanceof GrammyError && err.error_code === 401) return { ok: false, reason: 'Telegram refused the token (401 Unauthorized): copy it again from @BotFather' };
    return { ok: false, reason: `cannot reach the Telegram Bot API: ${(err as Error).message}` };
  }
}

/** What Telegram says of the webhook (getWebhookInfo), against the URL this bot should have registered. */
export async function checkTelegramWebhook(token: string, apiRoot: string | undefined, expected: string | undefined): Promise<{ level: 'ok' | 'warn' | 'fail'; text: string }> {
  try {
    const info = await new Api(token, apiRoot ? { apiRoot, timeoutSeconds: 10 } : { timeoutSeconds: 10 }).getWebhookInfo();
    const pending = `${info.pending_update_count} update(s) waiting`;
    const lastError = info.last_error_message ? `; last error ${info.last_error_message}${info.last_error_date ? ` at ${new Date(info.last_error_date * 1000).toISOString()}` : ''}` : '';
    if (!expected) {
      return info.url
        ? { level: 'warn', text: `Telegram webhook: ${info.url} is registered but TELEGRAM_WEBHOOK_URL is not set; "run" removes it and long-polls (${pending})` }
        : { level: 'ok', text: 'Telegram webhook: none (the bot long-polls)' };
    }
    if (info.url !== expected) return { level: 'warn', text: `Telegram webhook: ${info.url || 'none'} is registered, not ${expected}; "run" registers it (${pending}${lastError})` };
    return { level: lastError ? 'warn' : 'ok', text: `Telegram webhook: ${info.url} (${pending}${lastError})` };
  } catch (err) {
    return { level: 'fail', text: `Telegram webhook: cannot ask Telegram: ${(err as Error).message}` };
  }
}
