import { describe, expect, it } from 'vitest';
import { busyPause, isSqliteBusy, retryWhileBusy } from '../../src/store/sqlite-busy.ts';

const busy = () => Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY', errno: 5 });

describe('waiting for a busy SQLite file with timers (decision 0013)', () => {
  it('tries a statement again while the file is busy, and returns its result', async () => {
    let tries = 0;
    const result = await retryWhileBusy(async () => {
      tries++;
      if (tries < 4) throw busy();
      return 'rows';
    });
    expect(result).toBe('rows');
    expect(tries).toBe(4);
  });

  it('does not try again on any other error', async () => {
    let tries = 0;
    const failing = retryWhileBusy(async () => {
      tries++;
      throw Object.assign(new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT' });
    });
    await expect(failing).rejects.toThrow(/SQLITE_CONSTRAINT/);
    expect(tries).toBe(1);
  });

  it('gives up with the last SQLITE_BUSY once the wait is over', async () => {
    let clock = 0;
    let tries = 0;
    const failing = retryWhileBusy(
      async () => {
        tries++;
        clock += 4_000;
        throw busy();
      },
      10_000,
      () => clock,
    );
    await expect(failing).rejects.toThrow(/SQLITE_BUSY/);
    expect(tries).toBe(3);
  });

  it('pauses 1 ms doubling to 50 ms, with jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((n) => busyPause(n, () => 0.5))).toEqual([1, 2, 4, 8, 16, 32, 50, 50]);
    expect(busyPause(10, () => 0)).toBe(25);
    expect(busyPause(10, () => 0.999)).toBe(75);
    expect(isSqliteBusy(busy())).toBe(true);
    expect(isSqliteBusy(new Error('SQLITE_BUSY'))).toBe(false);
  });
});
