import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/index.ts';
import { seedHistory } from '../../src/store/seed.ts';
import { startPostgres, startRedis, type TestServer } from '../helpers/servers.ts';
import { programs } from '../helpers/stores.ts';

describe.each([
  { name: 'redis', start: startRedis },
  { name: 'postgres', start: startPostgres },
])('every store port on a real $name server', ({ start }) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await start();
  }, 60_000);
  afterAll(() => server.close());

  it('opens, keeps the draws and subscriptions across a reopen, and closes without a warning', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'debug' },
      new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    const a = await openStores(server.url, logger);
    expect(await seedHistory(a, programs)).toBe(438);
    await a.subscriptions.putChat({ key: 'telegram:-1:', platform: 'telegram', chatId: '-1', threadId: null, programs: ['cec'], lang: 'en', createdBy: 'a', createdAt: '2026-11-20T15:00:00Z' });
    await a.close();
    const b = await openStores(server.url, logger);
    expect(await b.draws.count()).toBe(438);
    expect((await b.draws.getByNumber('91A'))?.program).toBe('fst');
    expect((await b.subscriptions.chatsFor('cec')).map((c) => c.chatId)).toEqual(['-1']);
    await b.close();
    expect(lines.filter((l) => /"level":(40|50|60)/.test(l))).toEqual([]);
  });
});
