import type { SqlDriver } from './sql-driver.ts';

/**
 * Records in one table per kind, and the index of what matching reads in another: one row per
 * (program tag, record) for active chats, one per (program tag, score, record) for thresholds,
 * keyed so a match is a range of the primary key. A counter per scope (`c:<tag>`, `t:<tag>`)
 * is bumped in the transaction of every change to that tag's rows (decision 0007).
 */
export function schema(dialect: SqlDriver['dialect']): string[] {
  const compact = dialect === 'sqlite' ? ' WITHOUT ROWID' : '';
  return [
    `CREATE TABLE IF NOT EXISTS ee_sub_chats (
      key TEXT PRIMARY KEY, platform TEXT NOT NULL, chat_id TEXT NOT NULL, thread_id TEXT, programs TEXT NOT NULL,
      lang TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL, paused_reason TEXT, paused_since TEXT)`,
    'CREATE INDEX IF NOT EXISTS ee_sub_chats_by_chat ON ee_sub_chats (platform, chat_id)',
    `CREATE TABLE IF NOT EXISTS ee_sub_chat_programs (program TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (program, key))${compact}`,
    'CREATE INDEX IF NOT EXISTS ee_sub_chat_programs_by_key ON ee_sub_chat_programs (key)',
    `CREATE TABLE IF NOT EXISTS ee_sub_thresholds (
      key TEXT PRIMARY KEY, platform TEXT NOT NULL, user_id TEXT NOT NULL, user_name TEXT,
      score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 1200), programs TEXT NOT NULL,
      ping_kind TEXT NOT NULL CHECK (ping_kind IN ('dm', 'mention')), ping_chat_id TEXT, ping_thread_id TEXT,
      profile_submitted_at TEXT, lang TEXT NOT NULL, created_at TEXT NOT NULL)`,
    'CREATE INDEX IF NOT EXISTS ee_sub_thresholds_by_ping ON ee_sub_thresholds (platform, ping_chat_id) WHERE ping_chat_id IS NOT NULL',
    `CREATE TABLE IF NOT EXISTS ee_sub_threshold_programs (program TEXT NOT NULL, score INTEGER NOT NULL, key TEXT NOT NULL, PRIMARY KEY (program, score, key))${compact}`,
    'CREATE INDEX IF NOT EXISTS ee_sub_threshold_programs_by_key ON ee_sub_threshold_programs (key)',
    'CREATE TABLE IF NOT EXISTS ee_sub_versions (scope TEXT PRIMARY KEY, version INTEGER NOT NULL)',
  ];
}

/** Creates the tables once; on PostgreSQL under an advisory lock, so two processes starting together do not race on the catalogue. */
export async function ensureSchema(db: SqlDriver): Promise<void> {
  await db.transaction(async (tx) => {
    if (db.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(7007)');
    for (const statement of schema(db.dialect)) await tx.run(statement);
  });
}
