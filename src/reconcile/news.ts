import type { Draw, DrawEvent } from '../domain/draw.ts';
import type { NewsReport } from '../domain/news-report.ts';
import { isComplete, missingFacts, type CompleteNews as Complete } from './complete-news.ts';
import { DAY_MS, daysApart } from '../util/days.ts';
import type { HeldNews } from './held.ts';
import { withSource } from './merge-sources.ts';
import { implausibleNews } from './plausibility.ts';

/** A news report younger than this may announce a draw; older ones only add sources. */
export const NEWS_MAX_AGE_DAYS = 7;

export interface NewsConflict {
  report: NewsReport;
  with: { invitations: number | null; minCrs: number | null; id?: string };
}

export interface NewsReconcileResult {
  writes: Draw[];
  events: DrawEvent[];
  /** Complete, recent reports held back because sources disagree or they are implausible (kept until IRCC speaks or they age out). */
  pending: NewsReport[];
  conflicts: NewsConflict[];
  /** Reports that announce a draw but may not alert: incomplete, or implausible (also in `pending`). */
  held: HeldNews[];
}

const sameDraw = (a: { program: string; date: string }, b: { program: string; date: string }) => a.program === b.program && daysApart(a.date, b.date) <= 1;
const agree = (a: { invitations: number; minCrs: number }, b: { invitations: number; minCrs: number }) => a.invitations === b.invitations && a.minCrs === b.minCrs;
/** Reports of one draw agree when their figures do and they do not name two different round numbers. */
const unanimousWith = (first: Complete) => (r: Complete) => agree(r, first) && (r.drawNumber === null || first.drawNumber === null || r.drawNumber === first.drawNumber);

function isRecent(r: Complete, now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  if (r.date > today && daysApart(r.date, today) > 1) return false;
  if (daysApart(r.date, today) > NEWS_MAX_AGE_DAYS) return false;
  return r.publishedAt === null || now.getTime() - Date.parse(r.publishedAt) <= NEWS_MAX_AGE_DAYS * DAY_MS;
}

function newsDrawId(r: Complete, taken: Set<string>): string {
  const base = `news-${r.date}-${r.program}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function draftFrom(group: Complete[], id: string, seenAt: string): Draw {
  const first = group[0] as Complete;
  const tieBreak = group.map((r) => r.tieBreak).find((t) => t !== null) ?? null;
  return {
    id,
    drawNumber: group.map((r) => r.drawNumber).find((n) => n !== null) ?? null,
    date: first.date,
    program: first.program,
    programText: first.title,
    invitations: first.invitations,
    minCrs: first.minCrs,
    tieBreak,
    tieBreakRaw: null,
    drawnAt: null,
    status: 'reported',
    sources: group.reduce((acc, r) => withSource(acc, { id: r.sourceId, url: r.url, seenAt }), [] as Draw['sources']),
  };
}

function implausibleHeld(report: Complete, known: readonly Draw[]): HeldNews[] {
  const reason = implausibleNews(report, known);
  return reason ? [{ report, reason }] : [];
}

/**
 * Reports announcing a draw without every fact an alert needs: nothing can complete them later (an
 * item is read once), so they are only named in the log, unless they are old or about a known draw.
 */
function incompleteAnnouncements(incoming: readonly NewsReport[], known: readonly Draw[], now: Date): HeldNews[] {
  const old = (r: NewsReport) =>
    (r.publishedAt !== null && now.getTime() - Date.parse(r.publishedAt) > NEWS_MAX_AGE_DAYS * DAY_MS) || (r.date !== null && daysApart(r.date, now.toISOString().slice(0, 10)) > NEWS_MAX_AGE_DAYS);
  const aboutKnown = ({ date, program }: NewsReport) => date !== null && program !== null && known.some((d) => sameDraw(d, { program, date }));
  return incoming.filter((r) => r.primary && !isComplete(r) && !old(r) && !aboutKnown(r)).map((report) => ({ report, reason: `its facts are incomplete (no ${missingFacts(report).join(', no ')})` }));
}

/**
 * News reports against the store (pure). A report agreeing with a known draw adds itself as a
 * source; one disagreeing with a confirmed draw loses (IRCC wins); complete, recent, primary reports
 * of an unknown draw make a `reported` draw — only when every report of that draw agrees and each
 * is plausible against what the store knows (`implausibleNews`); the others are held in `pending`.
 */
export function reconcileNews(existing: Draw[], pending: NewsReport[], incoming: NewsReport[], now: Date, seenAt: string): NewsReconcileResult {
  const draws = new Map(existing.map((d) => [d.id, d]));
  const changed = new Set<string>();
  const events: DrawEvent[] = [];
  const conflicts: NewsConflict[] = [];
  const unmatched: Complete[] = [];

  for (const report of [...pending, ...incoming].filter(isComplete)) {
    const candidates = [...draws.values()].filter((d) => sameDraw(d, report));
    const match = candidates.find((d) => agree(d, report));
    if (match) {
      const sources = withSource(match.sources, { id: report.sourceId, url: report.url, seenAt });
      if (sources !== match.sources) {
        draws.set(match.id, { ...match, sources });
        changed.add(match.id);
      }
      continue;
    }
    const rival = candidates[0];
    if (rival) {
      conflicts.push({ report, with: { id: rival.id, invitations: rival.invitations, minCrs: rival.minCrs } });
      if (rival.status === 'reported' && isRecent(report, now)) unmatched.push(report);
      continue;
    }
    if (report.primary && isRecent(report, now)) unmatched.push(report);
  }

  const stillPending: NewsReport[] = [];
  const groups: Complete[][] = [];
  for (const r of unmatched) {
    const group = groups.find((g) => sameDraw(g[0] as Complete, r));
    if (group) group.push(r);
    else groups.push([r]);
  }
  const held: HeldNews[] = incompleteAnnouncements(incoming, existing, now);
  for (const group of groups) {
    const first = group[0] as Complete;
    const known = [...draws.values()].some((d) => sameDraw(d, first));
    const unanimous = group.every(unanimousWith(first));
    // Judged against what the bot knew before this step, so drafts of this same poll do not judge each other.
    const problems = known || !unanimous ? [] : group.flatMap((report) => implausibleHeld(report, existing));
    if (!known && unanimous && problems.length === 0) {
      const draw = draftFrom(group, newsDrawId(first, new Set(draws.keys())), seenAt);
      draws.set(draw.id, draw);
      changed.add(draw.id);
      events.push({ kind: 'new', draw, previous: null, changed: [] });
      continue;
    }
    if (!unanimous) for (const r of group.slice(1)) if (!unanimousWith(first)(r)) conflicts.push({ report: r, with: { invitations: first.invitations, minCrs: first.minCrs } });
    held.push(...problems);
    stillPending.push(...group);
  }
  const unique = new Map(stillPending.map((r) => [`${r.sourceId}|${r.itemKey}|${r.program}|${r.date}`, r]));
  return { writes: [...changed].map((id) => draws.get(id) as Draw), events, pending: [...unique.values()], conflicts, held };
}
