import { describe, expect, it } from 'vitest';
import type { CommandOption } from '../../src/commands/types.ts';
import { parseArgs, splitCommandLine } from '../../src/commands/args.ts';

const d = { en: '', fr: '' };
const history: CommandOption[] = [
  { name: 'program', type: 'string', rest: true, description: d },
  { name: 'count', type: 'integer', description: d },
];
const notify: CommandOption[] = [
  { name: 'score', type: 'string', required: true, description: d },
  { name: 'programs', type: 'string', rest: true, description: d },
];

describe('command lines', () => {
  it('splits the name (and a bot suffix) from the words', () => {
    expect(splitCommandLine('/latest@ee_draw_bot cec')).toEqual({ name: 'latest', rest: 'cec' });
    expect(splitCommandLine('/History')).toEqual({ name: 'history', rest: '' });
    expect(splitCommandLine('latest')).toBeNull();
  });

  it('places words typed in order into options', () => {
    expect(parseArgs(history, 'Canadian Experience Class 5')).toEqual({ program: 'Canadian Experience Class', count: '5' });
    expect(parseArgs(history, '5')).toEqual({ count: '5' });
    expect(parseArgs(history, 'cec')).toEqual({ program: 'cec' });
    expect(parseArgs(history, '')).toEqual({});
    expect(parseArgs(notify, '510 cec pnp')).toEqual({ score: '510', programs: 'cec pnp' });
    expect(parseArgs(notify, 'abc')).toEqual({ score: 'abc' });
  });

  it('says what is missing', () => {
    expect(() => parseArgs(notify, '')).toThrow(/missing score/);
  });
});
