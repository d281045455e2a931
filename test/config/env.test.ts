import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, envSchema, loadConfig } from '../../src/config/env.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment: the sources file shipped with the package', () => {
    expect(loadConfig({})).toEqual({
      STORE_URL: 'sqlite://data/ee-draw-bot.sqlite',
      SOURCES_FILE: join(PACKAGE_ROOT, 'config', 'sources.json'),
      POLL_SCHEDULE: '* * * * *',
      LOG_LEVEL: 'info',
      HTTP_USER_AGENT: 'ee-draw-bot/0.1.0 (+https://github.com/ee-draw-bot/ee-draw-bot)',
      TELEGRAM_PAID_BROADCAST: false,
      COMMAND_RATE_LIMIT: { max: 10, windowMs: 30_000 },
      OUTBOX_RETENTION_DAYS: 90,
    });
    expect(existsSync(loadConfig({}, '/nowhere').SOURCES_FILE)).toBe(true);
  });

  it('reads OUTBOX_RETENTION_DAYS, and refuses one too short to edit a recent draw’s alerts', () => {
    expect(loadConfig({ OUTBOX_RETENTION_DAYS: '30' }).OUTBOX_RETENTION_DAYS).toBe(30);
    expect(() => loadConfig({ OUTBOX_RETENTION_DAYS: '7' })).toThrow(/OUTBOX_RETENTION_DAYS must be 14–3650/);
    expect(() => loadConfig({ OUTBOX_RETENTION_DAYS: '1.5' })).toThrow(/OUTBOX_RETENTION_DAYS must be a whole number of days/);
  });

  it('reads a relative SOURCES_FILE from the working directory, an absolute one as it is', () => {
    expect(loadConfig({ SOURCES_FILE: 'my/sources.json' }, '/srv/bot').SOURCES_FILE).toBe('/srv/bot/my/sources.json');
    expect(loadConfig({ SOURCES_FILE: '/etc/ee/sources.json' }, '/srv/bot').SOURCES_FILE).toBe('/etc/ee/sources.json');
  });

  it('reads the per-user command rate and paid broadcasts', () => {
    expect(loadConfig({ COMMAND_RATE_LIMIT: '5/60s', TELEGRAM_PAID_BROADCAST: 'true' })).toMatchObject({ COMMAND_RATE_LIMIT: { max: 5, windowMs: 60_000 }, TELEGRAM_PAID_BROADCAST: true });
    expect(loadConfig({ COMMAND_RATE_LIMIT: 'off' }).COMMAND_RATE_LIMIT).toBeNull();
    expect(() => loadConfig({ COMMAND_RATE_LIMIT: 'ten' })).toThrow(/COMMAND_RATE_LIMIT must look like 10\/30s/);
  });

  it('refuses a sqlite:// STORE_URL without a file', () => {
    expect(() => loadConfig({ STORE_URL: 'sqlite://' })).toThrow(/sqlite:\/\/ needs a file path/);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ TELEGRAM_TOKEN: '', HTTP_PORT: ' ' }).TELEGRAM_TOKEN).toBeUndefined();
  });

  it('lists every problem at once, in plain words', () => {
    let error: unknown;
    try {
      loadConfig({ STORE_URL: 'mysql://x', POLL_SCHEDULE: 'every minute', HTTP_PORT: '99999', LOG_LEVEL: 'loud', TELEGRAM_TOKEN: 'nope' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/STORE_URL must start with sqlite:\/\//);
    expect(problems.join('\n')).toMatch(/POLL_SCHEDULE must be a cron expression/);
    expect(problems.join('\n')).toMatch(/HTTP_PORT/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL must be one of/);
    expect(problems.join('\n')).toMatch(/TELEGRAM_TOKEN looks like/);
    expect((error as Error).message).not.toContain('nope');
  });

  it('accepts a seconds field in POLL_SCHEDULE and a numeric port', () => {
    const c = loadConfig({ POLL_SCHEDULE: '*/2 * * * * *', HTTP_PORT: '9464' });
    expect(c.POLL_SCHEDULE).toBe('*/2 * * * * *');
    expect(c.HTTP_PORT).toBe(9464);
  });
});

describe('.env.example', () => {
  const lines = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8').split('\n');
  /** `NAME=` (set it) or `# NAME=example` (a default, shown commented out). */
  const entry = (l: string) => /^(?:# )?([A-Z][A-Z0-9_]*)=/.exec(l)?.[1];

  it('documents exactly the variables the schema reads, each with a comment', () => {
    const keys = lines.map(entry).filter((k): k is string => Boolean(k));
    expect([...keys].sort()).toEqual(Object.keys(envSchema.shape).sort());
    for (const key of keys) {
      const at = lines.findIndex((l) => entry(l) === key);
      const above = lines[at - 1] ?? '';
      expect(above, `comment above ${key}`).toMatch(/^#/);
      expect(entry(above), `comment above ${key}`).toBeUndefined();
    }
  });

  it('sets no variable that has a default, so a copy never overrides an image or a unit', () => {
    const shape = envSchema.shape as Record<string, { def?: unknown; _zod?: { def?: { type?: string } } }>;
    const withDefault = Object.keys(shape).filter((k) => shape[k]?._zod?.def?.type === 'default');
    expect(withDefault).toEqual(expect.arrayContaining(['STORE_URL', 'POLL_SCHEDULE', 'LOG_LEVEL', 'HTTP_USER_AGENT']));
    for (const key of [...withDefault, 'SOURCES_FILE', 'HTTP_PORT'])
      expect(
        lines.filter((l) => l.startsWith(`${key}=`)),
        key,
      ).toEqual([]);
    // Every example that is shown is one the bot accepts.
    const shown: Record<string, string> = {};
    for (const [, key, value] of lines.map((l) => /^# ([A-Z][A-Z0-9_]*)=(.+)$/.exec(l) ?? [])) if (key && value) shown[key] = value;
    expect(Object.keys(shown).length).toBeGreaterThan(3);
    expect(() => loadConfig(shown)).not.toThrow();
  });
});
