/** What one delivery outcome was. */
export type Outcome =
  /** A new message went out and its sent-marker is written. */
  | 'sent'
  /** An earlier message was edited. */
  | 'edited'
  /** Given up for good (gone, rejected, too many failures, an edit of a dropped or superseded message). */
  | 'dropped'
  /** Failed and scheduled for a later try (429, transient). */
  | 'retried'
  /** An edit whose original is still pending: rescheduled a few seconds later. */
  | 'waiting'
  /** Nothing left to do: another worker finished it meanwhile. */
  | 'skipped'
  /** Another worker holds its claim right now. */
  | 'held'
  /** Left for a later pass without a try: its chat must wait, the worker is stopping, the platform is not running. */
  | 'deferred';

/** What a drain pass did. */
export interface DrainReport {
  sent: number;
  edited: number;
  dropped: number;
  retried: number;
  waiting: number;
  skipped: number;
  held: number;
  deferred: number;
  /** Entries this pass saw and left pending (not due, retried, waiting, deferred, held by another worker). */
  remaining: number;
  /** The earliest instant one of those becomes due (ISO), or null. */
  nextDueAt: string | null;
}

export const emptyReport = (): DrainReport => ({ sent: 0, edited: 0, dropped: 0, retried: 0, waiting: 0, skipped: 0, held: 0, deferred: 0, remaining: 0, nextDueAt: null });

/** Counts one outcome; `dueAt` (ms since epoch) is when an entry left pending may be tried again. */
export function tally(report: DrainReport, outcome: Outcome, dueAt: number | null): void {
  report[outcome]++;
  if (outcome === 'sent' || outcome === 'edited' || outcome === 'dropped' || outcome === 'skipped') return;
  noteRemaining(report, dueAt);
}

/** Counts an entry left pending, due again at `dueAt` (ms since epoch) when known. */
export function noteRemaining(report: DrainReport, dueAt: number | null): void {
  report.remaining++;
  if (dueAt !== null && (report.nextDueAt === null || dueAt < Date.parse(report.nextDueAt))) report.nextDueAt = new Date(dueAt).toISOString();
}
