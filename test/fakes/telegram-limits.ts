import { ArrivalWindow } from './arrival-window.ts';

/** Telegram's published limits, as the enforcing fake applies them (exact sliding windows, no tolerance). */
export interface TelegramLimitRules {
  globalPerSecond: number;
  perChatPerSecond: number;
  perGroupPerMinute: number;
  /** Messages carrying `allow_paid_broadcast`: their own bot-wide rate; per-chat limits still apply. */
  paidPerSecond: number;
}

export const TELEGRAM_RULES: TelegramLimitRules = { globalPerSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20, paidPerSecond: 1000 };

/** One refused message. */
export interface LimitViolation {
  scope: 'global' | 'paid' | 'chat' | 'group';
  chatId: number;
  method: string;
  at: number;
}

/** Methods that put a message in a chat (or change one): what Telegram's limits count. */
export const COUNTED = /^(send|edit|copy|forward)/;

/**
 * Judges each message as it arrives: within every window it is accepted and counted; over one it is
 * refused with Telegram's 429 (`retry_after` in whole seconds) and recorded as a violation.
 */
export function createLimitJudge(rules: TelegramLimitRules, now: () => number = () => performance.now()) {
  const global = new ArrivalWindow(1000);
  const paid = new ArrivalWindow(1000);
  const perChat = new Map<number, ArrivalWindow>();
  const perGroup = new Map<number, ArrivalWindow>();
  const violations: LimitViolation[] = [];
  const windowOf = (map: Map<number, ArrivalWindow>, chatId: number, span: number) => {
    let w = map.get(chatId);
    if (!w) map.set(chatId, (w = new ArrivalWindow(span)));
    return w;
  };
  return {
    violations,
    /** Null when the message may go; else the 429 body. */
    judge(method: string, chatId: number, isPaid: boolean): { retryAfter: number } | null {
      const t = now();
      const group = chatId < 0;
      const checks: [LimitViolation['scope'], number][] = [
        isPaid ? ['paid', paid.waitFor(rules.paidPerSecond, t)] : ['global', global.waitFor(rules.globalPerSecond, t)],
        ['chat', windowOf(perChat, chatId, 1000).waitFor(rules.perChatPerSecond, t)],
        ['group', group ? windowOf(perGroup, chatId, 60_000).waitFor(rules.perGroupPerMinute, t) : 0],
      ];
      const over = checks.find(([, wait]) => wait > 0);
      if (over) {
        violations.push({ scope: over[0], chatId, method, at: t });
        return { retryAfter: Math.max(1, Math.ceil(over[1] / 1000)) };
      }
      (isPaid ? paid : global).add(t);
      windowOf(perChat, chatId, 1000).add(t);
      if (group) windowOf(perGroup, chatId, 60_000).add(t);
      return null;
    },
  };
}
