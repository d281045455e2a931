import type { RedisClient } from '../redis-client.ts';
import { byDraw, type Filed, type OutboxLists } from './outbox-lists.ts';

const member = (f: Filed) => JSON.stringify([f.drawId, f.id]);

/** Default key prefix, apart from keyv's namespaces, the subscriptions' and the leases'. */
export const OUTBOX_PREFIX = 'ee:outbox:';

/**
 * The outbox lists in Redis: `open` a sorted set of batch ids scored by a counter (their order),
 * `b:<batch>` the batch's ids (JSON), `d:<draw>` a set of entry ids, `filed` the ledger (a sorted
 * set of `[draw, id]` scored by creation time). Adding a batch is one MULTI
 * (atomic; the order number comes first from INCR, so a gap is all a failure can leave), closing
 * is ZREM + DEL: no list is ever read and written back, so no lock is needed between processes.
 */
export function createRedisOutboxLists(client: RedisClient, prefix = OUTBOX_PREFIX): OutboxLists {
  const open = `${prefix}open`;
  const filed = `${prefix}filed`;
  return {
    async addBatch(batch, entries) {
      const seq = await client.incr(`${prefix}seq`);
      const multi = client.multi().set(`${prefix}b:${batch}`, JSON.stringify(entries.map((e) => e.id)));
      for (const [drawId, ids] of byDraw(entries)) multi.sAdd(`${prefix}d:${drawId}`, ids);
      if (entries.length > 0)
        multi.zAdd(
          filed,
          entries.map((e) => ({ score: Date.parse(e.createdAt), value: member(e) })),
        );
      // Listed last, so a batch is never open before its ids are there (MULTI applies in order).
      await multi.zAdd(open, { score: seq, value: batch }).exec();
    },
    async openBatches() {
      const batches = await client.zRange(open, 0, -1);
      if (batches.length === 0) return [];
      const lists = await client.mGet(batches.map((b) => `${prefix}b:${b}`));
      return batches.map((batch, i) => ({ batch, ids: lists[i] ? (JSON.parse(lists[i]) as string[]) : [] }));
    },
    ofDraw: (drawId) => client.sMembers(`${prefix}d:${drawId}`),
    async closeBatches(batches) {
      if (batches.length === 0) return;
      await client
        .multi()
        .zRem(open, [...batches])
        .del(batches.map((b) => `${prefix}b:${b}`))
        .exec();
    },
    async filedBefore(before, limit, skip) {
      const members = await client.zRange(filed, '-inf', `(${before}`, { BY: 'SCORE', LIMIT: { offset: skip, count: limit } });
      return members.map((m) => {
        const [drawId, id] = JSON.parse(m) as [string, string];
        return { drawId, id };
      });
    },
    async forget(items) {
      if (items.length === 0) return;
      const multi = client.multi().zRem(filed, items.map(member));
      for (const [drawId, ids] of byDraw(items)) multi.sRem(`${prefix}d:${drawId}`, ids);
      await multi.exec();
    },
  };
}
