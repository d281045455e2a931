import type { SqlDriver } from '../subscriptions/sql/sql-driver.ts';
import { placeholders, valuesList } from '../subscriptions/sql/sql-driver.ts';
import { chunks } from '../subscriptions/chunks.ts';
import type { OutboxLists } from './outbox-lists.ts';

const SCHEMA = [
  'SELECT pg_advisory_xact_lock(7010)',
  'CREATE TABLE IF NOT EXISTS ee_outbox_batches (seq BIGSERIAL PRIMARY KEY, batch TEXT NOT NULL UNIQUE, ids TEXT NOT NULL)',
  'CREATE TABLE IF NOT EXISTS ee_outbox_draws (draw_id TEXT NOT NULL, entry_id TEXT NOT NULL, PRIMARY KEY (draw_id, entry_id))',
  // The ledger retention walks (decision 0012): rows listed before it count as filed at 0, and the
  // entry's own creation time decides.
  'ALTER TABLE ee_outbox_draws ADD COLUMN IF NOT EXISTS filed_at BIGINT NOT NULL DEFAULT 0',
  'CREATE INDEX IF NOT EXISTS ee_outbox_draws_filed ON ee_outbox_draws (filed_at, entry_id)',
];

/**
 * The outbox lists in PostgreSQL tables: an open batch is a row (its order the sequence, its ids a
 * JSON text), a draw's entries rows of `ee_outbox_draws`, which are also the ledger (`filed_at`, the
 * entry's creation time in ms). Adding a batch is one transaction,
 * closing one DELETE: rows, not lists, so processes never overwrite each other's changes and
 * need no lock.
 */
export async function createSqlOutboxLists(db: SqlDriver): Promise<OutboxLists> {
  await db.transaction(async (tx) => {
    for (const sql of SCHEMA) await (sql.startsWith('SELECT') ? tx.all(sql) : tx.run(sql));
  });
  return {
    addBatch: (batch, entries) =>
      db.transaction(async (tx) => {
        const rows = entries.map((e) => [e.drawId, e.id, Date.parse(e.createdAt)]);
        for (const part of chunks(rows, 500)) await tx.run(`INSERT INTO ee_outbox_draws (draw_id, entry_id, filed_at) VALUES ${valuesList(part.length, 3)} ON CONFLICT DO NOTHING`, part.flat());
        await tx.run('INSERT INTO ee_outbox_batches (batch, ids) VALUES (?, ?) ON CONFLICT (batch) DO NOTHING', [batch, JSON.stringify(entries.map((e) => e.id))]);
      }),
    async openBatches() {
      const rows = await db.all<{ batch: string; ids: string }>('SELECT batch, ids FROM ee_outbox_batches ORDER BY seq');
      return rows.map((r) => ({ batch: r.batch, ids: JSON.parse(r.ids) as string[] }));
    },
    ofDraw: async (drawId) => (await db.all<{ entry_id: string }>('SELECT entry_id FROM ee_outbox_draws WHERE draw_id = ?', [drawId])).map((r) => r.entry_id),
    async closeBatches(batches) {
      for (const part of chunks([...batches], 500)) await db.run(`DELETE FROM ee_outbox_batches WHERE batch IN (${placeholders(part.length)})`, part);
    },
    filedBefore: async (before, limit, skip) =>
      (await db.all<{ draw_id: string; entry_id: string }>('SELECT draw_id, entry_id FROM ee_outbox_draws WHERE filed_at < ? ORDER BY filed_at, entry_id LIMIT ? OFFSET ?', [before, limit, skip])).map(
        (r) => ({ drawId: r.draw_id, id: r.entry_id }),
      ),
    async forget(items) {
      for (const part of chunks([...items], 500)) {
        await db.run(
          `DELETE FROM ee_outbox_draws WHERE (draw_id, entry_id) IN (VALUES ${valuesList(part.length, 2)})`,
          part.flatMap((i) => [i.drawId, i.id]),
        );
      }
    },
  };
}
