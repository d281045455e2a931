import { ComponentType, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { inert, renderMessage } from '../../src/platforms/discord/render-message.ts';
import type { Json } from '../fakes/fake-discord-model.ts';
import { validateMessage } from '../fakes/fake-discord-validate.ts';

describe('replies as Discord messages', () => {
  it('makes feed and user text inert: markdown shows as typed, mention syntax cannot even look like a mention', () => {
    expect(inert('**CEC** _draw_ @everyone @here <@123456789012345678> <@&42> <#7>')).toBe(
      '\\*\\*CEC\\*\\* \\_draw\\_ @\u200beveryone @\u200bhere <@\u200b123456789012345678> <@\u200b&42> <#\u200b7>',
    );
  });

  it('renders a card with its image, a plain line of text otherwise, within Discord’s limits', () => {
    const card = renderMessage({
      title: 'x'.repeat(300),
      text: 'y'.repeat(5000),
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'z'.repeat(2000) })),
      image: { filename: 'chart.png', data: new Uint8Array([1, 2, 3]), alt: 'a chart' },
      buttons: Array.from({ length: 30 }, (_, i) => ({ label: `b${i}`, command: `/history cec ${i}` })),
      colour: '#ff0000',
    });
    expect(validateMessage(card.body as Json, { fileCount: card.files.length, creating: true, ephemeralAllowed: true }).errors.body()).toBeNull();
    expect(card.body.embeds?.[0]).toMatchObject({ image: { url: 'attachment://chart.png' }, color: 0xff0000 });
    // Over Discord's 6,000 characters for an embed: the last fields go first.
    expect(card.body.embeds?.[0]?.fields?.length).toBeGreaterThan(0);
    const few = renderMessage({ title: 'T', fields: Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'v' })) });
    expect(few.body.embeds?.[0]?.fields).toHaveLength(25);
    expect(card.body.components).toHaveLength(5);
    expect((card.body.components?.[0] as { components: unknown[] } | undefined)?.components[0]).toMatchObject({ type: ComponentType.Button, custom_id: 'cmd:/history cec 0' });
    expect(card.files).toEqual([{ name: 'chart.png', data: Buffer.from([1, 2, 3]), contentType: 'image/png' }]);

    const line = renderMessage({ text: 'w'.repeat(3000), error: true }, { ephemeral: true });
    expect(line.body.content).toHaveLength(2000);
    expect(line.body.embeds).toBeUndefined();
    expect(line.body.flags).toBe(MessageFlags.Ephemeral);
    expect(line.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('lets a personal ping mention its one user and nobody else', () => {
    const ping = renderMessage({ title: 'Your score', text: 'clears it' }, { mentionUserId: '123456789012345678' });
    expect(ping.body.content).toBe('<@123456789012345678>');
    expect(ping.body.allowed_mentions).toEqual({ parse: [], users: ['123456789012345678'] });
  });
});
