import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_AGENT } from '../../src/version.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { irccBodyWith } from '../helpers/ircc-file.ts';
import { runCli, scratchEnv } from '../helpers/cli.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
  server.route('/ua.json', { body: irccBodyWith() });
});
afterAll(async () => server.close());

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string; homepage: string; repository: { url: string }; bugs: { url: string } };

describe('the User-Agent sources see', () => {
  it('is built from package.json: name/version (+homepage), a real project address', () => {
    expect(USER_AGENT).toBe(`${pkg.name}/${pkg.version} (+${pkg.homepage})`);
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\/[\w-]+\/[\w-]+$/);
    expect(pkg.repository.url).toContain(pkg.homepage.replace('https://', ''));
    expect(pkg.bugs.url).toBe(`${pkg.homepage}/issues`);
  });

  it('is sent by poll, and HTTP_USER_AGENT replaces it', async () => {
    const { env } = scratchEnv([{ id: 'ircc', kind: 'ircc-json', url: server.url('/ua.json') }]);
    const sent = () => server.requestsTo('/ua.json').at(-1)?.headers['user-agent'];
    expect((await runCli(['poll', '--once'], env)).code).toBe(0);
    expect(sent()).toBe(USER_AGENT);
    expect((await runCli(['poll', '--once'], { ...env, HTTP_USER_AGENT: 'community-bot/2.0 (+https://example.org/bot)' })).code).toBe(0);
    expect(sent()).toBe('community-bot/2.0 (+https://example.org/bot)');
  });
});
