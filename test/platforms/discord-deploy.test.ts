import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.ts';
import { runCli, scratchEnv } from '../helpers/cli.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

const discordEnv = (extra: Record<string, string> = {}) => ({ DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_ROOT: fake.api, ...extra });
const puts = () => fake.requests.filter((r) => r.method === 'PUT');

describe('ee-draw-bot deploy-commands against the fake Discord', () => {
  it('registers every command globally in one bulk overwrite and prints what it registered', async () => {
    const before = puts().length;
    const r = await runCli(['deploy-commands'], discordEnv());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(puts().length - before).toBe(1);
    expect(puts().at(-1)?.route).toBe('/applications/:app/commands');
    expect(puts().at(-1)?.status).toBe(200);
    expect(fake.commands().map((c) => c.name)).toEqual(commands.map((c) => c.name));
    expect(r.stdout).toMatch(new RegExp(`Registered ${commands.length} slash commands globally`));
    expect(r.stdout).toMatch(/\/notify \[score\] \[programs\] \[profile\] \[off\]\s+Ping me when/);
    const notify = fake.commands().find((c) => c.name === 'notify');
    expect(notify?.['options']).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'score', type: 4, min_value: 0, max_value: 1200 })]));
  });

  it('registers in DISCORD_GUILD_ID when it is set, and only there', async () => {
    const guild = fake.createGuild({ name: 'Dev server' });
    const globalBefore = fake.commands().length;
    const r = await runCli(['deploy-commands'], discordEnv({ DISCORD_GUILD_ID: guild.id }));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`in guild ${guild.id}`));
    expect(fake.commands(guild.id).map((c) => c.name)).toEqual(commands.map((c) => c.name));
    expect(fake.commands().length).toBe(globalBefore);
    expect(fake.commandOverwrites.at(-1)?.scope).toBe(guild.id);
  });

  it('names the missing variables and exits non-zero without calling Discord', async () => {
    const before = fake.requests.length;
    const r = await runCli(['deploy-commands'], { DISCORD_API_ROOT: fake.api });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/DISCORD_TOKEN and DISCORD_APPLICATION_ID are not set/);
    const onlyApp = await runCli(['deploy-commands'], { DISCORD_TOKEN: fake.token, DISCORD_API_ROOT: fake.api });
    expect(onlyApp.code).not.toBe(0);
    expect(onlyApp.stderr).toMatch(/DISCORD_APPLICATION_ID is not set/);
    expect(fake.requests.length).toBe(before);
  });

  it('says plainly when Discord refuses the token', async () => {
    const r = await runCli(['deploy-commands'], discordEnv({ DISCORD_TOKEN: 'not-the-token' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Discord refused DISCORD_TOKEN \(401 Unauthorized\)/);
    expect(r.stderr).not.toContain('not-the-token');
  });
});

describe('ee-draw-bot doctor checks the Discord token', () => {
  it('names the bot the token belongs to, or says plainly that Discord refused it', async () => {
    const { env } = scratchEnv([]);
    const ok = await runCli(['doctor'], { ...env, ...discordEnv() });
    expect(ok.stdout).toMatch(/Discord: the token belongs to EE Draw Bot/);
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/users/@me')).toBe(true);
    const refused = await runCli(['doctor'], { ...env, ...discordEnv({ DISCORD_TOKEN: 'wrong-token' }) });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/FAIL {2}Discord: Discord refused DISCORD_TOKEN \(401 Unauthorized\)/);
  });
});
