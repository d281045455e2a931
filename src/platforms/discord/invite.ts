import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

/**
 * What the bot needs in a server, and nothing more: see channels, post alerts (in threads and
 * forum posts too) as embeds, attach charts. Crossposting its own messages in an announcement
 * channel needs only Send Messages; slash commands need the applications.commands scope.
 */
export const INVITE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.SendMessagesInThreads | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.AttachFiles;

/** The OAuth2 URL that adds the bot to a server with its slash commands and those permissions. */
export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({ client_id: applicationId, scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '), permissions: INVITE_PERMISSIONS.toString() });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
