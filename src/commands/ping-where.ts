import type { PingTarget } from '../domain/subscription.ts';

/**
 * The translation key saying where a personal ping goes. `here`: said in the chat where the
 * ping was set (/notify); `there`: said anywhere else (/settings in another chat).
 */
export function pingWhere(ping: PingTarget, said: 'here' | 'there'): string {
  if (ping.kind === 'mention') return said === 'here' ? 'notify.inChat' : 'notify.inThatChat';
  if (!ping.fallback) return 'notify.byDm';
  return said === 'here' ? 'notify.byDmOrHere' : 'notify.byDmOrThere';
}
