import type { Logger } from '../log.ts';

/** Where a platform's connection stands, for logs, /healthz and doctor. */
export interface ConnectionStatus {
  state: 'connecting' | 'ready' | 'stopped';
  /** Failed attempts since the last success. */
  failures: number;
  lastError: string | null;
  /** When the state last changed (ISO). */
  since: string;
}

/** The platform refused us for good (a wrong token): retrying cannot help. */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

export interface KeepConnectingOptions {
  name: string;
  /** One try to connect; throws RefusedError when retrying cannot help, anything else to be retried. */
  attempt(signal: AbortSignal): Promise<void>;
  logger: Logger;
  /** How long start() waits for the first try before going on in the background (default 5 s). */
  firstTryMs?: number;
  /** Waits between tries: doubling from `baseMs` to `capMs` (default 2 s → 2 min). */
  baseMs?: number;
  capMs?: number;
  now?: () => Date;
}

export interface Connection {
  /**
   * Tries once, waiting at most `firstTryMs`: resolves when connected, or when the first try
   * failed or is slow (then tries again in the background, one log line per try); rejects only
   * for a RefusedError.
   */
  start(): Promise<void>;
  /** Resolves when connected (never, if stopped first). */
  readonly ready: Promise<void>;
  status(): ConnectionStatus;
  /** Stops trying; an attempt in flight is aborted. Idempotent. */
  stop(): void;
}

/**
 * Start-up never waits on the outside world: a platform that cannot be reached (a firewall, an
 * outage) is retried in the background with a capped backoff while the pollers run and alerts
 * wait in the outbox; a refused token still fails at once.
 */
export function keepConnecting(opts: KeepConnectingOptions): Connection {
  const now = opts.now ?? (() => new Date());
  const firstTryMs = opts.firstTryMs ?? 5_000;
  const baseMs = opts.baseMs ?? 2_000;
  const capMs = opts.capMs ?? 120_000;
  const abort = new AbortController();
  let status: ConnectionStatus = { state: 'connecting', failures: 0, lastError: null, since: now().toISOString() };
  let timer: NodeJS.Timeout | null = null;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const set = (change: Partial<ConnectionStatus>) => {
    status = { ...status, ...change, ...(change.state && change.state !== status.state ? { since: now().toISOString() } : {}) };
  };

  /** One try; its outcome is recorded. Resolves true when connected. */
  async function once(): Promise<boolean> {
    try {
      await opts.attempt(abort.signal);
      if (abort.signal.aborted) return false;
      // Warn level, like the failures it ends: whoever watched those sees the recovery too.
      if (status.failures > 0) opts.logger.warn({ platform: opts.name, failures: status.failures }, `${opts.name} is reachable again`);
      set({ state: 'ready', failures: 0, lastError: null });
      markReady();
      return true;
    } catch (err) {
      if (err instanceof RefusedError || abort.signal.aborted) throw err;
      set({ failures: status.failures + 1, lastError: (err as Error).message });
      return false;
    }
  }

  function retryLater(): void {
    if (abort.signal.aborted) return;
    const wait = Math.min(capMs, baseMs * 2 ** Math.min(status.failures - 1, 20));
    opts.logger.warn(
      { platform: opts.name, failures: status.failures, err: status.lastError, retryInMs: wait },
      `${opts.name} is unreachable; trying again in ${Math.round(wait / 1000)} s (alerts wait in the outbox)`,
    );
    timer = setTimeout(() => {
      timer = null;
      once().then(
        (ok) => (ok ? undefined : retryLater()),
        (err: unknown) => {
          if (abort.signal.aborted) return;
          opts.logger.fatal({ platform: opts.name, err }, `${opts.name} refused the bot; it stays off until the configuration is fixed`);
          set({ state: 'stopped', lastError: (err as Error).message });
        },
      );
    }, wait);
  }

  return {
    ready,
    async start() {
      const first = once();
      let slow: NodeJS.Timeout | undefined;
      const waited = await Promise.race([first, new Promise<'slow'>((resolve) => (slow = setTimeout(() => resolve('slow'), firstTryMs)))]).finally(() => clearTimeout(slow));
      if (waited === true) return;
      if (waited === 'slow') {
        opts.logger.warn({ platform: opts.name, waitedMs: firstTryMs }, `${opts.name} has not answered yet; the bot goes on and keeps trying in the background`);
        // The slow first try goes on; when it fails, the retries take over.
        first.then(
          (ok) => (ok ? undefined : retryLater()),
          (err: unknown) => {
            if (!abort.signal.aborted) opts.logger.fatal({ platform: opts.name, err }, `${opts.name} refused the bot`);
          },
        );
        return;
      }
      retryLater();
    },
    status: () => status,
    stop() {
      if (abort.signal.aborted) return;
      abort.abort();
      if (timer) clearTimeout(timer);
      timer = null;
      set({ state: 'stopped' });
    },
  };
}
