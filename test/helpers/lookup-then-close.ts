// A child process for test/net: says "ready", starts a fetch whose DNS lookup never gets an answer when the parent
// says "go", closes the client when the parent says "close", then has nothing left to do: it must exit by itself, at
// once, well before its lookup would have given up.
import { createHttpClient } from '../../src/net/http-client.ts';

const [dnsServer, timeoutMs] = process.argv.slice(2);
const client = createHttpClient({ dns: { servers: [dnsServer ?? ''], timeoutMs: Number(timeoutMs), tries: 1 } });
process.on('message', (m) => {
  if (m === 'go')
    client
      .fetch('http://feeds.example.test/rounds.json', { headers: {}, redirect: 'manual', signal: AbortSignal.timeout(600_000) })
      .then(() => process.stdout.write('answered\n'))
      .catch((err: Error) => process.stdout.write(`failed: ${(err.cause as Error | undefined)?.message ?? err.message}\n`));
  if (m === 'close') {
    process.disconnect();
    void client.close();
  }
});
process.send?.('ready');
