import { describe, expect, it } from 'vitest';
import { impossibleRound } from '../../src/ircc/limits.ts';
import { normaliseFile } from '../../src/ircc/normalise.ts';
import { irccFile } from '../helpers/ircc-file.ts';
import { programs } from '../helpers/stores.ts';

const NOW = new Date('2026-11-20T18:00:00Z');
const round = { date: '2026-11-20', minCrs: 503, invitations: 2500 };

describe('what a real round can have', () => {
  it('admits every round IRCC has held', () => {
    const history = normaliseFile(irccFile(), programs).rounds.map((r) => r.report);
    expect(history.filter((r) => impossibleRound(r, NOW) !== null)).toEqual([]);
  });

  it.each([
    [{ minCrs: 50 }, null],
    [{ minCrs: 49 }, /cut-off of 49/],
    [{ minCrs: 0 }, /cut-off of 0/],
    [{ minCrs: 1201 }, /cut-off of 1201/],
    [{ invitations: 1 }, null],
    [{ invitations: 0 }, /0 invitations/],
    [{ invitations: 50_000 }, null],
    [{ invitations: 50_001 }, /50001 invitations/],
    [{ date: '2015-01-01' }, null],
    [{ date: '2014-12-31' }, /before Express Entry began/],
    [{ date: '2026-11-21' }, null],
    [{ date: '2026-11-22' }, /in the future/],
  ])('%j → %s', (fields, expected) => {
    const problem = impossibleRound({ ...round, ...fields }, NOW);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
