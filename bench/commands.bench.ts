import { commandContext } from '../src/commands/context.ts';
/**
 * Chat commands answered from the store: p50/p99 per text command (goal p99 ≤ 50 ms) and /chart
 * (goal ≤ 1 s), on the default SQLite store seeded with IRCC's 438 rounds, and on the in-memory one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { commands } from '../commands/index.ts';
import type { CommandContext } from '../src/commands/types.ts';
import { runCommandLine } from '../src/commands/dispatch.ts';
import { createLocalizer } from '../src/i18n/localizer.ts';
import { loadPrograms } from '../src/config/programs.ts';
import { createLogger } from '../src/log.ts';
import { renderPlain } from '../src/platforms/console/render.ts';
import { openStores, type Stores } from '../src/store/index.ts';
import { seedHistory } from '../src/store/seed.ts';

const TEXT_COMMANDS = [
  '/latest',
  '/latest cec',
  '/latest Canadian Experience Class',
  '/history cec 10',
  '/history 50',
  '/stats cec',
  '/stats',
  '/stats cec all',
  '/pool',
  '/pool 495',
  '/help',
  '/latest cec --fr',
];
const CHART_COMMANDS = ['/chart cec', '/chart cec all', '/chart 1y'];
const TEXT_RUNS = 300;
const CHART_RUNS = 20;
const WARMUP = 10;

const NOW = new Date('2026-08-20T12:00:00Z');

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const label = (line: string): string => (line.endsWith(' --fr') ? `\`${line.slice(0, -5)}\` (French)` : `\`${line}\``);

const ms = (n: number): string => (n < 10 ? n.toFixed(2) : n.toFixed(1));

function contextFor(stores: Stores, line: string): { ctx: CommandContext; line: string } {
  // "--fr" at the end of a bench line means "answer in French" (as `ask --lang fr` would).
  const fr = line.endsWith(' --fr');
  const lang = fr ? 'fr' : 'en';
  const ctx = commandContext({ stores, programs, localizer, commands, now: () => NOW }, { platform: 'bench', id: 'c1', kind: 'private' }, { platform: 'bench', id: 'u1', isAdmin: true }, lang);
  return { ctx, line: fr ? line.slice(0, -5) : line };
}

/** Times one command line: the whole answer as a user gets it (read the store, build the reply, render it). */
async function time(stores: Stores, raw: string, runs: number): Promise<{ first: number; p50: number; p99: number }> {
  const { ctx, line } = contextFor(stores, raw);
  const once = async (): Promise<number> => {
    const start = performance.now();
    const reply = await runCommandLine(commands, line, ctx);
    renderPlain(reply);
    if (reply.error) throw new Error(`${line}: ${reply.text ?? ''}`);
    return performance.now() - start;
  };
  const first = await once();
  for (let i = 0; i < WARMUP; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await once());
  samples.sort((a, b) => a - b);
  return { first, p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

const programs = loadPrograms();
const localizer = createLocalizer();
const logger = createLogger('silent', { pretty: false });

async function seeded(url: string): Promise<Stores> {
  const stores = await openStores(url, logger);
  await seedHistory(stores, programs);
  return stores;
}

export async function benchCommands(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ee-bench-'));
  const sqlite = await seeded(`sqlite://${join(dir, 'bench.sqlite')}`);
  const memory = await seeded('memory://');
  try {
    const rows: string[] = [];
    // Charts first, so the "first call" column shows the real cold start (ECharts loaded on demand).
    for (const line of CHART_COMMANDS) {
      const s = await time(sqlite, line, CHART_RUNS);
      const m = await time(memory, line, CHART_RUNS);
      rows.push(`| ${label(line)} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(m.p50)} | ${ms(m.p99)} | ${ms(s.first)} |`);
    }
    for (const line of TEXT_COMMANDS) {
      const s = await time(sqlite, line, TEXT_RUNS);
      const m = await time(memory, line, TEXT_RUNS);
      rows.push(`| ${label(line)} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(m.p50)} | ${ms(m.p99)} | ${ms(s.first)} |`);
    }
    return `## Chat commands (\`bench/commands.bench.ts\`)

Each command line runs through the dispatcher as \`ask\` runs it (read the store, build the reply,
render it as text; /chart also renders the PNG), ${TEXT_RUNS} times per text command and ${CHART_RUNS} per chart after
${WARMUP} warm-up runs, on a seeded store of 438 rounds. Times in milliseconds. Goals: text p99 ≤ 50 ms,
/chart ≤ 1,000 ms. "First call" is the very first run on the SQLite store (for /chart: ECharts and
resvg loaded on demand).

| command | SQLite p50 | SQLite p99 | memory p50 | memory p99 | first call |
|---|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
  } finally {
    await sqlite.close();
    await memory.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
