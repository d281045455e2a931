import type { Reply } from '../../src/reply/reply.ts';
import { createLimiter } from '../../src/delivery/limiter.ts';
import { DeliveryError, type PlatformLimits, type PlatformPort } from '../../src/delivery/platform-port.ts';
import type { Destination } from '../../src/domain/outbox.ts';

/** A PlatformPort speaking to the fake platform server (test/fakes/fake-platform-server.ts) over HTTP. */
export function createHttpPlatformPort(baseUrl: string, limits: PlatformLimits, name = 'fake'): PlatformPort {
  async function post(path: string, body: unknown): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    } catch (err) {
      throw new DeliveryError({ kind: 'transient', reason: `${path}: ${(err as Error).message}` }, { cause: err });
    }
    if (!res.ok) throw new DeliveryError({ kind: res.status >= 500 ? 'transient' : 'rejected', reason: `${path}: HTTP ${res.status}` });
    return res.json();
  }
  return {
    name,
    lane: createLimiter(limits),
    isGroup: (chatId) => chatId.startsWith('-'),
    async send(dest: Destination, message: Reply) {
      const body = await post('/send', { dest, message });
      if (typeof body !== 'object' || body === null || !('messageId' in body) || typeof body.messageId !== 'string') {
        throw new DeliveryError({ kind: 'transient', reason: '/send: no messageId in the answer' });
      }
      return { messageId: body.messageId };
    },
    async edit(dest: Destination, messageId: string, message: Reply) {
      await post('/edit', { dest, messageId, message });
    },
  };
}
