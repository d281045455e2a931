import type { Localizer } from '../i18n/localizer.ts';
import type { Programs } from '../config/programs.ts';
import type { Draw, DrawEvent } from '../domain/draw.ts';
import type { Logger } from '../log.ts';
import type { OutboxStore } from '../store/outbox-store.ts';
import type { SubscriptionStore } from '../store/subscription-store.ts';
import { planAlerts } from './plan-alerts.ts';

export interface QueueDeps {
  subscriptions: SubscriptionStore;
  outbox: OutboxStore;
  programs: Programs;
  localizer: Localizer;
  now: () => Date;
  logger: Logger;
  /** Called once per event (metrics). */
  onEvent?: (event: DrawEvent) => void;
}

/**
 * Why an event queued nothing. A confirmation or correction edits the messages the outbox still
 * holds about the draw: none when none was sent, or when they were deleted after
 * OUTBOX_RETENTION_DAYS (decision 0012) — then nothing is edited, and nobody is alerted again.
 */
function quiet(event: DrawEvent, planned: number): string {
  if (planned > 0) return 'no alert for this event: already queued';
  if (event.kind === 'new') return 'no alert for this event';
  return 'nothing to edit for this event: the outbox holds no message about this draw (none was sent, or older than OUTBOX_RETENTION_DAYS)';
}

/**
 * Events → outbox entries, one per destination, written before the draws they are about (the
 * poller calls this first): a crash in between makes the next poll queue the same idempotent
 * entries again, never lose them. Returns how many entries were new.
 */
export async function queueAlerts(events: DrawEvent[], draws: Draw[], deps: QueueDeps): Promise<number> {
  let queued = 0;
  for (const event of events) {
    deps.onEvent?.(event);
    const entries = await planAlerts(event, draws, deps);
    const added = await deps.outbox.enqueue(entries);
    queued += added;
    deps.logger.info({ draw: event.draw.id, kind: event.kind, queued: added }, added > 0 ? 'alerts queued' : quiet(event, entries.length));
  }
  return queued;
}
