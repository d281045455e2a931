import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { inviteUrl } from '../../src/platforms/discord/invite.ts';

describe('the invite URL', () => {
  it('asks for the bot and applications.commands scopes and only the permissions alerts and charts need', () => {
    const url = new URL(inviteUrl('1000000000000000001'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('1000000000000000001');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    const permissions = BigInt(url.searchParams.get('permissions') ?? '0');
    const P = PermissionFlagsBits;
    expect(permissions).toBe(P.ViewChannel | P.SendMessages | P.SendMessagesInThreads | P.EmbedLinks | P.AttachFiles);
    expect(permissions.toString()).toBe('274877959168');
    expect(permissions & (P.Administrator | P.MentionEveryone | P.ManageMessages)).toBe(0n);
  });
});
