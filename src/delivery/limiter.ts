import { performance } from 'node:perf_hooks';
import type { PlatformLimits } from './platform-limits.ts';
import { SlidingWindow, SpreadWindow, type Mark, type Window } from './sliding-window.ts';
import { WaitQueue, type Priority } from './wait-queue.ts';

export type { Priority } from './wait-queue.ts';

/** Where a 429 applies: every chat of the platform, or one chat. */
export type PauseScope = 'global' | { chatId: string };

/** A granted slot for one message. */
export interface Permit {
  /** Call right before the send: the message counts from this instant, not from the grant. */
  start(): void;
  /** Call when the platform answered (success or failure): the message counts until one window after this. */
  finish(): void;
  /** The slot was not used: give it back. */
  cancel(): void;
}

export interface AcquireOptions {
  /** Default `alert`. Replies are served before alerts, alerts before edits. */
  priority?: Priority;
  /** Counted against the platform's paid-broadcast rate instead of its ordinary global rate (Telegram `allow_paid_broadcast`). */
  paid?: boolean;
  /** Not counted against any global rate (Discord's interaction callbacks); per-chat limits still apply. */
  unmetered?: boolean;
  signal?: AbortSignal;
}

/**
 * The one outbound lane of a platform: everything the bot sends there — command replies, alerts,
 * pings, edits — takes a permit first, so no window of the platform's limits is ever exceeded:
 * at most `globalPerSecond` in any 1 s, `perChat.size` to one chat in any `perChat.spanMs`,
 * `perGroup.size` to one group in any `perGroup.spanMs` — sliding windows, so two bursts at a
 * window's edge never add up. Waiters are served by priority, then in order of arrival.
 */
export interface Limiter {
  /**
   * Resolves with a permit when one message to `chatId` may be sent. Waiters for a chat that is
   * still limited do not hold up waiters for other chats. Rejects with LimiterAbortedError when
   * `signal` aborts first.
   */
  acquire(chatId: string, isGroup: boolean, opts?: AcquireOptions): Promise<Permit>;
  /** Milliseconds until this chat's own limits (per chat, per group, a chat pause) allow a message. */
  chatDelay(chatId: string, isGroup: boolean): number;
  /**
   * Whether a 429 for a message just sent to this chat may come from the chat's own limit: another
   * message went to it within the per-chat span, or its group minute is full. When not, the 429
   * can only be the platform's global limit (another process on the same token, a stricter limit).
   */
  chatMayBeLimited(chatId: string, isGroup: boolean): boolean;
  /** Nothing more in `scope` for `ms` (a 429's retry_after). Pauses only ever lengthen. */
  pause(scope: PauseScope, ms: number): void;
  /** Waiters not yet granted, by priority (for /metrics and tests). */
  waiting(): Record<Priority, number>;
  /** Rejects every waiter and clears the timer. */
  close(): void;
}

export class LimiterAbortedError extends Error {
  override name = 'LimiterAbortedError';
}

export interface LimiterOptions {
  /** A monotonic clock in milliseconds (default `performance.now`). */
  now?: () => number;
  /**
   * Every window is this fraction longer than the platform's (default 0.005). Network jitter needs
   * no more: a message counts until its answer, after its arrival; this only covers clock rounding.
   */
  headroom?: number;
  /** A second's global messages are spread over at least about this long (default 750 ms) instead of bursting. */
  spreadMs?: number;
}

interface ChatState {
  perChat: SlidingWindow;
  /** Null where the platform has no per-group limit. */
  perGroup: SlidingWindow | null;
  pausedUntil: number;
}

interface Waiter {
  chatId: string;
  isGroup: boolean;
  priority: Priority;
  rate: GlobalRate | null;
  resolve: (permit: Permit) => void;
  reject: (err: Error) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/** One global rate: its sliding second plus a 100 ms sub-window that spreads the second out. */
interface GlobalRate {
  windows: Window[];
}

function globalRate(perSecond: number, stretch: number, spreadMs: number): GlobalRate {
  // The sub-window admits a tenth of a second's share, scaled so the second fills in about spreadMs.
  const spread = new SpreadWindow(Math.max(1, Math.ceil((perSecond / 10) * (1000 / Math.min(1000, Math.max(100, spreadMs))))), 100);
  return { windows: [new SlidingWindow(Math.max(1, Math.floor(perSecond)), 1000 * stretch), spread] };
}

export function createLimiter(limits: PlatformLimits, opts: LimiterOptions = {}): Limiter {
  const now = opts.now ?? (() => performance.now());
  const stretch = 1 + (opts.headroom ?? 0.005);
  const window = (size: number, spanMs: number) => new SlidingWindow(Math.max(1, Math.floor(size)), spanMs * stretch);
  const spreadMs = opts.spreadMs ?? 750;
  const standard = globalRate(limits.globalPerSecond, stretch, spreadMs);
  const paid = limits.paidPerSecond ? globalRate(limits.paidPerSecond, stretch, spreadMs) : standard;
  let globalPausedUntil = 0;
  const chats = new Map<string, ChatState>();
  const queue = new WaitQueue<Waiter>();
  let timer: NodeJS.Timeout | null = null;
  let grantsSinceSweep = 0;

  const chat = (chatId: string): ChatState => {
    let s = chats.get(chatId);
    if (!s) {
      const perGroup = limits.perGroup ? window(limits.perGroup.size, limits.perGroup.spanMs) : null;
      chats.set(chatId, (s = { perChat: window(limits.perChat.size, limits.perChat.spanMs), perGroup, pausedUntil: 0 }));
    }
    return s;
  };
  const rateWait = (rate: GlobalRate | null, t: number) => (rate ? Math.max(0, ...rate.windows.map((w) => w.wait(t))) : 0);
  const chatWait = (chatId: string, isGroup: boolean, t: number): number => {
    const s = chats.get(chatId);
    if (!s) return 0;
    return Math.max(0, s.pausedUntil - t, s.perChat.wait(t), isGroup && s.perGroup ? s.perGroup.wait(t) : 0);
  };

  /** Forgets chats with nothing left that could matter, so memory follows the active chats only. */
  function sweep(t: number): void {
    grantsSinceSweep = 0;
    for (const [id, s] of chats) if (s.pausedUntil <= t && s.perChat.idle(t) && (s.perGroup?.idle(t) ?? true) && !queue.has((w) => w.chatId === id)) chats.delete(id);
  }

  function permit(w: Waiter, t: number): Permit {
    const s = chat(w.chatId);
    const windows = [...(w.rate?.windows ?? []), s.perChat, ...(w.isGroup && s.perGroup ? [s.perGroup] : [])];
    const mark: Mark = { t, open: true };
    for (const win of windows) win.add(mark);
    let state: 'granted' | 'started' | 'done' = 'granted';
    return {
      start: () => {
        if (state !== 'granted') return;
        state = 'started';
        mark.t = Math.max(mark.t, now());
      },
      finish: () => {
        if (state === 'done') return;
        state = 'done';
        mark.t = Math.max(mark.t, now());
        mark.open = false;
        for (const win of windows) win.close(mark);
        if (queue.length > 0) pump();
      },
      cancel: () => {
        if (state !== 'granted') return;
        state = 'done';
        for (const win of windows) win.cancel(mark);
        if (queue.length > 0) pump();
      },
    };
  }

  /** Grants every waiter that may go now, best priority first, skipping those whose chat or rate must still wait; one timer for the next. */
  function pump(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    const t = now();
    let next = Number.POSITIVE_INFINITY;
    const paused = Math.max(0, globalPausedUntil - t);
    for (let i = 0; i < queue.length;) {
      const w = queue.at(i) as Waiter;
      const wait = Math.max(w.rate ? paused : 0, rateWait(w.rate, t), chatWait(w.chatId, w.isGroup, t));
      if (wait > 0) {
        next = Math.min(next, wait);
        i++;
        continue;
      }
      queue.removeAt(i);
      w.signal?.removeEventListener('abort', w.onAbort);
      w.resolve(permit(w, t));
      if (++grantsSinceSweep >= 1000) sweep(t);
    }
    // Waiting only for answers still to come: their finish() pumps again; the timer is a safety net.
    if (queue.length > 0) timer = setTimeout(pump, Math.max(1, Math.ceil(Number.isFinite(next) ? next : 1000)));
  }

  return {
    acquire(chatId, isGroup, { priority = 'alert', paid: isPaid = false, unmetered = false, signal } = {}) {
      if (signal?.aborted) return Promise.reject(new LimiterAbortedError('aborted before waiting'));
      return new Promise<Permit>((resolve, reject) => {
        const rate = unmetered ? null : isPaid ? paid : standard;
        const w: Waiter = { chatId, isGroup, priority, rate, resolve, reject, signal, onAbort: () => undefined };
        w.onAbort = () => {
          queue.remove(w);
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
    chatMayBeLimited(chatId, isGroup) {
      const s = chats.get(chatId);
      if (!s) return false;
      const t = now();
      return s.perChat.count(t) >= 2 || (isGroup && s.perGroup !== null && s.perGroup.count(t) >= s.perGroup.size);
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
    waiting() {
      const counts: Record<Priority, number> = { reply: 0, alert: 0, edit: 0 };
      for (let i = 0; i < queue.length; i++) counts[(queue.at(i) as Waiter).priority]++;
      return counts;
    },
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
      for (const w of queue.drain()) {
        w.signal?.removeEventListener('abort', w.onAbort);
        w.reject(new LimiterAbortedError('limiter closed'));
      }
    },
  };
}
