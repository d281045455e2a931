import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createKeyvFactory } from '../../src/store/keyv-factory.ts';
import { openStores } from '../../src/store/index.ts';
import { StoreError } from '../../src/store/store-error.ts';
import { waitFor } from '../helpers/cli.ts';
import { freePort } from '../helpers/servers.ts';

/** A logger that keeps every line, to show what an unreachable store leaves in the log. */
function recordingLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

/** The process's pending sockets, connection attempts and timers, by kind. */
function pendingIo(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of process.getActiveResourcesInfo()) if (/Socket|Connect|Timeout/.test(kind)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

/** No more sockets, connection attempts or timers pending than `before` had: a client still retrying always has one. */
function backTo(before: Map<string, number>): boolean {
  for (const [kind, n] of pendingIo()) if (n > (before.get(kind) ?? 0)) return false;
  return true;
}

async function timed<T>(task: Promise<T>): Promise<{ error: unknown; ms: number }> {
  const start = Date.now();
  try {
    await task;
    return { error: null, ms: Date.now() - start };
  } catch (error) {
    return { error, ms: Date.now() - start };
  }
}

describe('opening a store whose server does not answer', () => {
  it('gives up on Redis within the timeout with one StoreError, and retries nothing afterwards', async () => {
    const { logger } = recordingLogger();
    const before = pendingIo();
    const { error, ms } = await timed(openStores('redis://127.0.0.1:1', logger, undefined, { connectTimeoutMs: 1_000 }));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/^cannot reach the Redis store redis:\/\/127\.0\.0\.1:1 within 1000 ms: .*ECONNREFUSED/);
    expect(ms).toBeLessThan(4_000);
    const keyv = await timed(createKeyvFactory('redis://127.0.0.1:1', logger, 500));
    expect(keyv.error).toBeInstanceOf(StoreError);
    expect(keyv.ms).toBeLessThan(3_000);
    // Nothing keeps trying in the background: the attempt still in flight when it gave up ends, and no
    // socket or timer is left to try again (a retrying client always holds one), so the log can grow no more.
    await waitFor(() => backTo(before), 10_000, 'the store clients to release every socket and timer');
  });

  it('gives up on PostgreSQL within the timeout with one StoreError, the pool ended once', async () => {
    const port = await freePort();
    const url = `postgres://postgres@127.0.0.1:${port}/bot`;
    const { logger, lines } = recordingLogger();
    const { error, ms } = await timed(openStores(url, logger, undefined, { connectTimeoutMs: 1_000 }));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(new RegExp(`^cannot reach the PostgreSQL store postgres://…@127\\.0\\.0\\.1:${port}/bot within 1000 ms: .*ECONNREFUSED`));
    expect(ms).toBeLessThan(4_000);
    const keyv = await timed(createKeyvFactory(url, logger, 500));
    expect(keyv.error).toBeInstanceOf(StoreError);
    expect(lines.join('')).not.toMatch(/Called end on pool more than once/);
  });

  it('hides the password of the URL it names', async () => {
    const { logger } = recordingLogger();
    const { error } = await timed(openStores('redis://:s3cret@127.0.0.1:1', logger, undefined, { connectTimeoutMs: 200 }));
    expect((error as Error).message).not.toContain('s3cret');
  });
});
