import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { importVerb } from '../../src/cli/import.ts';
import { loadConfig } from '../../src/config/env.ts';
import { openStores } from '../../src/store/index.ts';
import { planImport } from '../../src/subscriptions/plan-import.ts';
import { runCli } from '../helpers/cli.ts';
import { programs, silentLogger } from '../helpers/stores.ts';

const NOW = new Date('2026-11-20T15:00:00Z');
const plan = (text: string) => planImport(text, programs, NOW);

describe('reading an import file', () => {
  it('reads JSON lines as DESIGN.md gives them: chats, topics, "all", and a user threshold', () => {
    const p = plan(
      [
        '{"platform": "telegram", "chat": "-1001234567890", "thread": "42", "programs": ["cec", "pnp"]}',
        '{"platform": "discord", "chat": "1191000000000000001", "programs": []}',
        '',
        '{"platform": "telegram", "user": "123456789", "score": 510, "programs": ["Canadian Experience Class"], "lang": "fr"}',
      ].join('\n'),
    );
    expect(p.format).toBe('jsonl');
    expect(p.refused).toEqual([]);
    expect(p.chats.map((c) => [c.key, c.programs, c.lang])).toEqual([
      ['telegram:-1001234567890:42', ['cec', 'pnp'], 'en'],
      ['discord:1191000000000000001:', 'all', 'en'],
    ]);
    expect(p.thresholds).toEqual([
      {
        key: 'telegram:123456789',
        platform: 'telegram',
        userId: '123456789',
        userName: null,
        score: 510,
        programs: ['cec'],
        ping: { kind: 'dm', fallback: null },
        profileSubmittedAt: null,
        lang: 'fr',
        createdAt: NOW.toISOString(),
      },
    ]);
  });

  it('reads CSV with a BOM, CRLF, quoted fields (commas, quotes, a line break) and aliases separated by spaces', () => {
    const csv =
      '\uFEFFplatform,chat,user,thread,programs,score,lang\r\n"telegram","-100","",7,"cec, pnp",,fr\r\ntelegram,,42,,"provincial french",490,\r\ndiscord,"1191000000000000001",,,"cec\r\nfsw",,\r\n';
    const p = plan(csv);
    expect(p.format).toBe('csv');
    expect(p.refused).toEqual([]);
    expect(p.chats.map((c) => [c.key, c.programs, c.lang])).toEqual([
      ['telegram:-100:7', ['cec', 'pnp'], 'fr'],
      ['discord:1191000000000000001:', ['cec', 'fsw'], 'en'],
    ]);
    expect(p.thresholds.map((t) => [t.key, t.score, t.programs])).toEqual([['telegram:42', 490, ['pnp', 'french']]]);
  });

  it('reports every bad row with its line number, an unknown program included', () => {
    const csv = [
      'platform,chat,user,programs,score',
      'telegram,-1,,cec,',
      'whatsapp,-2,,cec,',
      'telegram,-3,,"cec nowhere",',
      'telegram,,5,cec,',
      'telegram,-4,6,cec,500',
      'telegram,-5,,cec',
      'discord,12345,,,',
      'telegram,,7,,1300',
    ].join('\n');
    const p = plan(csv);
    expect(p.refused.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const says = Object.fromEntries(p.refused.map((r) => [r.line, r.message]));
    expect(says[3]).toMatch(/platform must be telegram or discord/);
    expect(says[4]).toBe('unknown program "nowhere"');
    expect(says[5]).toMatch(/needs the score/);
    expect(says[6]).toMatch(/either a chat .* or a user/);
    expect(says[7]).toMatch(/Invalid Record Length/);
    expect(says[8]).toMatch(/chat "12345" is not a discord id/);
    expect(says[9]).toMatch(/score must be 0–1200/);
  });

  it('refuses unknown fields, ids too long for a JSON number, and lines that are not JSON objects', () => {
    const p = plan(['{"platform":"telegram","chat":"-1","progams":["cec"]}', '{"platform":"discord","chat":1191000000000000001}', '{"platform":"telegram","chat":-77}', '[1]', '{oops'].join('\n'));
    expect(p.refused.map((r) => [r.line, r.message.slice(0, 40)])).toEqual([
      [1, 'unknown field "progams"'],
      [2, 'chat is too long for a JSON number: writ'],
      [4, 'a line must hold one JSON object'],
      [5, 'not valid JSON (Expected property name o'],
    ]);
    expect(p.chats.map((c) => c.chatId)).toEqual(['-77']);
  });

  it('keeps the last of duplicate rows and says which lines repeated which', () => {
    const p = plan('platform,chat,programs\ntelegram,-1,cec\ntelegram,-2,pnp\ntelegram,-1,fsw\ntelegram,-1,stem\n');
    expect(p.duplicates).toEqual([
      { line: 4, earlier: 2, key: 'telegram:-1:' },
      { line: 5, earlier: 4, key: 'telegram:-1:' },
    ]);
    expect(p.chats.map((c) => [c.chatId, c.programs])).toEqual([
      ['-2', ['pnp']],
      ['-1', ['stem']],
    ]);
  });
});

describe('ee-draw-bot import subscriptions', () => {
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ee-import-'));
    return { dir, env: { STORE_URL: `sqlite://${join(dir, 'store.sqlite')}` } };
  };

  it('imports a file, reports duplicates, and counts what it added, changed and already had', async () => {
    const { dir, env } = scratch();
    const file = join(dir, 'subs.csv');
    writeFileSync(file, 'platform,chat,user,programs,score\r\ntelegram,-1,,cec,\r\ntelegram,,9,all,505\r\ntelegram,-1,,"cec pnp",\r\n');
    const first = await runCli(['import', 'subscriptions', file], env);
    expect(first.stderr).toContain('line 4: the same subscription (telegram:-1:) as line 2; line 4 is kept');
    expect(first.stdout).toBe('2 added, 0 changed, 0 unchanged, 0 refused\n');
    expect(first.code).toBe(0);
    const again = await runCli(['import', 'subscriptions', '-'], env, { input: '{"platform":"telegram","chat":"-1","programs":["cec","pnp"]}\n{"platform":"telegram","user":"9","score":500}\n' });
    expect(again.stdout).toBe('0 added, 1 changed, 1 unchanged, 0 refused\n');
    const stores = await openStores(env.STORE_URL, silentLogger);
    expect((await stores.subscriptions.chatsFor('pnp')).map((c) => c.chatId)).toEqual(['-1']);
    expect((await stores.subscriptions.thresholdsFor('stem', 0)).map((t) => [t.userId, t.score])).toEqual([['9', 500]]);
    await stores.close();
  });

  it('writes nothing of a file with a bad row, and names the line', async () => {
    const { dir, env } = scratch();
    const file = join(dir, 'subs.jsonl');
    writeFileSync(file, '{"platform":"telegram","chat":"-1"}\n{"platform":"telegram","chat":"-2","programs":["cec","atlantis"]}\n{"platform":"telegram","chat":"-3"}\n');
    const result = await runCli(['import', 'subscriptions', file], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 2: unknown program "atlantis"');
    expect(result.stderr).toContain('nothing was imported: 1 of 3 row(s) refused');
    expect(result.stdout).toBe('0 added, 0 changed, 0 unchanged, 1 refused\n');
    const stores = await openStores(env.STORE_URL, silentLogger);
    expect(await stores.subscriptions.counts()).toEqual({ chats: 0, thresholds: 0 });
    await stores.close();
  });

  it('explains how to call it', async () => {
    const result = await runCli(['import', 'chats'], scratch().env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/usage: ee-draw-bot import subscriptions FILE\|-/);
  });

  it('draws a progress line on a terminal, ended before the summary', async () => {
    const { dir, env } = scratch();
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), stdin: Readable.from([]) };
    const file = join(dir, 'subs.jsonl');
    writeFileSync(file, Array.from({ length: 2500 }, (_, i) => `{"platform":"telegram","chat":"-${i + 1}"}`).join('\n'));
    expect(await importVerb(['subscriptions', file], { io, config: loadConfig(env), logger: silentLogger }, true)).toBe(0);
    expect(err.join('')).toMatch(/\rimporting: 2,500 of 2,500 subscriptions written\n$/);
    expect(out.join('')).toBe('2500 added, 0 changed, 0 unchanged, 0 refused\n');
  });
});
