import type { SourceConfig } from '../config/sources.ts';
import type { Draw, DrawEvent } from '../domain/draw.ts';
import type { NewsReport } from '../domain/news-report.ts';
import type { Logger } from '../log.ts';
import { reconcileNews, type NewsReconcileResult } from '../reconcile/news.ts';
import { reconcileOfficial, type ReconcileResult } from '../reconcile/official.ts';
import { readIrccSource } from '../sources/ircc-source.ts';
import { FetchError } from '../sources/http-fetch.ts';
import { readRssSource } from '../sources/rss-source.ts';
import type { SourceContext, SourceReader, SourceReading } from '../sources/types.ts';
import type { Stores } from '../store/index.ts';
import type { SourceState } from '../store/source-state-store.ts';
import { retryDelayMs } from './backoff.ts';

export interface PollDeps extends SourceContext {
  stores: Pick<Stores, 'draws' | 'sources' | 'pool' | 'news'>;
  /** Serialises the read-reconcile-write step so sources polled together never interleave writes. */
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  readers?: Partial<Record<SourceConfig['kind'], SourceReader>>;
  /**
   * Called with the events of a reconcile step before its draws are written, so alerts are in the
   * outbox before the change is stored: a crash in between makes the next poll see the change again
   * and queue the same (idempotent) entries, never lose them.
   */
  onEvents?: (events: DrawEvent[], draws: Draw[]) => Promise<void>;
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

const DEFAULT_READERS: Record<SourceConfig['kind'], SourceReader> = { 'ircc-json': readIrccSource, rss: readRssSource };

/** One source's reading, tagged with the source it came from. */
interface TaggedReading {
  sourceId: string;
  reading: SourceReading;
}

/**
 * Reconciles readings of several sources in one step (serialised within the process), so reports
 * that arrive together are judged together: two sites that disagree in one poll alert nothing.
 */
async function applyReadings(readings: TaggedReading[], deps: PollDeps, seenAt: string): Promise<DrawEvent[]> {
  const changed = readings.flatMap((r) => (r.reading.kind === 'reports' ? [{ sourceId: r.sourceId, reading: r.reading }] : []));
  if (changed.length === 0) return [];
  return deps.serial(async () => {
    const existing = await deps.stores.draws.list();
    const official = reconcileOfficial(
      existing,
      changed.flatMap((r) => r.reading.official),
      seenAt,
      deps.now(),
    );
    const afterOfficial = mergeById(existing, official.writes);
    const incoming = changed.flatMap((r) => r.reading.news ?? []);
    const pending = await deps.stores.news.pending();
    const news = reconcileNews(afterOfficial, pending, incoming, deps.now(), seenAt);
    warnHeld(deps.logger, official, news, incoming);
    const writes = mergeById(official.writes, news.writes);
    const events = [...official.events, ...news.events];
    if (events.length > 0 && deps.onEvents) await deps.onEvents(events, mergeById(afterOfficial, news.writes));
    await deps.stores.draws.putMany(writes);
    if (JSON.stringify(news.pending) !== JSON.stringify(pending)) await deps.stores.news.setPending(news.pending);
    for (const { reading } of changed) if (reading.pool) await deps.stores.pool.offer(reading.pool);
    for (const { sourceId, reading } of changed) if (reading.seenKeys?.length) await deps.stores.news.markSeen(sourceId, reading.seenKeys);
    return events;
  });
}

/**
 * What reconciliation kept back, and why, as warnings naming the source: IRCC records held (every
 * time the file changes while they are there) and news reports held or disagreeing (once, when read).
 */
function warnHeld(logger: Logger, official: ReconcileResult, news: NewsReconcileResult, incoming: NewsReport[]): void {
  for (const { report, reason } of official.held) logger.warn({ source: report.sourceId, drawNumber: report.drawNumber }, reason);
  for (const c of news.conflicts.filter((c) => incoming.includes(c.report))) {
    logger.warn(
      { source: c.report.sourceId, url: c.report.url, program: c.report.program, date: c.report.date, reported: { invitations: c.report.invitations, minCrs: c.report.minCrs }, other: c.with },
      'news reports disagree: nothing is alerted until they agree or IRCC publishes the round',
    );
  }
  for (const { report, reason } of news.held.filter((h) => incoming.includes(h.report))) {
    logger.warn(
      { source: report.sourceId, url: report.url, program: report.program, date: report.date, drawNumber: report.drawNumber, invitations: report.invitations, minCrs: report.minCrs },
      `news report held, nothing alerted: ${reason}; IRCC's file will decide`,
    );
  }
}

/** `base` with `updates` replacing same-id draws. */
function mergeById(base: Draw[], updates: Draw[]): Draw[] {
  const map = new Map(base.map((d) => [d.id, d]));
  for (const d of updates) map.set(d.id, d);
  return [...map.values()];
}

type ReadOutcome =
  { source: SourceConfig; kind: 'skipped' } | { source: SourceConfig; kind: 'failed'; failure: SourceFailure } | { source: SourceConfig; kind: 'read'; state: SourceState; reading: SourceReading };

/** Reads one source; its own faults come back as a failure (and back it off), never as a throw. */
async function readSource(source: SourceConfig, deps: PollDeps, attemptAt: string, force: boolean): Promise<ReadOutcome> {
  const log = deps.logger.child({ source: source.id });
  const state = await deps.stores.sources.get(source.id);
  const now = deps.now();
  if (!force && state.backoffUntil && Date.parse(state.backoffUntil) > now.getTime()) return { source, kind: 'skipped' };
  const reader = deps.readers?.[source.kind] ?? DEFAULT_READERS[source.kind];
  try {
    const reading = await reader(source, state, { ...deps, seen: (id) => deps.stores.news.seen(id) });
    return { source, kind: 'read', state, reading };
  } catch (err) {
    const message = (err as Error).message;
    const failures = state.consecutiveFailures + 1;
    // A source that said how long to wait (Retry-After) gets that wait, within the backoff's bounds.
    const until = new Date(now.getTime() + retryDelayMs(failures, err instanceof FetchError ? err.retryAfterMs : null)).toISOString();
    const failingSince = state.failingSince ?? attemptAt;
    const failingHours = (now.getTime() - Date.parse(failingSince)) / 3_600_000;
    if (failingHours >= 24) log.error({ failures, failingSince }, `source ${source.id} HAS BEEN FAILING FOR ${Math.floor(failingHours)} HOURS: ${message}`);
    else log.warn({ failures, backoffUntil: until }, `source ${source.id} failed: ${message}`);
    await deps.stores.sources.put(source.id, { ...state, lastAttemptAt: attemptAt, lastError: message, lastErrorAt: attemptAt, consecutiveFailures: failures, backoffUntil: until, failingSince });
    return { source, kind: 'failed', failure: { sourceId: source.id, message } };
  }
}

/**
 * Polls sources together: read each (in parallel), reconcile what they say in one step, write,
 * then remember each source's state. A failing source never stops the others and leaves the draws
 * untouched; a store that fails throws.
 */
export async function pollSources(sources: SourceConfig[], deps: PollDeps, opts: { force?: boolean } = {}): Promise<PollResult> {
  const attemptAt = deps.now().toISOString();
  const outcomes = await Promise.all(sources.map((s) => readSource(s, deps, attemptAt, opts.force ?? false)));
  const read = outcomes.flatMap((o) => (o.kind === 'read' ? [o] : []));
  const events = await applyReadings(
    read.map((o) => ({ sourceId: o.source.id, reading: o.reading })),
    deps,
    attemptAt,
  );
  for (const o of read) {
    await deps.stores.sources.put(o.source.id, {
      ...o.state,
      ...o.reading.state,
      lastAttemptAt: attemptAt,
      lastSuccessAt: attemptAt,
      lastChangeAt: o.reading.kind === 'reports' ? attemptAt : o.state.lastChangeAt,
      consecutiveFailures: 0,
      backoffUntil: null,
      failingSince: null,
    });
  }
  if (events.length > 0) deps.logger.info({ events: events.map((e) => `${e.kind} ${e.draw.id}`) }, 'draw events');
  return {
    events,
    failures: outcomes.flatMap((o) => (o.kind === 'failed' ? [o.failure] : [])),
    skipped: outcomes.filter((o) => o.kind === 'skipped').map((o) => o.source.id),
  };
}

/** Polls one source (a scheduled tick). */
export const pollSource = (source: SourceConfig, deps: PollDeps, opts: { force?: boolean } = {}): Promise<PollResult> => pollSources([source], deps, opts);

/** Polls every enabled source once. */
export const pollOnce = (sources: SourceConfig[], deps: PollDeps, opts: { force?: boolean } = {}): Promise<PollResult> =>
  pollSources(
    sources.filter((s) => s.enabled),
    deps,
    opts,
  );
