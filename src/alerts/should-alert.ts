import type { DrawEvent } from '../domain/draw.ts';
import { impossibleRound } from '../ircc/limits.ts';
import { daysApart } from '../util/days.ts';

/** Draws older than this never alert (a first read of a feed, a bot that was down for weeks). */
export const MAX_ALERT_AGE_DAYS = 7;

/**
 * The shortest OUTBOX_RETENTION_DAYS: twice the days a draw may still alert. A correction inside
 * that window may ping whoever the first alert did not reach; it must still find who that was.
 */
export const MIN_RETENTION_DAYS = 2 * MAX_ALERT_AGE_DAYS;

/**
 * Whether an event is worth a message: only about recent draws, so the bot stays quiet otherwise,
 * and never about figures no real round has had ("Minimum CRS: 0" would ping every /notify user).
 * Reconciliation already holds such records; this is the last line before the outbox.
 */
export function shouldAlert(event: DrawEvent, now: Date): boolean {
  if (impossibleRound(event.draw, now) !== null) return false;
  const today = now.toISOString().slice(0, 10);
  return event.draw.date <= today ? daysApart(event.draw.date, today) <= MAX_ALERT_AGE_DAYS : daysApart(event.draw.date, today) <= 1;
}
