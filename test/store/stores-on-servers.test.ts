import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/index.ts';
import { seedHistory } from '../../src/store/seed.ts';
import { startPostgres, startRedis, type TestServer } from '../helpers/servers.ts';
import { programs } from '../helpers/stores.ts';

function recordingLogger() {
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
  return { logger, lines };
}

/** Retries `task` until it succeeds (clients reconnecting on their own), failing after `timeoutMs`. */
async function eventually<T>(task: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await task();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

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
    const { logger, lines } = recordingLogger();
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

  it('lives through its server stopping and coming back: errors logged, no crash, working again without a reopen', async () => {
    const { logger } = recordingLogger();
    const stores = await openStores(server.url, logger);
    expect(await stores.draws.count()).toBe(438);
    await server.stop();
    await expect(stores.draws.count()).rejects.toThrow();
    await server.start();
    expect(await eventually(() => stores.draws.count())).toBe(438);
    expect(await eventually(() => stores.subscriptions.chatsFor('cec'))).toHaveLength(1);
    await stores.close();
  });
});
