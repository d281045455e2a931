import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { FakeDiscord } from '../fakes/fake-discord.ts';
import { waitFor } from './cli.ts';

/** A fresh Ed25519 key pair as a Discord application has one: the private half signs (the fake), the public half in hex is DISCORD_PUBLIC_KEY. */
export function interactionKeys(): { privateKey: KeyObject; publicKeyHex: string } {
  const keys = generateKeyPairSync('ed25519');
  return { privateKey: keys.privateKey, publicKeyHex: Buffer.from(keys.publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex') };
}

/** Saves the Interactions Endpoint URL as soon as the bot serves it (Discord checks it with a PING and a wrongly signed one). */
export async function saveEndpointWhenUp(fake: FakeDiscord, url: string, key: KeyObject, timeoutMs = 30_000): Promise<void> {
  let saved = false;
  let trying = false;
  await waitFor(
    () => {
      if (!trying) {
        trying = true;
        fake.useInteractionsEndpoint(url, key).then(
          () => (saved = true),
          () => (trying = false),
        );
      }
      return saved;
    },
    timeoutMs,
    `${url} accepted as the Interactions Endpoint URL`,
  );
}
