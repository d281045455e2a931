/** Where a CLI verb reads and writes; the real process, or a capture in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
}

export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
});

/** A problem with how the CLI was called: message on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
