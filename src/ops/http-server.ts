import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.ts';
import type { HealthReport } from './health.ts';
import type { Metrics } from './metrics.ts';

export interface OpsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * `/healthz` (the health report as JSON: 200 when healthy, 503 otherwise) and `/metrics`
 * (Prometheus text), on HTTP_PORT. Nothing else is served.
 */
/** An endpoint a platform serves on HTTP_PORT (Telegram's webhook): POST only, the handler checks its own secret. */
export interface HttpRoute {
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

export interface OpsDeps {
  metrics: Metrics;
  health: () => Promise<HealthReport>;
  logger: Logger;
  beforeScrape?: () => Promise<void>;
  routes?: readonly HttpRoute[];
}

export async function startOpsServer(port: number, deps: OpsDeps): Promise<OpsServer> {
  const routes = new Map((deps.routes ?? []).map((r) => [r.path, r]));
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    void (async () => {
      const route = routes.get(path);
      if (route) {
        if (req.method === 'POST') await route.handle(req, res);
        else res.writeHead(405, { allow: 'POST' }).end();
      } else if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
      } else if (path === '/healthz') {
        const report = await deps.health();
        res.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(report));
      } else if (path === '/metrics') {
        await deps.beforeScrape?.().catch((err: unknown) => deps.logger.warn({ err }, 'some metrics could not be refreshed'));
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
