import { sameDay } from '../mentions/calendar.ts';
import { isDayRef, type DayRef, type Draft, type Group } from '../types.ts';

/**
 * "Two so far: a Provincial Nominee Program round on Monday, August 26 (No. 311), and a Canadian Experience Class round on
 * Tuesday, August 27 (No. 312)." then "No. 311 — PNP: 1,121 invitations, minimum score 694.": a clause that names a round by
 * its number and day, with no figure, dates the round its figures are told with further on under that number. So does a clause
 * that names several rounds by number on one day ("Am Mittwoch, dem 1. November 2017, … zwei Auswahlrunden … (Runde Nr. 75 und
 * Nr. 76)").
 */
export function datedByNumberedClause(drafts: readonly Draft[], groups: readonly Group[], resolve: (d: DayRef) => DayRef): void {
  for (const d of drafts) {
    if (d.date !== null || d.drawNumber === null || d.context || d.table || d.related) continue;
    const named = groups.filter(
      (g) =>
        !g.context &&
        g.sentence <= d.firstSentence &&
        g.drawNumbers.includes(d.drawNumber ?? '') &&
        g.invitations.length + g.crs.length === 0 &&
        g.dates.filter(isDayRef).length === 1 &&
        (d.program === null || g.programs.length === 0 || (g.programs.length === 1 && g.programs[0] === d.program)),
    );
    const clause = named.length === 1 ? named[0] : undefined;
    const day = clause?.dates.find(isDayRef);
    // Not a day another round of another number has, unless the clause names that round too.
    const taken = (o: Draft): boolean =>
      o !== d && o.drawNumber !== null && o.drawNumber !== d.drawNumber && !clause?.drawNumbers.includes(o.drawNumber) && o.date !== null && !!day && sameDay(resolve(o.date), resolve(day));
    if (!day || drafts.some(taken)) continue;
    d.date = day;
    d.dateWritten = true;
    d.dated = true;
    d.dayFrom = clause?.sentence ?? d.firstSentence;
  }
}
