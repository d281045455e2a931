/**
 * Private Redis and PostgreSQL servers for tests and benchmarks: started from the machine's
 * binaries on free loopback ports with their data in a temp folder, ready when they answer, and
 * stopped by the caller (and killed if the process exits first). A missing binary is an error
 * that says how to install it — never a skip.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

/** A server process a test owns: stopped and started at will, closed at the end. */
export interface TestServer {
  readonly kind: 'redis' | 'postgres';
  readonly port: number;
  /** Where to connect (PostgreSQL: its `postgres` database). */
  readonly url: string;
  /** Stops the server and keeps its data, e.g. to show a store outage; resolves once it has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data; resolves when it answers. */
  start(): Promise<void>;
  /** Stops it for good and removes its data; idempotent. */
  close(): Promise<void>;
}

/** A PostgreSQL server, which also makes databases (one per test keeps tests apart). */
export interface PostgresServer extends TestServer {
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
}

/** How to start a test server. */
export interface ServerOptions {
  /** fsync and durable commits as a production server has them (benchmarks); tests run faster without. Default false. */
  durable?: boolean;
  /** How long a start may take. Default 30 s. */
  readyTimeoutMs?: number;
}

export class MissingServerError extends Error {
  override name = 'MissingServerError';
}

function onPath(name: string, path: string): string | null {
  for (const dir of path.split(delimiter)) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return null;
}

/** Debian's PostgreSQL binaries (newest version first), else PATH's; a MissingServerError saying how to install them. */
export function postgresBin(name: 'initdb' | 'postgres', root = '/usr/lib/postgresql', path = process.env['PATH'] ?? ''): string {
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', name))) return join(root, v, 'bin', name);
  const found = onPath(name, path);
  if (found) return found;
  throw new MissingServerError(`PostgreSQL's ${name} was not found (looked in ${root}/*/bin and PATH): install the server with "apt-get install -y postgresql" (.ci/run does)`);
}

/** redis-server from PATH; a MissingServerError saying how to install it. */
export function redisBin(path = `${process.env['PATH'] ?? ''}${delimiter}/usr/bin`): string {
  const found = onPath('redis-server', path);
  if (!found) throw new MissingServerError('redis-server was not found on PATH: install it with "apt-get install -y redis-server" (.ci/run does)');
  return found;
}

/** PostgreSQL refuses to run as root: as root, its processes run as the `postgres` user the Debian package creates. */
function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) throw new MissingServerError('running as root, PostgreSQL needs the "postgres" user: install the server with "apt-get install -y postgresql"');
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `answers` until it resolves true, the process exits, or the deadline passes. */
async function waitReady(what: string, child: ChildProcess, output: () => string, answers: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
    if (exited) throw new Error(`${what} exited while starting:\n${output()}`);
    if (await answers().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not answer within ${timeoutMs} ms:\n${output()}`);
    await pause(wait);
  }
}

const redisPings = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.once('data', (d) => {
      socket.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

interface Launch {
  kind: TestServer['kind'];
  port: number;
  url: string;
  dir: string;
  spawnServer: () => ChildProcess;
  answers: () => Promise<boolean>;
  /** SIGTERM for Redis (saves and exits), SIGINT for PostgreSQL (fast shutdown). */
  signal: NodeJS.Signals;
  readyTimeoutMs: number;
}

function managed(l: Launch): TestServer {
  let child: ChildProcess | null = null;
  let output = '';
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);
  const server: TestServer = {
    kind: l.kind,
    port: l.port,
    url: l.url,
    async start() {
      if (child) return;
      output = '';
      const c = l.spawnServer();
      child = c;
      c.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
      c.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
      await waitReady(`${l.kind} on port ${l.port}`, c, () => output, l.answers, l.readyTimeoutMs);
    },
    async stop() {
      const c = child;
      if (!c) return;
      child = null;
      if (c.exitCode !== null || c.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => c.once('exit', () => resolve()));
      c.kill(l.signal);
      const timer = setTimeout(() => c.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
    async close() {
      await server.stop();
      process.removeListener('exit', killOnExit);
      rmSync(l.dir, { recursive: true, force: true });
    },
  };
  return server;
}

/**
 * Starts a server on a free port; another test may take that port between the look-up and the
 * bind, so a server that exits complaining of its address is started again on another.
 */
async function onFreePort(launch: (port: number) => TestServer): Promise<TestServer> {
  for (let attempt = 1; ; attempt++) {
    const server = launch(await freePort());
    try {
      await server.start();
      return server;
    } catch (err) {
      if (attempt >= 3 || !/already in use|could not bind|Address in use/i.test((err as Error).message)) throw err;
    }
  }
}

/** A private redis-server on a free loopback port, appending to a file so a stop/start keeps its data. */
export async function startRedis(opts: ServerOptions = {}): Promise<TestServer> {
  const bin = redisBin();
  const dir = mkdtempSync(join(tmpdir(), 'ee-redis-'));
  return onFreePort((port) =>
    managed({
      kind: 'redis',
      port,
      url: `redis://127.0.0.1:${port}`,
      dir,
      spawnServer: () =>
        spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', opts.durable ? 'everysec' : 'no', '--daemonize', 'no'], {
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      answers: () => redisPings(port),
      signal: 'SIGTERM',
      readyTimeoutMs: opts.readyTimeoutMs ?? 30_000,
    }),
  );
}

/** A private PostgreSQL cluster (initdb in a temp folder, trust auth on loopback) on a free port. */
export async function startPostgres(opts: ServerOptions = {}): Promise<PostgresServer> {
  const initdb = postgresBin('initdb');
  const postgres = postgresBin('postgres');
  const user = postgresUser();
  const dir = mkdtempSync(join(tmpdir(), 'ee-postgres-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const as = { ...(user ?? {}), env: { ...process.env, LC_ALL: 'C' } };
  const init = spawnSync(initdb, ['-D', dir, '-U', 'postgres', '--auth=trust', '--no-locale', '-E', 'UTF8', '--no-sync'], { ...as, encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed (${String(init.status)}): ${init.stderr || String(init.error)}`);
  const fast = opts.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
  const server = await onFreePort((port) =>
    managed({
      kind: 'postgres',
      port,
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      dir,
      spawnServer: () => spawn(postgres, ['-D', dir, '-p', String(port), '-h', '127.0.0.1', '-k', dir, ...fast], { ...as, stdio: ['ignore', 'pipe', 'pipe'] }),
      answers: () => postgresAnswers(`postgres://postgres@127.0.0.1:${port}/postgres`),
      signal: 'SIGINT',
      readyTimeoutMs: opts.readyTimeoutMs ?? 30_000,
    }),
  );
  const { url, port } = server;
  return {
    ...server,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(name)}`;
    },
  };
}
