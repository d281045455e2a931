import { describe, expect, it } from 'vitest';
import type { Draw } from '../../src/domain/draw.ts';
import { compareDrawsNewestFirst } from '../../src/domain/order.ts';
import type { CompleteNews } from '../../src/reconcile/complete-news.ts';
import { implausibleNews } from '../../src/reconcile/plausibility.ts';
import { newsReport, officialHistory } from '../helpers/draws.ts';

const history: Draw[] = officialHistory();
const report = (fields: Partial<CompleteNews> = {}): CompleteNews => newsReport(fields);

describe('implausibleNews', () => {
  it('passes a report like the rounds IRCC holds', () => {
    expect(implausibleNews(report(), history)).toBeNull();
    expect(implausibleNews(report({ drawNumber: '438' }), history)).toBeNull();
  });

  it.each([
    [{ drawNumber: '437' }, /#437 is not after the latest known round \(#437\)/],
    [{ drawNumber: '12' }, /#12 is not after/],
    [{ date: '2026-08-17' }, /dated 2026-08-17, before the latest known cec round of 2026-08-18/],
    [{ program: 'researchers' }, /no researchers round is known/],
    [{ minCrs: 24 }, /cut-off 24 is outside what cec rounds have had \(75–808, ±50\)/],
    [{ minCrs: 859 }, /cut-off 859/],
    [{ invitations: 199 }, /199 invitations is outside what cec rounds have had \(400–27,332/],
    [{ invitations: 54_665 }, /54,665 invitations/],
    [{ program: 'pnp', minCrs: 503 }, /cut-off 503 is outside what pnp rounds have had \(663–902/],
  ])('holds %j', (fields, reason) => {
    expect(implausibleNews(report(fields), history)).toMatch(reason);
  });

  it('admits the edges of the margins', () => {
    for (const fields of [{ minCrs: 25 }, { minCrs: 858 }, { invitations: 200 }, { invitations: 54_664 }, { date: '2026-08-18' }]) {
      expect(implausibleNews(report(fields), history), JSON.stringify(fields)).toBeNull();
    }
  });

  it('holds a report with the very figures of a round of its program a few days before: that round, misdated', () => {
    // Real articles gave the CEC round of January 21, 2026 (6,000 at 509) as "January 23", and the French round of
    // February 6, 2026 (8,500 at 400) as "9 février". No two rounds of one program have had the same count and cut-off
    // less than 14 days apart (IRCC's rounds #1–#437).
    for (const date of ['2026-08-20', '2026-08-25']) {
      expect(implausibleNews(report({ date, invitations: 1000, minCrs: 523 }), history), date).toMatch(/1,000 invitations at 523 are the figures of the cec round of 2026-08-18/);
    }
    // Two weeks on, the same figures may be another round; another count or cut-off is another round.
    expect(implausibleNews(report({ date: '2026-09-01', invitations: 1000, minCrs: 523 }), history)).toBeNull();
    expect(implausibleNews(report({ date: '2026-08-20', invitations: 1000, minCrs: 524 }), history)).toBeNull();
    expect(implausibleNews(report({ date: '2026-08-20', invitations: 1500, minCrs: 523 }), history)).toBeNull();
    // The same figures in another program's round say nothing (the PNP round of 2026-08-17: 442 at 760).
    expect(implausibleNews(report({ date: '2026-08-20', invitations: 442, minCrs: 760 }), history)).toBeNull();
  });

  it('compares with reported draws too for the round number and the date, but only with IRCC’s rounds for the figures', () => {
    const reported: Draw = { ...(history[0] as Draw), id: 'news-2026-11-18-cec', drawNumber: '438', date: '2026-11-18', program: 'cec', minCrs: 2000, status: 'reported' };
    const known = [reported, ...history];
    expect(implausibleNews(report({ drawNumber: '438' }), known)).toMatch(/#438 is not after/);
    expect(implausibleNews(report({ date: '2026-11-17' }), known)).toMatch(/before the latest known cec round of 2026-11-18/);
    expect(implausibleNews(report({ minCrs: 1000 }), known)).toMatch(/75–808/);
  });

  it('would have held 19 of the 423 real rounds that had an earlier round of their program (they wait for IRCC)', () => {
    const oldestFirst = [...history].sort(compareDrawsNewestFirst).reverse();
    const held = oldestFirst.filter((d, i) => {
      const before = oldestFirst.slice(0, i);
      if (!before.some((b) => b.program === d.program)) return false;
      return implausibleNews(report({ drawNumber: d.drawNumber, date: d.date, program: d.program, invitations: d.invitations, minCrs: d.minCrs }), before) !== null;
    });
    expect(oldestFirst.filter((d, i) => oldestFirst.slice(0, i).some((b) => b.program === d.program))).toHaveLength(423);
    expect(held.map((d) => d.drawNumber)).toHaveLength(19);
  });
});
