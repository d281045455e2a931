import { normaliseFile, parseIrccBody } from '../ircc/normalise.ts';
import { fetchIfChanged } from './fetch-if-changed.ts';
import type { SourceReader } from './types.ts';

/** IRCC's rounds file: conditional GET, then a body hash for servers that send no validators. */
export const readIrccSource: SourceReader = async (source, state, ctx) => {
  const read = await fetchIfChanged(source, state, ctx, 'application/json');
  if (!read.changed) return { kind: 'unchanged', state: read.state };
  const file = normaliseFile(parseIrccBody(read.body), ctx.programs, source.id);
  if (file.rounds.length === 0) throw new Error('the rounds file has no readable record');
  for (const r of file.rejected) {
    ctx.logger.warn({ source: source.id, drawNumber: r.drawNumber, index: r.index }, `skipped an IRCC record: ${r.reason}`);
  }
  const pool = file.rounds.find((r) => r.pool)?.pool ?? null;
  return { kind: 'reports', state: read.state, official: file.rounds.map((r) => r.report), pool };
};
