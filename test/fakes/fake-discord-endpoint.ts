import { sign, type KeyObject } from 'node:crypto';
import { InteractionResponseType, InteractionType } from 'discord.js';
import { DiscordError } from './fake-discord-http.ts';
import type { InteractionBook, InteractionRecord } from './fake-discord-interactions.ts';
import type { Json } from './fake-discord-model.ts';
import { isObj } from './fake-discord-validate.ts';

/**
 * Discord's side of an Interactions Endpoint URL: every interaction is POSTed there, signed with
 * the application's Ed25519 key, and the response body is the interaction's first answer, checked
 * like a callback (the same rules, the same 3 s). Saving the URL first checks it as Discord does:
 * a signed PING must get a PONG and a wrongly signed one a 401.
 */
export class InteractionsEndpointClient {
  private readonly inflight = new Set<Promise<void>>();

  constructor(
    private readonly url: string,
    private readonly key: KeyObject,
    private readonly book: InteractionBook,
    private readonly changed: () => void,
  ) {}

  private post(body: Json, opts: { badSignature?: boolean } = {}): Promise<Response> {
    const raw = Buffer.from(JSON.stringify(body));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.concat([Buffer.from(timestamp), raw]), this.key);
    if (opts.badSignature) signature[0] = (signature[0] ?? 0) ^ 0xff;
    return fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': signature.toString('hex'),
        'x-signature-timestamp': timestamp,
        'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)',
      },
      body: raw,
      signal: AbortSignal.timeout(this.book.opts.deadlineMs),
    });
  }

  /** What Discord does when the URL is saved in the Developer Portal; throws with the reason when it would refuse it. */
  async verify(): Promise<void> {
    const ping = { id: '1', application_id: this.book.opts.applicationId, type: InteractionType.Ping, token: 'ping-token', version: 1 };
    const good = await this.post(ping);
    const pong: unknown = await good.json().catch(() => null);
    if (good.status !== 200 || !isObj(pong) || pong['type'] !== InteractionResponseType.Pong)
      throw new Error(`fake Discord: the endpoint answered a signed PING with ${good.status} ${JSON.stringify(pong)}, not a PONG`);
    const bad = await this.post(ping, { badSignature: true });
    await bad.arrayBuffer();
    if (bad.status !== 401) throw new Error(`fake Discord: the endpoint answered a wrongly signed PING with ${bad.status}, not 401`);
  }

  /** Posts the interaction; its response becomes the callback (or a refusal the test can read). */
  deliver(rec: InteractionRecord): void {
    const p = this.post(rec.payload)
      .then(async (res) => {
        const text = await res.text();
        if (res.status !== 200) return this.refused(rec, `the endpoint answered ${res.status}`, res.status);
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          return this.refused(rec, 'the endpoint answered with something that is not JSON', 200);
        }
        try {
          this.book.callback(rec.id, rec.token, isObj(body) ? body : null, [], false);
        } catch (err) {
          // Recorded by the book as a refused callback.
          if (!(err instanceof DiscordError)) throw err;
        }
      })
      .catch((err: unknown) => this.refused(rec, `the endpoint did not answer: ${(err as Error).message}`, 0));
    this.inflight.add(p);
    void p.finally(() => this.inflight.delete(p));
  }

  private refused(rec: InteractionRecord, what: string, status: number): void {
    rec.refused.push({ at: Date.now(), what, stage: 'callback', status, code: 0 });
    this.changed();
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.inflight]);
  }
}
