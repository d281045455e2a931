import { Routes, type APIApplication } from 'discord.js';
import { INTERACTIONS_PATH } from './interactions-endpoint.ts';
import { createRestClient, type RestClientOptions } from './rest-client.ts';

export interface Finding {
  level: 'ok' | 'warn' | 'fail';
  text: string;
}

/** What the application's settings (`interactions_endpoint_url`, `verify_key`) mean for a bot configured with or without DISCORD_PUBLIC_KEY. */
export function interactionsFinding(app: Pick<APIApplication, 'verify_key'> & { interactions_endpoint_url?: string | null }, publicKey: string | undefined): Finding {
  const url = app.interactions_endpoint_url ?? null;
  if (!publicKey) {
    return url
      ? {
          level: 'fail',
          text: `Discord interactions: Discord posts them to ${url}, but DISCORD_PUBLIC_KEY is not set, so no command gets an answer; set DISCORD_PUBLIC_KEY, or clear the Interactions Endpoint URL in the Developer Portal`,
        }
      : { level: 'ok', text: 'Discord interactions: through the gateway' };
  }
  if (publicKey.toLowerCase() !== app.verify_key.toLowerCase())
    return { level: 'fail', text: `Discord interactions: DISCORD_PUBLIC_KEY is not this application's public key (${app.verify_key}), so every interaction would be refused` };
  if (!url)
    return {
      level: 'warn',
      text: `Discord interactions: no Interactions Endpoint URL is set, so they still come through the gateway; set it to https://<this host>${INTERACTIONS_PATH} in the Developer Portal`,
    };
  return { level: 'ok', text: `Discord interactions: Discord posts them to ${url}` };
}

/** Asks Discord how the application receives interactions (`GET /applications/@me`) and whether that matches this configuration. */
export async function checkDiscordInteractions(token: string, publicKey: string | undefined, opts: RestClientOptions = {}): Promise<Finding> {
  try {
    return interactionsFinding((await createRestClient(token, opts).get(Routes.currentApplication())) as APIApplication, publicKey);
  } catch (err) {
    return { level: 'fail', text: `Discord interactions: cannot ask Discord: ${(err as Error).message}` };
  }
}
