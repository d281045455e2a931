import { ConfigError, loadConfig, type Config } from '../config/env.ts';
import { processEnvironment } from '../config/environment.ts';
import { SourcesFileError } from '../config/sources.ts';
import { StoreError } from '../store/store-error.ts';
import { redactSecrets } from '../util/redact.ts';
import { createLogger } from '../log.ts';
import { VERSION } from '../version.ts';
import type { Verb } from './context.ts';
import { isVerbName, usageErrorText, usageText, verbHelpText, wantsHelp, type VerbName } from './help.ts';
import { processIo, UsageError, type CliIo } from './io.ts';

/** Verbs that need the configuration; loaded on demand so `parse` or `--help` start fast. */
const VERBS: Partial<Record<VerbName, () => Promise<Verb>>> = {
  run: async () => (await import('./run.ts')).runVerb,
  demo: async () => (await import('./demo.ts')).demoVerb,
  poll: async () => (await import('./poll.ts')).pollVerb,
  ask: async () => (await import('./ask.ts')).askVerb,
  export: async () => (await import('./export.ts')).exportVerb,
  doctor: async () => (await import('./doctor.ts')).doctorVerb,
  import: async () => (await import('./import.ts')).importVerb,
  'deploy-commands': async () => (await import('./deploy-commands.ts')).deployCommandsVerb,
};

/** The CLI's composition root: environment → config → logger → one verb. Returns the exit code. */
/** `env`: the variables to read (tests give their own); the process's environment and `.env` otherwise. */
export async function main(argv: string[], io: CliIo = processIo(), env?: Record<string, string | undefined>): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(usageText());
    return 2;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0];
    io.stdout(topic !== undefined && isVerbName(topic) ? verbHelpText(topic) : usageText());
    return 0;
  }
  if (name === '--version' || name === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (!isVerbName(name)) {
    io.stderr(`ee-draw-bot: unknown command "${name}"\n\n${usageText()}`);
    return 2;
  }
  if (wantsHelp(rest)) {
    io.stdout(verbHelpText(name));
    return 0;
  }
  if (name === 'parse') {
    const { runParseVerb } = await import('./parse.ts');
    return runParseVerb(rest, io);
  }
  const load = VERBS[name];
  if (!load) throw new Error(`the verb "${name}" has help but no implementation`);
  const variables = env ?? processEnvironment();
  let config: Config;
  try {
    config = loadConfig(variables);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`ee-draw-bot ${name}: ${err.message}\nSee .env.example for every variable and its allowed values.\n`);
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
    if (err instanceof UsageError) {
      io.stderr(usageErrorText(name, err.message));
      return 2;
    }
    if (err instanceof SourcesFileError) {
      io.stderr(`ee-draw-bot ${name}: ${err.message}\n`);
      return 2;
    }
    // A store that cannot be opened is the operator's to fix, not a crash: one plain line.
    if (err instanceof StoreError) {
      io.stderr(`ee-draw-bot ${name}: ${redactSecrets(err.message)}\n`);
      return 1;
    }
    logger.fatal({ err }, `${name} failed`);
    io.stderr(`ee-draw-bot ${name}: ${redactSecrets((err as Error).message)}\n`);
    return 1;
  }
}
