import type { Draft, Group } from '../types.ts';
import { decidedBy, onlyRoundOfProgram } from './parts.ts';

/**
 * "Tie-breaks: PNP 2024-04-26 10:59:30 UTC; CEC 2024-03-01 19:23:21 UTC" under a table of the week's rounds: the table's
 * rounds are read after the prose, so such a tie-break found no round when it was read. Once every round is known, a
 * tie-break told with one program and no other round goes to the one round of that program without a tie-break (none when
 * there are two), a table's row included (rows are context until the news is chosen). A tie-break of "this round" with no
 * program, read before any round (a live page's entries, newest first), goes to the one round the prose tells; one told with
 * a round number ("#275 — November 6, 2023 …" in a list of tie-breaks) to the table's row of that number.
 */
/** The one round the prose tells with a figure (a live page's, read before its entry: "11:40 a.m. — The tie-breaking rule for this round: …"). */
function onlyRoundTold(drafts: readonly Draft[]): Draft | undefined {
  const told = drafts.filter((d) => !d.context && !d.table && !d.related && (d.invitations !== null || d.minCrs !== null));
  return told.length === 1 ? told[0] : undefined;
}

/** The one table row of a round number. */
function numberedRow(drafts: readonly Draft[], number: string | undefined): Draft | undefined {
  const rows = drafts.filter((d) => d.table && !d.related && d.drawNumber !== null && d.drawNumber === number);
  return rows.length === 1 ? rows[0] : undefined;
}

export function placeProgramTieBreaks(drafts: readonly Draft[], groups: readonly Group[]): void {
  const placed = new Set(drafts.map((d) => d.tieBreak));
  for (const g of groups) {
    const tb = g.tieBreaks[0];
    const program = g.programs.length === 1 ? g.programs[0] : undefined;
    if (!tb || placed.has(tb) || g.context) continue;
    // "Tie-breaking rule:" / "#275 — November 6, 2023 14:40:23 UTC" under a table whose row is "#275 …": the row of that number.
    const byNumber = g.drawNumbers.length === 1 ? numberedRow(drafts, g.drawNumbers[0]) : undefined;
    if (byNumber && byNumber.tieBreak === null && decidedBy(tb, byNumber)) {
      byNumber.tieBreak = tb;
      placed.add(tb);
      continue;
    }
    const only = program !== undefined ? onlyRoundOfProgram(drafts, program, true) : g.refersBack && g.programs.length === 0 ? onlyRoundTold(drafts) : undefined;
    if (only && only.tieBreak === null && decidedBy(tb, only)) {
      only.tieBreak = tb;
      placed.add(tb);
    }
  }
}
