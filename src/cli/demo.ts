import { readFile } from 'node:fs/promises';
import { queueAlerts } from '../alerts/queue-alerts.ts';
import { createApp } from '../app.ts';
import type { SourceConfig } from '../config/sources.ts';
import { createDeliveryWorker } from '../delivery/worker.ts';
import { thresholdKey } from '../domain/subscription.ts';
import { normaliseFile, parseIrccBody } from '../ircc/normalise.ts';
import { createConsoleRuntime } from '../platforms/console/console-runtime.ts';
import { pollSource } from '../poller/poll-once.ts';
import type { SourceReader } from '../sources/types.ts';
import { BUNDLED_HISTORY } from '../store/seed.ts';
import { parseVerbArgs, type CliContext } from './context.ts';

type RawRound = Record<string, string>;

/** The demo's subscriber with a score ping, printed as "[to demo-user]". */
const DEMO_USER = 'demo-user';

/** A made-up CEC round after the newest bundled one, in IRCC's own string format: today, 3,000 invitations, 5 points under the last CEC cutoff. */
export function madeUpRound(rounds: RawRound[], today: string): RawRound {
  const last = rounds[0] ?? {};
  const cec = rounds.find((r) => /canadian experience/i.test(r['drawName'] ?? '')) ?? last;
  const number = String(Number.parseInt(last['drawNumber'] ?? '0', 10) + 1);
  const cutoff = String(Number.parseInt(cec['drawCRS'] ?? '510', 10) - 5);
  const day = new Date(`${today}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  return {
    ...cec,
    drawNumber: number,
    drawNumberURL: '',
    drawDate: today,
    drawDateFull: day,
    drawSize: '3,000',
    drawCRS: cutoff,
    drawDateTime: `${day} at 14:02:11 UTC`,
    drawCutOff: `${day} at 09:15:42 UTC`,
  };
}

/** Reads the made-up file through IRCC's real normaliser, as the poller would read canada.ca. */
const readerOf =
  (body: string): SourceReader =>
  (source, _state, ctx) => {
    const file = normaliseFile(parseIrccBody(body), ctx.programs, source.id);
    return Promise.resolve({ kind: 'reports', state: {}, official: file.rounds.map((r) => r.report), pool: null });
  };

/**
 * `demo`: plays a made-up new round through the real chain — IRCC's normaliser, reconciliation,
 * alert planning, the outbox, the delivery worker, the console platform — and prints the channel
 * alert and a personal ping exactly as subscribers would see them. It runs on a store of its own in
 * memory (seeded with the bundled history): the configured store is never opened.
 */
export async function demoVerb(args: string[], { io, config, logger }: CliContext): Promise<number> {
  parseVerbArgs({ args, options: {}, strict: true });
  const app = await createApp({ config: { ...config, STORE_URL: 'memory://' }, logger });
  const platform = createConsoleRuntime({ subscriptions: app.stores.subscriptions, write: io.stdout, now: app.now, logger });
  try {
    await platform.start();
    const file = JSON.parse(await readFile(BUNDLED_HISTORY, 'utf8')) as { classes: string; rounds: RawRound[] };
    const round = madeUpRound(file.rounds, app.now().toISOString().slice(0, 10));
    const cutoff = Number(round['drawCRS']);
    await app.stores.subscriptions.putThreshold({
      key: thresholdKey('console', DEMO_USER),
      platform: 'console',
      userId: DEMO_USER,
      userName: 'Demo',
      score: cutoff + 7,
      programs: ['cec'],
      ping: { kind: 'dm', fallback: null },
      profileSubmittedAt: null,
      lang: 'en',
      createdAt: app.now().toISOString(),
    });
    io.stdout(
      `A made-up round #${round['drawNumber']} (CEC, ${round['drawSize']} invitations, cutoff ${cutoff}) goes through the real chain.\n` +
        `Subscribers: this console (every program) and ${DEMO_USER}, who asked to be pinged at a score of ${cutoff + 7}.\n`,
    );
    const source: SourceConfig = { id: 'ircc', kind: 'ircc-json', url: 'https://demo.invalid/ee_rounds_123_en.json', enabled: true, timeoutMs: 15_000, maxBytes: 5_000_000 };
    const body = JSON.stringify({ ...file, rounds: [round, ...file.rounds] });
    const queueDeps = { subscriptions: app.stores.subscriptions, outbox: app.stores.outbox, programs: app.programs, localizer: app.localizer, now: app.now, logger };
    const result = await pollSource(source, { ...app.pollDeps, readers: { 'ircc-json': readerOf(body) }, onEvents: async (events, draws) => void (await queueAlerts(events, draws, queueDeps)) });
    const worker = createDeliveryWorker({
      outbox: app.stores.outbox,
      subscriptions: app.stores.subscriptions,
      platforms: new Map([['console', platform.port]]),
      coordinator: app.coordinator,
      logger,
      now: app.now,
    });
    for (let pass = 0; pass < 10 && (await app.stores.outbox.pending()).length > 0; pass++) await worker.drain();
    await worker.stop();
    io.stdout(`\n${result.events.length} event(s), nothing stored: the demo ran on a store in memory.\n`);
    return result.events.length > 0 ? 0 : 1;
  } finally {
    await platform.stop();
    await app.close();
  }
}
