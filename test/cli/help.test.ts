import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { VERB_HELP, VERB_NAMES } from '../../src/cli/help.ts';
import { main } from '../../src/cli/main.ts';
import { runParse } from '../../src/cli/parse-command.ts';
import { loadPrograms } from '../../src/config/programs.ts';
import { runCli } from '../helpers/cli.ts';

/** main() in this process, output captured; the environment is a bad one on purpose where it must not matter. */
async function call(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), stdin: Readable.from([]) }, env);
  return { code, out, err };
}

describe('ee-draw-bot --help', () => {
  it('is there for every verb of the contract', () => {
    expect(VERB_NAMES.sort()).toEqual(['ask', 'demo', 'deploy-commands', 'doctor', 'export', 'import', 'parse', 'poll', 'run']);
  });

  it('exits 0 with the options and an example for every verb, from the real bin', async () => {
    const results = await Promise.all(VERB_NAMES.map(async (verb) => [verb, await runCli([verb, '--help'], {})] as const));
    for (const [verb, r] of results) {
      expect(r.code, `${verb} --help`).toBe(0);
      expect(r.stdout).toContain(`Usage: ee-draw-bot ${VERB_HELP[verb].usage}`);
      expect(r.stdout).toMatch(/\nOptions:\n[\s\S]*-h, --help/);
      expect(r.stdout).toContain(`Example:\n  ${VERB_HELP[verb].example}`);
      expect(r.stderr).toBe('');
    }
  });

  it('takes -h too, and `help VERB`; help needs no valid configuration', async () => {
    const badEnv = { STORE_URL: 'mysql://nope' };
    expect(await call(['ask', '-h'], badEnv)).toMatchObject({ code: 0, out: expect.stringContaining('--lang en|fr') as string });
    expect(await call(['help', 'doctor'], badEnv)).toMatchObject({ code: 0, out: expect.stringContaining('--offline') as string });
    // After `--` it is data, not a request for help.
    expect((await call(['parse', '--', '--help'])).err).toMatch(/^ee-draw-bot parse: cannot read "--help"/);
  });

  it('lists every verb with its options in the usage text', async () => {
    const { code, out } = await call(['--help']);
    expect(code).toBe(0);
    for (const usage of [
      'run',
      'demo',
      'poll --once [--json]',
      'parse [FILE|-] [--published YYYY-MM-DD]',
      'ask "<command line>" [--user ID] [--lang en|fr] [--out DIR]',
      'export [--format json|csv] [--program P]',
      'import subscriptions FILE|-',
      'deploy-commands',
      'doctor [--offline]',
    ]) {
      expect(out).toContain(`  ${usage}`);
    }
    const none = await call([]);
    expect([none.code, none.out]).toEqual([2, '']);
    expect(none.err).toMatch(/^Usage: ee-draw-bot <command>/);
  });
});

describe('ee-draw-bot errors', () => {
  it('an unknown option: a message prefixed with the verb, the usage, exit 2 (real bin)', async () => {
    const r = await runCli(['ask', '/latest', '--nope'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ee-draw-bot ask: unknown option --nope\nusage: ee-draw-bot ask "<command line>"/);
    expect(r.stdout).toBe('');
  });

  it('prefixes every usage error with its verb', async () => {
    const cases: [string[], RegExp][] = [
      [['doctor', '--offline=yes'], /^ee-draw-bot doctor: --offline takes no value/],
      [['export', 'extra'], /^ee-draw-bot export: unexpected argument "extra"/],
      [['ask', '/latest', '--lang'], /^ee-draw-bot ask: --lang needs a value/],
      [['parse', '--bogus'], /^ee-draw-bot parse: unknown option --bogus/],
      [['poll', '--once'], /^ee-draw-bot poll: the configuration has 1 problem/],
      [['unheard-of'], /^ee-draw-bot: unknown command "unheard-of"/],
    ];
    for (const [argv, message] of cases) {
      const r = await call(argv, argv[0] === 'poll' ? { LOG_LEVEL: 'loud' } : { LOG_LEVEL: 'silent', SOURCES_FILE: '/nonexistent/sources.json' });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
  });
});

describe('ee-draw-bot parse with no FILE', () => {
  const programs = loadPrograms();
  const run = async (stdin: NodeJS.ReadableStream & { isTTY?: boolean }) => {
    let err = '';
    let out = '';
    const code = await runParse([], { stdin, stdout: (s) => (out += s), stderr: (s) => (err += s), programs });
    return { code, out, err };
  };

  it('on a terminal, says on stderr that it reads standard input and how to end it', async () => {
    const tty = Object.assign(Readable.from([Buffer.from('IRCC invited 500 CEC candidates with a minimum CRS of 510.')]), { isTTY: true });
    const r = await run(tty);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^ee-draw-bot parse: reading the article from standard input; .*Ctrl-D/);
    expect(JSON.parse(r.out)).toHaveProperty('draws');
  });

  it('from a pipe, stays quiet on stderr', async () => {
    expect((await run(Readable.from([Buffer.from('nothing here')]))).err).toBe('');
  });
});
