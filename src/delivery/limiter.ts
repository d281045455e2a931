import { performance } from 'node:perf_hooks';
import type { PlatformLimits } from './platform-port.ts';
import { SlidingWindow, type Mark } from './sliding-window.ts';

/** Where a 429 applies: every chat of the platform, or one chat. */
export type PauseScope = 'global' | { chatId: string };

/** A granted slot for one message. */
export interface Permit {
  /** Call right before the send: the message counts from this instant, not from the grant. */
  start(): void;
  /** The slot was not used: give it back. */
  cancel(): void;
}

/**
 * Paces sends to one platform so that no window of its limits is ever exceeded: at most
 * `globalPerSecond` in any 1 s, `perChatPerSecond` to one chat in any 1 s, `perGroupPerMinute`
 * to one group in any 60 s — sliding windows, so two bursts at a window's edge never add up.
 */
export interface Limiter {
  /**
   * Resolves with a permit when one message to `chatId` may be sent. Waiters for a chat that is
   * still limited do not hold up waiters for other chats. Rejects with LimiterAbortedError when
   * `signal` aborts first.
   */
  acquire(chatId: string, isGroup: boolean, signal?: AbortSignal): Promise<Permit>;
  /** Milliseconds until this chat's own limits (per chat, per group, a chat pause) allow a message. */
  chatDelay(chatId: string, isGroup: boolean): number;
  /** Nothing more in `scope` for `ms` (a 429's retry_after). Pauses only ever lengthen. */
  pause(scope: PauseScope, ms: number): void;
  /** Rejects every waiter and clears the timer. */
  close(): void;
}

export class LimiterAbortedError extends Error {
  override name = 'LimiterAbortedError';
}

export interface LimiterOptions {
  /** A monotonic clock in milliseconds (default `performance.now`). */
  now?: () => number;
  /** Every window is this fraction longer than the platform's (default 0.02), for the network's jitter. */
  headroom?: number;
  /** A second's global messages are spread over at least about this long (default 750 ms) instead of bursting. */
  spreadMs?: number;
}

interface ChatState {
  perChat: SlidingWindow;
  perGroup: SlidingWindow;
  pausedUntil: number;
}

interface Waiter {
  chatId: string;
  isGroup: boolean;
  resolve: (permit: Permit) => void;
  reject: (err: Error) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

export function createLimiter(limits: PlatformLimits, opts: LimiterOptions = {}): Limiter {
  const now = opts.now ?? (() => performance.now());
  const stretch = 1 + (opts.headroom ?? 0.02);
  const window = (size: number, spanMs: number) => new SlidingWindow(Math.max(1, Math.floor(size)), spanMs * stretch);
  const global = window(limits.globalPerSecond, 1000);
  // 100 ms sub-window admitting a tenth of a second's share, scaled so the second fills in about spreadMs.
  const spread = new SlidingWindow(Math.max(1, Math.ceil((limits.globalPerSecond / 10) * (1000 / Math.min(1000, Math.max(100, opts.spreadMs ?? 750))))), 100);
  let globalPausedUntil = 0;
  const chats = new Map<string, ChatState>();
  const queue: Waiter[] = [];
  let timer: NodeJS.Timeout | null = null;
  let grantsSinceSweep = 0;

  const chat = (chatId: string): ChatState => {
    let s = chats.get(chatId);
    if (!s) chats.set(chatId, (s = { perChat: window(limits.perChatPerSecond, 1000), perGroup: window(limits.perGroupPerMinute, 60_000), pausedUntil: 0 }));
    return s;
  };
  const globalWait = (t: number) => Math.max(0, globalPausedUntil - t, global.wait(t), spread.wait(t));
  const chatWait = (chatId: string, isGroup: boolean, t: number): number => {
    const s = chats.get(chatId);
    if (!s) return 0;
    return Math.max(0, s.pausedUntil - t, s.perChat.wait(t), isGroup ? s.perGroup.wait(t) : 0);
  };

  function sweep(t: number): void {
    grantsSinceSweep = 0;
    const waiting = new Set(queue.map((w) => w.chatId));
    for (const [id, s] of chats) if (s.pausedUntil <= t && s.perChat.idle(t) && s.perGroup.idle(t) && !waiting.has(id)) chats.delete(id);
  }

  function permit(w: Waiter, t: number): Permit {
    const s = chat(w.chatId);
    const windows = w.isGroup ? [global, spread, s.perChat, s.perGroup] : [global, spread, s.perChat];
    const mark: Mark = { t, cancelled: false };
    for (const win of windows) win.add(mark);
    let settled = false;
    const settle = (change: () => void) => {
      if (settled) return;
      settled = true;
      change();
      for (const win of windows) win.touch();
    };
    return {
      start: () => settle(() => (mark.t = Math.max(mark.t, now()))),
      cancel: () => {
        settle(() => (mark.cancelled = true));
        if (queue.length > 0) pump();
      },
    };
  }

  /** Grants every waiter that may go now, in order, skipping those whose chat must still wait; sets one timer for the next. */
  function pump(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    const t = now();
    let next = Number.POSITIVE_INFINITY;
    for (let i = 0; i < queue.length;) {
      const g = globalWait(t);
      if (g > 0) {
        next = Math.min(next, g);
        break;
      }
      const w = queue[i] as Waiter;
      const c = chatWait(w.chatId, w.isGroup, t);
      if (c > 0) {
        next = Math.min(next, c);
        i++;
        continue;
      }
      queue.splice(i, 1);
      w.signal?.removeEventListener('abort', w.onAbort);
      w.resolve(permit(w, t));
      if (++grantsSinceSweep >= 1000) sweep(t);
    }
    if (queue.length > 0 && Number.isFinite(next)) timer = setTimeout(pump, Math.max(1, Math.ceil(next)));
  }

  return {
    acquire(chatId, isGroup, signal) {
      if (signal?.aborted) return Promise.reject(new LimiterAbortedError('aborted before waiting'));
      return new Promise<Permit>((resolve, reject) => {
        const w: Waiter = { chatId, isGroup, resolve, reject, signal, onAbort: () => undefined };
        w.onAbort = () => {
          const i = queue.indexOf(w);
          if (i >= 0) queue.splice(i, 1);
          reject(new LimiterAbortedError('aborted while waiting'));
        };
        signal?.addEventListener('abort', w.onAbort, { once: true });
        queue.push(w);
        pump();
      });
    },
    chatDelay(chatId, isGroup) {
      return chatWait(chatId, isGroup, now());
    },
    pause(scope, ms) {
      const until = now() + Math.max(0, ms);
      if (scope === 'global') globalPausedUntil = Math.max(globalPausedUntil, until);
      else {
        const s = chat(scope.chatId);
        s.pausedUntil = Math.max(s.pausedUntil, until);
      }
      if (queue.length > 0) pump();
    },
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
      for (const w of queue.splice(0)) {
        w.signal?.removeEventListener('abort', w.onAbort);
        w.reject(new LimiterAbortedError('limiter closed'));
      }
    },
  };
}
