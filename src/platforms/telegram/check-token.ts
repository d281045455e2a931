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
