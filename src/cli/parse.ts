import { loadPrograms } from '../config/programs.ts';
import type { CliIo } from './io.ts';

/** `parse [FILE|-] [--published DATE]`: the article reader (src/parse), no store needed. */
export async function runParseVerb(args: string[], io: CliIo): Promise<number> {
  const { runParse } = await import('./parse-command.ts');
  return runParse(args, { ...io, programs: loadPrograms() });
}
