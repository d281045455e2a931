import type Keyv from 'keyv';

/** A batch of entries (one draw event's fan-out), in the order batches were added. */
export interface OpenBatch {
  batch: string;
  ids: string[];
}

/** An entry as the ledger knows it. */
export interface Filed {
  id: string;
  drawId: string;
}

/** What the lists are told of each entry of a new batch. */
export interface Listed extends Filed {
  createdAt: string;
}

/**
 * The outbox's shared lists, which several processes change at once: the batches with work left
 * (`open`), per draw every entry queued for it, and the ledger of every entry kept, by creation
 * time (what retention walks, oldest first: decision 0012). Entries and their delivery states are
 * keyed records in keyv (one writer at a time each: the claim holder); these lists are what keyv
 * can only read-modify-write, so each engine keeps them its own way (decision 0011).
 */
export interface OutboxLists {
  /** Files a batch of new entries: its id list, open, each entry under its draw and in the ledger. */
  addBatch(batch: string, entries: readonly Listed[]): Promise<void>;
  /** Open batches, oldest first. */
  openBatches(): Promise<OpenBatch[]>;
  /** Ids of every entry queued for a draw (unordered, no repeats). */
  ofDraw(drawId: string): Promise<string[]>;
  /** Closes these batches; batches added meanwhile stay open. */
  closeBatches(batches: readonly string[]): Promise<void>;
  /**
   * At most `limit` ledger items created before `before` (ms since the epoch), oldest first, after
   * the first `skip` of them (those the caller keeps). One bounded read.
   */
  filedBefore(before: number, limit: number, skip: number): Promise<Filed[]>;
  /**
   * Removes these items from the ledger and from their draw's list. Memory and SQLite keep a draw's
   * list as one record: it is deleted with the draw's last ledger item, and until then ids whose
   * entry is gone stay in it (the store skips them) — so no step ever rewrites a whole list.
   */
  forget(items: readonly Filed[]): Promise<void>;
}

/** Entry ids grouped by draw. */
export const byDraw = (entries: readonly { id: string; drawId: string }[]): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const e of entries) out.set(e.drawId, [...(out.get(e.drawId) ?? []), e.id]);
  return out;
};

/** Items per ledger page of the keyv lists: what one step of retention reads or rewrites. */
export const LEDGER_PAGE = 500;

/** A ledger item of the keyv lists: draw, entry id, creation time (ms). */
type Item = [drawId: string, id: string, at: number];
/** The keyv ledger's pages in use: `f:<first>` … `f:<next - 1>` (some may be gone). */
interface Head {
  first: number;
  next: number;
}

/**
 * The lists as keyv records (memory, SQLite): every change is a read-modify-write of a whole list,
 * so changes run under `serial` (a queue in the process and a coordinator lease across processes).
 * The ledger is pages `f:<n>` of at most LEDGER_PAGE items in filing order, `f` the pages in use,
 * and `n:<draw>` how many ledger items a draw has (its list `d:<draw>` goes with the last).
 */
export function createKeyvOutboxLists(keyv: Keyv<unknown>, serial: <T>(task: () => Promise<T>) => Promise<T>): OutboxLists {
  const ids = async (key: string) => ((await keyv.get(key)) as string[] | undefined) ?? [];
  const head = async (): Promise<Head> => ((await keyv.get('f')) as Head | undefined) ?? { first: 0, next: 0 };
  const page = async (n: number): Promise<Item[]> => ((await keyv.get(`f:${n}`)) as Item[] | undefined) ?? [];
  const count = async (drawId: string) => ((await keyv.get(`n:${drawId}`)) as number | undefined) ?? 0;

  /** Appends to the last page while it has room, then to new pages; the head is written last. */
  async function file(entries: readonly Listed[]): Promise<void> {
    const h = await head();
    let items: Item[] = entries.map((e) => [e.drawId, e.id, Date.parse(e.createdAt)]);
    let next = h.next;
    if (next > h.first) {
      const last = await page(next - 1);
      if (last.length > 0 && last.length < LEDGER_PAGE) {
        await keyv.set(`f:${next - 1}`, [...last, ...items.slice(0, LEDGER_PAGE - last.length)]);
        items = items.slice(LEDGER_PAGE - last.length);
      }
    }
    for (let i = 0; i < items.length; i += LEDGER_PAGE) await keyv.set(`f:${next++}`, items.slice(i, i + LEDGER_PAGE));
    if (next !== h.next) await keyv.set('f', { first: h.first, next });
    for (const [drawId, added] of byDraw(entries)) await keyv.set(`n:${drawId}`, (await count(drawId)) + added.length);
  }

  return {
    addBatch: (batch, entries) =>
      serial(async () => {
        await keyv.set(
          `b:${batch}`,
          entries.map((e) => e.id),
        );
        await keyv.set('open', [...(await ids('open')), batch]);
        for (const [drawId, added] of byDraw(entries)) await keyv.set(`d:${drawId}`, [...new Set([...(await ids(`d:${drawId}`)), ...added])]);
        await file(entries);
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
    async filedBefore(before, limit, skip) {
      const h = await head();
      const out: Filed[] = [];
      let toSkip = skip;
      // Pages are in filing order: after a page holding a newer item, the later ones are newer still.
      for (let n = h.first; n < h.next && out.length < limit; n++) {
        const items = await page(n);
        for (const [drawId, id, at] of items) {
          if (at >= before) continue;
          if (toSkip > 0) toSkip--;
          else if (out.length < limit) out.push({ id, drawId });
        }
        if (items.some(([, , at]) => at >= before)) break;
      }
      return out;
    },
    forget: (items) =>
      serial(async () => {
        if (items.length === 0) return;
        const key = (drawId: string, id: string) => `${drawId}\n${id}`;
        const wanted = new Set(items.map((i) => key(i.drawId, i.id)));
        const found = new Set<string>();
        const removed = new Map<string, number>();
        const h = await head();
        const emptied = new Set<number>();
        // The items come from the oldest pages: the walk stops once each was found.
        for (let n = h.first; n < h.next && found.size < wanted.size; n++) {
          const before = await page(n);
          const after = before.filter(([drawId, id]) => {
            const k = key(drawId, id);
            if (!wanted.has(k)) return true;
            found.add(k);
            removed.set(drawId, (removed.get(drawId) ?? 0) + 1);
            return false;
          });
          if (after.length === before.length) continue;
          if (after.length > 0) await keyv.set(`f:${n}`, after);
          else {
            await keyv.delete(`f:${n}`);
            emptied.add(n);
          }
        }
        let first = h.first;
        while (first < h.next && (emptied.has(first) || (await page(first)).length === 0)) first++;
        if (first !== h.first) await keyv.set('f', { first, next: h.next });
        for (const [drawId, k] of removed) {
          const left = (await count(drawId)) - k;
          if (left > 0) await keyv.set(`n:${drawId}`, left);
          else await keyv.deleteMany([`n:${drawId}`, `d:${drawId}`]);
        }
      }),
  };
}
