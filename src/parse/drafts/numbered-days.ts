import { isDayRef, type DayRef, type Draft, type Group } from '../types.ts';

/**
 * "Two so far: a Provincial Nominee Program round on Monday, August 26 (No. 311), and a Canadian Experience Class round on
 * Tuesday, August 27 (No. 312)." then "No. 311 — PNP: 1,121 invitations, minimum score 694.": a clause that names a round by
 * its number and day, with no figure, dates the round its figures are told with further on under that number.
 */
export function datedByNumberedClause(drafts: readonly Draft[], groups: readonly Group[], resolve: (d: DayRef) => DayRef): void {
  for (const d of drafts) {
    if (d.date !== null || d.drawNumber === null || d.context || d.table || d.related) continue;
    const named = groups.filter(
      (g) =>
        !g.context &&
        g.sentence <= d.firstSentence &&
        g.drawNumbers.length === 1 &&
        g.drawNumbers[0] === d.drawNumber &&
        g.invitations.length + g.crs.length === 0 &&
        g.dates.filter(isDayRef).length === 1 &&
        (d.program === null || g.programs.length === 0 || (g.programs.length === 1 && g.programs[0] === d.program)),
    );
    const day = named.length === 1 ? named[0]?.dates.find(isDayRef) : undefined;
    if (!day || drafts.some((o) => o !== d && o.drawNumber !== null && o.drawNumber !== d.drawNumber && o.date !== null && sameRef(o.date, day, resolve))) continue;
    d.date = day;
    d.dateWritten = true;
    d.dated = true;
    d.dayFrom = named[0]?.sentence ?? d.firstSentence;
  }
}

const sameRef = (a: DayRef, b: DayRef, resolve: (d: DayRef) => DayRef): boolean => {
  const [x, y] = [resolve(a), resolve(b)];
  return x.year === y.year && x.month === y.month && x.day === y.day;
};
