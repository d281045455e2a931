import type { DrawReport } from '../domain/draw.ts';
import { describeRound, type HeldRound } from './held.ts';

/** The figures an alert shows; two records of one round that agree on these are the same record. */
const sameFigures = (a: DrawReport, b: DrawReport): boolean => a.date === b.date && a.program === b.program && a.invitations === b.invitations && a.minCrs === b.minCrs && a.tieBreak === b.tieBreak;

/**
 * A round number IRCC lists more than once. Copies that agree on every figure are one record (the
 * first listed is kept, so a wording difference cannot flip back and forth). Copies that disagree
 * cannot be told apart — either may be the typo — so all of them are held: the store keeps what it
 * had, nothing alerts, and the number is read again once IRCC's file lists it once.
 */
export function resolveDuplicates(reports: readonly DrawReport[]): { reports: DrawReport[]; held: HeldRound[] } {
  const byNumber = new Map<string, DrawReport[]>();
  for (const r of reports) if (r.drawNumber) byNumber.set(r.drawNumber, [...(byNumber.get(r.drawNumber) ?? []), r]);
  const kept: DrawReport[] = [];
  const held: HeldRound[] = [];
  for (const r of reports) {
    const copies = r.drawNumber ? (byNumber.get(r.drawNumber) ?? [r]) : [r];
    if (copies.length === 1) kept.push(r);
    else if (copies.every((c) => sameFigures(c, copies[0] as DrawReport))) {
      if (r === copies[0]) kept.push(r);
    } else if (r === copies[0]) {
      const listed = copies.map(describeRound).join(' / ');
      held.push({ report: r, reason: `round #${r.drawNumber} is listed ${copies.length} times with different figures (${listed}): held until IRCC's file lists it once` });
    }
  }
  return { reports: kept, held };
}
