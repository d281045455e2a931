import type { NewsReport } from '../domain/news-report.ts';

/** A news report with every fact an alert shows (the program is always set). */
export type CompleteNews = NewsReport & { program: string; date: string; invitations: number; minCrs: number };

/** The facts an alert needs that a report lacks, in words ("cut-off"); empty when complete. */
export function missingFacts(r: NewsReport): string[] {
  const missing: string[] = [];
  if (!r.program) missing.push('program');
  if (r.date === null) missing.push('date');
  if (r.invitations === null) missing.push('invitations');
  if (r.minCrs === null) missing.push('cut-off');
  return missing;
}

export const isComplete = (r: NewsReport): r is CompleteNews => missingFacts(r).length === 0;
