import { normaliseFile, parseIrccBody } from '../ircc/normalise.ts';
import { fetchConditional } from './http-fetch.ts';
import type { SourceReader } from './types.ts';

/** IRCC's rounds file: conditional GET, then a body hash for servers that send no validators. */
export const readIrccSource: SourceReader = async (source, state, ctx) => {
  const res = await fetchConditional({
    url: source.url,
    userAgent: ctx.userAgent,
    etag: state.etag,
    lastModified: state.lastModified,
    timeoutMs: source.timeoutMs,
    maxBytes: source.maxBytes,
    maxRedirects: 5,
    accept: 'application/json',
  });
  if (res.status === 'not-modified') return { kind: 'unchanged', state: {} };
  const validators = { etag: res.etag, lastModified: res.lastModified };
  if (res.hash === state.bodyHash) return { kind: 'unchanged', state: validators };
  const file = normaliseFile(parseIrccBody(res.body), ctx.programs, source.id);
  if (file.rounds.length === 0) throw new Error('the rounds file has no readable record');
  for (const r of file.rejected) {
    ctx.logger.warn({ source: source.id, drawNumber: r.drawNumber, index: r.index }, `skipped an IRCC record: ${r.reason}`);
  }
  const pool = file.rounds.find((r) => r.pool)?.pool ?? null;
  return { kind: 'reports', state: { ...validators, bodyHash: res.hash }, official: file.rounds.map((r) => r.report), pool };
};
