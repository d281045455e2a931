import type { SourceConfig } from '../config/sources.ts';
import type { DrawEvent } from '../domain/draw.ts';
import { reconcileOfficial } from '../reconcile/official.ts';
import { readIrccSource } from '../sources/ircc-source.ts';
import type { SourceContext, SourceReader, SourceReading } from '../sources/types.ts';
import type { Stores } from '../store/index.ts';
import type { SourceState } from '../store/source-state-store.ts';
import { backoffMs } from './backoff.ts';

export interface PollDeps extends SourceContext {
  stores: Pick<Stores, 'draws' | 'sources' | 'pool'>;
  /** Serialises the read-reconcile-write step so sources polled together never interleave writes. */
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  readers?: Partial<Record<SourceConfig['kind'], SourceReader>>;
}

export interface SourceFailure {
  sourceId: string;
  message: string;
}

export interface PollResult {
  events: DrawEvent[];
  failures: SourceFailure[];
  skipped: string[];
}

const DEFAULT_READERS: Partial<Record<SourceConfig['kind'], SourceReader>> = { 'ircc-json': readIrccSource };

async function applyReading(reading: SourceReading, deps: PollDeps, seenAt: string): Promise<DrawEvent[]> {
  if (reading.kind === 'unchanged') return [];
  return deps.serial(async () => {
    const existing = await deps.stores.draws.list();
    const { writes, events } = reconcileOfficial(existing, reading.official, seenAt);
    await deps.stores.draws.putMany(writes);
    if (reading.pool) await deps.stores.pool.offer(reading.pool);
    return events;
  });
}

/**
 * Polls one source: read, reconcile, write, remember its state. Never throws for the source's own
 * faults: they come back as a failure and back the source off; the store's draws are untouched.
 */
export async function pollSource(source: SourceConfig, deps: PollDeps, opts: { force?: boolean } = {}): Promise<{ events: DrawEvent[]; failure: SourceFailure | null; skipped: boolean }> {
  const log = deps.logger.child({ source: source.id });
  const state = await deps.stores.sources.get(source.id);
  const now = deps.now();
  if (!opts.force && state.backoffUntil && Date.parse(state.backoffUntil) > now.getTime()) {
    return { events: [], failure: null, skipped: true };
  }
  const reader = (deps.readers ?? DEFAULT_READERS)[source.kind] ?? DEFAULT_READERS[source.kind];
  const attemptAt = now.toISOString();
  try {
    if (!reader) throw new Error(`no reader for sources of kind "${source.kind}"`);
    const reading = await reader(source, state, deps);
    const events = await applyReading(reading, deps, attemptAt);
    const next: SourceState = {
      ...state,
      ...reading.state,
      lastAttemptAt: attemptAt,
      lastSuccessAt: attemptAt,
      lastChangeAt: reading.kind === 'reports' ? attemptAt : state.lastChangeAt,
      consecutiveFailures: 0,
      backoffUntil: null,
    };
    await deps.stores.sources.put(source.id, next);
    if (events.length > 0) log.info({ events: events.map((e) => `${e.kind} ${e.draw.id}`) }, 'draw events');
    return { events, failure: null, skipped: false };
  } catch (err) {
    const message = (err as Error).message;
    const failures = state.consecutiveFailures + 1;
    const until = new Date(now.getTime() + backoffMs(failures)).toISOString();
    log.warn({ failures, backoffUntil: until }, `source ${source.id} failed: ${message}`);
    await deps.stores.sources.put(source.id, { ...state, lastAttemptAt: attemptAt, lastError: message, lastErrorAt: attemptAt, consecutiveFailures: failures, backoffUntil: until });
    return { events: [], failure: { sourceId: source.id, message }, skipped: false };
  }
}

/** Polls every enabled source at once; one failing source never stops the others. */
export async function pollOnce(sources: SourceConfig[], deps: PollDeps, opts: { force?: boolean } = {}): Promise<PollResult> {
  const enabled = sources.filter((s) => s.enabled);
  const results = await Promise.all(enabled.map((s) => pollSource(s, deps, opts)));
  return {
    events: results.flatMap((r) => r.events),
    failures: results.flatMap((r) => (r.failure ? [r.failure] : [])),
    skipped: enabled.filter((_, i) => results[i]?.skipped).map((s) => s.id),
  };
}
