import { ID_SHAPES } from '../platforms/id-shapes.ts';
import { z } from 'zod';
import type { Programs } from '../config/programs.ts';
import type { ProgramCode } from '../domain/draw.ts';
import { chatSubscriptionKey, thresholdKey, type ChatSubscription, type ProgramFilter, type ScoreThreshold } from '../domain/subscription.ts';

/** Ids as the platforms write them; JSON numbers are taken while they are exact (a Discord id is not). */
const id = (what: string) =>
  z.unknown().transform((v, ctx) => {
    if (typeof v === 'string') return v.trim();
    if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
    ctx.addIssue({ code: 'custom', message: typeof v === 'number' ? `${what} is too long for a JSON number: write it as a string, in quotes` : `${what} must be an id` });
    return z.NEVER;
  });
const blankIsAbsent = (v: unknown) => (v === '' || v === null ? undefined : v);

/** One line of an import file (docs/contracts.md, "import subscriptions"): a chat subscription, or a user's threshold. */
export const importRowSchema = z
  .object({
    platform: z.enum(['telegram', 'discord'], { message: 'platform must be telegram or discord' }),
    chat: z.preprocess(blankIsAbsent, id('chat').optional()),
    user: z.preprocess(blankIsAbsent, id('user').optional()),
    thread: z.preprocess(blankIsAbsent, id('thread').optional()),
    programs: z.preprocess(blankIsAbsent, z.union([z.string(), z.array(z.string())]).optional()),
    score: z.preprocess(blankIsAbsent, z.coerce.number({ message: 'score must be a number' }).int('score must be a whole number').min(0).max(1200, 'score must be 0–1200').optional()),
    lang: z.preprocess(blankIsAbsent, z.enum(['en', 'fr'], { message: 'lang must be en or fr' }).default('en')),
  })
  .strict()
  .superRefine((row, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    if ((row.chat === undefined) === (row.user === undefined)) problem('a row names either a chat (a chat subscription) or a user (a personal threshold)');
    if (row.user !== undefined && row.score === undefined) problem('a user row needs the score to ping at');
    if (row.user !== undefined && row.thread !== undefined) problem('thread belongs to a chat row');
    if (row.chat !== undefined && row.score !== undefined) problem('score belongs to a user row');
    const shapes = ID_SHAPES[row.platform];
    const ids: [string, string | undefined, RegExp][] = [
      ['chat', row.chat, shapes.chat],
      ['user', row.user, shapes.user],
      ['thread', row.thread, shapes.thread],
    ];
    for (const [name, value, shape] of ids) if (value !== undefined && !shape.test(value)) problem(`${name} "${value}" is not a ${row.platform} id`);
  });

export type ImportRowFields = z.infer<typeof importRowSchema>;

/** Codes or aliases (spaces or commas between them in one string) → a filter; empty means every program. */
export function programFilter(programs: Programs, raw: string | string[] | undefined): { filter: ProgramFilter } | { unknown: string[] } {
  const words = (Array.isArray(raw) ? raw : (raw ?? '').split(/[\s,]+/)).map((w) => w.trim()).filter(Boolean);
  if (words.length === 0 || words.some((w) => w.toLowerCase() === 'all')) return { filter: 'all' };
  const codes = words.map((w) => programs.resolveExact(w));
  const unknown = words.filter((_, i) => codes[i] === null);
  return unknown.length > 0 ? { unknown } : { filter: [...new Set(codes as ProgramCode[])] };
}

export type ImportRecord = { kind: 'chat'; record: ChatSubscription } | { kind: 'threshold'; record: ScoreThreshold };

/** A valid row → the record the store keeps (created now, by "import"; a user is pinged by DM). */
export function toRecord(row: ImportRowFields, filter: ProgramFilter, now: string): ImportRecord {
  if (row.chat !== undefined) {
    const threadId = row.thread ?? null;
    const key = chatSubscriptionKey(row.platform, row.chat, threadId);
    return { kind: 'chat', record: { key, platform: row.platform, chatId: row.chat, threadId, programs: filter, lang: row.lang, createdBy: 'import', createdAt: now, paused: null } };
  }
  const userId = row.user ?? '';
  return {
    kind: 'threshold',
    record: {
      key: thresholdKey(row.platform, userId),
      platform: row.platform,
      userId,
      userName: null,
      score: row.score ?? 0,
      programs: filter,
      ping: { kind: 'dm', fallback: null },
      profileSubmittedAt: null,
      lang: row.lang,
      createdAt: now,
    },
  };
}
