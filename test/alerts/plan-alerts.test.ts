import { describe, expect, it } from 'vitest';
import { pingDestination, planAlerts, type PlanDeps } from '../../src/alerts/plan-alerts.ts';
import { createLocalizer } from '../../src/i18n/localizer.ts';
import type { Draw, DrawEvent } from '../../src/domain/draw.ts';
import type { PingTarget, ScoreThreshold } from '../../src/domain/subscription.ts';
import { renderPlain } from '../../src/platforms/console/render.ts';
import { programs, seededDeps } from '../helpers/stores.ts';
import { cecDraw } from '../helpers/draws.ts';

const NOW = new Date('2026-11-20T15:00:00Z');
const localizer = createLocalizer();

const draw: Draw = cecDraw({
  id: 'news-2026-11-20-cec',
  drawNumber: null,
  programText: 'CEC',
  tieBreak: '2026-11-03T21:15:42Z',
  status: 'reported',
  sources: [{ id: 'cicnews', url: 'https://news.example/a', seenAt: NOW.toISOString() }],
});

function threshold(userId: string, score: number, programs: ScoreThreshold['programs'], extra: Partial<ScoreThreshold> = {}): ScoreThreshold {
  return {
    key: `telegram:${userId}`,
    platform: 'telegram',
    userId,
    userName: null,
    score,
    programs,
    ping: { kind: 'dm', fallback: null },
    profileSubmittedAt: null,
    lang: 'en',
    createdAt: NOW.toISOString(),
    ...extra,
  };
}

async function setup(): Promise<{ deps: PlanDeps; draws: Draw[]; stores: Awaited<ReturnType<typeof seededDeps>>['stores'] }> {
  const { stores } = await seededDeps(() => NOW);
  await stores.subscriptions.putChat({ key: 'telegram:-100:', platform: 'telegram', chatId: '-100', threadId: null, programs: ['cec'], lang: 'en', createdBy: 'a', createdAt: NOW.toISOString() });
  await stores.subscriptions.putChat({ key: 'telegram:-200:7', platform: 'telegram', chatId: '-200', threadId: '7', programs: 'all', lang: 'fr', createdBy: 'b', createdAt: NOW.toISOString() });
  await stores.subscriptions.putChat({ key: 'telegram:-300:', platform: 'telegram', chatId: '-300', threadId: null, programs: ['pnp'], lang: 'en', createdBy: 'c', createdAt: NOW.toISOString() });
  await stores.subscriptions.putThreshold(threshold('u510', 510, ['cec']));
  await stores.subscriptions.putThreshold(threshold('u490', 490, ['cec']));
  await stores.subscriptions.putThreshold(threshold('u520pnp', 520, ['pnp']));
  await stores.subscriptions.putThreshold(threshold('u503', 503, 'all', { profileSubmittedAt: '2026-10-01T00:00:00Z', ping: { kind: 'mention', chatId: '-100', threadId: null } }));
  const deps: PlanDeps = { subscriptions: stores.subscriptions, outbox: stores.outbox, programs, localizer, now: () => NOW };
  return { deps, draws: [draw, ...(await stores.draws.list())], stores };
}

const newEvent: DrawEvent = { kind: 'new', draw, previous: null, changed: [] };

describe('planning alerts', () => {
  it('queues one entry per matching chat and per threshold the cutoff clears, nobody else', async () => {
    const { deps, draws } = await setup();
    const entries = await planAlerts(newEvent, draws, deps);
    expect(entries.map((e) => `${e.alert} ${e.destination.chatId}${e.destination.mentionUserId ? `@${e.destination.mentionUserId}` : ''}`).sort()).toEqual(
      ['chat -100', 'chat -200', 'ping -100@u503', 'ping u510'].sort(),
    );
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const fr = entries.find((e) => e.destination.chatId === '-200');
    expect(fr?.destination.threadId).toBe('7');
    expect(renderPlain(fr!.message)).toMatch(/Nouvelle ronde/);
    const chat = renderPlain(entries.find((e) => e.destination.chatId === '-100' && e.alert === 'chat')!.message);
    expect(chat).toMatch(/2,500/);
    expect(chat).toMatch(/503 \(−20\)/);
    expect(chat).toMatch(/reported by news\.example/);
    expect(renderPlain(entries.find((e) => e.destination.chatId === 'u510')!.message)).toMatch(/Your 510 clears the cutoff of 503 by 7/);
    const tie = renderPlain(entries.find((e) => e.destination.mentionUserId === 'u503')!.message);
    expect(tie).toMatch(/equals the cutoff/);
    expect(tie).toMatch(/submitted before it: you should have been invited/);
  });

  it('stays quiet about an old draw', async () => {
    const { deps, draws } = await setup();
    expect(await planAlerts({ ...newEvent, draw: { ...draw, date: '2026-10-01' } }, draws, deps)).toEqual([]);
  });

  it('edits what was sent on confirmation, and follows up when a correction changes a verdict', async () => {
    const { deps, draws, stores } = await setup();
    await stores.outbox.enqueue(await planAlerts(newEvent, draws, deps));
    const confirmed: Draw = { ...draw, drawNumber: '438', status: 'confirmed', sources: [...draw.sources, { id: 'ircc', url: 'https://ircc.example/438', seenAt: NOW.toISOString() }] };
    const edits = await planAlerts({ kind: 'confirmed', draw: confirmed, previous: draw, changed: [] }, draws, deps);
    expect(edits).toHaveLength(4);
    expect(edits.every((e) => e.editOf !== null && e.event === 'confirmed')).toBe(true);
    expect(renderPlain(edits.find((e) => e.alert === 'chat' && e.lang === 'en')!.message)).toMatch(/Confirmed by IRCC/);

    const corrected: Draw = { ...confirmed, minCrs: 512 };
    const plan = await planAlerts({ kind: 'corrected', draw: corrected, previous: draw, changed: ['minCrs'] }, draws, deps);
    const followups = plan.filter((e) => e.event === 'followup');
    expect(followups.map((e) => e.destination.chatId).sort()).toEqual(['-100', 'u510']);
    expect(renderPlain(followups.find((e) => e.destination.chatId === 'u510')!.message)).toMatch(/Your 510 is 2 below the cutoff of 512/);

    const lower: Draw = { ...confirmed, minCrs: 489 };
    const down = await planAlerts({ kind: 'corrected', draw: lower, previous: draw, changed: ['minCrs'] }, draws, deps);
    expect(down.filter((e) => e.event === 'followup').map((e) => e.destination.chatId)).toEqual(['u490']);

    // That follow-up went out; a later correction of another figure does not ping u490 a second time.
    await stores.outbox.enqueue(down);
    const later: Draw = { ...lower, tieBreak: '2026-11-03T21:15:42Z' };
    const again = await planAlerts({ kind: 'corrected', draw: later, previous: lower, changed: ['tieBreak'] }, draws, deps);
    expect(again.filter((e) => e.event === 'followup' && e.editOf === null && e.destination.chatId === 'u490')).toEqual([]);
  });

  it('sends a DM ping to the user with its fallback chat, a record from before fallbacks with none, a mention to its chat', () => {
    const dm = (ping: PingTarget) => pingDestination({ platform: 'discord', userId: 'u1', ping });
    expect(dm({ kind: 'dm', fallback: { chatId: 'c9', threadId: null } })).toEqual({
      platform: 'discord',
      chatId: 'u1',
      threadId: null,
      mentionUserId: null,
      dm: { fallback: { chatId: 'c9', threadId: null } },
    });
    expect(dm({ kind: 'dm' } as PingTarget).dm).toEqual({ fallback: null });
    expect(dm({ kind: 'mention', chatId: 'c9', threadId: 't' })).toEqual({ platform: 'discord', chatId: 'c9', threadId: 't', mentionUserId: 'u1' });
  });
});
