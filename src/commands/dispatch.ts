import type { CommandContext, CommandDefinition, Reply } from '../../commands/types.ts';
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

export async function runCommand(command: CommandDefinition, text: string, ctx: CommandContext): Promise<Reply> {
  try {
    const args = parseArgs(command.options, text);
    return await command.run(ctx, args);
  } catch (err) {
    if (err instanceof UserError) {
      const example = command.examples[0];
      // One line: the problem, what is accepted, and an example to copy.
      return { error: true, text: example ? `${err.message} ${ctx.t('errors.example', { example })}` : err.message };
    }
    throw err;
  }
}
