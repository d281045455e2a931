import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { closeServer, createTimers, listenOnLoopback } from './loopback.ts';

/** How the fake answers one path. `body` may change between requests (set route again). */
export interface Route {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Answer 304 when the request's If-None-Match equals this. */
  etag?: string;
  lastModified?: string;
  /** Wait this long before answering (a slow source). */
  delayMs?: number;
  /** Send the headers, then stall the body for this long. */
  stallBodyMs?: number;
}

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  /** The client closed the connection before the answer was complete (it gave up waiting). */
  abandoned: boolean;
  /** When it arrived (epoch ms): which tick of a cron schedule it belongs to. */
  at: number;
}

/** A real HTTP server on loopback that plays feeds and IRCC's file; records every request. */
export interface FeedServer {
  url(path: string): string;
  route(path: string, route: Route): void;
  requests: RecordedRequest[];
  /** The requests for one path, in the order they came. */
  requestsTo(path: string): RecordedRequest[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: RecordedRequest[] = [];
  const { later, clearAll } = createTimers();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const recorded: RecordedRequest = { path, headers: req.headers, abandoned: false, at: Date.now() };
    requests.push(recorded);
    res.on('close', () => {
      if (!res.writableFinished) recorded.abandoned = true;
    });
    const route = routes.get(path);
    void (async () => {
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      if (route.delayMs) await later(route.delayMs);
      if (route.etag && req.headers['if-none-match'] === route.etag) {
        res.writeHead(304, { etag: route.etag }).end();
        return;
      }
      const headers: Record<string, string> = { ...route.headers };
      if (route.etag) headers['etag'] = route.etag;
      if (route.lastModified) headers['last-modified'] = route.lastModified;
      res.writeHead(route.status ?? 200, headers);
      if (route.stallBodyMs) {
        res.write(typeof route.body === 'string' ? route.body.slice(0, 10) : '');
        await later(route.stallBodyMs);
      }
      res.end(route.body ?? '');
    })().catch(() => res.destroy());
  });
  server.keepAliveTimeout = 100;
  const port = await listenOnLoopback(server);
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    route: (path, route) => routes.set(path, route),
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path),
    async close() {
      clearAll();
      await closeServer(server);
    },
  };
}
