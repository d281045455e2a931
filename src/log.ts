import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/** Logs go to stderr (stdout carries command output and console alerts); readable on a terminal. */
export function createLogger(level: string, opts: { pretty?: boolean } = {}): Logger {
  const usePretty = opts.pretty ?? Boolean(process.stderr.isTTY);
  const redact = { paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'config.TELEGRAM_TOKEN', 'headers.authorization'], censor: '[secret]' };
  if (usePretty) {
    return pino({ level, redact }, pretty({ destination: 2, colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss', sync: true }));
  }
  return pino({ level, redact }, pino.destination({ dest: 2, sync: true }));
}
