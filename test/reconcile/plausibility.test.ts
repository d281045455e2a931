import { describe, expect, it } from 'vitest';
import type { Draw } from '../../src/domain/draw.ts';
import { compareDrawsNewestFirst } from '../../src/domain/order.ts';
import type { CompleteNews } from '../../src/reconcile/complete-news.ts';
import { implausibleNews } from '../../src/reconcile/plausibility.ts';
import { newsReport, officialHistory } from '../helpers/draws.ts';
import { addDays } from '../../src/util/days.ts';

const history: Draw[] = officialHistory();
const report = (fields: Partial<CompleteNews> = {}): CompleteNews => newsReport(fields);

describe('implausibleNews', () => {
  it('passes a report like the rounds IRCC holds', () => {
    expect(implausibleNews(report(), history)).toBeNull();
    expect(implausibleNews(report({ drawNumber: '438' }), history)).toBeNull();
  });

  // More than a year after IRCC's last round of the program, only the program's whole history is there to compare with.
  const later = '2028-01-10';
  it.each([
    [{ drawNumber: '437' }, /#437 is not after the latest known round \(#437\)/],
    [{ drawNumber: '12' }, /#12 is not after/],
    [{ date: '2026-08-17' }, /dated 2026-08-17, before the latest known cec round of 2026-08-18/],
    [{ program: 'researchers' }, /no researchers round is known/],
    [{ date: later, minCrs: 24 }, /cut-off 24 is outside what cec rounds have had \(75–808, ±50\)/],
    [{ date: later, minCrs: 859 }, /cut-off 859/],
    [{ invitations: 199 }, /199 invitations is outside what cec rounds have had \(400–27,332/],
    [{ invitations: 54_665 }, /54,665 invitations/],
    [{ date: later, program: 'pnp', minCrs: 503 }, /cut-off 503 is outside what pnp rounds have had \(663–902/],
    // Within a year of three or more rounds of the program, those rounds decide, with a margin of 30: a French round's
    // 446 told as a CEC round's (CEC had 507–531 in the year before), a CEC round's 515 told as a French round's.
    [{ minCrs: 446 }, /cut-off 446 is outside what cec rounds have had in the year before it \(507–531, ±30\)/],
    [{ program: 'french', minCrs: 515 }, /cut-off 515 is outside what french rounds have had in the year before it \(382–420, ±30\)/],
    [{ program: 'pnp', minCrs: 503 }, /cut-off 503 is outside what pnp rounds have had in the year before it \(699–805, ±30\)/],
  ])('holds %j', (fields, reason) => {
    expect(implausibleNews(report(fields), history)).toMatch(reason);
  });

  it('admits the edges of the margins', () => {
    for (const fields of [{ minCrs: 477 }, { minCrs: 561 }, { date: later, minCrs: 25 }, { date: later, minCrs: 858 }, { invitations: 200 }, { invitations: 54_664 }, { date: '2026-08-19' }]) {
      expect(implausibleNews(report(fields), history), JSON.stringify(fields)).toBeNull();
    }
    expect(implausibleNews(report({ minCrs: 476 }), history)).toMatch(/476/);
    expect(implausibleNews(report({ minCrs: 562 }), history)).toMatch(/562/);
    // Fewer than three rounds of the program in the year before (trades had one, 477): the whole history decides.
    expect(implausibleNews(report({ program: 'trades', minCrs: 420, invitations: 2500 }), history)).toBeNull();
  });

  it('holds a report with the very figures of a round less than two weeks away: that round, misdated or under the wrong program', () => {
    // Real articles gave the CEC round of January 21, 2026 (6,000 at 509) as "January 23", and the French round of
    // February 6, 2026 (8,500 at 400) as "9 février". No two rounds of one program have had the same count and cut-off
    // less than 14 days apart (IRCC's rounds #1–#437).
    // A page a week late ("today's draw" on July 31 for the CEC round of July 23, 2020: 3,343 at 445) is held as well.
    for (const date of ['2026-08-20', '2026-08-25', '2026-08-26', '2026-08-31']) {
      expect(implausibleNews(report({ date, invitations: 1000, minCrs: 523 }), history), date).toMatch(/1,000 invitations at 523 are the figures of the cec round of 2026-08-18/);
    }
    // Two weeks on, the same figures may be another round; another count or cut-off is another round.
    expect(implausibleNews(report({ date: '2026-09-01', invitations: 1000, minCrs: 523 }), history)).toBeNull();
    expect(implausibleNews(report({ date: '2026-08-20', invitations: 1000, minCrs: 524 }), history)).toBeNull();
    expect(implausibleNews(report({ date: '2026-08-20', invitations: 1500, minCrs: 523 }), history)).toBeNull();
    // The same figures as another program's round a few days away are that round under the wrong program (a real page told
    // the CEC round of January 7, 2026, 8,000 at 511, as an all-program round, whose cut-offs include 511): rounds of two
    // programs have never had the same count and cut-off less than 236 days apart (IRCC's rounds #1–#437).
    expect(implausibleNews(report({ date: '2026-08-20', program: 'general', invitations: 1000, minCrs: 523 }), history)).toMatch(
      /1,000 invitations at 523 are the figures of the cec round of 2026-08-18/,
    );
    expect(implausibleNews(report({ date: '2026-08-20', invitations: 442, minCrs: 760 }), history)).toMatch(/442 invitations at 760 are the figures of the pnp round of 2026-08-17/);
    // Another count is another round: told as a CEC round's, its cut-off is held for what CEC rounds have had.
    expect(implausibleNews(report({ date: '2026-08-20', invitations: 443, minCrs: 760 }), history)).toMatch(/cut-off 760 is outside what cec rounds have had in the year before it/);
    expect(implausibleNews(report({ date: '2026-08-20', program: 'pnp', invitations: 443, minCrs: 760 }), history)).toBeNull();
  });

  it('compares with reported draws too for the round number and the date, but only with IRCC’s rounds for the figures', () => {
    const reported: Draw = { ...(history[0] as Draw), id: 'news-2026-11-18-cec', drawNumber: '438', date: '2026-11-18', program: 'cec', minCrs: 2000, status: 'reported' };
    const known = [reported, ...history];
    expect(implausibleNews(report({ drawNumber: '438' }), known)).toMatch(/#438 is not after/);
    expect(implausibleNews(report({ date: '2026-11-17' }), known)).toMatch(/before the latest known cec round of 2026-11-18/);
    expect(implausibleNews(report({ minCrs: 1000 }), known)).toMatch(/507–531/);
  });

  it('holds a report dated before the latest round in IRCC’s record, whatever its program: a day IRCC has passed without it', () => {
    // IRCC numbers its rounds in the order of their days (#1–#437: never a round dated before a lower-numbered one) and
    // posts them in that order. A made-up page told "On Wednesday, IRCC invited 730 PNP candidates with a cut-off of 710"
    // above its news, the French round of the next day: the Wednesday's round was an all-program one (730 at 541), and the
    // PNP round it never held alerted, its figures being like the PNP rounds'. Here: a PNP round told for August 18, 2026,
    // after IRCC's last PNP round (August 17) but before its last round of all (the French one of August 19).
    const pnp = { program: 'pnp' as const, invitations: 500, minCrs: 750 };
    expect(implausibleNews(report({ ...pnp, date: '2026-08-18' }), history)).toMatch(/dated 2026-08-18, but IRCC’s record already has its rounds up to 2026-08-19 \(#437\), and this is none of them/);
    // The latest round's own day may hold a second round IRCC has not posted yet; a later day is news.
    expect(implausibleNews(report({ ...pnp, date: '2026-08-19' }), history)).toBeNull();
    expect(implausibleNews(report({ ...pnp, date: '2026-08-24' }), history)).toBeNull();
    // Only IRCC's record decides: a later round the news alone tells (reported) holds nothing.
    const reported: Draw = { ...(history[0] as Draw), id: 'news-2026-08-25-french', drawNumber: null, date: '2026-08-25', status: 'reported' };
    expect(implausibleNews(report({ ...pnp, date: '2026-08-24' }), [reported, ...history])).toBeNull();
  });

  const oldestFirst = [...history].sort(compareDrawsNewestFirst).reverse();
  const judged = (d: Draw, program: string, before: readonly Draw[]) =>
    implausibleNews(report({ drawNumber: d.drawNumber, date: d.date, program, invitations: d.invitations, minCrs: d.minCrs }), before);

  it('would have held 22 of the 423 real rounds that had an earlier round of their program (they wait for IRCC)', () => {
    const held = oldestFirst.filter((d, i) => {
      const before = oldestFirst.slice(0, i);
      if (!before.some((b) => b.program === d.program)) return false;
      return judged(d, d.program, before) !== null;
    });
    expect(oldestFirst.filter((d, i) => oldestFirst.slice(0, i).some((b) => b.program === d.program))).toHaveLength(423);
    // 19 with the whole history alone; the year before adds the PNP rounds of May 10, 2023 (691) and September 29, 2025
    // (855), the French round of September 27, 2023 (472) and the third round of all (March 20, 2015).
    expect(held.map((d) => d.drawNumber)).toEqual(['2', '4', '5', '63', '75', '91b', '140', '159', '176', '248', '255', '258', '260', '266', '271', '274', '285', '367', '368', '369', '421', '434']);
  });

  it('holds most real rounds told under another program IRCC was then holding (a wrong program in the news)', () => {
    // Each real round, told as a round of each other program that had three or more rounds in the year before it. With
    // the whole history alone (the rule before session 28) 378 of these 793 were held; with the year before, 652.
    const active = ['cec', 'french', 'general', 'pnp', 'healthcare', 'stem', 'trades', 'education'];
    let told = 0;
    let held = 0;
    oldestFirst.forEach((d, i) => {
      const before = oldestFirst.slice(0, i);
      for (const program of active) {
        const yearBefore = before.filter((b) => b.program === program && b.date >= addDays(new Date(`${d.date}T00:00:00Z`), -365));
        if (program === d.program || yearBefore.length < 3) continue;
        told++;
        if (judged(d, program, before) !== null) held++;
      }
    });
    expect([told, held]).toEqual([793, 652]);
  });
});
