import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { InteractionResponseType, InteractionType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import type { Invocation } from '../../src/commands/handle-command.ts';
import { loadConfig } from '../../src/config/env.ts';
import { interactionsFinding } from '../../src/platforms/discord/check-interactions.ts';
import { createInteractionsEndpoint, INTERACTIONS_PATH, type InteractionsEndpoint } from '../../src/platforms/discord/interactions-endpoint.ts';
import { interactionsKey, signedByDiscord } from '../../src/platforms/discord/verify-signature.ts';
import { closeServer, listenOnLoopback } from '../fakes/loopback.ts';
import { waitFor } from '../helpers/cli.ts';
import { interactionKeys } from '../helpers/discord-endpoint.ts';
import { silentLogger } from '../helpers/stores.ts';

describe("Discord's request signature", () => {
  it('checks Ed25519 over the timestamp and the body: RFC 8032 test vector 1, and nothing else passes', () => {
    const key = interactionsKey('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    const sig = 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
    expect(signedByDiscord(key, sig, '', Buffer.alloc(0))).toBe(true);
    expect(signedByDiscord(key, sig, '1', Buffer.alloc(0))).toBe(false);
    expect(signedByDiscord(key, sig.replace(/^e5/, 'e6'), '', Buffer.alloc(0))).toBe(false);
    expect(signedByDiscord(key, sig.slice(2), '', Buffer.alloc(0))).toBe(false);
    expect(signedByDiscord(key, undefined, '', Buffer.alloc(0))).toBe(false);
    expect(signedByDiscord(key, [sig, sig], '', Buffer.alloc(0))).toBe(false);
    expect(() => interactionsKey('not-hex')).toThrow(/64 hexadecimal characters/);
  });
});

describe('doctor on how Discord delivers interactions', () => {
  const key = 'ab'.repeat(32);
  it('says when the Developer Portal and DISCORD_PUBLIC_KEY disagree', () => {
    expect(interactionsFinding({ verify_key: key }, undefined)).toEqual({ level: 'ok', text: 'Discord interactions: through the gateway' });
    expect(interactionsFinding({ verify_key: key, interactions_endpoint_url: 'https://bot.example.org/discord/interactions' }, undefined).level).toBe('fail');
    expect(interactionsFinding({ verify_key: key, interactions_endpoint_url: 'https://bot.example.org/discord/interactions' }, 'cd'.repeat(32)).text).toMatch(/not this application's public key/);
    expect(interactionsFinding({ verify_key: key }, key.toUpperCase()).level).toBe('warn');
    expect(interactionsFinding({ verify_key: key, interactions_endpoint_url: 'https://bot.example.org/discord/interactions' }, key)).toEqual({
      level: 'ok',
      text: 'Discord interactions: Discord posts them to https://bot.example.org/discord/interactions',
    });
  });
});

let app: App;
let endpoint: InteractionsEndpoint;
let server: Server;
let url: string;
let privateKey: KeyObject;
let keyHex: string;
const invocations: Invocation[] = [];

beforeAll(async () => {
  app = await createApp({ config: loadConfig({ STORE_URL: 'memory://', COMMAND_RATE_LIMIT: 'off' }), logger: silentLogger });
  const keys = interactionKeys();
  privateKey = keys.privateKey;
  keyHex = keys.publicKeyHex;
  endpoint = createInteractionsEndpoint('MTAwMDAwMDAwMDAwMDAwMDAw.fake.discord-token_abc', {
    publicKey: keys.publicKeyHex,
    apiRoot: 'http://127.0.0.1:9/api',
    handleCommand: (inv) => {
      invocations.push(inv);
      return app.handleCommand(inv);
    },
    commands: app.commands,
    programs: app.programs,
    localizer: app.localizer,
    logger: silentLogger,
  });
  server = createServer((req, res) => void endpoint.route.handle(req, res));
  url = `http://127.0.0.1:${await listenOnLoopback(server)}${INTERACTIONS_PATH}`;
});
afterAll(async () => {
  await endpoint.close();
  await closeServer(server);
  await app.close();
});

const post = async (body: string | Buffer, headers: Record<string, string> = {}, to = url) => {
  const res = await fetch(to, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
};
const signed = (body: unknown, timestamp = String(Math.floor(Date.now() / 1000)), to = url) => {
  const raw = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return post(raw, { 'x-signature-ed25519': sign(null, Buffer.concat([Buffer.from(timestamp), raw]), privateKey).toString('hex'), 'x-signature-timestamp': timestamp }, to);
};
const user = { id: '200000000000000001', username: 'candidate', global_name: '@everyone' };
const command = (name: string, options: { name: string; type: number; value: unknown }[] = [], extra: Record<string, unknown> = {}) => ({
  id: '300000000000000001',
  application_id: '100000000000000000',
  token: 'interaction-token',
  type: InteractionType.ApplicationCommand,
  locale: 'en-US',
  channel_id: '400000000000000001',
  user,
  data: { id: '500000000000000001', name, type: 1, options },
  ...extra,
});

describe('Discord interactions over HTTP (DISCORD_PUBLIC_KEY)', () => {
  it('answers a signed PING with a PONG', async () => {
    expect(await signed({ id: '1', application_id: '100000000000000000', token: 't', type: InteractionType.Ping, version: 1 })).toEqual({ status: 200, json: { type: InteractionResponseType.Pong } });
  });

  it('refuses with 401, running nothing, a command without a signature, with a wrong one, or signed for another body or time', async () => {
    const body = JSON.stringify(command('subscribe', [{ name: 'programs', type: 3, value: 'cec' }]));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const goodSig = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey).toString('hex');
    const otherKey = generateKeyPairSync('ed25519').privateKey;
    const attempts: Record<string, string>[] = [
      {},
      { 'x-signature-timestamp': timestamp },
      { 'x-signature-ed25519': goodSig },
      { 'x-signature-ed25519': goodSig, 'x-signature-timestamp': String(Number(timestamp) + 1) },
      { 'x-signature-ed25519': sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), otherKey).toString('hex'), 'x-signature-timestamp': timestamp },
      { 'x-signature-ed25519': 'zz'.repeat(64), 'x-signature-timestamp': timestamp },
    ];
    for (const headers of attempts) expect((await post(body, headers)).status, JSON.stringify(Object.keys(headers))).toBe(401);
    expect((await post(`${body} `, { 'x-signature-ed25519': goodSig, 'x-signature-timestamp': timestamp })).status).toBe(401);
    expect(invocations).toEqual([]);
  });

  it('answers a signed command in the response itself, pinging nobody whatever the user is called', async () => {
    const r = await signed(command('latest', [{ name: 'program', type: 3, value: 'cec' }]));
    expect(r.status).toBe(200);
    expect(r.json?.['type']).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = r.json?.['data'] as Record<string, unknown>;
    expect(JSON.stringify(data['embeds'])).toContain('#436');
    expect(data['allowed_mentions']).toEqual({ parse: [] });
    expect(invocations.at(-1)).toMatchObject({ chat: { platform: 'discord', id: '400000000000000001', kind: 'private' }, user: { id: user.id, name: '@everyone' }, lang: { client: 'en-US' } });
  });

  it('reads a server channel, a thread and the member’s permissions from the interaction as Discord sends it', async () => {
    const member = { user, permissions: String(1n << 4n) }; // Manage Channels
    const inThread = command('subscribe', [{ name: 'programs', type: 3, value: 'cec' }], {
      guild_id: '600000000000000001',
      channel: { id: '400000000000000002', type: 11 },
      channel_id: '400000000000000002',
      app_permissions: String((1n << 10n) | (1n << 14n)), // View Channel, Embed Links: no Send Messages in Threads
      member,
      user: undefined,
    });
    const r = await signed(inThread);
    expect(r.status).toBe(200);
    const inv = invocations.at(-1);
    expect(inv?.chat).toEqual({ platform: 'discord', id: '400000000000000002', kind: 'group', pingStyle: 'dm', missingRights: ['Send Messages in Threads'] });
    expect(await inv?.isAdmin?.()).toBe(true);
    await signed({ ...inThread, member: { user, permissions: '0' } });
    expect(await invocations.at(-1)?.isAdmin?.()).toBe(false);
  });

  it('answers autocomplete with choices and a button of ours only to the one who pressed it', async () => {
    const auto = await signed({ ...command('latest', [{ name: 'program', type: 3, value: 'provin', focused: true } as never]), type: InteractionType.ApplicationCommandAutocomplete });
    expect(auto.json).toEqual({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [{ name: 'PNP — Provincial Nominee Program', value: 'pnp' }] } });
    const button = await signed({ ...command('x'), type: InteractionType.MessageComponent, data: { custom_id: 'cmd:/latest cec', component_type: 2 } });
    expect(button.json?.['type']).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect((button.json?.['data'] as { flags?: number }).flags).toBe(MessageFlags.Ephemeral);
  });

  it('refuses with a clear 4xx what is signed but not for this bot: not JSON, not an interaction, a modal, a button of another bot, a huge body', async () => {
    expect((await signed('{not json')).status).toBe(400);
    expect((await signed({ hello: 'world' })).status).toBe(400);
    expect((await signed({ ...command('x'), type: InteractionType.ModalSubmit, data: { custom_id: 'm', components: [] } })).status).toBe(400);
    expect((await signed({ ...command('x'), type: InteractionType.MessageComponent, data: { custom_id: 'poll:yes', component_type: 2 } })).status).toBe(400);
    expect((await signed(JSON.stringify({ pad: 'x'.repeat(300 * 1024) }))).status).toBe(413);
  });

  it('acknowledges at once ("thinking…") what comes beyond 16 interactions being answered, so a burst still meets Discord\u2019s 3 s', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const slow = createInteractionsEndpoint('MTAwMDAwMDAwMDAwMDAwMDAw.fake.discord-token_abc', {
      publicKey: keyHex,
      apiRoot: 'http://127.0.0.1:9/api',
      // Never deferred for taking long: only being busy can acknowledge first here.
      deferAfterMs: 600_000,
      handleCommand: async (inv) => {
        started++;
        await held;
        return app.handleCommand(inv);
      },
      commands: app.commands,
      programs: app.programs,
      localizer: app.localizer,
      logger: silentLogger,
    });
    const slowServer = createServer((req, res) => void slow.route.handle(req, res));
    const slowUrl = `http://127.0.0.1:${await listenOnLoopback(slowServer)}${INTERACTIONS_PATH}`;
    try {
      const types: number[] = [];
      const all = Array.from({ length: 20 }, (_, i) =>
        signed(
          command('latest', [{ name: 'program', type: 3, value: 'cec' }], { id: String(310000000000000000n + BigInt(i)), user: { ...user, id: String(210000000000000000n + BigInt(i)) } }),
          undefined,
          slowUrl,
        ).then((r) => {
          types.push(r.json?.['type'] as number);
          return r;
        }),
      );
      await waitFor(() => types.length >= 4, 20_000, 'four answers while every command is still held');
      expect(types).toEqual(Array(4).fill(InteractionResponseType.DeferredChannelMessageWithSource));
      expect(started).toBe(20);
      release();
      const done = await Promise.all(all);
      expect(done.filter((r) => r.json?.['type'] === InteractionResponseType.ChannelMessageWithSource)).toHaveLength(16);
      expect(done.filter((r) => r.json?.['type'] === InteractionResponseType.DeferredChannelMessageWithSource)).toHaveLength(4);
    } finally {
      release();
      await slow.close();
      await closeServer(slowServer);
    }
  });
});
