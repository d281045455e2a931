import { createApp } from '../app.ts';
import { UsageError } from './io.ts';
import { drawJson } from './draw-line.ts';
import { parseVerbArgs, type CliContext } from './context.ts';
import { announceNewStore } from './store-status.ts';
import type { Draw } from '../domain/draw.ts';

const CSV_COLUMNS = ['drawNumber', 'date', 'program', 'programText', 'invitations', 'minCrs', 'tieBreak', 'tieBreakRaw', 'drawnAt', 'status', 'sources'] as const;

function csvCell(value: string | number | null): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: quote it with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(draws: Draw[]): string {
  const rows = draws.map((d) => CSV_COLUMNS.map((c) => csvCell(c === 'sources' ? d.sources.map((s) => s.url).join(' ') : d[c])).join(','));
  return `${[CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
}

/** `export [--format json|csv] [--program P]`: every stored draw, newest first. */
export async function exportVerb(args: string[], { io, config, logger }: CliContext): Promise<number> {
  const { values } = parseVerbArgs({ args, options: { format: { type: 'string', default: 'json' }, program: { type: 'string' } }, strict: true });
  if (values.format !== 'json' && values.format !== 'csv') throw new UsageError(`--format takes json or csv, not "${values.format}"`);
  announceNewStore(config.STORE_URL, logger);
  const app = await createApp({ config, logger });
  try {
    let program: string | null = null;
    if (values.program) {
      program = app.programs.resolve(values.program);
      if (!program) throw new UsageError(`unknown program "${values.program}"; use one of ${app.programs.all.map((p) => p.code).join(', ')}`);
    }
    const draws = (await app.stores.draws.list()).filter((d) => !program || d.program === program);
    io.stdout(values.format === 'csv' ? toCsv(draws) : draws.map((d) => `${JSON.stringify(drawJson(d))}\n`).join(''));
    return 0;
  } finally {
    await app.close();
  }
}
