import { describe, expect, it } from 'vitest';
import { runCli, scratchEnv } from '../helpers/cli.ts';

describe('`demo`', () => {
  it('prints the channel alert and the personal ping of a made-up round, and leaves the store as it was', async () => {
    const { env } = scratchEnv([]);
    const before = await runCli(['export'], env, { timeoutMs: 60_000 });
    expect(before.code).toBe(0);
    const demo = await runCli(['demo'], env, { timeoutMs: 60_000 });
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/A made-up round #438 \(CEC, 3,000 invitations, cutoff 518\)/);
    expect(demo.stdout).toMatch(/New Express Entry draw: Canadian Experience Class\nRound: #438/);
    expect(demo.stdout).toMatch(/Invitations: 3,000\nMinimum CRS: 518 \(−5\)/);
    expect(demo.stdout).toMatch(/\[to demo-user\] Your score and the new Canadian Experience Class draw[\s\S]*Your 525 clears the cutoff of 518 by 7\./);
    const after = await runCli(['export'], env, { timeoutMs: 60_000 });
    expect(after.stdout).toBe(before.stdout);
    expect(after.stdout).not.toMatch(/"drawNumber":"438"/);
  }, 120_000);
});
