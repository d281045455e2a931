import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';
import type { DeliveryState, OutboxEntry } from '../domain/outbox.ts';
import type { OutboxLists } from './outbox/outbox-lists.ts';

export interface PendingItem {
  entry: OutboxEntry;
  state: DeliveryState;
}

/**
 * The outbox: entries written before any send, a delivery state written after it.
 * Entries are grouped in batches (one per draw event); `open` lists batches with work left.
 */
export interface OutboxStore {
  /** Writes a batch of entries; entries whose id already exists are skipped (idempotent). Returns how many were new. */
  enqueue(entries: OutboxEntry[]): Promise<number>;
  /** Entries not yet sent or dropped, in batch order, with their state. */
  pending(): Promise<PendingItem[]>;
  getEntry(id: string): Promise<OutboxEntry | undefined>;
  getState(id: string): Promise<DeliveryState | undefined>;
  setState(id: string, state: DeliveryState): Promise<void>;
  /** Every entry ever queued for a draw, with its state (to edit what was sent). */
  forDraw(drawId: string): Promise<PendingItem[]>;
  /** Forgets batches whose entries are all done. */
  closeFinished(): Promise<void>;
}

export const newState = (now: string): DeliveryState => ({ status: 'pending', attempts: 0, nextAttemptAt: null, messageId: null, lastError: null, updatedAt: now });

/**
 * Entries and delivery states are keyv records (an entry is written once, its state only by the
 * holder of its claim); the shared lists live in `lists`, kept by each engine its own way.
 */
export function createOutboxStore(keyv: Keyv<unknown>, lists: OutboxLists): OutboxStore {
  async function items(entryIds: string[]): Promise<PendingItem[]> {
    if (entryIds.length === 0) return [];
    const entries = (await keyv.getMany(entryIds.map((id) => `e:${id}`))) as (OutboxEntry | undefined)[];
    const states = (await keyv.getMany(entryIds.map((id) => `s:${id}`))) as (DeliveryState | undefined)[];
    const out: PendingItem[] = [];
    entries.forEach((entry, i) => {
      if (entry) out.push({ entry, state: states[i] ?? newState(entry.createdAt) });
    });
    return out;
  }
  return {
    async enqueue(entries) {
      if (entries.length === 0) return 0;
      const existing = (await keyv.getMany(entries.map((e) => `e:${e.id}`))) as (OutboxEntry | undefined)[];
      const fresh = [...new Map(entries.filter((_, i) => !existing[i]).map((e) => [e.id, e])).values()];
      if (fresh.length === 0) return 0;
      // The batch is listed before its entries are written: a crash in between leaves a batch whose
      // missing entries are skipped, and the next enqueue of the same event writes them again. Two
      // processes enqueueing the same event at once may both list an entry: it is still one record,
      // sent once (claims), and listed in two batches.
      await lists.addBatch(randomUUID(), fresh);
      await keyv.setMany(fresh.map((e) => ({ key: `e:${e.id}`, value: e })));
      return fresh.length;
    },
    async pending() {
      const batches = await lists.openBatches();
      return (await items([...new Set(batches.flatMap((b) => b.ids))])).filter((i) => i.state.status === 'pending');
    },
    async getEntry(id) {
      return await keyv.get(`e:${id}`);
    },
    async getState(id) {
      return await keyv.get(`s:${id}`);
    },
    async setState(id, state) {
      await keyv.set(`s:${id}`, state);
    },
    async forDraw(drawId) {
      return items(await lists.ofDraw(drawId));
    },
    async closeFinished() {
      const finished: string[] = [];
      for (const { batch, ids } of await lists.openBatches()) {
        const states = (await keyv.getMany(ids.map((id) => `s:${id}`))) as (DeliveryState | undefined)[];
        if (!states.some((s) => !s || s.status === 'pending')) finished.push(batch);
      }
      await lists.closeBatches(finished);
    },
  };
}
