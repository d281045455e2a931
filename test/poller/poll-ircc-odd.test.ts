import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceSchema, type SourceConfig } from '../../src/config/sources.ts';
import type { DrawEvent } from '../../src/domain/draw.ts';
import { pollOnce, pollSource, type PollDeps } from '../../src/poller/poll-once.ts';
import { openStores } from '../../src/store/index.ts';
import { seedHistory } from '../../src/store/seed.ts';
import { createSerial } from '../../src/util/serial.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { irccBodyWith, irccFile, ROUND_438, type RawRound } from '../helpers/ircc-file.ts';
import { programs, seededDeps } from '../helpers/stores.ts';
import { captureLogger } from '../helpers/capture-logger.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => server.close());

const NOW = new Date('2026-11-20T18:00:00Z');
let paths = 0;
/** A source on its own path of the loopback server, serving `body`; `serve` changes what it serves. */
function irccSource(body: string): { source: SourceConfig; serve: (next: string) => void } {
  const path = `/odd-${++paths}.json`;
  server.route(path, { body });
  return { source: sourceSchema.parse({ id: 'ircc', kind: 'ircc-json', url: server.url(path), timeoutMs: 3000 }), serve: (next) => server.route(path, { body: next }) };
}

/** IRCC's file where the record of `drawNumber` is replaced by `replacement` (newest first kept). */
function fileReplacing(drawNumber: string, replacement: RawRound, ...extra: RawRound[]): string {
  const file = irccFile();
  return JSON.stringify({ ...file, rounds: [...extra, replacement, ...file.rounds.filter((r) => r['drawNumber'] !== drawNumber)] });
}

const ROUND_439: RawRound = { ...ROUND_438, drawNumber: '439', drawDate: '2026-11-20', drawName: 'Provincial Nominee Program', drawSize: '640', drawCRS: '741' };
const summary = (events: DrawEvent[]) => events.map((e) => `${e.kind} #${e.draw.drawNumber} ${e.draw.program} ${e.draw.invitations}/${e.draw.minCrs}`);

async function depsWithLog(): Promise<{ deps: PollDeps; stores: Awaited<ReturnType<typeof seededDeps>>['stores']; warnings: () => { msg: string }[] }> {
  const { stores, deps } = await seededDeps(() => NOW);
  const { logger, warnings } = captureLogger();
  return { stores, deps: { ...deps, logger }, warnings };
}

describe('odd IRCC files', () => {
  it('holds a round listed twice with different figures, and never flips the stored cut-off', async () => {
    const { stores, deps, warnings } = await depsWithLog();
    const { source, serve } = irccSource(irccBodyWith(ROUND_438));
    expect(summary((await pollOnce([source], deps)).events)).toEqual(['new #438 cec 2500/503']);

    serve(irccBodyWith({ ...ROUND_438, drawCRS: '480' }, ROUND_438));
    expect((await pollOnce([source], deps)).events).toEqual([]);
    expect((await stores.draws.getByNumber('438'))?.minCrs).toBe(503);
    expect(warnings().map((w) => w.msg)).toContainEqual(expect.stringMatching(/#438 .*twice|#438 .*2 times/));

    // Every later change of the file used to flip 480 ↔ 503 and send a correction each time.
    serve(irccBodyWith(ROUND_439, { ...ROUND_438, drawCRS: '480' }, ROUND_438));
    expect(summary((await pollOnce([source], deps)).events)).toEqual(['new #439 pnp 640/741']);
    serve(irccBodyWith({ ...ROUND_439, drawName: 'Provincial Nominee Program ' }, ROUND_438, { ...ROUND_438, drawCRS: '480' }));
    expect((await pollOnce([source], deps)).events).toEqual([]);
    expect((await stores.draws.getByNumber('438'))?.minCrs).toBe(503);
  });

  it('does not announce a new round listed twice with different figures until IRCC settles it', async () => {
    const { stores, deps, warnings } = await depsWithLog();
    const { source, serve } = irccSource(irccBodyWith(ROUND_438, { ...ROUND_438, drawCRS: '480' }));
    expect((await pollOnce([source], deps)).events).toEqual([]);
    expect(await stores.draws.getByNumber('438')).toBeUndefined();
    expect(warnings()).toHaveLength(1);
    serve(irccBodyWith(ROUND_438, { ...ROUND_438, drawName: ' Canadian  Experience Class' }));
    expect(summary((await pollOnce([source], deps)).events)).toEqual(['new #438 cec 2500/503']);
  });

  it.each([
    ['replacing the old record', fileReplacing('437', { ...ROUND_438, drawNumber: '437' })],
    ['beside the old record', irccBodyWith({ ...ROUND_438, drawNumber: '437' })],
  ])('never lets a record reusing an old number (#437) overwrite that round (%s)', async (_how, body) => {
    const { stores, deps, warnings } = await depsWithLog();
    const before = await stores.draws.getByNumber('437');
    expect(before?.program).toBe('french');
    const { source } = irccSource(body);
    expect((await pollOnce([source], deps)).events).toEqual([]);
    expect(await stores.draws.getByNumber('437')).toEqual(before);
    expect(
      warnings()
        .map((w) => w.msg)
        .join('\n'),
    ).toMatch(/#437/);
  });

  it.each([
    ['a cut-off and invitations of 0', { drawCRS: '0', drawSize: '0' }],
    ['invitations of 0', { drawSize: '0' }],
    ['absurd invitations', { drawSize: '250,000' }],
    ['a date weeks in the future', { drawDate: '2026-12-20', drawDateFull: 'December 20, 2026' }],
    ['a date before Express Entry', { drawDate: '2014-12-01', drawDateFull: 'December 1, 2014' }],
  ])('never announces a round with %s', async (_what, fields) => {
    const { stores, deps, warnings } = await depsWithLog();
    const { source } = irccSource(irccBodyWith({ ...ROUND_438, ...fields }));
    expect((await pollOnce([source], deps)).events).toEqual([]);
    expect(await stores.draws.getByNumber('438')).toBeUndefined();
    expect(
      warnings()
        .map((w) => w.msg)
        .join('\n'),
    ).toMatch(/#438/);
  });

  it('never lets an impossible value correct a known round', async () => {
    const { stores, deps } = await depsWithLog();
    const { source, serve } = irccSource(irccBodyWith(ROUND_438));
    await pollOnce([source], deps);
    serve(irccBodyWith({ ...ROUND_438, drawCRS: '0', drawSize: '0' }));
    expect((await pollOnce([source], deps)).events).toEqual([]);
    expect((await stores.draws.getByNumber('438'))?.minCrs).toBe(503);
  });

  it('writes wording-only changes silently and alerts a real correction once', async () => {
    const { stores, deps } = await depsWithLog();
    const { source, serve } = irccSource(irccBodyWith(ROUND_438));
    await pollOnce([source], deps);
    const reworded = { ...ROUND_438, drawName: '  Canadian Experience Class (2026)  ', drawCutOff: 'November 03, 2026 at 21:15:42 UTC' };
    serve(irccBodyWith(reworded));
    expect((await pollOnce([source], deps)).events).toEqual([]);
    const stored = await stores.draws.getByNumber('438');
    expect([stored?.programText, stored?.tieBreak, stored?.tieBreakRaw]).toEqual(['Canadian Experience Class (2026)', '2026-11-03T21:15:42Z', 'November 03, 2026 at 21:15:42 UTC']);

    serve(irccBodyWith({ ...reworded, drawCRS: '504' }));
    const corrected = await pollOnce([source], deps);
    expect(corrected.events.map((e) => [e.kind, e.changed, e.previous?.minCrs, e.draw.minCrs])).toEqual([['corrected', ['minCrs'], 503, 504]]);
    serve(irccBodyWith(ROUND_439, { ...reworded, drawCRS: '504' }));
    expect(summary((await pollOnce([source], deps)).events)).toEqual(['new #439 pnp 640/741']);
  });

  it('does not send the same correction again after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guards-'));
    try {
      const url = `sqlite://${join(dir, 'store.sqlite')}`;
      const { logger } = captureLogger();
      const open = async () => {
        const stores = await openStores(url, logger);
        await seedHistory(stores, programs);
        const deps: PollDeps = { stores, userAgent: 'ee-draw-bot/test', programs, logger, now: () => NOW, serial: createSerial() };
        return { stores, deps };
      };
      const { source, serve } = irccSource(irccBodyWith(ROUND_438));
      const first = await open();
      await pollSource(source, first.deps);
      serve(irccBodyWith({ ...ROUND_438, drawCRS: '504' }));
      expect(summary((await pollSource(source, first.deps)).events)).toEqual(['corrected #438 cec 2500/504']);
      await first.stores.close();

      const second = await open();
      serve(irccBodyWith(ROUND_439, { ...ROUND_438, drawCRS: '504' }));
      expect(summary((await pollSource(source, second.deps)).events)).toEqual(['new #439 pnp 640/741']);
      await second.stores.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
