import type { DeliveryWorker, DrainReport } from '../../src/delivery/worker.ts';
import { entryId, type AlertKind, type Destination, type OutboxEntry } from '../../src/domain/outbox.ts';
import { chatSubscriptionKey, thresholdKey, type ChatSubscription, type ScoreThreshold } from '../../src/domain/subscription.ts';
import type { OutboxStore } from '../../src/store/outbox-store.ts';

export const PLATFORM = 'fake';
const CREATED = '2026-11-20T15:00:00.000Z';

export const chatDest = (chatId: string): Destination => ({ platform: PLATFORM, chatId, threadId: null, mentionUserId: null });

/** A draw alert to a chat; the title names draw, event and kind, which is how the fake tells entries apart. */
export function chatAlert(drawId: string, chatId: string, event: OutboxEntry['event'] = 'new'): OutboxEntry {
  const destination = chatDest(chatId);
  return entry(drawId, event, 'chat', destination, chatSubscriptionKey(PLATFORM, chatId, null));
}

/** A personal ping by direct message to `userId`. */
export function pingAlert(drawId: string, userId: string): OutboxEntry {
  return entry(drawId, 'new', 'ping', chatDest(userId), thresholdKey(PLATFORM, userId));
}

function entry(drawId: string, event: OutboxEntry['event'], alert: AlertKind, destination: Destination, subscriptionKey: string): OutboxEntry {
  return {
    id: entryId(drawId, event, alert, destination),
    drawId,
    event,
    alert,
    destination,
    subscriptionKey,
    message: { title: `${drawId} ${event} ${alert}`, text: `CRS 503 (${event})` },
    editOf: null,
    lang: 'en',
    ping: alert === 'ping' ? { score: 510, profileSubmittedAt: null } : null,
    createdAt: CREATED,
  };
}

/** An edit of `original` (confirmed or corrected): same destination, new text. */
export function editOf(original: OutboxEntry, event: 'confirmed' | 'corrected', text: string): OutboxEntry {
  return {
    ...original,
    id: `${original.drawId}|edit:${event}:${text}|${original.alert}|${original.destination.chatId}`,
    event,
    message: { title: original.message.title ?? '', text },
    editOf: original.id,
  };
}

export function chatSubscription(chatId: string): ChatSubscription {
  return { key: chatSubscriptionKey(PLATFORM, chatId, null), platform: PLATFORM, chatId, threadId: null, programs: ['cec'], lang: 'en', createdBy: 'admin', createdAt: CREATED };
}

export function threshold(userId: string): ScoreThreshold {
  return {
    key: thresholdKey(PLATFORM, userId),
    platform: PLATFORM,
    userId,
    userName: null,
    score: 510,
    programs: 'all',
    ping: { kind: 'dm', fallback: null },
    profileSubmittedAt: null,
    lang: 'en',
    createdAt: CREATED,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Drains pass after pass until the outbox has nothing pending, sleeping until the next entry is
 * due in between (retries, retry_after, edits waiting for their original). Returns every report.
 */
export async function drainAll(worker: Pick<DeliveryWorker, 'drain'>, outbox: OutboxStore, maxPasses = 200): Promise<DrainReport[]> {
  const reports: DrainReport[] = [];
  for (let i = 0; i < maxPasses; i++) {
    const report = await worker.drain();
    reports.push(report);
    if ((await outbox.pending()).length === 0) return reports;
    const due = report.nextDueAt ? Date.parse(report.nextDueAt) - Date.now() : 20;
    await sleep(Math.min(2_000, Math.max(5, due)));
  }
  throw new Error(`the outbox still has entries pending after ${maxPasses} passes`);
}

export const total = (reports: DrainReport[], key: 'sent' | 'edited' | 'dropped' | 'retried' | 'waiting'): number => reports.reduce((n, r) => n + r[key], 0);
