import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchEnv, startCli, waitFor } from '../helpers/cli.ts';

/** A source nobody answers: these tests are about the store, not polling. */
const quietSource = [{ id: 'ircc', kind: 'ircc-json', url: 'http://127.0.0.1:9/none.json', schedule: '0 0 1 1 *' }];

async function runUntilStarted(env: Record<string, string>): Promise<{ out: string; err: string }> {
  const bot = startCli(['run'], env);
  await waitFor(() => /Press Ctrl-C to stop/.test(bot.out()), 20_000, 'the banner');
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
  return { out: bot.out(), err: bot.err() };
}

describe('a new store is never created silently', () => {
  it('run says, on stdout and in the log, that it creates a new, empty store, and only the first time', async () => {
    const { dir, env } = scratchEnv(quietSource);
    const file = join(dir, 'store.sqlite');
    const first = await runUntilStarted(env);
    expect(first.out).toContain(`No store at ${file}: creating a new, empty store there.`);
    expect(first.err).toMatch(/creating a new, empty store/);
    const second = await runUntilStarted(env);
    expect(second.out).not.toMatch(/creating a new/);
    expect(second.err).not.toMatch(/creating a new/);
  }, 90_000);

  it('doctor reports a missing SQLite file without creating it', async () => {
    const { dir, env } = scratchEnv(quietSource, { STORE_URL: `sqlite://${join(scratchEnv([]).dir, 'gone', 'store.sqlite')}` });
    const file = (env['STORE_URL'] ?? '').replace('sqlite://', '');
    const r = await runCli(['doctor', '--offline'], env);
    expect(r.stdout).toMatch(new RegExp(`WARN  store sqlite://.*: the file ${file} does not exist; "run" will create a new, empty store there`));
    expect(existsSync(file)).toBe(false);
    expect(existsSync(join(file, '..'))).toBe(false);
    expect(existsSync(join(dir, 'store.sqlite'))).toBe(false);
  });

  it('doctor says which store it uses, that it exists, and what it holds', async () => {
    const { dir, env } = scratchEnv(quietSource);
    await runCli(['export'], env);
    await runCli(['ask', '/notify 500 cec'], env);
    const r = await runCli(['doctor', '--offline'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `ok    store ${env['STORE_URL'] ?? ''} (file ${join(dir, 'store.sqlite')}, exists): 438 draws (newest 2026-08-19 #437), 0 chat subscriptions, 1 personal score pings, 0 alerts waiting to be sent`,
    );
  });
});
