import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatformServer, type PlatformServer } from '../fakes/fake-platform-server.ts';
import { cleanEnv, ROOT, waitFor } from '../helpers/cli.ts';

const CHILD = new URL('../fixtures/crash/fanout-child.ts', import.meta.url).pathname;
const N = 1_500;
const K = 8;

function runChild(file: string, url: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, url, String(N), String(K)], { cwd: ROOT, env: cleanEnv({}) });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, exited, out: () => out, err: () => err };
}

let server: PlatformServer;
let dir: string;
beforeAll(async () => {
  server = await startPlatformServer({ delayMs: 2 });
  dir = mkdtempSync(join(tmpdir(), 'ee-draw-bot-crash-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 in the middle of a fan-out', () => {
  it('every destination gets its alert after a restart, with at most as many duplicates as sends in flight', async () => {
    const file = join(dir, 'store.sqlite');
    const first = runChild(file, server.url);
    await waitFor(() => server.received.length >= 300, 60_000, 'the first 300 sends');
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const atKill = server.received.length;
    expect(atKill).toBeLessThan(N);

    const second = runChild(file, server.url);
    const { code } = await second.exited;
    expect(code, second.err()).toBe(0);
    expect(second.out()).toMatch(/enqueued 0\n[\s\S]*done/);

    const chats = new Set(server.received.map((r) => r.chatId));
    expect(chats.size).toBe(N);
    expect(server.duplicates()).toBeLessThanOrEqual(K);
    expect(server.received.length).toBe(N + server.duplicates());
  }, 120_000);
});
