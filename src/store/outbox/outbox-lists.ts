import type Keyv from 'keyv';

/** A batch of entries (one draw event's fan-out), in the order batches were added. */
export interface OpenBatch {
  batch: string;
  ids: string[];
}

/**
 * The outbox's shared lists, which several processes change at once: the batches with work left
 * (`open`) and, per draw, every entry ever queued for it. Entries and their delivery states are
 * keyed records in keyv (one writer at a time each: the claim holder); these lists are what keyv
 * can only read-modify-write, so each engine keeps them its own way (decision 0011).
 */
export interface OutboxLists {
  /** Files a batch of new entries: its id list, open, and each entry under its draw. */
  addBatch(batch: string, entries: readonly { id: string; drawId: string }[]): Promise<void>;
  /** Open batches, oldest first. */
  openBatches(): Promise<OpenBatch[]>;
  /** Ids of every entry queued for a draw (unordered, no repeats). */
  ofDraw(drawId: string): Promise<string[]>;
  /** Closes these batches; batches added meanwhile stay open. */
  closeBatches(batches: readonly string[]): Promise<void>;
}

/** Entry ids grouped by draw. */
export const byDraw = (entries: readonly { id: string; drawId: string }[]): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const e of entries) out.set(e.drawId, [...(out.get(e.drawId) ?? []), e.id]);
  return out;
};

/**
 * The lists as keyv records (memory, SQLite): every change is a read-modify-write of a whole list,
 * so changes run under `serial` (a queue in the process and a coordinator lease across processes).
 */
export function createKeyvOutboxLists(keyv: Keyv<unknown>, serial: <T>(task: () => Promise<T>) => Promise<T>): OutboxLists {
  const ids = async (key: string) => ((await keyv.get(key)) as string[] | undefined) ?? [];
  return {
    addBatch: (batch, entries) =>
      serial(async () => {
        await keyv.set(
          `b:${batch}`,
          entries.map((e) => e.id),
        );
        await keyv.set('open', [...(await ids('open')), batch]);
        for (const [drawId, added] of byDraw(entries)) await keyv.set(`d:${drawId}`, [...new Set([...(await ids(`d:${drawId}`)), ...added])]);
      }),
    async openBatches() {
      const batches = await ids('open');
      const lists = (await keyv.getMany(batches.map((b) => `b:${b}`))) as (string[] | undefined)[];
      return batches.map((batch, i) => ({ batch, ids: lists[i] ?? [] }));
    },
    ofDraw: async (drawId) => [...new Set(await ids(`d:${drawId}`))],
    closeBatches: (batches) =>
      serial(async () => {
        if (batches.length === 0) return;
        const done = new Set(batches);
        const open = await ids('open');
        const keep = open.filter((b) => !done.has(b));
        if (keep.length !== open.length) await keyv.set('open', keep);
      }),
  };
}
