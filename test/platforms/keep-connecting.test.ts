import { describe, expect, it } from 'vitest';
import { keepConnecting, RefusedError } from '../../src/platforms/keep-connecting.ts';
import { silentLogger } from '../helpers/stores.ts';

describe('keepConnecting', () => {
  it('retries an unreachable platform in the background and says when it is refused on a later try', async () => {
    const outcomes: (Error | 'ok')[] = [new Error('ECONNREFUSED'), new RefusedError('the token was refused')];
    let tries = 0;
    const c = keepConnecting({
      name: 'Test',
      logger: silentLogger,
      baseMs: 5,
      attempt: () => {
        const next = outcomes[tries++] ?? 'ok';
        return next === 'ok' ? Promise.resolve() : Promise.reject(next);
      },
    });
    await c.start();
    expect(c.status()).toMatchObject({ state: 'connecting', failures: 1 });
    const refused = await c.refused;
    expect(refused.message).toBe('the token was refused');
    expect(c.status().state).toBe('stopped');
    expect(tries).toBe(2);
    await c.stop();
  });

  it('rejects start at once for a refusal on the first try', async () => {
    const c = keepConnecting({ name: 'Test', logger: silentLogger, attempt: () => Promise.reject(new RefusedError('401')) });
    await expect(c.start()).rejects.toBeInstanceOf(RefusedError);
    await c.stop();
  });

  it('stopping while a try is under way waits for it, and that try is neither a failure nor a refusal', async () => {
    let release: () => void = () => undefined;
    let sawAbort = false;
    const c = keepConnecting({
      name: 'Test',
      logger: silentLogger,
      firstTryMs: 10,
      attempt: (signal) =>
        new Promise<void>((resolve, reject) => {
          release = resolve;
          signal.addEventListener('abort', () => {
            sawAbort = true;
            reject(new Error('aborted'));
          });
        }),
    });
    await c.start();
    let settled = false;
    const stopping = c.stop().then(() => (settled = true));
    await stopping;
    release();
    expect(settled).toBe(true);
    expect(sawAbort).toBe(true);
    expect(c.status().state).toBe('stopped');
    const raced = await Promise.race([c.refused.then(() => 'refused'), Promise.resolve('not refused')]);
    expect(raced).toBe('not refused');
  });
});
