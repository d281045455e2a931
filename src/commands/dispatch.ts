import type { CommandArgs, CommandContext, CommandDefinition, Reply } from './types.ts';
import { parseArgs, splitCommandLine } from './args.ts';
import { UserError } from './user-error.ts';

/** Finds a command by name in the explicit list. */
export function findCommand(commands: readonly CommandDefinition[], name: string): CommandDefinition | undefined {
  return commands.find((c) => c.name === name);
}

/**
 * Runs one command line ("/latest cec") and returns the reply. A bad argument or unknown
 * command becomes a short error reply with an example; any other error propagates to the adapter.
 */
export async function runCommandLine(commands: readonly CommandDefinition[], line: string, ctx: CommandContext): Promise<Reply> {
  const parsed = splitCommandLine(line);
  if (!parsed) return { error: true, text: ctx.t('errors.notACommand') };
  const command = findCommand(commands, parsed.name);
  if (!command) return { error: true, text: ctx.t('errors.unknownCommand', { name: parsed.name }) };
  return runCommand(command, parsed.rest, ctx);
}

/** Runs a command on the words typed after its name ("cec 5"). */
export async function runCommand(command: CommandDefinition, text: string, ctx: CommandContext): Promise<Reply> {
  return answer(command, ctx, () => command.run(ctx, parseArgs(command.options, text, ctx.t)));
}

/** Runs a command on options already named (Discord's typed options). */
export async function runCommandWithArgs(command: CommandDefinition, args: CommandArgs, ctx: CommandContext): Promise<Reply> {
  return answer(command, ctx, () => {
    for (const option of command.options) if ((option.typed?.required ?? option.required) && !args[option.name]) throw new UserError(ctx.t('errors.missingOption', { name: option.name }));
    return command.run(ctx, args);
  });
}

/** A bad argument becomes one line — the problem, what is accepted, an example to copy; anything else propagates. */
async function answer(command: CommandDefinition, ctx: CommandContext, run: () => Promise<Reply>): Promise<Reply> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof UserError) {
      const example = command.examples[0];
      return { error: true, text: example ? `${err.message} ${ctx.t('errors.example', { example })}` : err.message };
    }
    throw err;
  }
}
