/**
 * A draw-day rush, measured: (1) 500 users' commands within one second through the real `run`
 * process against a fake Telegram that enforces its limits, alone and during a 1,000-subscriber
 * fan-out; (2) Telegram paid broadcasts: 10,000 private chats through the delivery worker against
 * an in-process fake enforcing 1,000/s for paid messages and 1/s per chat; (3) the same fan-out
 * through the real `run` process, with and without TELEGRAM_PAID_BROADCAST.
 */
import { performance } from 'node:perf_hooks';
import { createMemoryCoordinator } from '../src/coordination/coordinator.ts';
import { createLimiter } from '../src/delivery/limiter.ts';
import { createDeliveryWorker } from '../src/delivery/worker.ts';
import { chatSubscriptionKey } from '../src/domain/subscription.ts';
import { createLogger } from '../src/log.ts';
import { TELEGRAM_LIMITS } from '../src/platforms/telegram/limits.ts';
import { openStores } from '../src/store/index.ts';
import { chatAlert, drainAll, PLATFORM } from '../test/delivery/helpers.ts';
import { createFakePlatform } from '../test/fakes/fake-platform.ts';
import { startFakeTelegram, type FakeTelegram } from '../test/fakes/fake-telegram.ts';
import { startFeedServer } from '../test/fakes/feed-server.ts';
import { TELEGRAM_RULES } from '../test/fakes/telegram-limits.ts';
import { scratchEnv, startCli, waitFor } from '../test/helpers/cli.ts';
import { irccBodyWith, ROUND_438 } from '../test/helpers/ircc-file.ts';

const logger = createLogger('silent', { pretty: false });
const USERS = Array.from({ length: 500 }, (_, i) => 1 + i);
const SUBSCRIBERS = Array.from({ length: 1000 }, (_, i) => 100_001 + i);
const PAID_CHATS = 10_000;
const LATENCY_MS = 50;

const commandOf = (id: number) => (id % 3 === 0 ? '/latest cec' : id % 3 === 1 ? `/notify ${480 + (id % 40)} cec` : '/history');
const sentAt = (tg: FakeTelegram, ids: readonly number[]) => {
  const set = new Set(ids);
  return tg.calls.filter((c) => c.method === 'sendMessage' && set.has(Number(c.params['chat_id']))).map((c) => c.at);
};

async function startBot(tg: FakeTelegram, env: Record<string, string>) {
  const bot = startCli(['run'], env);
  await waitFor(() => tg.callsOf('getUpdates').length > 0, 60_000, 'long polling');
  return bot;
}

async function seedSubscribers(storeUrl: string): Promise<void> {
  const stores = await openStores(storeUrl, logger);
  const createdAt = new Date().toISOString();
  await stores.subscriptions.putChats(
    SUBSCRIBERS.map((id) => ({
      key: chatSubscriptionKey('telegram', String(id), null),
      platform: 'telegram',
      chatId: String(id),
      threadId: null,
      programs: ['cec'],
      lang: 'en' as const,
      createdBy: 'bench',
      createdAt,
    })),
  );
  await stores.close();
}

interface Burst {
  lastAnswerS: number;
  tooMany: number;
  duringFanOut: { lastReplyS: number; lastAlertS: number; tooMany: number };
}

/** 500 commands at once, then the same during a fan-out; seconds from the burst to the last answer. */
async function burst(): Promise<Burst> {
  const tg = await startFakeTelegram({ limits: TELEGRAM_RULES });
  const feeds = await startFeedServer();
  try {
    const send = () => {
      for (const id of USERS) tg.sendText({ chat: { id, type: 'private' }, from: { id }, text: commandOf(id) });
    };
    const alone = scratchEnv([], { TELEGRAM_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot, LOG_LEVEL: 'error' });
    let bot = await startBot(tg, alone.env);
    let start = Date.now();
    send();
    await waitFor(() => USERS.every((id) => tg.sent(id).length > 0), 300_000, 'every answer');
    const lastAnswerS = (Math.max(...sentAt(tg, USERS)) - start) / 1000;
    bot.child.kill('SIGTERM');
    await bot.exited;
    const tooMany = tg.tooManyRequests();

    feeds.route('/ircc.json', { body: irccBodyWith() });
    const busy = scratchEnv([{ id: 'ircc', kind: 'ircc-json', url: feeds.url('/ircc.json'), schedule: '*/2 * * * * *', timeoutMs: 3000 }], {
      TELEGRAM_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      LOG_LEVEL: 'error',
    });
    await seedSubscribers(busy.env['STORE_URL'] ?? '');
    bot = await startBot(tg, busy.env);
    feeds.route('/ircc.json', { body: irccBodyWith({ ...ROUND_438, drawDate: new Date().toISOString().slice(0, 10) }) });
    await waitFor(() => SUBSCRIBERS.filter((id) => tg.sent(id).length > 0).length >= 60, 120_000, 'the fan-out under way');
    start = Date.now();
    send();
    await waitFor(() => USERS.every((id) => tg.sent(id).length > 1) && SUBSCRIBERS.every((id) => tg.sent(id).length > 0), 300_000, 'every reply and alert');
    bot.child.kill('SIGTERM');
    await bot.exited;
    return {
      lastAnswerS,
      tooMany,
      duringFanOut: { lastReplyS: (Math.max(...sentAt(tg, USERS)) - start) / 1000, lastAlertS: (Math.max(...sentAt(tg, SUBSCRIBERS)) - start) / 1000, tooMany: tg.tooManyRequests() - tooMany },
    };
  } finally {
    await tg.close();
    await feeds.close();
  }
}

interface PaidInProcess {
  delivered: number;
  rate: number;
  violations: number;
}

/** 10,000 private chats through the worker, paced as paid broadcasts, against an in-process fake. */
async function paidInProcess(): Promise<PaidInProcess> {
  const stores = await openStores('memory://', logger);
  const fake = createFakePlatform({ limits: { globalPerSecond: TELEGRAM_RULES.paidPerSecond, perChat: { size: 1, spanMs: 1000 }, perGroup: { size: 20, spanMs: 60_000 } }, latencyMs: LATENCY_MS });
  const platform = { ...fake, lane: createLimiter(TELEGRAM_LIMITS), alertPermit: { paid: true }, inFlight: 64 };
  await stores.outbox.enqueue(Array.from({ length: PAID_CHATS }, (_, i) => chatAlert('bench-paid', String(10_000 + i))));
  const worker = createDeliveryWorker({ outbox: stores.outbox, subscriptions: stores.subscriptions, platforms: new Map([[PLATFORM, platform]]), coordinator: createMemoryCoordinator(), logger });
  const start = performance.now();
  await drainAll(worker, stores.outbox, 1_000);
  const elapsed = performance.now() - start;
  await worker.stop();
  await stores.close();
  platform.lane.close();
  return { delivered: fake.deliveries.length, rate: (fake.deliveries.length / elapsed) * 1000, violations: fake.violations.length };
}

/** Seconds the real `run` process takes to alert 1,000 private chats, with or without paid broadcasts. */
async function fanOutThroughRun(paid: boolean): Promise<{ seconds: number; tooMany: number }> {
  const tg = await startFakeTelegram({ limits: TELEGRAM_RULES });
  const feeds = await startFeedServer();
  try {
    feeds.route('/ircc.json', { body: irccBodyWith() });
    const { env } = scratchEnv([{ id: 'ircc', kind: 'ircc-json', url: feeds.url('/ircc.json'), schedule: '*/2 * * * * *', timeoutMs: 3000 }], {
      TELEGRAM_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      TELEGRAM_PAID_BROADCAST: String(paid),
      LOG_LEVEL: 'error',
    });
    await seedSubscribers(env['STORE_URL'] ?? '');
    const bot = await startBot(tg, env);
    feeds.route('/ircc.json', { body: irccBodyWith({ ...ROUND_438, drawDate: new Date().toISOString().slice(0, 10) }) });
    await waitFor(() => SUBSCRIBERS.every((id) => tg.sent(id).length > 0), 300_000, 'every alert');
    bot.child.kill('SIGTERM');
    await bot.exited;
    const times = sentAt(tg, SUBSCRIBERS);
    return { seconds: (Math.max(...times) - Math.min(...times)) / 1000, tooMany: tg.tooManyRequests() };
  } finally {
    await tg.close();
    await feeds.close();
  }
}

export async function benchRush(): Promise<string> {
  const b = await burst();
  const paid = await paidInProcess();
  const free = await fanOutThroughRun(false);
  const fast = await fanOutThroughRun(true);
  return `## Draw-day rush (\`bench/rush.bench.ts\`)

500 different users send \`/latest cec\`, \`/notify N cec\` or \`/history\` in the same instant to the real
\`run\` process (SQLite store), through a fake Bot API on loopback that enforces Telegram's limits (30
messages/s, 1/s per private chat, 20/min per group, 1,000/s for paid broadcasts; 429 over a limit).
The floor is 500 ÷ 30/s = 16.7 s.

| | result |
|---|---|
| 500 commands at once: last answer after | **${b.lastAnswerS.toFixed(1)} s** |
| 429s | ${b.tooMany} |
| the same burst during a 1,000-subscriber fan-out: last reply after | **${b.duringFanOut.lastReplyS.toFixed(1)} s** (last alert after ${b.duringFanOut.lastAlertS.toFixed(1)} s: replies overtake) |
| 429s | ${b.duringFanOut.tooMany} |

Paid broadcasts (\`TELEGRAM_PAID_BROADCAST=true\`):

| | result |
|---|---|
| ${PAID_CHATS.toLocaleString('en')} private chats, delivery worker → in-process fake (${LATENCY_MS} ms a request, 1,000/s paid, 1/s a chat) | ${paid.delivered.toLocaleString('en')} delivered at **${paid.rate.toFixed(0)} messages/s**, ${paid.violations} violations |
| 1,000 private chats through the real \`run\` process, ordinary | ${free.seconds.toFixed(1)} s, ${free.tooMany} × 429 |
| the same with paid broadcasts | ${fast.seconds.toFixed(1)} s, ${fast.tooMany} × 429 — **${(free.seconds / fast.seconds).toFixed(1)} × faster** |
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `npx tsx bench/rush.bench.ts paid` measures only the paid broadcasts.
  if (process.argv[2] === 'paid') process.stdout.write(`${JSON.stringify({ inProcess: await paidInProcess(), free: await fanOutThroughRun(false), paid: await fanOutThroughRun(true) })}\n`);
  else process.stdout.write(await benchRush());
}
