import { performance } from 'node:perf_hooks';
import type { Coordinator } from '../coordination/coordinator.ts';
import type { DeliveryState, Destination, OutboxEntry } from '../domain/outbox.ts';
import type { Logger } from '../log.ts';
import { newState, type OutboxStore, type PendingItem } from '../store/outbox-store.ts';
import type { SubscriptionStore } from '../store/subscription-store.ts';
import type { RetryPolicy } from './backoff.ts';
import { describeFailure, planFailure, toFailure } from './failure.ts';
import { LimiterAbortedError, type Permit } from './limiter.ts';
import type { DeliveryFailure, PlatformPort, Sent } from './platform-port.ts';
import type { Outcome } from './report.ts';
import { pauseSubscription, removeSubscription } from './subscription-effects.ts';

/** Everything one delivery needs; built once per worker, `gone` and `superseded` renewed each pass. */
export interface SendContext {
  outbox: OutboxStore;
  subscriptions: SubscriptionStore;
  coordinator: Coordinator;
  logger: Logger;
  now: () => Date;
  claimTtlMs: number;
  retry: RetryPolicy;
  editWaitMs: number;
  maxChatWaitMs: number;
  random: () => number;
  port(platform: string): PlatformPort | undefined;
  /** `platform:chatId` found gone in this pass: later entries to it are dropped without a send. */
  gone: Set<string>;
  /** Edits overtaken by a later pending edit of the same message. */
  superseded: Set<string>;
  /** Sent, but the sent-marker could not be written: never sent again, the write is retried. */
  unrecorded: Map<string, DeliveryState>;
  signal: AbortSignal;
}

export interface Result {
  outcome: Outcome;
  /** When an entry left pending may be tried again (ms since epoch), if known. */
  dueAt: number | null;
}

interface Attempt {
  entry: OutboxEntry;
  state: DeliveryState;
  dest: Destination;
  port: PlatformPort;
  claim: { at: number; keep: boolean };
}

export const chatKey = (d: Pick<Destination, 'platform' | 'chatId'>): string => `${d.platform}:${d.chatId}`;

export const dueAt = (state: DeliveryState): number => (state.nextAttemptAt ? Date.parse(state.nextAttemptAt) : 0);

const done = (outcome: Outcome): Result => ({ outcome, dueAt: null });

/**
 * Delivers one outbox entry, never by two workers at once: claim it, re-read its state, wait for
 * the limiter, send (or edit), then write the sent-marker. Never throws for a platform failure;
 * store failures reach the caller.
 */
export async function deliver(ctx: SendContext, item: PendingItem): Promise<Result> {
  const { entry } = item;
  const dest = entry.destination;
  const port = ctx.port(dest.platform);
  if (!port) return done('deferred');
  const wait = port.lane.chatDelay(dest.chatId, port.isGroup(dest.chatId));
  if (wait > ctx.maxChatWaitMs) return { outcome: 'deferred', dueAt: ctx.now().getTime() + wait };
  const key = `outbox:${entry.id}`;
  if (!(await ctx.coordinator.claim(key, ctx.claimTtlMs))) return done('held');
  const claim = { at: performance.now(), keep: false };
  try {
    const state = (await ctx.outbox.getState(entry.id)) ?? newState(entry.createdAt);
    if (state.status !== 'pending' || ctx.unrecorded.has(entry.id)) return done('skipped');
    if (dueAt(state) > ctx.now().getTime()) return { outcome: 'held', dueAt: dueAt(state) };
    return await attempt(ctx, { entry, state, dest, port, claim });
  } finally {
    if (!claim.keep) await releaseClaim(ctx, key);
  }
}

async function releaseClaim(ctx: SendContext, key: string): Promise<void> {
  try {
    await ctx.coordinator.release(key);
  } catch (err) {
    ctx.logger.warn({ err, key }, 'could not release an outbox claim; it expires by itself');
  }
}

type EditTarget = { kind: 'edit'; messageId: string; chatId: string } | { kind: 'wait' } | { kind: 'drop'; reason: string };

/** The platform message an edit changes: the original's, once it is sent. */
async function editTarget(ctx: SendContext, editOf: string): Promise<EditTarget> {
  const original = await ctx.outbox.getEntry(editOf);
  if (!original) return { kind: 'drop', reason: `the original message ${editOf} is not in the outbox` };
  const state = ctx.unrecorded.get(editOf) ?? (await ctx.outbox.getState(editOf));
  if (!state || state.status === 'pending') return { kind: 'wait' };
  if (state.status === 'dropped') return { kind: 'drop', reason: 'the original message was dropped' };
  if (state.messageId === null) return { kind: 'drop', reason: 'the original message has no platform message id' };
  return { kind: 'edit', messageId: state.messageId, chatId: state.sentTo ?? original.destination.chatId };
}

async function attempt(ctx: SendContext, a: Attempt): Promise<Result> {
  const { entry } = a;
  if (ctx.superseded.has(entry.id)) return drop(ctx, a, 'superseded by a later edit of the same message');
  if (ctx.gone.has(chatKey(a.dest))) return dropGone(ctx, a, { kind: 'gone', reason: 'destination found gone earlier in this pass' });
  let dest = a.dest;
  let editId: string | null = null;
  if (entry.editOf !== null) {
    const target = await editTarget(ctx, entry.editOf);
    if (target.kind === 'drop') return drop(ctx, a, target.reason);
    if (target.kind === 'wait') {
      const next = ctx.now().getTime() + ctx.editWaitMs;
      await ctx.outbox.setState(entry.id, { ...a.state, nextAttemptAt: new Date(next).toISOString(), updatedAt: ctx.now().toISOString() });
      return { outcome: 'waiting', dueAt: next };
    }
    editId = target.messageId;
    dest = { ...dest, chatId: target.chatId };
  }
  let permit: Permit;
  try {
    // Only new messages can be paid broadcasts: an edit always counts against the ordinary rate.
    const rate = editId === null ? { ...a.port.alertPermit, priority: 'alert' as const } : { priority: 'edit' as const };
    permit = await a.port.lane.acquire(dest.chatId, a.port.isGroup(dest.chatId), { ...rate, signal: ctx.signal });
  } catch (err) {
    if (err instanceof LimiterAbortedError) return done('deferred');
    throw err;
  }
  if (performance.now() - a.claim.at > ctx.claimTtlMs * 0.8) {
    permit.cancel();
    ctx.logger.warn({ entry: entry.id }, 'the claim is about to expire before the send; left for a later pass');
    return done('deferred');
  }
  let sent: Sent;
  permit.start();
  try {
    sent = editId === null ? await a.port.send(dest, entry.message) : await editMessage(a.port, dest, editId, entry);
  } catch (err) {
    permit.finish();
    return applyFailure(ctx, { ...a, dest }, toFailure(err), err);
  }
  permit.finish();
  return markSent(ctx, a, sent, editId !== null);
}

async function editMessage(port: PlatformPort, dest: Destination, messageId: string, entry: OutboxEntry): Promise<Sent> {
  await port.edit(dest, messageId, entry.message);
  return { messageId, chatId: dest.chatId };
}

/** The sent-marker, written after the send. If it cannot be written, the claim is kept so nobody sends again meanwhile. */
async function markSent(ctx: SendContext, a: Attempt, sent: Sent, edit: boolean): Promise<Result> {
  const at = ctx.now().toISOString();
  const sentTo = sent.chatId !== undefined && sent.chatId !== a.entry.destination.chatId ? sent.chatId : null;
  const state: DeliveryState = { ...a.state, status: 'sent', attempts: a.state.attempts + 1, nextAttemptAt: null, messageId: sent.messageId, sentTo, lastError: null, updatedAt: at };
  try {
    await ctx.outbox.setState(a.entry.id, state);
  } catch (err) {
    ctx.unrecorded.set(a.entry.id, state);
    a.claim.keep = true;
    ctx.logger.error({ err, entry: a.entry.id }, 'sent, but the sent-marker could not be written; the claim is kept and the write retried');
  }
  return done(edit ? 'edited' : 'sent');
}

async function applyFailure(ctx: SendContext, a: Attempt, failure: DeliveryFailure, err: unknown): Promise<Result> {
  const plan = planFailure({ failure, state: a.state, chatId: a.dest.chatId, at: ctx.now(), retry: ctx.retry, random: ctx.random });
  const log = ctx.logger.child({ entry: a.entry.id, platform: a.dest.platform, chat: a.dest.chatId });
  if (plan.kind === 'retry') {
    if (plan.pause) a.port.lane.pause(plan.pause.scope, plan.pause.ms);
    await ctx.outbox.setState(a.entry.id, plan.state);
    log.info({ attempts: plan.state.attempts, next: plan.state.nextAttemptAt, failure: describeFailure(failure) }, 'delivery failed; retrying later');
    return { outcome: 'retried', dueAt: dueAt(plan.state) };
  }
  if (plan.subscription === 'remove') return dropGone(ctx, a, failure);
  await ctx.outbox.setState(a.entry.id, plan.state);
  if (plan.subscription === 'pause') {
    const paused = await pauseSubscription(ctx.subscriptions, a.entry, describeFailure(failure));
    log.warn({ failure: describeFailure(failure), paused }, 'the bot may not post there; the subscription is paused until someone fixes the permission');
    return done('dropped');
  }
  log[plan.level]({ err, attempts: plan.state.attempts, failure: describeFailure(failure) }, 'delivery dropped');
  return done('dropped');
}

async function drop(ctx: SendContext, a: Attempt, reason: string): Promise<Result> {
  const at = ctx.now().toISOString();
  await ctx.outbox.setState(a.entry.id, { ...a.state, status: 'dropped', nextAttemptAt: null, lastError: reason, updatedAt: at });
  ctx.logger.info({ entry: a.entry.id, reason }, 'outbox entry dropped');
  return done('dropped');
}

/** Gone for good: drop the entry, then remove the subscription it came from. */
async function dropGone(ctx: SendContext, a: Attempt, failure: DeliveryFailure): Promise<Result> {
  const at = ctx.now().toISOString();
  ctx.gone.add(chatKey(a.dest));
  await ctx.outbox.setState(a.entry.id, { ...a.state, status: 'dropped', attempts: a.state.attempts + 1, nextAttemptAt: null, lastError: describeFailure(failure), updatedAt: at });
  const removed = await removeSubscription(ctx.subscriptions, a.entry, a.dest);
  ctx.logger.warn({ entry: a.entry.id, platform: a.dest.platform, chat: a.dest.chatId, failure: describeFailure(failure), removed }, 'destination gone; its subscription is removed');
  return done('dropped');
}
