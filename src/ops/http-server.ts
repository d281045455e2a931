import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.ts';
import type { Metrics } from './metrics.ts';

export interface OpsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * `/healthz` (200 when the store answers, 503 otherwise) and `/metrics` (Prometheus text),
 * on HTTP_PORT. Nothing else is served.
 */
export async function startOpsServer(port: number, deps: { metrics: Metrics; health: () => Promise<void>; logger: Logger }): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
      } else if (path === '/healthz') {
        try {
          await deps.health();
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
        } catch (err) {
          res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'unhealthy', error: (err as Error).message }));
        }
      } else if (path === '/metrics') {
        res.writeHead(200, { 'content-type': deps.metrics.registry.contentType }).end(await deps.metrics.registry.metrics());
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics');
      }
    })().catch((err: unknown) => {
      deps.logger.error({ err }, 'ops endpoint failed');
      res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
