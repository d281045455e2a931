import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts `server` on 127.0.0.1 at a free port and returns the port. */
export async function listenOnLoopback(server: Server, port = 0): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return (server.address() as AddressInfo).port;
}

/** A loopback port nothing listens on right now (for "the platform is unreachable", until a fake takes it). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:http');
  const probe = createServer();
  const port = await listenOnLoopback(probe);
  await closeServer(probe);
  return port;
}

/** Drops open connections (long polls, stalled bodies) and closes the server. */
export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Waits that a fake can cancel all at once when it closes, so no timer outlives a test. */
export function createTimers(): { later: (ms: number) => Promise<void>; clearAll: () => void } {
  const timers = new Set<NodeJS.Timeout>();
  return {
    later: (ms) =>
      new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          timers.delete(t);
          resolve();
        }, ms);
        timers.add(t);
      }),
    clearAll: () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
