import { addDays } from '../util/days.ts';
import type { DrawReport } from '../domain/draw.ts';

/**
 * What any real round of invitations can have, whatever its program. IRCC's file is the truth, so
 * these bounds are wide: they catch values no round has ever had (a cut-off or size of 0, a typed
 * extra digit, a date in the future), not merely unusual rounds. From IRCC's rounds #1–#437:
 * the lowest cut-off was 75 (#176, CEC, February 2021), the largest round 27,332 invitations
 * (#176 again), the smallest 4 (#430, Skilled Military Recruits), the first round 2015-01-31.
 */
export const ROUND_LIMITS = {
  /** Express Entry opened on 2015-01-01. */
  firstDate: '2015-01-01',
  /** A round is published after it is held; one day covers Ottawa's date against UTC. */
  futureDays: 1,
  minCrs: { min: 50, max: 1200 },
  invitations: { min: 1, max: 50_000 },
} as const;

/** Why a record cannot be a real round (plain words), or null when its figures are possible. */
export function impossibleRound(report: Pick<DrawReport, 'date' | 'minCrs' | 'invitations'>, now: Date): string | null {
  const { minCrs, invitations, firstDate, futureDays } = ROUND_LIMITS;
  if (report.minCrs < minCrs.min || report.minCrs > minCrs.max) return `a cut-off of ${report.minCrs} (a real round is between ${minCrs.min} and ${minCrs.max})`;
  if (report.invitations < invitations.min || report.invitations > invitations.max) return `${report.invitations} invitations (a real round has ${invitations.min} to ${invitations.max})`;
  if (report.date < firstDate) return `a date of ${report.date}, before Express Entry began (${firstDate})`;
  const latest = addDays(now, futureDays);
  if (report.date > latest) return `a date of ${report.date}, in the future (after ${latest})`;
  return null;
}
