/** At most `size` messages in any `spanMs` (a sliding window). */
export interface RateWindow {
  size: number;
  spanMs: number;
}

/** A platform's published limits; its outbound lane stays under them. Each platform's folder defines its own. */
export interface PlatformLimits {
  /** Messages per second across all chats. */
  globalPerSecond: number;
  /** Messages to one chat (Telegram: 1 in any second; Discord: 5 in any 5 s to one channel). */
  perChat: RateWindow;
  /** Messages to one group or channel, on top of `perChat` (Telegram: 20 in any minute); null where the platform has no such limit. */
  perGroup: RateWindow | null;
  /** Messages per second sent as paid broadcasts, when the platform has them (Telegram: 1,000); they do not count against `globalPerSecond`. */
  paidPerSecond?: number;
}

/** `size` messages a second: the shape most per-chat limits are published in. */
export const perSecond = (size: number): RateWindow => ({ size, spanMs: 1000 });
