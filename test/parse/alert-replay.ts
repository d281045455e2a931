import type { Draw, DrawReport } from '../../src/domain/draw.ts';
import { reportsFrom } from '../../src/news/item-reports.ts';
import type { ParseResult } from '../../src/parse/parse-article.ts';
import { reconcileNews } from '../../src/reconcile/news.ts';
import { reconcileOfficial } from '../../src/reconcile/official.ts';

/**
 * What a page would have alerted, read as a news item on the day it appeared: its reports (`reportsFrom`, as the feed
 * reader makes them) reconciled (`reconcileNews`: completeness, agreement, plausibility) against IRCC's rounds known
 * before that day. The rounds of that day are taken as not yet posted by IRCC: the worst case, where the news is all the
 * bot has. Shared by the real corpus's replay (real-corpus/alerts.ts) and the made-up pages' (made-up/alerts.ts).
 */

/** IRCC's rounds as the store holds them once the official file has been read. */
export const officialDraws = (rounds: ReadonlyMap<string, DrawReport>): Draw[] => reconcileOfficial([], [...rounds.values()], '2027-01-01T00:00:00Z').writes;

/** An alert is right when an IRCC round of that day has its program, count and cut-off; else why it is false. */
export function judge(rounds: ReadonlyMap<string, DrawReport>, d: { program: string; date: string; invitations: number; minCrs: number }): { right: boolean; why: string } {
  const sameDay = [...rounds.values()].filter((r) => r.date === d.date);
  if (sameDay.some((r) => r.program === d.program && r.invitations === d.invitations && r.minCrs === d.minCrs)) return { right: true, why: '' };
  const rival = sameDay.find((r) => r.program === d.program) ?? sameDay[0];
  return { right: false, why: rival ? `IRCC: #${rival.drawNumber} ${rival.program} ${rival.invitations} at ${rival.minCrs}` : 'no IRCC round that day' };
}

export interface Replayed {
  /** The draws alerted as new. */
  readonly alerts: Draw[];
  /** Reports held, with the reason the reconciler gave and whether they hold every fact an alert needs. */
  readonly held: { reason: string; complete: boolean; report: { program: string | null; date: string | null; invitations: number | null; minCrs: number | null } }[];
}

/** The page `result` was read from, as a news item published at midday of `day`, reconciled that evening. */
export function replayPage(page: { id: string; url: string; site: string }, result: ParseResult, day: string, official: readonly Draw[]): Replayed {
  const publishedAt = `${day}T12:00:00Z`;
  const item = { key: page.id, altKeys: [], link: page.url, title: '', publishedAt, publishedDay: day, html: '', summaryOnly: false };
  const known = official.filter((d) => d.date < day);
  const out = reconcileNews(known, [], reportsFrom(item, result, page.site, page.url), new Date(`${day}T20:00:00Z`), `${day}T20:00:00Z`);
  return {
    alerts: out.events.flatMap((e) => (e.kind === 'new' ? [e.draw] : [])),
    held: out.held.map((h) => {
      const r = h.report;
      return { reason: h.reason, complete: r.date !== null && r.program !== null && r.invitations !== null && r.minCrs !== null, report: r };
    }),
  };
}
