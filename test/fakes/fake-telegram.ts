import { createServer, type IncomingMessage, type Server } from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.ts';
import { COUNTED, createLimitJudge, type LimitViolation, type TelegramLimitRules } from './telegram-limits.ts';

/** One call the bot made to the Bot API. */
export interface TelegramCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
}

/** A scripted answer for calls to one chat: a failure the fake returns instead of success. */
export type ChatFailure = { kind: '429'; retryAfter: number; times: number } | { kind: '403'; description?: string } | { kind: 'not-found' } | { kind: 'migrate'; newChatId: number };

export interface ChatInfo {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  is_forum?: boolean;
}

export interface FakeTelegram {
  /** The value for TELEGRAM_API_ROOT. */
  apiRoot: string;
  token: string;
  calls: TelegramCall[];
  /** Queue an update; a pending getUpdates returns it at once. */
  pushUpdate(update: Record<string, unknown>): void;
  /** The webhook the bot registered (setWebhook), if any. */
  webhook(): { url: string; secret: string | null } | null;
  /** Posts a text message (a command) to the registered webhook as Telegram would, with the given secret (default: the registered one). Returns the HTTP status. */
  postText(opts: Parameters<FakeTelegram['sendText']>[0] & { secret?: string }): Promise<number>;
  /** Sends a text message (a command) from a user in a chat, as Telegram would deliver it. */
  sendText(opts: { chat: ChatInfo; from: { id: number; first_name?: string; language_code?: string }; text: string; threadId?: number; senderChat?: ChatInfo }): number;
  setAdmins(chatId: number, userIds: number[]): void;
  fail(chatId: number, failure: ChatFailure): void;
  /** Messages the bot sent to a chat (sendMessage/sendPhoto), with their ids. */
  sent(chatId: number): { message_id: number; text: string; method: string; params: Record<string, unknown> }[];
  callsOf(method: string): TelegramCall[];
  /** Messages refused for going over a limit (only when started with `limits`). */
  violations: LimitViolation[];
  /** getUpdates calls refused with 409 because another was under way (two processes long-polling one token). */
  longPollConflicts(): number;
  /** Every 429 answered: limit violations and scripted ones. */
  tooManyRequests(): number;
  close(): Promise<void>;
}

export interface FakeTelegramOptions {
  token?: string;
  /** Enforce Telegram's limits like Telegram: a message over one is refused with 429 and `retry_after`. */
  limits?: TelegramLimitRules;
  /** Listen on this loopback port (default: a free one). */
  port?: number;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  if (type.includes('multipart/form-data')) {
    // Enough of multipart for the text fields grammY sends next to a file.
    const out: Record<string, unknown> = {};
    for (const m of raw.matchAll(/name="([^"]+)"(?:; filename="[^"]*")?\r\n(?:Content-Type: [^\r]*\r\n)?\r\n([\s\S]*?)\r\n--/g)) {
      const [, name, value] = m;
      if (name) out[name] = /filename=/.test(m[0]) ? `<file ${value?.length ?? 0} bytes>` : value;
    }
    return out;
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

/**
 * A Bot API server on loopback: records every call, serves updates through long polling,
 * answers like Telegram (ok/result, error_code/description/parameters), and can be told to fail.
 */
export async function startFakeTelegram(opts: FakeTelegramOptions | string = {}): Promise<FakeTelegram> {
  const { token = '123456:TEST-token_abc', limits, port: wantedPort = 0 } = typeof opts === 'string' ? { token: opts } : opts;
  const judge = limits ? createLimitJudge(limits) : null;
  let refused = 0;
  const calls: TelegramCall[] = [];
  const updates: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  const admins = new Map<number, Set<number>>();
  const failures = new Map<number, ChatFailure>();
  const sentByChat = new Map<number, { message_id: number; text: string; method: string; params: Record<string, unknown> }[]>();
  let nextUpdateId = 1;
  let longPolls = 0;
  let conflicts = 0;
  let webhook: { url: string; secret: string | null } | null = null;
  let nextMessageId = 1000;
  const timers = new Set<NodeJS.Timeout>();

  const handle = async (method: string, params: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }> => {
    const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });
    const chatId = Number(params['chat_id']);
    const failure = Number.isFinite(chatId) ? failures.get(chatId) : undefined;
    if (failure && /^(send|edit|copy|forward)/.test(method)) {
      if (failure.kind === '429' && failure.times > 0) {
        failure.times--;
        refused++;
        return { status: 429, body: { ok: false, error_code: 429, description: `Too Many Requests: retry after ${failure.retryAfter}`, parameters: { retry_after: failure.retryAfter } } };
      }
      if (failure.kind === '403') return { status: 403, body: { ok: false, error_code: 403, description: failure.description ?? 'Forbidden: bot was blocked by the user' } };
      if (failure.kind === 'not-found') return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } };
      if (failure.kind === 'migrate')
        return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: group chat was upgraded to a supergroup chat', parameters: { migrate_to_chat_id: failure.newChatId } } };
    }
    if (judge && Number.isFinite(chatId) && COUNTED.test(method)) {
      const over = judge.judge(method, chatId, params['allow_paid_broadcast'] === true || params['allow_paid_broadcast'] === 'true');
      if (over) {
        refused++;
        return { status: 429, body: { ok: false, error_code: 429, description: `Too Many Requests: retry after ${over.retryAfter}`, parameters: { retry_after: over.retryAfter } } };
      }
    }
    switch (method) {
      case 'setWebhook':
        webhook = { url: String(params['url']), secret: typeof params['secret_token'] === 'string' ? params['secret_token'] : null };
        return ok(true);
      case 'deleteWebhook':
        webhook = null;
        return ok(true);
      case 'getWebhookInfo':
        return ok({ url: webhook?.url ?? '', has_custom_certificate: false, pending_update_count: 0 });
      case 'getMe':
        return ok({ id: 999, is_bot: true, first_name: 'EE Draw Bot', username: 'ee_draw_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false });
      case 'getUpdates': {
        const offset = Number(params['offset'] ?? 0);
        while (updates.length > 0 && Number(updates[0]?.['update_id']) < offset) updates.shift();
        if (updates.length === 0) {
          const timeout = Math.min(Number(params['timeout'] ?? 0), 2) * 1000;
          await new Promise<void>((resolve) => {
            const t = setTimeout(resolve, timeout);
            timers.add(t);
            waiters.push(() => {
              clearTimeout(t);
              resolve();
            });
          });
        }
        return ok(updates.filter((u) => Number(u['update_id']) >= offset).slice(0, Number(params['limit'] ?? 100)));
      }
      case 'getChatMember': {
        const userId = Number(params['user_id']);
        const status = admins.get(chatId)?.has(userId) ? 'administrator' : 'member';
        return ok({ status, user: { id: userId, is_bot: false, first_name: 'u' } });
      }
      case 'getChatAdministrators':
        return ok([...(admins.get(chatId) ?? [])].map((id) => ({ status: 'administrator', user: { id, is_bot: false, first_name: 'a' } })));
      case 'sendMessage':
      case 'sendPhoto': {
        const message_id = nextMessageId++;
        const text = typeof params['text'] === 'string' ? params['text'] : typeof params['caption'] === 'string' ? params['caption'] : '';
        const list = sentByChat.get(chatId) ?? [];
        list.push({ message_id, text, method, params });
        sentByChat.set(chatId, list);
        return ok({ message_id, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: chatId < 0 ? 'supergroup' : 'private' }, text });
      }
      case 'editMessageText':
        return ok({
          message_id: Number(params['message_id']),
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: 'private' },
          text: typeof params['text'] === 'string' ? params['text'] : '',
        });
      default:
        return ok(true);
    }
  };

  const server: Server = createServer((req, res) => {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)/.exec(req.url ?? '');
    void (async () => {
      if (!m || m[1] !== token) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
        return;
      }
      const method = m[2] ?? '';
      const params = await readBody(req);
      calls.push({ method, params, at: Date.now() });
      if (method === 'getUpdates') {
        // Only one process may long-poll a token: Telegram answers 409 to a second one at the same time.
        if (longPolls > 0) {
          conflicts++;
          res
            .writeHead(409, { 'content-type': 'application/json' })
            .end(JSON.stringify({ ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' }));
          return;
        }
        longPolls++;
        let counted = true;
        const done = () => {
          if (counted) longPolls--;
          counted = false;
        };
        req.socket.once('close', done);
        try {
          const { status, body } = await handle(method, params);
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        } finally {
          done();
          // The socket is kept alive for the next long poll: its listener goes with this one.
          req.socket.off('close', done);
        }
        return;
      }
      const { status, body } = await handle(method, params);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    })().catch(() => res.destroy());
  });
  const port = await listenOnLoopback(server, wantedPort);

  const textUpdate = ({ chat, from, text, threadId, senderChat }: Parameters<FakeTelegram['sendText']>[0]): Record<string, Record<string, unknown>> => {
    const message_id = nextMessageId++;
    const command = /^\/\w+/.exec(text)?.[0];
    const message: Record<string, unknown> = {
      message_id,
      date: Math.floor(Date.now() / 1000),
      chat,
      text,
      ...(chat.type === 'channel' ? {} : { from: { is_bot: false, first_name: 'User', ...from } }),
      ...(senderChat ? { sender_chat: senderChat } : {}),
      ...(threadId ? { message_thread_id: threadId, is_topic_message: true } : {}),
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
    };
    return chat.type === 'channel' ? { channel_post: message } : { message };
  };
  const pushUpdate = (update: Record<string, unknown>) => {
    updates.push({ update_id: nextUpdateId++, ...update });
    for (const w of waiters.splice(0)) w();
  };
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    calls,
    pushUpdate,
    sendText(opts) {
      const update = textUpdate(opts);
      pushUpdate(update);
      return Number((update['message'] ?? update['channel_post'])?.['message_id']);
    },
    webhook: () => webhook,
    async postText({ secret, ...opts }) {
      if (!webhook) throw new Error('the bot registered no webhook');
      const update = { update_id: nextUpdateId++, ...textUpdate(opts) };
      const res = await fetch(webhook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...((secret ?? webhook.secret) ? { 'x-telegram-bot-api-secret-token': secret ?? webhook.secret ?? '' } : {}) },
        body: JSON.stringify(update),
      });
      await res.arrayBuffer();
      return res.status;
    },
    setAdmins: (chatId, userIds) => admins.set(chatId, new Set(userIds)),
    fail: (chatId, failure) => failures.set(chatId, failure),
    sent: (chatId) => sentByChat.get(chatId) ?? [],
    callsOf: (method) => calls.filter((c) => c.method === method),
    violations: judge?.violations ?? [],
    longPollConflicts: () => conflicts,
    tooManyRequests: () => refused,
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const w of waiters.splice(0)) w();
      await closeServer(server);
    },
  };
}
