import type { ChatSubscription, ChatSubscriptionInput, ScoreThreshold } from '../../../domain/subscription.ts';
import type { SubscriptionStore } from '../../subscription-store.ts';
import { createMatchCache, type MatchSource } from '../match-cache.ts';
import { checkChat, checkThreshold, movedRecords } from '../records.ts';
import { chatOfRow, chatTargetOfRow, thresholdOfRow, thresholdTargetOfRow, type ChatRow, type ThresholdRow, type ThresholdTargetRow } from './rows.ts';
import { ensureSchema } from './schema.ts';
import type { SqlDriver, SqlRunner } from './sql-driver.ts';
import { importRecords } from './sql-import.ts';
import { bumpVersions, removeRecord, writeChats, writeThresholds } from './sql-writes.ts';

const CHATS_OF = 'SELECT * FROM ee_sub_chats WHERE platform = ? AND chat_id = ?';
const MENTIONS_IN = 'SELECT * FROM ee_sub_thresholds WHERE platform = ? AND ping_chat_id = ?';

/** Reads for the match cache: a tag's rows through the index table, the counters of two scopes. */
function matchSource(db: SqlDriver): MatchSource {
  return {
    async versions(scopes) {
      const rows = await db.all<{ scope: string; version: number | string }>(`SELECT scope, version FROM ee_sub_versions WHERE scope IN (${scopes.map(() => '?').join(', ')})`, scopes);
      const byScope = new Map(rows.map((r) => [r.scope, String(r.version)]));
      return scopes.map((s) => byScope.get(s) ?? '0');
    },
    async chats(tag) {
      const rows = await db.all<ChatRow>('SELECT c.key, c.platform, c.chat_id, c.thread_id, c.lang FROM ee_sub_chat_programs p JOIN ee_sub_chats c ON c.key = p.key WHERE p.program = ?', [tag]);
      return rows.map(chatTargetOfRow);
    },
    async thresholds(tag, minScore) {
      const rows = await db.all<ThresholdTargetRow>(
        `SELECT t.key, t.platform, t.user_id, t.score, t.ping_kind, t.ping_chat_id, t.ping_thread_id, t.profile_submitted_at, t.lang
         FROM ee_sub_threshold_programs p JOIN ee_sub_thresholds t ON t.key = p.key WHERE p.program = ? AND p.score >= ? ORDER BY p.score DESC`,
        [tag, minScore],
      );
      return rows.map(thresholdTargetOfRow);
    },
  };
}

/**
 * SQLite and PostgreSQL (decision 0007): real tables, every change one transaction that bumps
 * the counters of the program tags it touched; matching reads the rows of two tags through the
 * (program[, score]) primary key of the index tables.
 */
export async function createSqlSubscriptionStore(db: SqlDriver, now: () => Date = () => new Date()): Promise<SubscriptionStore> {
  await ensureSchema(db);
  const cache = createMatchCache(matchSource(db));
  const lock = db.dialect === 'postgres' ? ' FOR UPDATE' : '';
  const change = (fn: (tx: SqlRunner) => Promise<Set<string> | null>): Promise<boolean> =>
    db.transaction(async (tx) => {
      const scopes = await fn(tx);
      if (scopes) await bumpVersions(tx, scopes);
      return scopes !== null;
    });
  const putChats = async (subs: ChatSubscriptionInput[]) => void (await change((tx) => writeChats(tx, subs.map(checkChat))));
  const putThresholds = async (ts: ScoreThreshold[]) => void (await change((tx) => writeThresholds(tx, ts.map(checkThreshold))));
  const getChat = async (key: string) => (await db.all<ChatRow>('SELECT * FROM ee_sub_chats WHERE key = ?', [key])).map(chatOfRow)[0];

  return {
    getChat,
    putChat: (sub) => putChats([sub]),
    putChats,
    deleteChat: (key) => change((tx) => removeRecord(tx, 'chat', key)),
    setChatPaused: (key, reason) =>
      change(async (tx) => {
        const [row] = await tx.all<ChatRow>(`SELECT * FROM ee_sub_chats WHERE key = ?${lock}`, [key]);
        if (!row) return null;
        return writeChats(tx, [{ ...chatOfRow(row), paused: reason === null ? null : { reason, since: now().toISOString() } }]);
      }),
    async getThreshold(key) {
      return (await db.all<ThresholdRow>('SELECT * FROM ee_sub_thresholds WHERE key = ?', [key])).map(thresholdOfRow)[0];
    },
    putThreshold: (t) => putThresholds([t]),
    putThresholds,
    deleteThreshold: (key) => change((tx) => removeRecord(tx, 'threshold', key)),
    chatsFor: (program) => cache.chatsFor(program),
    thresholdsFor: (program, minScore) => cache.thresholdsFor(program, minScore),
    async chatsOf(platform, chatId) {
      return (await db.all<ChatRow>(CHATS_OF, [platform, chatId])).map(chatOfRow);
    },
    async mentionsIn(platform, chatId) {
      return (await db.all<ThresholdRow>(MENTIONS_IN, [platform, chatId])).map(thresholdOfRow);
    },
    moveChat: (platform, oldChatId, newChatId) =>
      db.transaction(async (tx) => {
        const subs: ChatSubscription[] = (await tx.all<ChatRow>(CHATS_OF + lock, [platform, oldChatId])).map(chatOfRow);
        const pings: ScoreThreshold[] = (await tx.all<ThresholdRow>(MENTIONS_IN + lock, [platform, oldChatId])).map(thresholdOfRow);
        const moved = movedRecords(subs, pings, newChatId);
        const scopes = new Set<string>();
        for (const s of subs) for (const scope of (await removeRecord(tx, 'chat', s.key)) ?? []) scopes.add(scope);
        for (const scope of [...(await writeChats(tx, moved.chats)), ...(await writeThresholds(tx, moved.thresholds))]) scopes.add(scope);
        await bumpVersions(tx, scopes);
        return [...moved.chats, ...moved.thresholds].map((r) => r.key);
      }),
    async counts() {
      const [row] = await db.all<{ chats: number | string; thresholds: number | string }>(
        'SELECT (SELECT COUNT(*) FROM ee_sub_chats) AS chats, (SELECT COUNT(*) FROM ee_sub_thresholds) AS thresholds',
      );
      return { chats: Number(row?.chats ?? 0), thresholds: Number(row?.thresholds ?? 0) };
    },
    importAll: (records, opts) => db.transaction((tx) => importRecords(tx, records, opts)),
    close: () => db.close(),
  };
}
