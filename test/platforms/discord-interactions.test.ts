import { InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandHandler } from '../../src/commands/handle-command.ts';
import { startDiscordBot, type DiscordBot } from './discord-harness.ts';

const embedText = (m: { embeds: Record<string, unknown>[] }) => JSON.stringify(m.embeds);

// The same behaviour whichever way Discord delivers interactions: the gateway, or signed POSTs to the bot's endpoint (DISCORD_PUBLIC_KEY).
describe.each(['gateway', 'http'] as const)('Discord slash commands (interactions by %s)', (via) => {
  let bot: DiscordBot;
  beforeAll(async () => {
    bot = await startDiscordBot({ via });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('answers /latest program:cec with round #436 and its cutoff 523 in an embed, in French for a French client', async () => {
    const { fake, users, channels } = bot;
    const en = await fake.slash({ user: users.member.id, channel: channels.text.id, name: 'latest', options: { program: 'cec' } }).reply();
    expect(en.embeds[0]).toMatchObject({ title: 'Latest draw: Canadian Experience Class' });
    expect(embedText(en)).toContain('#436');
    expect(embedText(en)).toMatch(/"Minimum CRS","value":"523"/);
    expect(en.ephemeral).toBe(false);
    for (const locale of ['fr', 'fr-CA']) {
      const fr = await fake.slash({ user: users.member.id, channel: channels.text.id, name: 'latest', options: { program: 'cec' }, locale }).reply();
      expect(fr.embeds[0]?.['title']).toBe("Dernière ronde : Catégorie de l'expérience canadienne");
      expect(embedText(fr)).toMatch(/"SCG minimum","value":"523"|523/);
    }
  });

  it('answers history, stats and pool as embeds, and a bad argument only to the user who typed it', async () => {
    const { fake, users, channels } = bot;
    for (const [name, options] of [
      ['history', { program: 'cec', count: 5 }],
      ['stats', { program: 'cec', period: '1y' }],
      ['pool', {}],
    ] as const) {
      const r = await fake.slash({ user: users.member.id, channel: channels.text.id, name, options }).reply();
      expect(r.embeds.length, name).toBe(1);
    }
    const bad = await fake.slash({ user: users.member.id, channel: channels.text.id, name: 'latest', options: { program: 'astronauts' } }).reply();
    expect(bad.ephemeral).toBe(true);
    expect(bad.content).toMatch(/"astronauts" is not a program I know/);
  });

  it('suggests programs by code, English or French name while the user types', async () => {
    const { fake, users, channels } = bot;
    const choices = await fake.autocomplete({ user: users.member.id, channel: channels.text.id, name: 'latest', options: { program: 'provin' }, focused: 'program' }).choices();
    expect(choices).toEqual([{ name: 'PNP — Provincial Nominee Program', value: 'pnp' }]);
    const fr = await fake.autocomplete({ user: users.admin.id, channel: channels.text.id, name: 'subscribe', options: { programs: 'cec, sant' }, focused: 'programs', locale: 'fr' }).choices();
    expect(fr).toEqual([{ name: 'cec Santé', value: 'cec healthcare' }]);
  });

  it('sends /chart as an attached PNG after deferring', async () => {
    const { fake, users, channels } = bot;
    const chart = fake.slash({ user: users.member.id, channel: channels.text.id, name: 'chart', options: { program: 'cec', period: '1y' } });
    const reply = await chart.reply(20_000);
    expect(chart.record.callback?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(reply.attachments).toEqual([expect.objectContaining({ filename: 'ee-cec-1y.png', contentType: 'image/png' })]);
    expect(reply.attachments[0]!.data.subarray(1, 4).toString()).toBe('PNG');
    expect(reply.embeds[0]?.['image']).toEqual({ url: 'attachment://ee-cec-1y.png' });
  });

  it('lets a member with Manage Channels subscribe a channel, a thread, a forum post and an announcement channel; refuses others with a reason', async () => {
    const { fake, users, channels, app } = bot;
    for (const channel of [channels.text, channels.thread, channels.post, channels.news]) {
      const ok = await fake.slash({ user: users.admin.id, channel: channel.id, name: 'subscribe', options: { programs: 'cec' } }).reply();
      expect(ok.content).toMatch(/every new draw of CEC/);
      expect(await app.stores.subscriptions.getChat(`discord:${channel.id}:`)).toMatchObject({ programs: ['cec'] });
    }
    // Discord itself hides /subscribe from him (default_member_permissions); a server that opened it to everyone still gets the check.
    expect(() => fake.slash({ user: users.member.id, channel: channels.text.id, name: 'subscribe', options: { programs: 'pnp' } })).toThrow(/default_member_permissions/);
    const refused = await fake.slash({ user: users.member.id, channel: channels.text.id, name: 'unsubscribe', bypassDefaultPermissions: true }).reply();
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/Only this group’s or server’s admins can change its alerts/);
    expect(await app.stores.subscriptions.getChat(`discord:${channels.text.id}:`)).toBeDefined();
  });

  it('takes /notify score:510 programs:cec in a DM and in a server (there by DM, the channel as fallback), and /notify off:true', async () => {
    const { fake, users, channels, app } = bot;
    const dm = await fake.slash({ user: users.member.id, name: 'notify', options: { score: 510, programs: 'cec' } }).reply();
    expect(dm.content).toMatch(/I will ping you by direct message when a draw of CEC has a cutoff at or below 510/);
    expect((await app.stores.subscriptions.getThreshold(`discord:${users.member.id}`))?.ping).toEqual({ kind: 'dm', fallback: null });
    const inServer = await fake.slash({ user: users.admin.id, channel: channels.text.id, name: 'notify', options: { score: 480 } }).reply();
    expect(inServer.content).toMatch(/by direct message \(or, if your DMs are closed, with a mention in this channel\)/);
    expect((await app.stores.subscriptions.getThreshold(`discord:${users.admin.id}`))?.ping).toEqual({ kind: 'dm', fallback: { chatId: channels.text.id, threadId: null } });
    const off = await fake.slash({ user: users.admin.id, channel: channels.text.id, name: 'notify', options: { off: true } }).reply();
    expect(off.content).toMatch(/no more score pings/);
    const none = await fake.slash({ user: users.admin.id, channel: channels.text.id, name: 'notify' }).reply();
    expect(none.ephemeral).toBe(true);
  });

  it('answers /settings and /language in a DM; the chosen language wins over the client’s', async () => {
    const { fake, users } = bot;
    expect((await fake.slash({ user: users.member.id, name: 'settings' }).reply()).embeds[0]?.['title']).toBe('Settings');
    expect((await fake.slash({ user: users.member.id, name: 'language', options: { language: 'fr' } }).reply()).content).toMatch(/français/i);
    expect((await fake.slash({ user: users.member.id, name: 'settings', locale: 'en-US' }).reply()).embeds[0]?.['title']).toBe('Réglages');
    await fake.slash({ user: users.member.id, name: 'language', options: { language: 'en' } }).reply();
  });

  it('answers a button under a reply only to the member who pressed it', async () => {
    const { fake, users, channels } = bot;
    const history = await fake.slash({ user: users.member.id, channel: channels.text.id, name: 'history', options: { program: 'cec' } }).reply();
    const customId = 'cmd:/chart cec';
    expect(history.components.flatMap((r) => r['components'] as { custom_id: string }[]).map((b) => b.custom_id)).toContain(customId);
    const click = fake.click({ user: users.admin.id, message: history.id, customId });
    const answer = await click.reply(20_000);
    expect(answer.ephemeral).toBe(true);
    expect(answer.attachments[0]?.filename).toBe('ee-cec-6m.png');
  });

  it('paces replies without a single 429 and never sent anything Discord would warn about', () => {
    expect(bot.fake.rateLimits.tooManyRequests).toBe(0);
    expect(bot.fake.warnings).toEqual([]);
  });

  it('took every interaction the way Discord delivered it, and acknowledged each once', () => {
    const overGateway = bot.fake.dispatches.filter((d) => d.t === 'INTERACTION_CREATE').length;
    expect(overGateway).toBe(via === 'gateway' ? bot.fake.interactions.length : 0);
    expect(bot.fake.interactions.length).toBeGreaterThan(10);
    for (const r of bot.fake.interactions) {
      expect(r.callback, r.commandName ?? r.customId ?? '').not.toBeNull();
      expect(r.refused).toEqual([]);
    }
  });
});

describe.each(['gateway', 'http'] as const)('Discord answers when a command is slow or fails late (interactions by %s)', (via) => {
  it('acknowledges after a second, then replaces "thinking…" with the answer, or with the failure in the user’s language', async () => {
    let fail = false;
    let release: () => void = () => undefined;
    // Held until the test has seen the deferral: slow for as long as the test says, no clock involved.
    const slow: CommandHandler = async (invocation) => {
      if (invocation.input.kind === 'options' && invocation.input.name === 'settings') throw new Error('the store went away at once');
      await new Promise<void>((resolve) => (release = resolve));
      if (fail) throw new Error('the store went away');
      return { kind: 'reply', command: { name: 'latest', description: { en: '', fr: '' }, options: [], examples: [], run: () => Promise.resolve({}) }, reply: { title: 'Late but fine', text: 'ok' } };
    };
    const own = await startDiscordBot({ handleCommand: slow, via });
    try {
      const { fake, users, channels } = own;
      const ok = fake.slash({ user: users.member.id, channel: channels.text.id, name: 'latest' });
      expect((await ok.acknowledged()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
      release();
      expect((await ok.reply()).embeds[0]?.['title']).toBe('Late but fine');
      fail = true;
      const late = fake.slash({ user: users.member.id, channel: channels.text.id, name: 'latest', locale: 'fr' });
      expect((await late.acknowledged()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
      release();
      const answer = await late.reply();
      expect(answer.content).toBe(own.app.localizer.forLang('fr')('errors.internal'));
      expect(late.record.followUps).toEqual([]);
      expect(late.record.refused).toEqual([]);
      // Answered at once, a failure is shown only to the user who asked.
      const quick = await fake.slash({ user: users.member.id, channel: channels.text.id, name: 'settings' }).reply();
      expect(quick).toMatchObject({ ephemeral: true, flags: MessageFlags.Ephemeral });
      expect(quick.content).toBe(own.app.localizer.forLang('en')('errors.internal'));
    } finally {
      await own.stop();
    }
  });
});
