import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../src/delivery/backoff.ts';
import { planFailure, toFailure } from '../../src/delivery/failure.ts';
import { DeliveryError } from '../../src/delivery/platform-port.ts';
import { supersededEdits } from '../../src/delivery/worker.ts';
import { newState } from '../../src/store/outbox-store.ts';
import { chatAlert, editOf } from './helpers.ts';

const at = new Date('2026-11-20T15:00:00Z');
const retry = { baseMs: 1_000, capMs: 8_000, maxAttempts: 4 };
const state = newState(at.toISOString());

describe('what a failed try leads to', () => {
  it('a 429 pauses its scope for retry_after and reschedules the entry then', () => {
    expect(planFailure({ failure: { kind: 'rate-limited', retryAfterMs: 7_000, scope: 'global' }, state, chatId: 'c1', at, retry })).toEqual({
      kind: 'retry',
      pause: { scope: 'global', ms: 7_000 },
      state: expect.objectContaining({ status: 'pending', attempts: 1, nextAttemptAt: '2026-11-20T15:00:07.000Z' }) as unknown,
    });
    const chat = planFailure({ failure: { kind: 'rate-limited', retryAfterMs: 1_000, scope: 'chat' }, state, chatId: 'c1', at, retry });
    expect(chat.kind === 'retry' && chat.pause).toEqual({ scope: { chatId: 'c1' }, ms: 1_000 });
  });

  it('a transient failure backs off, then is dropped after the last attempt', () => {
    const second = planFailure({ failure: { kind: 'transient', reason: '502' }, state: { ...state, attempts: 1 }, chatId: 'c1', at, retry, random: () => 0 });
    expect(second).toMatchObject({ kind: 'retry', pause: null, state: { attempts: 2, nextAttemptAt: '2026-11-20T15:00:01.000Z', lastError: 'transient: 502' } });
    expect(planFailure({ failure: { kind: 'transient', reason: '502' }, state: { ...state, attempts: 3 }, chatId: 'c1', at, retry })).toMatchObject({
      kind: 'drop',
      level: 'error',
      subscription: 'keep',
      state: { status: 'dropped', attempts: 4 },
    });
  });

  it('gone drops the entry and its subscription; forbidden pauses the subscription; rejected drops the entry only', () => {
    expect(planFailure({ failure: { kind: 'gone', reason: 'Forbidden: bot was kicked' }, state, chatId: 'c1', at, retry })).toMatchObject({ kind: 'drop', subscription: 'remove' });
    expect(planFailure({ failure: { kind: 'forbidden', reason: 'Missing Permissions' }, state, chatId: 'c1', at, retry })).toMatchObject({ kind: 'drop', subscription: 'pause' });
    expect(planFailure({ failure: { kind: 'rejected', reason: 'message to edit not found' }, state, chatId: 'c1', at, retry })).toMatchObject({ kind: 'drop', subscription: 'keep' });
  });

  it('anything an adapter could not classify is transient', () => {
    expect(toFailure(new TypeError('fetch failed'))).toEqual({ kind: 'transient', reason: 'TypeError: fetch failed' });
    expect(toFailure(new DeliveryError({ kind: 'forbidden', reason: 'no rights' }))).toEqual({ kind: 'forbidden', reason: 'no rights' });
  });

  it('backoff doubles up to its cap, with half of it jittered', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, retry, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
    expect(backoffMs(3, retry, () => 0)).toBe(2_000);
  });
});

describe('edits of one message', () => {
  it('only the latest pending edit counts', () => {
    const original = chatAlert('d1', 'c1');
    const other = chatAlert('d1', 'c2');
    const items = [editOf(original, 'confirmed', 'a'), editOf(other, 'confirmed', 'b'), editOf(original, 'corrected', 'c')].map((entry) => ({ entry, state }));
    expect([...supersededEdits(items)]).toEqual([items[0]!.entry.id]);
  });
});
