import { describe, expect, it } from 'vitest';
import { queueAlerts } from '../../src/alerts/queue-alerts.ts';
import type { Draw, DrawEvent } from '../../src/domain/draw.ts';
import type { ScoreThreshold } from '../../src/domain/subscription.ts';
import { createLocalizer } from '../../src/i18n/localizer.ts';
import { DAY_MS } from '../../src/util/days.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { programs, seededDeps } from '../helpers/stores.ts';
import { cecDraw } from '../helpers/draws.ts';

const DRAWN = Date.parse('2026-05-01T15:00:00Z');
const draw: Draw = cecDraw({
  id: 'ircc-901',
  drawNumber: '901',
  date: '2026-05-01',
  programText: 'CEC',
  sources: [{ id: 'ircc', url: 'https://ircc.example/901', seenAt: new Date(DRAWN).toISOString() }],
});

const threshold = (userId: string, score: number): ScoreThreshold => ({
  key: `telegram:${userId}`,
  platform: 'telegram',
  userId,
  userName: null,
  score,
  programs: ['cec'],
  ping: { kind: 'dm', fallback: null },
  profileSubmittedAt: null,
  lang: 'en',
  createdAt: new Date(DRAWN).toISOString(),
});

/** A draw alerted on its day, every message sent; then `days` later a correction lowers its cutoff (reaching u490) — after the outbox was pruned, or not. */
async function lateCorrection(days: number, prune: boolean) {
  let clock = DRAWN;
  const { stores } = await seededDeps(() => new Date(clock));
  await stores.subscriptions.putChat({
    key: 'telegram:-100:',
    platform: 'telegram',
    chatId: '-100',
    threadId: null,
    programs: ['cec'],
    lang: 'en',
    createdBy: 'a',
    createdAt: new Date(DRAWN).toISOString(),
  });
  await stores.subscriptions.putThreshold(threshold('u510', 510));
  await stores.subscriptions.putThreshold(threshold('u490', 490));
  const log = captureLogger('info');
  const deps = { subscriptions: stores.subscriptions, outbox: stores.outbox, programs, localizer: createLocalizer(), now: () => new Date(clock), logger: log.logger };
  const draws = [draw, ...(await stores.draws.list())];
  expect(await queueAlerts([{ kind: 'new', draw, previous: null, changed: [] }], draws, deps)).toBe(2);
  for (const { entry, state } of await stores.outbox.forDraw(draw.id)) await stores.outbox.setState(entry.id, { ...state, status: 'sent', messageId: '7' });
  await stores.outbox.closeFinished();

  clock += days * DAY_MS;
  if (prune) expect(await stores.outbox.prune(new Date(clock - 90 * DAY_MS))).toBe(2);
  const corrected: DrawEvent = { kind: 'corrected', draw: { ...draw, minCrs: 489 }, previous: draw, changed: ['minCrs'] };
  const queued = await queueAlerts([corrected], draws, deps);
  const again = await queueAlerts([{ kind: 'new', draw: { ...draw, minCrs: 489 }, previous: null, changed: [] }], draws, deps);
  return { queued, again, log, entries: await stores.outbox.forDraw(draw.id) };
}

describe('a correction of a draw whose outbox entries were pruned', () => {
  it('edits nothing, alerts nobody (not even those the new cutoff reaches), and says why in the log', async () => {
    const { queued, again, log, entries } = await lateCorrection(120, true);
    expect(queued).toBe(0);
    expect(again).toBe(0);
    expect(entries).toEqual([]);
    expect(log.lines.filter((l) => l.kind === 'corrected').map((l) => l.msg)).toEqual([
      'nothing to edit for this event: the outbox holds no message about this draw (none was sent, or older than OUTBOX_RETENTION_DAYS)',
    ]);
    expect(log.warnings()).toEqual([]);
  });

  it('edits what was sent when the entries are still there (the same correction, not pruned)', async () => {
    const { queued, entries } = await lateCorrection(120, false);
    expect(queued).toBe(2);
    expect(
      entries
        .filter((i) => i.entry.editOf !== null)
        .map((i) => i.entry.destination.chatId)
        .sort(),
    ).toEqual(['-100', 'u510']);
  });
});
