/** A URL with its password hidden: `postgres://bot:…@host/db`. */
export const redactUrl = (url: string): string => url.replace(/\/\/[^@/\s]*@/g, '//…@');

/**
 * Secrets that libraries put in their error messages and fields, hidden: a Telegram token in a Bot
 * API URL (`/bot123:ABC/getMe`), a Discord interaction or webhook token (`/interactions/<id>/<token>`,
 * `/webhooks/<app>/<token>`), a password in a URL.
 */
export function redactSecrets(text: string): string {
  return redactUrl(text)
    .replace(/\/bot\d+:[\w-]+/g, '/bot[secret]')
    .replace(/\/(interactions|webhooks)\/(\d+)\/[\w.-]+/g, '/$1/$2/[secret]');
}

/** Every string of a (serialised) value with its secrets hidden; cycles are left alone. */
export function redactDeep(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, seen);
  return out;
}
