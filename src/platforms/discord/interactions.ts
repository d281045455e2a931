import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { CommandHandler, CommandInput, Handled } from '../../commands/handle-command.ts';
import { suggest } from '../../commands/suggest.ts';
import type { CommandDefinition } from '../../commands/types.ts';
import type { Programs } from '../../config/programs.ts';
import { langFrom, type Localizer } from '../../i18n/localizer.ts';
import type { Logger } from '../../log.ts';
import type { Reply } from '../../reply/reply.ts';
import { invocationOf, optionsInput } from './invocation.ts';
import { BUTTON_PREFIX } from './render-message.ts';
import type { Responder } from './respond.ts';

export interface InteractionDeps {
  handleCommand: CommandHandler;
  commands: readonly CommandDefinition[];
  programs: Programs;
  localizer: Localizer;
  responder: Responder;
  logger: Logger;
  now?: () => Date;
}

const refOf = (i: Interaction) => ({ id: i.id, token: i.token, applicationId: i.applicationId });

/** Whatever the neutral handler made of it, something to show: an unknown command or a throttled user still get a short answer (Discord would say "the application did not respond"). */
function replyOf(handled: Handled, fallback: () => Reply): Reply {
  return handled.reply ?? fallback();
}

/** Autocomplete: the option being typed names what to suggest (programs, periods); answered from memory in the client's language. */
async function autocomplete(deps: InteractionDeps, i: AutocompleteInteraction): Promise<void> {
  const focused = i.options.getFocused(true);
  const option = deps.commands.find((c) => c.name === i.commandName)?.options.find((o) => o.name === focused.name);
  const found = option?.suggest ? suggest(option.suggest, String(focused.value), { programs: deps.programs, lang: langFrom(i.locale), now: deps.now?.() ?? new Date() }) : [];
  await deps.responder.choices(refOf(i), { choices: found.map((s) => ({ name: s.label, value: s.value })) });
}

/** A slash command or a button through the neutral handler, answered within Discord's deadline. */
async function command(deps: InteractionDeps, i: ChatInputCommandInteraction | ButtonInteraction, input: CommandInput, slow: boolean): Promise<void> {
  const t = () => deps.localizer.forLang(langFrom(i.locale));
  await deps.responder.answer(
    refOf(i),
    async () => replyOf(await deps.handleCommand(invocationOf(i, input)), () => ({ error: true, text: t()('errors.slowDown') })),
    // A button's answer is for the one who pressed it, not the whole channel.
    { slow, ephemeral: i.isButton(), internalError: () => ({ error: true, text: t()('errors.internal') }) },
  );
}

/** One interaction from the gateway: autocomplete, a slash command, or one of our buttons; anything else is not ours. */
export async function handleInteraction(deps: InteractionDeps, i: Interaction): Promise<void> {
  if (i.isAutocomplete()) return autocomplete(deps, i);
  if (i.isChatInputCommand()) {
    const slow = deps.commands.find((c) => c.name === i.commandName)?.slow ?? false;
    return command(deps, i, optionsInput(i), slow);
  }
  if (i.isButton() && i.customId.startsWith(BUTTON_PREFIX)) {
    const line = i.customId.slice(BUTTON_PREFIX.length);
    const name = /^\/(\w+)/.exec(line)?.[1];
    return command(deps, i, { kind: 'line', line }, deps.commands.find((c) => c.name === name)?.slow ?? false);
  }
  deps.logger.debug({ type: i.type }, 'an interaction that is not one of ours');
}
