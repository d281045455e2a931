import type { Draw } from '../domain/draw.ts';

/** How a user's score compares with a draw's cutoff. */
export type Verdict = { kind: 'clears'; margin: number } | { kind: 'tie'; judged: 'before' | 'after' | null } | { kind: 'below'; margin: number };

/**
 * A score equal to the cutoff was invited only if the profile was submitted before the tie-break
 * instant; that can be judged when both the profile time and a full tie-break timestamp are known.
 */
export function verdict(score: number, draw: Pick<Draw, 'minCrs' | 'tieBreak'>, profileSubmittedAt: string | null): Verdict {
  if (score > draw.minCrs) return { kind: 'clears', margin: score - draw.minCrs };
  if (score < draw.minCrs) return { kind: 'below', margin: draw.minCrs - score };
  if (!profileSubmittedAt || !draw.tieBreak || draw.tieBreak.length <= 10) return { kind: 'tie', judged: null };
  return { kind: 'tie', judged: Date.parse(profileSubmittedAt) < Date.parse(draw.tieBreak) ? 'before' : 'after' };
}

/** Whether the verdict means "you were (likely) invited": what a ping is about. */
export const invited = (v: Verdict): boolean => v.kind === 'clears' || (v.kind === 'tie' && v.judged !== 'after');
