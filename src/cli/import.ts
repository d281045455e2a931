import { readFile } from 'node:fs/promises';
import { createApp } from '../app.ts';
import type { ImportResult } from '../store/subscription-store.ts';
import { planImport, type ImportPlan } from '../subscriptions/plan-import.ts';
import { UsageError } from './io.ts';
import { parseVerbArgs, type CliContext } from './context.ts';

const USAGE = 'usage: ee-draw-bot import subscriptions FILE|-   (JSON lines, or CSV with a header: platform, chat or user, thread, programs, score, lang)';

async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<string> {
  if (file !== '-') {
    try {
      return await readFile(file, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
    }
  }
  const parts: Buffer[] = [];
  for await (const chunk of stdin) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts).toString('utf8');
}

/** A progress line on a terminal, redrawn at most every 100 ms, so a long import shows it is moving. */
function progressLine(write: (text: string) => void): { update: (done: number, total: number) => void; end: () => void } {
  let shown = 0;
  let drawn = false;
  return {
    update(done, total) {
      if (Date.now() - shown < 100 && done < total) return;
      shown = Date.now();
      drawn = true;
      write(`\rimporting: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} subscriptions written`);
    },
    end: () => drawn && write('\n'),
  };
}

const summary = (r: ImportResult, refused: number) => `${r.added} added, ${r.changed} changed, ${r.unchanged} unchanged, ${refused} refused`;

function reportPlan(plan: ImportPlan, stderr: (text: string) => void): void {
  for (const d of plan.duplicates) stderr(`line ${d.line}: the same subscription (${d.key}) as line ${d.earlier}; line ${d.line} is kept\n`);
  for (const p of plan.refused) stderr(`line ${p.line}: ${p.message}\n`);
}

/**
 * `import subscriptions FILE|-`: every row is checked first; one bad row and nothing is written
 * (the store's importAll is all or nothing too). Exit 0 when imported, 1 when rows were refused.
 */
export async function importVerb(args: string[], { io, config, logger }: CliContext, onTerminal = Boolean(process.stderr.isTTY)): Promise<number> {
  const { positionals } = parseVerbArgs({ args, options: {}, allowPositionals: true, strict: true });
  const [what, file, ...extra] = positionals;
  if (what !== 'subscriptions' || !file || extra.length > 0) throw new UsageError(USAGE);
  const text = await readInput(file, io.stdin);
  const app = await createApp({ config, logger });
  try {
    const plan = planImport(text, app.programs, app.now());
    reportPlan(plan, io.stderr);
    if (plan.refused.length > 0) {
      io.stderr(`nothing was imported: ${plan.refused.length} of ${plan.rows} row(s) refused; fix them and run the import again\n`);
      io.stdout(`${summary({ added: 0, changed: 0, unchanged: 0 }, plan.refused.length)}\n`);
      return 1;
    }
    const progress = onTerminal ? progressLine(io.stderr) : null;
    const result = await app.stores.subscriptions.importAll({ chats: plan.chats, thresholds: plan.thresholds }, progress ? { onProgress: progress.update } : {});
    progress?.end();
    io.stdout(`${summary(result, 0)}\n`);
    return 0;
  } finally {
    await app.close();
  }
}
