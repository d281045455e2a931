import { DiscordAPIError, Routes, type APIApplicationCommand } from 'discord.js';
import type { CommandDefinition } from '../../commands/types.ts';
import { createRestClient, type RestClientOptions } from './rest-client.ts';
import { slashCommands } from './slash-commands.ts';

export interface DeployOptions extends RestClientOptions {
  token: string;
  applicationId: string;
  /** Register in this guild only (development: changes show at once); absent: globally. */
  guildId?: string | undefined;
}

/** What Discord stored: each command's name and id, and where. */
export interface Deployed {
  scope: 'global' | { guildId: string };
  commands: { name: string; id: string; description: string; options: { name: string; required: boolean }[] }[];
}

/** Discord's "Invalid Form Body" as lines a person can act on ("0.options.1.description: Must be between 1 and 100 in length."). */
function formErrors(err: DiscordAPIError): string {
  const lines: string[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '_errors' && Array.isArray(value)) for (const e of value as { message?: string }[]) lines.push(`  ${path.join('.')}: ${e.message ?? '?'}`);
      else walk(value, [...path, key]);
    }
  };
  walk((err.rawError as { errors?: unknown }).errors, []);
  return lines.join('\n');
}

/**
 * One bulk overwrite (PUT) of every slash command: commands no longer defined disappear, the
 * others keep their ids. Throws an Error whose message says in plain words what Discord refused.
 */
export async function deployCommands(commands: readonly CommandDefinition[], opts: DeployOptions): Promise<Deployed> {
  const scope = opts.guildId ? 'guild' : 'global';
  const route = opts.guildId ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId) : Routes.applicationCommands(opts.applicationId);
  try {
    const stored = (await createRestClient(opts.token, opts).put(route, { body: slashCommands(commands, scope) })) as APIApplicationCommand[];
    return {
      scope: opts.guildId ? { guildId: opts.guildId } : 'global',
      commands: stored.map((c) => ({
        name: c.name,
        id: c.id,
        description: c.description,
        options: (c.options ?? []).map((o) => ({ name: o.name, required: 'required' in o && o.required === true })),
      })),
    };
  } catch (err) {
    if (!(err instanceof DiscordAPIError)) throw new Error(`cannot reach Discord's API: ${(err as Error).message}`, { cause: err });
    if (err.status === 401) throw new Error('Discord refused DISCORD_TOKEN (401 Unauthorized): copy it again from the Developer Portal (Bot → Reset Token)', { cause: err });
    if (err.code === 50001 || err.status === 403)
      throw new Error(
        `Discord refused (${err.message}): check DISCORD_APPLICATION_ID${opts.guildId ? ', and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope' : ''}`,
        { cause: err },
      );
    if (err.code === 10004) throw new Error(`Discord does not know DISCORD_GUILD_ID ${opts.guildId ?? ''} (Unknown Guild)`, { cause: err });
    const details = err.code === 50035 ? `\n${formErrors(err)}` : '';
    throw new Error(`Discord refused the commands (${err.status} ${err.message})${details}`, { cause: err });
  }
}
