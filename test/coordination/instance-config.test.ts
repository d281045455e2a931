import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import { INSTANCE_ID_PATTERN, randomInstanceId } from '../../src/coordination/instance-id.ts';
import { DEFAULT_LEASE_TTL_MS, EMBEDDED_LEASE_TTL_MS, leaseTtlFor } from '../../src/coordination/leadership.ts';

describe('INSTANCE_ID and LEASE_TTL_MS', () => {
  it('reads a stable instance id and a lease length within 2–60 s', () => {
    expect(loadConfig({ INSTANCE_ID: 'bot-1.eu', LEASE_TTL_MS: '8000' })).toMatchObject({ INSTANCE_ID: 'bot-1.eu', LEASE_TTL_MS: 8_000 });
    expect(loadConfig({}).INSTANCE_ID).toBeUndefined();
  });

  it('refuses an id with spaces and a lease outside its range, in plain words', () => {
    expect(() => loadConfig({ INSTANCE_ID: 'bot one' })).toThrow(/INSTANCE_ID must be 1–100 letters/);
    expect(() => loadConfig({ LEASE_TTL_MS: '500' })).toThrow(/LEASE_TTL_MS must be 2000–60000/);
  });

  it('makes a different valid id for each process by default', () => {
    const id = randomInstanceId();
    expect(id).toMatch(INSTANCE_ID_PATTERN);
    expect(randomInstanceId()).not.toBe(id);
  });

  it('defaults the lease to 15 s on the embedded store and 5 s on a shared one; a configured length wins', () => {
    expect(leaseTtlFor(undefined, 'sqlite://data/ee-draw-bot.sqlite')).toBe(EMBEDDED_LEASE_TTL_MS);
    expect(leaseTtlFor(undefined, 'memory://')).toBe(EMBEDDED_LEASE_TTL_MS);
    expect(leaseTtlFor(undefined, 'redis://127.0.0.1:6379')).toBe(DEFAULT_LEASE_TTL_MS);
    expect(leaseTtlFor(undefined, 'postgres://bot@db/ee')).toBe(DEFAULT_LEASE_TTL_MS);
    expect(leaseTtlFor(8_000, 'sqlite://data/ee-draw-bot.sqlite')).toBe(8_000);
    expect([EMBEDDED_LEASE_TTL_MS, DEFAULT_LEASE_TTL_MS]).toEqual([15_000, 5_000]);
  });
});
