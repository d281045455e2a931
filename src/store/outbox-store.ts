import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';
import type { DeliveryState, OutboxEntry } from '../domain/outbox.ts';
import type { Filed, OutboxLists } from './outbox/outbox-lists.ts';
import { chunks } from './subscriptions/chunks.ts';

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
  /** Every entry queued for a draw and not yet pruned, with its state (to edit what was sent). */
  forDraw(drawId: string): Promise<PendingItem[]>;
  /** Forgets batches whose entries are all done (or pruned). */
  closeFinished(): Promise<void>;
  /**
   * Retention (decision 0012): deletes the entries created before `before` whose work is done (sent
   * or dropped), with their delivery state and list memberships, `step` entries at a time (default
   * 500); pending entries and originals of a pending edit stay, whatever their age. Stops between
   * steps once `signal` is aborted. Returns how many entries it deleted. One caller at a time.
   */
  prune(before: Date, opts?: { step?: number; signal?: AbortSignal }): Promise<number>;
  /** When the last prune started (ISO), by any instance; null if never. */
  prunedAt(): Promise<string | null>;
  markPruned(at: string): Promise<void>;
}

/** How many steps' worth of old entries a pruning run walks past (pending ones, originals of edits) before it stops. */
export const MAX_KEPT_STEPS = 10;

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
  async function pending(): Promise<PendingItem[]> {
    const batches = await lists.openBatches();
    return (await items([...new Set(batches.flatMap((b) => b.ids))])).filter((i) => i.state.status === 'pending');
  }
  /**
   * What retention must not delete, kept up to date between its steps: every entry of an open batch
   * (a batch closes only when each of its entries has a final state, so none of them goes before),
   * and the original of every edit waiting to go out (the edit needs its message id). Batches opened
   * since the last look are the only ones read again.
   */
  function protectedEntries() {
    const seen = new Set<string>();
    const ids = new Set<string>();
    return async (): Promise<Set<string>> => {
      const fresh = (await lists.openBatches()).filter((b) => !seen.has(b.batch));
      for (const b of fresh) seen.add(b.batch);
      const added = [...new Set(fresh.flatMap((b) => b.ids))];
      for (const id of added) ids.add(id);
      for (const part of chunks(added, 500)) for (const { entry } of await items(part)) if (entry.editOf) ids.add(entry.editOf);
      return ids;
    };
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
    pending,
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
        // No state yet: not sent (or its record is still being written).
        if (!states.some((s) => !s || s.status === 'pending')) finished.push(batch);
      }
      await lists.closeBatches(finished);
    },
    async prune(before, opts = {}) {
      const step = Math.max(1, opts.step ?? 500);
      const cutoff = before.getTime();
      const guarded = protectedEntries();
      let removed = 0;
      let kept = 0;
      // Kept items are walked past again at every step: past this many, the run ends (the next one starts over).
      while (!opts.signal?.aborted && kept <= MAX_KEPT_STEPS * step) {
        const keep = await guarded();
        const filed = await lists.filedBefore(cutoff, step, kept);
        if (filed.length === 0) break;
        const entries = (await keyv.getMany(filed.map((f) => `e:${f.id}`))) as (OutboxEntry | undefined)[];
        const states = (await keyv.getMany(filed.map((f) => `s:${f.id}`))) as (DeliveryState | undefined)[];
        const gone: Filed[] = [];
        const deleted = new Set<string>();
        filed.forEach((f, i) => {
          const entry = entries[i];
          const state = states[i];
          // No record: listed by an enqueue that crashed before writing it (or listed twice and already pruned).
          const done = !keep.has(f.id) && (!entry || (state !== undefined && state.status !== 'pending' && Date.parse(entry.createdAt) < cutoff));
          if (!done) return;
          gone.push(f);
          if (entry) deleted.add(f.id);
        });
        // Records first, then the lists: a crash in between leaves listed ids without a record, which the next run forgets.
        if (gone.length > 0) {
          await keyv.deleteMany(gone.flatMap((f) => [`e:${f.id}`, `s:${f.id}`]));
          await lists.forget(gone);
        }
        removed += deleted.size;
        kept += filed.length - gone.length;
        if (filed.length < step) break;
      }
      return removed;
    },
    async prunedAt() {
      return ((await keyv.get('m:pruned')) as string | undefined) ?? null;
    },
    async markPruned(at) {
      await keyv.set('m:pruned', at);
    },
  };
}
