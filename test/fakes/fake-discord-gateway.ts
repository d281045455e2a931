import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { shardOf, type Json, type World } from './fake-discord-model.ts';
import { isObj } from './fake-discord-validate.ts';

export interface GatewayOptions {
  token: string;
  applicationId: string;
  heartbeatIntervalMs: number;
  /** Shard count `GET /gateway/bot` recommends. */
  shards: number;
  /** IDENTIFYs allowed per 5 s per `shard_id % max_concurrency` bucket (Discord: 1 for most bots). */
  maxConcurrency: number;
  sessionStartLimit: { total: number; remaining: number; resetAfterMs: number };
  /** Privileged intents the application may use (GuildMembers, GuildPresences, MessageContent); default none. */
  privilegedIntents: number;
  maxGuildsPerShard: number;
}

export interface IdentifyRecord {
  at: number;
  shard: [number, number];
  intents: number;
  /** What the fake did: started a session, or refused (close code or op 9). */
  outcome: 'ready' | 'invalid-session' | `closed:${number}`;
  properties: Json;
  compress: string | null;
}

export interface GatewayClose {
  at: number;
  sessionId: string | null;
  shard: [number, number] | null;
  code: number;
  by: 'client' | 'fake';
}

export interface DispatchRecord {
  at: number;
  sessionId: string;
  shard: [number, number];
  t: string;
  s: number;
  d: Json;
}

interface Connection {
  ws: WebSocket;
  session: Session | null;
  path: string;
  compress: string | null;
  received: number[];
  closedByFake: boolean;
}

interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  buffer: { s: number; t: string; d: Json }[];
  conn: Connection | null;
  /** False once it can no longer be resumed (closed with 1000/1001, invalidated). */
  resumable: boolean;
}

const P = GatewayIntentBits;
const KNOWN_INTENTS = Object.values(P)
  .filter((v): v is number => typeof v === 'number')
  .reduce((a, b) => a | b, 0);
const PRIVILEGED = P.GuildMembers | P.GuildPresences | P.MessageContent;
/** The intent a dispatch needs; events absent here need none (READY, INTERACTION_CREATE …). */
const INTENT_OF: Record<string, number> = {
  GUILD_CREATE: P.Guilds,
  GUILD_UPDATE: P.Guilds,
  GUILD_DELETE: P.Guilds,
  GUILD_ROLE_CREATE: P.Guilds,
  GUILD_ROLE_UPDATE: P.Guilds,
  GUILD_ROLE_DELETE: P.Guilds,
  CHANNEL_CREATE: P.Guilds,
  CHANNEL_UPDATE: P.Guilds,
  CHANNEL_DELETE: P.Guilds,
  THREAD_CREATE: P.Guilds,
  THREAD_UPDATE: P.Guilds,
  THREAD_DELETE: P.Guilds,
  GUILD_MEMBER_ADD: P.GuildMembers,
  GUILD_MEMBER_UPDATE: P.GuildMembers,
  GUILD_MEMBER_REMOVE: P.GuildMembers,
  MESSAGE_CREATE: P.GuildMessages,
};

/**
 * The gateway: HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE per guild of the shard, RESUME
 * with replay, op 7/op 9 on demand, and dispatches routed to the shard `(guild_id >> 22) % count`.
 */
export class Gateway {
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: { at: number; sessionId: string; ok: boolean; replayed: number; path: string }[] = [];
  readonly closes: GatewayClose[] = [];
  readonly dispatches: DispatchRecord[] = [];
  /** Payloads the bot sent other than heartbeats, identify and resume (presence updates …). */
  readonly otherOps: { at: number; op: number; d: unknown }[] = [];
  heartbeats = 0;
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();
  private readonly identifyBuckets = new Map<number, number>();
  private readonly wss = new WebSocketServer({ noServer: true });

  constructor(
    private readonly opts: GatewayOptions,
    private readonly world: World,
    private readonly url: () => string,
    private readonly changed: () => void,
  ) {}

  get sessionStartLimit(): { total: number; remaining: number; reset_after: number; max_concurrency: number } {
    const l = this.opts.sessionStartLimit;
    return { total: l.total, remaining: l.remaining, reset_after: l.resetAfterMs, max_concurrency: this.opts.maxConcurrency };
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
  }

  /** Sessions that finished IDENTIFY or RESUME and hold an open connection. */
  liveSessions(): { id: string; shard: [number, number]; intents: number }[] {
    return [...this.sessions.values()].filter((s) => s.conn !== null).map((s) => ({ id: s.id, shard: s.shard, intents: s.intents }));
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const conn: Connection = { ws, session: null, path: url.pathname, compress: url.searchParams.get('compress'), received: [], closedByFake: false };
    this.connections.add(conn);
    ws.on('message', (data: RawData) => this.onMessage(conn, data));
    ws.on('error', () => undefined);
    ws.on('close', (code: number) => {
      this.connections.delete(conn);
      const s = conn.session;
      if (!conn.closedByFake) this.closes.push({ at: Date.now(), sessionId: s?.id ?? null, shard: s?.shard ?? null, code, by: 'client' });
      if (s && s.conn === conn) {
        s.conn = null;
        if (code === 1000 || code === 1001) s.resumable = false;
      }
      this.changed();
    });
    if (url.searchParams.get('v') !== '10') return this.closeWith(conn, GatewayCloseCodes.InvalidAPIVersion);
    if ((url.searchParams.get('encoding') ?? 'json') !== 'json') return this.closeWith(conn, GatewayCloseCodes.DecodeError);
    // `compress=zlib-stream` is accepted and ignored: @discordjs/ws inflates only binary frames, and these are text.
    this.send(conn, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.opts.heartbeatIntervalMs, _trace: ['fake-discord'] }, s: null, t: null });
  }

  private send(conn: Connection, payload: Json): void {
    if (conn.ws.readyState === conn.ws.OPEN) conn.ws.send(JSON.stringify(payload));
  }

  private closeWith(conn: Connection, code: number): void {
    conn.closedByFake = true;
    const s = conn.session;
    this.closes.push({ at: Date.now(), sessionId: s?.id ?? null, shard: s?.shard ?? null, code, by: 'fake' });
    if (s) {
      s.conn = null;
      if (code !== 4000 && code !== 4200) s.resumable = false;
    }
    conn.ws.close(code);
    this.changed();
  }

  private onMessage(conn: Connection, data: RawData): void {
    const now = Date.now();
    conn.received.push(now);
    while (conn.received.length > 0 && conn.received[0]! <= now - 60_000) conn.received.shift();
    if (conn.received.length > 120) return this.closeWith(conn, GatewayCloseCodes.RateLimited);
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8'));
    } catch {
      return this.closeWith(conn, GatewayCloseCodes.DecodeError);
    }
    if (!isObj(payload) || typeof payload['op'] !== 'number') return this.closeWith(conn, GatewayCloseCodes.DecodeError);
    const d = payload['d'];
    const op = payload['op'] as GatewayOpcodes;
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeats++;
        this.send(conn, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        return this.changed();
      case GatewayOpcodes.Identify:
        return this.identify(conn, isObj(d) ? d : {});
      case GatewayOpcodes.Resume:
        return this.resume(conn, isObj(d) ? d : {});
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!conn.session) return this.closeWith(conn, GatewayCloseCodes.NotAuthenticated);
        this.otherOps.push({ at: now, op, d });
        return;
      default:
        return this.closeWith(conn, GatewayCloseCodes.UnknownOpcode);
    }
  }

  private identify(conn: Connection, d: Json): void {
    const shard: [number, number] = Array.isArray(d['shard']) ? [Number(d['shard'][0]), Number(d['shard'][1])] : [0, 1];
    const intents = typeof d['intents'] === 'number' ? d['intents'] : -1;
    const record: IdentifyRecord = { at: Date.now(), shard, intents, outcome: 'ready', properties: isObj(d['properties']) ? d['properties'] : {}, compress: conn.compress };
    this.identifies.push(record);
    const refuse = (code: number) => {
      record.outcome = `closed:${code}`;
      this.closeWith(conn, code);
    };
    if (conn.session) return refuse(GatewayCloseCodes.AlreadyAuthenticated);
    if (d['token'] !== this.opts.token) return refuse(GatewayCloseCodes.AuthenticationFailed);
    if (intents < 0 || intents & ~KNOWN_INTENTS) return refuse(GatewayCloseCodes.InvalidIntents);
    if (intents & PRIVILEGED & ~this.opts.privilegedIntents) return refuse(GatewayCloseCodes.DisallowedIntents);
    const [id, count] = shard;
    if (!Number.isInteger(id) || !Number.isInteger(count) || count < 1 || id < 0 || id >= count) return refuse(GatewayCloseCodes.InvalidShard);
    if (this.guildsOfShard(id, count).length > this.opts.maxGuildsPerShard) return refuse(GatewayCloseCodes.ShardingRequired);
    const bucket = id % this.opts.maxConcurrency;
    const last = this.identifyBuckets.get(bucket);
    const limit = this.opts.sessionStartLimit;
    if ((last !== undefined && record.at - last < 5_000) || limit.remaining <= 0) {
      record.outcome = 'invalid-session';
      this.send(conn, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    this.identifyBuckets.set(bucket, record.at);
    limit.remaining--;
    const session: Session = { id: randomBytes(16).toString('hex'), shard, intents, seq: 0, buffer: [], conn, resumable: true };
    conn.session = session;
    this.sessions.set(session.id, session);
    const guilds = this.guildsOfShard(id, count);
    this.emit(session, GatewayDispatchEvents.Ready, {
      v: 10,
      user: { ...this.world.userJSON(this.world.bot), verified: true, mfa_enabled: false, email: null },
      guilds: guilds.map((g) => ({ id: g, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: `${this.url()}/resume`,
      shard,
      application: { id: this.opts.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      auth_session_id_hash: '',
      _trace: ['fake-discord'],
    });
    for (const g of guilds) this.emit(session, GatewayDispatchEvents.GuildCreate, this.world.guildCreateJSON(g));
    this.changed();
  }

  private resume(conn: Connection, d: Json): void {
    const session = typeof d['session_id'] === 'string' ? this.sessions.get(d['session_id']) : undefined;
    const seq = typeof d['seq'] === 'number' ? d['seq'] : -1;
    if (conn.session) return this.closeWith(conn, GatewayCloseCodes.AlreadyAuthenticated);
    if (d['token'] !== this.opts.token) return this.closeWith(conn, GatewayCloseCodes.AuthenticationFailed);
    if (!session || !session.resumable || seq > session.seq) {
      this.resumes.push({ at: Date.now(), sessionId: String(d['session_id']), ok: false, replayed: 0, path: conn.path });
      this.send(conn, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.conn) {
      session.conn.closedByFake = true;
      session.conn.ws.terminate();
    }
    session.conn = conn;
    conn.session = session;
    const missed = session.buffer.filter((e) => e.s > seq);
    for (const e of missed) this.send(conn, { op: GatewayOpcodes.Dispatch, t: e.t, s: e.s, d: e.d });
    this.resumes.push({ at: Date.now(), sessionId: session.id, ok: true, replayed: missed.length, path: conn.path });
    this.emit(session, GatewayDispatchEvents.Resumed, { _trace: ['fake-discord'] });
    this.changed();
  }

  private emit(session: Session, t: string, d: Json): void {
    session.seq++;
    const s = session.seq;
    session.buffer.push({ s, t, d });
    if (session.buffer.length > 1000) session.buffer.shift();
    this.dispatches.push({ at: Date.now(), sessionId: session.id, shard: session.shard, t, s, d });
    if (session.conn) this.send(session.conn, { op: GatewayOpcodes.Dispatch, t, s, d });
  }

  private guildsOfShard(id: number, count: number): string[] {
    return [...this.world.guilds.values()].filter((g) => g.botPresent && shardOf(g.id, count) === id).map((g) => g.id);
  }

  /**
   * The session serving `guildId` (DMs: shard 0): a connected one, else the newest resumable one
   * (its events wait in its buffer for a RESUME); undefined when none identified yet.
   */
  private sessionFor(guildId: string | null): Session | undefined {
    const candidates = [...this.sessions.values()].filter((s) => s.resumable && s.shard[0] === (guildId === null ? 0 : shardOf(guildId, s.shard[1])));
    return candidates.find((s) => s.conn !== null) ?? candidates.at(-1);
  }

  /**
   * Sends an event to the shard that owns the guild (shard 0 for DMs). A disconnected but resumable
   * session buffers it for replay. Returns false when no session could take it or its intents filter it out.
   */
  dispatch(guildId: string | null, t: string, d: Json): boolean {
    const session = this.sessionFor(guildId);
    if (!session) return false;
    const needed = INTENT_OF[t];
    if (needed !== undefined && !(session.intents & needed)) return false;
    this.emit(session, t, d);
    return true;
  }

  /** Whether an event for that guild (or DMs) would reach a live, connected session now. */
  canReach(guildId: string | null): boolean {
    return this.sessionFor(guildId)?.conn != null;
  }

  private sessionsOf(shardId: number): Session[] {
    return [...this.sessions.values()].filter((s) => s.shard[0] === shardId && s.conn);
  }

  /** Sends op 7 RECONNECT: the client should reconnect and RESUME. */
  requestReconnect(shardId: number): void {
    for (const s of this.sessionsOf(shardId)) this.send(s.conn!, { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
  }

  /** Sends op 9 INVALID_SESSION (`resumable` false: the client must IDENTIFY again). */
  invalidateSession(shardId: number, resumable: boolean): void {
    for (const s of this.sessionsOf(shardId)) {
      if (!resumable) s.resumable = false;
      this.send(s.conn!, { op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  /** Cuts the TCP connection without a close frame, as a network failure would. */
  dropConnection(shardId: number): void {
    for (const s of this.sessionsOf(shardId)) {
      s.conn!.closedByFake = true;
      this.closes.push({ at: Date.now(), sessionId: s.id, shard: s.shard, code: 1006, by: 'fake' });
      s.conn!.ws.terminate();
    }
  }

  close(): void {
    for (const c of this.connections) {
      c.closedByFake = true;
      c.ws.terminate();
    }
    this.connections.clear();
    this.wss.close();
  }
}
