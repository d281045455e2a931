import { InteractionResponseType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.ts';
import { freePort } from '../fakes/loopback.ts';
import { runCli, scratchEnv, startCli } from '../helpers/cli.ts';
import { interactionKeys, saveEndpointWhenUp } from '../helpers/discord-endpoint.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => fake.close());

const { privateKey, publicKeyHex } = interactionKeys();
const discordEnv = () => ({ DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_ROOT: fake.api });

describe('Discord interactions over HTTP, end to end: the real `run` process with DISCORD_PUBLIC_KEY', () => {
  it('passes Discord’s endpoint check, answers commands in the response, edits a slow one in through the webhook, and stops cleanly', async () => {
    const guild = fake.createGuild({ name: 'HTTP study group' });
    const channel = fake.createChannel(guild.id, { name: 'draws' });
    const member = fake.createUser({ username: 'member' });
    fake.addMember(guild.id, member.id);
    const port = await freePort();
    const { env } = scratchEnv([], { ...discordEnv(), HTTP_PORT: String(port), DISCORD_PUBLIC_KEY: publicKeyHex });
    expect((await runCli(['deploy-commands'], env)).code).toBe(0);
    const bot = startCli(['run'], env);
    try {
      await saveEndpointWhenUp(fake, `http://127.0.0.1:${port}/discord/interactions`, privateKey);
      const dispatchedBefore = fake.dispatches.filter((d) => d.t === 'INTERACTION_CREATE').length;
      const latest = fake.slash({ user: member.id, channel: channel.id, name: 'latest', options: { program: 'cec' } });
      expect(JSON.stringify((await latest.reply(20_000)).embeds)).toContain('#436');
      const chart = fake.slash({ user: member.id, channel: channel.id, name: 'chart', options: { program: 'cec', period: '1y' } });
      const image = await chart.reply(30_000).catch((err: unknown) => {
        console.log(JSON.stringify(chart.record.callback), JSON.stringify(chart.record.refused), bot.out().slice(-3000), bot.err().slice(-3000));
        throw err;
      });
      expect(chart.record.callback?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
      expect(image.attachments[0]?.filename).toBe('ee-cec-1y.png');
      for (const i of [latest, chart]) expect(i.record.refused).toEqual([]);
      expect(fake.dispatches.filter((d) => d.t === 'INTERACTION_CREATE')).toHaveLength(dispatchedBefore);
      const doctor = await runCli(['doctor'], env);
      expect(doctor.stdout).toContain(`ok    Discord interactions: Discord posts them to http://127.0.0.1:${port}/discord/interactions`);
      // The same application without the key: its commands would go unanswered, and doctor says so.
      const gatewayEnv = Object.fromEntries(Object.entries(env).filter(([k]) => k !== 'DISCORD_PUBLIC_KEY' && k !== 'HTTP_PORT'));
      const unkeyed = await runCli(['doctor'], gatewayEnv);
      expect(unkeyed.code).toBe(1);
      expect(unkeyed.stdout).toMatch(/FAIL {2}Discord interactions: Discord posts them to \S+, but DISCORD_PUBLIC_KEY is not set/);
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
    expect(bot.err()).not.toContain(publicKeyHex);
    expect(bot.out()).not.toContain(fake.token);
  }, 90_000);

  it('refuses at start, in plain words, a malformed key, or a key without HTTP_PORT or DISCORD_TOKEN', async () => {
    const bad = await runCli(['run'], scratchEnv([], { ...discordEnv(), HTTP_PORT: '0', DISCORD_PUBLIC_KEY: 'abc123' }).env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/DISCORD_PUBLIC_KEY must be the application's public key: 64 hexadecimal characters/);
    const alone = await runCli(['run'], scratchEnv([], { DISCORD_PUBLIC_KEY: publicKeyHex }).env);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/DISCORD_PUBLIC_KEY is set but HTTP_PORT is not/);
    expect(alone.stderr).toMatch(/DISCORD_PUBLIC_KEY is set but DISCORD_TOKEN is not/);
  });
});
