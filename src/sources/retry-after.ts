/**
 * A `Retry-After` header (RFC 9110 §10.2.3) → how long the server asks us to wait, in ms from
 * `now`: delay-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT"). Null when absent
 * or unreadable; a date in the past is 0.
 */
export function retryAfterMs(header: string | null, now: number): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP-date names its month and weekday; a bare number or word is not one (Date.parse is lenient).
  if (!/[A-Za-z]{3}/.test(value) || !/\d{2}:\d{2}:\d{2}/.test(value)) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
