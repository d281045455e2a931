import type { Draw } from '../domain/draw.ts';
import type { CompleteNews } from './complete-news.ts';
import { addDays, daysApart } from '../util/days.ts';

/**
 * How far a news report's figures may lie outside every round its program has had. Measured on
 * IRCC's rounds #1–#437, judging each round against the earlier rounds of its program: with a
 * cut-off margin of ±50 and invitations from half the smallest to twice the largest round, 19 of
 * the 423 rounds that had an earlier round of their program fall outside (mostly a category's
 * second or third round; CEC's 75 in February 2021). Those wait for IRCC's file instead of
 * alerting from the news; a wider margin would let through more of the mistakes it is meant to
 * catch (a neighbouring draw's cut-off). With the year-before check below as well, 22. Test:
 * test/reconcile/plausibility.test.ts.
 */
export const NEWS_CRS_MARGIN = 50;
export const NEWS_INVITATIONS_FACTOR = 2;
/**
 * A report with a known round's count and cut-off, dated this many days or fewer from it, is that round misdated (real
 * articles: the CEC round of January 21, 2026 told as "January 23"; a page of July 31, 2020 telling the CEC round of
 * July 23 as "today's") or told under the wrong program (the CEC round of January 7, 2026, 8,000 at 511, as an
 * all-program round). No two rounds of one program have had the same count and cut-off less than 14 days apart, nor
 * rounds of two programs less than 236 days apart (IRCC's rounds #1–#437); a real round held here waits for IRCC's file.
 */
export const NEWS_SAME_FIGURES_DAYS = 13;

const count = (n: number): string => n.toLocaleString('en-CA');

/** "91b" → 91.02, "326" → 326: round numbers in IRCC's order, or null when there is none. */
function roundOrder(n: string | null): number | null {
  const m = /^(\d+)([a-z]?)$/i.exec(n ?? '');
  return m ? Number(m[1]) + (m[2] ? (m[2].toLowerCase().charCodeAt(0) - 96) / 100 : 0) : null;
}

function latestNumber(known: readonly Draw[]): Draw | undefined {
  let latest: Draw | undefined;
  for (const d of known) if ((roundOrder(d.drawNumber) ?? -1) > (roundOrder(latest?.drawNumber ?? null) ?? -1)) latest = d;
  return latest;
}

function numberProblem(report: CompleteNews, known: readonly Draw[]): string | null {
  const n = roundOrder(report.drawNumber);
  const latest = latestNumber(known);
  if (n === null || !latest || n > (roundOrder(latest.drawNumber) ?? -1)) return null;
  return `round #${report.drawNumber} is not after the latest known round (#${latest.drawNumber})`;
}

function dateProblem(report: CompleteNews, known: readonly Draw[]): string | null {
  const latest = known.filter((d) => d.program === report.program).reduce<string | null>((max, d) => (max === null || d.date > max ? d.date : max), null);
  return latest !== null && report.date < latest ? `it is dated ${report.date}, before the latest known ${report.program} round of ${latest}` : null;
}

/**
 * IRCC numbers its rounds in the order of their days (#1–#437: never a round dated before a lower-numbered one) and posts
 * them in that order, so a day before the latest round in its record is a day it has passed: an unknown round told for it
 * is another round misdated or under the wrong program ("On Wednesday, IRCC invited 730 PNP candidates" for an all-program
 * round). The latest round's own day may still hold a round not posted yet. Only IRCC's rounds count, not the news'.
 */
function passedDayProblem(report: CompleteNews, known: readonly Draw[]): string | null {
  let latest: Draw | undefined;
  for (const d of known) if (d.status === 'confirmed' && (!latest || d.date > latest.date)) latest = d;
  if (!latest || report.date >= latest.date) return null;
  const number = latest.drawNumber === null ? '' : ` (#${latest.drawNumber})`;
  return `it is dated ${report.date}, but IRCC’s record already has its rounds up to ${latest.date}${number}, and this is none of them`;
}

function sameFiguresProblem(report: CompleteNews, known: readonly Draw[]): string | null {
  const twin = known.find(
    (d) => d.invitations === report.invitations && d.minCrs === report.minCrs && (d.program !== report.program || d.date !== report.date) && daysApart(d.date, report.date) <= NEWS_SAME_FIGURES_DAYS,
  );
  if (!twin) return null;
  const how = twin.program === report.program ? 'misdated' : twin.date === report.date ? `told as a ${report.program} round` : `misdated and told as a ${report.program} round`;
  return `${count(report.invitations)} invitations at ${report.minCrs} are the figures of the ${twin.program} round of ${twin.date}: the same round, ${how}`;
}

/**
 * The rounds of the year before a report decide its cut-off when the program had NEWS_RECENT_ROUNDS or more of them, with
 * a margin of NEWS_RECENT_CRS_MARGIN: a program's cut-offs move slowly, while different programs' lie far apart (2025:
 * CEC 515–547, French 379–481, PNP 667–855). Measured on IRCC's rounds #1–#437, each judged against the rounds before
 * it: with it 22 of 423 real rounds wait for IRCC's file instead of 19 (two PNP rounds, a French one, one of 2015), and
 * 652 of 793 real rounds told under another program IRCC was then holding are held instead of 378 (a French round's
 * 446 told as a CEC round's passed, CEC having had 75 in 2021). Test: test/reconcile/plausibility.test.ts.
 */
export const NEWS_RECENT_DAYS = 365;
export const NEWS_RECENT_ROUNDS = 3;
export const NEWS_RECENT_CRS_MARGIN = 30;

function recentCutoffProblem(report: CompleteNews, rounds: readonly Draw[]): string | null {
  const from = addDays(new Date(`${report.date}T00:00:00Z`), -NEWS_RECENT_DAYS);
  const recent = rounds.filter((d) => d.date >= from && d.date <= report.date).map((d) => d.minCrs);
  if (recent.length < NEWS_RECENT_ROUNDS) return null;
  const [low, high] = [Math.min(...recent), Math.max(...recent)];
  if (report.minCrs >= low - NEWS_RECENT_CRS_MARGIN && report.minCrs <= high + NEWS_RECENT_CRS_MARGIN) return null;
  return `a cut-off ${report.minCrs} is outside what ${report.program} rounds have had in the year before it (${low}–${high}, ±${NEWS_RECENT_CRS_MARGIN})`;
}

/** The cut-off and invitations a report's program has had in IRCC's own rounds, with the margins. */
function rangeProblem(report: CompleteNews, known: readonly Draw[]): string | null {
  const rounds = known.filter((d) => d.status === 'confirmed' && d.program === report.program);
  if (rounds.length === 0) return `no ${report.program} round is known yet to compare it with`;
  const recent = recentCutoffProblem(report, rounds);
  if (recent) return recent;
  const crs = rounds.map((d) => d.minCrs);
  const inv = rounds.map((d) => d.invitations);
  const [crsMin, crsMax, invMin, invMax] = [Math.min(...crs), Math.max(...crs), Math.min(...inv), Math.max(...inv)];
  if (report.minCrs < crsMin - NEWS_CRS_MARGIN || report.minCrs > crsMax + NEWS_CRS_MARGIN) {
    return `a cut-off ${report.minCrs} is outside what ${report.program} rounds have had (${crsMin}–${crsMax}, ±${NEWS_CRS_MARGIN})`;
  }
  if (report.invitations < invMin / NEWS_INVITATIONS_FACTOR || report.invitations > invMax * NEWS_INVITATIONS_FACTOR) {
    return `${count(report.invitations)} invitations is outside what ${report.program} rounds have had (${count(invMin)}–${count(invMax)}, from half to twice)`;
  }
  return null;
}

/**
 * Why a complete news report of an unknown draw may not alert as `new` (plain words), or null when
 * it is plausible against what the bot knows: a round number after the latest known one (or none),
 * a date not before the latest known round of its program nor before the latest day of IRCC's record, figures not those of a round of its
 * program a few days away, and figures within what IRCC's rounds of that program have had. `known` is every stored draw, reported ones included.
 */
export function implausibleNews(report: CompleteNews, known: readonly Draw[]): string | null {
  return numberProblem(report, known) ?? dateProblem(report, known) ?? passedDayProblem(report, known) ?? sameFiguresProblem(report, known) ?? rangeProblem(report, known);
}
