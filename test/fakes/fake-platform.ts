import { performance } from 'node:perf_hooks';
import type { Reply } from '../../src/reply/reply.ts';
import { createLimiter } from '../../src/delivery/limiter.ts';
import { ArrivalWindow } from './arrival-window.ts';
import { DeliveryError, type PlatformLimits, type PlatformPort } from '../../src/delivery/platform-port.ts';
import { destinationKey, type Destination } from '../../src/domain/outbox.ts';

/**
 * An in-process platform that enforces its published limits itself, like Telegram does: every
 * send and edit is checked against sliding windows (global per second, per chat per second, per
 * group per minute); one over a limit is refused with a 429 and `retry_after`, and counted as a
 * violation. Chats can be scripted to be blocked, unknown, flaky or flood-limited.
 *
 * Duplicates: the fake cannot see outbox ids, so a delivery is identified by its destination key
 * (`platform:chat:thread:mention`, after any migration) and the message title. Tests put the draw
 * id, event and alert kind in the title, so that pair is exactly "draw × destination × kind".
 */
export interface FakePlatformOptions {
  name?: string;
  limits: PlatformLimits;
  /** Chat ids answering 403 "bot was blocked by the user". */
  blocked?: Iterable<string>;
  /** Chat ids answering 400 "chat not found". */
  notFound?: Iterable<string>;
  /** Sends to the first chat id land in the second (as a Discord DM goes to a DM channel): the port says where. */
  redirect?: Iterable<readonly [string, string]>;
  /** Chat ids whose first send fails with a 500. */
  transientOnce?: Iterable<string>;
  /** Chat ids whose every send fails with a 500. */
  failing?: Iterable<string>;
  /** Chat ids whose first send is refused by flood control with this `retry_after` (ms), whatever the pace. */
  floodOnce?: Iterable<readonly [string, number]>;
  /** Groups feel the per-minute limit (default: ids starting with "-", as on Telegram). */
  isGroup?: (chatId: string) => boolean;
  /** A pause before each answer (default: none, just a turn of the event loop). */
  latencyMs?: number;
  /** Called for each accepted send, after it is recorded. */
  onDelivery?: (d: Delivery) => void;
}

export interface Delivery {
  /** Destination key + title: one outbox entry. */
  id: string;
  dest: Destination;
  title: string;
  text: string;
  messageId: string;
  /** performance.now() when it was accepted. */
  at: number;
}

export interface Edit {
  dest: Destination;
  messageId: string;
  title: string;
  text: string;
}

export interface Violation {
  scope: 'global' | 'chat' | 'group';
  chatId: string;
  at: number;
}

export interface FakePlatform extends PlatformPort {
  readonly deliveries: Delivery[];
  readonly edits: Edit[];
  readonly violations: Violation[];
  /** Every 429 answered (violations and scripted flood control). */
  readonly tooManyRequests: () => number;
  /** Delivery ids seen more than once. */
  duplicates(): string[];
  /** What a message shows now (after edits). */
  message(messageId: string): { dest: Destination; title: string; text: string } | undefined;
  deliveredTo(chatId: string): Delivery[];
}

const fail = (failure: ConstructorParameters<typeof DeliveryError>[0]) => new DeliveryError(failure);

export function createFakePlatform(opts: FakePlatformOptions): FakePlatform {
  const { limits } = opts;
  const name = opts.name ?? 'fake';
  const blocked = new Set(opts.blocked ?? []);
  const notFound = new Set(opts.notFound ?? []);
  const redirect = new Map(opts.redirect ?? []);
  const transientOnce = new Set(opts.transientOnce ?? []);
  const failing = new Set(opts.failing ?? []);
  const floodOnce = new Map(opts.floodOnce ?? []);
  const isGroup = opts.isGroup ?? ((chatId: string) => chatId.startsWith('-'));
  const global = new ArrivalWindow(1000);
  const perChat = new Map<string, ArrivalWindow>();
  const perGroup = new Map<string, ArrivalWindow>();
  const deliveries: Delivery[] = [];
  const edits: Edit[] = [];
  const violations: Violation[] = [];
  const messages = new Map<string, { dest: Destination; title: string; text: string }>();
  let refused = 0;
  let nextId = 1;

  const windowOf = (map: Map<string, ArrivalWindow>, chatId: string, span: number) => {
    let w = map.get(chatId);
    if (!w) map.set(chatId, (w = new ArrivalWindow(span)));
    return w;
  };

  const answer = async () => {
    if (opts.latencyMs) await new Promise((resolve) => setTimeout(resolve, opts.latencyMs));
    else await Promise.resolve();
  };

  /** The chat's own answers (blocked, unknown, migrated), then the limits: the arrival time, or why it is refused. */
  function arrive(dest: Destination): { at: number } | { refused: DeliveryError } {
    const { chatId } = dest;
    const refuse = (err: DeliveryError) => ({ refused: err });
    if (blocked.has(chatId)) return refuse(fail({ kind: 'gone', reason: 'Forbidden: bot was blocked by the user' }));
    if (notFound.has(chatId)) return refuse(fail({ kind: 'gone', reason: 'Bad Request: chat not found' }));
    const t = performance.now();
    const checks: [Violation['scope'], number][] = [
      ['global', global.waitFor(limits.globalPerSecond, t)],
      ['chat', windowOf(perChat, chatId, limits.perChat.spanMs).waitFor(limits.perChat.size, t)],
      ['group', isGroup(chatId) && limits.perGroup ? windowOf(perGroup, chatId, limits.perGroup.spanMs).waitFor(limits.perGroup.size, t) : 0],
    ];
    const over = checks.find(([, wait]) => wait > 0);
    if (over) {
      violations.push({ scope: over[0], chatId, at: t });
      refused++;
      return refuse(fail({ kind: 'rate-limited', retryAfterMs: Math.ceil(over[1]), scope: over[0] === 'global' ? 'global' : 'chat' }));
    }
    global.add(t);
    windowOf(perChat, chatId, 1000).add(t);
    if (isGroup(chatId)) windowOf(perGroup, chatId, 60_000).add(t);
    return { at: t };
  }

  return {
    name,
    lane: createLimiter(limits),
    isGroup,
    deliveries,
    edits,
    violations,
    tooManyRequests: () => refused,
    // The request is judged and recorded the moment it is made (it "arrives"); the answer comes after the latency.
    async send(dest: Destination, message: Reply) {
      const flood = floodOnce.get(dest.chatId);
      if (flood !== undefined) {
        floodOnce.delete(dest.chatId);
        refused++;
        await answer();
        throw fail({ kind: 'rate-limited', retryAfterMs: flood, scope: 'chat' });
      }
      if (transientOnce.delete(dest.chatId) || failing.has(dest.chatId)) {
        await answer();
        throw fail({ kind: 'transient', reason: 'Internal Server Error' });
      }
      const to = redirect.get(dest.chatId);
      if (to !== undefined) dest = { ...dest, chatId: to };
      const arrival = arrive(dest);
      if ('refused' in arrival) {
        await answer();
        throw arrival.refused;
      }
      const title = message.title ?? '';
      const d: Delivery = { id: `${destinationKey(dest)}|${title}`, dest, title, text: message.text ?? '', messageId: String(nextId++), at: arrival.at };
      deliveries.push(d);
      messages.set(d.messageId, { dest, title, text: d.text });
      opts.onDelivery?.(d);
      await answer();
      return to === undefined ? { messageId: d.messageId } : { messageId: d.messageId, chatId: to };
    },
    async edit(dest: Destination, messageId: string, message: Reply) {
      const arrival = arrive(dest);
      const current = messages.get(messageId);
      const found = current !== undefined && current.dest.chatId === dest.chatId;
      if (!('refused' in arrival) && found) {
        const next = { dest: current.dest, title: message.title ?? '', text: message.text ?? '' };
        messages.set(messageId, next);
        edits.push({ dest, messageId, title: next.title, text: next.text });
      }
      await answer();
      if ('refused' in arrival) throw arrival.refused;
      if (!found) throw fail({ kind: 'rejected', reason: 'Bad Request: message to edit not found' });
    },
    duplicates() {
      const seen = new Map<string, number>();
      for (const d of deliveries) seen.set(d.id, (seen.get(d.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    },
    message: (messageId) => messages.get(messageId),
    deliveredTo: (chatId) => deliveries.filter((d) => d.dest.chatId === chatId),
  };
}
