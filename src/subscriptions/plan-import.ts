import type { Programs } from '../config/programs.ts';
import type { ChatSubscription, ScoreThreshold } from '../domain/subscription.ts';
import { importRowSchema, programFilter, toRecord, type ImportRecord } from './import-row.ts';
import { readRows, type ImportFormat, type RowProblem } from './read-rows.ts';

/** A later line that names the same subscription as an earlier one: the later one is kept. */
export interface Duplicate {
  line: number;
  earlier: number;
  key: string;
}

/** What an import file holds, checked: the records to write, or the reasons not to write any. */
export interface ImportPlan {
  format: ImportFormat;
  rows: number;
  chats: ChatSubscription[];
  thresholds: ScoreThreshold[];
  refused: RowProblem[];
  duplicates: Duplicate[];
}

/** Reads and checks every row (each problem with its line), then keeps the last row of each subscription. */
export function planImport(text: string, programs: Programs, now: Date): ImportPlan {
  const { format, rows, problems } = readRows(text);
  const refused = [...problems];
  const kept = new Map<string, { line: number; record: ImportRecord }>();
  const duplicates: Duplicate[] = [];
  for (const row of rows) {
    const parsed = importRowSchema.safeParse(row.fields);
    if (!parsed.success) {
      refused.push({
        line: row.line,
        message: parsed.error.issues.map((i) => (i.code === 'unrecognized_keys' ? `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}` : i.message)).join('; '),
      });
      continue;
    }
    const filter = programFilter(programs, parsed.data.programs);
    if ('unknown' in filter) {
      refused.push({ line: row.line, message: `unknown program${filter.unknown.length > 1 ? 's' : ''} ${filter.unknown.map((p) => `"${p}"`).join(', ')}` });
      continue;
    }
    const record = toRecord(parsed.data, filter.filter, now.toISOString());
    const id = `${record.kind}:${record.record.key}`;
    const earlier = kept.get(id);
    if (earlier) duplicates.push({ line: row.line, earlier: earlier.line, key: record.record.key });
    kept.delete(id);
    kept.set(id, { line: row.line, record });
  }
  const records = [...kept.values()].map((k) => k.record);
  return {
    format,
    rows: rows.length + problems.length,
    chats: records.flatMap((r) => (r.kind === 'chat' ? [r.record] : [])),
    thresholds: records.flatMap((r) => (r.kind === 'threshold' ? [r.record] : [])),
    refused: refused.sort((a, b) => a.line - b.line),
    duplicates,
  };
}
