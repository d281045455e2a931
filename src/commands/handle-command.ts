import type { Reply } from '../reply/reply.ts';
import { splitCommandLine } from './args.ts';
import { commandContext, type ContextDeps } from './context.ts';
import { findCommand, runCommand, runCommandWithArgs } from './dispatch.ts';
import { replyLang } from './reply-lang.ts';
import type { CommandThrottle } from './throttle.ts';
import type { ChatRef, CommandArgs, CommandDefinition } from './types.ts';

/** A command as a platform delivers it: a typed line (Telegram, console) or typed options (Discord). */
export type CommandInput = { kind: 'line'; line: string } | { kind: 'options'; name: string; options: Readonly<Record<string, string | number | boolean | undefined>> };

/** One command from one user in one chat, in platform-neutral terms. */
export interface Invocation {
  input: CommandInput;
  chat: ChatRef;
  user: { platform: string; id: string; name?: string };
  /** `explicit`: asked for this one answer (`ask --lang`); `client`: the user's app language, where the platform says. */
  lang?: { explicit?: string | undefined; client?: string | undefined };
  /** Whether the user may manage this chat's alerts; asked only for admin-only commands in groups. */
  isAdmin?: () => Promise<boolean>;
  /**
   * When the platform received the command (ms since the epoch), where commands wait their turn before they are
   * handled: the per-user rate counts what the user sent in a window, however long our own queue took.
   */
  receivedAt?: number;
}

/** What became of an invocation. */
export type Handled =
  | { kind: 'reply'; command: CommandDefinition; reply: Reply }
  /** Not one of our commands: `reply` says so; adapters in groups stay quiet (it may be another bot's). */
  | { kind: 'unknown'; reply: Reply }
  /** Over the user's rate: a short "slow down" once (`reply`), then nothing (`reply` null). */
  | { kind: 'throttled'; reply: Reply | null };

export interface CommandHandlerDeps extends ContextDeps {
  /** Per-user rate limit; none = unlimited (tests, the `ask` verb). */
  throttle?: CommandThrottle;
  /** Other names a platform sends for a command, e.g. Telegram's /start → help. */
  aliases?: Readonly<Record<string, string>>;
}

export type CommandHandler = (invocation: Invocation) => Promise<Handled>;

/** Typed options → the same string arguments a typed line gives (the handlers validate both alike). */
function optionArgs(options: Readonly<Record<string, string | number | boolean | undefined>>): CommandArgs {
  const args: CommandArgs = {};
  for (const [name, value] of Object.entries(options)) if (value !== undefined && value !== '') args[name] = String(value);
  return args;
}

/**
 * The platform-neutral half of every command: find it, apply the per-user rate, work out the reply
 * language, check admin rights when the command needs them, run it. Errors other than a bad
 * argument propagate to the adapter, which owns the "something went wrong" answer.
 */
export function createCommandHandler(deps: CommandHandlerDeps): CommandHandler {
  return async ({ input, chat, user, lang: hints, isAdmin, receivedAt }) => {
    // The language is a store read: worked out only when there is something to say.
    const translator = async () => deps.localizer.forLang(await replyLang(deps.stores.prefs, user, hints ?? {}));
    let name: string;
    let line: string | null = null;
    if (input.kind === 'line') {
      const parsed = splitCommandLine(input.line);
      if (!parsed) return { kind: 'unknown', reply: { error: true, text: (await translator())('errors.notACommand') } };
      name = parsed.name;
      line = parsed.rest;
    } else name = input.name;
    const command = findCommand(deps.commands, deps.aliases?.[name] ?? name);
    if (!command) return { kind: 'unknown', reply: { error: true, text: (await translator())('errors.unknownCommand', { name }) } };
    const verdict = deps.throttle?.check(`${user.platform}:${user.id}`, receivedAt) ?? 'ok';
    if (verdict === 'ignore') return { kind: 'throttled', reply: null };
    if (verdict === 'warn') return { kind: 'throttled', reply: { error: true, text: (await translator())('errors.slowDown') } };
    const lang = await replyLang(deps.stores.prefs, user, hints ?? {});
    const admin = chat.kind !== 'group' || (command.adminInGroups && isAdmin ? await isAdmin() : false);
    const ctx = commandContext(deps, chat, { ...user, isAdmin: admin }, lang);
    const reply = line !== null ? await runCommand(command, line, ctx) : await runCommandWithArgs(command, optionArgs(input.kind === 'options' ? input.options : {}), ctx);
    return { kind: 'reply', command, reply };
  };
}
