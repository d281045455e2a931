#!/usr/bin/env node
/* global console, process */
// The package's entry (npm start, the Dockerfile, the systemd unit): it runs the CLI
// (ee-draw-bot.js) in this same process. It once sized libuv's thread pool for the embedded
// SQLite store; since the store waits for a busy file with timers instead of inside SQLite
// (decision 0013) it needs nothing first, and stays as the entry so that installed paths work.
import('./ee-draw-bot.js').catch((err) => {
  console.error(err);
  process.exit(1);
});
