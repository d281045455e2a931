import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Programs } from '../config/programs.ts';
import { dayFromIso } from '../parse/mentions/calendar.ts';
import { MAX_INPUT_CHARS } from '../parse/text/clean-text.ts';
import { parseArticle } from '../parse/parse-article.ts';

/** Where `parse` reads and writes, and the program catalogue it classifies with. */
export interface ParseCommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  programs: Programs;
}

const USAGE = 'usage: ee-draw-bot parse [FILE|-] [--published YYYY-MM-DD]';

class ParseUsageError extends Error {
  override name = 'ParseUsageError';
}

interface ParseCall {
  file: string | null;
  published: string | undefined;
}

function readCall(args: string[]): ParseCall {
  let parsed: ReturnType<typeof parseArgs<{ options: { published: { type: 'string' } }; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options: { published: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new ParseUsageError(`${(err as Error).message}\n${USAGE}`, { cause: err });
  }
  const { positionals, values } = parsed;
  if (positionals.length > 1) throw new ParseUsageError(`expected at most one FILE, got ${positionals.length}\n${USAGE}`);
  const published = values.published;
  if (published !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || !dayFromIso(published))) {
    throw new ParseUsageError(`--published must be a real date written YYYY-MM-DD, e.g. --published 2025-11-29 (got "${published}")`);
  }
  const file = positionals[0];
  return { file: file === undefined || file === '-' ? null : file, published };
}

/** Reads a stream to the end, keeping at most what the parser would look at. */
async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    if (size < MAX_INPUT_CHARS * 4) chunks.push(buf);
    size += buf.length;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `ee-draw-bot parse [FILE|-] [--published YYYY-MM-DD]`: reads an article (plain text or HTML)
 * from FILE, or stdin when FILE is "-" or absent, and prints one JSON line (DESIGN.md "parse").
 * Exit 0 on success; 2 with a message on stderr for a bad argument or an unreadable file.
 */
export async function runParse(args: string[], io: ParseCommandIo): Promise<number> {
  let call: ParseCall;
  try {
    call = readCall(args);
  } catch (err) {
    io.stderr(`${(err as Error).message}\n`);
    return 2;
  }
  let text: string;
  try {
    text = call.file === null ? await readAll(io.stdin) : await readFile(call.file, 'utf8');
  } catch (err) {
    const what = call.file === null ? 'standard input' : `"${call.file}"`;
    io.stderr(`cannot read ${what}: ${(err as Error).message}\n`);
    return 2;
  }
  const result = parseArticle(text, { programs: io.programs, ...(call.published ? { published: call.published } : {}) });
  io.stdout(`${JSON.stringify(result)}\n`);
  return 0;
}
