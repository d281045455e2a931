import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runParse } from '../../src/cli/parse-command.ts';
import { loadPrograms } from '../../src/config/programs.ts';

const programs = loadPrograms();
const dir = mkdtempSync(join(tmpdir(), 'ee-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = 'IRCC issued 3,000 ITAs today to Canadian Experience Class candidates. The minimum CRS score was 522.';

async function run(args: string[], stdinText = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runParse(args, {
    stdin: Readable.from([Buffer.from(stdinText)]),
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    programs,
  });
  return { code, out, err };
}

const expected = {
  announcesNewDraw: true,
  draws: [{ date: '2024-05-31', drawNumber: null, program: 'cec', invitations: 3000, minCrs: 522, tieBreak: null, primary: true }],
};

describe('ee-draw-bot parse', () => {
  it('reads a file and prints exactly one JSON line', async () => {
    const file = join(dir, 'article.txt');
    writeFileSync(file, ARTICLE);
    const { code, out, err } = await run([file, '--published', '2024-05-31']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('reads HTML from a file too', async () => {
    const file = join(dir, 'article.html');
    writeFileSync(file, `<html><body><p>${ARTICLE.replace('3,000', '<b>3,000</b>')}</p></body></html>`);
    const { code, out } = await run(['--published=2024-05-31', file]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('reads standard input for "-" and when no FILE is given', async () => {
    for (const args of [
      ['-', '--published', '2024-05-31'],
      ['--published', '2024-05-31'],
    ]) {
      const { code, out } = await run(args, ARTICLE);
      expect(code).toBe(0);
      expect(JSON.parse(out)).toEqual(expected);
    }
  });

  it('prints the empty result for empty input', async () => {
    const { code, out } = await run([], '');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ announcesNewDraw: false, draws: [] });
  });

  it('rejects a bad --published with exit code 2 and a message', async () => {
    for (const bad of ['2024-02-30', '31/05/2024', 'yesterday', '']) {
      const { code, out, err } = await run(['--published', bad], ARTICLE);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/--published must be a real date written YYYY-MM-DD/);
    }
  });

  it('rejects an unreadable file, an unknown option and two files with exit code 2', async () => {
    const missing = await run([join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read ".*nope\.txt"/);
    const folder = await run([dir]);
    expect(folder.code).toBe(2);
    expect(folder.err).toMatch(/cannot read/);
    const unknown = await run(['--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/usage: ee-draw-bot parse/);
    const two = await run(['a.txt', 'b.txt']);
    expect(two.code).toBe(2);
    expect(two.err).toMatch(/at most one FILE/);
  });
});
