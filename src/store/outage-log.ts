import type { Logger } from '../log.ts';

/** Reports a connection's failures without a storm: the first of each kind, then one line when it answers again. */
export interface OutageLog {
  /** A failure: logged at warn if no failure of its kind was logged since the connection last answered. */
  failed(err: unknown): void;
  /** The connection answers (again): one info line with how long it was away and how many failures were not logged. */
  recovered(): void;
  /** Whether a failure was seen since the connection last answered. */
  readonly down: boolean;
}

/** The kind of a failure: its code (ECONNREFUSED, 57P01 …) or its class name, so a reconnect loop repeats one kind. */
export function failureKind(err: unknown): string {
  if (err && typeof err === 'object') {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' || typeof code === 'number') return String(code);
    const name = (err as { name?: unknown }).name;
    if (typeof name === 'string') return name;
  }
  return typeof err;
}

/** An outage log for one connection, named in every line (`what`, e.g. "Redis (keyv)"). */
export function createOutageLog(logger: Logger, what: string, now: () => number = Date.now): OutageLog {
  const seen = new Set<string>();
  let since: number | null = null;
  let unlogged = 0;
  return {
    failed(err) {
      since ??= now();
      const kind = failureKind(err);
      if (seen.has(kind)) {
        unlogged++;
        return;
      }
      seen.add(kind);
      logger.warn({ err, store: what, kind }, `${what}: ${(err as Error)?.message ?? String(err)} (further "${kind}" failures are counted, not logged, until it answers again)`);
    },
    recovered() {
      if (since === null) return;
      logger.info({ store: what, downMs: now() - since, unlogged }, `${what} answers again`);
      since = null;
      unlogged = 0;
      seen.clear();
    },
    get down() {
      return since !== null;
    },
  };
}
