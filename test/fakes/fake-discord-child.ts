/**
 * A bot process for the fake Discord's exit test: log in (Guilds intent, REST at the fake), send one
 * message, destroy the client, and then do nothing — the process must exit on its own.
 */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type SendableChannels } from 'discord.js';

const api = process.env['FAKE_DISCORD_API'];
const token = process.env['FAKE_DISCORD_TOKEN'];
const channelId = process.env['FAKE_DISCORD_CHANNEL'];
if (!api || !token || !channelId) throw new Error('FAKE_DISCORD_API, FAKE_DISCORD_TOKEN and FAKE_DISCORD_CHANNEL are required');

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api } });
const ready = once(client, Events.ClientReady);
await client.login(token);
await ready;
await (client.channels.cache.get(channelId) as SendableChannels).send('hello from a child process');
process.stdout.write('sent\n');
await client.destroy();
process.stdout.write('destroyed\n');
