/** A platform's published limits; its outbound lane stays under them. Each platform's folder defines its own. */
export interface PlatformLimits {
  /** Messages per second across all chats. */
  globalPerSecond: number;
  /** Messages per second to one chat. */
  perChatPerSecond: number;
  /** Messages per minute to one group or channel (Telegram: 20). */
  perGroupPerMinute: number;
  /** Messages per second sent as paid broadcasts, when the platform has them (Telegram: 1,000); they do not count against `globalPerSecond`. */
  paidPerSecond?: number;
}
