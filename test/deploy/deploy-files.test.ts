import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/env.ts';
import { BIN, ROOT } from '../helpers/cli.ts';

// No container engine here: these checks stand in for a build, reading the files as Docker would.
const read = (file: string) => readFileSync(`${ROOT}${file}`, 'utf8');
/** Every launcher of the bot and of the bench gives node this flag (docs/decisions/0015-regexp-tier-up.md). */
const V8_FLAG = '--no-regexp-tier-up';

describe('the launchers', () => {
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

  it('start the bot and the bench with V8 compiling each pattern to machine code at once', () => {
    expect(scripts['start']).toBe(`node ${V8_FLAG} bin/ee-draw-bot.cjs run`);
    expect(scripts['bench']).toBe(`node ${V8_FLAG} --import tsx bench/index.ts`);
  });

  it('use a flag this Node accepts: the bin runs with it', () => {
    const run = spawnSync(process.execPath, [V8_FLAG, BIN, '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: ee-draw-bot/);
  });
});

/** Dockerfile instructions, continuation lines joined, comments dropped. */
function instructions(text: string): { op: string; args: string }[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op = '', ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

describe('Dockerfile', () => {
  const all = instructions(read('Dockerfile'));
  const stages: { op: string; args: string }[][] = [];
  for (const i of all) {
    if (i.op === 'FROM') stages.push([]);
    stages.at(-1)?.push(i);
  }
  const build = stages[0] ?? [];
  const runtime = stages.at(-1) ?? [];
  const has = (stage: typeof runtime, op: string, pattern: RegExp) => stage.some((i) => i.op === op && pattern.test(i.args));

  it('builds in two stages, native build tools only in the first', () => {
    expect(stages).toHaveLength(2);
    expect(has(build, 'RUN', /apt-get install .*python3 make g\+\+/)).toBe(true);
    expect(has(build, 'RUN', /npm ci --omit=dev/)).toBe(true);
    expect(runtime.some((i) => i.op === 'RUN' && /apt-get|g\+\+|python3/.test(i.args))).toBe(false);
    expect(has(runtime, 'COPY', /--from=build \/app\/node_modules/)).toBe(true);
  });

  it('runs `node --no-regexp-tier-up bin/ee-draw-bot.cjs run` as a non-root user, exec form, with a volume and a health check', () => {
    expect(runtime.filter((i) => i.op === 'USER').map((i) => i.args)).toEqual(['node']);
    expect(runtime.filter((i) => i.op === 'CMD').map((i) => JSON.parse(i.args) as unknown)).toEqual([['node', V8_FLAG, 'bin/ee-draw-bot.cjs', 'run']]);
    expect(runtime.some((i) => i.op === 'ENTRYPOINT')).toBe(false);
    expect(has(runtime, 'VOLUME', /"\/data"/)).toBe(true);
    expect(has(runtime, 'ENV', /STORE_URL=sqlite:\/\/\/data\//)).toBe(true);
    expect(has(runtime, 'ENV', /HTTP_PORT=\d+/)).toBe(true);
    expect(has(runtime, 'HEALTHCHECK', /CMD \[.*\/healthz/)).toBe(true);
  });

  it('copies only files that exist and that .dockerignore lets through', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'));
    const sources = all.filter((i) => i.op === 'COPY' && !i.args.startsWith('--from')).flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(3);
    for (const path of sources) {
      expect(existsSync(`${ROOT}${path}`), path).toBe(true);
      expect(ignored, path).not.toContain(path);
    }
    for (const kept of ['node_modules', '.env', 'data', '*.sqlite']) expect(ignored).toContain(kept);
  });
});

interface ComposeService {
  profiles?: string[];
  build?: string;
  image?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  init?: boolean;
  stop_grace_period?: string;
}

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> };
  const bots = Object.entries(compose.services).filter(([, s]) => s.build === '.');
  /** Compose's own ${VAR:-default} substitution, with the defaults. */
  const substitute = (env: Record<string, string>) => Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]));

  it('has one complete deployment per profile: the bot on SQLite, two on Redis, two on PostgreSQL', () => {
    const byProfile = (p: string) => bots.filter(([, s]) => s.profiles?.includes(p));
    expect(bots.every(([, s]) => s.profiles?.length === 1)).toBe(true);
    const [sqlite] = byProfile('sqlite');
    expect(sqlite?.[1].environment?.['STORE_URL']).toMatch(/^sqlite:\/\/\/data\//);
    expect(sqlite?.[1].volumes).toContain('bot-data:/data');
    for (const [profile, scheme, db] of [
      ['redis', 'redis://', 'redis'],
      ['postgres', 'postgres://', 'postgres'],
    ] as const) {
      const instances = byProfile(profile);
      expect(instances).toHaveLength(2);
      // Each its own INSTANCE_ID, the same store.
      expect(new Set(instances.map(([, s]) => s.environment?.['INSTANCE_ID'])).size).toBe(2);
      for (const [, s] of instances) {
        expect(s.environment?.['STORE_URL']?.startsWith(scheme)).toBe(true);
        expect(s.depends_on?.[db]?.condition).toBe('service_healthy');
      }
      expect(compose.services[db]?.profiles).toEqual([profile]);
    }
  });

  it('gives every bot a configuration the bot accepts, an init, and time to stop', () => {
    expect(bots).toHaveLength(5);
    for (const [name, s] of bots) {
      expect(() => loadConfig(substitute(s.environment ?? {})), name).not.toThrow();
      expect(s.environment?.['HTTP_PORT'], name).toBeDefined();
      expect([s.init, s.stop_grace_period], name).toEqual([true, '20s']);
    }
  });

  it('declares every named volume it mounts', () => {
    for (const s of Object.values(compose.services)) {
      for (const v of s.volumes ?? []) {
        const name = v.split(':')[0] ?? '';
        if (!name.startsWith('.') && !name.startsWith('/')) expect(Object.keys(compose.volumes)).toContain(name);
      }
    }
  });
});

describe('deploy/ee-draw-bot.service', () => {
  const unit = read('deploy/ee-draw-bot.service');
  const keys = new Map(
    unit
      .split('\n')
      .filter((l) => /^[A-Za-z]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

  it('restarts on failure as a dedicated user, with an EnvironmentFile, a state directory and hardening', () => {
    expect(keys.get('Restart')).toBe('on-failure');
    expect(keys.get('User')).toBe('ee-draw-bot');
    expect(keys.get('EnvironmentFile')).toMatch(/^\//);
    expect(keys.get('ExecStart')).toMatch(new RegExp(`^/usr/bin/node ${V8_FLAG} /\\S+/bin/ee-draw-bot\\.cjs run$`));
    const state = `/var/lib/${keys.get('StateDirectory') ?? '?'}`;
    expect(keys.get('Environment')).toBe(`STORE_URL=sqlite://${state}/ee-draw-bot.sqlite`);
    // Relative paths in the settings land in the state directory, the one place the unit may write.
    expect(keys.get('WorkingDirectory')).toBe(state);
    for (const hardening of ['NoNewPrivileges', 'ProtectSystem', 'ProtectHome', 'PrivateTmp', 'CapabilityBoundingSet']) expect(keys.has(hardening), hardening).toBe(true);
  });
});
