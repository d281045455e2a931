import { readFile } from 'node:fs/promises';
import type { Programs } from '../config/programs.ts';
import { dayFromIso } from '../parse/mentions/calendar.ts';
import { MAX_INPUT_CHARS } from '../parse/text/clean-text.ts';
import { parseArticle } from '../parse/parse-article.ts';
import { parseVerbArgs } from './context.ts';
import { usageErrorText } from './help.ts';
import { UsageError } from './io.ts';

/** Where `parse` reads and writes, and the program catalogue it classifies with. */
export interface ParseCommandIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  programs: Programs;
}

interface ParseCall {
  file: string | null;
  published: string | undefined;
}

function readCall(args: string[]): ParseCall {
  const { positionals, values } = parseVerbArgs({ args, options: { published: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}`);
  const published = values.published;
  if (published !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || !dayFromIso(published))) {
    throw new UsageError(`--published must be a real date written YYYY-MM-DD, e.g. --published 2025-11-29 (got "${published}")`);
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
 * from FILE, or stdin when FILE is "-" or absent, and prints one JSON line (docs/contracts.md "parse").
 * Exit 0 on success; 2 with a message on stderr for a bad argument or an unreadable file.
 */
export async function runParse(args: string[], io: ParseCommandIo): Promise<number> {
  let call: ParseCall;
  try {
    call = readCall(args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(usageErrorText('parse', err.message));
    return 2;
  }
  // Someone who typed `ee-draw-bot parse` at a terminal would otherwise wait on a silent prompt.
  if (call.file === null && io.stdin.isTTY) {
    io.stderr('ee-draw-bot parse: reading the article from standard input; paste it, then press Ctrl-D on a line of its own (Ctrl-Z then Enter on Windows). Or give a FILE.\n');
  }
  let text: string;
  try {
    text = call.file === null ? await readAll(io.stdin) : await readFile(call.file, 'utf8');
  } catch (err) {
    const what = call.file === null ? 'standard input' : `"${call.file}"`;
    io.stderr(`ee-draw-bot parse: cannot read ${what}: ${(err as Error).message}\n`);
    return 2;
  }
  const result = parseArticle(text, { programs: io.programs, ...(call.published ? { published: call.published } : {}) });
  io.stdout(`${JSON.stringify(result)}\n`);
  return 0;
}
