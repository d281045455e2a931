import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

/** A new user's working directory: nothing of the project in it. */
const elsewhere = () => mkdtempSync(join(tmpdir(), 'ee-draw-bot-cwd-'));

describe('ee-draw-bot from any directory', () => {
  it('answers /latest cec from a folder outside the package, with the shipped config and history', async () => {
    const cwd = elsewhere();
    // The default STORE_URL (sqlite://data/ee-draw-bot.sqlite) is relative: it lands in the working directory.
    const r = await runCli(['ask', '/latest cec'], {}, { cwd });
    expect(r.stderr).not.toMatch(/cannot read/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Round: #436/);
    expect(existsSync(join(cwd, 'data', 'ee-draw-bot.sqlite'))).toBe(true);
  });

  it('reads a relative SOURCES_FILE and a relative sqlite:// path from the working directory', async () => {
    const cwd = elsewhere();
    writeFileSync(join(cwd, 'my-sources.json'), JSON.stringify({ sources: [{ id: 'mine', kind: 'ircc-json', url: 'http://127.0.0.1:9/none.json' }] }));
    const env = { SOURCES_FILE: 'my-sources.json', STORE_URL: 'sqlite://state/bot.sqlite' };
    const ask = await runCli(['ask', '/latest'], env, { cwd });
    expect(ask.code).toBe(0);
    expect(existsSync(join(cwd, 'state', 'bot.sqlite'))).toBe(true);
    const doctor = await runCli(['doctor', '--offline'], env, { cwd });
    expect(doctor.stdout).toContain(`sources file ${join(cwd, 'my-sources.json')}: 1 source(s)`);
    expect(doctor.stdout).toContain(`(file ${join(cwd, 'state', 'bot.sqlite')}, exists)`);
  });
});
