import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadPrograms } from '../src/config/programs.ts';
import { parseArticle } from '../src/parse/parse-article.ts';
import { loadCorpus } from '../test/parse/article-corpus.ts';
import { ADVERSARIAL_BYTES, ADVERSARIAL_UNITS, CAPITALS_RUN, SCRIPT_DIGIT_RUNS } from './adversarial-inputs.ts';

/**
 * Article parser throughput: the whole corpus (test/fixtures/articles) parsed again and again in
 * this one thread, after a warm-up, for a fixed time. Also times one 5 MB input, the worst case
 * a feed could hand over.
 */

const WARM_UP_MS = 1_000;
const MEASURE_MS = 5_000;
/** How long the JIT may take to settle before the steady-state window is measured anyway. */
const MAX_SETTLE_MS = 60_000;
/** Without /proc (not Linux) the main thread's CPU time is unknown: passes run this long instead. */
const SETTLE_WITHOUT_PROC_MS = 20_000;
/** Each look at whether the JIT has settled. */
const SETTLE_STEP_MS = 1_000;
/** Settled: the process's other threads (V8's optimizing compiler, the GC's helpers) spent at most this share of its CPU time. */
const SETTLED_SHARE = 0.05;

/**
 * CPU seconds this process's main thread has used, from Linux's /proc (null elsewhere). process.cpuUsage() counts every
 * thread of the process, V8's background compiler included.
 */
function mainThreadCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / 100 : null;
  } catch {
    return null;
  }
}

/**
 * Runs passes until V8 has stopped compiling the parser in the background: until, over one step, the process's other
 * threads used at most SETTLED_SHARE of its CPU time (on a machine without /proc, for SETTLE_WITHOUT_PROC_MS). Returns how
 * long that took. The reader is large: on a slow machine its functions are still being optimized 10–15 s into a run,
 * and that compiling, done once per process, is counted in process.cpuUsage().
 */
function settle(once: () => number): number {
  const started = performance.now();
  const fixed = mainThreadCpuSeconds() === null;
  const limit = fixed ? SETTLE_WITHOUT_PROC_MS : MAX_SETTLE_MS;
  while (performance.now() - started < limit) {
    const cpu = process.cpuUsage();
    const main = mainThreadCpuSeconds();
    const stepStart = performance.now();
    while (performance.now() - stepStart < SETTLE_STEP_MS) once();
    const used = process.cpuUsage(cpu);
    const all = (used.user + used.system) / 1e6;
    const mainNow = mainThreadCpuSeconds();
    if (!fixed && main !== null && mainNow !== null && all > 0 && (all - (mainNow - main)) / all <= SETTLED_SHARE) break;
  }
  return performance.now() - started;
}

/**
 * Wall time and the process's CPU time over the loop, and each pass's CPU time. On a shared machine the CPU time is
 * what one core really spent; a neighbour's load can only add to a pass, so the fastest passes show the parser's own cost.
 */
function timeLoop(ms: number, once: () => number): { count: number; seconds: number; cpuSeconds: number; passes: number[] } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const passes: number[] = [];
  let count = 0;
  while (performance.now() - started < ms) {
    const before = process.cpuUsage();
    count += once();
    const used = process.cpuUsage(before);
    passes.push((used.user + used.system) / 1e6);
  }
  const used = process.cpuUsage(cpu);
  return { count, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, passes };
}

/**
 * A fixed workload that uses none of the project's code: regular expressions and string work like the parser's, on
 * one fixed text. Its CPU time tells a slower machine (or a slower moment of a shared one) from a slower parser when
 * figures of different days are compared (docs/parser-speed.md).
 */
const REFERENCE_TEXT =
  'Immigration, Refugees and Citizenship Canada (IRCC) held another Express Entry round on November 23, 2026. Candidates in the Canadian Experience Class (CEC) received 2,500 invitations. The lowest-ranked candidate invited had a CRS score of 503. '.repeat(
    4,
  );
const REFERENCE_PATTERNS = [
  /\b(?:invited|issued|sent|received)\s+(\d{1,3}(?:,\d{3})*)\b/g,
  /\bCRS\s+score\s+of\s+(\d+)/g,
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}/g,
  /[.!?]+\s+(?=[A-Z])/g,
  /\b[A-Za-z]+\b/g,
];

/** The median CPU time, in ms, of five runs of the reference workload. */
export function referenceMs(): number {
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const before = process.cpuUsage();
    let found = 0;
    for (let i = 0; i < 4_000; i++) {
      for (const pattern of REFERENCE_PATTERNS) found += [...REFERENCE_TEXT.matchAll(pattern)].length;
      found += REFERENCE_TEXT.toLowerCase().split(' ').length;
    }
    const used = process.cpuUsage(before);
    if (found === 0) throw new Error('reference workload found nothing');
    runs.push((used.user + used.system) / 1000);
  }
  return quantile(runs, 0.5);
}

/** The value at a fraction of the sorted list (0: the smallest, 0.5: the median). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export async function benchParser(): Promise<string> {
  const programs = loadPrograms();
  const corpus = loadCorpus().map((a) => ({
    text: a.text,
    opts: { programs, ...(a.expected.published ? { published: a.expected.published } : {}) },
  }));
  const chars = corpus.reduce((sum, a) => sum + a.text.length, 0);
  const pass = (): number => {
    for (const a of corpus) parseArticle(a.text, a.opts);
    return 1;
  };
  // A fresh process: the first seconds, while V8 still compiles the reader (how the bench measured until session 24).
  timeLoop(WARM_UP_MS, pass);
  const fresh = timeLoop(MEASURE_MS, pass);
  const freshPerCpuSecond = (fresh.count * corpus.length) / fresh.cpuSeconds;
  // The steady state of a running bot: once V8 has stopped compiling.
  const settledMs = settle(pass) + WARM_UP_MS + MEASURE_MS;
  const { count, seconds, cpuSeconds, passes } = timeLoop(MEASURE_MS, pass);
  const perSecond = (count * corpus.length) / seconds;
  const perCpuSecond = (count * corpus.length) / cpuSeconds;
  const perPass = (q: number): number => corpus.length / quantile(passes, q);

  const big = 'The Express Entry pool had 4,600 profiles between 501 and 600, IRCC said on Monday. '.repeat(60_000);
  const bigStart = performance.now();
  parseArticle(big, { programs });
  const bigMs = performance.now() - bigStart;
  // The worst of the hostile inputs the robustness tests read (bench/adversarial-inputs.ts).
  const hostile = [
    ...ADVERSARIAL_UNITS.map((u) => ({ name: JSON.stringify(u), text: u.repeat(Math.ceil(ADVERSARIAL_BYTES / u.length)) })),
    { name: 'capitals run', text: CAPITALS_RUN },
    ...SCRIPT_DIGIT_RUNS.map(([name, text]) => ({ name: `${name} over digits`, text })),
  ].map((h) => {
    const started = performance.now();
    parseArticle(h.text, { programs });
    return { name: h.name, ms: performance.now() - started };
  });
  const worst = hostile.reduce((a, b) => (b.ms > a.ms ? b : a));
  const reference = referenceMs();
  await Promise.resolve();

  return [
    '## Article parser',
    '',
    `One core, ${corpus.length} corpus articles (${Math.round(chars / corpus.length)} characters on average), parsed ${count} times over ${seconds.toFixed(1)} s once V8 had stopped compiling the reader (after ${(settledMs / 1000).toFixed(0)} s of passes).`,
    '',
    '| measure | value |',
    '|---|---|',
    `| articles per second of CPU (one core), steady state | ${Math.round(perCpuSecond)} |`,
    `| the same in a fresh process's first ${(WARM_UP_MS + MEASURE_MS) / 1000} s (after a ${WARM_UP_MS / 1000} s warm-up; V8's compiling counted) | ${Math.round(freshPerCpuSecond)} |`,
    `| the same, median pass / fastest 10 % of passes | ${Math.round(perPass(0.5))} / ${Math.round(perPass(0.1))} |`,
    `| articles per second of wall time | ${Math.round(perSecond)} |`,
    `| mean CPU time per article | ${(1000 / perCpuSecond).toFixed(2)} ms |`,
    `| characters per second | ${Math.round((count * chars) / seconds).toLocaleString('en-US')} |`,
    `| one ${(big.length / 1e6).toFixed(1)} MB input | ${bigMs.toFixed(0)} ms |`,
    `| machine reference (a fixed workload without the project's code; lower is a faster machine) | ${reference.toFixed(0)} ms of CPU |`,
    `| slowest hostile input (${hostile.length}: 5 MB of one unit repeated, 200,000 capitals, a page in each glossary's script over 300,000 digits) | ${worst.ms.toFixed(0)} ms (${worst.name}) |`,
    '',
    "Earlier runs, on other machines, and what changed the figure: [parser-speed.md](parser-speed.md) (kept by hand; this section is the bench's latest run).",
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchParser());
}
