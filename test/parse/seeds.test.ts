import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle, type ParsedDraw } from '../../src/parse/parse-article.ts';
import { readFixture } from '../helpers/fixtures.ts';

const programs = loadPrograms();
const parseSeed = (file: string, published?: string) => parseArticle(readFixture(`seeds/${file}`), { programs, ...(published ? { published } : {}) });

const draw = (d: Partial<ParsedDraw> & Pick<ParsedDraw, 'program' | 'primary'>): ParsedDraw => ({
  date: null,
  drawNumber: null,
  invitations: null,
  minCrs: null,
  tieBreak: null,
  ...d,
});

describe('the five seed articles', () => {
  it('000: the 326th draw, CEC, 400 invitations at 539, tie-break July 8, 2024', () => {
    const r = parseSeed('000_5e2b7f933c5638a2.txt');
    expect(r.announcesNewDraw).toBe(true);
    expect(r.draws).toEqual([draw({ date: '2024-11-19', drawNumber: '326', program: 'cec', invitations: 400, minCrs: 539, tieBreak: '2024-07-08', primary: true })]);
  });

  it('001: today’s CEC draw (3,000 at 522), with the May 30 PNP draw and the 2024 table as context', () => {
    const r = parseSeed('001_e0a16a818b52d551.txt', '2024-05-31');
    expect(r.announcesNewDraw).toBe(true);
    expect(r.draws.filter((d) => d.primary)).toEqual([draw({ date: '2024-05-31', program: 'cec', invitations: 3000, minCrs: 522, primary: true })]);
    expect(r.draws).toContainEqual(draw({ date: '2024-05-30', program: 'pnp', invitations: 2985, minCrs: 676, primary: false }));
    expect(r.draws).toContainEqual(draw({ date: '2024-02-16', program: 'agriculture', invitations: 150, minCrs: 437, primary: false }));
    expect(r.draws).toHaveLength(19);
  });

  it('002: the November 26 CEC draw (1,000 at 531), with the November 25 PNP draw as context', () => {
    const r = parseSeed('002_d9f12e1049d1b8b4.txt', '2025-11-29');
    expect(r.draws.filter((d) => d.primary)).toEqual([draw({ date: '2025-11-26', program: 'cec', invitations: 1000, minCrs: 531, primary: true })]);
    expect(r.draws).toContainEqual(draw({ date: '2025-11-25', program: 'pnp', invitations: 777, minCrs: 699, primary: false }));
    expect(r.announcesNewDraw).toBe(true);
  });

  it('003: 6,000 CEC invitations at 520, no date stated', () => {
    const r = parseSeed('003_df902443f7b2ab2d.txt');
    expect(r).toEqual({ announcesNewDraw: true, draws: [draw({ program: 'cec', invitations: 6000, minCrs: 520, primary: true })] });
  });

  it('004: the January 21 CEC draw (6,000 at 509) with its tie-break time', () => {
    const r = parseSeed('004_992d21e8172442b7.txt', '2026-01-22');
    expect(r.draws.filter((d) => d.primary)).toEqual([draw({ date: '2026-01-21', program: 'cec', invitations: 6000, minCrs: 509, tieBreak: '2025-10-29', primary: true })]);
    expect(r.announcesNewDraw).toBe(true);
  });

  it('without --published, a day without a year stays unknown instead of guessed', () => {
    const r = parseSeed('001_e0a16a818b52d551.txt');
    expect(r.draws.find((d) => d.primary)).toEqual(draw({ program: 'cec', invitations: 3000, minCrs: 522, primary: true }));
  });
});
