import dotenv from 'dotenv';

/**
 * The process's environment with `.env` (in the working directory) read into it first: the only
 * place the bot reads `process.env`. Variables already set win over the file.
 */
export function processEnvironment(): Record<string, string | undefined> {
  dotenv.config({ quiet: true });
  return process.env;
}
