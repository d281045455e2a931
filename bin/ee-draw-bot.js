#!/usr/bin/env node
// Loads the TypeScript sources through tsx so `npx ee-draw-bot` works right after `npm install`,
// with no build step. The CLI runs in this very process, so SIGTERM/SIGINT reach its handlers.
import { register } from 'tsx/esm/api';

// A reader that goes away (`… | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// A stop signal before `run` has installed its own handler (while the sources load, or the
// configuration is read) stops the process at once and cleanly: nothing has started yet. Once the
// handler is there, `run` shuts down in order. Other verbs end with the usual 128 + signal code.
let started = false;
const CODES = { SIGINT: 130, SIGTERM: 143 };
const isRun = process.argv[2] === 'run';
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (process.listenerCount(signal) > 1) return;
    process.exit(started && !isRun ? CODES[signal] : 0);
  });
}

register();
const { main } = await import('../src/cli/main.ts');
started = true;
process.exitCode = await main(process.argv.slice(2));
