import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { redactDeep } from './util/redact.ts';

export type { Logger };

/** Logs go to stderr (stdout carries command output and console alerts); readable on a terminal. */
export function createLogger(level: string, opts: { pretty?: boolean; destination?: { write(line: string): void } } = {}): Logger {
  const usePretty = opts.pretty ?? (!opts.destination && Boolean(process.stderr.isTTY));
  const redact = { paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'config.TELEGRAM_TOKEN', 'headers.authorization'], censor: '[secret]' };
  // Libraries put secrets in error messages and fields (grammY's HttpError wraps a fetch error whose
  // message is the Bot API URL, token included): every string of a logged error is scrubbed.
  const serializers = { err: (err: Error) => redactDeep(pino.stdSerializers.err(err)) };
  if (usePretty) {
    return pino({ level, redact, serializers }, pretty({ destination: 2, colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss', sync: true }));
  }
  return pino({ level, redact, serializers }, opts.destination ?? pino.destination({ dest: 2, sync: true }));
}
