import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  Locale,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type LocalizationMap,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition, CommandOption, Localized } from '../../commands/types.ts';

/** Discord's bound on a description (command, option) and on a choice's name. */
export const DESCRIPTION_LIMIT = 100;

/** Where registered: global commands may say in which contexts they appear; guild commands may not. */
export type CommandScope = 'global' | 'guild';

const fit = (text: string): string => (text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`);

/** English for both English locales Discord has, French for French; the default (unlocalized) text is English. */
function localizations(text: Localized, shape: (s: string) => string = (s) => s): LocalizationMap {
  return { [Locale.EnglishUS]: shape(text.en), [Locale.EnglishGB]: shape(text.en), [Locale.French]: shape(text.fr) };
}

const TYPES = { string: ApplicationCommandOptionType.String, integer: ApplicationCommandOptionType.Integer, boolean: ApplicationCommandOptionType.Boolean } as const;

/** One option as Discord takes it: the typed shape where the definition gives one, bounds, suggestions or a menu. */
export function optionJSON(o: CommandOption): APIApplicationCommandBasicOption {
  const type = o.typed?.type ?? o.type;
  const description = o.typed?.description ?? o.description;
  const min = o.typed?.min ?? o.min;
  const max = o.typed?.max ?? o.max;
  const base = {
    name: o.name,
    description: fit(description.en),
    description_localizations: localizations(description, fit),
    ...(o.names ? { name_localizations: localizations(o.names) } : {}),
    required: o.typed?.required ?? o.required ?? false,
  };
  if (type === 'boolean') return { ...base, type: ApplicationCommandOptionType.Boolean };
  if (type === 'integer') return { ...base, type: TYPES.integer, ...(min !== undefined ? { min_value: min } : {}), ...(max !== undefined ? { max_value: max } : {}) };
  // Suggestions and a menu exclude each other on Discord; a closed list is the stronger promise.
  if (o.choices) return { ...base, type: TYPES.string, choices: o.choices.map((c) => ({ name: fit(c.name.en), name_localizations: localizations(c.name, fit), value: c.value })) };
  return { ...base, type: TYPES.string, ...(o.suggest ? { autocomplete: true } : {}) };
}

/**
 * A chat command as a Discord slash command, from the one platform-neutral definition.
 * Command names are the same in every language — they are the bot's vocabulary in /help, in
 * examples and on Telegram — so their localizations repeat the name; descriptions, option names
 * and choices are English and French. Commands for admins default to members with Manage
 * Channels (a server can change that in its Integrations settings; the handler checks again).
 */
export function slashCommand(command: CommandDefinition, scope: CommandScope): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const options = command.options.map(optionJSON);
  // Discord wants required options first; the order within each group is the definition's.
  const ordered = [...options.filter((o) => o.required), ...options.filter((o) => !o.required)];
  return {
    name: command.name,
    name_localizations: localizations({ en: command.name, fr: command.name }),
    description: fit(command.description.en),
    description_localizations: localizations(command.description, fit),
    ...(ordered.length > 0 ? { options: ordered } : {}),
    ...(command.adminInGroups ? { default_member_permissions: String(PermissionFlagsBits.ManageChannels) } : {}),
    ...(scope === 'global' ? { contexts: [InteractionContextType.Guild, InteractionContextType.BotDM], integration_types: [ApplicationIntegrationType.GuildInstall] } : {}),
  };
}

/** Every chat command, in /help's order: the body of one bulk overwrite. */
export const slashCommands = (commands: readonly CommandDefinition[], scope: CommandScope): RESTPostAPIChatInputApplicationCommandsJSONBody[] => commands.map((c) => slashCommand(c, scope));
