import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { createCommandHandler } from '../../src/commands/handle-command.ts';
import { createCommandThrottle } from '../../src/commands/throttle.ts';
import { createLocalizer } from '../../src/i18n/localizer.ts';
import { programs, seededDeps } from '../helpers/stores.ts';

describe('the per-user command rate', () => {
  it('answers up to the limit, says "slow down" once, then ignores until the window has room again', () => {
    let now = 0;
    const throttle = createCommandThrottle({ max: 3, windowMs: 30_000 }, () => now);
    const verdicts = Array.from({ length: 6 }, () => throttle.check('telegram:1'));
    expect(verdicts).toEqual(['ok', 'ok', 'ok', 'warn', 'ignore', 'ignore']);
    // Another user is not affected.
    expect(throttle.check('telegram:2')).toBe('ok');
    now = 29_999;
    expect(throttle.check('telegram:1')).toBe('ignore');
    now = 30_001;
    expect(throttle.check('telegram:1')).toBe('ok');
  });

  it('judges a command by when it was received, not by when its turn in a queue came (a slow chart, a busy machine)', () => {
    let now = 0;
    const throttle = createCommandThrottle({ max: 3, windowMs: 30_000 }, () => now);
    // Five commands received in the same second, handled one by one over 40 s: still three, one "slow down", then nothing.
    const verdicts = Array.from({ length: 5 }, (_, i) => {
      now = i * 10_000;
      return throttle.check('telegram:1', 500 + i);
    });
    expect(verdicts).toEqual(['ok', 'ok', 'ok', 'warn', 'ignore']);
    // A time in the future is taken as now, and one before a time already counted as that time.
    const other = createCommandThrottle({ max: 2, windowMs: 30_000 }, () => 1_000);
    expect([other.check('u', 5_000), other.check('u', 0), other.check('u', 999)]).toEqual(['ok', 'ok', 'warn']);
  });

  it('is applied by the command handler, with the answer in the user’s language, and never to unknown commands', async () => {
    const { stores } = await seededDeps();
    const handle = createCommandHandler({
      stores,
      programs,
      localizer: createLocalizer(),
      commands,
      now: () => new Date('2026-08-20T12:00:00Z'),
      throttle: createCommandThrottle({ max: 2, windowMs: 60_000 }),
    });
    const ask = (line: string, client = 'en') =>
      handle({ input: { kind: 'line', line }, chat: { platform: 'telegram', id: '5', kind: 'private' }, user: { platform: 'telegram', id: '5' }, lang: { client } });
    expect((await ask('/nosuchcommand')).kind).toBe('unknown');
    expect((await ask('/latest cec')).kind).toBe('reply');
    expect((await ask('/latest cec')).kind).toBe('reply');
    const slow = await ask('/latest cec', 'fr');
    expect(slow).toMatchObject({ kind: 'throttled', reply: { error: true, text: expect.stringMatching(/^Doucement/) as unknown } });
    expect(await ask('/latest cec')).toEqual({ kind: 'throttled', reply: null });
  });

  it('takes the time a platform received the command from the invocation', async () => {
    const { stores } = await seededDeps();
    let now = 0;
    const throttle = createCommandThrottle({ max: 1, windowMs: 30_000 }, () => now);
    const handle = createCommandHandler({ stores, programs, localizer: createLocalizer(), commands, now: () => new Date('2026-08-20T12:00:00Z'), throttle });
    const ask = (receivedAt: number) =>
      handle({ input: { kind: 'line', line: '/latest cec' }, chat: { platform: 'telegram', id: '7', kind: 'private' }, user: { platform: 'telegram', id: '7' }, receivedAt });
    expect((await ask(0)).kind).toBe('reply');
    // Handled 31 s later, but received in the same second as the first: over the rate.
    now = 31_000;
    expect((await ask(10)).kind).toBe('throttled');
  });

  it('runs typed options (Discord) through the same validation as typed words', async () => {
    const { stores } = await seededDeps();
    const handle = createCommandHandler({ stores, programs, localizer: createLocalizer(), commands, now: () => new Date('2026-08-20T12:00:00Z') });
    const run = (name: string, options: Record<string, string | number>) =>
      handle({ input: { kind: 'options', name, options }, chat: { platform: 'discord', id: 'c', kind: 'private' }, user: { platform: 'discord', id: 'u' } });
    const latest = await run('latest', { program: 'cec' });
    expect(latest.kind === 'reply' && latest.reply.fields?.map((f) => f.value).join(' ')).toMatch(/523/);
    const bad = await run('history', { program: 'cec', count: 99 });
    expect(bad.kind === 'reply' && bad.reply).toMatchObject({ error: true, text: expect.stringMatching(/1 to 50/) as unknown });
    const missing = await run('notify', {});
    expect(missing.kind === 'reply' && missing.reply).toMatchObject({ error: true, text: expect.stringMatching(/whole number from 0 to 1,?200/) as unknown });
  });
});
