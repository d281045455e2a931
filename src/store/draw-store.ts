import type Keyv from 'keyv';
import type { Draw } from '../domain/draw.ts';
import { compareDrawsNewestFirst } from '../domain/order.ts';

/** The canonical draws, keyed by a stable id, with an index by IRCC round number. */
export interface DrawStore {
  get(id: string): Promise<Draw | undefined>;
  getByNumber(drawNumber: string): Promise<Draw | undefined>;
  /** Every draw, newest first. */
  list(): Promise<Draw[]>;
  count(): Promise<number>;
  /** Insert or replace draws by id (one write of the index for all of them). */
  putMany(draws: Draw[]): Promise<void>;
}

const INDEX = 'index';

export function createDrawStore(keyv: Keyv<unknown>): DrawStore {
  const ids = async (): Promise<string[]> => ((await keyv.get(INDEX)) as string[] | undefined) ?? [];
  return {
    async get(id) {
      return await keyv.get(`d:${id}`);
    },
    async getByNumber(drawNumber) {
      const id = (await keyv.get(`n:${drawNumber.toLowerCase()}`)) as string | undefined;
      return id ? await keyv.get(`d:${id}`) : undefined;
    },
    async list() {
      const all = await ids();
      if (all.length === 0) return [];
      const values = (await keyv.getMany(all.map((id) => `d:${id}`))) as (Draw | undefined)[];
      return values.filter((d): d is Draw => d !== undefined).sort(compareDrawsNewestFirst);
    },
    async count() {
      return (await ids()).length;
    },
    async putMany(draws) {
      if (draws.length === 0) return;
      const entries: { key: string; value: unknown }[] = [];
      for (const d of draws) {
        entries.push({ key: `d:${d.id}`, value: d });
        if (d.drawNumber) entries.push({ key: `n:${d.drawNumber.toLowerCase()}`, value: d.id });
      }
      await keyv.setMany(entries);
      const known = await ids();
      const set = new Set(known);
      const added = draws.map((d) => d.id).filter((id) => !set.has(id));
      if (added.length > 0) await keyv.set(INDEX, [...known, ...new Set(added)]);
    },
  };
}
