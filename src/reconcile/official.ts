import { FIGURE_FIELDS, type Draw, type FigureField, type DrawEvent, type DrawReport } from '../domain/draw.ts';
import { impossibleRound } from '../ircc/limits.ts';
import { daysApart } from '../util/days.ts';
import { resolveDuplicates } from './duplicates.ts';
import { describeRound, type HeldRound } from './held.ts';
import { withSource } from './merge-sources.ts';
import { reusedNumber } from './same-round.ts';

export interface ReconcileResult {
  /** Draws to write (new or changed). */
  writes: Draw[];
  events: DrawEvent[];
  /** Records kept out of the store: impossible values, a number listed twice, a reused number. */
  held: HeldRound[];
}

export function officialDrawId(drawNumber: string): string {
  return `ircc-${drawNumber.toLowerCase()}`;
}

/** A tie-break known only by its date agrees with a full timestamp on that date. */
function sameTieBreak(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (a.length === 10 || b.length === 10) && a.slice(0, 10) === b.slice(0, 10);
}

/**
 * Figures an alert shows that differ. A value the earlier record did not know (null) is news, not a
 * correction; one that becomes unknown (IRCC rewrote a tie-break we cannot read) is not either.
 */
export function changedFigures(before: Draw, after: Draw): FigureField[] {
  return FIGURE_FIELDS.filter((f) => {
    if (f === 'tieBreak') return before.tieBreak !== null && after.tieBreak !== null && !sameTieBreak(before.tieBreak, after.tieBreak);
    if (f === 'drawNumber') return before.drawNumber !== null && after.drawNumber !== null && before.drawNumber !== after.drawNumber;
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

/** Records no real round could have (a cut-off of 0, a date in the future…) are held, with the reason. */
function possibleOnly(reports: readonly DrawReport[], now: Date): { reports: DrawReport[]; held: HeldRound[] } {
  const held: HeldRound[] = [];
  const possible = reports.filter((report) => {
    const problem = impossibleRound(report, now);
    if (problem) held.push({ report, reason: `round ${describeRound(report)} has ${problem}: held, never stored or alerted` });
    return problem === null;
  });
  return { reports: possible, held };
}

/**
 * Official IRCC records against what the store holds (pure). IRCC wins every disagreement:
 * an unknown round is `new`, a reported draw it matches is `confirmed` (or `corrected` when a figure
 * differs), a confirmed draw whose figures IRCC changed is `corrected`; wording-only changes are written silently.
 * Odd records are held first (see `held`): values no round has had, a number listed twice with
 * different figures, a known number reused for another round. `now` defaults to `seenAt`.
 */
export function reconcileOfficial(existing: Draw[], reports: DrawReport[], seenAt: string, now: Date = new Date(seenAt)): ReconcileResult {
  const confirmed = existing.filter((d) => d.drawNumber && d.status === 'confirmed');
  const byNumber = new Map(confirmed.map((d) => [d.drawNumber as string, d]));
  const reported = existing.filter((d) => d.status === 'reported');
  const possible = possibleOnly(reports, now);
  const unique = resolveDuplicates(possible.reports);
  const held = [...possible.held, ...unique.held];
  const writes: Draw[] = [];
  const events: DrawEvent[] = [];
  // IRCC lists newest first; events come out oldest first.
  for (const report of [...unique.reports].reverse()) {
    if (!report.drawNumber) continue;
    const known = byNumber.get(report.drawNumber);
    const reuse = known ? reusedNumber(known, report, confirmed) : null;
    if (reuse) {
      held.push({ report, reason: reuse });
      continue;
    }
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
  return { writes, events, held };
}
