import { parseArgs, type ParseArgsConfig } from 'node:util';
import dotenv from 'dotenv';
import { ConfigError, loadConfig, type Config } from '../config/env.ts';
import { SourcesFileError } from '../config/sources.ts';
import { createLogger, type Logger } from '../log.ts';
import { VERSION } from '../version.ts';
import { processIo, UsageError, type CliIo } from './io.ts';

export interface CliContext {
  io: CliIo;
  config: Config;
  logger: Logger;
}

type Verb = (args: string[], ctx: CliContext) => Promise<number>;

const VERBS: Record<string, () => Promise<Verb>> = {
  run: async () => (await import('./run.ts')).runVerb,
  poll: async () => (await import('./poll.ts')).pollVerb,
  ask: async () => (await import('./ask.ts')).askVerb,
  export: async () => (await import('./export.ts')).exportVerb,
  doctor: async () => (await import('./doctor.ts')).doctorVerb,
  'deploy-commands': async () => (await import('./deploy-commands.ts')).deployCommandsVerb,
};

const USAGE = `Usage: ee-draw-bot <command>

  run                                   start pollers and every platform whose token is set (console without tokens)
  poll --once [--json]                  poll every source once and print what changed
  parse [FILE|-] [--published DATE]     read a news article and print the draws it states, as JSON
  ask "<command line>" [--user ID] [--lang en|fr] [--out DIR]
                                        run a chat command (e.g. "/latest cec") and print the reply
  export [--format json|csv] [--program P]
                                        print every stored draw, newest first
  deploy-commands                       register Discord slash commands (in DISCORD_GUILD_ID when set, else globally)
  doctor                                check configuration, tokens, store and sources

Configuration comes from the environment (and .env); see .env.example.
`;

/** The CLI's composition root: environment → config → logger → one verb. Returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === 'help' || verb === '--help' || verb === '-h') {
    io.stdout(USAGE);
    return verb ? 0 : 2;
  }
  if (verb === '--version' || verb === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (verb === 'parse') {
    const { runParseVerb } = await import('./parse.ts');
    return runParseVerb(rest, io);
  }
  const load = VERBS[verb];
  if (!load) {
    io.stderr(`ee-draw-bot: unknown command "${verb}"\n\n${USAGE}`);
    return 2;
  }
  if (env === process.env) dotenv.config({ quiet: true });
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`ee-draw-bot: ${err.message}\nSee .env.example for every variable and its allowed values.\n`);
      return 2;
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  try {
    return await (
      await load()
    )(rest, { io, config, logger });
  } catch (err) {
    if (err instanceof UsageError || err instanceof SourcesFileError) {
      io.stderr(`ee-draw-bot ${verb}: ${err.message}\n`);
      return 2;
    }
    logger.fatal({ err }, `${verb} failed`);
    io.stderr(`ee-draw-bot ${verb}: ${(err as Error).message}\n`);
    return 1;
  }
}

/** node:util parseArgs with our usage errors. */
export function parseVerbArgs<const T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
