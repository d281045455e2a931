import type { DrawReport } from '../domain/draw.ts';
import type { NewsReport } from '../domain/news-report.ts';

/** An official record kept out of the store, and why (logged as a warning by the poller). */
export interface HeldRound {
  report: DrawReport;
  reason: string;
}

/** A news report kept from alerting, and why; IRCC's data decides later. */
export interface HeldNews {
  report: NewsReport;
  reason: string;
}

/** "#438 cec 2026-11-20, 2,500 invitations, cut-off 503": enough to recognise a record in a log line. */
export const describeRound = (r: Pick<DrawReport, 'drawNumber' | 'program' | 'date' | 'invitations' | 'minCrs'>): string =>
  `${r.drawNumber ? `#${r.drawNumber} ` : ''}${r.program} ${r.date}, ${r.invitations.toLocaleString('en-CA')} invitations, cut-off ${r.minCrs}`;
