import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';
import type { HttpRoute } from '../ops/http-server.ts';
import { readBody } from '../ops/read-body.ts';
import type { InboxStore } from '../store/inbox-store.ts';
import type { PlatformSlot } from './platform-slot.ts';

/**
 * The webhooks platforms serve on HTTP_PORT (Telegram's), on every instance behind a load balancer.
 * The instance that runs the platform handles an update itself; another checks the secret, hands
 * the update over through the store's inbox and answers 200 at once — so every reply still leaves
 * through the one paced lane of the instance that runs the platform.
 */
export function webhookRoutes(slots: PlatformSlot[], inbox: InboxStore, logger: Logger): HttpRoute[] {
  return slots.flatMap((sl) =>
    (sl.factory.webhooks ?? []).map(({ path, secret, header }) => ({
      path,
      handle: async (req: IncomingMessage, res: ServerResponse) => {
        const route = sl.current()?.routes?.find((r) => r.path === path);
        if (route) return route.handle(req, res);
        if (!sameSecret(req.headers[header], secret)) {
          res.writeHead(401).end();
          return;
        }
        let update: unknown;
        try {
          update = JSON.parse((await readBody(req, 1_000_000)).toString('utf8'));
        } catch (err) {
          logger.warn({ err, platform: sl.name }, 'a webhook request without a readable update was refused');
          res.writeHead(400).end();
          return;
        }
        await inbox.push(sl.name, update);
        res.writeHead(200).end();
      },
    })),
  );
}

/** Compares in constant time, so the secret cannot be guessed byte by byte from response times. */
function sameSecret(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
