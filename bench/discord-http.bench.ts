/**
 * Discord interactions over HTTP (DISCORD_PUBLIC_KEY): signed `/latest program:cec` POSTs to the real
 * endpoint (signature check, the neutral handler, the embed in the response) on a loopback server, on
 * the default SQLite store seeded with IRCC's rounds. The requests come from a worker thread, as from
 * Discord (the bot's event loop does only the bot's work): one at a time (latency), then a burst of
 * users at once (every first answer must be in its response well within Discord's 3 s); and the
 * signature check alone.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config/env.ts';
import { createLogger } from '../src/log.ts';
import { createInteractionsEndpoint, INTERACTIONS_PATH } from '../src/platforms/discord/interactions-endpoint.ts';
import { interactionsKey, signedByDiscord } from '../src/platforms/discord/verify-signature.ts';
import { closeServer, listenOnLoopback } from '../test/fakes/loopback.ts';

const SEQUENTIAL = 300;
const BURST = 500;
const WARMUP = 20;
const VERIFY_RUNS = 5_000;
const logger = createLogger('silent', { pretty: false });

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** Discord's side, in a worker thread: `count` signed interactions, one after another or all at once; each one's time to its response and the response's type. */
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const { createPrivateKey, sign } = require('node:crypto');
const { url, pem, count, concurrent, first } = workerData;
const key = createPrivateKey(pem);
async function call(n) {
  const body = Buffer.from(JSON.stringify({
    id: String(300000000000000000n + BigInt(n)), application_id: '100000000000000000', token: 'token-' + n, type: 2, locale: 'en-US',
    channel_id: '400000000000000001', user: { id: String(200000000000000000n + BigInt(n)), username: 'user' + n },
    data: { id: '500000000000000001', name: 'latest', type: 1, options: [{ name: 'program', type: 3, value: 'cec' }] },
  }));
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), body]), key).toString('hex');
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp }, body });
  const json = await res.json();
  return { ms: performance.now() - t0, type: json.type };
}
(async () => {
  const out = [];
  if (concurrent) out.push(...(await Promise.all(Array.from({ length: count }, (_, i) => call(first + i)))));
  else for (let i = 0; i < count; i++) out.push(await call(first + i));
  parentPort.postMessage(out);
})();
`;

function client(workerData: { url: string; pem: string; count: number; concurrent: boolean; first: number }): Promise<{ ms: number; type: number }[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(CLIENT, { eval: true, workerData });
    w.once('message', (m: { ms: number; type: number }[]) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

export async function benchDiscordHttp(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ee-bench-http-'));
  const app = await createApp({ config: loadConfig({ STORE_URL: `sqlite://${join(dir, 'bench.sqlite')}`, COMMAND_RATE_LIMIT: 'off' }), logger });
  // Discord's REST, for the edits of deferred answers: accepts everything.
  const rest = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  const restPort = await listenOnLoopback(rest);
  const keys = generateKeyPairSync('ed25519');
  const publicKey = Buffer.from(keys.publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
  const endpoint = createInteractionsEndpoint('MTAwMDAwMDAwMDAwMDAwMDAw.bench.discord-token', {
    publicKey,
    apiRoot: `http://127.0.0.1:${restPort}/api`,
    handleCommand: app.handleCommand,
    commands: app.commands,
    programs: app.programs,
    localizer: app.localizer,
    logger,
  });
  const server = createServer((req, res) => void endpoint.route.handle(req, res));
  const url = `http://127.0.0.1:${await listenOnLoopback(server)}${INTERACTIONS_PATH}`;
  const pem = keys.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  try {
    await client({ url, pem, count: WARMUP, concurrent: false, first: 1 });
    const one = await client({ url, pem, count: SEQUENTIAL, concurrent: false, first: 1_000 });
    const t0 = performance.now();
    const burst = await client({ url, pem, count: BURST, concurrent: true, first: 10_000 });
    const burstMs = performance.now() - t0;
    const oneMs = one.map((r) => r.ms);
    const times = burst.map((r) => r.ms);
    const atOnce = (rs: { type: number }[]) => rs.filter((r) => r.type === 4).length;

    const key = interactionsKey(publicKey);
    const msg = Buffer.from('{"type":1}');
    const sig = sign(null, Buffer.concat([Buffer.from('1700000000'), msg]), keys.privateKey).toString('hex');
    const v0 = performance.now();
    for (let i = 0; i < VERIFY_RUNS; i++) if (!signedByDiscord(key, sig, '1700000000', msg)) throw new Error('signature check broken');
    const perVerifyUs = ((performance.now() - v0) / VERIFY_RUNS) * 1000;

    return `## Discord interactions over HTTP (\`bench/discord-http.bench.ts\`)

Signed \`/latest program:cec\` interactions POSTed to the real endpoint (\`DISCORD_PUBLIC_KEY\`: Ed25519
check, the command handler, the embed returned in the HTTP response) on a loopback server, on the
SQLite store seeded with IRCC's rounds, each from its own user, sent from a worker thread as Discord
would send them. Times are from sending a request to reading its whole response, in milliseconds.
Goals: p99 ≤ 50 ms one at a time; in a burst, every first answer well within Discord's 3 s. Beyond 16
interactions being answered at once, the endpoint acknowledges at once ("thinking…", type 5) and
edits the answer in afterwards.

| run | requests | p50 | p99 | max | answered in the response (type 4) | acknowledged first (type 5) | whole run |
|---|---:|---:|---:|---:|---:|---:|---:|
| one at a time | ${SEQUENTIAL} | ${ms(quantile(oneMs, 0.5))} | **${ms(quantile(oneMs, 0.99))}** | ${ms(Math.max(...oneMs))} | ${atOnce(one)} | ${SEQUENTIAL - atOnce(one)} | ${ms(oneMs.reduce((a, b) => a + b, 0))} |
| ${BURST} users at once | ${BURST} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.99))} | **${ms(Math.max(...times))}** | ${atOnce(burst)} | ${BURST - atOnce(burst)} | ${ms(burstMs)} |

The signature check alone takes ${perVerifyUs.toFixed(0)} µs per request (${VERIFY_RUNS.toLocaleString('en')} checks).
`;
  } finally {
    await endpoint.close();
    await closeServer(server);
    await closeServer(rest);
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
