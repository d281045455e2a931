import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BIN = new URL('../../bin/ee-draw-bot.cjs', import.meta.url).pathname;
export const ROOT = new URL('../../', import.meta.url).pathname;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a test run gets: no tokens from the developer's machine, logs quiet unless asked. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], LOG_LEVEL: 'warn', ...extra };
  return env;
}

/** Runs the real bin as a child process and collects its output. */
export function runCli(args: string[], env: Record<string, string>, opts: { cwd?: string; input?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** Starts the bin and returns the process with live output buffers. */
export function startCli(args: string[], env: Record<string, string>): { child: ChildProcess; out: () => string; err: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv(env) });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, out: () => stdout, err: () => stderr, exited };
}

export async function waitFor(check: () => boolean, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * `waitFor` on a running bot: a timeout says what had happened (`progress`) and ends with the bot's
 * own log, so a failure on a busy CI machine tells why.
 */
export async function waitForBot(bot: { out: () => string; err: () => string }, check: () => boolean, timeoutMs: number, what: string, progress: () => string = () => ''): Promise<void> {
  await waitFor(check, timeoutMs, what).catch((e: unknown) => {
    const done = progress();
    throw new Error(`${e instanceof Error ? e.message : String(e)}${done ? ` (${done})` : ''}\n--- bot log (last lines) ---\n${bot.out().slice(-4000)}\n${bot.err().slice(-3000)}`);
  });
}

/** A scratch folder with a sources file pointing where the test says; returns env for the CLI. */
export function scratchEnv(sources: unknown[], extra: Record<string, string> = {}): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'ee-draw-bot-test-'));
  const file = join(dir, 'sources.json');
  writeFileSync(file, JSON.stringify({ sources }));
  return { dir, env: { STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`, SOURCES_FILE: file, ...extra } };
}
