import type { CommandHandler, CommandInput, Handled } from '../../commands/handle-command.ts';
import { suggest } from '../../commands/suggest.ts';
import type { CommandDefinition } from '../../commands/types.ts';
import type { Programs } from '../../config/programs.ts';
import { langFrom, type Localizer } from '../../i18n/localizer.ts';
import type { Logger } from '../../log.ts';
import type { Reply } from '../../reply/reply.ts';
import type { InteractionFacts, InteractionIn } from './interaction-in.ts';
import { invocationOf } from './invocation.ts';
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
  /** True while so much is being answered that answers may not be ready within Discord's 3 s: acknowledge at once ("thinking…"), answer after. */
  busy?: () => boolean;
}

/** Whatever the neutral handler made of it, something to show: an unknown command or a throttled user still get a short answer (Discord would say "the application did not respond"). */
function replyOf(handled: Handled, fallback: () => Reply): Reply {
  return handled.reply ?? fallback();
}

const isSlow = (deps: InteractionDeps, name: string | undefined): boolean => deps.commands.find((c) => c.name === name)?.slow ?? false;

/** A slash command or a button through the neutral handler, answered within Discord's deadline. */
async function command(deps: InteractionDeps, facts: InteractionFacts, input: CommandInput, opts: { slow: boolean; button: boolean }): Promise<void> {
  const t = () => deps.localizer.forLang(langFrom(facts.locale));
  await deps.responder.answer(
    facts.ref,
    async () => replyOf(await deps.handleCommand(invocationOf(facts, input)), () => ({ error: true, text: t()('errors.slowDown') })),
    // A button's answer is for the one who pressed it, not the whole channel.
    { slow: opts.slow || deps.busy?.() === true, ephemeral: opts.button, internalError: () => ({ error: true, text: t()('errors.internal') }) },
  );
}

/**
 * One interaction, from the gateway or over HTTP: autocomplete (answered from memory in the
 * client's language), a slash command, or one of our buttons. False for a button that is not ours.
 */
export async function handleInteraction(deps: InteractionDeps, it: InteractionIn): Promise<boolean> {
  if (it.kind === 'autocomplete') {
    const option = deps.commands.find((c) => c.name === it.command)?.options.find((o) => o.name === it.focused.name);
    const found = option?.suggest ? suggest(option.suggest, it.focused.value, { programs: deps.programs, lang: langFrom(it.facts.locale), now: deps.now?.() ?? new Date() }) : [];
    await deps.responder.choices(it.facts.ref, { choices: found.map((s) => ({ name: s.label, value: s.value })) });
    return true;
  }
  if (it.kind === 'command') {
    await command(deps, it.facts, { kind: 'options', name: it.command, options: it.options }, { slow: isSlow(deps, it.command), button: false });
    return true;
  }
  if (!it.customId.startsWith(BUTTON_PREFIX)) {
    deps.logger.debug({ customId: it.customId }, 'a button that is not one of ours');
    return false;
  }
  const line = it.customId.slice(BUTTON_PREFIX.length);
  await command(deps, it.facts, { kind: 'line', line }, { slow: isSlow(deps, /^\/(\w+)/.exec(line)?.[1]), button: true });
  return true;
}
