import { DiscordAPIError, Routes, type APIUser } from 'discord.js';
import { createRestClient, type RestClientOptions } from './rest-client.ts';

/** Asks Discord who the token belongs to (`GET /users/@me`): the bot's name and id, or a plain-words reason it does not work. */
export async function checkDiscordToken(token: string, opts: RestClientOptions = {}): Promise<{ ok: true; username: string; id: string } | { ok: false; reason: string }> {
  try {
    const me = (await createRestClient(token, opts).get(Routes.user('@me'))) as APIUser;
    return { ok: true, username: me.username, id: me.id };
  } catch (err) {
    if (err instanceof DiscordAPIError && err.status === 401) {
      return { ok: false, reason: 'Discord refused DISCORD_TOKEN (401 Unauthorized): copy it again from the Developer Portal (your application → Bot → Reset Token)' };
    }
    return { ok: false, reason: `cannot reach Discord's API${opts.apiRoot ? ` at ${opts.apiRoot}` : ''}: ${(err as Error).message}` };
  }
}
