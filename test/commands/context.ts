import { commandContext } from '../../src/commands/context.ts';
import { commands } from '../../commands/index.ts';
import type { CommandContext, Reply } from '../../src/commands/types.ts';
import { runCommandLine } from '../../src/commands/dispatch.ts';
import { createLocalizer } from '../../src/i18n/localizer.ts';
import type { Lang } from '../../src/config/programs.ts';
import { renderPlain } from '../../src/platforms/console/render.ts';
import type { Stores } from '../../src/store/index.ts';
import { programs, seededDeps } from '../helpers/stores.ts';

const localizer = createLocalizer();

/** The day after round #437 (August 19, 2026), as the tests of /latest use. */
export const NOW = new Date('2026-08-20T12:00:00Z');

/** A command context on an in-memory store seeded with IRCC's 438 real rounds. */
export async function seededContext(lang: Lang = 'en', now: Date = NOW): Promise<{ ctx: CommandContext; stores: Stores }> {
  const { stores } = await seededDeps();
  const ctx = commandContext({ stores, programs, localizer, commands, now: () => now }, { platform: 'test', id: 'c1', kind: 'private' }, { platform: 'test', id: 'u1', isAdmin: true }, lang);
  return { ctx, stores };
}

/** Runs a command line as a user would type it and returns the reply. */
export async function reply(line: string, lang: Lang = 'en', now: Date = NOW): Promise<Reply> {
  const { ctx } = await seededContext(lang, now);
  return runCommandLine(commands, line, ctx);
}

/** The reply as the console platform prints it. */
export async function ask(line: string, lang: Lang = 'en', now: Date = NOW): Promise<string> {
  return renderPlain(await reply(line, lang, now));
}
