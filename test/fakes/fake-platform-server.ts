import { createServer, type IncomingMessage, type Server } from 'node:http';
import { closeServer, createTimers, listenOnLoopback } from './loopback.ts';

/** One message the server received, recorded when its request arrived in full (before the answer). */
export interface ReceivedMessage {
  chatId: string;
  title: string;
  messageId: string;
}

/**
 * A platform on loopback for tests whose sender runs in a child process that gets killed: the
 * server lives in the test's own process, so what it received survives the kill. `POST /send`
 * takes `{ dest, message }` and answers `{ messageId }` after `delayMs`; `POST /edit` answers `{}`.
 */
export interface PlatformServer {
  readonly url: string;
  readonly received: ReceivedMessage[];
  /** Messages received more than once for the same chat and title. */
  duplicates(): number;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });

function parseSend(body: string): { chatId: string; title: string } | null {
  const value: unknown = JSON.parse(body);
  if (typeof value !== 'object' || value === null || !('dest' in value) || !('message' in value)) return null;
  const { dest, message } = value;
  const chatId = typeof dest === 'object' && dest !== null && 'chatId' in dest && typeof dest.chatId === 'string' ? dest.chatId : null;
  const title = typeof message === 'object' && message !== null && 'title' in message && typeof message.title === 'string' ? message.title : '';
  return chatId === null ? null : { chatId, title };
}

export async function startPlatformServer(opts: { delayMs?: number } = {}): Promise<PlatformServer> {
  const received: ReceivedMessage[] = [];
  const { later, clearAll } = createTimers();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      if (req.method !== 'POST' || (req.url !== '/send' && req.url !== '/edit')) {
        res.writeHead(404).end();
        return;
      }
      const send = req.url === '/send' ? parseSend(body) : null;
      if (req.url === '/send' && !send) {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"description":"bad request"}');
        return;
      }
      const messageId = String(received.length + 1);
      if (send) received.push({ ...send, messageId });
      if (opts.delayMs) await later(opts.delayMs);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(send ? { messageId } : {}));
    })().catch(() => res.destroy());
  });
  const port = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    duplicates() {
      const keys = received.map((r) => `${r.chatId}|${r.title}`);
      return keys.length - new Set(keys).size;
    },
    async close() {
      clearAll();
      await closeServer(server);
    },
  };
}
