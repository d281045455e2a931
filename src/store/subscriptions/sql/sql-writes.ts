import type { ChatSubscription, ScoreThreshold } from '../../../domain/subscription.ts';
import { chatScope, thresholdScope } from '../match-cache.ts';
import { programTags } from '../records.ts';
import { CHAT_COLUMNS, chatValues, excludedSet, THRESHOLD_COLUMNS, thresholdValues } from './rows.ts';
import { chunks } from '../chunks.ts';
import { placeholders, valuesList, type SqlRunner } from './sql-driver.ts';

/** Rows a statement carries at most: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const RECORDS_A_STATEMENT = 500;
const INDEX_ROWS_A_STATEMENT = 2000;

/** Last record of each key, sorted by key: PostgreSQL refuses an upsert touching a row twice, and one lock order avoids deadlocks. */
function lastOfEachKey<T extends { key: string }>(records: readonly T[]): T[] {
  return [...new Map(records.map((r) => [r.key, r])).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

async function upsert(tx: SqlRunner, table: string, columns: readonly string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${valuesList(rows.length, columns.length)} ON CONFLICT (key) DO UPDATE SET ${excludedSet(columns)}`, rows.flat());
}

async function insertIndexRows(tx: SqlRunner, table: string, columns: readonly string[], rows: unknown[][]): Promise<void> {
  for (const part of chunks(rows, INDEX_ROWS_A_STATEMENT)) await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${valuesList(part.length, columns.length)}`, part.flat());
}

/** Drops the index rows of `keys`; returns the tags they were under (their matches change). */
async function dropIndexRows(tx: SqlRunner, table: string, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await tx.all<{ program: string }>(`DELETE FROM ${table} WHERE key IN (${placeholders(keys.length)}) RETURNING program`, keys);
  return rows.map((r) => r.program);
}

/**
 * Upserts chat subscriptions and re-files them: the record row first (on PostgreSQL that locks it,
 * so a concurrent writer of the same key waits and then sees these index rows), then the old index
 * rows out and the new ones in (active chats only). Returns the version scopes touched.
 */
export async function writeChats(tx: SqlRunner, subs: readonly ChatSubscription[]): Promise<Set<string>> {
  const scopes = new Set<string>();
  for (const part of chunks(lastOfEachKey(subs), RECORDS_A_STATEMENT)) {
    await upsert(tx, 'ee_sub_chats', CHAT_COLUMNS, part.map(chatValues));
    for (const tag of await dropIndexRows(
      tx,
      'ee_sub_chat_programs',
      part.map((s) => s.key),
    ))
      scopes.add(chatScope(tag));
    const index = part.filter((s) => !s.paused).flatMap((s) => programTags(s.programs).map((tag) => [tag, s.key]));
    await insertIndexRows(tx, 'ee_sub_chat_programs', ['program', 'key'], index);
    for (const [tag] of index) scopes.add(chatScope(tag as string));
  }
  return scopes;
}

export async function writeThresholds(tx: SqlRunner, ts: readonly ScoreThreshold[]): Promise<Set<string>> {
  const scopes = new Set<string>();
  for (const part of chunks(lastOfEachKey(ts), RECORDS_A_STATEMENT)) {
    await upsert(tx, 'ee_sub_thresholds', THRESHOLD_COLUMNS, part.map(thresholdValues));
    for (const tag of await dropIndexRows(
      tx,
      'ee_sub_threshold_programs',
      part.map((t) => t.key),
    ))
      scopes.add(thresholdScope(tag));
    const index = part.flatMap((t) => programTags(t.programs).map((tag) => [tag, t.score, t.key]));
    await insertIndexRows(tx, 'ee_sub_threshold_programs', ['program', 'score', 'key'], index);
    for (const [tag] of index) scopes.add(thresholdScope(tag as string));
  }
  return scopes;
}

/** Deletes one record and its index rows; null when there was none. */
export async function removeRecord(tx: SqlRunner, kind: 'chat' | 'threshold', key: string): Promise<Set<string> | null> {
  const [table, index, scope] = kind === 'chat' ? ['ee_sub_chats', 'ee_sub_chat_programs', chatScope] : ['ee_sub_thresholds', 'ee_sub_threshold_programs', thresholdScope];
  const gone = await tx.all<{ key: string }>(`DELETE FROM ${table} WHERE key = ? RETURNING key`, [key]);
  if (gone.length === 0) return null;
  return new Set((await dropIndexRows(tx, index, [key])).map(scope));
}

/** Bumps the counters of `scopes` (sorted, so concurrent transactions lock them in one order). */
export async function bumpVersions(tx: SqlRunner, scopes: Iterable<string>): Promise<void> {
  const sorted = [...new Set(scopes)].sort();
  if (sorted.length === 0) return;
  await tx.run(
    `INSERT INTO ee_sub_versions (scope, version) VALUES ${valuesList(sorted.length, 1).replaceAll('(?)', '(?, 1)')} ON CONFLICT (scope) DO UPDATE SET version = ee_sub_versions.version + 1`,
    sorted,
  );
}
