import type { ConnectionStatus } from '../platforms/keep-connecting.ts';

/** What /healthz says: 200 with this body when healthy, 503 when not. */
export interface HealthReport {
  status: 'ok' | 'unhealthy';
  store: { reachable: boolean; error?: string };
  sources: { id: string; lastSuccessAt: string | null; ageSeconds: number | null; failures: number }[];
  outbox: { pending: number | null };
  platforms: ({ name: string } & ConnectionStatus)[];
  /** Roles this instance holds (polling a source, a platform's intake and sending, …). */
  roles: string[];
}

export interface HealthDeps {
  /** Throws when the store cannot be reached. */
  checkStore(): Promise<void>;
  sources(): Promise<{ id: string; lastSuccessAt: string | null; failures: number }[]>;
  outboxDepth(): Promise<number>;
  platforms(): ({ name: string } & ConnectionStatus)[];
  roles(): string[];
  now(): Date;
}

/**
 * The instance's health. Unhealthy only when the store cannot be reached: a platform still being
 * retried or a failing source is reported (and logged) but the instance itself is doing its job,
 * and a load balancer taking it out would not help.
 */
export async function healthReport(deps: HealthDeps): Promise<HealthReport> {
  let store: HealthReport['store'] = { reachable: true };
  try {
    await deps.checkStore();
  } catch (err) {
    store = { reachable: false, error: (err as Error).message };
  }
  const now = deps.now().getTime();
  const sources = store.reachable ? await deps.sources().catch(() => []) : [];
  const pending = store.reachable ? await deps.outboxDepth().catch(() => null) : null;
  return {
    status: store.reachable ? 'ok' : 'unhealthy',
    store,
    sources: sources.map((s) => ({ ...s, ageSeconds: s.lastSuccessAt ? Math.round((now - Date.parse(s.lastSuccessAt)) / 1000) : null })),
    outbox: { pending },
    platforms: deps.platforms(),
    roles: deps.roles(),
  };
}
