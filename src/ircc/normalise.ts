import { DAY_MS } from '../util/days.ts';
import type { DrawReport } from '../domain/draw.ts';
import type { PoolSnapshot } from '../domain/pool.ts';
import { POOL_BANDS } from '../domain/pool.ts';
import type { Programs } from '../config/programs.ts';
import { parseCount } from '../util/numbers.ts';
import { isoDate, parseIrccDate, parseIrccTimestamp } from './datetime.ts';
import { irccFileSchema, irccRoundSchema, type IrccRound } from './schema.ts';

export const IRCC_DETAILS_URL =
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=';

/** A record IRCC published that we could not read, with the reason in plain words. */
export interface RejectedRound {
  index: number;
  drawNumber: string | null;
  reason: string;
}

export interface NormalisedRound {
  report: DrawReport;
  pool: PoolSnapshot | null;
}

export interface NormalisedFile {
  rounds: NormalisedRound[];
  rejected: RejectedRound[];
}

export class IrccFormatError extends Error {
  override name = 'IrccFormatError';
}

function clean(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

export function normalisePool(round: IrccRound): PoolSnapshot | null {
  const bands = POOL_BANDS.map((b) => ({ ...b, count: parseCount(round[b.key] as string | undefined) ?? 0 }));
  const total = parseCount(round['dd18'] as string | undefined) ?? 0;
  if (total === 0) return null;
  const asOn = clean(round.drawDistributionAsOn);
  return { asOn, asOnDate: parseIrccDate(asOn), drawNumber: clean(round.drawNumber).toLowerCase(), total, bands };
}

/**
 * `drawDate` is reliable, the hand-typed `drawDateTime` is not (#357 says "July 12" for a July 22 round).
 * A timestamp more than two days from the draw's date keeps its time of day on the draw's date.
 */
export function alignToDrawDate(drawnAt: string | null, date: string): string | null {
  if (!drawnAt) return null;
  const gap = Math.abs(Date.parse(drawnAt) - Date.parse(`${date}T12:00:00Z`));
  return gap > 2 * DAY_MS ? `${date}${drawnAt.slice(10)}` : drawnAt;
}

/** One IRCC record → our report. Throws an Error whose message says what is wrong. */
export function normaliseRound(round: IrccRound, programs: Programs, sourceId = 'ircc'): NormalisedRound {
  const drawNumber = clean(round.drawNumber).toLowerCase();
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(clean(round.drawDate));
  const date = dm ? isoDate(Number(dm[1]), Number(dm[2]), Number(dm[3])) : parseIrccDate(round.drawDate);
  if (!date) throw new Error(`drawDate "${round.drawDate}" is not a date`);
  const invitations = parseCount(round.drawSize);
  if (invitations === null) throw new Error(`drawSize "${round.drawSize}" is not a number`);
  const minCrs = parseCount(round.drawCRS);
  if (minCrs === null || minCrs > 1200) throw new Error(`drawCRS "${round.drawCRS}" is not a CRS score`);
  const programText = clean(round.drawName);
  if (!programText) throw new Error('drawName is empty');
  const tieBreakRaw = clean(round.drawCutOff) || null;
  return {
    report: {
      sourceId,
      url: IRCC_DETAILS_URL + encodeURIComponent(drawNumber),
      drawNumber,
      date,
      program: programs.classify(programText),
      programText,
      invitations,
      minCrs,
      tieBreak: parseIrccTimestamp(tieBreakRaw),
      tieBreakRaw,
      drawnAt: alignToDrawDate(parseIrccTimestamp(round.drawDateTime), date),
      official: true,
    },
    pool: normalisePool(round),
  };
}

/** The whole file (already JSON-parsed) → reports, newest first as IRCC lists them, plus rejected records. */
export function normaliseFile(data: unknown, programs: Programs, sourceId = 'ircc'): NormalisedFile {
  const envelope = irccFileSchema.safeParse(data);
  if (!envelope.success) {
    throw new IrccFormatError(`not IRCC's rounds file: ${envelope.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
  }
  const rounds: NormalisedRound[] = [];
  const rejected: RejectedRound[] = [];
  envelope.data.rounds.forEach((raw, index) => {
    const parsed = irccRoundSchema.safeParse(raw);
    if (!parsed.success) {
      const num = typeof raw === 'object' && raw && 'drawNumber' in raw ? String(raw.drawNumber) : null;
      rejected.push({ index, drawNumber: num, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      return;
    }
    try {
      rounds.push(normaliseRound(parsed.data, programs, sourceId));
    } catch (err) {
      rejected.push({ index, drawNumber: clean(parsed.data.drawNumber), reason: (err as Error).message });
    }
  });
  return { rounds, rejected };
}

/** Bytes → JSON, tolerating a BOM; a truncated or non-JSON body is an IrccFormatError. */
export function parseIrccBody(body: string): unknown {
  const text = body.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (err) {
    const start = text.trimStart().slice(0, 40).replace(/\s+/g, ' ');
    throw new IrccFormatError(`the body is not JSON (${(err as Error).message}; it starts with "${start}")`, { cause: err });
  }
}
