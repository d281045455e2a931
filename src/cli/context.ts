import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Config } from '../config/env.ts';
import type { Logger } from '../log.ts';
import { UsageError, type CliIo } from './io.ts';

/** What every verb gets from the composition root (src/cli/main.ts). */
export interface CliContext {
  io: CliIo;
  config: Config;
  logger: Logger;
}

/** A verb: its arguments (after the verb's name) and the context → the exit code. */
export type Verb = (args: string[], ctx: CliContext) => Promise<number>;

/** node:util's messages are written for developers; these are for the person at the terminal. */
function plainWords(err: Error & { code?: string }): string {
  const quoted = /'([^']*)'/.exec(err.message)?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) return `unknown option ${quoted}`;
  if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && quoted) return `unexpected argument "${quoted}"`;
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return err.message.replace(/^Option '([^ ']+)[^']*' argument missing$/, '$1 needs a value').replace(/^Option '([^ ']+)' does not take an argument$/, '$1 takes no value');
  }
  return err.message;
}

/** node:util parseArgs, its errors turned into UsageErrors in plain words. */
export function parseVerbArgs<const T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError(plainWords(err as Error), { cause: err });
  }
}
