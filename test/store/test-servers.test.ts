import { describe, expect, it } from 'vitest';
import { MissingServerError, postgresBin, redisBin } from '../helpers/servers.ts';

describe('test servers', () => {
  it('finds the machine’s Redis and PostgreSQL binaries', () => {
    expect(redisBin()).toMatch(/redis-server$/);
    expect(postgresBin('initdb')).toMatch(/initdb$/);
  });

  it('fails with a message saying how to install a missing server, instead of skipping', () => {
    expect(() => redisBin('/nowhere')).toThrow(MissingServerError);
    expect(() => redisBin('/nowhere')).toThrow('redis-server was not found on PATH: install it with "apt-get install -y redis-server"');
    expect(() => postgresBin('postgres', '/nowhere', '/nowhere')).toThrow(/PostgreSQL's postgres was not found .*apt-get install -y postgresql/);
  });
});
