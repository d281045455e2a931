import { describe, expect, it } from 'vitest';
import { freePort } from '../fakes/loopback.ts';
import { runCli, scratchEnv } from '../helpers/cli.ts';

describe('a Redis or PostgreSQL store that cannot be reached', () => {
  it.each([
    ['Redis', (port: number) => `redis://127.0.0.1:${port}`],
    ['PostgreSQL', (port: number) => `postgres://bot:secret@127.0.0.1:${port}/bot`],
  ])(
    '%s: doctor and run end non-zero with one plain message, never a hang',
    async (engine, url) => {
      const port = await freePort();
      const { env } = scratchEnv([], { STORE_URL: url(port), STORE_CONNECT_TIMEOUT_MS: '2000' });
      const doctor = await runCli(['doctor', '--offline'], env, { timeoutMs: 30_000 });
      expect(doctor.code).toBe(1);
      expect(doctor.stdout).toMatch(new RegExp(`FAIL  store .*cannot reach the ${engine} store`));
      const run = await runCli(['run'], env, { timeoutMs: 30_000 });
      expect(run.code).toBe(1);
      expect(
        run.stderr
          .trim()
          .split('\n')
          .filter((l) => l.startsWith('ee-draw-bot run:')),
      ).toEqual([expect.stringMatching(new RegExp(`^ee-draw-bot run: cannot reach the ${engine} store`)) as unknown]);
      expect(run.stderr).not.toMatch(/"level":60/);
      expect(run.stderr).not.toContain('secret');
      // Each exit is expected within seconds (a 2 s connect timeout); 30 s only tells a hang from a crowded machine.
    },
    90_000,
  );
});
