import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** DISCORD_PUBLIC_KEY's shape: the application's Ed25519 public key, 32 bytes in hex (Developer Portal, General Information). */
export const PUBLIC_KEY_HEX = /^[0-9a-fA-F]{64}$/;

/** The key Discord signs interactions with, from its hex form (a JWK: Node takes a raw Ed25519 key no other way). */
export function interactionsKey(hex: string): KeyObject {
  if (!PUBLIC_KEY_HEX.test(hex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hexadecimal characters');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

/**
 * Whether Discord signed this request: `X-Signature-Ed25519` (hex) over `X-Signature-Timestamp`
 * followed by the raw body, exactly as received. Anything missing or malformed is not signed.
 */
export function signedByDiscord(key: KeyObject, signature: string | string[] | undefined, timestamp: string | string[] | undefined, body: Buffer): boolean {
  if (typeof signature !== 'string' || typeof timestamp !== 'string' || !/^[0-9a-fA-F]{128}$/.test(signature)) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}
