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

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
