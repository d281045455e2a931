#!/usr/bin/env node
/* global process, console */
// The package's entry. It only sizes libuv's thread pool, then runs the CLI (ee-draw-bot.js) in
// this same process. Node creates the pool at its first use, which for an ES-module entry happens
// while the entry itself is being loaded: only a CommonJS file can still set it first.
//
// Why: the embedded SQLite store is several connections (draws, subscriptions, leases), and each
// query waits for a lock inside a pool thread. With Node's default 4 threads, a start-up with its
// five default sources could fill the pool with waiting queries while the connection holding the
// lock had no thread left to finish: every query then failed after the 10 s busy timeout
// ("SQLITE_BUSY: database is locked") and the instance dropped its poller role (docs/deploy.md).
process.env.UV_THREADPOOL_SIZE ??= '32';
import('./ee-draw-bot.js').catch((err) => {
  console.error(err);
  process.exit(1);
});
