// A child process for test/net: starts a fetch whose DNS lookup never gets an answer, closes the
// client when the parent says so, then has nothing left to do: it must exit by itself, at once.
import { createHttpClient } from '../../src/net/http-client.ts';

const [dnsServer] = process.argv.slice(2);
const client = createHttpClient({ dns: { servers: [dnsServer ?? ''], timeoutMs: 20_000, tries: 1 } });
client
  .fetch('http://feeds.example.test/rounds.json', { headers: {}, redirect: 'manual', signal: AbortSignal.timeout(30_000) })
  .then(() => process.stdout.write('answered\n'))
  .catch((err: Error) => process.stdout.write(`failed: ${(err.cause as Error | undefined)?.message ?? err.message}\n`));
process.on('message', () => {
  process.disconnect();
  void client.close();
});
