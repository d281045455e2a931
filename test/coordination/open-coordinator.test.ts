import { describe, expect, it } from 'vitest';
import { openCoordinator } from '../../src/coordination/open-coordinator.ts';
import { StoreError } from '../../src/store/store-error.ts';
import { freePort } from '../helpers/servers.ts';
import { silentLogger } from '../helpers/stores.ts';

async function timed<T>(task: Promise<T>): Promise<{ error: unknown; ms: number }> {
  const start = performance.now();
  try {
    await task;
    return { error: null, ms: performance.now() - start };
  } catch (error) {
    return { error, ms: performance.now() - start };
  }
}

describe('openCoordinator', () => {
  it.each(['redis', 'postgres'])('gives up on an unreachable %s within STORE_CONNECT_TIMEOUT_MS with one StoreError', async (kind) => {
    const port = await freePort();
    const { error, ms } = await timed(openCoordinator(`${kind}://127.0.0.1:${port}/${kind === 'redis' ? '0' : 'x'}`, silentLogger, { connectTimeoutMs: 800 }));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/within 800 ms/);
    expect(ms).toBeLessThan(3_000);
  });

  it('keeps leases in the process for memory:// and a SQLite database in memory, with the instance id given', async () => {
    for (const url of ['memory://', 'sqlite://:memory:']) {
      const c = await openCoordinator(url, silentLogger, { instanceId: 'bot-1' });
      expect([c.engine, c.instanceId]).toEqual(['memory', 'bot-1']);
      await c.close();
    }
  });

  it('refuses a STORE_URL it does not know', async () => {
    await expect(openCoordinator('mysql://x', silentLogger)).rejects.toThrow(StoreError);
  });
});
