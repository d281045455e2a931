import type { DeliveryState } from '../domain/outbox.ts';
import { backoffMs, type RetryPolicy } from './backoff.ts';
import type { PauseScope } from './limiter.ts';
import { DeliveryError, type DeliveryFailure } from './platform-port.ts';

/** What to do after a failed send or edit; worked out without side effects. */
export type FailurePlan =
  { kind: 'retry'; state: DeliveryState; pause: { scope: PauseScope; ms: number } | null } | { kind: 'drop'; state: DeliveryState; subscription: 'keep' | 'remove' | 'pause'; level: 'warn' | 'error' };

/** A thrown value as a delivery failure: anything the adapter could not classify is transient. */
export function toFailure(err: unknown): DeliveryFailure {
  if (err instanceof DeliveryError) return err.failure;
  return { kind: 'transient', reason: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
}

export const describeFailure = (f: DeliveryFailure): string => {
  switch (f.kind) {
    case 'rate-limited':
      return `rate-limited (${f.scope}) for ${f.retryAfterMs} ms`;
    default:
      return `${f.kind}: ${f.reason}`;
  }
};

export interface PlanInput {
  failure: DeliveryFailure;
  state: DeliveryState;
  chatId: string;
  at: Date;
  retry: RetryPolicy;
  random?: () => number;
}

/** The next state of an entry whose try failed, and which side effects go with it. */
export function planFailure({ failure, state, chatId, at, retry, random }: PlanInput): FailurePlan {
  const attempts = state.attempts + 1;
  const base = { ...state, attempts, lastError: describeFailure(failure), updatedAt: at.toISOString() };
  const later = (ms: number) => new Date(at.getTime() + ms).toISOString();
  switch (failure.kind) {
    case 'rate-limited':
      return {
        kind: 'retry',
        state: { ...base, nextAttemptAt: later(failure.retryAfterMs) },
        pause: { scope: failure.scope === 'global' ? 'global' : { chatId }, ms: failure.retryAfterMs },
      };
    case 'transient':
      if (attempts >= retry.maxAttempts) return { kind: 'drop', state: { ...base, status: 'dropped', nextAttemptAt: null }, subscription: 'keep', level: 'error' };
      return { kind: 'retry', state: { ...base, nextAttemptAt: later(backoffMs(attempts, retry, random)) }, pause: null };
    case 'gone':
      return { kind: 'drop', state: { ...base, status: 'dropped', nextAttemptAt: null }, subscription: 'remove', level: 'warn' };
    case 'forbidden':
      return { kind: 'drop', state: { ...base, status: 'dropped', nextAttemptAt: null }, subscription: 'pause', level: 'warn' };
    case 'rejected':
      return { kind: 'drop', state: { ...base, status: 'dropped', nextAttemptAt: null }, subscription: 'keep', level: 'warn' };
  }
}
