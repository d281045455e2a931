import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { normaliseFile, parseIrccBody } from '../../src/ircc/normalise.ts';
import { parseIrccTimestamp } from '../../src/ircc/datetime.ts';
import { readCsv, readFixture } from '../helpers/fixtures.ts';

const programs = loadPrograms();
const merged = normaliseFile(parseIrccBody(readFixture('ircc/ee_rounds_merged_1-437.json')), programs);
const table = readCsv('ircc/ee_draws_history.csv');

describe('IRCC rounds file normaliser', () => {
  it('reads every one of the 438 records of the merged file', () => {
    expect(merged.rejected).toEqual([]);
    expect(merged.rounds).toHaveLength(438);
  });

  it('agrees with the flat table on every figure, date and timestamp of every record', () => {
    const byNumber = new Map(merged.rounds.map((r) => [r.report.drawNumber, r.report]));
    expect(table).toHaveLength(438);
    for (const row of table) {
      const r = byNumber.get(row['draw_number'] ?? '');
      expect(r, `round ${row['draw_number']}`).toBeDefined();
      if (!r) continue;
      expect([r.drawNumber, r.date, r.invitations, r.minCrs, r.programText]).toEqual([row['draw_number'], row['draw_date'], Number(row['invitations']), Number(row['min_crs']), row['draw_name']]);
      expect(r.tieBreak, `tie-break of round ${r.drawNumber} (${row['tie_break_raw']})`).toBe(row['tie_break_utc'] || null);
      expect(r.drawnAt, `drawn at of round ${r.drawNumber}`).toBe(row['drawn_at_utc'] || null);
      expect(r.tieBreakRaw).toBe(row['tie_break_raw']?.replace(/\s+/g, ' ').trim() || null);
    }
  });

  it('classifies every draw name, retired and 2026 names included', () => {
    const codes = new Map(merged.rounds.map((r) => [r.report.programText, r.report.program]));
    expect(Object.fromEntries(codes)).toEqual({
      'French-Language proficiency 2026-Version 2': 'french',
      'Canadian Experience Class': 'cec',
      'Provincial Nominee Program': 'pnp',
      'Transport Occupations, 2026-Version 2': 'transport',
      'Skilled Military Recruits, 2026-Version 1': 'military',
      'Senior managers with Canadian Work Experience, 2026-Version 1': 'managers',
      'Healthcare and Social Services Occupations, 2026-Version 3': 'healthcare',
      'Physicians with Canadian Work Experience, 2026-Version 1': 'physicians',
      'Trades Occupations, 2026-Version 3': 'trades',
      'French language proficiency (Version 1)': 'french',
      'Healthcare and social services occupations (Version 2)': 'healthcare',
      'Trade occupations (Version 2)': 'trades',
      'Education occupations (Version 1)': 'education',
      'Healthcare occupations (Version 1)': 'healthcare',
      General: 'general',
      'STEM occupations (Version 1)': 'stem',
      'Trade occupations (Version 1)': 'trades',
      'Transport occupations (Version 1)': 'transport',
      'Agriculture and agri-food occupations (Version 1)': 'agriculture',
      'Federal Skilled Worker': 'fsw',
      'No Program Specified': 'general',
      'Federal Skilled Trades': 'fst',
    });
  });

  it.each(['ircc/ee_rounds_123_en.snapshot-2024-04-06.json', 'ircc/ee_rounds_123_en.snapshot-2023-01-19.json'])('reads every record of the older snapshot %s', (file) => {
    const snap = normaliseFile(parseIrccBody(readFixture(file)), programs);
    expect(snap.rejected).toEqual([]);
    expect(snap.rounds.length).toBeGreaterThan(230);
    for (const { report } of snap.rounds) {
      expect(report.program, report.programText).not.toBe('other');
      expect(report.drawnAt, `drawnAt of ${report.drawNumber}`).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const cutoffHasYear = /\d{4}/.test(report.tieBreakRaw ?? '');
      if (cutoffHasYear) expect(report.tieBreak, `tie-break of ${report.drawNumber}`).toMatch(/Z$/);
      else expect(report.tieBreak).toBeNull();
    }
    const renamed = snap.rounds.find((r) => r.report.programText === 'Healthcare occupations (2023-1)');
    if (file.includes('2024')) expect(renamed?.report.program).toBe('healthcare');
  });

  it('keeps a cut-off without a year raw and leaves tieBreak null (round #208)', () => {
    const r208 = merged.rounds.find((r) => r.report.drawNumber === '208')?.report;
    expect(r208?.tieBreakRaw).toBe('October 7 at 16:38:21 UTC');
    expect(r208?.tieBreak).toBeNull();
  });

  it('reads the pool distribution of the newest round', () => {
    const pool = merged.rounds[0]?.pool;
    expect(pool?.asOnDate).toBe('2026-08-16');
    expect(pool?.total).toBe(226859);
    expect(pool?.bands.find((b) => b.key === 'dd2')?.count).toBe(18657);
  });

  it('rejects one broken record with a reason and keeps the rest', () => {
    const out = normaliseFile(
      {
        rounds: [
          { drawNumber: '1', drawDate: '2015-01-31', drawName: 'No Program Specified', drawSize: '779', drawCRS: '886' },
          { drawNumber: 'x' },
          { drawNumber: '2', drawDate: 'soon', drawName: 'CEC', drawSize: '1', drawCRS: '1' },
        ],
      },
      programs,
    );
    expect(out.rounds).toHaveLength(1);
    expect(out.rejected.map((r) => r.index)).toEqual([1, 2]);
    expect(out.rejected[1]?.reason).toMatch(/drawDate "soon"/);
  });

  it('refuses a truncated body and a body that is not the rounds file', () => {
    expect(() => parseIrccBody('{"classes": "wb-tables", "rounds": [ {"drawNum')).toThrow(/not JSON/);
    expect(() => normaliseFile({ hello: 1 }, programs)).toThrow(/not IRCC's rounds file/);
  });
});

describe('IRCC timestamp reader', () => {
  it.each([
    ['August 19th 2026 at 12:35:37 UTC', '2026-08-19T12:35:37Z'],
    ['September 30, 2023 at 04:22:17 AM UTC', '2023-09-30T04:22:17Z'],
    ['June 22, 2021 at 20:19:59 PM UTC', '2021-06-22T20:19:59Z'],
    ['October 1, 2023 at 4:05:00 PM UTC', '2023-10-01T16:05:00Z'],
    ['October 1, 2023 at 12:05:00 AM UTC', '2023-10-01T00:05:00Z'],
    ['January 23, 2025 at 2025-01-23 15:30:04 UTC', '2025-01-23T15:30:04Z'],
    ['May 31, 2024 at12:48:30 UTC', '2024-05-31T12:48:30Z'],
    ['May 19,2022 06:48:41 UTC', '2022-05-19T06:48:41Z'],
    ['March 02. 2024 at 01:58:34 UTC', '2024-03-02T01:58:34Z'],
    [' January 17, 2018 at 12:33:00 UTC', '2018-01-17T12:33:00Z'],
    ['October 7 at 16:38:21 UTC', null],
    ['', null],
    ['February 30, 2024 at 10:00:00 UTC', null],
  ])('%j → %j', (raw, expected) => {
    expect(parseIrccTimestamp(raw)).toBe(expected);
  });
});
