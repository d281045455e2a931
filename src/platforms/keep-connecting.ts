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
  /** What the retry warning says is away, and what happens meanwhile (default: "<name> is unreachable", alerts wait in the outbox). */
  unreachable?: { what: string; meanwhile: string };
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
   * failed or is slow (then tries again in the background, one log line per try); rejects only for
   * a RefusedError of that first try.
   */
  start(): Promise<void>;
  /** Resolves when connected (never, if stopped first). */
  readonly ready: Promise<void>;
  /** Resolves with the error when the platform refused the bot, on the first try or any later one. */
  readonly refused: Promise<RefusedError>;
  status(): ConnectionStatus;
  /** Stops trying: an attempt in flight is aborted and waited for. Idempotent. */
  stop(): Promise<void>;
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
  const unreachable = opts.unreachable ?? { what: opts.name, meanwhile: 'alerts wait in the outbox' };
  const abort = new AbortController();
  let status: ConnectionStatus = { state: 'connecting', failures: 0, lastError: null, since: now().toISOString() };
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<unknown> = Promise.resolve();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let markRefused: (err: RefusedError) => void = () => undefined;
  const refused = new Promise<RefusedError>((resolve) => (markRefused = resolve));

  const set = (change: Partial<ConnectionStatus>) => {
    status = { ...status, ...change, ...(change.state && change.state !== status.state ? { since: now().toISOString() } : {}) };
  };

  /** One try; its outcome is recorded. `connected`, `failed` (retry), `refused` or `stopped`. */
  async function once(): Promise<'connected' | 'failed' | 'refused' | 'stopped'> {
    try {
      await opts.attempt(abort.signal);
      if (abort.signal.aborted) return 'stopped';
      // Warn level, like the failures it ends: whoever watched those sees the recovery too.
      if (status.failures > 0) opts.logger.warn({ platform: opts.name, failures: status.failures }, `${opts.name} is reachable again`);
      set({ state: 'ready', failures: 0, lastError: null });
      markReady();
      return 'connected';
    } catch (err) {
      if (abort.signal.aborted) return 'stopped';
      if (err instanceof RefusedError) {
        opts.logger.fatal({ platform: opts.name, err }, `${opts.name} refused the bot; it stays off until the configuration is fixed`);
        set({ state: 'stopped', lastError: err.message });
        markRefused(err);
        return 'refused';
      }
      set({ failures: status.failures + 1, lastError: (err as Error).message });
      return 'failed';
    }
  }

  /** A try whose end anyone stopping waits for. */
  const tracked = () => {
    const run = once();
    inFlight = run;
    return run;
  };

  function retryLater(): void {
    if (abort.signal.aborted) return;
    const wait = Math.min(capMs, baseMs * 2 ** Math.min(status.failures - 1, 20));
    opts.logger.warn(
      { platform: opts.name, failures: status.failures, err: status.lastError, retryInMs: wait },
      `${unreachable.what} is unreachable; trying again in ${Math.round(wait / 1000)} s (${unreachable.meanwhile})`,
    );
    timer = setTimeout(() => {
      timer = null;
      void tracked().then((outcome) => (outcome === 'failed' ? retryLater() : undefined));
    }, wait);
  }

  return {
    ready,
    refused,
    async start() {
      const first = tracked();
      let slow: NodeJS.Timeout | undefined;
      const waited = await Promise.race([first, new Promise<'slow'>((resolve) => (slow = setTimeout(() => resolve('slow'), firstTryMs)))]).finally(() => clearTimeout(slow));
      if (waited === 'refused') throw new RefusedError(status.lastError ?? `${opts.name} refused the bot`);
      if (waited === 'slow') {
        opts.logger.warn({ platform: opts.name, waitedMs: firstTryMs }, `${opts.name} has not answered yet; the bot goes on and keeps trying in the background`);
        // The slow first try goes on; when it fails, the retries take over.
        void first.then((outcome) => (outcome === 'failed' ? retryLater() : undefined));
        return;
      }
      if (waited === 'failed') retryLater();
    },
    status: () => status,
    async stop() {
      if (!abort.signal.aborted) {
        abort.abort();
        if (timer) clearTimeout(timer);
        timer = null;
        set({ state: 'stopped' });
      }
      await inFlight;
    },
  };
}
