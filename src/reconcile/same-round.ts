import type { Draw, DrawReport } from '../domain/draw.ts';
import { daysApart } from '../util/days.ts';

/** A date IRCC corrects in place is a typo fix: it stays within a week of what it was. */
export const DATE_CORRECTION_MAX_DAYS = 7;

const roundInt = (n: string | null): number | null => (n && /^\d+/.test(n) ? parseInt(n, 10) : null);

/**
 * IRCC numbers rounds in the order it holds them (true of every round #1–#437): a round numbered
 * above another is not dated before it. A date that breaks this order belongs to another round.
 */
function keepsNumberOrder(number: string, date: string, confirmed: readonly Draw[]): boolean {
  const n = roundInt(number);
  if (n === null) return true;
  return confirmed.every((d) => {
    const m = roundInt(d.drawNumber);
    if (m === null || m === n) return true;
    return m > n ? d.date >= date : d.date <= date;
  });
}

/**
 * Why an official record carrying a known round number is not that round (a number reused for
 * another round), or null when it is the same round and any difference is a correction.
 * It is the same round when the date and program are unchanged; when only the date moved, by at
 * most a week and still in number order (a typo fixed); when only the program changed, on the same
 * date with the same invitations and cut-off (a round relabelled). Anything else would overwrite a
 * round with another one's figures.
 */
export function reusedNumber(known: Draw, report: DrawReport, confirmed: readonly Draw[]): string | null {
  const sameDate = known.date === report.date;
  const sameProgram = known.program === report.program;
  if (sameDate && sameProgram) return null;
  const number = report.drawNumber ?? '';
  if (sameProgram && daysApart(known.date, report.date) <= DATE_CORRECTION_MAX_DAYS && keepsNumberOrder(number, report.date, confirmed)) return null;
  if (sameDate && known.invitations === report.invitations && known.minCrs === report.minCrs) return null;
  return `round #${number} is listed as ${report.program} on ${report.date}, but #${number} is the ${known.program} round of ${known.date}: a reused number, not a correction; the stored round is kept`;
}
