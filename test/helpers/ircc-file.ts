import { readFixture } from './fixtures.ts';

export type RawRound = Record<string, string>;

/** IRCC's real file (rounds #1–#437) as parsed JSON. */
export function irccFile(): { classes: string; rounds: RawRound[] } {
  return JSON.parse(readFixture('ircc/ee_rounds_merged_1-437.json')) as { classes: string; rounds: RawRound[] };
}

/** A round in IRCC's own string format, based on #436 with the given fields replaced. */
export function irccRound(fields: RawRound): RawRound {
  const base = irccFile().rounds.find((r) => r['drawNumber'] === '436');
  if (!base) throw new Error('fixture lacks round 436');
  return { ...base, ...fields };
}

/** Round #438 as the tests use it: CEC, 2,500 invitations, cutoff 503. */
export const ROUND_438: RawRound = irccRound({
  drawNumber: '438',
  drawDate: '2026-11-20',
  drawDateFull: 'November 20, 2026',
  drawName: 'Canadian Experience Class',
  drawSize: '2,500',
  drawCRS: '503',
  drawDateTime: 'November 20, 2026 at 14:02:11 UTC',
  drawCutOff: 'November 3, 2026 at 9:15:42 PM UTC',
});

/** IRCC's file with `extra` rounds on top (newest first, as IRCC lists them). */
export function irccBodyWith(...extra: RawRound[]): string {
  const file = irccFile();
  return JSON.stringify({ ...file, rounds: [...extra, ...file.rounds] });
}
