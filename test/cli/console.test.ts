import { describe, expect, it } from 'vitest';
import { scratchEnv, startCli, waitFor } from '../helpers/cli.ts';

describe('the console platform you can talk to (`run` with no tokens)', () => {
  it('runs command lines typed on standard input as the console user, keeps running after end of input, stops on SIGTERM', async () => {
    const { env } = scratchEnv([]);
    const bot = startCli(['run'], env);
    try {
      await waitFor(() => bot.out().includes('Press Ctrl-C to stop.'), 30_000, 'the banner');
      expect(bot.out()).toMatch(/Type a command such as \/latest cec/);
      bot.child.stdin?.write('/latest cec\n');
      bot.child.stdin?.write('not a command\n');
      bot.child.stdin?.write('/notify 500 cec\n/settings\n');
      bot.child.stdin?.end();
      await waitFor(() => bot.out().includes('My score ping: 500, for CEC, by direct message'), 20_000, 'the /settings answer');
      const out = bot.out();
      expect(out).toMatch(/#436/);
      expect(out).toMatch(/523/);
      expect(out).toMatch(/I will ping you by direct message when a draw of CEC has a cutoff at or below 500/);
      // End of input does not stop the bot.
      expect(bot.child.exitCode).toBeNull();
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
    expect(bot.out()).toMatch(/Stopped\./);
  }, 60_000);
});

describe('the console’s own alerts, changed from the console', () => {
  it('/unsubscribe typed on stdin stops the alerts printed there; /subscribe cec brings back only CEC', async () => {
    const { env } = scratchEnv([]);
    const bot = startCli(['run'], env);
    try {
      await waitFor(() => bot.out().includes('Press Ctrl-C to stop.'), 30_000, 'the banner');
      bot.child.stdin?.write('/unsubscribe\n/settings\n');
      await waitFor(() => /This chat: no alerts/.test(bot.out()), 20_000, 'the settings after /unsubscribe');
      bot.child.stdin?.write('/subscribe cec\n/settings\n');
      await waitFor(() => /This chat: alerts for CEC/.test(bot.out()), 20_000, 'the settings after /subscribe cec');
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
  }, 60_000);
});
