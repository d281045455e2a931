import { FIGURE_FIELDS, type Draw, type FigureField, type DrawEvent, type DrawReport } from '../domain/draw.ts';
import { withSource } from './merge-sources.ts';

export interface ReconcileResult {
  /** Draws to write (new or changed). */
  writes: Draw[];
  events: DrawEvent[];
}

const DAY_MS = 86_400_000;
export const daysApart = (a: string, b: string): number => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;

export function officialDrawId(drawNumber: string): string {
  return `ircc-${drawNumber.toLowerCase()}`;
}

/** A tie-break known only by its date agrees with a full timestamp on that date. */
function sameTieBreak(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (a.length === 10 || b.length === 10) && a.slice(0, 10) === b.slice(0, 10);
}

/** Figures that differ; a value the earlier record did not know (null) is news, not a correction. */
export function changedFigures(before: Draw, after: Draw): FigureField[] {
  return FIGURE_FIELDS.filter((f) => {
    if (f === 'tieBreak') return before.tieBreak !== null && !sameTieBreak(before.tieBreak, after.tieBreak);
    if (f === 'drawNumber') return before.drawNumber !== null && before.drawNumber !== after.drawNumber;
    return before[f] !== after[f];
  });
}

function fromReport(report: DrawReport, base: Draw | null, seenAt: string): Draw {
  return {
    id: base?.id ?? officialDrawId(report.drawNumber ?? ''),
    drawNumber: report.drawNumber,
    date: report.date,
    program: report.program,
    programText: report.programText,
    invitations: report.invitations,
    minCrs: report.minCrs,
    tieBreak: report.tieBreak,
    tieBreakRaw: report.tieBreakRaw,
    drawnAt: report.drawnAt,
    status: 'confirmed',
    sources: withSource(base?.sources ?? [], { id: report.sourceId, url: report.url, seenAt }),
  };
}

/** A reported (news) draw the official record confirms: same program, date within a day; closest figures win. */
function findReported(report: DrawReport, reported: Draw[]): Draw | undefined {
  const candidates = reported.filter((d) => d.program === report.program && daysApart(d.date, report.date) <= 1 && (!d.drawNumber || d.drawNumber === report.drawNumber));
  const distance = (d: Draw) => Math.abs(d.minCrs - report.minCrs) + Math.abs(d.invitations - report.invitations) / 100;
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * Official IRCC records against what the store holds (pure). IRCC wins every disagreement:
 * an unknown round is `new`, a reported draw it matches is `confirmed` (or `corrected` when a figure
 * differs), a confirmed draw whose figures IRCC changed is `corrected`; wording-only changes are written silently.
 */
export function reconcileOfficial(existing: Draw[], reports: DrawReport[], seenAt: string): ReconcileResult {
  const byNumber = new Map(existing.filter((d) => d.drawNumber && d.status === 'confirmed').map((d) => [d.drawNumber as string, d]));
  const reported = existing.filter((d) => d.status === 'reported');
  const writes: Draw[] = [];
  const events: DrawEvent[] = [];
  // IRCC lists newest first; events come out oldest first.
  for (const report of [...reports].reverse()) {
    if (!report.drawNumber) continue;
    const known = byNumber.get(report.drawNumber);
    if (known) {
      const next = fromReport(report, known, seenAt);
      const changed = changedFigures(known, next);
      if (changed.length > 0) events.push({ kind: 'corrected', draw: next, previous: known, changed });
      if (changed.length > 0 || JSON.stringify(known) !== JSON.stringify(next)) writes.push(next);
      continue;
    }
    const match = findReported(report, reported);
    if (match) {
      reported.splice(reported.indexOf(match), 1);
      const next = fromReport(report, match, seenAt);
      const changed = changedFigures(match, next);
      events.push({ kind: changed.length > 0 ? 'corrected' : 'confirmed', draw: next, previous: match, changed });
      writes.push(next);
      byNumber.set(report.drawNumber, next);
      continue;
    }
    const created = fromReport(report, null, seenAt);
    events.push({ kind: 'new', draw: created, previous: null, changed: [] });
    writes.push(created);
    byNumber.set(report.drawNumber, created);
  }
  return { writes, events };
}
