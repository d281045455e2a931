/**
 * Subscriptions at scale on SQLite, Redis and PostgreSQL (servers started here, as in the tests):
 * importing 100,000 (70,000 chats, 30,000 thresholds), one /notify or /subscribe write at 1,000
 * and at 100,000 (flat is the goal), matching a CEC draw cold and warm, and the RSS of a process
 * that matches. Each measurement runs in a child process of its own, so one engine's memory or
 * warm caches never flatter another's.
 *
 * `npm run bench` runs it with the others; alone: `npx tsx bench/subscriptions.bench.ts [--write]`
 * (`--write` replaces this section of docs/benchmarks.md and leaves the others).
 */
import { execFile } from 'node:child_process';
import { BENCH_PROGRAMS, prng, randomFilter } from './seeded.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { chatSubscriptionKey, thresholdKey, type ChatSubscription, type PingTarget, type ScoreThreshold } from '../src/domain/subscription.ts';
import { createLogger } from '../src/log.ts';
import type { SubscriptionStore } from '../src/store/subscription-store.ts';
import { openSubscriptionStore } from '../src/store/subscriptions/open-subscription-store.ts';
import { startPostgres, startRedis, type TestServer } from '../test/helpers/servers.ts';

const SELF = fileURLToPath(import.meta.url);
const logger = createLogger('silent', { pretty: false });
const PROGRAMS = BENCH_PROGRAMS;
const WRITES = 200;
const WARM_RUNS = 200;
const CUTOFF = 503;
const AT = '2026-11-20T15:00:00.000Z';

const chatId = (i: number) => String(-1_000_000_000 - i);

function chat(i: number, random: () => number): ChatSubscription {
  // One chat in ten is a forum topic, one in five writes French.
  const threadId = i % 10 === 0 ? String(1 + (i % 97)) : null;
  return {
    key: chatSubscriptionKey('telegram', chatId(i), threadId),
    platform: 'telegram',
    chatId: chatId(i),
    threadId,
    programs: randomFilter(random, 0.2),
    lang: i % 5 === 0 ? 'fr' : 'en',
    createdBy: 'admin',
    createdAt: AT,
    paused: null,
  };
}

function threshold(i: number, random: () => number, chats: number): ScoreThreshold {
  // Most ping by DM; a quarter were set in a group and ping there; a few DMs fall back to a group.
  const r = random();
  const group = chatId(Math.floor(random() * chats));
  const ping: PingTarget = r < 0.25 ? { kind: 'mention', chatId: group, threadId: null } : r < 0.3 ? { kind: 'dm', fallback: { chatId: group, threadId: null } } : { kind: 'dm', fallback: null };
  const userId = String(10_000 + i);
  return {
    key: thresholdKey('telegram', userId),
    platform: 'telegram',
    userId,
    userName: null,
    score: 350 + Math.floor(random() * 300),
    programs: randomFilter(random, 0.3),
    ping,
    profileSubmittedAt: null,
    lang: 'en',
    createdAt: AT,
  };
}

function population(total: number): { chats: ChatSubscription[]; thresholds: ScoreThreshold[] } {
  const random = prng(438);
  const chats = Math.round(total * 0.7);
  return { chats: Array.from({ length: chats }, (_, i) => chat(i, random)), thresholds: Array.from({ length: total - chats }, (_, i) => threshold(i, random, chats)) };
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const rss = () => process.memoryUsage().rss / 2 ** 20;

interface Store {
  url: string;
  prefix?: string;
}
const open = (s: Store): Promise<SubscriptionStore> => openSubscriptionStore(s.url, { logger, connectTimeoutMs: 10_000, ...(s.prefix ? { redisPrefix: s.prefix } : {}) });

/** Child: imports `total` subscriptions, then times one change at a time (half /notify, half /subscribe). */
async function seedPhase(s: Store, total: number): Promise<{ importMs: number; notify: number[]; subscribe: number[] }> {
  const { chats, thresholds } = population(total);
  const store = await open(s);
  const start = performance.now();
  await store.importAll({ chats, thresholds });
  const importMs = performance.now() - start;
  const random = prng(7);
  const notify: number[] = [];
  const subscribe: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const t = thresholds[Math.floor(random() * thresholds.length)] as ScoreThreshold;
    const c = chats[Math.floor(random() * chats.length)] as ChatSubscription;
    let t0 = performance.now();
    await store.putThreshold({ ...t, score: 350 + Math.floor(random() * 300), programs: randomFilter(random, 0.3) });
    notify.push(performance.now() - t0);
    t0 = performance.now();
    await store.putChat({ ...c, programs: randomFilter(random, 0.2) });
    subscribe.push(performance.now() - t0);
  }
  await store.close();
  return { importMs, notify: notify.sort((a, b) => a - b), subscribe: subscribe.sort((a, b) => a - b) };
}

/** Child: a freshly started process matching a CEC draw: the first match (cold), then again and again (warm). */
async function matchPhase(s: Store): Promise<{ coldMs: number; warm: number[]; chats: number; thresholds: number; rssMb: number }> {
  const store = await open(s);
  const match = async () => {
    const t0 = performance.now();
    const [chats, thresholds] = await Promise.all([store.chatsFor('cec'), store.thresholdsFor('cec', CUTOFF)]);
    return { ms: performance.now() - t0, chats: chats.length, thresholds: thresholds.length };
  };
  const cold = await match();
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push((await match()).ms);
  const rssMb = rss();
  await store.close();
  return { coldMs: cold.ms, warm: warm.sort((a, b) => a - b), chats: cold.chats, thresholds: cold.thresholds, rssMb };
}

async function child<T>(args: string[]): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', SELF, ...args], { maxBuffer: 16 * 2 ** 20 });
  return JSON.parse(stdout) as T;
}

interface EngineFigures {
  engine: string;
  small: Awaited<ReturnType<typeof seedPhase>>;
  large: Awaited<ReturnType<typeof seedPhase>>;
  match: Awaited<ReturnType<typeof matchPhase>>;
}

async function measureEngine(engine: 'sqlite' | 'redis' | 'postgres', dir: string): Promise<EngineFigures> {
  let server: TestServer | null = null;
  let small: Store;
  let large: Store;
  if (engine === 'sqlite') {
    small = { url: `sqlite://${join(dir, 'small.sqlite')}` };
    large = { url: `sqlite://${join(dir, 'large.sqlite')}` };
  } else if (engine === 'redis') {
    server = await startRedis({ durable: true });
    small = { url: server.url, prefix: 'small:' };
    large = { url: server.url, prefix: 'large:' };
  } else {
    const pg = await startPostgres({ durable: true });
    server = pg;
    small = { url: await pg.createDatabase('small') };
    large = { url: await pg.createDatabase('large') };
  }
  try {
    const storeArgs = (s: Store) => ['--url', s.url, ...(s.prefix ? ['--prefix', s.prefix] : [])];
    const smallFigures = await child<EngineFigures['small']>(['--phase', 'seed', '--total', '1000', ...storeArgs(small)]);
    const largeFigures = await child<EngineFigures['large']>(['--phase', 'seed', '--total', '100000', ...storeArgs(large)]);
    const match = await child<EngineFigures['match']>(['--phase', 'match', ...storeArgs(large)]);
    return { engine, small: smallFigures, large: largeFigures, match };
  } finally {
    await server?.close();
  }
}

const ms = (n: number): string => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const NAMES = { sqlite: 'SQLite (WAL, synchronous=NORMAL)', redis: 'Redis 7 (AOF, fsync every second)', postgres: 'PostgreSQL 15 (fsync on)' } as const;

function section(figures: EngineFigures[], load: number): string {
  const row = (f: EngineFigures) => {
    const p = (list: number[]) => `${ms(percentile(list, 50))} / ${ms(percentile(list, 99))}`;
    return `| ${NAMES[f.engine as keyof typeof NAMES]} | ${(f.large.importMs / 1000).toFixed(1)} s | ${p(f.small.notify)} | ${p(f.small.subscribe)} | ${p(f.large.notify)} | ${p(f.large.subscribe)} | ${ms(f.match.coldMs)} | ${ms(percentile(f.match.warm, 50))} / ${ms(percentile(f.match.warm, 99))} | ${f.match.rssMb.toFixed(0)} MB |`;
  };
  const m = figures[0]?.match;
  return `## Subscriptions at scale (\`bench/subscriptions.bench.ts\`)

\`npx tsx bench/subscriptions.bench.ts --write\` (also part of \`npm run bench\`). 100,000 subscriptions — 70,000 chats
(a fifth following every program, one in ten a forum topic) and 30,000 score thresholds (350–649; 30 % on every
program, a quarter pinging in a group) over ${PROGRAMS.length} programs — imported with \`importAll\`, in a private server
started by the bench (decision 0007 gives each engine's layout). *Writes*: ${WRITES} \`putThreshold\` (a /notify) and
${WRITES} \`putChat\` (a /subscribe) one at a time on existing records, with 1,000 and with 100,000 subscriptions.
*Match*: \`chatsFor('cec')\` + \`thresholdsFor('cec', ${CUTOFF})\` (${m?.chats.toLocaleString('en-US') ?? '?'} chats and ${m?.thresholds.toLocaleString('en-US') ?? '?'} thresholds) in a
fresh process: the first call (cold), then ${WARM_RUNS} more (warm: one read of two version counters each). *RSS* is
that process's after the warm runs. Goals: import ≤ 60 s, write p99 ≤ 20 ms and flat, cold ≤ 500 ms, warm ≤ 50 ms,
RSS ≤ 300 MB.

| engine | import 100,000 | /notify p50 / p99, 1,000 | /subscribe, 1,000 | /notify, 100,000 | /subscribe, 100,000 | match cold | match warm p50 / p99 | RSS |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${figures.map(row).join('\n')}

Times in milliseconds unless marked. Load average (1 min) on the machine when the run ended: ${load.toFixed(1)} on
its 2 cores, shared with other work: a p99 of ${WRITES} writes counts the 2nd slowest, so its spikes are the machine's as much as the store's.
`;
}

/** `npm run bench`: every engine, one after the other (2 cores: never two at once). */
export async function benchSubscriptions(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ee-draw-bot-bench-subs-'));
  try {
    const figures: EngineFigures[] = [];
    for (const engine of ['sqlite', 'redis', 'postgres'] as const) {
      process.stderr.write(`  subscriptions on ${engine}…\n`);
      figures.push(await measureEngine(engine, dir));
    }
    return section(figures, loadavg()[0] ?? 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces this bench's section of docs/benchmarks.md (or appends it), leaving every other section as it is. */
function writeSection(text: string): void {
  const file = new URL('../docs/benchmarks.md', import.meta.url);
  const doc = readFileSync(file, 'utf8');
  const start = doc.indexOf('## Subscriptions at scale');
  if (start < 0) return writeFileSync(file, `${doc.trimEnd()}\n\n${text}`);
  const next = doc.indexOf('\n## ', start + 1);
  writeFileSync(file, `${doc.slice(0, start)}${text}${next < 0 ? '' : doc.slice(next)}`);
}

if (process.argv[1] === SELF) {
  const { values } = parseArgs({ options: { phase: { type: 'string' }, url: { type: 'string' }, prefix: { type: 'string' }, total: { type: 'string' }, write: { type: 'boolean' } } });
  const store: Store = { url: values.url ?? '', ...(values.prefix ? { prefix: values.prefix } : {}) };
  if (values.phase === 'seed') process.stdout.write(JSON.stringify(await seedPhase(store, Number(values.total))));
  else if (values.phase === 'match') process.stdout.write(JSON.stringify(await matchPhase(store)));
  else {
    const text = await benchSubscriptions();
    if (values.write) writeSection(text);
    process.stdout.write(text);
  }
}
