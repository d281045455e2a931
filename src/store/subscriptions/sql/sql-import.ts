import type { ChatSubscription, ChatSubscriptionInput, ScoreThreshold } from '../../../domain/subscription.ts';
import type { ImportOptions, ImportResult } from '../../subscription-store.ts';
import { checkChat, checkThreshold, sameChat, sameThreshold } from '../records.ts';
import { chatOfRow, thresholdOfRow, type ChatRow, type ThresholdRow } from './rows.ts';
import { chunks } from '../chunks.ts';
import { placeholders, type SqlRunner } from './sql-driver.ts';
import { bumpVersions, writeChats, writeThresholds } from './sql-writes.ts';

const A_CHUNK = 1000;

interface Kind<I, R extends { key: string }> {
  table: string;
  check: (input: I) => R;
  ofRow: (row: never) => R;
  same: (a: R, b: R) => boolean;
  write: (tx: SqlRunner, records: R[]) => Promise<Set<string>>;
}

const chatKind: Kind<ChatSubscriptionInput, ChatSubscription> = { table: 'ee_sub_chats', check: checkChat, ofRow: chatOfRow, same: sameChat, write: writeChats };
const thresholdKind: Kind<ScoreThreshold, ScoreThreshold> = {
  table: 'ee_sub_thresholds',
  check: checkThreshold,
  ofRow: thresholdOfRow,
  same: sameThreshold,
  write: writeThresholds,
};

/**
 * One chunk at a time inside the caller's transaction: each record is checked as its chunk comes
 * up (a bad one throws and the transaction rolls back what earlier chunks wrote), compared with
 * what is stored, and only new or changed ones are written.
 */
async function importKind<I, R extends { key: string }>(tx: SqlRunner, kind: Kind<I, R>, inputs: readonly I[], progress: (n: number) => void, result: ImportResult, scopes: Set<string>) {
  for (const part of chunks(inputs, A_CHUNK)) {
    const records = [...new Map(part.map((input) => kind.check(input)).map((r) => [r.key, r])).values()];
    const rows = await tx.all<ChatRow | ThresholdRow>(
      `SELECT * FROM ${kind.table} WHERE key IN (${placeholders(records.length)})`,
      records.map((r) => r.key),
    );
    const stored = new Map(rows.map((row) => [row.key, kind.ofRow(row as never)]));
    const writes = records.filter((r) => {
      const old = stored.get(r.key);
      if (old === undefined) result.added++;
      else if (kind.same(old, r)) result.unchanged++;
      else result.changed++;
      return old === undefined || !kind.same(old, r);
    });
    for (const scope of await kind.write(tx, writes)) scopes.add(scope);
    progress(part.length);
  }
}

/** `importAll` on SQL: every record in the one transaction it is given. */
export async function importRecords(tx: SqlRunner, records: { chats: ChatSubscriptionInput[]; thresholds: ScoreThreshold[] }, opts: ImportOptions = {}): Promise<ImportResult> {
  const total = records.chats.length + records.thresholds.length;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    opts.onProgress?.(done, total);
  };
  const result: ImportResult = { added: 0, changed: 0, unchanged: 0 };
  const scopes = new Set<string>();
  await importKind(tx, chatKind, records.chats, progress, result, scopes);
  await importKind(tx, thresholdKind, records.thresholds, progress, result, scopes);
  await bumpVersions(tx, scopes);
  return result;
}
