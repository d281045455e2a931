import type { ParsedDraw } from '../result.ts';

/**
 * One round told twice as news: a page's "at a glance" card ("Latest program: Canadian Experience Class", "Latest cut-off:
 * 514") over the story's "IRCC held a Canadian Experience Class draw on Tuesday, inviting 2,000 … 514". IRCC has never held
 * two rounds of one program on one day, so two announced draws of the same day and program whose figures agree are one
 * round: the first keeps what either states (docs/parser.md "Session 39").
 */

const FIGURES = ['drawNumber', 'invitations', 'minCrs', 'tieBreak'] as const;

const agree = (a: ParsedDraw, b: ParsedDraw): boolean => FIGURES.every((f) => a[f] === null || b[f] === null || (f === 'tieBreak' ? a[f]?.slice(0, 10) === b[f]?.slice(0, 10) : a[f] === b[f]));

/** The announced draws with each round once (others left as they are, in order). */
export function oneAnnouncementPerRound(draws: readonly ParsedDraw[]): ParsedDraw[] {
  const out: ParsedDraw[] = [];
  for (const d of draws) {
    const twin = d.primary && d.date !== null && d.program !== null ? out.find((o) => o.primary && o.date === d.date && o.program === d.program && agree(o, d)) : undefined;
    if (!twin) {
      out.push({ ...d });
      continue;
    }
    for (const f of FIGURES) if (twin[f] === null && d[f] !== null) Object.assign(twin, { [f]: d[f] });
  }
  return out;
}
