import { StoreError } from './store-error.ts';

/** Timer functions (Node's by default; a fake clock in unit tests). */
export interface TimerFns {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const nodeTimers: TimerFns = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** `promise`, or a StoreError once `ms` have passed (a health check must answer even when a connection hangs). */
export function within<T>(promise: Promise<T>, ms: number, what: string, timers: TimerFns = nodeTimers): Promise<T> {
  let timer: unknown;
  const late = new Promise<never>((_, reject) => {
    timer = timers.setTimeout(() => reject(new StoreError(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => timers.clearTimeout(timer));
}
