import type { DrawEvent } from '../domain/draw.ts';
import { daysApart } from '../reconcile/dates.ts';

/** Draws older than this never alert (a first read of a feed, a bot that was down for weeks). */
export const MAX_ALERT_AGE_DAYS = 7;

/** Whether an event is worth a message: only about recent draws, so the bot stays quiet otherwise. */
export function shouldAlert(event: DrawEvent, now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  return event.draw.date <= today ? daysApart(event.draw.date, today) <= MAX_ALERT_AGE_DAYS : daysApart(event.draw.date, today) <= 1;
}
