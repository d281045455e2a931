import { commands } from '../../commands/index.ts';
import { deployCommands } from '../platforms/discord/deploy.ts';
import { inviteUrl } from '../platforms/discord/invite.ts';
import { parseVerbArgs, type CliContext } from './context.ts';

/** `deploy-commands`: one PUT of every slash command; prints what Discord registered. */
export async function deployCommandsVerb(args: string[], { io, config }: CliContext): Promise<number> {
  // --help is answered by main from src/cli/help.ts before this verb loads.
  parseVerbArgs({ args, options: {}, strict: true });
  const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((name) => !config[name]);
  if (missing.length > 0) {
    io.stderr(
      `ee-draw-bot deploy-commands: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set. ` +
        'Set the bot token and the application id from the Discord Developer Portal (see .env.example and docs/discord.md).\n',
    );
    return 2;
  }
  const deployed = await deployCommands(commands, {
    token: config.DISCORD_TOKEN ?? '',
    applicationId: config.DISCORD_APPLICATION_ID ?? '',
    guildId: config.DISCORD_GUILD_ID,
    apiRoot: config.DISCORD_API_ROOT,
  });
  const where = deployed.scope === 'global' ? 'globally' : `in guild ${deployed.scope.guildId}`;
  // As Discord shows them: required options in <>, optional ones in [].
  const lines = deployed.commands.map((c) => `  ${[`/${c.name}`, ...c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`))].join(' ').padEnd(42)} ${c.description}`);
  const app = config.DISCORD_APPLICATION_ID ?? '';
  io.stdout(`Registered ${deployed.commands.length} slash commands ${where} for application ${app}:\n${lines.join('\n')}\n\nInvite the bot to a server with:\n  ${inviteUrl(app)}\n`);
  return 0;
}
