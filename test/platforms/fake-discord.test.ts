import { once } from 'node:events';
import { ChannelType, Client, Events, GatewayIntentBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fake(opts: Parameters<typeof startFakeDiscord>[0] = {}): Promise<FakeDiscord> {
  const f = await startFakeDiscord(opts);
  cleanups.push(() => f.close());
  return f;
}

async function connect(f: FakeDiscord, extra: Partial<ConstructorParameters<typeof Client>[0]> = {}): Promise<Client<true>> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: f.api }, ...extra });
  client.on('debug', (m) => process.env['FD_DEBUG'] && console.log(m));
  cleanups.push(() => client.destroy());
  const ready = once(client, Events.ClientReady);
  await client.login(f.token);
  await ready;
  return client as Client<true>;
}

describe('fake Discord drives discord.js', () => {
  it('logs in, becomes ready, fills the guild cache', async () => {
    const f = await fake();
    const g = f.createGuild({ name: 'Study group' });
    const text = f.createChannel(g.id, { name: 'alerts' });
    const news = f.createChannel(g.id, { name: 'news', type: ChannelType.GuildAnnouncement });
    const client = await connect(f);
    expect(client.guilds.cache.get(g.id)?.name).toBe('Study group');
    expect(client.channels.cache.get(text.id)?.type).toBe(ChannelType.GuildText);
    expect(client.channels.cache.get(news.id)?.type).toBe(ChannelType.GuildAnnouncement);
    expect(f.identifies[0]?.intents).toBe(GatewayIntentBits.Guilds);
  });
});
