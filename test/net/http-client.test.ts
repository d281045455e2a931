import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createCancellableLookup } from '../../src/net/cancellable-lookup.ts';
import { createHttpClient } from '../../src/net/http-client.ts';
import { startFakeDns } from '../fakes/dns-server.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { ROOT, waitFor } from '../helpers/cli.ts';

let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer();
  feeds.route('/rounds.json', { body: '{"rounds":[]}' });
});
afterAll(async () => feeds.close());

const get = (url: string) => ({ headers: {}, redirect: 'manual' as const, signal: AbortSignal.timeout(10_000), url });

describe('the sources’ HTTP client', () => {
  it('resolves names through DNS and fetches', async () => {
    const dns = await startFakeDns({ hosts: { 'feeds.example.test': '127.0.0.1' } });
    const client = createHttpClient({ dns: { servers: [dns.server] } });
    try {
      const port = new URL(feeds.url('/')).port;
      const { url, ...init } = get(`http://feeds.example.test:${port}/rounds.json`);
      const res = await client.fetch(url, init);
      expect([res.status, await res.text()]).toEqual([200, '{"rounds":[]}']);
      expect(dns.queries.map((q) => q.name)).toContain('feeds.example.test');
    } finally {
      await client.close();
      await dns.close();
    }
  });

  it('takes IP addresses as they are, without asking DNS', async () => {
    const dns = await startFakeDns({ deaf: true });
    const { lookup, cancel } = createCancellableLookup({ servers: [dns.server] });
    const addresses = await new Promise((resolve, reject) => lookup('127.0.0.1', { all: true }, (err, a) => (err ? reject(err) : resolve(a))));
    expect(addresses).toEqual([{ address: '127.0.0.1', family: 4 }]);
    expect(dns.queries).toEqual([]);
    cancel();
    await dns.close();
  });

  it('ends a lookup that DNS never answers as soon as it is cancelled', async () => {
    const dns = await startFakeDns({ deaf: true });
    const { lookup, cancel } = createCancellableLookup({ servers: [dns.server], timeoutMs: 20_000, tries: 1 });
    const failed = new Promise<NodeJS.ErrnoException | null>((resolve) => lookup('feeds.example.test', { all: true }, (err) => resolve(err)));
    await waitFor(() => dns.queries.length > 0, 5000, 'the DNS query');
    cancel();
    // Cancelled, not timed out: DNS would only have given up after 20 s, with another code.
    expect((await failed)?.code).toBe('ECANCELLED');
    await dns.close();
  });

  it('leaves nothing holding the process once closed, even with a DNS server that never answers', async () => {
    const dns = await startFakeDns({ deaf: true });
    const timeoutMs = 20_000;
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/lookup-then-close.ts', dns.server, String(timeoutMs)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    onTestFinished(() => void child.kill());
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    const exited = once(child, 'exit').then(([code]) => ({ exit: code as number | null }));
    await once(child, 'message');
    // A lookup to the same deaf server with the same time-out, started before the child's: it gives up first unless
    // the close ended the child's at once.
    const control = createCancellableLookup({ servers: [dns.server], timeoutMs, tries: 1 });
    onTestFinished(control.cancel);
    const gaveUp = new Promise<'control gave up'>((resolve) => control.lookup('feeds.example.test', { family: 4 }, () => resolve('control gave up')));
    await waitFor(() => dns.queries.length === 1, 15_000, 'the control’s DNS query');
    child.send('go');
    await waitFor(() => dns.queries.length > 1, 15_000, 'the child’s DNS query');
    child.send('close');
    expect(await Promise.race([exited, gaveUp])).toEqual({ exit: 0 });
    expect(out).toMatch(/^failed: /);
    await dns.close();
  });
});
