/** What to do with one more command from a user. */
export type ThrottleVerdict = 'ok' | 'warn' | 'ignore';

export interface ThrottleOptions {
  /** Commands a user may send within `windowMs`. */
  max: number;
  windowMs: number;
  /** After the "slow down" answer, further commands are ignored this long (default: `windowMs`). */
  quietMs?: number;
}

/**
 * One user cannot starve everyone else: beyond `max` commands in any `windowMs` (sliding), the
 * next command gets one short "slow down" answer and the following ones are ignored until the
 * quiet time is over and the window has room again. Ignored commands do not count.
 */
export interface CommandThrottle {
  /** `at`: when the command was received (default now); a command that waited in a queue is judged by when it came. */
  check(userKey: string, at?: number): ThrottleVerdict;
}

interface UserState {
  /** Times of the accepted commands still inside the window, oldest first. */
  times: number[];
  quietUntil: number;
}

export function createCommandThrottle(opts: ThrottleOptions, now: () => number = Date.now): CommandThrottle {
  const quietMs = opts.quietMs ?? opts.windowMs;
  const users = new Map<string, UserState>();
  let checksSinceSweep = 0;

  /** Forgets users with nothing left that could matter, so memory follows the active users only. */
  function sweep(t: number): void {
    checksSinceSweep = 0;
    for (const [key, s] of users) if (s.quietUntil <= t && (s.times.at(-1) ?? -Infinity) <= t - opts.windowMs) users.delete(key);
  }

  return {
    check(userKey, at) {
      const current = now();
      if (++checksSinceSweep >= 10_000) sweep(current);
      let s = users.get(userKey);
      if (!s) users.set(userKey, (s = { times: [], quietUntil: 0 }));
      // Never later than now, and never before a time already counted (two chats' queues): the window stays in order.
      const t = Math.max(Math.min(at ?? current, current), s.times.at(-1) ?? -Infinity);
      while (s.times.length > 0 && (s.times[0] as number) <= t - opts.windowMs) s.times.shift();
      if (s.quietUntil > t) return 'ignore';
      if (s.times.length < opts.max) {
        s.times.push(t);
        return 'ok';
      }
      s.quietUntil = t + quietMs;
      return 'warn';
    },
  };
}
