import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType, type APIInteractionResponse } from 'discord.js';
import { createLimiter } from '../../delivery/limiter.ts';
import type { HttpRoute } from '../../ops/http-server.ts';
import { BodyTooLargeError, readBody } from '../../ops/read-body.ts';
import { fromApi, parseApiInteraction } from './from-api.ts';
import { handleInteraction, type InteractionDeps } from './interactions.ts';
import { DISCORD_LIMITS } from './limits.ts';
import { createPacedRest } from './paced-rest.ts';
import { createResponder } from './respond.ts';
import { createRestClient } from './rest-client.ts';
import { interactionsKey, signedByDiscord } from './verify-signature.ts';

/** Where Discord posts interactions on HTTP_PORT: the Interactions Endpoint URL is `https://<host>/discord/interactions`. */
export const INTERACTIONS_PATH = '/discord/interactions';

/** An interaction is a few kB; Discord's largest (a modal, resolved users) stay far below this. */
const MAX_BODY_BYTES = 256 * 1024;
/**
 * Beyond this many interactions being answered at once, a command is acknowledged at once and its answer
 * edited in: answering a burst of 500 in their own responses took 2.5 s (docs/benchmarks.md), too close
 * to Discord's 3 s.
 */
const BUSY_AT = 16;
/** In-flight interactions get this long to finish (their follow-ups) at shutdown. */
const DRAIN_MS = 5_000;

export interface InteractionsEndpointDeps extends Omit<InteractionDeps, 'responder'> {
  /** DISCORD_PUBLIC_KEY: every request must carry Discord's Ed25519 signature with it. */
  publicKey: string;
  /** DISCORD_API_ROOT, for the follow-ups (tests: the fake on loopback). */
  apiRoot?: string | undefined;
  /** How long an answer may take before it is acknowledged first (default DEFER_AFTER_MS). */
  deferAfterMs?: number;
}

export interface InteractionsEndpoint {
  route: HttpRoute;
  /** Waits (a few seconds at most) for the interactions being answered, then stops. */
  close(): Promise<void>;
}

const send = (res: ServerResponse, status: number, body?: unknown) => {
  if (body === undefined) res.writeHead(status).end();
  else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

/**
 * Discord interactions over HTTP (DISCORD_PUBLIC_KEY), served by every instance itself: a request
 * without Discord's signature is refused with 401 (Discord checks this before it accepts the URL);
 * a PING is answered with a PONG; a command, button or autocomplete is answered in the response
 * itself — at once when its answer is ready within a second, else deferred ("thinking…") and
 * edited in through the interaction's webhook, as from the gateway. Those follow-ups carry the
 * interaction's own token and are outside the bot's global limit, so each instance paces its own.
 */
export function createInteractionsEndpoint(token: string, deps: InteractionsEndpointDeps): InteractionsEndpoint {
  const log = deps.logger.child({ platform: 'discord', via: 'http' });
  const key = interactionsKey(deps.publicKey);
  const lane = createLimiter(DISCORD_LIMITS);
  const paced = createPacedRest(createRestClient(token, { apiRoot: deps.apiRoot }), lane, log);
  const inflight = new Set<Promise<unknown>>();
  const interactionDeps: InteractionDeps = { ...deps, responder: createResponder(paced, log, deps.deferAfterMs), logger: log, busy: () => inflight.size >= BUSY_AT };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_BODY_BYTES);
    } catch (err) {
      if (err instanceof BodyTooLargeError) return send(res, 413);
      throw err;
    }
    if (!signedByDiscord(key, req.headers['x-signature-ed25519'], req.headers['x-signature-timestamp'], raw)) return send(res, 401, { error: 'invalid request signature' });
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return send(res, 400, { error: 'the body is not JSON' });
    }
    const parsed = parseApiInteraction(body);
    if (!parsed.ok) {
      log.warn({ problem: parsed.problem }, 'a signed interaction the bot cannot read was refused');
      return send(res, 400, { error: 'not an interaction this bot reads' });
    }
    if (parsed.value.type === (InteractionType.Ping as number)) return send(res, 200, { type: InteractionResponseType.Pong });
    const it = fromApi(parsed.value);
    if (!it) {
      log.debug({ type: parsed.value.type }, 'an interaction that is not one of ours');
      return send(res, 400, { error: 'not an interaction of this bot' });
    }
    let answer: (r: APIInteractionResponse) => void = () => undefined;
    const answered = new Promise<APIInteractionResponse>((resolve) => (answer = resolve));
    it.facts.ref.respond = answer;
    const work = handleInteraction(interactionDeps, it);
    const done = work.then(
      (ours) => ({ ours, err: null }),
      (err: unknown) => ({ ours: true, err }),
    );
    inflight.add(done);
    void done.finally(() => inflight.delete(done));
    const first = await Promise.race([answered, done]);
    if ('type' in first) {
      send(res, 200, first);
      // What happens after the first answer (the edit of a deferred one) can still fail: say so.
      void done.then((d) => d.err && log.error({ err: d.err, interaction: it.facts.ref.id }, 'a Discord interaction failed after its first answer'));
      return;
    }
    if (first.err) log.error({ err: first.err, interaction: it.facts.ref.id }, 'a Discord interaction failed before it was answered');
    send(res, first.ours ? 500 : 400);
  }

  return {
    route: { path: INTERACTIONS_PATH, handle },
    async close() {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...inflight]), new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS)))]).finally(() => clearTimeout(timer));
      lane.close();
    },
  };
}
