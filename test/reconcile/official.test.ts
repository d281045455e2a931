import { describe, expect, it } from 'vitest';
import type { Draw, DrawReport } from '../../src/domain/draw.ts';
import { normaliseFile } from '../../src/ircc/normalise.ts';
import { changedFigures, reconcileOfficial } from '../../src/reconcile/official.ts';
import { SAMPLE_ROUND, officialHistory } from '../helpers/draws.ts';
import { irccFile } from '../helpers/ircc-file.ts';
import { programs } from '../helpers/stores.ts';

const SEEN = '2026-11-20T18:00:00.000Z';
const history: DrawReport[] = normaliseFile(irccFile(), programs).rounds.map((r) => r.report);
const stored: Draw[] = officialHistory();
const byNumber = (n: string): Draw => stored.find((d) => d.drawNumber === n) as Draw;
const reportOf = (n: string): DrawReport => history.find((r) => r.drawNumber === n) as DrawReport;

const r438: DrawReport = {
  ...reportOf('437'),
  ...SAMPLE_ROUND,
  tieBreak: '2026-11-03T21:15:42Z',
  tieBreakRaw: 'November 3, 2026 at 9:15:42 PM UTC',
};
const run = (reports: DrawReport[], existing: Draw[] = stored) => reconcileOfficial(existing, reports, SEEN);
const kinds = (r: ReturnType<typeof run>) => r.events.map((e) => `${e.kind} #${e.draw.drawNumber} ${e.changed.join(',')}`.trim());

describe('reconcileOfficial: the whole history', () => {
  it('takes every one of IRCC’s 438 real records, holding none', () => {
    const result = reconcileOfficial([], history, '2026-08-19T18:00:00.000Z');
    expect(result.held).toEqual([]);
    expect(result.writes).toHaveLength(438);
  });

  it('sees nothing new when the same file is read again', () => {
    const again = run(history);
    expect([again.events, again.writes, again.held]).toEqual([[], [], []]);
  });
});

describe('reconcileOfficial: a number listed twice', () => {
  it('reads copies that agree on every figure as one record, the first listed', () => {
    const result = run([r438, { ...r438, programText: 'Canadian Experience Class (2026)' }]);
    expect(kinds(result)).toEqual(['new #438']);
    expect(result.writes[0]?.programText).toBe('Canadian Experience Class');
    expect(result.held).toEqual([]);
  });

  it('holds copies that disagree, whichever order they come in, and keeps a known round as stored', () => {
    const known = run([r438]).writes;
    for (const file of [
      [r438, { ...r438, minCrs: 480 }],
      [{ ...r438, minCrs: 480 }, r438],
    ]) {
      const result = run(file, [...stored, ...known]);
      expect([result.events, result.writes]).toEqual([[], []]);
      expect(result.held.map((h) => h.reason)).toEqual([expect.stringMatching(/^round #438 is listed 2 times with different figures .*cut-off 503.*cut-off 480|cut-off 480.*cut-off 503/)]);
    }
  });
});

describe('reconcileOfficial: a known number', () => {
  it('corrects figures of the same round (same date and program)', () => {
    expect(kinds(run([{ ...reportOf('437'), minCrs: 383, invitations: 5001 }]))).toEqual(['corrected #437 invitations,minCrs']);
  });

  it('corrects a date moved by a few days that keeps rounds in number order', () => {
    // #433 was held on 2026-08-06, #434 on 2026-08-07, #435 on 2026-08-17: #434 may move to the 10th, not past #435.
    expect(kinds(run([{ ...reportOf('434'), date: '2026-08-10' }]))).toEqual(['corrected #434 date']);
    const past = run([{ ...reportOf('434'), date: '2026-08-18' }]);
    expect(past.events).toEqual([]);
    expect(past.held[0]?.reason).toMatch(/reused number/);
  });

  it('corrects a relabelled program on the same date with the same figures', () => {
    expect(kinds(run([{ ...reportOf('436'), program: 'general', programText: 'No Program Specified' }]))).toEqual(['corrected #436 program']);
  });

  it.each([
    ['another program and date', { program: 'cec', date: '2026-11-20', invitations: 2500, minCrs: 503 }],
    ['the same program months later', { date: '2026-11-20' }],
    ['another program on the same date with other figures', { program: 'cec', invitations: 2500, minCrs: 503 }],
  ])('holds a record reusing #437 for %s', (_what, fields) => {
    const result = run([{ ...reportOf('437'), ...fields }]);
    expect([result.events, result.writes]).toEqual([[], []]);
    expect(result.held.map((h) => h.reason)).toEqual([expect.stringMatching(/^round #437 .*french round of 2026-08-19: a reused number/)]);
  });
});

describe('reconcileOfficial: values no round has had', () => {
  it.each([
    [{ minCrs: 0, invitations: 0 }, /cut-off of 0/],
    [{ invitations: 0 }, /0 invitations/],
    [{ minCrs: 12 }, /cut-off of 12/],
    [{ invitations: 250_000 }, /250000 invitations/],
    [{ date: '2026-11-22' }, /in the future/],
    [{ date: '2014-12-31' }, /before Express Entry/],
  ])('holds %j as a new round and as a correction', (fields, reason) => {
    const fresh = run([{ ...r438, ...fields }]);
    expect([fresh.events, fresh.writes]).toEqual([[], []]);
    expect(fresh.held.map((h) => h.reason)).toEqual([expect.stringMatching(reason)]);
    const correction = run([{ ...reportOf('437'), ...fields }]);
    expect([correction.events, correction.writes]).toEqual([[], []]);
  });

  it('accepts a round dated tomorrow in UTC (Ottawa’s date is behind)', () => {
    expect(kinds(run([{ ...r438, date: '2026-11-21' }]))).toEqual(['new #438']);
  });
});

describe('changedFigures', () => {
  const draw = byNumber('437');
  it('ignores wording, a tie-break that became unreadable, and one only known by its date', () => {
    expect(changedFigures(draw, { ...draw, programText: 'French 2026 v2', tieBreakRaw: 'March 1 at 18:34:05 UTC', tieBreak: null })).toEqual([]);
    expect(changedFigures({ ...draw, tieBreak: '2026-03-01' }, draw)).toEqual([]);
    expect(changedFigures({ ...draw, tieBreak: null }, draw)).toEqual([]);
  });

  it('names every figure an alert shows that changed', () => {
    expect(changedFigures(draw, { ...draw, date: '2026-08-20', program: 'cec', invitations: 1, minCrs: 1, tieBreak: '2026-03-01T18:34:06Z' })).toEqual([
      'date',
      'program',
      'invitations',
      'minCrs',
      'tieBreak',
    ]);
  });
});
