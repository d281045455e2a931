import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/index.ts';
import { seedHistory } from '../../src/store/seed.ts';
import { programs, silentLogger } from '../helpers/stores.ts';

describe('store', () => {
  it('seeds an empty SQLite store once (folder created on demand), and keeps it across reopen', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ee-store-')), 'nested', 'deeper');
    const url = `sqlite://${join(dir, 'bot.sqlite')}`;
    const a = await openStores(url, silentLogger);
    expect(await seedHistory(a, programs)).toBe(438);
    expect(await seedHistory(a, programs)).toBe(0);
    await a.close();
    const b = await openStores(url, silentLogger);
    expect(await b.draws.count()).toBe(438);
    expect((await b.draws.getByNumber('91A'))?.program).toBe('fst');
    expect((await b.draws.list()).map((d) => d.drawNumber).slice(0, 2)).toEqual(['437', '436']);
    expect((await b.pool.latest())?.total).toBe(226859);
    await b.close();
  });

  it('orders two rounds of one day by round number (91b before 91a)', async () => {
    const s = await openStores('memory://', silentLogger);
    await seedHistory(s, programs);
    const list = await s.draws.list();
    const i = list.findIndex((d) => d.drawNumber === '91b');
    expect(list[i + 1]?.drawNumber).toBe('91a');
  });

  it('reports a store that cannot be opened instead of crashing or swallowing the error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ee-store-dir-'));
    await expect(openStores(`sqlite://${dir}`, silentLogger)).rejects.toThrow(/cannot open the SQLite store .*SQLITE_CANTOPEN/);
    await expect(openStores('sqlite:///dev/null/x.sqlite', silentLogger)).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
});
